class DebugHelperMeta(type):
    def mro(cls):
        return type.mro(cls)
state = {"ready": False}
class M(DebugHelperMeta):
    def mro(cls):
        if state["ready"] and cls.__name__ == 'C':
            state["ready"] = False
            C.__bases__ = (B2,)
        return type.mro(cls)
class A(metaclass=M):
    pass
class B1(A):
    pass
class B2(A):
    pass
class C(A):
    pass
state["ready"] = True
C.__bases__ = (B1,)
B1.__bases__ = (C,)
print(C.__bases__, B2.__subclasses__(), B1.__subclasses__(), B1.__bases__, C.__subclasses__())
print([k.__name__ for k in B1.__mro__])

class E(Exception):
    pass
class M2(DebugHelperMeta):
    def mro(cls):
        if state["ready"] and cls.__name__ == 'C2':
            if C2.__bases__ == (Y2,):
                state["ready"] = False
            else:
                C2.__bases__ = (Y2,)
                raise E
        return type.mro(cls)
class X(metaclass=M2):
    pass
class Y1(X):
    pass
class Y2(X):
    pass
class C2(X):
    pass
state["ready"] = True
try:
    C2.__bases__ = (Y1,)
except E:
    print("E raised")
print(C2.__bases__, Y2.__subclasses__(), Y1.__subclasses__())
