# reference: CPython 3.14
# Objects with __await__ that suspend, driven by a tiny loop
class Suspend:
    def __init__(self, label): self.label = label
    def __await__(self):
        print('suspending', self.label)
        reply = yield self.label
        print('resumed', self.label, 'with', reply)
        return f'result-{self.label}'
async def worker():
    a = await Suspend('first')
    b = await Suspend('second')
    return [a, b]
coro = worker()
print('yielded', coro.send(None))
print('yielded', coro.send('R1'))
try:
    coro.send('R2')
except StopIteration as e:
    print('finished with', e.value)
class Ready:
    def __await__(self):
        return iter([])
async def uses_ready():
    return await Ready()
try:
    uses_ready().send(None)
except StopIteration as e:
    print('ready value', e.value)
class BadAwait:
    def __await__(self): return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print('TypeError', e)
async def not_awaitable():
    await 42
try:
    not_awaitable().send(None)
except TypeError as e:
    print('TypeError', e)
