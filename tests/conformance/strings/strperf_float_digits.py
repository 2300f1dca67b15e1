# Float to text over many values: repr (shortest round trip), fixed-point 'f' (correctly rounded,
# half-even on the exact binary value), 'e' and 'g'. Covers random bit patterns, exact binary ties,
# powers of two (where the gap below is half the gap above) and the 2**52 boundary of the fixed-point
# fast path. A sample is printed in full; the rest is checked through a digest.
import hashlib
import math
import random
import struct

r = random.Random(12345)
vals = []
for _ in range(4000):
    v = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
    if math.isfinite(v):
        vals.append(v)
for _ in range(3000):
    vals.append(r.uniform(-1e6, 1e6))
    vals.append(round(r.uniform(0, 1000), r.randint(0, 4)))
    vals.append(r.randint(0, 10**6) / 8)
    vals.append(r.randint(0, 10**8) / 1000)
    vals.append(r.uniform(0, 1e-3))
    vals.append(r.uniform(1e14, 1e16))
for e in range(-1074, 1024, 7):
    vals.append(2.0 ** e)
    vals.append(-(2.0 ** e))
edge = [0.0, -0.0, 0.125, 0.375, 2.5, 0.5, 1.5, -0.5, 0.005, 0.015, 1.005, 2.675, 1e15, 4503599627370496.5,
        4503599627370495.5, 450359962737049.55, 45035996273704.955, 9.995, 99.995, 0.0049999999999999996,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-7, 123456789.125, 2.0 ** -25]
vals += edge


def row(v):
    s = "%r|%.2f|%.0f|%.3f|%.6f|%.10f|%.15f|%.1f|%.5e|%g|%.17g" % (v, v, v, v, v, v, v, v, v, v, v)
    return s + "|" + f"{v:.2f}|{v:,.3f}|{v:+.4f}|{v:012.1f}|{v:.2%}|{v}|{v!s}|{v:z.1f}"


for v in edge:
    print(row(v))
for v in vals[:20]:
    print(row(v))
print(len(vals), hashlib.md5("\n".join(row(v) for v in vals).encode()).hexdigest())
