# property subclasses keep their docstring per instance; __name__; error messages use the qualname.
class PropertySub(property):
    """This is a subclass of property"""


class SlotsSub(property):
    """A subclass with slots"""
    __slots__ = ()


class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1

    @property
    def eggs(self):
        """eggs doc"""
        return 2


print(Foo.spam.__doc__, '|', Foo.eggs.__doc__, '|', PropertySub.__doc__)
print(PropertySub(doc="explicit doc").__doc__, PropertySub().__doc__)
p = SlotsSub(lambda self: 1, doc="what's up")
print(p.__doc__)


def getter1(self): "doc 1"
def getter2(self): "doc 2"
def getter3(self): "doc 3"


p = property(getter1)
print(p.__doc__, p.getter(getter2).__doc__)
p2 = property(getter1, doc="explicit")
print(p2.getter(getter3).__doc__)
ps = PropertySub(getter1)
print(ps.__doc__, ps.getter(getter3).__doc__)


class A:
    @property
    def foo(self): return 1
    bar = property(getter2)
    baz = property()


print(A.foo.__name__, A.bar.__name__, type(A.__dict__['foo']).__name__)
try:
    A.baz.__name__
except AttributeError as e:
    print('AttributeError', e)
A.bar.__name__ = 'renamed'
print(A.bar.__name__)
for n in (0, 1, 3):
    try:
        A.foo.__set_name__(*range(n))
    except TypeError as e:
        print('TypeError', e)


class Outer:
    class Inner:
        x = property()
        y = property(lambda self: 1)


for act in ('get', 'set', 'del'):
    try:
        o = Outer.Inner()
        if act == 'get': o.x
        elif act == 'set': o.y = 1
        else: del o.y
    except AttributeError as e:
        print('AttributeError', e)
