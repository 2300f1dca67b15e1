# Arbitrary precision arithmetic: digits of pi and e, big fibonacci, collatz records
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(map(str, out))
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
print(pi_digits(60))
print(e_digits(60))
def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:20], f1000 % 10**9)
best = (0, 0)
for start in range(1, 10000):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > best[1]:
        best = (start, steps)
print('longest collatz under 10000:', best)
print(sum(int(d) for d in str(2 ** 1000)), sum(int(d) for d in str(fib(500))))
