# hash() of ints, tuples of ints, floats; unhashable types
print(hash(0), hash(1), hash(-1), hash(-2), hash(123456789), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)))
print(hash(1.0), hash(2.5), hash(-0.0), hash(1e300) == hash(int(1e300)), hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), (3,))), hash((True, False)))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
for v in [[], {}, set(), bytearray(b''), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
class H:
    def __hash__(self): return -1
print(hash(H()))
class H2:
    def __hash__(self): return 2**65
print(hash(H2()) == hash(2**65))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(5)) == hash(range(0, 5)))
