# Default argument expressions are evaluated in the defining scope
x = 'module x'
class C:
    x = 'class x'
    def m(self, v=x):
        return v
    lam = lambda self, v=x: v
print(C().m(), C().lam())
def outer():
    y = 'outer y'
    def inner(v=y):
        return v
    y = 'changed'
    return inner()
print(outer())
def kw_defaults(*, k=x.upper()):
    return k
print(kw_defaults())
def nested_default():
    z = 1
    def f(a=[z * i for i in range(3)]):
        return a
    return f()
print(nested_default())
