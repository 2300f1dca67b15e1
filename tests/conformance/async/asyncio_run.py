# asyncio.run end to end: sleep, gather, queues, a TCP echo server over 127.0.0.1 (start_server /
# open_connection), run_in_executor, wait_for timeouts, TaskGroup, cancellation and a subprocess.
import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.001)
        out.append((name, item * 2))
        q.task_done()

async def echo_handler(reader, writer):
    while data := await reader.readline():
        writer.write(data.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

def blocking(x):
    return sum(range(x))

async def main():
    await asyncio.sleep(0.01)
    r = await asyncio.gather(*(asyncio.sleep(0.001 * i, result=i) for i in range(5)))
    print("gather", r)
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(3)]
    for i in range(10):
        q.put_nowait(i)
    for _ in ws:
        q.put_nowait(None)
    await q.join()
    await asyncio.gather(*ws)
    print("queue", sorted(v for _, v in out))
    server = await asyncio.start_server(echo_handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for line in [b"hello\n", b"world\n"]:
        writer.write(line)
        await writer.drain()
        print("echo", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    loop = asyncio.get_running_loop()
    print("executor", await loop.run_in_executor(None, blocking, 1000))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print("timeout ok")
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0.001, result="a"))
        t2 = tg.create_task(asyncio.sleep(0.002, result="b"))
    print("taskgroup", t1.result(), t2.result())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    p = await asyncio.create_subprocess_exec("echo", "sub", stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate()
    print("subprocess", out, p.returncode)
    return "done"

print(asyncio.run(main()))
