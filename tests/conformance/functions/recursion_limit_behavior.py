# Deep but allowed recursion and mutual recursion
import sys
sys.setrecursionlimit(3000)
def sum_to(n): return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(2000))
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 500 == 0 else acc)
print(count_down(2500, []))
def ping(n): return 'done' if n == 0 else pong(n - 1)
def pong(n): return 'done' if n == 0 else ping(n - 1)
print(ping(2001))
def boom(n): return boom(n + 1)
try:
    boom(0)
except RecursionError:
    print('RecursionError')
print(sum_to(100))
