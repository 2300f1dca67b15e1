using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _socket.socket (Modules/socketmodule.c): a real libc socket descriptor with CPython's three modes:
/// blocking (timeout None), non-blocking (timeout 0: the fd has O_NONBLOCK, EAGAIN raises
/// BlockingIOError) and timeout (O_NONBLOCK plus a poll() for readiness before each call, TimeoutError
/// "timed out" when it expires). Every call releases the GIL; waits are sliced so Ctrl-C is handled.
/// socket.socket subclasses this type (its __slots__ live in the instance dict, as for other built-ins).
/// </summary>
public sealed class PySocket : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("socket", BuiltinTypes.Object, "_socket");

    public int Fd = -1;
    public int Family, SockType, Proto;
    /// <summary>Timeout in nanoseconds: -1 blocking, 0 non-blocking, else the per-operation timeout.</summary>
    public long TimeoutNs = -1;
    public PyDict? Dict { get; set; }

    public PySocket(PyType type) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
    }

    /// <summary>Closes the descriptor if the program forgot to (CPython's sock_finalize, minus the ResourceWarning).</summary>
    ~PySocket()
    {
        if (Fd >= 0) SocketModule.Native.Close(Fd);
    }

    private static PySocket Self(PyObject o) => (PySocket)o;

    private static PyException TimedOut() => IoErrors.WithMessage(PyExc.TimeoutError, "timed out");

    private long Deadline() => TimeoutNs > 0 ? TimeModule.MonotonicNs() + TimeoutNs : -1;

    /// <summary>Sets O_NONBLOCK to match the timeout mode (internal_setblocking).</summary>
    internal void ApplyTimeout(long timeoutNs)
    {
        TimeoutNs = timeoutNs;
        if (Fd >= 0) SocketModule.SetNonBlocking(Fd, timeoutNs >= 0);
    }

    /// <summary>
    /// sock_call_ex: waits for readiness (timeout mode, and blocking mode so the wait can be interrupted),
    /// then runs <paramref name="op"/> with the GIL released; retries after EINTR and, when waiting is
    /// allowed, after EAGAIN. Returns the non-negative result or throws the errno's OSError.
    /// </summary>
    private nint Call(ThreadState ts, bool writing, long deadline, Func<nint> op)
    {
        // poll() ignores a negative descriptor; a closed socket must fail as its syscall would.
        if (Fd < 0) throw IoErrors.OSError(IoErrors.EBADF);
        while (true)
        {
            if (TimeoutNs != 0)
            {
                long left = -1;
                if (deadline >= 0)
                {
                    left = deadline - TimeModule.MonotonicNs();
                    if (left <= 0) throw TimedOut();
                }
                if (!SocketModule.WaitFd(ts, Fd, (short)(writing ? SocketModule.POLLOUT : SocketModule.POLLIN), left)) throw TimedOut();
            }
            var (r, err) = ts.WithoutGil(() => { nint n = op(); return (n, n < 0 ? SocketModule.Errno() : 0); });
            if (r >= 0) return r;
            if (err == IoErrors.EINTR) { if (ts.EvalBreaker != 0) ts.HandleEvalBreaker(); continue; }
            if (TimeoutNs != 0 && err == IoErrors.EAGAIN) continue;
            throw IoErrors.OSError(err);
        }
    }

    private static unsafe nint Recv(int fd, byte[] buf, int len, int flags)
    {
        fixed (byte* b = buf) return SocketModule.Native.Recv(fd, b, len, flags);
    }

    private static unsafe nint Send(int fd, byte[] buf, int off, int len, int flags)
    {
        fixed (byte* b = buf) return SocketModule.Native.Send(fd, b + off, len, flags);
    }

    /// <summary>internal_connect: returns 0 or the errno (connect_ex), raising only for timeouts and interrupts.</summary>
    private unsafe int Connect(ThreadState ts, byte[] addr, int alen, bool raise)
    {
        int fd = Fd;
        if (fd < 0) return IoErrors.EBADF;
        var (rc, err) = ts.WithoutGil(() => { int r; fixed (byte* a = addr) r = SocketModule.Native.Connect(fd, a, alen); return (r, r < 0 ? SocketModule.Errno() : 0); });
        if (rc == 0) return 0;
        bool wait;
        if (err == IoErrors.EINTR)
        {
            if (ts.EvalBreaker != 0) ts.HandleEvalBreaker();
            wait = TimeoutNs != 0;
        }
        else wait = TimeoutNs > 0 && err == IoErrors.EINPROGRESS;
        if (!wait) return err;
        // Wait for the connection to complete, then read its outcome from SO_ERROR.
        if (!SocketModule.WaitFd(ts, fd, SocketModule.POLLOUT, TimeoutNs > 0 ? TimeoutNs : -1))
        {
            if (raise) throw TimedOut();
            return IoErrors.EAGAIN;
        }
        int soerr = 0, len = 4;
        if (SocketModule.Native.GetSockOpt(fd, SocketModule.SOL_SOCKET, SocketModule.SO_ERROR, (byte*)&soerr, &len) < 0) return SocketModule.Errno();
        return soerr;
    }

    private static PyObject SockName(PySocket s, bool peer)
    {
        var buf = new byte[SocketModule.SockAddrMax];
        int len = buf.Length, rc;
        unsafe { fixed (byte* b = buf) rc = peer ? SocketModule.Native.GetPeerName(s.Fd, b, &len) : SocketModule.Native.GetSockName(s.Fd, b, &len); }
        if (rc < 0) throw IoErrors.OSError(SocketModule.Errno());
        return SocketModule.DecodeAddress(buf, len);
    }

    private static PyObject TimeoutValue(long ns) => ns < 0 ? PyNone.Value : new PyFloat(ns / 1e9);

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, a, kw) => new PySocket(cls));
        t.TpInit = (ts, self, a, kw) =>
        {
            var p = Args.Parse("socket", a, kw, ["family", "type", "proto", "fileno"], 0);
            var s = Self(self);
            int family = p[0] is null or PyNone ? -1 : (int)Ops.IndexAsLong(ts, p[0]!);
            int type = p[1] is null or PyNone ? -1 : (int)Ops.IndexAsLong(ts, p[1]!);
            int proto = p[2] is null or PyNone ? -1 : (int)Ops.IndexAsLong(ts, p[2]!);
            int fd;
            if (p[3] is not null and not PyNone)
            {
                if (p[3] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
                long f = Ops.IndexAsLong(ts, p[3]!);
                if (f < 0) throw PyErr.ValueError("negative file descriptor");
                fd = (int)f;
                unsafe
                {
                    int v = 0, len = 4;
                    if (family == -1)
                    {
                        if (SocketModule.Native.GetSockOpt(fd, SocketModule.SOL_SOCKET, SocketModule.SO_DOMAIN, (byte*)&v, &len) < 0)
                            throw IoErrors.OSError(SocketModule.Errno());
                        family = v;
                    }
                    if (type == -1)
                    {
                        len = 4;
                        if (SocketModule.Native.GetSockOpt(fd, SocketModule.SOL_SOCKET, SocketModule.SO_TYPE, (byte*)&v, &len) < 0)
                            throw IoErrors.OSError(SocketModule.Errno());
                        type = v;
                    }
                    if (proto == -1)
                    {
                        len = 4;
                        if (SocketModule.Native.GetSockOpt(fd, SocketModule.SOL_SOCKET, SocketModule.SO_PROTOCOL, (byte*)&v, &len) < 0)
                            throw IoErrors.OSError(SocketModule.Errno());
                        proto = v;
                    }
                }
            }
            else
            {
                if (family == -1) family = SocketModule.AF_INET;
                if (type == -1) type = SocketModule.SOCK_STREAM;
                if (proto == -1) proto = 0;
                fd = SocketModule.Native.Socket(family, type | SocketModule.SOCK_CLOEXEC, proto);
                if (fd < 0) throw IoErrors.OSError(SocketModule.Errno());
            }
            s.Fd = fd;
            s.Family = family;
            s.SockType = type & ~(SocketModule.SOCK_NONBLOCK | SocketModule.SOCK_CLOEXEC);
            s.Proto = proto;
            if ((type & SocketModule.SOCK_NONBLOCK) != 0) s.TimeoutNs = 0;
            else
            {
                long dflt = SocketModule.DefaultTimeout(ts);
                s.TimeoutNs = dflt;
                if (dflt >= 0) s.ApplyTimeout(dflt);
            }
        };
        t.TpRepr = (ts, o) =>
        {
            var s = Self(o);
            return PyStr.From($"<socket object, fd={s.Fd}, family={s.Family}, type={s.SockType}, proto={s.Proto}>");
        };
        t.AddGetSet("family", (ts, o) => PyInt.From(Self(o).Family), null, "the socket family");
        t.AddGetSet("type", (ts, o) => PyInt.From(Self(o).SockType), null, "the socket type");
        t.AddGetSet("proto", (ts, o) => PyInt.From(Self(o).Proto), null, "the socket protocol");
        t.AddGetSet("timeout", (ts, o) => TimeoutValue(Self(o).TimeoutNs), null, "the socket timeout");

        t.AddMethod("fileno", (ts, self, a, kw) => { Args.Exact("fileno", a, kw, 0); return PyInt.From(Self(self).Fd); },
            "fileno() -> integer\n\nReturn the integer file descriptor of the socket.");
        t.AddMethod("close", (ts, self, a, kw) =>
        {
            Args.Exact("close", a, kw, 0);
            var s = Self(self);
            int fd = s.Fd;
            if (fd >= 0)
            {
                s.Fd = -1;
                // ECONNRESET from close() is not an error worth reporting (bpo-30319).
                if (SocketModule.Native.Close(fd) < 0 && SocketModule.Errno() is var e && e != IoErrors.ECONNRESET) throw IoErrors.OSError(e);
            }
            return PyNone.Value;
        }, "close()\n\nClose the socket.  It cannot be used after this call.");
        t.AddMethod("detach", (ts, self, a, kw) =>
        {
            Args.Exact("detach", a, kw, 0);
            var s = Self(self);
            int fd = s.Fd;
            s.Fd = -1;
            return PyInt.From(fd);
        }, "detach()\n\nClose the socket object without closing the underlying file descriptor.\nThe object cannot be used after this call, but the file descriptor\ncan be reused for other purposes.  The file descriptor is returned.");
        t.AddMethod("setblocking", (ts, self, a, kw) =>
        {
            Args.Exact("setblocking", a, kw, 1);
            bool block = Ops.IsTrue(ts, a[0]);
            Self(self).ApplyTimeout(block ? -1 : 0);
            return PyNone.Value;
        }, "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false).\nsetblocking(True) is equivalent to settimeout(None);\nsetblocking(False) is equivalent to settimeout(0.0).");
        t.AddMethod("getblocking", (ts, self, a, kw) => { Args.Exact("getblocking", a, kw, 0); return PyBool.From(Self(self).TimeoutNs != 0); },
            "getblocking()\n\nReturns True if socket is in blocking mode, or False if it\nis in non-blocking mode.");
        t.AddMethod("settimeout", (ts, self, a, kw) =>
        {
            Args.Exact("settimeout", a, kw, 1);
            Self(self).ApplyTimeout(SocketModule.ParseTimeout(ts, a[0]));
            return PyNone.Value;
        }, "settimeout(timeout)\n\nSet a timeout on socket operations.  'timeout' can be a float,\ngiving in seconds, or None.  Setting a timeout of None disables\nthe timeout feature and is equivalent to setblocking(1).\nSetting a timeout of zero is the same as setblocking(0).");
        t.AddMethod("gettimeout", (ts, self, a, kw) => { Args.Exact("gettimeout", a, kw, 0); return TimeoutValue(Self(self).TimeoutNs); },
            "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket\noperations. A timeout of None indicates that timeouts on socket\noperations are disabled.");
        t.AddMethod("bind", (ts, self, a, kw) =>
        {
            Args.Exact("bind", a, kw, 1);
            var s = Self(self);
            var buf = new byte[SocketModule.SockAddrMax];
            int len = SocketModule.EncodeAddress(ts, s.Family, a[0], buf, "bind");
            int rc;
            unsafe { fixed (byte* b = buf) rc = SocketModule.Native.Bind(s.Fd, b, len); }
            if (rc < 0) throw IoErrors.OSError(SocketModule.Errno());
            return PyNone.Value;
        }, "bind(address)\n\nBind the socket to a local address.  For IP sockets, the address is a\npair (host, port); the host must refer to the local host. For raw packet\nsockets the address is a tuple (ifname, proto [,pkttype [,hatype [,addr]]])");
        t.AddMethod("listen", (ts, self, a, kw) =>
        {
            Args.NoKeywords("listen", kw);
            ItertoolsModule.CheckPositional("listen", a.Length, 0, 1);
            long backlog = a.Length > 0 ? Ops.IndexAsLong(ts, a[0]) : Math.Min(4096, 128);
            if (backlog < 0) backlog = 0;
            if (SocketModule.Native.Listen(Self(self).Fd, (int)Math.Min(backlog, int.MaxValue)) < 0) throw IoErrors.OSError(SocketModule.Errno());
            return PyNone.Value;
        }, "listen([backlog])\n\nEnable a server to accept connections.  If backlog is specified, it must be\nat least 0 (if it is lower, it is set to 0); it specifies the number of\nunaccepted connections that the system will allow before refusing new\nconnections. If not specified, a default reasonable value is chosen.");
        t.AddMethod("_accept", (ts, self, a, kw) =>
        {
            Args.Exact("_accept", a, kw, 0);
            var s = Self(self);
            var buf = new byte[SocketModule.SockAddrMax];
            var alen = new int[1];
            int fd = s.Fd;
            nint nfd = s.Call(ts, false, s.Deadline(), () =>
            {
                alen[0] = buf.Length;
                unsafe { fixed (byte* b = buf) fixed (int* l = alen) return SocketModule.Native.Accept4(fd, b, l, SocketModule.SOCK_CLOEXEC); }
            });
            return new PyTuple([PyInt.From((long)nfd), SocketModule.DecodeAddress(buf, alen[0])]);
        }, "_accept() -> (integer, address info)\n\nWait for an incoming connection.  Return a new socket file descriptor\nrepresenting the connection, and the address of the client.\nFor IP sockets, the address info is a pair (hostaddr, port).");
        t.AddMethod("connect", (ts, self, a, kw) =>
        {
            Args.Exact("connect", a, kw, 1);
            var s = Self(self);
            var buf = new byte[SocketModule.SockAddrMax];
            int len = SocketModule.EncodeAddress(ts, s.Family, a[0], buf, "connect");
            int err = s.Connect(ts, buf, len, raise: true);
            if (err != 0) throw IoErrors.OSError(err);
            return PyNone.Value;
        }, "connect(address)\n\nConnect the socket to a remote address.  For IP sockets, the address\nis a pair (host, port).");
        t.AddMethod("connect_ex", (ts, self, a, kw) =>
        {
            Args.Exact("connect_ex", a, kw, 1);
            var s = Self(self);
            var buf = new byte[SocketModule.SockAddrMax];
            int len = SocketModule.EncodeAddress(ts, s.Family, a[0], buf, "connect_ex");
            return PyInt.From(s.Connect(ts, buf, len, raise: false));
        }, "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code (the errno value)\ninstead of raising an exception when an error occurs.");
        t.AddMethod("recv", (ts, self, a, kw) =>
        {
            Args.NoKeywords("recv", kw);
            ItertoolsModule.CheckPositional("recv", a.Length, 1, 2);
            var s = Self(self);
            long size = Ops.IndexAsLong(ts, a[0]);
            int flags = a.Length > 1 ? (int)Ops.IndexAsLong(ts, a[1]) : 0;
            if (size < 0) throw PyErr.ValueError("negative buffersize in recv");
            // asyncio asks for 256 KiB per read: receive into a pooled buffer and copy only what came,
            // rather than allocating (and zeroing) a large-object-heap array per call.
            int want = (int)Math.Min(size, int.MaxValue / 2);
            var buf = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(want, 1));
            try
            {
                int fd = s.Fd;
                nint n = s.Call(ts, false, s.Deadline(), () => Recv(fd, buf, want, flags));
                return n == 0 ? PyBytes.Empty : new PyBytes(buf.AsSpan(0, (int)n).ToArray());
            }
            finally { System.Buffers.ArrayPool<byte>.Shared.Return(buf); }
        }, "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket.  For the optional flags\nargument, see the Unix manual.  When no data is available, block until\nat least one byte is available or until the remote end is closed.  When\nthe remote end is closed and all data is read, return the empty string.");
        t.AddMethod("recv_into", (ts, self, a, kw) =>
        {
            var p = Args.Parse("recv_into", a, kw, ["buffer", "nbytes", "flags"], 1);
            var s = Self(self);
            long nbytes = p[1] == null ? 0 : Ops.IndexAsLong(ts, p[1]!);
            int flags = p[2] == null ? 0 : (int)Ops.IndexAsLong(ts, p[2]!);
            if (nbytes < 0) throw PyErr.ValueError("negative buffersize in recv_into");
            if (p[0] is PyBytes || !BytesMethods.IsBuffer(p[0]!) || p[0] is PyMemoryView { ReadOnly: true })
                throw PyErr.TypeError($"recv_into() argument 'buffer' must be read-write bytes-like object, not {PyErr.ArgTypeName(p[0]!)}");
            long buflen = Ops.Length(ts, p[0]!);
            if (nbytes == 0) nbytes = buflen;
            if (buflen < nbytes) throw PyErr.ValueError("buffer too small for requested bytes");
            var buf = new byte[nbytes];
            int fd = s.Fd;
            nint n = s.Call(ts, false, s.Deadline(), () => Recv(fd, buf, buf.Length, flags));
            PyIOBase.StoreInto(ts, p[0]!, buf.AsSpan(0, (int)n));
            return PyInt.From((long)n);
        }, "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer rather than creating\na new string.");
        t.AddMethod("recvfrom", (ts, self, a, kw) =>
        {
            Args.NoKeywords("recvfrom", kw);
            ItertoolsModule.CheckPositional("recvfrom", a.Length, 1, 2);
            var s = Self(self);
            long size = Ops.IndexAsLong(ts, a[0]);
            int flags = a.Length > 1 ? (int)Ops.IndexAsLong(ts, a[1]) : 0;
            if (size < 0) throw PyErr.ValueError("negative buffersize in recvfrom");
            int want = (int)Math.Min(size, int.MaxValue / 2);
            var buf = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(want, 1));
            var addr = new byte[SocketModule.SockAddrMax];
            var alen = new int[1];
            int fd = s.Fd;
            nint n = s.Call(ts, false, s.Deadline(), () =>
            {
                alen[0] = addr.Length;
                unsafe { fixed (byte* b = buf) fixed (byte* ad = addr) fixed (int* l = alen) return SocketModule.Native.RecvFrom(fd, b, want, flags, ad, l); }
            });
            var data = new PyBytes(buf.AsSpan(0, (int)n).ToArray());
            System.Buffers.ArrayPool<byte>.Shared.Return(buf);
            return new PyTuple([data, SocketModule.DecodeAddress(addr, alen[0])]);
        }, "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info.");
        t.AddMethod("send", (ts, self, a, kw) =>
        {
            Args.NoKeywords("send", kw);
            ItertoolsModule.CheckPositional("send", a.Length, 1, 2);
            var s = Self(self);
            var data = Data(a[0]);
            int flags = a.Length > 1 ? (int)Ops.IndexAsLong(ts, a[1]) : 0;
            int fd = s.Fd;
            return PyInt.From((long)s.Call(ts, true, s.Deadline(), () => Send(fd, data, 0, data.Length, flags)));
        }, "send(data[, flags]) -> count\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  Return the number of bytes\nsent; this may be less than len(data) if the network is busy.");
        t.AddMethod("sendall", (ts, self, a, kw) =>
        {
            Args.NoKeywords("sendall", kw);
            ItertoolsModule.CheckPositional("sendall", a.Length, 1, 2);
            var s = Self(self);
            var data = Data(a[0]);
            int flags = a.Length > 1 ? (int)Ops.IndexAsLong(ts, a[1]) : 0;
            int fd = s.Fd, off = 0;
            long deadline = s.Deadline();
            while (off < data.Length)
            {
                int o = off;
                off += (int)s.Call(ts, true, deadline, () => Send(fd, data, o, data.Length - o, flags));
                if (ts.EvalBreaker != 0) ts.HandleEvalBreaker();
            }
            return PyNone.Value;
        }, "sendall(data[, flags])\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  This calls send() repeatedly\nuntil all data is sent.  If an error occurs, it's impossible\nto tell how much data has been sent.");
        t.AddMethod("sendto", (ts, self, a, kw) =>
        {
            Args.NoKeywords("sendto", kw);
            if (a.Length < 2 || a.Length > 3) throw PyErr.TypeError($"sendto() takes 2 or 3 arguments ({a.Length} given)");
            var s = Self(self);
            var data = Data(a[0]);
            int flags = a.Length == 3 ? (int)Ops.IndexAsLong(ts, a[1]) : 0;
            var addr = new byte[SocketModule.SockAddrMax];
            int alen = SocketModule.EncodeAddress(ts, s.Family, a[^1], addr, "sendto");
            int fd = s.Fd;
            return PyInt.From((long)s.Call(ts, true, s.Deadline(), () =>
            {
                unsafe { fixed (byte* b = data) fixed (byte* ad = addr) return SocketModule.Native.SendTo(fd, b, data.Length, flags, ad, alen); }
            }));
        }, "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address.\nFor IP sockets, the address is a pair (hostaddr, port).");
        t.AddMethod("shutdown", (ts, self, a, kw) =>
        {
            Args.Exact("shutdown", a, kw, 1);
            if (SocketModule.Native.Shutdown(Self(self).Fd, (int)Ops.IndexAsLong(ts, a[0])) < 0) throw IoErrors.OSError(SocketModule.Errno());
            return PyNone.Value;
        }, "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR).");
        t.AddMethod("getsockname", (ts, self, a, kw) => { Args.Exact("getsockname", a, kw, 0); return SockName(Self(self), false); },
            "getsockname() -> address info\n\nReturn the address of the local endpoint. The format depends on the\naddress family. For IPv4 sockets, the address info is a pair\n(hostaddr, port).");
        t.AddMethod("getpeername", (ts, self, a, kw) => { Args.Exact("getpeername", a, kw, 0); return SockName(Self(self), true); },
            "getpeername() -> address info\n\nReturn the address of the remote endpoint.  For IP sockets, the address\ninfo is a pair (hostaddr, port).");
        t.AddMethod("setsockopt", (ts, self, a, kw) =>
        {
            Args.NoKeywords("setsockopt", kw);
            ItertoolsModule.CheckPositional("setsockopt", a.Length, 3, 4);
            var s = Self(self);
            int level = (int)Ops.IndexAsLong(ts, a[0]), name = (int)Ops.IndexAsLong(ts, a[1]);
            byte[] val;
            if (a.Length == 4)
            {
                if (a[2] is not PyNone) throw PyErr.TypeError("setsockopt() takes an integer, a bytes-like object or None and an integer as optlen");
                val = new byte[Ops.IndexAsLong(ts, a[3])];
            }
            else if (Ops.HasIndex(a[2])) val = BitConverter.GetBytes((int)Ops.IndexAsLong(ts, a[2]));
            else if (BytesMethods.IsBuffer(a[2])) val = BytesMethods.Buffer(a[2]).ToArray();
            else throw PyErr.TypeError($"a bytes-like object is required, not '{a[2].ObType.Name}'");
            int rc;
            unsafe { fixed (byte* v = val) rc = SocketModule.Native.SetSockOpt(s.Fd, level, name, a.Length == 4 ? null : v, val.Length); }
            if (rc < 0) throw IoErrors.OSError(SocketModule.Errno());
            return PyNone.Value;
        }, "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a socket option.  See the Unix manual for level and option.\nThe value argument can either be an integer, a string buffer, or\nNone, optlen.");
        t.AddMethod("getsockopt", (ts, self, a, kw) =>
        {
            Args.NoKeywords("getsockopt", kw);
            ItertoolsModule.CheckPositional("getsockopt", a.Length, 2, 3);
            var s = Self(self);
            int level = (int)Ops.IndexAsLong(ts, a[0]), name = (int)Ops.IndexAsLong(ts, a[1]);
            long buflen = a.Length > 2 ? Ops.IndexAsLong(ts, a[2]) : 0;
            if (buflen == 0)
            {
                int v = 0, len = 4, rc;
                unsafe { rc = SocketModule.Native.GetSockOpt(s.Fd, level, name, (byte*)&v, &len); }
                if (rc < 0) throw IoErrors.OSError(SocketModule.Errno());
                return PyInt.From(v);
            }
            if (buflen < 0 || buflen > 1024) throw IoErrors.WithMessage(PyExc.OSError, "getsockopt buflen out of range");
            var buf = new byte[buflen];
            int blen = buf.Length, rc2;
            unsafe { fixed (byte* b = buf) rc2 = SocketModule.Native.GetSockOpt(s.Fd, level, name, b, &blen); }
            if (rc2 < 0) throw IoErrors.OSError(SocketModule.Errno());
            return new PyBytes(buf[..blen]);
        }, "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option.  See the Unix manual for level and option.\nIf a nonzero buffersize argument is given, the return value is a\nstring of that length; otherwise it is an integer.");
    }

    /// <summary>The bytes of a bytes-like argument to send/sendall/sendto.</summary>
    private static byte[] Data(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyStr || !BytesMethods.IsBuffer(o)) throw PyErr.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");
        return BytesMethods.Buffer(o).ToArray();
    }
}
