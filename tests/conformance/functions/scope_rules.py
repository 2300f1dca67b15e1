# LEGB lookup
x = 'global x'
len_ = len
def outer():
    x = 'enclosing x'
    def inner():
        return x
    return inner()
def local():
    x = 'local x'
    return x
def builtin_shadow():
    len = lambda s: 'shadowed'
    return len('abc')
print(outer(), local(), builtin_shadow(), len('abc'), x)
def uses_later_global():
    return later
later = 'defined after function'
print(uses_later_global())
import builtins
def custom_builtin():
    return my_builtin
builtins.my_builtin = 'from builtins'
print(custom_builtin())
del builtins.my_builtin
try:
    custom_builtin()
except NameError as e:
    print('NameError', e)
def cond_local(flag):
    if flag:
        y = 1
    return y
print(cond_local(True))
try:
    cond_local(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def delete_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(delete_local())
