# TypeError messages for bad calls
def f(a, b): pass
def g(a, b=1, *, c): pass
def h(x, /, y): pass
def k(*, key): pass
def n(): pass
class C:
    def m(self, x): pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, c=1, d=2),
    lambda: h(x=1, y=2),
    lambda: h(1, 2, 3),
    lambda: k(1),
    lambda: k(),
    lambda: n(1),
    lambda: n(a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(1, 2, **{'a': 1}),
    lambda: f(**{1: 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, *, y: 0)(1, 2),
    lambda: g(1, cc=2),
]
for call in calls:
    try:
        call()
        print('no error')
    except TypeError as e:
        print(e)
