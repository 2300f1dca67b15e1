# getrecursionlimit / setrecursionlimit and RecursionError
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def recurse():
    global depth
    depth += 1
    recurse()
try:
    recurse()
except RecursionError as e:
    print('RecursionError', type(e).__name__, isinstance(e, RuntimeError), 150 < depth <= 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError', e)
def count(n): return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
