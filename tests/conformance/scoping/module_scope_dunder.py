# Module-level dunder names
import os
print(__name__, os.path.basename(__file__), __doc__, __package__ is None or __package__ == '')
print(type(__builtins__).__name__ in ('module', 'dict'), __spec__ is None or hasattr(__spec__, 'name'))
print(__loader__ is not None)
if __name__ == '__main__':
    print('running as main')
import sys
m = sys.modules[__name__]
print(m.__name__, hasattr(m, 'print') is False, m.os is os)
print(sorted(k for k in dir() if not k.startswith('_')))
