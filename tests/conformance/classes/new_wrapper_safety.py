class F(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = 1
        return self
f = F("a", 2)
print(repr(f), f.args, f.extra)
class G(ValueError):
    def __new__(cls, msg):
        return super().__new__(cls, msg)
    def __init__(self, msg):
        super().__init__(msg.upper())
print(repr(G("hi")))
for bad in ["object.__new__(dict)", "int.__new__(bool)", "dict.__new__(int)", "BaseException.__new__(OSError)", "Exception.__new__(F)", "object.__new__(F)"]:
    try:
        r = eval(bad)
        print(bad, "->", type(r).__name__)
    except TypeError as e:
        print(bad, "TypeError:", e)
class D(dict):
    def __new__(cls):
        return object.__new__(cls)
try:
    D()
except TypeError as e:
    print("TypeError:", e)
class L(list):
    def __new__(cls, *a):
        return list.__new__(cls)
print(type(L([1])).__name__, L([1]))
