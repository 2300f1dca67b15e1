# Classic algorithms using loop-else
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(60) if is_prime(n)])
def first_duplicate(seq):
    seen = set()
    for x in seq:
        if x in seen:
            break
        seen.add(x)
    else:
        return None
    return x
print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate([1, 2, 3]))
def goldbach(n):
    for p in range(2, n):
        if is_prime(p) and is_prime(n - p):
            return p, n - p
print([goldbach(n) for n in range(4, 40, 2)])
