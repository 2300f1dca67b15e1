# async for with a class-based async iterator and async generators
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
async def main():
    out = []
    async for x in ARange(4):
        out.append(x * 10)
    else:
        out.append('else')
    async for x in ARange(10):
        if x == 2:
            break
        out.append(x)
    else:
        out.append('not reached')
    return out
print(run(main()))
async def agen(n):
    for i in range(n):
        yield i * i
async def collect():
    return [x async for x in agen(5)], [x async for x in agen(6) if x % 2], {x: 1 async for x in agen(2)}
print(run(collect()))
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print('TypeError', e)
