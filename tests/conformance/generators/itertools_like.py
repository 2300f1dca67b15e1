# Reimplementing itertools functions with generators
def my_zip(*its):
    iters = [iter(i) for i in its]
    while True:
        try:
            yield tuple(next(i) for i in iters) if False else tuple([next(i) for i in iters])
        except StopIteration:
            return
def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
def my_accumulate(it, func=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total
def my_groupby(it, key=lambda x: x):
    sentinel = object()
    cur = sentinel
    group = []
    for x in it:
        k = key(x)
        if cur is not sentinel and k != cur:
            yield cur, group
            group = []
        cur = k
        group.append(x)
    if group:
        yield cur, group
def my_product(*pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)
print(list(my_zip('abc', [1, 2, 3, 4])), list(my_enumerate('xy', 1)))
print(list(my_accumulate([1, 2, 3, 4, 5])), list(my_accumulate([3, 1, 4, 1, 5], max)), list(my_accumulate([])))
print(list(my_groupby('aaabccdd')), list(my_groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)))
print(list(my_product('ab', [0, 1])))
