# await inside expressions, comprehensions, conditionals, f-strings
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def val(x):
    return x
async def main():
    a = await val(1) + await val(2)
    b = [await val(i) for i in range(3)]
    c = {await val('k'): await val('v')}
    d = await val(10) if await val(True) else await val(20)
    e = f'{await val("fs")}-{await val(3) * 2}'
    f = (await val(5)) ** 2
    g = [x for x in [await val(7)]]
    h = await val(await val('nested'))
    return a, b, c, d, e, f, g, h
print(run(main()))
async def uses_lambda():
    fs = [lambda: i for i in range(2)]
    return [f() for f in fs]
print(run(uses_lambda()))
for src in ['await x', 'def f():\n    await x', 'async def f():\n    yield from x', 'async def f():\n    [await x for y in z]', 'def f():\n    [x async for x in y]']:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
