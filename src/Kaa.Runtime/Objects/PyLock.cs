using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _thread.lock: a non-reentrant lock that any thread may release. Waiting releases the GIL
/// (DESIGN §3) and blocks on a real wait handle, no polling.
/// </summary>
public sealed class PyLock : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("lock", BuiltinTypes.Object, "_thread", subclassable: false);

    private readonly SemaphoreSlim _sem = new(1, 1);

    public PyLock() : base(TypeObject) { }

    public bool IsLocked => _sem.CurrentCount == 0;

    /// <summary>Acquires with CPython's argument rules; timeout in seconds, -1 = forever.</summary>
    public bool Acquire(ThreadState ts, bool blocking, double timeout)
    {
        if (_sem.Wait(0)) return true;
        if (!blocking) return false;
        int ms = timeout < 0 ? Timeout.Infinite : (int)Math.Min(int.MaxValue, Math.Ceiling(timeout * 1000));
        if (ms == 0) return false;
        return ts.WithoutGil(() => _sem.Wait(ms));
    }

    public void Release()
    {
        if (_sem.CurrentCount != 0) throw PyErr.RuntimeError("release unlocked lock");
        _sem.Release();
    }

    /// <summary>Parses acquire(blocking=True, timeout=-1) as CPython's lock_acquire_parse_args.</summary>
    public static (bool blocking, double timeout) ParseAcquireArgs(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Args.Parse("acquire", args, kw, ["blocking", "timeout"], 0);
        bool blocking = a[0] == null || Ops.IsTrue(ts, a[0]!);
        double timeout = a[1] == null ? -1 : Ops.AsDouble(ts, a[1]!);
        if (!blocking && timeout != -1) throw PyErr.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyErr.ValueError("timeout value must be a non-negative number");
        if (timeout > ThreadModule.TimeoutMax) throw PyErr.OverflowError("timestamp out of range for platform time_t");
        return (blocking, timeout);
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.SetNew((ts, cls, args, kw) => new PyLock());
        BuiltinMethod acquire = (ts, self, args, kw) =>
        {
            var (blocking, timeout) = ParseAcquireArgs(ts, args, kw);
            return PyBool.From(((PyLock)self).Acquire(ts, blocking, timeout));
        };
        t.AddMethod("acquire", acquire);
        t.AddMethod("acquire_lock", acquire);
        t.AddMethod("__enter__", acquire);
        BuiltinMethod release = (ts, self, args, kw) => { ((PyLock)self).Release(); return PyNone.Value; };
        t.AddMethod("release", release);
        t.AddMethod("release_lock", release);
        t.AddMethod("__exit__", release);
        t.AddMethod("locked", (ts, self, args, kw) => PyBool.From(((PyLock)self).IsLocked));
        t.AddMethod("locked_lock", (ts, self, args, kw) => PyBool.From(((PyLock)self).IsLocked));
        t.AddMethod("_at_fork_reinit", (ts, self, args, kw) => PyNone.Value);
        t.TpRepr = (ts, o) => PyStr.From($"<{(((PyLock)o).IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{ObjectIds.Id(ts, o):x}>");
    }
}

/// <summary>_thread.RLock: reentrant, owned by the thread that acquired it.</summary>
public sealed class PyRLock : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("RLock", BuiltinTypes.Object, "_thread");

    private readonly SemaphoreSlim _sem = new(1, 1);
    private long _owner;
    private long _count;

    public PyRLock(PyType type) : base(type) { }

    public bool IsLocked => _count > 0;

    public bool IsOwnedBy(ThreadState ts) => _count > 0 && _owner == ThreadModule.Ident(ts);

    public bool Acquire(ThreadState ts, bool blocking, double timeout)
    {
        long me = ThreadModule.Ident(ts);
        if (_count > 0 && _owner == me)
        {
            if (_count == long.MaxValue) throw PyErr.OverflowError("Internal lock count overflowed");
            _count++;
            return true;
        }
        bool got = _sem.Wait(0);
        if (!got && blocking)
        {
            int ms = timeout < 0 ? Timeout.Infinite : (int)Math.Min(int.MaxValue, Math.Ceiling(timeout * 1000));
            got = ms != 0 && ts.WithoutGil(() => _sem.Wait(ms));
        }
        if (!got) return false;
        _owner = me;
        _count = 1;
        return true;
    }

    public void Release(ThreadState ts)
    {
        if (_count == 0 || _owner != ThreadModule.Ident(ts)) throw PyErr.RuntimeError("cannot release un-acquired lock");
        if (--_count == 0)
        {
            _owner = 0;
            _sem.Release();
        }
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyRLock(cls);
        t.SetNew((ts, cls, args, kw) => new PyRLock(cls));
        t.TpInit = (ts, self, args, kw) => { };
        BuiltinMethod acquire = (ts, self, args, kw) =>
        {
            var (blocking, timeout) = PyLock.ParseAcquireArgs(ts, args, kw);
            return PyBool.From(((PyRLock)self).Acquire(ts, blocking, timeout));
        };
        t.AddMethod("acquire", acquire);
        t.AddMethod("__enter__", acquire);
        BuiltinMethod release = (ts, self, args, kw) => { ((PyRLock)self).Release(ts); return PyNone.Value; };
        t.AddMethod("release", release);
        t.AddMethod("__exit__", release);
        t.AddMethod("locked", (ts, self, args, kw) => PyBool.From(((PyRLock)self)._count > 0));
        t.AddMethod("_is_owned", (ts, self, args, kw) =>
        {
            var r = (PyRLock)self;
            return PyBool.From(r._count > 0 && r._owner == ThreadModule.Ident(ts));
        });
        t.AddMethod("_recursion_count", (ts, self, args, kw) =>
        {
            var r = (PyRLock)self;
            return PyInt.From(r._owner == ThreadModule.Ident(ts) ? r._count : 0);
        });
        t.AddMethod("_release_save", (ts, self, args, kw) =>
        {
            var r = (PyRLock)self;
            if (r._count == 0) throw PyErr.RuntimeError("cannot release un-acquired lock");
            var state = new PyTuple([PyInt.From(r._count), PyInt.From(r._owner)]);
            r._count = 0;
            r._owner = 0;
            r._sem.Release();
            return state;
        });
        t.AddMethod("_acquire_restore", (ts, self, args, kw) =>
        {
            Args.Exact("_acquire_restore", args, kw, 1);
            var r = (PyRLock)self;
            var st = Ops.ToArray(ts, args[0]);
            if (!r._sem.Wait(0)) ts.WithoutGil(() => r._sem.Wait());
            r._count = ((PyInt)st[0]).Small;
            r._owner = ((PyInt)st[1]).Small;
            return PyNone.Value;
        });
        t.AddMethod("_at_fork_reinit", (ts, self, args, kw) => PyNone.Value);
        t.TpRepr = (ts, o) =>
        {
            var r = (PyRLock)o;
            return PyStr.From($"<{(r._count > 0 ? "locked" : "unlocked")} _thread.RLock object owner={r._owner} count={r._count} at 0x{ObjectIds.Id(ts, o):x}>");
        };
    }
}
