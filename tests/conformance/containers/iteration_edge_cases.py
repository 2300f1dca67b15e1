# Iteration corner cases found by third-party tests: StopIteration from map's function ends
# iteration, subclass __iter__ in unpacking, sticky size-change errors, recursive tuple repr.
import sys, itertools
def f(x):
    if x == 0: raise StopIteration
    return x
print(list(map(f, [1, 2, 0, 4])), list(filter(f, [1, 2, 0, 4])), tuple(map(f, [3, 0])), sum(map(f, [1, 2, 0, 5])))
print(list(itertools.starmap(lambda a: f(a), [(1,), (0,), (2,)])))
for v in map(f, [7, 0, 9]): print("loop", v)
try:
    def stop5(x): raise StopIteration(5)
    next(map(stop5, [1]))
except StopIteration as e:
    print("next", e.args)
print(next(map(f, [0]), "dflt"))
class D(list):
    def __iter__(self): return iter([7, 8, 9])
class T(tuple):
    def __iter__(self): return iter([7, 8, 9])
print([*D([1,2,3])], (*D([1,2,3]),), (lambda *a: a)(*T((1,2,3))), [*T((1,))])
class poc:
    def __eq__(self, o): l.clear(); return True
l = [poc()]; l.remove(None); print(l)
l = []; t = (l,); l.append(t); print(repr(t))
d = {}; t3 = (d,); d['k'] = t3; print(t3)
a = {1, 2, 3}; i = iter(a); a.add(4)
for _ in range(3):
    try: next(i)
    except Exception as e: print(type(e).__name__, e)
dd = {1: 2}; i = iter(dd); dd[3] = 4
for _ in range(2):
    try: next(i)
    except Exception as e: print(type(e).__name__, e)
i = reversed(dd); dd[5] = 6
for _ in range(2):
    try: next(i)
    except Exception as e: print(type(e).__name__, e)
for call in [lambda: ['a'].insert(10**20, 'z'), lambda: [1].pop(10**20), lambda: [].pop(10**20), lambda: (1024).to_bytes(10**22, 'big')]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
x = ['a']; x.insert(-10**20 if False else 0, 'q'); print(x)
sep = bytearray(b"45"); r = b"14523456789".partition(sep); print(r, type(r[1]).__name__, r[1] is sep)
print(type(b"145".rpartition(memoryview(b"4"))[1]).__name__, bytearray(b"145").partition(b"4"))
print(b"abc".partition(b"z"), bytearray(b"abc").rpartition(b"z"))
def g():
    yield 1
for exc in [StopIteration(5), ValueError(1)]:
    try:
        (_ for _ in ()).throw(exc)
    except BaseException as e:
        print(type(e).__name__, e.args)
    try:
        g().throw(exc)
    except BaseException as e:
        print(type(e).__name__, e.args)
    gg = g(); next(gg)
    try:
        gg.throw(exc)
    except BaseException as e:
        print(type(e).__name__, e.args)
