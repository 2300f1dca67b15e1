# list() asks a Python class for its length first: __len__ (a TypeError from it means none), then
# __length_hint__, with CPython's errors for a bad hint.
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
class Hint(It):
    def __length_hint__(self):
        print('hint called'); return 3
class BadHint(It):
    def __length_hint__(self): return 'x'
class NegHint(It):
    def __length_hint__(self): return -1
class NIHint(It):
    def __length_hint__(self): return NotImplemented
class TEHint(It):
    def __length_hint__(self): raise TypeError('nope')
class VEHint(It):
    def __length_hint__(self): raise ValueError('boom')
class Lenned:
    def __len__(self):
        print('len called'); return 2
    def __iter__(self): return iter([1, 2])
class LenTE:
    def __len__(self): raise TypeError('no len')
    def __length_hint__(self): print('hint after len TypeError'); return 1
    def __iter__(self): return iter([7])
class LenVE:
    def __len__(self): raise ValueError('len boom')
    def __iter__(self): return iter([7])
for cls in (Hint, BadHint, NegHint, NIHint, TEHint, VEHint):
    try:
        print(cls.__name__, list(cls(3)))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
for obj in (Lenned(), LenTE(), LenVE()):
    try:
        print(type(obj).__name__, list(obj))
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e)
import operator
print(operator.length_hint(Hint(1)), operator.length_hint(It(1), 5))
