# int()/float() of any buffer (array.array included), powers of zero with infinite exponents,
# and array repetition counts whose byte size overflows.
import array, sys

for x in [array.array('B', b'100'), memoryview(b' 42 '), bytearray(b'7')]:
    print(type(x).__name__, int(x), float(x))
for bad in [array.array('B', b'x'), array.array('B', b'1.5.')]:
    for conv in (int, float):
        try:
            conv(bad)
        except ValueError as e:
            print(conv.__name__, "ValueError:", e)
for base in (0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0):
    print(base, [base ** e for e in (float('inf'), float('-inf'))])
try:
    0.0 ** -1.0
except ZeroDivisionError:
    print("ZeroDivisionError")
a = array.array('d', [-1.0] * 65536)
try:
    a *= sys.maxsize // 65536 + 1
except MemoryError:
    print("MemoryError (in place)", len(a))
b = array.array('d', [1.0, 2.0, 3.0])
try:
    b * (sys.maxsize // 3 + 1)
except MemoryError:
    print("MemoryError")
