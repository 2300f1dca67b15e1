"""Integer loops: sieve, gcd, collatz and bit tricks in plain while/for loops."""


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def gcd_sum(n):
    total = 0
    for a in range(1, n):
        b = n - a + 7
        while b:
            a, b = b, a % b
        total += a
    return total


def collatz_max(limit):
    best = 0
    best_n = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best:
            best, best_n = steps, start
    return best_n, best


def popcount_sum(n):
    total = 0
    for i in range(n):
        x = i
        while x:
            x &= x - 1
            total += 1
    return total


def main():
    print("sieve", sieve(1500000))
    print("gcd", gcd_sum(300000))
    print("collatz", collatz_max(150000))
    print("popcount", popcount_sum(400000))


main()
