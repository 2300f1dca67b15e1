# Class bodies execute top to bottom like functions
print('before class')
class C:
    print('executing class body')
    x = 1
    y = x + 1
    for i in range(3):
        y += i
    del i
    if y > 3:
        big = True
    else:
        small = True
    def method(self): return self.x
    print('locals in body:', sorted(k for k in locals() if not k.startswith('__')))
print('after class', C.y, hasattr(C, 'big'), hasattr(C, 'i'))
print(C.__name__, C.__module__, C.__qualname__)
def factory(n):
    class Local:
        value = n
        def get(self): return self.value
    return Local
A, B = factory(1), factory(2)
print(A().get(), B().get(), A is B, A.__qualname__)
class Outer:
    class Inner:
        class Deepest: pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
