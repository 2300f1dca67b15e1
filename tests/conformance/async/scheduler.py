# Round-robin scheduler of coroutines using a custom sleep awaitable
from collections import deque
class Yield:
    def __await__(self):
        yield
async def task(name, n, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await Yield()
    return f'{name} done'
def run_all(coros):
    queue = deque(coros)
    results = {}
    while queue:
        coro = queue.popleft()
        try:
            coro.send(None)
        except StopIteration as e:
            results[coro.__qualname__ + str(len(results))] = e.value
            print('finished:', e.value)
        else:
            queue.append(coro)
    return results
log = []
run_all([task('A', 3, log), task('B', 1, log), task('C', 2, log)])
print(log)
async def producer(q, n):
    for i in range(n):
        q.append(i)
        print('produced', i)
        await Yield()
    q.append(None)
async def consumer(q):
    total = 0
    while True:
        while not q:
            await Yield()
        item = q.popleft()
        if item is None:
            return total
        print('consumed', item)
        total += item
q = deque()
run_all([producer(q, 4), consumer(q)])
