# Slicing semantics incl. negative steps, out-of-range, assignment and deletion
s = list(range(10))
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2),
           (None, None, -1), (8, 2, -2), (-1, -8, -3), (20, None, None), (None, 100, None), (5, 2, None),
           (None, None, -3), (3, 3, None), (-100, 100, 7)]:
    print(sl, s[slice(*sl)], 'abcdefghij'[slice(*sl)])
t = tuple(s)
print(t[1:4], t[::-4])
s2 = s[:]
s2[2:5] = ['a']
print(s2)
s2[:0] = [-1, -2]
print(s2)
s2[::2] = 'x' * len(s2[::2])
print(s2)
try:
    s2[::2] = [1]
except ValueError as e:
    print('ValueError', e)
del s2[1::3]
print(s2)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(10))
print(s[slice(2)], s[1:9][2:5][::-1])
class S:
    def __getitem__(self, k): return k
print(S()[1:2], S()[::], S()[1:2, 3], S()[...], S()[:, None])
