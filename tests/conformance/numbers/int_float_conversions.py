# int()/float() conversions: bases, buffers, subclasses overriding __int__/__float__, deprecation
# warnings for strict subclasses, and the int<->str digit limit checked before converting.
import sys
import warnings


def attempt(label, f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = repr(f())
        except Exception as exc:
            result = f"{type(exc).__name__}: {exc}"
    print(label, result, [f"{w.category.__name__}: {w.message}" for w in caught])


attempt("base huge", lambda: int("10", 2**70))
attempt("base -huge", lambda: int("10", -2**70))
attempt("base 37", lambda: int("10", 37))
attempt("base 1", lambda: int("10", 1))
attempt("memoryview", lambda: int(memoryview(b"123")))
attempt("memoryview slice", lambda: int(memoryview(b"1234")[1:3]))
attempt("memoryview bad", lambda: int(memoryview(b"x1")))
attempt("memoryview base", lambda: int(memoryview(b"ff"), 16))
attempt("float memoryview", lambda: float(memoryview(b"1.25")))
attempt("float bytearray", lambda: float(bytearray(b" 2.5 ")))
attempt("float bytearray bad", lambda: float(bytearray(b"x")))


class IntSub(int):
    def __int__(self):
        return 42


class FloatSub(float):
    def __float__(self):
        return 42.0


class IntFloat(int):
    def __float__(self):
        return 1.5


class ReturnsBool:
    def __int__(self):
        return True


class IndexBool:
    def __index__(self):
        return True


class FloatReturnsSub:
    def __float__(self):
        return FloatSub(2.0)


class IndexOnly:
    def __index__(self):
        return 7


attempt("int(IntSub)", lambda: int(IntSub(7)))
attempt("float(FloatSub)", lambda: float(FloatSub(7.0)))
attempt("float(IntFloat)", lambda: float(IntFloat(3)))
attempt("int(ReturnsBool)", lambda: int(ReturnsBool()))
attempt("int(IndexBool)", lambda: int(IndexBool()))
attempt("float(FloatReturnsSub)", lambda: float(FloatReturnsSub()))
attempt("float(IndexOnly)", lambda: float(IndexOnly()))
attempt("range(IndexBool)", lambda: range(IndexBool()))

# Parsing in every base agrees with formatting, for long inputs too.
for base, fmt in [(2, "b"), (8, "o"), (16, "x"), (10, "d")]:
    n = 7**500 + 12345
    text = format(n, fmt)
    print(base, int(text, base) == n, int("-" + text, base) == -n, int("_".join(text), base) == n)
for base in (3, 7, 36):
    n = 11**300
    digits = []
    m = n
    while m:
        m, d = divmod(m, base)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    print(base, int("".join(reversed(digits)), base) == n)
print(int("0x" + "c" * 20000, 16) == int("c" * 20000, 16), int("0b" + "1" * 64, 0) == 2**64 - 1)

# The digit limit: checked before any conversion work, for str->int in non-power-of-two bases.
print(sys.get_int_max_str_digits())
attempt("str big", lambda: str(10**5000))
attempt("str big neg", lambda: str(-(10**4299)) [:5])
attempt("str at limit", lambda: len(str(10**4299)))
attempt("int big", lambda: int("1" * 4301))
attempt("int big base 7", lambda: int("1" * 4301, 7))
attempt("int big base 16", lambda: int("1" * 4301, 16) > 0)
attempt("huge hex str", lambda: str(int("c" * 500000, 16)))
sys.set_int_max_str_digits(0)
print(len(str(int("c" * 5000, 16))), int("9" * 5000) == 10**5000 - 1)
