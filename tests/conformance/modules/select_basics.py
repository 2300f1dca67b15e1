# select.select, select.poll and select.epoll on pipes and socket pairs; timeouts and errors.
import os
import select
import selectors
import socket


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
print(select.select([r], [], [], 0.5) == ([r], [], []))
print(select.select([], [], [], 0.01))
print(os.read(r, 1))

a, b = socket.socketpair()
rl, wl, xl = select.select([a, b], (a, b), [], 0)
print(len(rl), len(wl), len(xl), wl[0] is a)
a.send(b"ping")
rl, _, _ = select.select([a, b, b], [], [])
print(rl == [b, b])
print(b.recv(10))
show("select bad timeout", lambda: select.select([], [], [], "1"))
show("select negative", lambda: select.select([], [], [], -1))
show("select not seq", lambda: select.select(1, [], []))
show("select bad item", lambda: select.select(["x"], [], [], 0))
show("select negative fd", lambda: select.select([-1], [], [], 0))

p = select.poll()
p.register(b, select.POLLIN)
p.register(a.fileno(), select.POLLOUT)
print(sorted(ev for fd, ev in p.poll(0)))
a.send(b"data")
print(sorted(ev for fd, ev in p.poll(100)))
p.modify(a, select.POLLIN)
print(p.poll(0) == [(b.fileno(), select.POLLIN)])
print(b.recv(10), p.poll(10))
p.unregister(b)
try:
    p.unregister(b)
except KeyError as e:
    print("KeyError", e.args[0] == b.fileno())
show("modify unknown", lambda: p.modify(b, select.POLLIN))
show("poll type", lambda: type(p)())

ep = select.epoll()
print(ep.closed, ep.fileno() >= 0)
ep.register(b.fileno(), select.EPOLLIN)
print(ep.poll(0))
a.send(b"!")
print(ep.poll(1) == [(b.fileno(), select.EPOLLIN)])
ep.modify(b, select.EPOLLIN | select.EPOLLOUT)
print(sorted(ev for fd, ev in ep.poll(0)))
show("register twice", lambda: ep.register(b.fileno()))
ep.unregister(b)
print(ep.poll(0.01))
show("unregister unknown", lambda: ep.unregister(b))
show("maxevents", lambda: ep.poll(0, 0))
ep.close()
print(ep.closed)
show("closed fileno", lambda: ep.fileno())
with select.epoll() as ep2:
    print(ep2.closed)
print(ep2.closed)

sel = selectors.DefaultSelector()
print(type(sel).__name__)
sel.register(b, selectors.EVENT_READ, "data-b")
print([(k.data, ev) for k, ev in sel.select(0)])
sel.unregister(b)
sel.close()
for x in (a, b):
    x.close()
os.close(r)
os.close(w)
print(select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLET, select.error is OSError)
