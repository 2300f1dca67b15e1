(a).b
(a)(b)
(a)[b]
(a) + b
a + (b)
(a) if (b) else (c)
(a) < (b) < (c)
(a) and (b) or (c)
not (a)
-(a)
(a) ** (b)
((a)).b.c
x = (yield)
x = (yield a)
x = yield a, b
x = yield from a
def g():
    yield
    yield a
    yield from b
    x = yield
    await a
    return a, b
    return *a, b
    return (await a)
f(*a, *b, **c, **d)
f(a, *b, c=1, *d, **e)
f(x=(yield))
f(a)(b=c)[d](*e)
{**a, 'b': 1}
{**a}
{*a, *b}
lambda x=lambda y: y: x
lambda: (yield)
x = lambda a, *, b=1, **c: a + b
f(x := 1, y)
[x := 1, y := 2]
{(x := 1): 2}
del (a), [b], c.d, e[f]
del (a, b), [c, d]
a = b = c = d
a[1:2], b.c = d
print(*args, **kwargs)
x = [*a, *b, c]
x = {**a, **b}
a if b else c if d else e
x = not a == b
x = -a ** -b
x = a @ b @ c
x = a < b == c > d
x = a or b or c
x = a and b and c
x = (a or b) and c
x = a if b else lambda: c
x = [
    1,  # one
    2,  # two
]
x = {
    'a': 1,
    'b': [
        2,
        3,
    ],
}
foo(
    a,
    b=c,
)(d)
result = (
    first
    .second()
    .third
)
s = ('a'
     'b'
     'c')
f"{a}" \
    f"{b}"
x = 1 if a else \
    2
