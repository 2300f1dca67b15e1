# Exceptions inside generators, finally blocks on exhaustion and close
def g():
    try:
        yield 1
        raise ValueError('inside generator')
    finally:
        print('finally runs')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)
print(list(it))
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield 'inf'
print(list(safe_div([(1, 2), (3, 0), (4, 4)])))
def cleanup_on_break():
    try:
        for i in range(10):
            yield i
    finally:
        print('cleanup')
cb = cleanup_on_break()
for x in cb:
    if x == 2:
        break
print('after break')
cb.close()
print('after close')
gen = cleanup_on_break()
next(gen)
gen.close()
print('closed suspended generator')
def reraise():
    try:
        yield
    except KeyError:
        raise RuntimeError('converted')
r = reraise(); next(r)
try:
    r.throw(KeyError('k'))
except RuntimeError as e:
    print('RuntimeError', e, type(e.__context__).__name__)
