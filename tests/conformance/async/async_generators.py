# Async generators: asend, athrow, aclose, cleanup
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print('ticker received', got)
    finally:
        print('ticker cleanup')
async def main():
    g = ticker(5)
    print(await g.__anext__())
    print(await g.asend('hello'))
    print(await anext(g))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration after aclose')
    g2 = ticker(3)
    await g2.__anext__()
    try:
        await g2.athrow(ValueError('injected'))
    except ValueError as e:
        print('athrow propagated', e)
    print(await anext(ticker(0), 'default'))
    return 'ok'
print(run(main()))
async def ag(): yield 1
g = ag()
print(type(g).__name__, g.__qualname__, hasattr(g, '__aiter__'), hasattr(g, '__anext__'))
import inspect
print(inspect.isasyncgenfunction(ag), inspect.isasyncgen(g))
run(g.aclose())
