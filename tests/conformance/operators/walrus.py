# Assignment expressions
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 5])
print(y)
it = iter(data)
while (v := next(it, None)) is not None:
    print('got', v, end='; ')
print()
print((a := 1, b := 2), a, b)
total = 0
vals = [total := total + x for x in range(5)]
print(vals, total)
def f():
    [z := i for i in range(3)]
    return z
print(f())
print(any((hit := x) > 4 for x in data), hit)
for src in ["(x := 1) := 2", "[i := 0 for i in range(3)]", "x := 5", "def g(): (a.b := 1)"]:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError')
print(f"{(q := 10)} {q * 2}")
