# reference: CPython 3.14
# A special method set to None blocks the operation; sequences expose sq_repeat as __mul__/__rmul__;
# argument-count errors of methods that take none or one argument.
import sys


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class NoBool:
    __bool__ = None


class NoBoolWithLen:
    __bool__ = None

    def __len__(self):
        return 3


class NoEq:
    __eq__ = None


class NoNe:
    __ne__ = None


class NoRadd:
    __radd__ = None


class NoIadd:
    __iadd__ = None

    def __add__(self, other):
        return "added"


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


attempt("bool", lambda: bool(NoBool()))
attempt("bool len", lambda: bool(NoBoolWithLen()))
attempt("eq", lambda: NoEq() == 1)
attempt("ne", lambda: NoNe() != 1)
attempt("radd", lambda: 1 + NoRadd())
x = NoIadd()


def iadd():
    global x
    x += 1
    return x


attempt("iadd", iadd)
attempt("contains", lambda: 1 in NoContains())

attempt("list mul", lambda: [1, 2].__mul__(2))
attempt("list rmul", lambda: [1].__rmul__(3))
attempt("tuple mul", lambda: (1,).__mul__(2))
attempt("str mul", lambda: "ab".__mul__(2))
attempt("bytes rmul", lambda: b"ab".__rmul__(2))
attempt("mul non-int", lambda: [1].__mul__("x"))
attempt("mul huge", lambda: [1] * (2**70))
attempt("tuple mul huge", lambda: (1,) * (2**70))
attempt("str mul huge", lambda: "ab" * (2**70))
attempt("bytes mul huge", lambda: b"ab" * (-2**70))
attempt("str mul too long", lambda: "ab" * (sys.maxsize // 2 + 1))
attempt("mul negative", lambda: [1, 2] * -3)
attempt("mul bool", lambda: [0] * True)
print("__mul__" in list.__dict__, "__rmul__" in tuple.__dict__, "__mul__" in int.__dict__)

for label, f in [
    ("list.clear", lambda: [].clear(1)),
    ("list.copy", lambda: [].copy(1)),
    ("list.reverse", lambda: [].reverse(1, 2)),
    ("list.count", lambda: [].count()),
    ("dict.clear", lambda: {}.clear(1)),
    ("dict.copy", lambda: {}.copy(1)),
    ("dict.popitem", lambda: {}.popitem(1)),
    ("dict.keys", lambda: {}.keys(1)),
    ("set.copy", lambda: set().copy(1)),
    ("int.bit_count", lambda: (5).bit_count(1)),
    ("int.conjugate", lambda: (5).conjugate(1)),
    ("int.is_integer", lambda: (5).is_integer(1)),
    ("float.hex", lambda: (1.5).hex(1)),
    ("float.as_integer_ratio", lambda: (1.5).as_integer_ratio(1)),
    ("float.fromhex", lambda: float.fromhex()),
    ("complex.conjugate", lambda: (1j).conjugate(1)),
    ("tuple.count", lambda: ().count()),
    ("range.index", lambda: range(3).index()),
    ("slice.indices", lambda: slice(1).indices()),
    ("int.__round__", lambda: (5).__round__(1, 2)),
    ("float.__round__", lambda: (1.5).__round__(1, 2)),
    ("kw", lambda: [].clear(x=1)),
]:
    attempt(label, f)


class L(list):
    pass


class LInit(list):
    def __init__(self, seq, extra=None):
        super().__init__(seq)
        self.extra = extra


class T(tuple):
    pass


class TNew(tuple):
    def __new__(cls, seq, extra=None):
        return super().__new__(cls, seq)


class F(float):
    pass


class FInit(float):
    def __init__(self, value, extra=None):
        self.extra = extra


attempt("list kw", lambda: list([1], x=2))
attempt("L kw", lambda: L(sequence=[1]))
attempt("LInit kw", lambda: (LInit([1], extra=2), LInit([1], extra=2).extra))
attempt("list 2 args", lambda: list([1], [2]))
attempt("tuple kw", lambda: tuple([1], x=2))
attempt("T kw", lambda: T(iterable=[1]))
attempt("TNew kw", lambda: TNew([1], extra=2))
attempt("float kw", lambda: float(x=1))
attempt("F kw", lambda: F(x=1))
attempt("FInit kw", lambda: FInit(2.5, extra=1))
attempt("float 2 args", lambda: float(1, 2))
