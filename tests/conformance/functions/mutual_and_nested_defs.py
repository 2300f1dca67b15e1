# Defining functions conditionally and in loops, redefinition
if True:
    def which(): return 'first branch'
else:
    def which(): return 'second branch'
print(which())
def which(): return 'redefined'
print(which())
funcs = []
for i in range(3):
    def f(i=i): return i * i
    funcs.append(f)
print([f() for f in funcs], funcs[0] is funcs[1], funcs[0].__name__)
def make_ops():
    ops = {}
    for name, op in [('add', lambda a, b: a + b), ('sub', lambda a, b: a - b)]:
        ops[name] = op
    def mul(a, b): return a * b
    ops['mul'] = mul
    return ops
print({k: v(7, 3) for k, v in make_ops().items()})
def outer(n):
    def helper(k):
        return k + n
    if n > 0:
        return helper(outer(n - 1))
    return 0
print(outer(5))
