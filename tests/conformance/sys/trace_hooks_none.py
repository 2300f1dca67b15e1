# With no trace or profile function installed, the getters return None and the setters accept None
# (code that saves and restores the hooks, doctest included, relies on both).
import sys, doctest
saved = sys.gettrace(), sys.getprofile()
print(saved)
print(sys.settrace(saved[0]), sys.setprofile(saved[1]))
for args in [(), (None, None)]:
    for f in (sys.gettrace, sys.settrace):
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)


def double(x):
    """
    >>> double(21)
    42
    """
    return 2 * x


print(doctest.testmod())
