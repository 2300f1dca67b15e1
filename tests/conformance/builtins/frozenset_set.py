# set() and frozenset() constructors
print(set(), set([3, 1, 2]), set(range(5)), set((1, 1, 2)), set({1: 'a', 2: 'b'}), frozenset(), frozenset([5, 4]))
s = set([1, 2])
fs = frozenset(s)
s.add(3)
print(s, fs, frozenset(fs) == fs, set(fs) is fs)
print(len(set('mississippi')), sorted(set('mississippi')), sorted(frozenset('hello')))
try:
    set([[1]])
except TypeError as e:
    print('TypeError')
try:
    set(1)
except TypeError as e:
    print('TypeError', e)
print({frozenset({1, 2}): 'key'}, {frozenset(): 0}[frozenset()])
print(frozenset([1, 2]) | frozenset([3]), frozenset([1, 2]) & {2, 3}, frozenset([1]) == {1}, {1} == frozenset([1]))
class S(set): pass
print(type(S([1]) | {2}).__name__, S([1]) == {1})
