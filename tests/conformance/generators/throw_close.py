# generator.throw and generator.close
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen:', e)
        yield 'recovered'
    finally:
        print('gen finally')
g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
try:
    next(g)
except StopIteration:
    print('stopped')
g2 = gen()
print(next(g2))
try:
    g2.throw(KeyError('k'))
except KeyError as e:
    print('propagated KeyError', e)
g3 = gen()
g3.close()
print('closed before start')
g4 = gen(); next(g4)
print(g4.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return 'close value'
c = close_returns(); next(c)
print(c.close())
g5 = gen()
try:
    g5.throw(TypeError('before start'))
except TypeError as e:
    print('thrown before start propagates:', e)
print(list(g5))
def thrower():
    while True:
        try:
            yield
        except Exception as e:
            print('handled', type(e).__name__)
t = thrower(); next(t)
t.throw(IndexError); t.throw(ZeroDivisionError())
t.close()
