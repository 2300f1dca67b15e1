using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>_thread._ThreadHandle: identifies an OS thread started by _thread and lets others join it.</summary>
public sealed class PyThreadHandle : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("_ThreadHandle", BuiltinTypes.Object, "_thread", subclassable: false);

    private readonly ManualResetEventSlim _done = new();
    public long Ident;
    public bool IsDaemon;

    public PyThreadHandle() : base(TypeObject) { }

    public bool IsDone => _done.IsSet;
    public void SetDone() => _done.Set();

    /// <summary>Waits for the thread with the GIL released; timeout in seconds (null = forever).</summary>
    public bool Join(ThreadState ts, double? timeout)
    {
        if (Ident == ThreadModule.Ident(ts) && !IsDone) throw PyErr.RuntimeError("Cannot join current thread");
        if (_done.IsSet) return true;
        int ms = timeout == null || timeout < 0 ? Timeout.Infinite : (int)Math.Min(int.MaxValue, Math.Ceiling(timeout.Value * 1000));
        return ts.WithoutGil(() => _done.Wait(ms));
    }

    internal static void Init()
    {
        var t = TypeObject;
        // threading.Thread.__init__ creates its handle with _ThreadHandle() (3.13+).
        t.InstanceFactory = _ => new PyThreadHandle();
        t.AddGetSet("ident", (ts, o) => PyInt.From(((PyThreadHandle)o).Ident));
        t.AddMethod("join", (ts, self, args, kw) =>
        {
            var a = Args.Parse("join", args, kw, ["timeout"], 0);
            double? timeout = a[0] == null || a[0] is PyNone ? null : Ops.AsDouble(ts, a[0]!);
            ((PyThreadHandle)self).Join(ts, timeout);
            return PyNone.Value;
        });
        t.AddMethod("is_done", (ts, self, args, kw) => PyBool.From(((PyThreadHandle)self).IsDone));
        t.AddMethod("_set_done", (ts, self, args, kw) => { ((PyThreadHandle)self).SetDone(); return PyNone.Value; });
        t.TpRepr = (ts, o) => PyStr.From($"<_thread._ThreadHandle object: ident={((PyThreadHandle)o).Ident}>");
    }
}

/// <summary>_thread._local: attributes stored per thread.</summary>
public sealed class PyThreadLocal : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("_local", BuiltinTypes.Object, "_thread");

    private readonly ConditionalWeakTable<ThreadState, PyDict> _dicts = new();
    private readonly PyObject[] _initArgs;
    private readonly PyTuple? _initKw;

    public PyThreadLocal(PyType type, PyObject[] initArgs, PyTuple? initKw) : base(type)
    {
        _initArgs = initArgs;
        _initKw = initKw;
    }

    /// <summary>This thread's dict; a subclass's __init__ runs again the first time a thread touches it.</summary>
    public PyDict DictFor(ThreadState ts)
    {
        if (_dicts.TryGetValue(ts, out var d)) return d;
        d = new PyDict();
        _dicts.Add(ts, d);
        if (!ReferenceEquals(ObType, TypeObject) && ObType.TpInit is { } init && _initArgs.Length + (_initKw?.Count ?? 0) >= 0)
            init(ts, this, _initArgs, _initKw);
        return d;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.SetNew((ts, cls, args, kw) =>
        {
            if (args.Length > 0 && ReferenceEquals(cls.TpInit, BuiltinTypes.Object.TpInit))
                throw PyErr.TypeError("Initialization arguments are not supported");
            var o = new PyThreadLocal(cls, args.ToArray(), kw);
            o._dicts.Add(ts, new PyDict());
            return o;
        });
        t.TpGetAttro = (ts, o, name, suppress) =>
        {
            var self = (PyThreadLocal)o;
            if (name.Value == "__dict__") return self.DictFor(ts);
            var descr = o.ObType.Lookup(name);
            if (descr != null && descr.ObType.TpDescrGet is { } get && descr.ObType.TpDescrSet != null)
                return get(ts, descr, o, o.ObType);
            if (self.DictFor(ts).TryGetStr(name, out var v)) return v;
            if (descr != null) return descr.ObType.TpDescrGet is { } g ? g(ts, descr, o, o.ObType) : descr;
            if (suppress) return null;
            throw PyErr.AttributeError(o, name);
        };
        t.TpSetAttro = (ts, o, name, value) =>
        {
            var self = (PyThreadLocal)o;
            if (name.Value == "__dict__") throw PyErr.AttributeError($"'{o.ObType.Name}' object attribute '__dict__' is read-only");
            var descr = o.ObType.Lookup(name);
            if (descr?.ObType.TpDescrSet is { } set) { set(ts, descr, o, value); return; }
            var d = self.DictFor(ts);
            if (value != null) d.SetItem(ts, name, value);
            else if (!d.DelItem(ts, name)) throw PyErr.AttributeError(o, name);
        };
    }
}
