# The builtins module contents
import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'callable', 'chr', 'compile', 'delattr', 'dict', 'dir', 'divmod',
         'enumerate', 'eval', 'exec', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash',
         'hex', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'min', 'next', 'object',
         'oct', 'ord', 'pow', 'print', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'str',
         'sum', 'tuple', 'type', 'vars', 'zip', '__build_class__', '__import__', 'aiter', 'anext', 'bytearray', 'bytes',
         'classmethod', 'complex', 'memoryview', 'property', 'staticmethod', 'super', 'id', 'input', 'open', 'breakpoint']
print(all(hasattr(builtins, n) for n in names), [n for n in names if not hasattr(builtins, n)])
print(builtins.len is len, builtins.__name__, type(builtins.True_ if hasattr(builtins, 'True_') else True).__name__)
print(builtins.None_ if hasattr(builtins, 'None_') else 'no None_', 'True' in dir(builtins), 'None' in dir(builtins))
print(sorted(n for n in dir(builtins) if n.endswith('Error') and n.startswith(('Z', 'O', 'K', 'I')))[:10])
print(type(len).__name__, len.__name__, len.__module__, print.__qualname__)
