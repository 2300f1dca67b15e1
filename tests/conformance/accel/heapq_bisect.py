# reference: CPython 3.14
# _heapq and _bisect (the C accelerators): results, the max-heap family, comparisons with `<` only,
# mutation during comparison, and every argument error.
import _heapq, _bisect, heapq, bisect, random

def t(label, f, *a, **k):
    try: print(label, repr(f(*a, **k)))
    except Exception as e: print(label, type(e).__name__, e)

print([n for n in dir(_heapq) if not n.startswith('__')], [n for n in dir(_bisect) if not n.startswith('_')])
print(heapq.heappush is _heapq.heappush, bisect.insort is _bisect.insort_right, bisect.bisect is _bisect.bisect_right)
for n in ('heappush', 'heappop', 'heappushpop_max', 'heapify_max'):
    f = getattr(_heapq, n); print(n, f.__text_signature__, f.__module__, f.__qualname__, f.__doc__.splitlines()[0])
print(_bisect.insort_left.__text_signature__, _bisect.bisect_right.__doc__.splitlines()[-1])
print(_heapq.__about__.splitlines()[2], len(_heapq.__about__), len(_heapq.__doc__), len(_bisect.__doc__))

rng = random.Random(5)
data = [rng.randrange(100) for _ in range(40)]
h = []
for x in data: _heapq.heappush(h, x)
print(h[:10], [_heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = data[:]; _heapq.heapify(h); print(h[:10], _heapq.heapreplace(h, 50), _heapq.heappushpop(h, -1), _heapq.heappushpop(h, 99), h[:5])
m = data[:]; _heapq.heapify_max(m); print(m[:10], _heapq.heappop_max(m), _heapq.heapreplace_max(m, 5), _heapq.heappushpop_max(m, 200), _heapq.heappushpop_max(m, 1), m[:5])
_heapq.heappush_max(m, 1000); print(m[0], [_heapq.heappop_max(m) for _ in range(len(m))] == sorted(m + [], reverse=True) or 'ok')
big = [rng.random() for _ in range(5000)]; hb = big[:]; _heapq.heapify(hb); mb = big[:]; _heapq.heapify_max(mb)
print(all(hb[i] <= hb[2*i+1] for i in range(2499)), all(mb[i] >= mb[2*i+1] for i in range(2499)), hb[:3] == sorted(hb)[:1] + hb[1:3])
print(_heapq.heappushpop([], 3), _heapq.heappushpop_max([], 3), _heapq.heappushpop([5], 3), _heapq.heappushpop_max([5], 7))

class Lt:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o): Lt.calls += 1; return self.v < o.v
    def __repr__(self): return f'Lt({self.v})'
hl = [Lt(v) for v in data[:30]]; _heapq.heapify(hl); c1 = Lt.calls; _heapq.heappop(hl); _heapq.heappush(hl, Lt(7))
print(c1, Lt.calls, hl[:4])
hl = [Lt(v) for v in [rng.random() for _ in range(3000)]]; Lt.calls = 0; _heapq.heapify(hl); print('big heapify compares', Lt.calls)
hl = [Lt(v) for v in data[:30]]; Lt.calls = 0; _heapq.heapify_max(hl); print(Lt.calls, hl[:3])
class NoLt:
    def __gt__(self, o): return True
t('nolt', _heapq.heappush, [NoLt()], NoLt())
t('mixed', _heapq.heappush, [1], 'a')

class Evil:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, o): self.heap.clear(); return True
for name in ('heappush', 'heappush_max'):
    hh = [Evil(None) for _ in range(3)]
    for e in hh: e.heap = hh
    t(name + ' mutate', getattr(_heapq, name), hh, Evil(hh))
for name in ('heappop', 'heapify', 'heappop_max', 'heapify_max'):
    hh = [Evil(None) for _ in range(5)]
    for e in hh: e.heap = hh
    t(name + ' mutate', getattr(_heapq, name), hh)
hh = [Evil(None)]; hh[0].heap = hh; t('pushpop emptied', _heapq.heappushpop, hh, Evil(hh))
hh = [Evil(None)]; hh[0].heap = hh; t('pushpop_max emptied', _heapq.heappushpop_max, hh, Evil(hh))
class Sub(list): pass
s = Sub([3, 1, 2]); _heapq.heapify(s); print(type(s).__name__, s, _heapq.heappop(s))

for name in ('heappush', 'heappushpop', 'heapreplace', 'heappush_max', 'heapreplace_max', 'heappushpop_max'):
    f = getattr(_heapq, name)
    t(name, f, (), 1); t(name, f, None, 1); t(name, f, []); t(name, f, [], 1, 2); t(name, f, heap=[], item=1)
for name in ('heappop', 'heapify', 'heappop_max', 'heapify_max'):
    f = getattr(_heapq, name)
    t(name, f, ()); t(name, f, None); t(name, f); t(name, f, [], 1); t(name, f, heap=[])
for name in ('heappop', 'heapreplace', 'heappop_max', 'heapreplace_max'):
    t(name + ' empty', getattr(_heapq, name), [], *((1,) if 'replace' in name else ()))

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 9):
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x), _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 0, 3),
          _bisect.bisect_left(a, x, hi=None), _bisect.bisect_right(a, x, lo=1, hi=-1), _bisect.bisect_left(a, x, 0, -2))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]), _bisect.bisect_left(recs, ("b", 5), key=None))
r2 = recs[:]; _bisect.insort_left(r2, ('x', 3), key=lambda r: r[1]); _bisect.insort_right(r2, ('y', 3), key=lambda r: r[1]); print(r2)
print(_bisect.bisect_left('abcde', 'c'), _bisect.bisect_right(range(0, 20, 2), 7), _bisect.bisect_right((1, 2, 3), 2.5))
l = []; _bisect.insort_left(l, 3, 10); _bisect.insort_right(l, 1); _bisect.insort(l, 2) if hasattr(_bisect, 'insort') else None; print(l)
class Seq:
    def __init__(self, items): self.items = items
    def __len__(self): print('len'); return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def insert(self, i, x): print('insert', i, x); self.items.insert(i, x)
s = Seq([1, 4, 9]); _bisect.insort_left(s, 5); _bisect.insort_right(s, 9, 1, 3); print(s.items)
class LSub(list):
    def insert(self, i, x): print('LSub.insert', i, x); super().insert(i, x)
ls = LSub([1, 3]); _bisect.insort(ls, 2) if hasattr(_bisect, 'insort') else _bisect.insort_right(ls, 2); print(ls)
hl = [Lt(v) for v in range(0, 100, 3)]; Lt.calls = 0; print(_bisect.bisect_left(hl, Lt(50)), _bisect.bisect_right(hl, Lt(51)), Lt.calls)
for f in (_bisect.bisect_left, _bisect.insort_right):
    t('neg lo', f, [1, 2], 1, -1); t('big lo', f, [1, 2], 1, 2**70); t('neg big lo', f, [1, 2], 1, -2**70)
    t('str lo', f, [1, 2], 1, 'a'); t('float lo', f, [1, 2], 1, 1.5); t('str hi', f, [1, 2], 1, hi='a'); t('float hi', f, [1, 2], 1, 0, 1.0)
    t('big hi', f, [1, 2], 1, hi=2**70); t('hi past end', f, [1, 2], 1, 0, 10)
    t('5 args', f, [1], 1, 0, None, None); t('1 arg', f, [1]); t('0 args', f); t('bad kw', f, [1], 1, foo=1)
    t('dup', f, [1], 1, a=[]); t('kw only', f, a=[1, 2], x=2, lo=0, hi=2, key=abs)
    t('dict', f, {}, 1); t('dict hi', f, {0: 1}, 1, 0, 1); t('int', f, 5, 1); t('tuple', f, (1, 2), 1)
    t('key err', f, [1, 2], 1, key=len); t('cmp err', f, [1, 2], 'x')
    t('lo>len', f, [], 1, 5)
