# Dict lookups with exact str/int keys take fast paths; these check they keep CPython's semantics
# when other key types share a hash, when __eq__ mutates the dict, and across deletes and resizes.


class StrLike:
    """Hashes and compares equal to a str."""
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s)
    def __eq__(self, other):
        print("StrLike.__eq__", self.s, repr(other))
        return self.s == other
    def __repr__(self):
        return f"StrLike({self.s!r})"


class IntLike:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("IntLike.__eq__", self.v, repr(other))
        return self.v == other
    def __repr__(self):
        return f"IntLike({self.v})"


d = {StrLike("a"): 1, IntLike(5): 2}
print(d["a"], d[5])
print("a" in d, 5 in d, "b" in d, 6 in d)
d["a"] = 10
d[5] = 20
print(d)
print(d.get("a"), d.get(5), d.setdefault("a", 0), d.setdefault(5, 0))
print(d.pop("a"), d.pop(5), d)

# int/float/bool/complex keys are one key when equal.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
d = {}
d[-1] = "m1"
d[-2] = "m2"
print(d, hash(-1), hash(-2), d[-1], d[-2])
big = 2 ** 61 - 1
keys = [big, big - 1, big + 1, -big, -big + 1, -big - 1, 2 ** 64, -(2 ** 64), 2 ** 63 - 1, -(2 ** 63)]
d = {k: i for i, k in enumerate(keys)}
print([d[k] for k in keys], [hash(k) for k in keys])
print(d.get(0), d.get(big * 2 // 2))

# Subclasses of str and int with their own hash and equality.
class MyStr(str):
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower() if isinstance(other, str) else other)

class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__", int(self), other)
        return int(self) == other
    __hash__ = int.__hash__

d = {MyStr("Key"): 1}
print(d.get("key"), d.get(MyStr("KEY")))
d = {MyInt(7): "seven"}
print(d[7], 7 in d)
d = {7: "seven"}
print(d[MyInt(7)], MyInt(7) in d)

# An __eq__ that mutates the dict during a lookup.
class Mutator:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return hash("x")
    def __eq__(self, other):
        self.d.clear()
        return False

d = {}
d[Mutator(d)] = 1
print(d.get("x"), len(d))

# Deletes leave holes; inserts after them, resizes and copies keep order.
d = {str(i): i for i in range(50)}
for i in range(0, 50, 3):
    del d[str(i)]
d["new"] = -1
c = d.copy()
print(list(c)[:10], len(c), c == d)
for i in range(1000):
    d[i] = i
for i in range(1000):
    del d[i]
print(list(d)[:5], len(d))
e = {1: 1, 2: 2, 3: 3}
print(e.copy(), e.popitem(), e, e.copy())
del e[1]
print(e.copy(), {}.copy())

# Iteration while changing.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
d = {1: 1, 2: 2}
try:
    for k in d:
        print("iter", k)
        d.pop(2, None)
        d.pop(3, None)
        d[3] = 3
except RuntimeError as ex:
    print("RuntimeError", ex)

# Unhashable keys (3.14 words the message differently: only the type is printed).
for bad in ([], {}, {1}):
    try:
        {}[bad] = 1
    except TypeError as ex:
        print("TypeError")
    try:
        print(bad in {})
    except TypeError as ex:
        print("TypeError")

# Many colliding str keys (same hash bucket chains) and a big table.
d = {}
for i in range(20000):
    d["k%d" % i] = i
print(len(d), d["k0"], d["k19999"], sum(d.values()))
for i in range(0, 20000, 2):
    del d["k%d" % i]
print(len(d), "k2" in d, "k3" in d, next(iter(d)))
d2 = dict.fromkeys(range(10), 0)
d2.update({i: i for i in range(5, 15)})
print(d2)
