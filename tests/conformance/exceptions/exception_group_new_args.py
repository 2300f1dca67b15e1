# BaseExceptionGroup.__new__ argument errors, and the keyword error naming the class actually made.
for a, k in [((), {}), (("m", [ValueError()]), {"x": 1})]:
    try: ExceptionGroup(*a, **k)
    except TypeError as x: print(x)
    try: BaseExceptionGroup(*a, **k)
    except TypeError as x: print(x)
class EG(ExceptionGroup): pass
try: EG("m")
except TypeError as x: print(x)
