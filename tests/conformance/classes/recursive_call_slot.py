class A(object):
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)
class B:
    def __call__(self, n):
        return n if n == 0 else self(n - 1)
print(B()(300))
print("alive")
