# reference: CPython 3.14
# Which built-in exception classes have their own __init__ (in 3.14 only those with an init function of
# their own; the others inherit BaseException's) and their own __new__ (those built with
# BaseException_new or their own tp_new), __str__ and __reduce__.
import builtins
excs = [v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)]
print(len(excs), [c.__name__ for c in excs][:8])
print('no __init__:', [c.__name__ for c in excs if '__init__' not in c.__dict__])
print('no __new__:', sorted(c.__name__ for c in excs if '__new__' not in c.__dict__))
print('own __str__:', sorted(c.__name__ for c in excs if '__str__' in c.__dict__))
print('own __reduce__:', sorted(c.__name__ for c in excs if '__reduce__' in c.__dict__))
print(Exception.__new__.__qualname__, Exception.__init__.__qualname__, KeyError.__new__.__qualname__, FileNotFoundError.__new__.__qualname__)
print(OSError.__init__, UnicodeError.__init__, type(TypeError.__dict__.get('__init__')).__name__, '__getattribute__' in BaseException.__dict__)
print(TypeError.__init__ is TypeError.__init__, TypeError.__init__ == ValueError.__init__)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Exception.__new__(KeyError, 1))
t(lambda: BaseException.__new__(KeyError, 1))
t(lambda: Exception.__new__(BaseException))
t(lambda: TypeError.__new__(ValueError))
t(lambda: BaseException.__new__(OSError, 2, 'x'))
t(lambda: BaseException.__new__(MemoryError))
t(lambda: OSError.__new__(FileNotFoundError, 2, 'x').args)
e = KeyError(1)
Exception.__init__(e, 2, 3); print(e.args)
t(lambda: TypeError.__init__(e, x=1))
t(lambda: TypeError.__init__(1))
# A type's __new__ is a built-in method bound to the type.
for cls in (int, object, ValueError, OSError):
    print(cls.__new__.__self__ is cls, repr(cls.__new__).startswith('<built-in method __new__ of type object at 0x'), cls.__new__.__qualname__)
