# Chained comparisons evaluate each operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) <= v(5) > v(0), calls)
calls.clear()
print(v(1) in [v(1)] not in [v([])], calls)
print(1 < 2 == 2 > 1, 1 < 2 == 3, 'a' < 'b' < 'c', [1] < [1, 0] < [2])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print([1, 2] == [1, 2] is not None)
print(None is None is None)
for a, b in [(1, 1.0), (1, True), (0.1 + 0.2, 0.3), (float('nan'), float('nan')), ('a', 'a'), ([], [])]:
    print(repr(a), repr(b), a == b, a != b)
try:
    1 < 'a'
except TypeError as e:
    print('TypeError', e)
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError', e)
try:
    None < None
except TypeError as e:
    print('TypeError', e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 3} < {1, 2})
