# list.sort follows CPython's timsort: the same number and order of __lt__ calls on random,
# partially ordered, reversed and few-distinct-value data (galloping and the powersort merge
# order show up here), the same partial state after a comparison raises, and stability.


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


class C:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        C.calls += 1
        return self.v < other.v


def count(name, data, **kw):
    C.calls = 0
    out = sorted([C(x) for x in data], **kw)
    assert [c.v for c in out] == sorted(data, **kw)
    print(f"{name:14s} n={len(data):5d} compares={C.calls}")


g = lcg(2024)
N = 5000
rnd = [next(g) % 100000 for _ in range(N)]
count("random", rnd)
count("random rev", rnd, reverse=True)
count("sorted", sorted(rnd))
count("reversed", sorted(rnd, reverse=True))
part = sorted(rnd)
for i in range(0, N, 50):
    part[i] = next(g) % 100000
count("1% disorder", part)
count("sorted+tail", sorted(rnd[:N - 40]) + rnd[N - 40:])
count("few distinct", [x % 7 for x in rnd])
count("sawtooth", [i % 300 for i in range(N)])
count("two runs", sorted(rnd[: N // 2]) + sorted(rnd[N // 2:]))
count("interleaved", [x for p in zip(sorted(rnd[: N // 2]), sorted(rnd[N // 2:])) for x in p])
count("organ pipe", list(range(N // 2)) + list(range(N // 2, 0, -1)))
count("desc w/ equal", [x // 3 for x in range(N, 0, -1)])
for n in (0, 1, 2, 3, 31, 32, 63, 64, 65, 127, 128, 129, 1000):
    count(f"size {n}", rnd[:n])

# Order of the comparisons themselves, on a small list.
log = []


class L:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v


sorted([L(x) for x in [5, 3, 9, 1, 7, 3, 8, 2]])
print(log)


# A comparison that raises stops the sort; the list holds every item once, in CPython's order.
class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 77 or other.v == 77:
            raise ZeroDivisionError("boom")
        return self.v < other.v


for n in (10, 100, 1000):
    g2 = lcg(n)
    vals = list(range(n))
    for i in range(n - 1, 0, -1):
        j = next(g2) % (i + 1)
        vals[i], vals[j] = vals[j], vals[i]
    items = [Boom(x) for x in vals]
    try:
        items.sort()
    except ZeroDivisionError as e:
        print(n, "raised", e)
    print(n, sorted(b.v for b in items) == list(range(n)), [b.v for b in items][:12])

# Stability, with and without reverse, on keys with many ties.
pairs = [(next(g) % 10, i) for i in range(300)]
print(sorted(pairs, key=lambda p: p[0])[:8])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: (p[0], p[1])))

# Tuple keys whose first items differ in type, NaN keys, big ints, bools, str with surrogates.
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))
nan = float("nan")
print(sorted([(nan, 2), (nan, 1)]))
print(sorted([(float("nan"), 1), (float("nan"), 0)]))
print(sorted([2**70, 3, -2**65, 1, 0]))
print(sorted([True, 0, 1.5, False, -1]))
print(sorted(["\U00010000", "\uffff", "a", "\ud800", ""]))
print(sorted([(1, 2.5), (1, 2), (0.5, "x")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1, "a"])
except TypeError as e:
    print("TypeError:", e)
# str keys: code-point order, also when a surrogate pair or lone surrogate comes after a shared prefix.
words = ["prefix__\U00010000", "prefix__\uffff", "prefix__a", "prefix__\ud800", "prefix__",
         "prefix_", "prefix__\U00010000x", "pre\uffffz", "pre\U00010000", "p", "", "prefix__aa"]
print([w.encode("utf-8", "surrogatepass") for w in sorted(words)])
print([w.encode("utf-8", "surrogatepass") for w in sorted(words * 5, reverse=True)][:6])
