# reference: CPython 3.14
# int, float and complex methods and conversions, with error cases (hash values and the errno of a
# float overflow, which differ on the 32-bit CPython 3.14 reference, are in number_hashes.py).
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

for name, fn in [
    ("bit_length", lambda: [(0).bit_length(), (-255).bit_length(), (2**100).bit_length()]), ("bit_count", lambda: [(-7).bit_count(), (2**64 - 1).bit_count()]),
    ("to_bytes", lambda: [(1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), (5).to_bytes(), (0).to_bytes(0, "big")]),
    ("to_bytes-over", lambda: (256).to_bytes(1, "big")), ("to_bytes-neg", lambda: (-1).to_bytes(1, "big")), ("to_bytes-order", lambda: (1).to_bytes(1, "middle")),
    ("from_bytes", lambda: [int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff", "little", signed=True), int.from_bytes([1, 2], "little"), int.from_bytes(b"")]),
    ("from_bytes-bad", lambda: int.from_bytes("ab", "big")), ("ratio", lambda: [(5).as_integer_ratio(), (-3).is_integer(), (7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator]),
    ("int-parse", lambda: [int(" 12 "), int("1_000"), int("0x1f", 16), int("0x1f", 0), int("z", 36), int("-0b101", 0), int(b"42"), int("٣")]),
    ("int-parse-bad", lambda: int("1__0")), ("int-parse-bad2", lambda: int("0x", 16)), ("int-parse-bad3", lambda: int("12", 1)), ("int-parse-bad4", lambda: int("010", 0)),
    ("int-base-type", lambda: int(12, 10)), ("int-float", lambda: [int(3.99), int(-3.99), int(1e20)]), ("int-inf", lambda: int(float("inf"))), ("int-nan", lambda: int(float("nan"))),
    ("divmod", lambda: [divmod(7, -2), divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2)]), ("zero-div", lambda: 1 // 0), ("zero-mod", lambda: 1 % 0), ("zero-truediv", lambda: 1 / 0),
    ("pow", lambda: [pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), 2 ** 0.5, (-8) ** (1 / 3)]), ("pow-mod0", lambda: pow(2, 3, 0)),
    ("pow-noinv", lambda: pow(2, -1, 4)), ("pow-float-mod", lambda: pow(2.0, 3, 5)), ("shifts", lambda: [1 << 70, -1 >> 5, -16 >> 2, 5 << 0]), ("neg-shift", lambda: 1 << -1),
    ("bitwise", lambda: [-6 & 5, -6 | 5, -6 ^ 5, ~5, ~-1, -(2**70) & (2**65 - 1)]), ("round", lambda: [round(1234, -2), round(-1250, -2), round(15, -1), round(5, 2)]),
    ("str-limit", lambda: len(str(10**4299))), ("str-limit-over", lambda: str(10**4300)), ("int-limit-over", lambda: int("1" * 4301)),
    ("float-repr", lambda: [1e16, 1e15, 0.1 + 0.2, -0.0, float("inf"), float("-nan"), 1e-5, 123456789012345678.0, 5e-324, 1.7976931348623157e308]),
    ("float-parse", lambda: [float(" 1_0.5 "), float("-inf"), float("nan"), float("1e500"), float(".5"), float("5."), float("  Infinity"), float(b"2.5")]),
    ("float-parse-bad", lambda: float("1__0")), ("float-parse-bad2", lambda: float("")), ("float-parse-bad3", lambda: float("0x10")),
    ("hex", lambda: [(1.5).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0X.8P-1"), float.fromhex("inf"), (5e-324).hex()]),
    ("fromhex-bad", lambda: float.fromhex("0x1g")), ("fromhex-over", lambda: float.fromhex("0x1p10000")),
    ("float-ratio", lambda: [(0.75).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer()]), ("ratio-inf", lambda: float("inf").as_integer_ratio()),
    ("ratio-nan", lambda: float("nan").as_integer_ratio()), ("round-float", lambda: [round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1e300, -300), round(123.456, -1), round(2.5, None)]),
    ("round-inf", lambda: round(float("inf"))), ("round-nan", lambda: round(float("nan"))), ("float-ops", lambda: [7.0 // 2, -7.0 % 2, 1e308 * 10, divmod(-7.0, 2)]),
    ("float-zero", lambda: 1.0 / 0), ("float-fmod-zero", lambda: 1.0 % 0.0), ("float-neg-pow", lambda: (-8.0) ** 0.5),
    ("keys", lambda: len({1: "a", 1.0: "b", complex(1, 0): "c", True: "d"})), ("complex", lambda: [complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), complex(" (3-4j) "), complex("j")]),
    ("complex-bad", lambda: complex("1+2")), ("complex-div0", lambda: (1 + 1j) / 0), ("complex-repr", lambda: [complex(0, -0.0), complex(float("inf"), float("nan")), 1e16j, -1j]),
    ("complex-cmp", lambda: (1j) < (2j)), ("complex-pow", lambda: [(1j) ** 2, (2 + 0j) ** 0.5, 0j ** 0]), ("complex-zero-pow", lambda: 0j ** -1),
    ("bool", lambda: [True + True, True & 2, -False, True / 2]),
    ("int-format", lambda: [format(255, "#x"), format(-255, "08b"), format(10**6, ","), format(10**6, "_x"), format(5, "+d"), format(5, "c"), format(255, "#o"), format(3, "=+5")]),
    ("float-format", lambda: [format(1234.5678, ",.2f"), format(0.000123, "g"), format(1e20, "g"), format(-0.0, "z.1f"), format(1.5, "%"), format(2.5, ".0f"), format(1e-7, ".3e"), format(float("nan"), "+f"), format(12.3, "010.1f")]),
    ("format-bad", lambda: format(1, "z")), ("format-bad2", lambda: format(1.5, "d")), ("format-bad3", lambda: format(1, ".2d")), ("format-bad4", lambda: format(1, ",_d")),
    ("complex-format", lambda: [format(1 + 2j, ".1f"), format(1 + 2j, "^20"), format(-1j, "")]),
]:
    show(name, fn)
