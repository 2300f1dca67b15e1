# Positional-only and keyword-only semantics
def pos_only(a, b, /): return a, b
def kw_only(*, a, b): return a, b
def mixed(a, /, b, *, c): return a, b, c
def pos_kw_same(name, /, **kw): return name, kw
print(pos_only(1, 2), kw_only(a=1, b=2), mixed(1, 2, c=3), mixed(1, b=2, c=3))
print(pos_kw_same('positional', name='keyword'))
for call in [lambda: pos_only(1, b=2), lambda: pos_only(a=1, b=2), lambda: kw_only(1, 2), lambda: kw_only(a=1),
             lambda: mixed(a=1, b=2, c=3), lambda: mixed(1, 2, 3), lambda: mixed(1, c=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def defaults(a, b=2, /, c=3, *, d=4, e): return a, b, c, d, e
print(defaults(1, e=5), defaults(1, 20, 30, d=40, e=50))
for src in ['def f(a=1, b): pass', 'def f(*, **k): pass', 'def f(a, a): pass', 'def f(/, a): pass', 'def f(*a, /): pass', 'def f(**k, a): pass']:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
print(int('10', base=2), sorted([3, 1], reverse=True), divmod(7, 2))
try:
    divmod(a=7, b=2)
except TypeError as e:
    print(e)
try:
    len(obj=[1])
except TypeError as e:
    print(e)
