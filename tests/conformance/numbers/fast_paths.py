# reference: CPython 3.14
# int/float mixed arithmetic, int true division (correctly rounded), format() of exact types,
# sum() of ints past the machine word: the VM fast paths must agree with the generic ones.
vals = [0, 1, -1, 3, 7, 2**53, 2**53 + 1, -2**53 - 1, 2**63 - 1, 10**20, True]
fl = [0.0, -0.0, 1.5, -2.25, 1e300, float('inf'), float('nan'), 3.0]
for a in vals:
    for b in fl:
        for r in [lambda: a + b, lambda: b + a, lambda: a - b, lambda: b - a, lambda: a * b, lambda: b * a, lambda: a / b, lambda: b / a]:
            try: print(repr(r()), end=' ')
            except Exception as e: print(type(e).__name__, e, end=' ')
        print()
for a in vals:
    for b in vals:
        try: print(repr(a / b), end=' ')
        except Exception as e: print(type(e).__name__, e, end=' ')
    print()
for v in [5, -5, 1234567, 3.14159, -0.0, 1e20, float('nan'), "abc", "x"]:
    for spec in ["", "05d", ">8", "<6", "^7", ".2f", "x", "e", "g", ",", "+", "s", ".1s"]:
        try: print(format(v, spec), f"{v:{spec}}", end='|')
        except Exception as e: print(type(e).__name__, e, end='|')
    print()
class MyInt(int):
    def __format__(self, spec): return "custom"
print(f"{MyInt(3):d}", format(MyInt(3), "x"))
print(hex(255), oct(-8), bin(5))
print(sum([1, 2, 3]), sum([]), sum([], 5), sum(range(10**6)))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([1, 2.5, 3]), sum([1, True, False]))
print(sum([0.1] * 10), sum([1, 2, 0.1, 0.2]), sum([[1], [2]], []), sum((x for x in range(5)), 10))
print(sum([1, 2], 3.5), sum([10**20, 1]), sum([1, 10**20, 2]), sum([True, True]))
class N(int): pass
print(sum([N(3), 4]), type(sum([N(3)])))
try: sum([1, "a"])
except TypeError as e: print(e)
print(9007199254740993 / 7, 3 / 10**20, 7 / 10**20, (2**63-1) / 3, 10**20 / 7, 2**200 / 3**50, -(10**30) / 7, 1 / 3)
