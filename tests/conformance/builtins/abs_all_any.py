# abs, all, any
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30))
class A:
    def __abs__(self): return 'custom abs'
print(abs(A()))
for bad in ['x', [1], None]:
    try:
        abs(bad)
    except TypeError as e:
        print('TypeError', e)
print(all([]), all([1, 2]), all([1, 0]), all('abc'), all(['']), all(x > 0 for x in [1, 2, 3]))
print(any([]), any([0, '', None]), any([0, 1]), any(iter([False, True])), any(x > 2 for x in [1, 2, 3]))
seen = []
def check(x):
    seen.append(x)
    return x
print(all(check(x) for x in [1, 0, 2]), seen)
seen.clear()
print(any(check(x) for x in [0, 3, 4]), seen)
try:
    all(5)
except TypeError as e:
    print('TypeError', e)
