# Infinite generators with islice/takewhile and manual stopping
import itertools
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(primes(), 20)))
print(list(itertools.islice(fib(), 30)))
print(list(itertools.takewhile(lambda x: x < 50, (n * n for n in naturals()))))
g = naturals(100)
print([next(g) for _ in range(3)], next(g))
def cycle(seq):
    while True:
        yield from seq
print(list(itertools.islice(cycle('ab'), 5)))
print(next(n for n in naturals() if n * n > 1000))
