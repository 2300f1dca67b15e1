# _socket through socket.py: socketpair, TCP and UDP over 127.0.0.1, AF_UNIX, timeouts, non-blocking
# mode, options, address conversions and the errors CPython raises for bad arguments.
import errno
import os
import socket
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.family == socket.AF_UNIX, type(a).__name__)
a.sendall(b"hello " * 3)
print(b.recv(100))
print(a.send(memoryview(b"abc")), b.recv(1), b.recv(10))
buf = bytearray(8)
a.send(b"xyz")
print(b.recv_into(buf), buf)
print(a.gettimeout(), a.getblocking())
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
b.settimeout(0.05)
print(b.gettimeout(), b.timeout)
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError", e, socket.timeout is TimeoutError)
b.settimeout(None)
print(b.gettimeout())
show("settimeout(-1)", lambda: b.settimeout(-1))
show("settimeout('x')", lambda: b.settimeout("x"))
show("recv(-1)", lambda: b.recv(-1))
show("send(str)", lambda: a.send("text"))
a.shutdown(socket.SHUT_WR)
print("eof", b.recv(10))
fd = a.detach()
print(a.fileno(), fd >= 0)
os.close(fd)
b.close()
print(b.fileno(), repr(b)[:30])
show("closed recv", lambda: b.recv(1))

# TCP over the loopback interface.
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536, srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
cli = socket.create_connection((host, port), timeout=5)
conn, peer = srv.accept()
print(peer[0], conn.getsockname() == cli.getpeername(), cli.getsockname() == conn.getpeername())
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("nodelay", cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
cli.sendall(b"x" * 100000)
got = b""
while len(got) < 100000:
    got += conn.recv(65536)
print(len(got))
with cli.makefile("rwb") as f:
    conn.sendall(b"line one\nline two\n")
    print(f.readline(), f.readline())
conn.close()
print(cli.recv(10))
cli.close()
s = socket.socket()
print(s.connect_ex((host, port)) in (0, errno.ECONNREFUSED), s.type)
s.close()
srv.close()
c2 = socket.socket()
try:
    c2.connect((host, port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno == errno.ECONNREFUSED)
c2.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
print(u2.sendto(b"datagram", u1.getsockname()))
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname())
u1.close()
u2.close()

# AF_UNIX with a path
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    us = socket.socket(socket.AF_UNIX)
    us.bind(path)
    us.listen(1)
    uc = socket.socket(socket.AF_UNIX)
    uc.connect(path)
    c, _ = us.accept()
    print(us.getsockname() == path, uc.getpeername() == path, repr(c.getpeername()))
    c.sendall(b"unix")
    print(uc.recv(4))
    for x in (c, uc, us):
        x.close()

# Bad addresses
t = socket.socket()
show("bind str", lambda: t.bind("x"))
show("bind 1-tuple", lambda: t.bind(("x",)))
show("bind port", lambda: t.bind(("127.0.0.1", 70000)))
show("bind host int", lambda: t.bind((1, 2)))
t.close()
show("unix bind int", lambda: socket.socket(socket.AF_UNIX).bind(1))

# with a fileno: family/type/proto come from the descriptor
x, y = socket.socketpair()
z = socket.socket(fileno=os.dup(x.fileno()))
print(z.family, z.type, z.proto)
for s in (x, y, z):
    s.close()
show("fileno -1", lambda: socket.socket(fileno=-1))

# conversions
print(socket.inet_aton("127.0.0.1"), socket.inet_aton("10.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
print(socket.inet_ntop(socket.AF_INET6, bytes.fromhex("20010db8000000000000000000000001")))
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"), socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"))
show("inet_aton bad", lambda: socket.inet_aton("1.2.3.400"))
show("inet_ntoa bad", lambda: socket.inet_ntoa(b"12345"))
show("inet_pton bad", lambda: socket.inet_pton(socket.AF_INET, "1.2.3"))
show("inet_ntop bad", lambda: socket.inet_ntop(socket.AF_INET, b"123"))
show("inet_ntop family", lambda: socket.inet_ntop(99, b"1234"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
show("htons big", lambda: socket.htons(70000))
show("htons neg", lambda: socket.htons(-1))
show("htonl big", lambda: socket.htonl(2**32))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "http", socket.AF_INET6, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)[0][4][:2])
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE)[0][4])
show("gaierror", lambda: socket.getaddrinfo("not a host name", 80, 0, 0, 0, socket.AI_NUMERICHOST))
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.error is OSError)
print(socket.gethostbyname("127.0.0.1"), isinstance(socket.gethostname(), str), socket.has_ipv6)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
s.close()
socket.setdefaulttimeout(None)
print(socket.AF_INET.name, socket.SOCK_DGRAM.name, int(socket.SOL_SOCKET), socket.SOMAXCONN > 0)
