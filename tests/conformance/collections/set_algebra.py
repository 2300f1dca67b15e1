# Sets of small ints: printed directly (iteration order of small ints is stable)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens, threes)
print(evens & threes, evens | threes, evens - threes, evens ^ threes)
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(primes, len(primes))
words = ['apple', 'banana', 'avocado', 'blueberry', 'cherry']
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], set()).add(len(w))
print(by_letter)
print(set(map(len, words)), {len(w) for w in words if 'a' in w})
a = {1, 2, 3}
b = a
a |= {4}
print(b, a is b)
a = a | {5}
print(b, a, a is b)
print(frozenset({1, 2}) | {3}, {3} | frozenset({1}), frozenset(range(5)) - {0})
print(sorted({-5, 10, 3, 100, -1}), min({4, 2, 8}), sum({1, 2, 3}))
