# asyncio details: async generators closed by the loop at shutdown (sys asyncgen hooks), events,
# locks, semaphores, call_later ordering, futures, as_completed, shield, timeouts, to_thread,
# sock_* loop methods on a socketpair and exceptions from tasks.
import asyncio
import sys

log = []


async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("agen closed")


async def main():
    g = agen()
    print(await g.__anext__(), await g.__anext__())
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)

    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woken"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)

    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.001)
            order.append(-n)
    await asyncio.gather(critical(1), critical(2))
    print(order)

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.002)
            active -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("peak", peak)

    loop = asyncio.get_running_loop()
    calls = []
    loop.call_later(0.02, calls.append, "later")
    loop.call_soon(calls.append, "soon")
    h = loop.call_later(0.01, calls.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.05)
    print(calls)

    fut = loop.create_future()
    loop.call_soon(fut.set_result, 99)
    print(await fut, fut.done())

    async def delayed(x, d):
        await asyncio.sleep(d)
        return x
    done = [await c for c in asyncio.as_completed([delayed("slow", 0.03), delayed("fast", 0.001)])]
    print(done)
    print(await asyncio.shield(delayed("shielded", 0)))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    print(await asyncio.to_thread(sum, [1, 2, 3]))

    async def boom():
        raise ValueError("task failed")
    r = await asyncio.gather(boom(), delayed(1, 0), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
    except ExceptionGroup as eg:
        print("group", [str(e) for e in eg.exceptions])

    import socket
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"over the loop")
    print(await loop.sock_recv(b, 100))
    a.close()
    b.close()
    return "main done"


print(asyncio.run(main()))
print(log)
