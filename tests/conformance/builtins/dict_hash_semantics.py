# dict and hash behaviour: lookups while __eq__ mutates the dict, how often __hash__/__eq__ run,
# subclass __hash__, NaN hashing, mutation detection; plus a few number and type() details.
import collections
import math


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class Counting:
    def __init__(self):
        self.hashes = self.eqs = 0

    def __hash__(self):
        self.hashes += 1
        return 42

    def __eq__(self, other):
        self.eqs += 1
        return self is other


a, b = Counting(), Counting()
d = {a: 1}
d.setdefault(b, [])
print("setdefault", a.hashes, b.hashes, a.eqs + b.eqs)
a, b = Counting(), Counting()
d = {a: 1, 1: 1, 2: 2, 3: 3, 4: 4}
d[b] = 5
print("setitem at resize", a.hashes, b.hashes, a.eqs + b.eqs)


class HashInt(int):
    count = 0

    def __hash__(self):
        HashInt.count += 1
        return int.__hash__(self)


keys = [HashInt(i) for i in range(5)]
d = dict.fromkeys(keys)
s = set(d)
s.difference(d)
dict.fromkeys(set(d))
print("hash calls", HashInt.count)


class StrSub(str):
    def __hash__(self):
        return 7


print("str subclass hash", hash(StrSub("x")), {StrSub("x"): 1}.get("x"))


class LikeKey:
    def __hash__(self):
        return hash("key")

    def __eq__(self, other):
        return other == "key"


d = {"a": 1, LikeKey(): 2}
print("str-equal key", d.get("key"), d["key"], "key" in d)


class Big:
    def __hash__(self):
        return 2**100


print("big hash", hash(Big()) == hash(2**100), type(hash(Big())).__name__)

nan1, nan2 = float("nan"), float("nan")
print("nan", hash(nan1) == hash(nan1), len({nan1, nan2, nan1}), len({complex(nan1, 0): 1}))
print("ratio", (0.0).as_integer_ratio(), (-0.0).as_integer_ratio(), (0.5).as_integer_ratio())
print("hash eq", hash("spam") == hash(b"spam"), hash(1) == hash(1.0) == hash(1 + 0j))
print("spread", len({hash("abc" + chr(c)) & 0xF for c in range(256)}) > 8)


class Clearing:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 0

    def __eq__(self, other):
        self.target.clear()
        return False


d = {}
d[Clearing(d)] = 1
attempt("lookup clears", lambda: (Clearing(d) in d, len(d)))
other = {i: 0 for i in range(1, 20)}
other[Clearing(other)] = 0
attempt("update mutated", lambda: {Clearing(other): 0, 1: 1}.update(other))
d = {0: 0}


def delete_and_add():
    for k in d:
        del d[0]
        d[0] = 0


attempt("keys changed", delete_and_add)
d = {1: 1}


def grow():
    for k in d:
        d[k + 1] = 1


attempt("size changed", grow)


class Evil:
    def __init__(self, lst):
        self.lst = lst

    def __iter__(self):
        yield from self.lst
        self.lst.clear()


lst = list(range(5))
attempt("slice assign evil", lambda: lst.__setitem__(slice(None, None, -1), Evil(lst)))
lst = [1, 2, 3, 4]


def imul():
    global lst
    lst *= (2**62 + 1)


attempt("imul huge", imul)
print(len(lst))

attempt("eval kw", lambda: eval("x + y", globals={"x": 1}, locals={"y": 2}))
attempt("exec kw", lambda: exec("z = 3", globals={}))
attempt("type null name", lambda: type("a\0b", (), {}))
attempt("type surrogate name", lambda: type("\udcdc", (), {}))
attempt("type surrogate doc", lambda: type("A", (), {"__doc__": "\udcdc"}))


class A:
    pass


def rename(value):
    A.__name__ = value
    return A.__name__


attempt("rename ok", lambda: rename("B"))
attempt("rename null", lambda: rename("x\0"))
attempt("rename int", lambda: rename(3))
od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print("namespace order", [k for k in type("C", (), od).__dict__ if k in "ab"])
