# __class__ assignment compares the __slots__ names (same_slots_added), not just their count.
class X: __slots__ = ("x",)
class Y: __slots__ = ("y",)
class Z: __slots__ = ("x",)
o = X()
try:
    o.__class__ = Y
except TypeError as e: print(e)
o.__class__ = Z; print(type(o).__name__)
class A: pass
class B: pass
a = A(); a.__class__ = B; print(type(a).__name__)
class S1: __slots__ = ("a", "b")
class S2: __slots__ = ("b", "a")
s = S1(); s.a = 1; s.__class__ = S2; print(s.a)
