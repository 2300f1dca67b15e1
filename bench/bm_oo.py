"""Attribute access and method calls on user classes, with inheritance and properties."""


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def area(self):
        return 0.0

    def touch(self):
        self.hits += 1
        return self.hits


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r

    def area(self):
        return 3.14159 * self.r * self.r


class Counter:
    def __init__(self):
        self.count = 0

    def inc(self, by=1):
        self.count += by
        return self


def vectors(n):
    acc = Vector(0, 0)
    v = Vector(1, 2)
    for i in range(n):
        acc = acc.add(v.scale(i % 3))
        if acc.dot(v) > 10 ** 9:
            acc = Vector(0, 0)
    return acc.x, acc.y


def shapes(n):
    items = [Rect(i % 10 + 1, i % 7 + 1) if i % 2 else Circle(i % 5 + 1) for i in range(100)]
    total = 0.0
    for i in range(n):
        s = items[i % 100]
        total += s.area()
        s.touch()
        if isinstance(s, Circle):
            total += s.diameter
    return round(total, 2), sum(s.hits for s in items)


def counters(n):
    c = Counter()
    for i in range(n):
        c.inc().inc(2)
    return c.count


def main():
    print("vectors", vectors(1200000))
    print("shapes", shapes(1600000))
    print("counters", counters(1600000))


main()
