# Function decorators: simple, with arguments, stacked, functools.wraps
import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f'call {func.__name__}{args}{kwargs if kwargs else ""}')
        result = func(*args, **kwargs)
        print(f'{func.__name__} returned {result!r}')
        return result
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
add(1, 2)
add(a=3, b=4)
print(add.__name__, add.__doc__, add.__wrapped__(5, 5))
def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name): return f'hi {name}'
print(hello('bob'))
def tag(t):
    def deco(f):
        return lambda *a: f'<{t}>{f(*a)}</{t}>'
    return deco
@tag('b')
@tag('i')
def text(s): return s
print(text('x'))
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry)
@lambda f: f()
def immediately(): return 'called at definition'
print(immediately)
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits > 0)
