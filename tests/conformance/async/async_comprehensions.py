# Async comprehensions and async generator expressions
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(5)]
    b = [await double(x) async for x in agen(3)]
    c = {x: await double(x) for x in range(3)}
    d = {x % 2 async for x in agen(5)}
    g = (x * x async for x in agen(4))
    e = [y async for y in g]
    f = [(x, y) async for x in agen(2) for y in range(2)]
    return a, b, c, d, e, f, type(g).__name__
print(run(main()))
