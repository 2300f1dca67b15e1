# Lists built by comprehensions, list(), extend() and slicing take presizing and copying fast paths;
# these check the results stay exact when the iterator's length changes or lies.

# One-for comprehensions over sized iterators, including ones that change under iteration.
print([x * x for x in range(10)], [x for x in range(0)], [c for c in "héllo"])
src = [1, 2, 3]
out = [src.append(x) or x for x in src if len(src) < 6]
print(out, src)
src = [1, 2, 3, 4, 5, 6]
out = [src.pop() for x in src]
print(out, src)
d = {i: i for i in range(5)}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
print([x for x in (1, 2, 3)], [x for x in {3, 1, 2}], [x for x in reversed([1, 2, 3])])
print([x for x in iter([4, 5])], [x for x in enumerate("ab")], [x for x in zip("ab", "cd")])
it = iter(range(10))
next(it), next(it)
print([x for x in it])
print([[y for y in range(x)] for x in range(4)])
print([x for x in range(10) if x % 3], [(x, y) for x in range(3) for y in range(x)])
print([[] for x in range(3)], [[x] for x in range(3)], [[*range(x)] for x in range(3)])


class LyingLen:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return 1000
    def __length_hint__(self):
        return 1000


print([x for x in LyingLen(3)], list(LyingLen(2)))


class MyDict(dict):
    def __iter__(self):
        return iter(["overridden"])


print(list(MyDict(a=1, b=2)), [k for k in MyDict(a=1)])


class MyList(list):
    def __iter__(self):
        return iter(["mine"])


l = [0]
l.extend(MyList([1, 2]))
print(l, list(MyList([1, 2])))

# list() and extend() from every kind of iterable.
print(list(range(5)), list(range(10, 0, -3)), list("abc"), list({1: 2, 3: 4}), list({1: 2}.items()))
l = [1, 2]
l.extend(l)
print(l)
l.extend({"a": 1, "b": 2})
l.extend((7, 8))
l.extend(x for x in range(2))
l.extend(iter([9]))
l.extend(range(3))
print(l)
l = [1, 2, 3]
l += l
print(l, l[::-1], l[1::2], l[::-2], l[5:1:-1], l[-100:100])

# Growing and shrinking: append/pop/insert/del keep the right contents.
l = []
for i in range(1000):
    l.append(i)
    if i % 3 == 0:
        l.pop()
print(len(l), sum(l), l[:5], l[-5:])
for i in range(0, 600, 7):
    l.insert(i, -i)
print(len(l), sum(l), l[:8])
del l[::2]
print(len(l), sum(l), l[:5])
del l[10:]
print(l)
l[2:5] = range(20)
print(l)
l[::3] = "abcdefghij"[:len(l[::3])]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)

# Unpacking.
a, b, c = [1, 2, 3]
d, e = (4, 5)
f, *g, h = range(6)
print(a, b, c, d, e, f, g, h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)

# Aggregates over lists.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(nums), min(nums), max(nums), len(nums), sum(nums, 10), sum([0.5, 1.5]), sum([[1], [2]], []))
print(min(["b", "a"]), max([(1, 2), (1, 3)]), sum(range(100)), 4 in nums, 7 in nums, nums.index(5), nums.count(1))
print(sum([2 ** 62, 2 ** 62, -1]), sum([1, 2.5, True]))

# Membership, index, count and remove compare exact ints and strs directly; others still call __eq__.
nan = float("nan")
vals = [1, "a", 2 ** 70, nan, 1.0, True, None, (1, 2)]
print([v in vals for v in [1, "a", 2 ** 70, nan, float("nan"), 1.0, True, 0, "b", (1, 2), 2 ** 70 + 1]])
print(vals.index(True), vals.index(1.0), vals.count(1), vals.count(2 ** 70), [1, 2, 1].count(1))


class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Eq.__eq__", self.v, other)
        return self.v == other


print(3 in [1, Eq(3), 3], [Eq(1), 2].index(2), [Eq(5)].count(5))
l = [1, 2, 3, 2]
l.remove(2)
print(l)
try:
    l.remove(9)
except ValueError as e:
    print("ValueError", e)


class Shrinker:
    def __init__(self, l):
        self.l = l
    def __eq__(self, other):
        self.l.clear()
        return False


l = [1, 2, 3]
l.insert(0, Shrinker(l))
print(5 in l, l)
print("x" in ["x" * 1, "y"], "xy" in ["x", "y"], ("x" + "y") in ["xy"])
