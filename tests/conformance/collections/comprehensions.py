# List/set/dict comprehensions and generator expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print({x % 4 for x in range(10)}, {x: x ** 2 for x in range(5)}, {v: k for k, v in {'a': 1, 'b': 2}.items()})
print([c.upper() for c in 'abc' if c != 'b'], [n for row in [[1, 2], [3], []] for n in row])
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']), list(x for x in 'hi'))
print([x if x % 2 else -x for x in range(6)], [i for i, _ in enumerate('abc')])
print([(lambda y: y + 1)(x) for x in range(3)], [f(1) for f in [lambda v: v * 2, lambda v: v * 3]])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
x = 'outer'
print([x for x in range(2)], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict((k, len(k)) for k in ['aa', 'b']), [*(y for y in range(3))])
g = (n * 2 for n in range(3))
print(next(g), list(g), list(g))
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]], [a + b for a, b in [(1, 2), (3, 4)]])
