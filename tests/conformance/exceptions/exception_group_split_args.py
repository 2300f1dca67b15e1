# ExceptionGroup.split/subgroup: which conditions are accepted, notes copied per part, ExceptionGroup[...] is a GenericAlias.
import types
class C: pass
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
for arg in ["bad arg", C, OSError('x'), [OSError, TypeError], (OSError, 42)]:
    for m in (eg.subgroup, eg.split):
        try: m(arg); print("no error", arg)
        except TypeError as e: print("TypeError", e)
eg.add_note("n1")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__, match.__notes__ is rest.__notes__)
eg.__notes__ = 123
match, rest = eg.split(TypeError)
print(hasattr(match, '__notes__'), hasattr(rest, '__notes__'))
eg.__notes__ = ("a", "b")
print(eg.split(TypeError)[0].__notes__)
print(isinstance(ExceptionGroup[ValueError], types.GenericAlias), ExceptionGroup[ValueError], BaseExceptionGroup[int])
print(eg.subgroup(lambda e: isinstance(e, ValueError)).exceptions, eg.split((ValueError, TypeError))[1])
