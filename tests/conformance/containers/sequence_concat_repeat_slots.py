# sq_concat / sq_repeat as CPython exposes them: str/tuple/list have __add__ but no __radd__,
# bytes has __add__, subclass methods returning NotImplemented, huge pad widths.
import sys
for call in [lambda: str.__add__("a", 1), lambda: tuple.__add__((), 1), lambda: list.__add__([], 1), lambda: bytes.__add__(b"a", b"b"), lambda: bytearray.__add__(bytearray(b"a"), b"b")]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(hasattr(str, "__radd__"), hasattr(tuple, "__radd__"), hasattr(list, "__radd__"), hasattr(bytes, "__add__"), hasattr(bytearray, "__add__"))
class Dd(str):
    def __add__(self, o): return NotImplemented
for call in [lambda: Dd("a") + "b"]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
class R(str):
    calls = 0
    def __radd__(s, o): R.calls += 1; return NotImplemented
class N(str): pass
print(N("a") + R("b"), R.calls)
class RB(bytes):
    calls = 0
    def __radd__(s, o): RB.calls += 1; return NotImplemented
class AO(RB):
    def __add__(s, o): return "overridden"
print(RB(b"a") + AO(b"b"), RB.calls)
class Reflected:
    def __radd__(s, o): return "reflected"
class S(str):
    def __radd__(s, o): return NotImplemented
try: print(S("a") + Reflected())
except Exception as e: print(type(e).__name__, e)
print("a" + Reflected(), [1] + Reflected(), (1,) + Reflected())
class M(list):
    def __mul__(self, o): return NotImplemented
class RR(list):
    def __rmul__(self, o): return NotImplemented
class A(list):
    def __add__(self, o): return NotImplemented
class SS(str):
    def __mul__(self, o): return NotImplemented
for call in [lambda: M([1]) * 2, lambda: 2 * RR([1]), lambda: A([1]) + [2], lambda: SS("a") * 2, lambda: M([1]) + [3], lambda: 3 * SS("b")]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
class C:
    def __index__(self): return 2
x = C()
try:
    x *= [1]; print(x)
except TypeError as e: print(e)
x = 2; x *= [1]; print(x, C() * [1] if False else [1] * C())
try: str.__rmod__(30, "%i")
except TypeError as e: print(e)
print(repr(abs(complex(1.5, 2.5))))
for call in [lambda: (-2.0) ** 2000.5, lambda: pow(-2, 2000.5), lambda: (-8.0) ** (1/3)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
for w in (1 << 62,):
    for s in ["a", b"a", bytearray(b"a")]:
        for m in ["zfill", "center", "ljust", "rjust"]:
            try: getattr(s, m)(w)
            except BaseException as e: print(m, type(e).__name__)
print("zf", "-5".zfill(5), b"+3".zfill(4))
