print('circular.a: start')
A_EARLY = 'a-early'
from . import b
print('circular.a: after importing b, b.B_VALUE =', b.B_VALUE)
def from_a():
    return 'from a, sees ' + b.from_b()
A_LATE = 'a-late'
