# code.replace / copy.replace on code objects: metadata fields change, the rest stays.
import copy

def f(a, b=2):
    return a + b

co = f.__code__
c2 = co.replace(co_name='g', co_qualname='G.g', co_filename='other.py', co_firstlineno=100)
print(c2.co_name, c2.co_qualname, c2.co_filename, c2.co_firstlineno, c2.co_argcount, c2.co_varnames)
f.__code__ = c2
print(f(1), f(1, 5), f.__code__ is c2)
print(co.replace() is co or co.replace() == co, co.replace(co_consts=co.co_consts).co_name)
c3 = copy.replace(co, co_name='h')
print(c3.co_name, c3.co_flags == co.co_flags)
for bad in [dict(co_name=5), dict(co_firstlineno='x'), dict(co_bogus=1)]:
    try:
        co.replace(**bad)
    except TypeError as e:
        print('TypeError', e)
try:
    co.replace(1)
except TypeError as e:
    print('TypeError', e)
