# divmod and pow including 3-argument pow
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(0, 0), pow(4, 0.5))
print(pow(2, 100, 7), pow(3, 200, 1000), pow(5, -1, 7), pow(-3, 3, 5), pow(7, 0, 5), pow(2, 10, -3))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(type(pow(2, -1)).__name__, type(pow(2, 2)).__name__, pow(-8, 1 / 3) == (-8) ** (1 / 3))
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b): return ('rpow', b)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()))
