# Lambda expressions
sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2), (lambda a, b=2: a + b)(1))
print(sq.__name__, (lambda: 0).__qualname__, type(sq).__name__)
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(3)(4))
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(10))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))(6))
print([(lambda i=i: i * 10)() for i in range(3)])
