# Old-style coroutines with send: a tiny producer/consumer
def printer(prefix):
    while True:
        msg = yield
        print(prefix, msg)
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
def primed(g):
    next(g)
    return g
p1 = primed(printer('[A]'))
p2 = primed(printer('[B]'))
g = primed(grep('py', p1))
b = primed(broadcast([g, p2]))
for line in ['python rocks', 'java', 'pypy is fast', 'c#']:
    b.send(line)
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
m = primed(running_max())
print([m.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
