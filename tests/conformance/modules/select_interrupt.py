# A signal handler that raises interrupts blocking waits (select, poll, epoll, socket recv,
# Popen.wait) as in CPython, even though the signal arrives while the GIL is released.
import os
import select
import signal
import socket
import subprocess
import threading


def handler(signum, frame):
    raise KeyboardInterrupt("from handler")


signal.signal(signal.SIGALRM, handler)


def interrupt_soon():
    threading.Timer(0.1, lambda: os.kill(os.getpid(), signal.SIGALRM)).start()


a, b = socket.socketpair()
p = subprocess.Popen(["sleep", "5"])
for label, wait in [
    ("select", lambda: select.select([b], [], [], 10)),
    ("select no timeout", lambda: select.select([b], [], [])),
    ("poll", lambda: select.poll().poll()),
    ("epoll", lambda: select.epoll().poll()),
    ("recv", lambda: b.recv(1)),
    ("Popen.wait", p.wait),
]:
    interrupt_soon()
    try:
        wait()
        print(label, "not interrupted")
    except KeyboardInterrupt as e:
        print(label, "interrupted:", e)
p.kill()
print(p.wait())
a.close()
b.close()
