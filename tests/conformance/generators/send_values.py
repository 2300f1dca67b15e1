# generator.send
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print('got None')
            continue
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), next(acc), acc.send(-3))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('echo closing with', received)
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
e.close()
g = accumulator()
try:
    g.send(1)
except TypeError as ex:
    print('TypeError', ex)
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager(); next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
