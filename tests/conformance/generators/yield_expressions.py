# yield as an expression in different positions
def g():
    x = yield 1
    y = (yield 2) + 10
    z = [(yield 3), (yield 4)]
    print('values', x, y, z)
    w = yield
    print('w', w)
it = g()
print(next(it), it.send('x'), it.send(5), it.send('z1'), it.send('z2'))
try:
    it.send('w')
except StopIteration:
    print('done')
def in_call():
    print('call', (yield 'a'), (yield 'b'))
c = in_call()
print(next(c), c.send(1))
try:
    c.send(2)
except StopIteration:
    pass
def yield_tuple():
    yield 1, 2
    yield (3, 4)
print(list(yield_tuple()))
def lambda_gen():
    f = lambda: (yield 'from lambda')
    return f
print(list(lambda_gen()()))
for src in ['x = [(yield) for i in range(3)]', 'def f():\n    x = [(yield i) for i in range(3)]', 'yield 1']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
