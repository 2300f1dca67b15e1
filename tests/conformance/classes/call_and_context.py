# __call__ and context manager protocol on classes
class Counter:
    def __init__(self): self.count = 0
    def __call__(self, step=1):
        self.count += step
        return self.count
c = Counter()
print(c(), c(5), c.count, callable(c))
class Timer:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print(f'[{self.name}] start')
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f'[{self.name}] end', exc_type.__name__ if exc_type else 'ok')
        return exc_type is KeyError
with Timer('one') as t:
    print('inside', t.name)
with Timer('two'):
    raise KeyError('swallowed by KeyError rule')
try:
    with Timer('three'):
        raise ValueError('not swallowed')
except ValueError as e:
    print('escaped', e)
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as d, tag('span'):
    print('content', d)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
with contextlib.ExitStack() as stack:
    for n in ['a', 'b']:
        stack.enter_context(tag(n))
    print('in exit stack')
