"""Dict-heavy code: counting, get/setdefault, iteration, deletion, string and int keys."""


def word_counts(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    for i in range(n):
        w = words[i % 8] + str(i % 97)
        counts[w] = counts.get(w, 0) + 1
    return len(counts), max(counts.values())


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 31 % 100003] = i
    total = 0
    for k in range(0, 100003, 3):
        if k in d:
            total += d[k]
    for k in list(d):
        if k % 5 == 0:
            del d[k]
    return total, len(d)


def grouping(n):
    groups = {}
    for i in range(n):
        groups.setdefault(i % 1000, []).append(i)
    return sum(len(v) for v in groups.values()), sum(groups[999])


def nested(n):
    tree = {}
    for i in range(n):
        a, b = i % 50, i % 37
        inner = tree.get(a)
        if inner is None:
            inner = tree[a] = {}
        inner[b] = inner.get(b, 0) + i
    return sum(sum(v.values()) for v in tree.values())


def main():
    print("words", word_counts(1600000))
    print("intkeys", int_keys(1300000))
    print("group", grouping(1600000))
    print("nested", nested(1600000))


main()
