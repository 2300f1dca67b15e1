# del on names, attributes, items, slices; errors
a = 1
del a
try:
    a
except NameError as e:
    print('NameError', e)
try:
    del never_defined
except NameError as e:
    print('NameError', e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
class O: pass
o = O(); o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print('AttributeError', e)
x, y = 1, 2
del (x, y)
print('x' in dir(), 'y' in dir())
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f'UnboundLocalError {e}'
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
