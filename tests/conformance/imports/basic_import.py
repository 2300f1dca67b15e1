# import of a local helper module: execution once, attributes, aliases
import os
import _helper
import _helper as h2
from _helper import greet, CONSTANT as C
print(_helper.CONSTANT, C, greet('world'), _helper is h2, _helper.Thing())
print(_helper.__name__, os.path.basename(_helper.__file__), _helper.__doc__)
import sys
print('_helper' in sys.modules, sys.modules['_helper'] is _helper)
import importlib
r = importlib.reload(_helper)
print(r is _helper)
print(sorted(n for n in dir(_helper) if not n.startswith('__')))
