# RecursionError is caught; program continues and then fails with a normal error
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('caught', type(e).__name__)
def finite(n):
    if n == 0:
        raise LookupError('bottom reached')
    return finite(n - 1)
print('recursing 3 levels')
finite(3)
