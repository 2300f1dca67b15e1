# Closures capture variables, not values
def make_funcs():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return funcs
print([f() for f in make_funcs()])
def make_funcs_fixed():
    funcs = []
    for i in range(3):
        def f(i=i): return i
        funcs.append(f)
    return funcs
print([f() for f in make_funcs_fixed()])
def make_funcs_factory():
    def maker(v): return lambda: v
    return [maker(i) for i in range(3)]
print([f() for f in make_funcs_factory()])
def cell_sharing():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = cell_sharing()
set_(5)
print(get())
def late_binding():
    fs = [lambda: n for n in range(3)]
    n = 'not visible to comprehension lambdas'
    return [f() for f in fs]
print(late_binding())
