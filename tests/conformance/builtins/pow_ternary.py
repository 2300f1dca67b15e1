# Three-argument pow(): int modular power, float/complex errors, __pow__ with a modulus
print(pow(2, 10, 1000), pow(-3, 3, 7), (2).__pow__(3, 5), (3).__rpow__(2, 5), (2).__pow__(3, None))
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (1j, 2, 3), ('a', 2, 3), (2, 3, 'x')]:
    try: print(pow(*args))
    except Exception as e: print(type(e).__name__, e)
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
print(pow(P(), 2, 3), P() ** 2, 2 ** P())
try: print(pow(2, 3, P()))
except Exception as e: print(type(e).__name__, e)
class I(int):
    def __pow__(self, o, m=None): return ('I', o, m)
print(pow(I(2), 3, 5), pow(2, I(3), 5), I(2) ** 3)
class J(int): pass
print(pow(J(2), 3, 5), J(2).__pow__(3, 5), int.__pow__(2, 3, 5), float.__pow__(2.0, 3, None))
try: float.__pow__(2.0, 3, 5)
except Exception as e: print(type(e).__name__, e)
print(pow(2, -1, 5), pow(5, 0, 1))
try: pow(2, 3, 0)
except Exception as e: print(type(e).__name__, e)
