# reference: CPython 3.14
# types.SimpleNamespace: construction, repr, equality, pickling, copy.replace and the error cases.
import types, copy, pickle, sys

N = types.SimpleNamespace
print(N is type(sys.implementation), N.__module__, N.__name__)
print(N.__doc__)
print(N.__text_signature__)
print(N(b=1, a=2), N({'x': 1}, y=2), N([('p', 3)]), N())
print(N({'a': 1}, a=2), N(**{'': 1}), N({'': 2}), N(**{'a b': 1}))
for bad in [lambda: N(1), lambda: N({1: 2}), lambda: N(1, 2), lambda: N([(1, 2)]),
            lambda: N([1]), lambda: N([(1, 2, 3)])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
n = N(a=1)
n.self = n
print(n)
n.b = [1, 2]
del n.a
print(sorted(vars(n)), n.b, hasattr(n, 'a'))

class S(N):
    pass

class T(N):
    def __init__(self, x):
        super().__init__(x=x, y=x * 2)

print(S(a=1), repr(S(a=1)), T(4), T(4).y)
print(N(a=1) == N(a=1), N(a=1) == S(a=1), N(a=1) != N(a=2), N(a=1).__eq__(1), N() == {})
try:
    N(a=1) < N(a=2)
except TypeError as e:
    print('TypeError', e)
print(N(a=1).__reduce__())
print(copy.replace(N(a=1, b=2), b=3), copy.copy(N(z=1)), copy.deepcopy(N(l=[1])))
try:
    N(a=1).__replace__(1)
except TypeError as e:
    print('TypeError', e)
for obj in (N(), S()):
    try:
        hash(obj)
    except TypeError as e:
        print('TypeError', e)
print(sorted(k for k in N.__dict__ if k != '__doc__'))
x = N()
x.__dict__['z'] = 1
print(x, x.z)
try:
    x.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
print(pickle.loads(pickle.dumps(N(a=[1], b='x'))), pickle.loads(pickle.dumps(S(q=1))))
