# reference: CPython 3.14
# complex() constructor
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(-1.5, 0.5), complex('3'), complex('3j'), complex('1+1j'), complex(' (2-3j) '))
print(complex(real=1, imag=2), complex(imag=3), complex(True, False))
class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 5
print(complex(C()), complex(F()), complex(I()))
for args in [('1+',), ('x',), ('1', 2), (None,), ([],)]:
    try:
        complex(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
z = complex(3, 4)
print(z.real, z.imag, abs(z), z.conjugate(), z == 3 + 4j, complex('1e1+1e1j'))
