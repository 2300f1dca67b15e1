# async def / await driven manually with send(None)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
print(run(compute()))
c = add(3, 4)
print(type(c).__name__, c.cr_code.co_name, c.__qualname__)
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print('RuntimeError', e)
import inspect
print(inspect.iscoroutinefunction(add), inspect.iscoroutinefunction(run), inspect.iscoroutine(compute().__class__) if False else 'skip')
async def nested(n):
    if n == 0:
        return 'bottom'
    return f'level{n}/' + await nested(n - 1)
print(run(nested(4)))
async def raiser():
    raise ValueError('from coroutine')
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return f'caught: {e}'
print(run(catcher()))
