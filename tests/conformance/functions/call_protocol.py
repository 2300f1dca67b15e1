# Calling various callables: classes, bound methods, __call__, builtins
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
    def method(self, x): return x * self.n
a = Adder(5)
print(a(10), Adder(1)(1), callable(a), callable(Adder), callable(a.method))
m = a.method
print(m(3), m.__self__ is a, m.__func__ is Adder.method, Adder.method(a, 4))
print(type(m).__name__, type(Adder.method).__name__, type(len).__name__, type([].append).__name__)
bound = [1, 2].append
bound(3)
print(bound.__self__, bound.__name__)
call_str = str
print(call_str(5), (lambda: 'lam')(), getattr(a, '__call__')(1))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
try:
    five = 5
    five()
except TypeError as e:
    print('TypeError', e)
try:
    s = 'abc'
    s()
except TypeError as e:
    print('TypeError', e)
class CallViaClass:
    pass
CallViaClass.__call__ = lambda self: 'patched call'
print(CallViaClass()())
obj = Adder(2)
obj.__call__ = lambda x: 'instance attr ignored'
print(obj(1))
