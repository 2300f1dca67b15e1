# locals() and globals() contents (PEP 667 snapshot semantics for functions)
def f(a, b=2):
    c = a + b
    loc = locals()
    loc['c'] = 'modified snapshot'
    return sorted(loc.items()), c
print(f(1))
def g():
    x = 1
    snap1 = locals()
    y = 2
    snap2 = locals()
    return sorted(snap1), sorted(snap2)
print(g())
gl = globals()
gl['dynamic_global'] = 'set via globals()'
print(dynamic_global)
print('f' in globals(), 'g' in gl, globals() is gl, __name__)
class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
    locals()['b'] = 2
print(hasattr(C, 'b'))
def closure():
    v = 'free'
    def inner():
        return sorted(locals())
    def inner_uses():
        v
        return sorted(locals())
    return inner(), inner_uses()
print(closure())
