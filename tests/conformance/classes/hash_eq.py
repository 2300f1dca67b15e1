# __hash__ / __eq__ interplay
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, Both(3) in s)
d = {Both('a'): 1}
d[Both('a')] = 2
print(len(d), list(d.values()))
class Inherit(Both): pass
print(hash(Inherit(5)) == hash(5))
class OverrideEq(Both):
    def __eq__(self, o): return False
print(OverrideEq.__hash__)
class Explicit(Both):
    def __eq__(self, o): return False
    __hash__ = Both.__hash__
print(hash(Explicit(7)) == hash(7))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print('TypeError')
class Default: pass
x = Default()
print(hash(x) == hash(x), x == x, x != Default())
class BadHash:
    def __hash__(self): return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
