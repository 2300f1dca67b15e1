# Exact comparisons between ints and floats
big = 2**53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10**400 > float('inf'), -10**400 < float('-inf'), 10**400 > 1e308)
print(1 == 1.0, 1 == 1.0000000000000002, 0.5 < 1, -1 < -0.5, 3 <= 3.0, 3 >= 3.0000001)
print(float('nan') == 1, float('nan') < 1, float('nan') > 1, 1 != float('nan'))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), type(max(1, 1.0)).__name__)
print(sorted([3, 1.5, 2, 0.5, -1, True]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0), hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
print(hash(1.5), hash(0.5), hash(-1.5), hash(1e100) == hash(int(1e100)))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print({1, 1.0, True}, {0, 0.0, False, -0.0})
print(1 + 0j == 1, 1j == 1, complex(2, 0) == 2.0)
print((2**63) == 9.223372036854775808e18, 2**1023 * 2 == float('inf'))
