# Prime sieves and factorization
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
def factorize(n):
    f, d = [], 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
def is_prime_mr(n):
    if n < 2: return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1: break
        else:
            return False
    return True
ps = sieve(1000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 2**31 - 1, 600851475143]:
    print(n, factorize(n))
print([n for n in range(10**12, 10**12 + 100) if is_prime_mr(n)])
print(is_prime_mr(2**61 - 1), is_prime_mr(2**61 + 1), all(is_prime_mr(p) for p in ps), sum(is_prime_mr(i) for i in range(1000)) == len(ps))
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(len(twins), twins[:6])
