# Generator return values in StopIteration.value
def g():
    yield 1
    return 'result'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)
def g2():
    return
    yield
try:
    next(g2())
except StopIteration as e:
    print('value:', e.value, e.args)
def g3():
    yield
    return [1, 2]
it = g3(); next(it)
try:
    it.send(None)
except StopIteration as e:
    print(e.value)
def raises_stop():
    yield 1
    raise StopIteration('explicit')
try:
    list(raises_stop())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def tuple_ret():
    yield 0
    return (1, 2)
it = tuple_ret(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
