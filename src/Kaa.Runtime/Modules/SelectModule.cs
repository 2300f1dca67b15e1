using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The select module (Modules/selectmodule.c) on Linux: select() (built on poll(2), so there is no
/// FD_SETSIZE limit), poll objects and epoll objects over real file descriptors. Every wait releases the
/// GIL and is cut into short slices so signals and interrupts are handled and the wait resumed (PEP 475).
/// selectors.DefaultSelector picks EpollSelector, which asyncio's event loop uses.
/// </summary>
public static class SelectModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "select", Exec = Exec };

    public static readonly PyType PollType = BuiltinTypes.CreateStatic("poll", BuiltinTypes.Object, "select", subclassable: false);
    public static readonly PyType EpollType = BuiltinTypes.CreateStatic("epoll", BuiltinTypes.Object, "select");

    public static IEnumerable<PyType> Types()
    {
        yield return PollType;
        yield return EpollType;
    }

    private const int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3, EPOLL_CLOEXEC = 0x80000;
    private const int EPOLLIN = 1, EPOLLPRI = 2, EPOLLOUT = 4;

    /// <summary>struct epoll_event is packed on x86-64 (12 bytes) and naturally aligned elsewhere (16).</summary>
    private static readonly int EpollEventSize = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;
    private static readonly int EpollDataOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 4 : 8;

    private sealed class PollObject(PyType type) : PyObject(type)
    {
        /// <summary>fd → event mask, in registration order (CPython keeps a dict).</summary>
        public readonly Dictionary<int, short> Fds = [];
        public readonly List<int> Order = [];
        public bool Polling;
    }

    private sealed class EpollObject(PyType type, int fd) : PyObject(type), IHasDict
    {
        public int Fd = fd;
        public PyDict? Dict { get; set; }

        ~EpollObject()
        {
            if (Fd >= 0) SocketModule.Native.Close(Fd);
        }
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        if (!OperatingSystem.IsLinux())
            throw PyErr.ImportError("select: Kaa implements the select module on Linux only");
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("error", PyExc.OSError);
        m.Set("epoll", EpollType);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.From(value));
        Fn("select", Select);
        Fn("poll", (ts2, _, a, kw) => { Args.Exact("poll", a, kw, 0); return new PollObject(PollType); });
    }

    private static readonly System.Collections.Immutable.ImmutableArray<(string, long)> Constants =
    [
        ("EPOLLERR", 8), ("EPOLLET", 2147483648), ("EPOLLEXCLUSIVE", 268435456), ("EPOLLHUP", 16), ("EPOLLIN", 1),
        ("EPOLLMSG", 1024), ("EPOLLONESHOT", 1073741824), ("EPOLLOUT", 4), ("EPOLLPRI", 2), ("EPOLLRDBAND", 128),
        ("EPOLLRDHUP", 8192), ("EPOLLRDNORM", 64), ("EPOLLWRBAND", 512), ("EPOLLWRNORM", 256), ("EPOLL_CLOEXEC", 524288),
        ("PIPE_BUF", 4096), ("POLLERR", 8), ("POLLHUP", 16), ("POLLIN", 1), ("POLLMSG", 1024), ("POLLNVAL", 32),
        ("POLLOUT", 4), ("POLLPRI", 2), ("POLLRDBAND", 128), ("POLLRDHUP", 8192), ("POLLRDNORM", 64),
        ("POLLWRBAND", 512), ("POLLWRNORM", 256),
    ];

    /// <summary>_PyTime_FromSecondsObject with ROUND_TIMEOUT: a timeout in seconds as nanoseconds (rounded up).</summary>
    private static long SecondsToNs(ThreadState ts, PyObject o, string typeMessage)
    {
        double d;
        if (o is PyFloat f) d = f.Value;
        else if (Ops.HasIndex(o)) d = Ops.Index(ts, o).ToDouble();
        else throw PyErr.TypeError(typeMessage);
        if (double.IsNaN(d)) throw PyErr.ValueError("Invalid value NaN (not a number)");
        double ns = Math.Ceiling(d * 1e9);
        if (ns >= 9.2e18 || ns <= -9.2e18) throw PyErr.OverflowError("timeout doesn't fit into C timeval");
        return (long)ns;
    }

    private static PyObject Select(ThreadState ts, PyObject? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKeywords("select", kw);
        ItertoolsModule.CheckPositional("select", a.Length, 3, 4);
        long timeoutNs = -1;
        if (a.Length == 4 && a[3] is not PyNone)
        {
            timeoutNs = SecondsToNs(ts, a[3], "timeout must be a float or None");
            if (timeoutNs < 0) throw PyErr.ValueError("timeout must be non-negative");
        }
        var lists = new PyObject[3][];
        var fds = new int[3][];
        for (int k = 0; k < 3; k++)
        {
            if (a[k] is PyList l) lists[k] = l.Items.AsSpan(0, l.Count).ToArray();
            else if (a[k] is PyTuple tup) lists[k] = tup.Items.ToArray();
            else
            {
                if (!Ops.TryGetAttr(ts, a[k].ObType, PyStr.From("__iter__"), out _))
                    throw PyErr.TypeError("arguments 1-3 must be sequences");
                lists[k] = Ops.ToArray(ts, a[k]);
            }
            fds[k] = new int[lists[k].Length];
            for (int i = 0; i < lists[k].Length; i++) fds[k][i] = SocketModule.AsFileDescriptor(ts, lists[k][i]);
        }
        // One pollfd per distinct descriptor, with the events of every list it appears in.
        var index = new Dictionary<int, int>();
        var pfds = new List<long>();
        short[] bit = [SocketModule.POLLIN, SocketModule.POLLOUT, SocketModule.POLLPRI];
        for (int k = 0; k < 3; k++)
            foreach (var fd in fds[k])
            {
                if (!index.TryGetValue(fd, out int j)) { j = pfds.Count; index[fd] = j; pfds.Add((uint)fd); }
                pfds[j] |= (long)(ushort)bit[k] << 32;
            }
        var arr = pfds.ToArray();
        var r = SocketModule.WaitLoop(ts, timeoutNs, ms =>
        {
            unsafe { fixed (long* p = arr) return SocketModule.Native.Poll((byte*)p, (nuint)arr.Length, ms); }
        });
        if (r.N < 0) throw IoErrors.OSError(r.Errno);
        var result = new PyObject[3];
        for (int k = 0; k < 3; k++)
        {
            var list = new PyList();
            for (int i = 0; i < fds[k].Length; i++)
            {
                int rev = (ushort)(arr[index[fds[k][i]]] >> 48);
                if ((rev & SocketModule.POLLNVAL) != 0) throw IoErrors.OSError(IoErrors.EBADF);
                bool ready = k switch
                {
                    0 => (rev & (SocketModule.POLLIN | SocketModule.POLLHUP | SocketModule.POLLERR)) != 0,
                    1 => (rev & (SocketModule.POLLOUT | SocketModule.POLLERR)) != 0,
                    _ => (rev & SocketModule.POLLPRI) != 0,
                };
                if (ready) list.Append(lists[k][i]);
            }
            result[k] = list;
        }
        return new PyTuple(result);
    }

    private static short EventMask(ThreadState ts, PyObject o)
    {
        long v = Ops.IndexAsLong(ts, o);
        if (v < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
        if (v > ushort.MaxValue) throw PyErr.OverflowError("Python int too large for C unsigned short");
        return (short)(ushort)v;
    }

    private static uint EpollMask(ThreadState ts, PyObject o)
    {
        long v = Ops.IndexAsLong(ts, o);
        if (v < 0 || v > uint.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned int");
        return (uint)v;
    }

    internal static void InitTypes()
    {
        var t = PollType;
        t.InstanceFactory = null;
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create 'select.poll' instances");
        t.AddMethod("register", (ts, self, a, kw) =>
        {
            Args.NoKeywords("register", kw);
            ItertoolsModule.CheckPositional("register", a.Length, 1, 2);
            var p = (PollObject)self;
            int fd = SocketModule.AsFileDescriptor(ts, a[0]);
            short ev = a.Length > 1 ? EventMask(ts, a[1]) : (short)(SocketModule.POLLIN | SocketModule.POLLPRI | SocketModule.POLLOUT);
            if (!p.Fds.ContainsKey(fd)) p.Order.Add(fd);
            p.Fds[fd] = ev;
            return PyNone.Value;
        }, "register($self, fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)\n--\n\nRegister a file descriptor with the polling object.");
        t.AddMethod("modify", (ts, self, a, kw) =>
        {
            Args.Exact("modify", a, kw, 2);
            var p = (PollObject)self;
            int fd = SocketModule.AsFileDescriptor(ts, a[0]);
            short ev = EventMask(ts, a[1]);
            if (!p.Fds.ContainsKey(fd)) throw IoErrors.OSError(IoErrors.ENOENT);
            p.Fds[fd] = ev;
            return PyNone.Value;
        }, "modify($self, fd, eventmask, /)\n--\n\nModify an already registered file descriptor.");
        t.AddMethod("unregister", (ts, self, a, kw) =>
        {
            Args.Exact("unregister", a, kw, 1);
            var p = (PollObject)self;
            int fd = SocketModule.AsFileDescriptor(ts, a[0]);
            if (!p.Fds.Remove(fd)) throw PyErr.KeyError(PyInt.From(fd));
            p.Order.Remove(fd);
            return PyNone.Value;
        }, "unregister($self, fd, /)\n--\n\nRemove a file descriptor being tracked by the polling object.");
        t.AddMethod("poll", (ts, self, a, kw) =>
        {
            Args.NoKeywords("poll", kw);
            ItertoolsModule.CheckPositional("poll", a.Length, 0, 1);
            var p = (PollObject)self;
            long timeoutNs = -1;
            if (a.Length == 1 && a[0] is not PyNone)
            {
                // Milliseconds, rounded up (_PyTime_FromMillisecondsObject with ROUND_TIMEOUT).
                double ms;
                if (a[0] is PyFloat f) ms = f.Value;
                else if (Ops.HasIndex(a[0])) ms = Ops.Index(ts, a[0]).ToDouble();
                else throw PyErr.TypeError($"'{a[0].ObType.Name}' object cannot be interpreted as an integer");
                if (double.IsNaN(ms)) throw PyErr.ValueError("Invalid value NaN (not a number)");
                if (ms >= 0) timeoutNs = (long)Math.Ceiling(ms * 1e6);
            }
            if (p.Polling) throw PyErr.RuntimeError("concurrent poll() invocation");
            var arr = new long[p.Order.Count];
            for (int i = 0; i < arr.Length; i++) arr[i] = (uint)p.Order[i] | ((long)(ushort)p.Fds[p.Order[i]] << 32);
            p.Polling = true;
            SocketModule.WaitResult r;
            try
            {
                r = SocketModule.WaitLoop(ts, timeoutNs, ms =>
                {
                    unsafe { fixed (long* q = arr) return SocketModule.Native.Poll((byte*)q, (nuint)arr.Length, ms); }
                });
            }
            finally { p.Polling = false; }
            if (r.N < 0) throw IoErrors.OSError(r.Errno);
            var list = new PyList();
            foreach (var e in arr)
            {
                int rev = (ushort)(e >> 48);
                if (rev != 0) list.Append(new PyTuple([PyInt.From((int)(uint)e), PyInt.From(rev)]));
            }
            return list;
        }, "poll($self, timeout=None, /)\n--\n\nPolls the set of registered file descriptors.\n\n  timeout\n    The maximum time to wait in milliseconds, or else None (or a negative\n    value) to wait indefinitely.");

        InitEpoll(EpollType);
    }

    private static EpollObject Open(PyObject self)
    {
        var e = (EpollObject)self;
        if (e.Fd < 0) throw PyErr.ValueError("I/O operation on closed epoll object");
        return e;
    }

    private static void InitEpoll(PyType t)
    {
        t.InstanceFactory = null;
        t.SetNew((ts, cls, a, kw) =>
        {
            var p = Args.Parse("epoll", a, kw, ["sizehint", "flags"], 0);
            long sizehint = p[0] == null ? -1 : Ops.IndexAsLong(ts, p[0]!);
            if (p[1] != null) Ops.IndexAsLong(ts, p[1]!);
            if (sizehint == 0 || sizehint < -1) throw PyErr.ValueError("negative sizehint");
            int fd = SocketModule.Native.EpollCreate1(EPOLL_CLOEXEC);
            if (fd < 0) throw IoErrors.OSError(SocketModule.Errno());
            return new EpollObject(cls, fd) { Dict = cls.HasInstanceDict ? new PyDict() : null };
        });
        t.AddClassMethod("fromfd", (ts, cls, a, kw) =>
        {
            Args.Exact("fromfd", a, kw, 1);
            int fd = (int)Ops.IndexAsLong(ts, a[0]);
            return new EpollObject((PyType)cls, fd);
        }, "fromfd($type, fd, /)\n--\n\nCreate an epoll object from a given control fd.");
        t.AddMethod("close", (ts, self, a, kw) =>
        {
            Args.Exact("close", a, kw, 0);
            var e = (EpollObject)self;
            if (e.Fd >= 0)
            {
                int fd = e.Fd;
                e.Fd = -1;
                if (SocketModule.Native.Close(fd) < 0) throw IoErrors.OSError(SocketModule.Errno());
            }
            return PyNone.Value;
        }, "close($self, /)\n--\n\nClose the epoll control file descriptor.\n\nFurther operations on the epoll object will raise an exception.");
        t.AddGetSet("closed", (ts, o) => PyBool.From(((EpollObject)o).Fd < 0), null, "True if the epoll handler is closed");
        t.AddMethod("fileno", (ts, self, a, kw) => { Args.Exact("fileno", a, kw, 0); return PyInt.From(Open(self).Fd); },
            "fileno($self, /)\n--\n\nReturn the epoll control file descriptor.");
        t.AddMethod("register", (ts, self, a, kw) =>
        {
            var p = Args.Parse("register", a, kw, ["fd", "eventmask"], 1);
            var e = Open(self);
            int fd = SocketModule.AsFileDescriptor(ts, p[0]!);
            uint mask = p[1] == null ? EPOLLIN | EPOLLPRI | EPOLLOUT : EpollMask(ts, p[1]!);
            Ctl(e, EPOLL_CTL_ADD, fd, mask);
            return PyNone.Value;
        }, "register($self, /, fd, eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)\n--\n\nRegisters a new fd or raises an OSError if the fd is already registered.");
        t.AddMethod("modify", (ts, self, a, kw) =>
        {
            var p = Args.Parse("modify", a, kw, ["fd", "eventmask"], 2);
            var e = Open(self);
            Ctl(e, EPOLL_CTL_MOD, SocketModule.AsFileDescriptor(ts, p[0]!), EpollMask(ts, p[1]!));
            return PyNone.Value;
        }, "modify($self, /, fd, eventmask)\n--\n\nModify event mask for a registered file descriptor.");
        t.AddMethod("unregister", (ts, self, a, kw) =>
        {
            var p = Args.Parse("unregister", a, kw, ["fd"], 1);
            var e = Open(self);
            Ctl(e, EPOLL_CTL_DEL, SocketModule.AsFileDescriptor(ts, p[0]!), 0);
            return PyNone.Value;
        }, "unregister($self, /, fd)\n--\n\nRemove a registered file descriptor from the epoll object.");
        t.AddMethod("poll", (ts, self, a, kw) =>
        {
            var p = Args.Parse("poll", a, kw, ["timeout", "maxevents"], 0);
            var e = Open(self);
            long timeoutNs = -1;
            if (p[0] != null && p[0] is not PyNone)
            {
                timeoutNs = SecondsToNs(ts, p[0]!, "timeout must be an integer or None");
                if (timeoutNs < 0) timeoutNs = -1;
            }
            long maxevents = p[1] == null ? -1 : Ops.IndexAsLong(ts, p[1]!);
            if (maxevents == -1) maxevents = 1023; // FD_SETSIZE - 1, as CPython
            else if (maxevents < 1) throw PyErr.ValueError($"maxevents must be greater than 0, got {maxevents}");
            int size = EpollEventSize;
            var buf = new byte[size * maxevents];
            int epfd = e.Fd;
            var r = SocketModule.WaitLoop(ts, timeoutNs, ms =>
            {
                unsafe { fixed (byte* b = buf) return SocketModule.Native.EpollWait(epfd, b, (int)maxevents, ms); }
            });
            if (r.N < 0) throw IoErrors.OSError(r.Errno);
            var list = new PyList(r.N);
            for (int i = 0; i < r.N; i++)
            {
                uint ev = BitConverter.ToUInt32(buf, i * size);
                int fd = BitConverter.ToInt32(buf, i * size + EpollDataOffset);
                list.Append(new PyTuple([PyInt.From(fd), PyInt.From(ev)]));
            }
            return list;
        }, "poll($self, /, timeout=None, maxevents=-1)\n--\n\nWait for events on the epoll file descriptor.\n\n  timeout\n    the maximum time to wait in seconds (as float);\n    a timeout of None or -1 makes poll wait indefinitely\n  maxevents\n    the maximum number of events returned; -1 means no limit\n\nReturns a list containing any descriptors that have events to report,\nas a list of (fd, events) 2-tuples.");
        t.AddMethod("__enter__", (ts, self, a, kw) => { Open(self); return self; });
        t.AddMethod("__exit__", (ts, self, a, kw) =>
        {
            var e = (EpollObject)self;
            if (e.Fd >= 0) { SocketModule.Native.Close(e.Fd); e.Fd = -1; }
            return PyNone.Value;
        });
    }

    private static unsafe void Ctl(EpollObject e, int op, int fd, uint mask)
    {
        byte* ev = stackalloc byte[16];
        new Span<byte>(ev, 16).Clear();
        *(uint*)ev = mask;
        *(int*)(ev + EpollDataOffset) = fd;
        if (SocketModule.Native.EpollCtl(e.Fd, op, fd, ev) < 0) throw IoErrors.OSError(SocketModule.Errno());
    }
}
