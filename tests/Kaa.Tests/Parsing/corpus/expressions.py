1 + 2 * 3
(1 + 2) * 3
-x ** 2
(-x) ** 2
2 ** -1
2 ** 3 ** 4
~x + -y - +z
a or b and c
a and b or c and d
not a and not b
a < b <= c > d >= e == f != g
a in b not in c is d is not e
a | b ^ c & d << e >> f
a // b % c @ d / e
x if y else z
x if y else z if w else v
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: x
lambda *, x: x
lambda x, /, y: x
lambda *a: a
f()
f(a)
f(a, b)
f(a, *b, c, **d)
f(a=1, b=2)
f(*a, **b)
f(a, b=1, *c, d=2, **e)
f(x for x in y)
f((x for x in y), z)
f(a)(b)(c)
a.b.c
a[b][c]
a[1:2]
a[:]
a[::]
a[1:]
a[:2]
a[::3]
a[1:2:3]
a[1:2, 3]
a[1:2, ::3]
a[...]
a[*b]
a[*b, c]
a[b, *c]
a[b,]
a[()]
a[(1, 2)]
a[x:=1]
(x := 1)
[y := f(x), y**2]
f(x := 1)
if (n := len(a)) > 10: pass
while chunk := f.read(): pass
[x for x in y]
[x for x in y if x if z]
[x for x in y for z in w]
[(x, y) for x in a for y in b if x != y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
[await x for x in y]
[x for x in (y for y in z)]
[[x for x in row] for row in m]
[x for x, in y]
[x for *a, b in y]
[]
[1]
[1, 2,]
[*a, *b]
()
(1,)
(1, 2)
(*a, b)
{}
{1: 2}
{1: 2, **d, 3: 4}
{**a, **b}
{1, 2}
{*a, b}
(a)
((a))
(((a, b)))
a.b(c).d[e]
x = (1 +
     2)
await x
async_ = 1
print(*args, sep='')
f(**{'a': 1})
a is not b
a not in b
not a in b
-1
+1
--1
~~1
a * -b
a ** b ** c
(a ** b) ** c
a ** -b ** c
x[a, b:c, ...]
f(a)[b].c(d)
f(
    a,
    b,
)
x = [
    1,
    2,
]
(yield)
