using Kaa.Runtime.CrossInterpreter;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// _interpqueues: the low-level cross-interpreter queues with CPython 3.14's API, used unmodified by
/// concurrent.interpreters._queues. The queues themselves live in <see cref="RuntimeState.Queues"/>;
/// this module holds only the per-interpreter exception types and the registered Queue class.
/// Kaa adds two private helpers, <c>_get_wait</c> and <c>_put_wait</c>, that block on the queue's wait
/// handle with the GIL released instead of polling.
/// </summary>
public static class InterpQueuesModule
{
    /// <summary>Per-interpreter state: QueueError and friends, and the high-level Queue class.</summary>
    public sealed class State
    {
        public PyType QueueError = null!;
        public PyType QueueNotFoundError = null!;
        public PyType? QueueEmpty;
        public PyType? QueueFull;
        public PyType? QueueType;
    }

    public static readonly BuiltinModuleDef Definition = new()
    {
        Name = "_interpqueues",
        Exec = Exec,
        CreateState = () => new State(),
    };

    private static State StateOf(PyModule? m) => (State)m!.State!;

    private static void Exec(ThreadState ts, PyModule m)
    {
        var st = StateOf(m);
        st.QueueError = XIExceptionTypes.NewExceptionType(ts, "concurrent.interpreters", "QueueError", PyExc.RuntimeError,
            "Indicates that a queue-related error happened.");
        st.QueueNotFoundError = XIExceptionTypes.NewExceptionType(ts, "concurrent.interpreters", "QueueNotFoundError", st.QueueError, null);
        m.Set("QueueError", st.QueueError);
        m.Set("QueueNotFoundError", st.QueueNotFoundError);

        void Fn(string name, BuiltinFunc f, string? doc = null) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));

        Fn("create", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("create", a, kw, ["maxsize", "unboundop", "fallback"], 1);
            long maxsize = Ops.IndexAsLong(ts2, p[0]!);
            int unbound = ResolveUnbound(ts2, p[1], UnboundOp.Replace);
            int fallback = ResolveFallback(ts2, p[2], (int)XIFallback.FullFallback);
            return PyInt.From(ts2.Interp.Runtime.Queues.Create(maxsize, unbound, fallback));
        }, "create(maxsize, unboundop, fallback) -> qid\n\nCreate a new cross-interpreter queue and return its unique generated ID.\nIt is a new reference as though bind() had been called on the queue.\n\nThe caller is responsible for calling destroy() for the new queue\nbefore the runtime is finalized.");

        Fn("destroy", (ts2, mod, a, kw) =>
        {
            long qid = Qid(ts2, "destroy", a, kw);
            Check(ts2, mod, ts2.Interp.Runtime.Queues.Destroy(qid), qid);
            return PyNone.Value;
        }, "destroy(qid)\n\nClear and destroy the queue.  Afterward attempts to use the queue\nwill behave as though it never existed.");

        Fn("list_all", (ts2, mod, a, kw) =>
        {
            Args.Exact("list_all", a, kw, 0);
            var items = ts2.Interp.Runtime.Queues.ListAll()
                .Select(q => (PyObject)PyTuple.Create(PyInt.From(q.Id), PyInt.From(q.UnboundOp), PyInt.From(q.Fallback)));
            return new PyList([.. items]);
        }, "list_all() -> [(qid, unboundop, fallback)]\n\nReturn the list of IDs for all queues.\nEach corresponding default unbound op and fallback is also included.");

        Fn("put", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("put", a, kw, ["qid", "obj", "unboundop", "fallback"], 2);
            long qid = ToQid(ts2, p[0]!);
            var q = Lookup(ts2, mod, qid);
            int unbound = ResolveUnbound(ts2, p[2], q.DefaultUnboundOp);
            int fallback = ResolveFallback(ts2, p[3], q.DefaultFallback);
            var data = XIData.Get(ts2, p[1]!, (XIFallback)fallback);
            // This is the only place that raises QueueFull.
            Check(ts2, mod, q.TryPut(new QueueItem(ts2.Interp.Id, data, unbound)), qid);
            return PyNone.Value;
        }, "put(qid, obj)\n\nAdd the object's data to the queue.");

        Fn("get", (ts2, mod, a, kw) =>
        {
            long qid = Qid(ts2, "get", a, kw);
            var q = Lookup(ts2, mod, qid);
            // This is the only place that raises QueueEmpty.
            Check(ts2, mod, q.TryGet(out var item), qid);
            return ItemResult(ts2, item!);
        }, "get(qid) -> (obj, unboundop)\n\nReturn a new object from the data at the front of the queue.\nThe unbound op is also returned.\n\nIf there is nothing to receive then raise QueueEmpty.");

        Fn("bind", (ts2, mod, a, kw) =>
        {
            long qid = Qid(ts2, "bind", a, kw);
            Check(ts2, mod, ts2.Interp.Runtime.Queues.Bind(qid), qid);
            return PyNone.Value;
        }, "bind(qid)\n\nTake a reference to the identified queue.\nThe queue is not destroyed until there are no references left.");

        Fn("release", (ts2, mod, a, kw) =>
        {
            long qid = Qid(ts2, "release", a, kw);
            Check(ts2, mod, ts2.Interp.Runtime.Queues.Release(qid), qid);
            return PyNone.Value;
        }, "release(qid)\n\nRelease a reference to the queue.\nThe queue is destroyed once there are no references left.");

        Fn("get_maxsize", (ts2, mod, a, kw) =>
            PyInt.From(Lookup(ts2, mod, Qid(ts2, "get_maxsize", a, kw)).MaxSize),
            "get_maxsize(qid)\n\nReturn the maximum number of items in the queue.");

        Fn("get_queue_defaults", (ts2, mod, a, kw) =>
        {
            var q = Lookup(ts2, mod, Qid(ts2, "get_queue_defaults", a, kw));
            return PyTuple.Create(PyInt.From(q.DefaultUnboundOp), PyInt.From(q.DefaultFallback));
        }, "get_queue_defaults(qid)\n\nReturn the queue's default values, set when it was created.");

        Fn("is_full", (ts2, mod, a, kw) => PyBool.From(Lookup(ts2, mod, Qid(ts2, "is_full", a, kw)).IsFull),
            "is_full(qid)\n\nReturn true if the queue has a maxsize and has reached it.");

        Fn("get_count", (ts2, mod, a, kw) => PyInt.From(Lookup(ts2, mod, Qid(ts2, "get_count", a, kw)).Count),
            "get_count(qid)\n\nReturn the number of items in the queue.");

        Fn("_register_heap_types", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("_register_heap_types", a, kw, ["queuetype", "emptyerror", "fullerror"], 3);
            if (p[0] is not PyType queueType) throw PyErr.TypeError("expected a type for 'queuetype'");
            if (p[1] is not PyType empty || !empty.IsSubtype(PyExc.BaseException))
                throw PyErr.TypeError("expected an exception type for 'emptyerror'");
            if (p[2] is not PyType full || !full.IsSubtype(PyExc.BaseException))
                throw PyErr.TypeError("expected an exception type for 'fullerror'");
            var s = StateOf(mod);
            if (s.QueueType != null) ts2.Interp.UnregisterXIClass(s.QueueType);
            ts2.Interp.RegisterXIClass(queueType, QueueObjectData.Create);
            s.QueueType = queueType;
            s.QueueEmpty = empty;
            s.QueueFull = full;
            return PyNone.Value;
        });

        // Kaa extensions: blocking waits on the queue's wait handle, GIL released, interruptible.
        Fn("_get_wait", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("_get_wait", a, kw, ["qid", "timeout"], 1);
            long qid = ToQid(ts2, p[0]!);
            var q = Lookup(ts2, mod, qid);
            QueueItem? item = null;
            var st = Wait(ts2, Timeout(ts2, p[1]), slice => q.Get(out item, slice));
            Check(ts2, mod, st, qid);
            return ItemResult(ts2, item!);
        }, "_get_wait(qid, timeout=None) -> (obj, unboundop)\n\nLike get(), but wait (with the GIL released) until an item arrives or the timeout passes.");

        Fn("_put_wait", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("_put_wait", a, kw, ["qid", "obj", "timeout", "unboundop", "fallback"], 2);
            long qid = ToQid(ts2, p[0]!);
            var q = Lookup(ts2, mod, qid);
            int unbound = ResolveUnbound(ts2, p[3], q.DefaultUnboundOp);
            int fallback = ResolveFallback(ts2, p[4], q.DefaultFallback);
            var item = new QueueItem(ts2.Interp.Id, XIData.Get(ts2, p[1]!, (XIFallback)fallback), unbound);
            Check(ts2, mod, Wait(ts2, Timeout(ts2, p[2]), slice => q.Put(item, slice)), qid);
            return PyNone.Value;
        }, "_put_wait(qid, obj, timeout=None, unboundop=-1, fallback=-1)\n\nLike put(), but wait (with the GIL released) while the queue is full.");
    }

    private static PyObject ItemResult(ThreadState ts, QueueItem item)
    {
        if (item.Data == null) return PyTuple.Create(PyNone.Value, PyInt.From(item.UnboundOp));
        return PyTuple.Create(item.Data.NewObject(ts), PyNone.Value);
    }

    private static TimeSpan? Timeout(ThreadState ts, PyObject? o)
    {
        if (o == null || o is PyNone) return null;
        double secs = o is PyFloat f ? f.Value : Ops.IndexAsLong(ts, o);
        if (secs < 0) throw PyErr.ValueError("timeout value must be non-negative");
        return TimeSpan.FromSeconds(secs);
    }

    /// <summary>
    /// Waits in slices with the GIL released, handling interrupts and asynchronous exceptions between
    /// slices so a blocked wait can be cancelled like running code.
    /// </summary>
    private static QueueStatus Wait(ThreadState ts, TimeSpan? timeout, Func<TimeSpan, QueueStatus> attempt)
    {
        var slice = TimeSpan.FromMilliseconds(50);
        long deadline = timeout is { } t ? Environment.TickCount64 + (long)t.TotalMilliseconds : long.MaxValue;
        while (true)
        {
            long left = deadline - Environment.TickCount64;
            var wait = left <= 0 ? TimeSpan.Zero : (left < slice.TotalMilliseconds ? TimeSpan.FromMilliseconds(left) : slice);
            var st = wait == TimeSpan.Zero ? attempt(TimeSpan.Zero) : ts.WithoutGil(() => attempt(wait));
            if (st is not (QueueStatus.Empty or QueueStatus.Full)) return st;
            if ((ts.EvalBreaker & (EvalBreakerBits.AsyncException | EvalBreakerBits.InterruptRequested)) != 0)
                ts.HandleEvalBreaker();
            if (Environment.TickCount64 >= deadline) return st;
        }
    }

    private static long Qid(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
        => ToQid(ts, Args.Parse(fname, a, kw, ["qid"], 1)[0]!);

    /// <summary>qidarg_converter: a non-negative int.</summary>
    public static long ToQid(ThreadState ts, PyObject arg)
    {
        if (arg is not PyInt i) throw PyErr.TypeError($"queue ID must be an int, got {arg.ObType.Name}");
        if (!i.IsSmall) throw PyErr.OverflowError($"max queue ID is {long.MaxValue}, got {Ops.ReprString(ts, arg)}");
        long id = i.Small;
        if (id < 0) throw PyErr.ValueError($"queue ID must be a non-negative int, got {Ops.ReprString(ts, arg)}");
        return id;
    }

    private static int ResolveUnbound(ThreadState ts, PyObject? arg, int dflt)
    {
        if (arg == null) return dflt;
        long v = Ops.IndexAsLong(ts, arg);
        if (v < 0) return dflt;
        if (!UnboundOp.IsValid((int)v)) throw PyErr.ValueError($"unsupported unboundop {v}");
        return (int)v;
    }

    private static int ResolveFallback(ThreadState ts, PyObject? arg, int dflt)
    {
        if (arg == null) return dflt;
        long v = Ops.IndexAsLong(ts, arg);
        if (v < 0) return dflt;
        if (v is not (0 or 1)) throw PyErr.ValueError($"unsupported fallback {v}");
        return (int)v;
    }

    private static CrossQueue Lookup(ThreadState ts, PyModule? mod, long qid)
    {
        var q = ts.Interp.Runtime.Queues.Lookup(qid);
        if (q == null) Check(ts, mod, QueueStatus.NotFound, qid);
        return q!;
    }

    /// <summary>handle_queue_error: raises the module's exception for a failed operation.</summary>
    private static void Check(ThreadState ts, PyModule? mod, QueueStatus st, long qid)
    {
        if (st == QueueStatus.Ok) return;
        var s = StateOf(mod);
        (PyType type, string msg) = st switch
        {
            QueueStatus.NotFound => (s.QueueNotFoundError, $"queue {qid} not found"),
            QueueStatus.Empty => (EnsureExternal(ts, s).QueueEmpty!, $"queue {qid} is empty"),
            QueueStatus.Full => (EnsureExternal(ts, s).QueueFull!, $"queue {qid} is full"),
            _ => (s.QueueError, $"queue {qid} never bound"),
        };
        throw new PyException((PyBaseException)Ops.Call(ts, type, PyStr.From(msg)));
    }

    /// <summary>
    /// QueueEmpty/QueueFull come from concurrent.interpreters._queues, which registers them on import;
    /// without that module (no standard library), plain subclasses of QueueError stand in.
    /// </summary>
    private static State EnsureExternal(ThreadState ts, State s)
    {
        if (s.QueueEmpty != null && s.QueueFull != null) return s;
        try { XI.ImportModule(ts, "concurrent.interpreters._queues"); }
        catch (PyException) { }
        if (s.QueueEmpty == null || s.QueueFull == null)
        {
            s.QueueEmpty = XIExceptionTypes.NewExceptionType(ts, "concurrent.interpreters", "QueueEmpty", s.QueueError, null);
            s.QueueFull = XIExceptionTypes.NewExceptionType(ts, "concurrent.interpreters", "QueueFull", s.QueueError, null);
        }
        return s;
    }

    /// <summary>The module state of _interpqueues in the interpreter of <paramref name="ts"/> (importing it if needed).</summary>
    internal static State StateFor(ThreadState ts) => StateOf((PyModule)XI.ImportModule(ts, "_interpqueues"));

    /// <summary>A queue object crossing interpreters: only its id travels; the other side makes its own Queue object.</summary>
    private sealed class QueueObjectData(long qid) : XIData
    {
        public static XIData Create(ThreadState ts, PyObject queue)
        {
            var id = Ops.GetAttr(ts, queue, PyStr.From("_id"));
            if (id is not PyInt) throw PyErr.TypeError($"queue ID must be an int, got {id.ObType.Name}");
            return new QueueObjectData(ToQid(ts, id));
        }

        public override PyObject NewObject(ThreadState ts)
        {
            var s = StateFor(ts);
            if (s.QueueType == null)
            {
                try { XI.ImportModule(ts, "concurrent.interpreters._queues"); }
                catch (PyException) { }
            }
            if (s.QueueType == null) return PyInt.From(qid);
            return Ops.Call(ts, s.QueueType, PyInt.From(qid));
        }
    }
}
