# `del x; gc.collect()` ends the object: no stale reference survives in the frame's value stack
# (the result of a call that was stored to a variable, a call's arguments, an unpacked list).
import gc
import weakref


class C:
    def __init__(self, i=0):
        self.i = i


def warm():
    # Long enough for the eval loop to be compiled with optimizations (the first activations of the
    # loop are not, and their own variables may keep objects alive a little longer).
    x = 0
    for i in range(300000):
        x += i


def stored_then_deleted():
    c = C()
    r = weakref.ref(c)
    del c
    gc.collect()
    return r() is None


def unpacked_from_list():
    a, b, c, d = [C(i) for i in range(4)]
    u = weakref.WeakKeyDictionary()
    u[a] = b
    u[c] = d
    del c
    gc.collect()
    return len(u)


def passed_as_argument():
    u = weakref.WeakValueDictionary()
    c = C()
    u['k'] = c
    len(repr(c))
    del c
    gc.collect()
    return 'k' in u


warm()
print(stored_then_deleted(), unpacked_from_list(), passed_as_argument())
