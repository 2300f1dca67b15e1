# Generator expressions: laziness, scope, one-shot
calls = []
def noisy(x):
    calls.append(x)
    return x
g = (noisy(i) for i in range(5))
print(calls)
print(next(g), calls)
print(list(g), calls)
print(list(g))
y = 10
g2 = (x + y for x in range(3))
y = 20
print(list(g2))
src = [1, 2, 3]
g3 = (x * 2 for x in src)
src = [100]
print(list(g3))
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError', e)
g4 = (x for x in [1, 2])
print(type(g4).__name__, iter(g4) is g4, g4.__name__)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(x for x in range(10) if x % 2), list(x for x in 'abc' if x > 'a'))
