# A hand-written gather() over coroutines with simulated delays
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
async def fetch(name, ticks):
    print('start', name)
    await Sleep(ticks)
    print('end', name)
    return f'{name}:{ticks}'
class Task:
    def __init__(self, coro):
        self.coro, self.done, self.result, self.exc = coro, False, None, None
    def step(self):
        try:
            self.coro.send(None)
        except StopIteration as e:
            self.done, self.result = True, e.value
        except Exception as e:
            self.done, self.exc = True, e
def gather(*coros):
    tasks = [Task(c) for c in coros]
    tick = 0
    while not all(t.done for t in tasks):
        for t in tasks:
            if not t.done:
                t.step()
        tick += 1
    print('ticks', tick)
    return [t.result if t.exc is None else f'error {type(t.exc).__name__}: {t.exc}' for t in tasks]
async def failing():
    await Sleep(1)
    raise ValueError('failed task')
print(gather(fetch('a', 3), fetch('b', 1), fetch('c', 2), failing()))
