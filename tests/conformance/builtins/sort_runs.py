# list.sort / sorted on inputs with natural runs: ascending, descending with groups of equal keys,
# organ-pipe shapes, key functions (stability) and comparisons that raise mid-sort.


class Rng:
    def __init__(self, seed):
        self.x = seed

    def below(self, n):
        self.x = (self.x * 1103515245 + 12345) & 0x7FFFFFFF
        return self.x % n


def digest(seq):
    # position-weighted checksum: any misplaced item changes it
    total = 0
    for i, v in enumerate(seq):
        total = (total * 31 + (i + 1) * sum(map(ord, repr(v)))) % 1000000007
    return total


rng = Rng(7)
for n in [0, 1, 2, 3, 31, 32, 33, 64, 65, 200, 3000]:
    shapes = {
        "random": [rng.below(50) for _ in range(n)],
        "desc_dups": sorted((rng.below(20) for _ in range(n)), reverse=True),
        "asc_then_desc": list(range(n // 2)) + list(range(n // 2))[::-1],
        "equal_then_desc": [5] * (n // 3) + list(range(n - n // 3))[::-1],
        "sawtooth": [i % 17 for i in range(n)],
        "floats": [rng.below(1000) / 7 for _ in range(n)],
        "strs": [str(rng.below(300)) for _ in range(n)],
        "tuples": [(rng.below(4), -rng.below(3), str(rng.below(5))) for _ in range(n)],
    }
    for name, data in shapes.items():
        a = sorted(data)
        b = sorted(data, reverse=True)
        # stability: the original index of items with equal keys must stay increasing
        c = [i for i, _ in sorted(enumerate(data), key=lambda p: p[1])]
        d = [i for i, _ in sorted(enumerate(data), key=lambda p: p[1], reverse=True)]
        print(n, name, digest(a), digest(b), digest(c), digest(d), a == sorted(a), a[:3], b[:3])


class Touchy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("no comparing 13")
        return self.v < other.v


items = [Touchy(v) for v in [(i * 37) % 50 for i in range(200)]]
try:
    items.sort()
except ValueError as e:
    print("raised:", e)
print("still a permutation:", sorted(t.v for t in items) == sorted((i * 37) % 50 for i in range(200)))

big = [(i * 7919) % 10007 for i in range(20000)]
big.sort()
big.reverse()
big.sort()
print(big == sorted(big), big[:3], big[-3:])
words = ["b", "A", "a", "B", "c", "C"] * 5
print(sorted(words, key=str.lower))
print(sorted([(1, "a"), (1,), (0, "z"), (1, "a", 0)]))
print(sorted([3, 1, 2], key=lambda x: -x), sorted(["\U0001F600", "\uffff", "a", "\ud800"]))
