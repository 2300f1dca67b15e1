# Docstrings of functions, classes, modules
"""Module docstring here."""
def f():
    """Function docstring.

    More text.
    """
def g():
    x = 1
    "not a docstring"
def h():
    f"""not a docstring either {1}"""
class C:
    """Class doc."""
    def m(self):
        'method doc'
print(repr(__doc__))
print(repr(f.__doc__))
print(repr(g.__doc__), repr(h.__doc__), repr(C.__doc__), repr(C.m.__doc__), repr(C().m.__doc__))
import inspect
print(repr(inspect.getdoc(f)), repr(inspect.cleandoc(f.__doc__)))
print(len.__doc__.splitlines()[0])
