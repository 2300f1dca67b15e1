# reference: CPython 3.14
# The docstrings and text signatures of the built-in types come from CPython's tp_doc.
import types, inspect, sys, collections, itertools
for t in (int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
          bool, type, object, memoryview, enumerate, zip, map, filter, reversed, property, super,
          staticmethod, classmethod, types.SimpleNamespace, collections.deque, itertools.chain):
    doc = t.__doc__
    print(t.__name__, type(doc).__name__, repr(doc.splitlines()[0]), len(doc.splitlines()), repr(t.__text_signature__))
import typing, string.templatelib
for t in (typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple, typing.Union, typing.Generic,
          string.templatelib.Template, string.templatelib.Interpolation):
    doc = t.__doc__
    print(t.__name__, repr(doc.splitlines()[0]), len(doc.splitlines()), repr(t.__text_signature__))
print(int.__dict__['__doc__'] == int.__doc__, type(type.__dict__['__doc__']).__name__)
print(type(types.BuiltinFunctionType.__dict__['__doc__']).__name__)
print(str(inspect.signature(list)), str(inspect.signature(types.SimpleNamespace)))
try:
    inspect.signature(int)
except ValueError as e:
    print('ValueError', e)

class C:
    "my doc"

class D(int):
    pass

print(C.__doc__, D.__doc__, C.__text_signature__, D.__text_signature__)
C.__doc__ = 'new'
print(C.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print('TypeError', e)
print(sys.abiflags == '' or sys.abiflags)
