# Operations shared by list, tuple, str, range, bytes
seqs = [[3, 1, 2], (3, 1, 2), 'cab', range(3, 0, -1), b'cab', bytearray(b'cab')]
for s in seqs:
    name = type(s).__name__
    print(name, len(s), s[0], s[-1], list(s[::2]), s.index(s[1]), s.count(s[0]), min(s), max(s), sorted(s), list(reversed(s)))
for s in seqs[:3] + seqs[4:]:
    print(type(s).__name__, s + s[:1], s * 2, s[1:] * 0)
try:
    range(3) + range(2)
except TypeError as e:
    print('TypeError', e)
print([1, 2] == [1, 2], (1, 2) == (1, 2), 'ab' == 'ab', range(2) == range(2), b'a' == bytearray(b'a'), [1] == (1,))
