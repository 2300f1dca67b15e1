# Built-in exception hierarchy
names = ['ZeroDivisionError', 'OverflowError', 'KeyError', 'IndexError', 'FileNotFoundError', 'PermissionError',
         'UnicodeDecodeError', 'RecursionError', 'NotImplementedError', 'ModuleNotFoundError', 'StopAsyncIteration',
         'TimeoutError', 'ConnectionResetError', 'BrokenPipeError', 'IndentationError', 'TabError', 'UnboundLocalError',
         'GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'DeprecationWarning', 'UserWarning', 'ExceptionGroup',
         'BaseExceptionGroup', 'FloatingPointError', 'AssertionError', 'BufferError', 'EOFError', 'MemoryError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(SystemExit, Exception))
try:
    raise IndexError('i')
except LookupError as e:
    print('LookupError catches', type(e).__name__)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError', e)
try:
    try:
        pass
    except int:
        pass
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print('TypeError', e)
