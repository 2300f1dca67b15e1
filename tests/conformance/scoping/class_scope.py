# Class body scope is not visible from methods or nested functions
x = 'global'
class C:
    x = 'class'
    def method(self):
        return x
    lam = lambda self: x
    y = x + '-derived'
    items = [x for _ in range(1)]
    def uses_class_attr(self):
        return self.x, C.x, type(self).x
c = C()
print(c.method(), c.lam(), C.y, C.items, c.uses_class_attr())
def f():
    x = 'function local'
    class Inner:
        y = x
        x = 'inner class'
        z = x
        def m(self):
            return x
    return Inner
I = f()
print(I.y, I.z, I().m())
def g():
    v = 'enclosing'
    class K:
        print('class body sees enclosing function var:', v)
        w = v
    return K.w
print(g())
class Counter:
    n = 0
    def inc(self):
        try:
            n += 1
        except UnboundLocalError as e:
            return 'UnboundLocalError'
print(Counter().inc())
