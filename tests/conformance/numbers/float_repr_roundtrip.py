# Shortest repr round-trips for many floats
import struct
vals = []
x = 1.0
for i in range(40):
    x = x * 1.7 + 0.013
    vals.append(x)
    vals.append(1 / x)
for v in vals:
    r = repr(v)
    assert float(r) == v
print(vals[:10])
print(vals[-5:])
print([repr(2 ** -i) for i in range(0, 60, 7)])
print([repr(10.0 ** i) for i in range(-8, 25, 3)])
print(struct.unpack('<d', struct.pack('<Q', 1))[0], struct.unpack('<d', struct.pack('<Q', 0x7FEFFFFFFFFFFFFF))[0])
print(0.1 + 0.7, 0.3 - 0.1, 1.1 + 2.2, 100 * 1.1, 4.35 * 100, 1 - 0.9)
print(9.999999999999999e22, 1e23, 5e-324 / 2, 2.2250738585072014e-308)
