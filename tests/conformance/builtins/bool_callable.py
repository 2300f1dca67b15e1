# bool and callable
for v in [0, 1, -1, 0.0, '', 'a', [], [[]], (), {}, None, object(), range(0), 0j]:
    print(type(v).__name__, bool(v))
print(bool(), bool(False), bool(True), bool('False'))
try:
    bool(1, 2)
except TypeError as e:
    print('TypeError', e)
class C:
    def __call__(self): pass
class D: pass
def f(): pass
for v in [f, C, C(), D(), len, print, lambda: 1, 5, 'str', str.upper, [].append, type, object(), D]:
    print(callable(v), end=' ')
print()
