"""Closures, nonlocal updates, lambdas and higher-order functions."""


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def run_adders(n):
    adders = [make_adder(i) for i in range(10)]
    total = 0
    for i in range(n):
        total = adders[i % 10](total) % 1000003
    return total


def run_counters(n):
    counters = [make_counter() for _ in range(5)]
    last = 0
    for i in range(n):
        last = counters[i % 5]()
    return last


def run_compose(n):
    f = compose(make_adder(1), compose(lambda x: x * 2, make_adder(-1)))
    total = 0
    for i in range(n):
        total += f(i) & 0xFF
    return total


def run_map_filter(n):
    data = range(n)
    return sum(map(lambda x: x * 3, filter(lambda x: x % 7 == 0, data)))


def main():
    print("adders", run_adders(3000000))
    print("counters", run_counters(3000000))
    print("compose", run_compose(1500000))
    print("mapfilter", run_map_filter(7500000))


main()
