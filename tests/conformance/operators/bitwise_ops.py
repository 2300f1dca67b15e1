# Bitwise operations on ints and bools, with negative numbers
vals = [0, 1, -1, 5, -5, 255, -256, 2**65, -(2**65) + 3]
for a in vals:
    print(a, ~a, a & 0xF0, a | 0x0F, a ^ 0xFF, a << 3, a >> 2)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(True & True, True | False, True ^ False, type(True ^ False).__name__, ~False)
print(-1 & (2**70 - 1) == 2**70 - 1, (2**70) >> 69, -(2**70) >> 68)
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {5}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {1})
print(bin(0b1010 << 4), bin(-10 & 0xFF), f"{-10 & 0xFFFF:016b}")
try:
    1.5 & 1
except TypeError as e:
    print('TypeError', e)
try:
    1 << 1.0
except TypeError as e:
    print('TypeError', e)
x = 0b1
for i in range(5):
    x = (x << 1) | (i & 1)
print(bin(x), x)
print(int.__and__(6, 3), int.__rxor__(6, 3), (12).__invert__(), (3).__lshift__(100) >> 98)
