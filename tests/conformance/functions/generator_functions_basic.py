# Functions with yield are generators; calling doesn't run the body
def g():
    print('started')
    yield 1
    print('resumed')
    yield 2
    print('finishing')
it = g()
print('created', type(it).__name__)
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')
print(list(g()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
def empty():
    return
    yield
print(list(empty()))
import inspect
print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(countdown), inspect.isgenerator(g()))
