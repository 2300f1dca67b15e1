# Name resolution: local > enclosing > global > builtin, and shadowing builtins
print(len('abc'))
len = lambda x: 'shadowed len'
print(len('abc'))
del len
print(len('abc'))
def use_max():
    return max(1, 2)
max = min
print(use_max())
del max
print(use_max())
import builtins
print(builtins.len is len, type(__builtins__).__name__ in ('module', 'dict'))
x = 'global'
def a():
    x = 'a-local'
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def shadow_param(list):
    return list
print(shadow_param('param named list'), list('xy'))
