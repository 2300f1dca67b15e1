# set and frozenset
s = {1, 2, 3}
s.add(4); s.add(2); print(s)
s.discard(10); s.discard(1); print(s)
s.remove(2); print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
print(s.pop() in {3, 4}, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([4, 10]))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(a); c.update([7, 8], (9,)); print(c)
c.intersection_update({7, 8, 1}); print(c)
c.difference_update({7}); print(c)
c.symmetric_difference_update({1, 100}); print(c)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError', e)
print(set(), frozenset(), set('aab') == {'a', 'b'}, len(set(range(100))), {x % 3 for x in range(10)})
print(set([1, 2]).copy(), {frozenset({1}): 'ok'}[frozenset([1])], sorted({5, 3, 9}))
e = set(); e.clear(); print(e, bool(e))
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
print({1, 2} == frozenset({1, 2}), {(1, 2), (1, 2)}, {None, 0, False, 0.0})
