# cmath: every function on a grid of ordinary and special values (signed zeros, infinities, NaN, huge and
# tiny parts), with CPython's results bit for bit and its ValueError/OverflowError cases
import cmath, math

inf, nan = math.inf, math.nan
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, 1e300, -1e308, inf, -inf, nan]
funcs = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh']
for name in funcs:
    f = getattr(cmath, name)
    out = []
    for re in parts:
        for im in parts:
            try:
                r = f(complex(re, im))
                out.append(f'{r.real!r},{r.imag!r}')
            except ValueError as e:
                out.append('VE')
            except OverflowError as e:
                out.append('OE')
    print(name, ' '.join(out))
for x, y in [(1, 0), (0, 0), (1e308, 1e308), (inf, nan), (-0.0, -0.0), (-1, -0.0), (3, 4)]:
    z = complex(x, y)
    for g in (cmath.phase, cmath.polar, cmath.isfinite, cmath.isnan, cmath.isinf):
        try:
            print(g.__name__, z, g(z))
        except Exception as e:
            print(g.__name__, z, type(e).__name__, e)
for r, phi in [(1, 0), (2, -0.0), (2, math.pi / 2), (inf, 1), (-inf, 2), (inf, 0), (0, inf), (1, inf), (nan, 0), (1e308, 1), (-0.0, -0.0)]:
    try:
        print('rect', r, phi, cmath.rect(r, phi))
    except Exception as e:
        print('rect', r, phi, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, 3))
for args in [(0,), (0, 2), (1, 1), (2, 0), (0, 0)]:
    try:
        print('log', args, cmath.log(*args))
    except Exception as e:
        print('log', args, type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.1),
      cmath.isclose(0, 1e-10j), cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(inf, inf), cmath.isclose(inf, -inf),
      cmath.isclose(nan, nan), cmath.isclose(complex(inf, 1), complex(inf, 2)))
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(-4), cmath.exp(True))
for bad in [lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.isclose(1, 2, rel_tol=-1),
            lambda: cmath.isclose(1, 2, 3), lambda: cmath.rect('a', 1), lambda: cmath.phase(None), lambda: cmath.log(1, 'b'),
            lambda: cmath.exp(1000), lambda: cmath.cosh(complex(1000, 1)), lambda: cmath.polar(complex(1e308, 1e308))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: cmath.rect(1), lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.phase(), lambda: cmath.isnan(1, 2),
            lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, tol=3), lambda: cmath.sqrt(z=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
