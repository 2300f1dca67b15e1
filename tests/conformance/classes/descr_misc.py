# method-wrapper equality and hash, deleting an instance __dict__, deleting a missing __abstractmethods__.
l = []
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__, hash(l.__add__) == hash(l.__add__))
print({l.__add__: 1}[l.__add__])
class X: pass
try:
    del X.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
class A: pass
a = A(); a.x = 1
del a.__dict__
print(a.__dict__, hasattr(a, 'x'))
a.y = 2
print(a.__dict__)
try:
    (1).__dict__
except AttributeError as e:
    print('AttributeError', e)
