# Comparing two tuple displays, as in `return (self.a, self.b) < (other.a, other.b)`, gives what
# comparing the two tuples gives: item equality in order, the first unequal pair's operator result
# returned as is (not converted to bool), lengths when one is a prefix, left-to-right evaluation.
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o):
        print("eq", s.v, getattr(o, 'v', o)); return isinstance(o, V) and s.v == o.v
    def __lt__(s, o):
        print("lt", s.v, getattr(o, 'v', o)); return "LT-RESULT"
    def __gt__(s, o):
        print("gt", s.v, getattr(o, 'v', o)); return NotImplemented
    __hash__ = None
a, b, c = V(1), V(2), V(3)
print((a, b) < (a, c))
print((a, b) == (a, b))
print((a, b) != (a, c))
print((a,) < (a, b), (a, b) <= (a,), (a, b) > (a,))
print((1, 2) < (1, 2, 3), (1, 2) == (1, 2), (1, "x") >= (1, "x"))
print((a, b) > (a, c) if False else "skip")
def order(tag, v):
    print("eval", tag); return v
print((order("l1", 1), order("l2", 2)) < (order("r1", 1), order("r2", 3)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
nan = float('nan')
print((nan, 1) < (nan, 2), (nan,) == (nan,))
x = 5
if (x, 1) < (x, 2): print("jump ok")
print(not ((x, 1) < (x, 0)))
print([(i, j) for i in range(3) for j in range(3) if (i, j) <= (1, 1)])
print((a, b) < (c,))
def f():
    return (undefined_name, 1) < (1, 2)
try: f()
except NameError as e: print("NameError", e)
import traceback
def g():
    return (1, a) < (1, V(9))
try: g()
except TypeError as e:
    print(type(e).__name__, e)
    traceback.print_exc()


def h():
    return (1, "a") < (1, 2)


try:
    h()
except TypeError:
    traceback.print_exc()
