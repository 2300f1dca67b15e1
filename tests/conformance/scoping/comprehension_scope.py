# Comprehension iteration variables don't leak; first iterable evaluated in enclosing scope
i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)
print({i: i for i in 'ab'}, i)
print(list(i for i in range(2)), i)
def f():
    n = 3
    return [[n * a + b for b in range(n)] for a in range(n)]
print(f())
class C:
    data = [1, 2, 3]
    total = sum(x for x in data)
    try:
        pairs = [(x, y) for x in data for y in data if y > x]
    except NameError as e:
        pairs = 'NameError'
    try:
        scaled = [x * len(data) for x in range(2)]
    except NameError as e:
        scaled = f'NameError: {e}'
print(C.total, C.pairs, C.scaled)
x = 10
def g():
    return [x for _ in range(2)], [(lambda: x)() for _ in range(1)]
print(g())
funcs = [lambda: j for j in range(3)]
print([fn() for fn in funcs])
result = [y := k * 2 for k in range(3)]
print(result, y)
