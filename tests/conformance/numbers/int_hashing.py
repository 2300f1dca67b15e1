# Hashes of ints, floats, tuples of ints are deterministic
for v in [0, 1, -1, -2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 10**30, 1.0, 0.5, 2.5, -0.5, 1e20]:
    print(repr(v), hash(v))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(True), hash(frozenset()) if False else 'skip')
print(hash(1 + 0j), hash(2j) == hash(2j))
try:
    hash([1])
except TypeError as e:
    print('TypeError', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
try:
    hash({})
except TypeError as e:
    print('TypeError', e)
print(hash(None) == hash(None), hash(range(3)) == hash(range(3)) if False else 'skip')
