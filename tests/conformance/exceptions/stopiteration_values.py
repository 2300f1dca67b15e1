# The StopIteration that next() and __next__ raise: its value, args and identity
class It:
    def __init__(self, stop): self.stop = stop
    def __iter__(self): return self
    def __next__(self): raise self.stop
err = StopIteration('a', 'b')
try:
    next(It(err))
except StopIteration as e:
    print(e is err, e.args, e.value)
print(next(It(StopIteration('x')), 'default'), list(It(StopIteration(5))))
def gen():
    yield 1
    return 'done'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
g = gen()
g.__next__()
try:
    g.__next__()
except StopIteration as e:
    print('dunder', e.value)
def gen2():
    return (yield)
g = gen2(); next(g)
try:
    g.send(42)
except StopIteration as e:
    print('send', e.value)
for x in gen(): pass
g = gen(); list(g)
try:
    next(g)
except StopIteration as e:
    print('exhausted', e.args)
def deleg():
    r = yield from gen()
    print('delegated result', r)
list(deleg())
it = iter([])
try:
    it.__next__()
except StopIteration as e:
    print('empty', e.args)
