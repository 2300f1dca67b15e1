# Integer math: gcd/lcm/isqrt/comb/perm/factorial with large values
import math
print(math.factorial(50))
print(math.comb(100, 50), math.perm(20, 10))
print(math.isqrt(2**200), math.isqrt(2**200) ** 2 == 2**200, math.isqrt(99), math.isqrt(0))
print(math.gcd(2**100, 6**50), math.lcm(*range(1, 21)), math.gcd(), math.lcm(), math.gcd(-12, 18), math.lcm(-4, 6))
print([math.comb(6, k) for k in range(7)], math.comb(5, 7), math.perm(3, 5))
print(sum(math.comb(30, k) for k in range(31)) == 2**30)
def is_square(n): return math.isqrt(n) ** 2 == n
print([n for n in range(200) if is_square(n)])
print(math.floor(10**20 / 3), math.ceil(7 / 2), math.trunc(10**18 + 0.5), math.floor(-0.5), math.ceil(-0.5))
class F:
    def __floor__(self): return 'custom floor'
    def __ceil__(self): return 'custom ceil'
    def __trunc__(self): return 'custom trunc'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
