# Float functions whose results are exactly representable / correctly rounded
import math
vals = [0.0, 0.5, 1.0, 2.0, 10.0, 100.0, 0.25, 1e-300, 1e300]
for v in vals:
    print(v, math.sqrt(v), math.floor(v), math.ceil(v), math.fabs(-v), math.copysign(v, -1.0), math.frexp(v))
print(math.fsum([1e100, 1.0, -1e100, 1.0]), sum([1e100, 1.0, -1e100, 1.0]), math.fsum([0.1] * 10) == 1.0)
print(math.hypot(5, 12), math.hypot(8, 15), math.hypot(), math.hypot(-3))
print(math.pow(2, 0.5) == math.sqrt(2), math.pow(-8, 3), math.pow(2, -1), math.pow(1, math.inf), math.pow(math.inf, 0))
print(math.log2(2**50), math.log10(10**-5), math.log(1024, 2), math.log(100, 10))
print(math.exp2(10), math.exp2(-1), math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0), math.ulp(0.0), math.nextafter(1.0, 1.0, steps=2) if False else 'skip')
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.isclose(math.e ** 2, math.exp(2)))
print(math.trunc(3.999), math.trunc(-3.999), math.modf(0.0), math.modf(-0.0))
