# Annotations on functions don't affect calls (only inspected via inspect on simple types)
def f(a: int, b: str = 'x') -> list:
    return [a, b]
print(f(1), f('not-int', 2))
def g(x: 'forward ref') -> 'ret':
    return x
print(g(5))
import inspect
print(list(inspect.signature(f).parameters), inspect.signature(f).parameters['b'].default)
x: int = 5
y: list
print(x)
try:
    print(y)
except NameError as e:
    print('NameError', e)
def local_ann():
    z: int
    try:
        return z
    except UnboundLocalError as e:
        return 'UnboundLocalError'
print(local_ann())
class C:
    attr: int = 3
    other: str
print(C.attr, hasattr(C, 'other'))
