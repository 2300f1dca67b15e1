# reference: CPython 3.14
from _collections import deque, defaultdict, _tuplegetter, _count_elements, _deque_iterator

def err(f):
    try:
        print("->", f())
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d.maxlen, len(d), d[1], d[-1])
d.rotate(1); print(d); d.rotate(-2); print(d); d.extend('ab'); print(d, d.pop(), d.popleft(), d)
d = deque(range(5)); print(d.index(3), d.count(1), 3 in d, d == deque(range(5)), d < deque([9]), d + deque([7]), d * 2)
d.insert(1, 'x'); d.remove('x'); d.reverse(); print(d, list(reversed(d)), d.copy(), bool(deque()), bool(d))
del d[0]; d[0] = 'z'; print(d, repr(deque()), deque('ab', 1), deque('abc', 0), deque(maxlen=2).maxlen)
d.extendleft([7, 8]); print(d, d.index(2, 1), d.index(1, -2))
d *= 2; print(d); d += 'q'; print(d); d.clear(); print(d)
rec = deque([1]); rec.append(rec); print(rec)
err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1]).remove(99))
err(lambda: deque([1]).index(99))
err(lambda: deque([1], maxlen=1).insert(0, 2))
err(lambda: deque([1])[5])
err(lambda: deque([1])['a'])
err(lambda: deque(maxlen=-1))
err(lambda: deque([1]) + [2])
err(lambda: hash(deque()))
def mutate():
    q = deque([1, 2])
    for x in q:
        q.append(1)
err(mutate)
class D(deque):
    pass
print(D([1]), D([1], 3) + D([2]), type(D([1]).copy()).__name__)
q = deque([1, 2, 3]); it = _deque_iterator(q, 1); print(list(it))
dd = defaultdict(int, a=1); dd['b'] += 2; print(dd, dd.copy(), defaultdict(None, {1: 2}) | {3: 4}, {0: 1} | dd)
dl = defaultdict(list); dl['x'].append(1); print(dl, dl.default_factory, 'y' in dl, dl.get('y'), repr(defaultdict()))
dl.default_factory = None; err(lambda: dl['zz'])
err(lambda: defaultdict(1))
class DD(defaultdict):
    pass
print(DD(set), isinstance(DD(), dict))
class P(tuple):
    x = _tuplegetter(0, 'doc x')
    y = _tuplegetter(1, None)
print(P((5, 6)).x, P((5, 6)).y, P.x.__doc__)
err(lambda: P((5,)).y)
def setx():
    P((1, 2)).x = 3
err(setx)
c = {}; _count_elements(c, 'abracadabra'); print(c)
class M(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
m = M(); _count_elements(m, 'aab'); print(m)
