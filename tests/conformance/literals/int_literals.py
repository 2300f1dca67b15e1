# Integer literals in every base, underscores, and large values
values = [0, 7, 42, 1_000_000, 0b1011, 0B11, 0o777, 0O17, 0xff, 0XDEAD_BEEF, 0b_1111_0000,
          123456789012345678901234567890, -0, -17, +5]
for v in values:
    print(v, type(v).__name__, bin(v), oct(v), hex(v))
print(0x7fffffffffffffff + 1)
print(2 ** 64, 2 ** 100, -(2 ** 63))
print(0o10 + 0x10 + 0b10 + 10)
print(1_2_3 * 1_0)
print(int("1_000"), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("17", 8))
print(int(" -42 "), int("+7"), int("z", 36), int("ZZ", 36))
for bad in ["1__0", "_1", "1_", "0x", "12a", "", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(True + True, False * 3, int(True))
print(00, 0_0)
