# None, True, False, Ellipsis and their properties
print(None, True, False, ..., Ellipsis, ... is Ellipsis)
print(type(None).__name__, type(True).__name__, type(...).__name__)
print(repr(None), repr(...), str(True), bool(None), bool(...))
print(True == 1, False == 0, isinstance(True, int))
print(True + 1, True * 10, -True, ~True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 0).__name__)
print(None is None, None == None, None != 0, not None)
x = [...]
print(x, x[0] is ...)
def f(): ...
print(f())
print(NotImplemented, type(NotImplemented).__name__)
print(hash(True), hash(False), hash(None) == hash(None))
print(int(False), float(True), str(None), repr(False))
print(sorted([True, False, True, 0, 1]))
