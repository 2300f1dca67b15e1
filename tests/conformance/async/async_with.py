# async with: __aenter__/__aexit__, exception suppression
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class AManager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print('enter', self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
async def main():
    async with AManager('a') as v:
        print('body got', v)
    async with AManager('b', suppress=True):
        raise ValueError('suppressed')
    print('after suppressed')
    try:
        async with AManager('c'):
            raise KeyError('propagates')
    except KeyError as e:
        print('caught', e)
    async with AManager('x') as x, AManager('y') as y:
        print('nested', x, y)
    return 'main done'
print(run(main()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print('TypeError', type(e).__name__)
