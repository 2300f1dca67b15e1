# loop.add_signal_handler runs through signal.set_wakeup_fd: the signal number is written to the loop's
# self-pipe socket; set_wakeup_fd refuses a blocking descriptor.
import asyncio, os, signal, socket

async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (print("SIGUSR1 handled"), got.set()))
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    await asyncio.wait_for(got.wait(), 5)
    loop.remove_signal_handler(signal.SIGUSR1)
    return "ok"

print(asyncio.run(main()))
a, b = socket.socketpair()
try:
    signal.set_wakeup_fd(a.fileno())
except ValueError as e:
    print("ValueError", "non-blocking" in str(e))
a.setblocking(False)
print(signal.set_wakeup_fd(a.fileno()), signal.set_wakeup_fd(-1) == a.fileno())
