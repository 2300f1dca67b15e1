# Recursive generators: permutations, subsets, tree walks, n-queens
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            yield [x] + p
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))
def walk(tree, depth=0):
    name, children = tree
    yield '  ' * depth + name
    for ch in children:
        yield from walk(ch, depth + 1)
print([''.join(p) for p in perms('abc')])
print(sorted(subsets([1, 2, 3])), sum(1 for _ in subsets(list(range(10)))))
print(next(queens(8)), sum(1 for _ in queens(6)))
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
print('\n'.join(walk(tree)))
