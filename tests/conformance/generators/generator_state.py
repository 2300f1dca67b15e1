# Generator states, gi_running, gi_frame, re-entrancy errors
import inspect
def g():
    yield 1
    yield 2
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it), it.gi_frame is not None, it.gi_running)
list(it)
print(inspect.getgeneratorstate(it), it.gi_frame)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
print(g.__name__, it.__name__, it.__qualname__, it.gi_code.co_name)
def lines():
    yield 'a'
    yield 'b'
gen = lines()
print(gen.gi_frame.f_lineno if gen.gi_frame else None)
next(gen)
print(gen.gi_frame.f_lineno)
closed = g()
closed.close()
print(inspect.getgeneratorstate(closed))
try:
    next(closed)
except StopIteration:
    print('closed generator raises StopIteration')
