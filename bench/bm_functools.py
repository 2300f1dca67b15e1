"""functools' C-accelerated parts: lru_cache hits and misses, partial calls, cmp_to_key sorting, reduce."""
import functools


@functools.lru_cache(maxsize=None)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


@functools.lru_cache(maxsize=256)
def bounded(a, b):
    return a * 31 + b


def scale(factor, x, offset=0):
    return factor * x + offset


def compare(a, b):
    return (a[1] > b[1]) - (a[1] < b[1]) or (a[0] > b[0]) - (a[0] < b[0])


def main():
    total = 0
    for n in range(1, 150000):
        total += collatz_len(n)
    for i in range(1000000):
        total += bounded(i & 127, i & 3)
    double = functools.partial(scale, 2)
    shifted = functools.partial(scale, 3, offset=1)
    for i in range(700000):
        total += double(i) + shifted(i)
    pairs = [(i, (i * 7919) % 1000) for i in range(150000)]
    ordered = sorted(pairs, key=functools.cmp_to_key(compare))
    total += ordered[0][0] + ordered[-1][0]
    total += functools.reduce(lambda a, b: (a + b) % 1000003, range(1500000), 7)
    return total, collatz_len.cache_info().currsize, bounded.cache_info().hits


if __name__ == "__main__":
    print("functools", *main())
