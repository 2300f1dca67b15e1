"""Recursion: naive Fibonacci (function call overhead)."""
N = 32


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for _ in range(4):
        total += fib(N)
    print("fib", N, total)


main()
