# Subclasses of filter and the itertools refuse keywords unless they define __init__ (CPython test_keywords_in_subclass).
import operator
from itertools import *
def isEven(x): return x % 2 == 0
testcases = [
    (filter, (None, [0, 1]), [1]),
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (isEven, [2, 3, 4]), [2]),
    (dropwhile, (isEven, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]),
]
for cls, args, result in testcases:
    class subclass(cls):
        pass
    u = subclass(*args)
    print(type(u) is subclass, list(islice(u, 0, 3)) == result, end=' ')
    try:
        subclass(*args, newarg=3); print("no error")
    except TypeError as e: print("TypeError", e)
    class subclass_with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = subclass_with_init(*args, newarg=3)
    print(type(u) is subclass_with_init, list(islice(u, 0, 3)) == result, u.newarg)
