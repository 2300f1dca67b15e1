# Float literals and repr round-tripping
vals = [0.0, -0.0, 1.5, .5, 5., 1e10, 1E-5, 1_000.000_1, 3.14159, 1e308, 1e-308, 5e-324,
        1.7976931348623157e308, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.123456789,
        1e22, 1e23, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v), type(v).__name__)
print(float("inf"), float("-inf"), float("nan"), float("  1.25  "), float("1_0.5"))
print(float("Infinity"), float("-iNF"), float("+1e3"))
print(1e400, -1e400)
for bad in ["abc", "1.2.3", "", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3)
print(1e-7, 1e-4, 0.0001, 0.00001, 1e15 + 0.3, 1e16 + 1.0)
print(float(10**20), float(2**53 + 1), float(-2**60))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print((1.0).is_integer(), (1.5).is_integer())
print((255.0).hex(), float.fromhex("0x1.8p1"), (0.1).hex())
