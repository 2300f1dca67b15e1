# super() zero-arg and two-arg forms
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return f'A.c({cls.__name__})'
    @staticmethod
    def s(): return 'A.s'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    def two_arg(self): return super(B, self).f()
    def skip(self): return super(A, self).__class__.__name__
class C(B):
    def f(self): return 'C.f>' + super().f()
    def skip_b(self): return super(B, self).f()
c = C()
print(c.f(), C.c(), c.two_arg(), c.skip_b(), B.s(), super(C, c).f())
print(super(C, C).c(), super(B, C).c())
sup = super(B, c)
print(type(sup).__name__, sup.__thisclass__.__name__, type(sup.__self__).__name__, sup.__self_class__.__name__)
def outside(self):
    return super().f()
try:
    outside(c)
except RuntimeError as e:
    print('RuntimeError', e)
class D(A):
    def f(self):
        return (lambda: super().f())()
try:
    print(D().f())
except RuntimeError as e:
    print('RuntimeError', e)
class E(A):
    def f(self):
        def inner():
            return super(E, self).f()
        return inner()
print(E().f())
try:
    super(B, 1)
except TypeError as e:
    print('TypeError', type(e).__name__)
class F(A):
    def g(self):
        return super().missing
try:
    F().g()
except AttributeError as e:
    print('AttributeError', e)
