# A simulated event loop with timers and futures, all deterministic
import heapq
class Future:
    def __init__(self): self.done, self.value, self.callbacks = False, None, []
    def set(self, v):
        self.done, self.value = True, v
        for cb in self.callbacks: cb()
    def __await__(self):
        if not self.done:
            yield self
        return self.value
class Loop:
    def __init__(self):
        self.time, self.timers, self.ready, self.seq = 0, [], [], 0
    def call_at(self, t, fn):
        self.seq += 1
        heapq.heappush(self.timers, (t, self.seq, fn))
    def sleep(self, d):
        f = Future()
        self.call_at(self.time + d, lambda: f.set(self.time))
        return f
    def spawn(self, coro):
        self.ready.append((coro, None))
    def _step(self, coro):
        try:
            fut = coro.send(None)
            fut.callbacks.append(lambda: self.ready.append((coro, None)))
        except StopIteration as e:
            print(f't={self.time} task finished -> {e.value}')
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                coro, _ = self.ready.pop(0)
                self._step(coro)
            if self.timers:
                t, _, fn = heapq.heappop(self.timers)
                self.time = t
                fn()
loop = Loop()
async def worker(name, delays):
    for d in delays:
        woke = await loop.sleep(d)
        print(f't={woke} {name} woke after {d}')
    return name
loop.spawn(worker('fast', [1, 1, 1]))
loop.spawn(worker('slow', [2, 3]))
loop.spawn(worker('once', [5]))
loop.run()
print('final time', loop.time)
