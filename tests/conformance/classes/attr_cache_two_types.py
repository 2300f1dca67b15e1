# Attribute sites that see instances of two (or three) classes in turn, stores into __slots__ and
# through property setters, and changes to the classes between accesses: every access must see the
# class as it is now (inline caches keyed by type and version, kept for two types per site).


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def area(self):
        return 0

    def touch(self):
        self.hits += 1
        return self.hits


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Tri(Shape):
    def area(self):
        return 7


items = [Rect(2, 3), Circle(1), Rect(1, 1), Circle(2)]


def total(seq):
    t = 0
    for s in seq:
        t += s.area()
        s.touch()
    return t


print(total(items), [s.hits for s in items])
# A method replaced on one class while the site caches both.
Circle.area = lambda self: -1
print(total(items), [s.hits for s in items])
# Shadowed by an instance attribute on one object only.
items[0].area = lambda: 100
print(total(items))
del items[0].area
print(total(items))
# A third class at the same site.
items.append(Tri("t"))
print(total(items), total(items[::-1]))
# A method on the shared base replaced: both cached entries are stale.
Shape.touch = lambda self: None
total(items)
print([s.hits for s in items])


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    __slots__ = ("y", "x")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def store(objs, v):
    for o in objs:
        o.x = v
        o.y = v + 1
    return [(o.x, o.y) for o in objs]


ps = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
print(store(ps, 10))
print(store(ps, 20))
try:
    store([P(0, 0), object()], 1)
except AttributeError as e:
    print("AttributeError:", e)


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("set", value)
        self._v = value


class Plain:
    pass


def setv(objs, value):
    for o in objs:
        o.v = value
    return [o.v for o in objs]


objs = [Prop(), Plain(), Prop()]
print(setv(objs, 1))
print(setv(objs, 2))
# The property is removed: stores now go to the instance dict.
del Prop.v
print(setv(objs, 3), objs[0].__dict__)


# __setattr__ added to a class after its stores were cached.
def hook(self, name, value):
    print("hook", name, value)
    object.__setattr__(self, name, value)


Prop.__setattr__ = hook
print(setv(objs, 4))


class R:
    __slots__ = ("a",)


r = R()
for i in range(3):
    r.a = i
print(r.a)
R.a = 5  # the slot descriptor is replaced by a plain class attribute
try:
    r.a = 9
except AttributeError as e:
    print("AttributeError:", e)
print(R.a)
