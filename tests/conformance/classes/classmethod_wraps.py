# classmethod and staticmethod copy the wrapped callable's __module__, __name__, __qualname__ and __doc__
# into their own __dict__ (functools.wraps-style, at __init__).
def f(x):
    "f docstring"
    return x
cm = classmethod(f)
sm = staticmethod(f)
for o in (cm, sm):
    print(sorted(k for k in o.__dict__ if k != '__annotations__'), o.__doc__, o.__name__, o.__qualname__, o.__module__)
print(staticmethod(None).__dict__, staticmethod(len).__name__, classmethod(len).__doc__[:20])
class C:
    @classmethod
    def m(cls):
        "m doc"
    @staticmethod
    def s():
        pass
print(C.__dict__['m'].__doc__, C.__dict__['m'].__qualname__, C.__dict__['s'].__name__)
cm.__doc__ = 'changed'
print(cm.__doc__, f.__doc__)
