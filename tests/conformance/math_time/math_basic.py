# math module: exact-valued functions and constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10**20), math.cbrt(27.0), math.pow(2, 10), math.exp(0), math.exp(1))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(3, -0.0), math.modf(3.75), math.modf(-2.5))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0), math.expm1(0))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([0.1] * 10))
print(math.isfinite(1.0), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.nextafter(1.0, 2.0), math.ulp(1.0), math.sumprod([1, 2, 3], [4, 5, 6]))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1) == math.pi / 4)
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), round(math.asin(1), 12), round(math.acos(0), 12), math.atan(0))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1))
