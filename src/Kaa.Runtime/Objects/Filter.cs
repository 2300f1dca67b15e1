using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>filter(function or None, iterable).</summary>
public sealed class PyFilter : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("filter", BuiltinTypes.Object);

    /// <summary>Null when filtering on truth (None or bool).</summary>
    private readonly PyObject? _func;
    private readonly PyObject _iterator;
    public PyDict? Dict { get; set; }

    public PyFilter(PyType type, PyObject? func, PyObject iterator) : base(type)
    {
        _func = func;
        _iterator = iterator;
        if (!ReferenceEquals(type, TypeObject)) Dict = new PyDict();
    }

    public PyObject? Next(ThreadState ts)
    {
        while (Ops.Next(ts, _iterator) is { } item)
        {
            bool ok = _func == null ? Ops.IsTrue(ts, item) : Ops.IsTrue(ts, Ops.Call(ts, _func, item));
            if (ok) return item;
        }
        return null;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            ItertoolsModule.NoKeywords(cls, TypeObject, "filter", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 2) throw PyErr.TypeError($"filter expected 2 arguments, got {npos}");
            var f = args[0] is PyNone || ReferenceEquals(args[0], BuiltinTypes.Bool) ? null : args[0];
            return new PyFilter(cls, f, Ops.GetIter(ts, args[1]));
        });
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyFilter)o).Next(ts);
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var f = (PyFilter)self;
            return new PyTuple([f.ObType, new PyTuple([f._func ?? PyNone.Value, f._iterator])]);
        });
    }
}
