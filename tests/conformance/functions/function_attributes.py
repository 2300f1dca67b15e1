# Function objects: attributes, introspection, equality
def f(a, b=1, *args, c, **kw):
    "Docstring of f."
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_nlocals, f.__code__.co_varnames)
print(f.__code__.co_flags & 0x04 != 0, f.__code__.co_flags & 0x08 != 0)
f.custom = 'attr'
print(f.custom, f.__dict__, 'custom' in dir(f))
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__)
class K:
    def meth(self): pass
    class Nested:
        def deep(self): pass
print(K.meth.__qualname__, K.Nested.deep.__qualname__, K().meth.__func__ is K.meth, K().meth.__self__.__class__.__name__)
print(callable(f), callable(1), f == f, f != outer, type(f).__name__)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 1
except TypeError as e:
    print('TypeError', e)
print(f.__globals__ is globals(), f.__closure__, (lambda: a).__closure__ if False else 'skip')
def g(): pass
g.__doc__ = 'new doc'
print(g.__doc__, (lambda: 1).__doc__)
