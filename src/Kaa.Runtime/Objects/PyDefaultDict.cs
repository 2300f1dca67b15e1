using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>collections.defaultdict: a dict whose __missing__ calls default_factory and stores the result.</summary>
public sealed class PyDefaultDict : PyDict, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("defaultdict", BuiltinTypes.Dict, "collections");

    public PyObject DefaultFactory = PyNone.Value;
    public PyDict? Dict { get; set; }

    public PyDefaultDict(PyType type) : base(type)
    {
        if (type.IsHeapType) Dict = new PyDict();
    }

    private static PyDefaultDict Self(PyObject o) => (PyDefaultDict)o;

    private static PyObject Missing(ThreadState ts, PyDefaultDict d, PyObject key)
    {
        if (d.DefaultFactory is PyNone) throw PyErr.KeyError(key);
        var value = Ops.Call(ts, d.DefaultFactory);
        Ops.SetItem(ts, d, key, value);
        return value;
    }

    private static PyObject Copy(ThreadState ts, PyDefaultDict d)
        => Ops.Call(ts, d.ObType, d.DefaultFactory, d);

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyDefaultDict(cls);
        t.SetNew((ts, cls, args, kw) => new PyDefaultDict(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            var d = Self(self);
            var rest = args;
            if (npos > 0)
            {
                var f = args[0];
                if (f is not PyNone && !Ops.IsCallable(f)) throw PyErr.TypeError("first argument must be callable or None");
                d.DefaultFactory = f;
                rest = args[1..];
            }
            BuiltinTypes.Dict.TpInit!(ts, self, rest, kw);
        };
        t.TpRepr = (ts, o) =>
        {
            var d = Self(o);
            string factory;
            if (d.DefaultFactory is PyNone) factory = "None";
            else if (!ts.ReprEnter(d.DefaultFactory)) factory = "...";
            else
            {
                try { factory = Ops.ReprString(ts, d.DefaultFactory); }
                finally { ts.ReprLeave(d.DefaultFactory); }
            }
            var inner = BuiltinTypes.Dict.TpRepr!(ts, o);
            return PyStr.From($"{o.ObType.Name}({factory}, {((PyStr)inner).Value})");
        };
        t.NbBinary[(int)BinOp.Or] = (ts, a, b) =>
        {
            PyDefaultDict self;
            PyObject other;
            bool left = a is PyDefaultDict;
            if (left) { self = Self(a); other = b; }
            else if (b is PyDefaultDict bd) { self = bd; other = a; }
            else return PyNotImplemented.Value;
            if (other is not PyDict) return PyNotImplemented.Value;
            var r = left ? Copy(ts, self) : Ops.Call(ts, self.ObType, self.DefaultFactory, other);
            Ops.CallMethod(ts, r, "update", left ? other : self);
            return r;
        };
        t.AddMethod("__missing__", (ts, self, a, kw) => { Args.Exact("__missing__", a, kw, 1); return Missing(ts, Self(self), a[0]); });
        t.AddMethod("copy", (ts, self, a, kw) => { Args.Exact("copy", a, kw, 0); return Copy(ts, Self(self)); });
        t.AddMethod("__copy__", (ts, self, a, kw) => { Args.Exact("__copy__", a, kw, 0); return Copy(ts, Self(self)); });
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            var d = Self(self);
            var args = d.DefaultFactory is PyNone ? PyTuple.Empty : new PyTuple([d.DefaultFactory]);
            var items = Ops.GetIter(ts, Ops.CallMethod(ts, d, "items"));
            return new PyTuple([d.ObType, args, PyNone.Value, PyNone.Value, items]);
        });
        t.AddGetSet("default_factory", (ts, o) => Self(o).DefaultFactory,
            (ts, o, v) => Self(o).DefaultFactory = v ?? PyNone.Value,
            "Factory for default value called by __missing__().");
    }
}
