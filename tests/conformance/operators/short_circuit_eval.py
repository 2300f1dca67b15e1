# Evaluation order of operands, arguments and subscripts
order = []
def f(tag, val=None):
    order.append(tag)
    return tag if val is None else val
print(f('a', 1) + f('b', 2) * f('c', 3), order); order.clear()
print(f('a', 2) ** f('b', 3) ** f('c', 1), order); order.clear()
d = {}
d[f('key', 'k')] = f('value', 'v')
print(d, order); order.clear()
x = [f('l1', 1), f('l2', 2)][f('idx', 0)]
print(x, order); order.clear()
def g(*a, **k): return a, k
print(g(f('p1'), f('p2'), k1=f('k1'), k2=f('k2')), order); order.clear()
print({f('k1'): f('v1'), f('k2'): f('v2')}, order); order.clear()
a = b = f('chained', [1])
print(a is b, order); order.clear()
f('x', [0, 0])[f('i', 1)] = f('rhs', 9)
print(order); order.clear()
print(f('cond', False) if f('test', True) else f('else', 0), order); order.clear()
lst = [f('e1'), *[f('s1'), f('s2')], f('e2')]
print(lst, order); order.clear()
print(f('A', 1) < f('B', 2) < f('C', 0) < f('D', 5), order)
