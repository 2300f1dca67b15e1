# Module-level __getattr__ and __dir__ (PEP 562)
import lazy
print('imported lazy')
print(lazy.heavy.DATA)
print(lazy.heavy.DATA is lazy.heavy.DATA)
try:
    lazy.missing
except AttributeError as e:
    print('AttributeError', e)
print(dir(lazy))
from lazy import heavy
print(heavy.__name__)
