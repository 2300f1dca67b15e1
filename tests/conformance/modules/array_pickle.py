# array.array through pickle (every protocol) and copy, including a subclass with a __dict__
import pickle, copy
from array import array as A

class Sub(A):
    pass

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    for x in [A('i', [1, -2]), A('d', [0.5]), A('w', 'hi'), A('B'), A('Q', [2**64 - 1]), A('b', [-1, 1])]:
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, y, y == x, type(y).__name__)
s = Sub('h', [3, 4])
s.tag = 'x'
t = pickle.loads(pickle.dumps(s))
print(t, type(t).__name__, t.tag)
it = iter(A('i', [1, 2, 3]))
next(it)
print(list(pickle.loads(pickle.dumps(it))))
print(copy.deepcopy(s), copy.copy(s).__class__.__name__)
