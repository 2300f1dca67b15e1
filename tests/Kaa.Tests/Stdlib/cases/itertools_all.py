import itertools as it

def err(f):
    try:
        r = f()
        print("->", r if not hasattr(r, '__next__') else list(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(it.islice(it.count(5, 2), 4)), it.count(3), it.count(1.5, 0.5), it.count(0, 1.0), it.count(2**70), it.count(start=3, step=2))
c = it.count(2**63 - 2); print([next(c) for _ in range(4)])
print(it.repeat('a', 2), it.repeat('a'), it.repeat(1, -5), list(it.repeat(3, 3)), it.repeat(1, 3).__length_hint__())
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=5)), list(it.accumulate([], initial=1)))
print(list(it.batched('abcdefg', 3)), list(it.batched('', 2)))
err(lambda: list(it.batched('abcde', 2, strict=True)))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.filterfalse(None, [0, 1, '', 2])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [k for k, g in it.groupby([1, 1, 2, 3, 3])])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
groups = list(it.groupby('aabb')); print([list(g) for k, g in groups])
print(list(it.islice('abcdefg', 1, None, 2)), list(it.islice('abcdefg', 3)), list(it.islice('abcdefg', 2, 4)), list(it.islice('ab', None)))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(range(5)); print(next(a), list(b), list(a))
a, b, c = it.tee('xyz', 3); print(list(a), list(b), list(c), it.tee([], 0))
t1 = it.tee(iter([1, 2]), 1)[0]; t2 = t1.__copy__(); print(list(t1), list(t2))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], [3])), list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('abc', 2)), list(it.permutations([1, 2, 3])), list(it.permutations('ab', 3)), list(it.permutations('', 0)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)))
print(len(list(it.permutations(range(5)))), len(list(it.combinations(range(10), 4))), list(it.cycle('')), list(it.islice(it.cycle('ab'), 5)))
for f in [lambda: it.cycle(), lambda: it.cycle(1), lambda: it.count('a'), lambda: it.count(1, 2, 3), lambda: it.repeat(),
          lambda: it.repeat(1, 'a'), lambda: it.islice([1]), lambda: it.islice([1], -1), lambda: it.islice([1], 'a'),
          lambda: it.islice([1], 0, 1, 0), lambda: it.islice([1], 0, 1, 2, 3), lambda: it.islice([1], -1, 2),
          lambda: it.batched([1], 0), lambda: it.batched([1]), lambda: it.combinations([1], -1), lambda: it.permutations([1], -1),
          lambda: it.tee([1], -1), lambda: it.product([1], repeat=-1), lambda: it.chain(1), lambda: it.compress(),
          lambda: it.starmap(1), lambda: it.zip_longest(1), lambda: it.accumulate(), lambda: it.pairwise(), lambda: it.groupby(),
          lambda: it.dropwhile(1), lambda: it.filterfalse(None), lambda: it.tee(), lambda: it.combinations_with_replacement('ab'),
          lambda: it.permutations(), lambda: it.product(1), lambda: it.starmap(pow, [1])]:
    err(f)
print(type(it.tee([1])[0]).__name__, it.takewhile.__module__, it.cycle.__name__, type(next(it.groupby('a'))[1]).__name__)
class C(it.count):
    pass
print(C(4), next(C(4)))
class R(it.repeat):
    def extra(self):
        return 1
r = R(7, 2); r.attr = 5; print(list(r), r.attr, r.extra())
def gen():
    yield 1
    raise ValueError("boom")
err(lambda: list(it.chain(gen())))
