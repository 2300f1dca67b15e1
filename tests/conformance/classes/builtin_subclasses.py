# __subclasses__() of the built-in types lists their built-in subclasses (the same in every
# interpreter), then the classes the program made, in order of creation.
print(type in object.__subclasses__(), int in object.__subclasses__(), BaseException in object.__subclasses__())
print(int.__subclasses__(), bool.__subclasses__())
import sys, time
print([t in tuple.__subclasses__() for t in (type(sys.flags), type(sys.version_info), type(sys.float_info), time.struct_time)])
print(BaseException.__subclasses__())
def b(cls):  # start-up imports (signal, zipimport, importlib) add classes of their own
    return [c.__name__ for c in cls.__subclasses__() if c.__module__ == 'builtins']
print(b(Exception))
print(b(OSError), b(ConnectionError), b(ImportError), b(UnicodeError))
print(b(BaseExceptionGroup), b(ValueError), b(RuntimeError), b(LookupError), b(Warning))
class MyInt(int): pass
class MyErr(KeyError): pass
class MyExc(Exception): pass
print(int.__subclasses__(), KeyError.__subclasses__(), Exception.__subclasses__()[-1:], b(Exception)[-1:])
print(all(c in object.__subclasses__() for c in (type, dict, list, tuple, str, bytes, float, complex, set, frozenset, property, super, staticmethod, classmethod, memoryview, range, slice, enumerate, zip, map, filter, reversed)))
print([c.__name__ for c in object.__subclasses__() if c.__name__ in ('MyInt', 'MyErr', 'MyExc')])
del MyInt
import gc; gc.collect()
print(int.__subclasses__())
print(type.__subclasses__(type) == [c for c in type.__subclasses__(type) if c.__module__ != 'builtins'])
