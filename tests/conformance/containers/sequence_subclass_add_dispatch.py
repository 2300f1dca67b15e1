# How + dispatches for subclasses of the built-in sequences as their dunders come and go: the
# sequence's own __add__ is sq_concat, a Python-level __add__/__radd__ fills nb_add, and (as in
# CPython's update_one_slot) deleting it again keeps the numeric dispatcher.
import operator

class Reflected:
    def __init__(self, result):
        self.calls = 0
        self.result = result
    def __radd__(self, other):
        self.calls += 1
        return self.result

def attempt(f):
    try:
        return repr(f())
    except TypeError as e:
        return f"TypeError: {e}"

print(int.__new__.__qualname__, BaseException.__new__.__qualname__, object.__new__.__qualname__)
for base, left in ((str, "a"), (bytes, b"a"), (tuple, (1,)), (list, [1]), (bytearray, b"a")):
    class Native(base):
        pass
    class Child(Native):
        pass
    class Explicit(base):
        __add__ = base.__add__
    for cls in (Native, Child, Explicit):
        for result in ("reflected", NotImplemented):
            other = Reflected(result)
            print(base.__name__, cls.__name__, result, attempt(lambda: operator.add(cls(left), other)), other.calls)
    Native.__radd__ = lambda self, other: NotImplemented
    steps = [("radd set", lambda: None), ("radd deleted", lambda: delattr(Native, "__radd__")),
             ("add reassigned", lambda: setattr(Native, "__add__", base.__add__)),
             ("add deleted", lambda: delattr(Native, "__add__"))]
    for name, change in steps:
        change()
        for cls in (Native, Child):
            other = Reflected("reflected")
            print(base.__name__, name, cls.__name__, attempt(lambda: operator.add(cls(left), other)), other.calls,
                  attempt(lambda: cls(left) + cls(left)))
