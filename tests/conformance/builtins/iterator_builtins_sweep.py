# Iterators and functional built-ins: enumerate, zip, map, filter, reversed, iter/next, length hints, sorted, min/max, sum, any/all.
import operator
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Rev:
    def __reversed__(self): return iter("zyx")
class Hint:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return 5
for name, fn in [
    ("enumerate", lambda: [list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 10**30))]),
    ("enumerate-big", lambda: list(enumerate("ab", 2**63 - 1))), ("enumerate-bad", lambda: enumerate(1)), ("enumerate-bad2", lambda: enumerate("a", "b")),
    ("zip", lambda: [list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a"))]), ("zip-strict-ok", lambda: list(zip("ab", "cd", strict=True))),
    ("zip-strict-short", lambda: list(zip("ab", "c", strict=True))), ("zip-strict-long", lambda: list(zip("a", "cd", strict=True))),
    ("zip-strict-3", lambda: list(zip("ab", "ab", "a", strict=True))), ("zip-bad", lambda: zip(1)),
    ("map", lambda: [list(map(abs, [-1, 2])), list(map(operator.add, [1, 2, 3], [10, 20])), list(map(str, []))]),
    ("map-bad", lambda: map(abs)),
    ("filter", lambda: [list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, range(4)))]), ("filter-bad", lambda: filter(None, 1)),
    ("reversed", lambda: [list(reversed([1, 2])), list(reversed("ab")), list(reversed(Seq())), list(reversed(Rev())), list(reversed(range(3)))]),
    ("reversed-bad", lambda: reversed({1: 2}.items()) and reversed(set())), ("reversed-bad2", lambda: reversed(iter([1]))),
    ("iter", lambda: [list(iter(Seq())), next(iter("a")), list(iter([3, 2, 1, 0].pop, 1))]), ("iter-bad", lambda: iter(1)),
    ("iter-sentinel-bad", lambda: iter(1, 2)), ("next-default", lambda: next(iter([]), "d")), ("next-stop", lambda: next(iter([]))),
    ("next-bad", lambda: next([1])), ("hint", lambda: [operator.length_hint([1, 2]), operator.length_hint(Hint()), operator.length_hint(iter(range(5))), operator.length_hint(1, 7)]),
    ("hint-it", lambda: [it.__length_hint__() for it in (iter([1, 2]), iter((1,)), iter(range(4)), reversed([1, 2, 3]), iter({1: 2}), iter("abc"))]),
    ("sorted", lambda: [sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["b", "A"], key=str.lower)]), ("sorted-bad", lambda: sorted()),
    ("sorted-cmp", lambda: sorted([1, "a"])), ("minmax", lambda: [min(3, 1), max("ab"), min([], default=0), max([1, 3], key=lambda x: -x), min((2, 1), (1, 2))]),
    ("min-empty", lambda: min([])), ("max-bad", lambda: max(1)), ("max-kw", lambda: max(1, 2, default=3)),
    ("sum", lambda: [sum([1, 2]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(10), 5), sum([0.1] * 10)]), ("sum-str", lambda: sum(["a"], "")),
    ("any-all", lambda: [any([]), all([]), any([0, 1]), all([1, 0])]), ("exhausted", lambda: (lambda it: (list(it), list(it)))(iter([1, 2]))),
    ("iter-after-stop", lambda: (lambda z: (list(z), list(z)))(zip([1], [2]))), ("enumerate-reduce", lambda: [type(x).__name__ for x in enumerate("ab", 3).__reduce__()[1]]),
    ("map-reduce", lambda: type(map(abs, [1]).__reduce__()[0]).__name__), ("list-iter-setstate", lambda: (lambda it: (it.__setstate__(2), list(it)))(iter([1, 2, 3, 4]))),
]:
    show(name, fn)
