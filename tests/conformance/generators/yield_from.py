# yield from: delegation, return values, send/throw forwarding
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    y = yield 'inner-2'
    print('inner got', y)
    return 'inner-result'
def outer():
    result = yield from inner()
    print('outer got result', result)
    yield 'outer-after'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
print(list(yield_from_iter for yield_from_iter in [1]))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    try:
        yield 1
    except ValueError:
        yield 'inner caught'
def delegator():
    yield from catcher()
    yield 'delegator continues'
d = delegator()
print(next(d), d.throw(ValueError), next(d))
def ret_only():
    return 42
    yield
def use_ret():
    v = yield from ret_only()
    yield v
print(list(use_ret()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally on close')
def outer_close():
    yield from closer()
oc = outer_close(); next(oc); oc.close()
print('done')
