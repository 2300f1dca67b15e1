"""Generators: pipelines, yield from, send, generator expressions."""


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    print("pipeline", sum(squares(evens(naturals(4000000)))) % 1000000007)
    print("chunks", sum(len(c) for c in chunks(naturals(2000000), 7)))
    nested = [[i, [i + 1, [i + 2]]] for i in range(250000)]
    print("flatten", sum(flatten(nested)))
    acc = accumulator()
    next(acc)
    v = 0
    for i in range(1400000):
        v = acc.send(i)
    print("send", v)
    print("genexpr", sum(x * 2 for x in range(3500000) if x % 3))


main()
