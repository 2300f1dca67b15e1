# __slots__ names are laid out sorted (after mangling), so classes with the same slots in another order
# share a layout and __class__ assignment between them keeps values.
class H:
    __slots__ = ['b', 'a', '_H__z', '__y']
print([k for k in H.__dict__])
class G(object):
    __slots__ = ["a", "b"]
class H2(object):
    __slots__ = ["b", "a"]
for cls, cls2 in ((G, H2), (H2, G)):
    x = cls()
    x.a = 1
    x.b = 2
    x.__class__ = cls2
    print(type(x).__name__, x.a, x.b)
