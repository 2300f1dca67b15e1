# sys.modules manipulation and module caching
import sys, types
m = types.ModuleType('fake_mod', 'doc of fake')
m.value = 123
sys.modules['fake_mod'] = m
import fake_mod
print(fake_mod.value, fake_mod.__doc__, fake_mod is m)
fake_mod.value = 456
import fake_mod as again
print(again.value)
del sys.modules['fake_mod']
try:
    import fake_mod
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
import math
print(sys.modules['math'] is math, 'math' in sys.modules)
