# Instances of classes with up to four __slots__ keep the values in the object itself (h/alloc);
# every slot behaviour must stay CPython's: unset slots, deletion, inheritance, __class__
# assignment, pickling state, __dict__ and __weakref__ slots, subclasses adding slots.
import copy
import pickle
import weakref


class P1:
    __slots__ = ("a",)


class P2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class P3:
    __slots__ = ("a", "b", "c")


class P4:
    __slots__ = ("a", "b", "c", "d")


class P5:
    __slots__ = ("a", "b", "c", "d", "e")


class Q2:
    __slots__ = ("x", "y")


class Sub(P2):
    __slots__ = ("z",)


class SubNoSlots(P2):
    pass


class WithDict:
    __slots__ = ("a", "__dict__")


class WithWeak:
    __slots__ = ("a", "__weakref__")


def show(o, names):
    out = []
    for n in names:
        try:
            out.append(f"{n}={getattr(o, n)!r}")
        except AttributeError as e:
            out.append(f"{n}:AttributeError({e})")
    print(type(o).__name__, " ".join(out))


p1 = P1()
show(p1, ["a"])
p1.a = [1]
show(p1, ["a"])
del p1.a
show(p1, ["a"])
try:
    del p1.a
except AttributeError:
    print("del twice: AttributeError")
try:
    p1.other = 1
except AttributeError as e:
    print("no dict:", e)

p2 = P2(1, "two")
show(p2, ["x", "y"])
p2.x += 10
show(p2, ["x", "y"])
for cls, names in [(P3, "abc"), (P4, "abcd"), (P5, "abcde")]:
    o = cls()
    for i, n in enumerate(names):
        if i % 2 == 0:
            setattr(o, n, i * 1.5)
    show(o, list(names))
    for n in names:
        setattr(o, n, n.upper())
    show(o, list(names))
    delattr(o, names[-1])
    show(o, list(names))

s = Sub(3, 4)
s.z = 5
show(s, ["x", "y", "z"])
n = SubNoSlots(6, 7)
n.extra = 8
show(n, ["x", "y", "extra"])
print(sorted(n.__dict__))

q = Q2()
q.x = "u"
q.y = "v"
q.__class__ = P2
print(type(q).__name__)
show(q, ["x", "y"])
q.__class__ = Q2
show(q, ["x", "y"])
try:
    p2.__class__ = P3
except TypeError as e:
    print("TypeError", e)

w = WithDict()
w.a = 1
w.b = 2
show(w, ["a", "b"])
print(w.__dict__)
ww = WithWeak()
ww.a = "alive"
r = weakref.ref(ww)
print(r() is ww, r().a)

print(P2.x, P2.y.__name__, P2.__slots__)
print(P2(1, 2).__reduce_ex__(2)[2], Sub(1, 2).__reduce_ex__(2)[2])
c = copy.copy(P2(9, [1]))
show(c, ["x", "y"])
d = copy.deepcopy(Sub(1, {"k": 2}))
show(d, ["x", "y", "z"])
e = pickle.loads(pickle.dumps(P4.__new__(P4)))
show(e, ["a", "b", "c", "d"])
s.z = 6
f = pickle.loads(pickle.dumps(s))
show(f, ["x", "y", "z"])
try:
    P2.x.__get__(P3(), P3)
except TypeError as e:
    print("TypeError", e)
try:
    P2.x.__set__(object(), 1)
except TypeError as e:
    print("TypeError", e)
