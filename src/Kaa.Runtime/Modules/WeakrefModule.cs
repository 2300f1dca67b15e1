using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _weakref module (Modules/_weakref.c, Objects/weakrefobject.c): ref, proxy, getweakrefcount,
/// getweakrefs, _remove_dead_weakref. The standard library's weakref.py builds WeakValueDictionary,
/// WeakKeyDictionary, WeakSet and finalize on top of these.
/// </summary>
public static class WeakrefModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_weakref", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Weak-reference support module."));
        m.Set("ref", PyWeakref.RefType);
        m.Set("ReferenceType", PyWeakref.RefType);
        m.Set("ProxyType", PyWeakref.ProxyType);
        m.Set("CallableProxyType", PyWeakref.CallableProxyType);
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("proxy", (ts2, _, a, kw) =>
        {
            Args.Range("proxy", a, kw, 1, 2);
            var type = Ops.IsCallable(a[0]) ? PyWeakref.CallableProxyType : PyWeakref.ProxyType;
            return PyWeakref.Create(ts2, type, a[0], a.Length > 1 ? a[1] : null);
        });
        Fn("getweakrefcount", (ts2, _, a, kw) =>
        {
            Args.Exact("getweakrefcount", a, kw, 1);
            return PyInt.From(PyWeakref.ListOf(ts2, a[0])?.Live().Count ?? 0);
        });
        Fn("getweakrefs", (ts2, _, a, kw) =>
        {
            Args.Exact("getweakrefs", a, kw, 1);
            var live = PyWeakref.ListOf(ts2, a[0])?.Live();
            return live == null ? new PyList() : new PyList(live.Cast<PyObject>().ToArray());
        });
        Fn("_remove_dead_weakref", (ts2, _, a, kw) =>
        {
            Args.Exact("_remove_dead_weakref", a, kw, 2);
            if (a[0] is not PyDict d) throw PyErr.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {PyErr.ArgTypeName(a[0])}");
            var v = d.GetItem(ts2, a[1]);
            if (v is PyWeakref w && w.Target == null) d.DelItem(ts2, a[1]);
            return PyNone.Value;
        });
    }

    private static PyWeakref W(PyObject o) => (PyWeakref)o;

    /// <summary>The referent of a proxy, or ReferenceError once it is gone.</summary>
    private static PyObject Referent(PyObject proxy)
        => W(proxy).Target ?? throw PyErr.New(PyExc.ReferenceError, "weakly-referenced object no longer exists");

    private static PyObject Unwrap(PyObject o) => o is PyWeakref w && w.IsProxy ? Referent(w) : o;

    private static string Addr(ThreadState ts, PyObject o) => $"0x{ObjectIds.Id(ts, o):x}";

    /// <summary>Slots and methods of ReferenceType, ProxyType and CallableProxyType.</summary>
    public static void InitTypes()
    {
        var r = PyWeakref.RefType;
        r.InstanceFactory = null;
        r.SetNew((ts, cls, a, kw) =>
        {
            int npos = a.Length - (kw?.Count ?? 0);
            if (npos < 1) throw PyErr.TypeError($"__new__ expected at least 1 argument, got {npos}");
            if (npos > 2 && ReferenceEquals(cls, PyWeakref.RefType)) throw PyErr.TypeError($"__new__ expected at most 2 arguments, got {npos}");
            return PyWeakref.Create(ts, cls, a[0], npos > 1 ? a[1] : null);
        });
        r.TpInit = (ts, self, a, kw) => { };
        r.TpCall = (ts, self, a, kw) =>
        {
            Args.Exact("weakref", a, kw, 0);
            return W(self).Target ?? PyNone.Value;
        };
        r.TpHash = (ts, o) => W(o).Hash(ts);
        r.TpRichCompare = (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyWeakref wb || wb.IsProxy) return PyNotImplemented.Value;
            var ta = W(a).Target;
            var tb = wb.Target;
            if (ta == null || tb == null)
            {
                bool same = ReferenceEquals(a, b);
                return PyBool.From(op == CompareOp.Eq ? same : !same);
            }
            return Ops.RichCompare(ts, ta, tb, op);
        };
        r.TpRepr = (ts, o) =>
        {
            var w = W(o);
            var t = w.Target;
            if (t == null) return PyStr.From($"<weakref at {Addr(ts, o)}; dead>");
            string name = "";
            try
            {
                if (Ops.LookupSpecial(ts, t, Names.__name__) is PyStr n) name = $" ({n.Value})";
            }
            catch (PyException) { }
            return PyStr.From($"<weakref at {Addr(ts, o)}; to '{PyWeakref.FullTypeName(t.ObType)}' at {Addr(ts, t)}{name}>");
        };
        r.AddGetSet("__callback__", (ts, o) => W(o).Callback ?? PyNone.Value);
        r.AddClassMethod("__class_getitem__", (ts, cls, a, kw) => cls);

        foreach (var p in new[] { PyWeakref.ProxyType, PyWeakref.CallableProxyType })
            InitProxy(p);
        PyWeakref.CallableProxyType.TpCall = (ts, self, a, kw) => Ops.Call(ts, Referent(self), a, kw);
    }

    private static void InitProxy(PyType p)
    {
        p.TpGetAttro = (ts, o, name, suppress) =>
        {
            var t = Referent(o);
            if (suppress) return Ops.TryGetAttr(ts, t, name, out var v) ? v : null;
            return Ops.GetAttr(ts, t, name);
        };
        p.TpSetAttro = (ts, o, name, value) =>
        {
            var t = Referent(o);
            if (value == null) Ops.DelAttr(ts, t, name);
            else Ops.SetAttr(ts, t, name, value);
        };
        p.TpRepr = (ts, o) =>
        {
            var t = W(o).Target;
            if (t == null) return PyStr.From($"<weakproxy at {Addr(ts, o)}; dead>");
            return PyStr.From($"<weakproxy at {Addr(ts, o)}; to '{PyWeakref.FullTypeName(t.ObType)}' at {Addr(ts, t)}>");
        };
        p.TpStr = (ts, o) => Ops.Str(ts, Referent(o));
        p.TpHash = (ts, o) => throw PyErr.TypeError($"unhashable type: 'weakref.{o.ObType.Name}'");
        p.TpRichCompare = (ts, a, b, op) => Ops.RichCompare(ts, Unwrap(a), Unwrap(b), op);
        p.NbBool = (ts, o) => Ops.IsTrue(ts, Referent(o));
        p.MpLength = (ts, o) => Ops.Length(ts, Referent(o));
        p.MpSubscript = (ts, o, k) => Ops.GetItem(ts, Referent(o), k);
        p.MpAssSubscript = (ts, o, k, v) =>
        {
            if (v == null) Ops.DelItem(ts, Referent(o), k);
            else Ops.SetItem(ts, Referent(o), k, v);
        };
        p.SqContains = (ts, o, item) => Ops.Contains(ts, Referent(o), item);
        p.TpIter = (ts, o) => Ops.GetIter(ts, Referent(o));
        p.TpIterNext = (ts, o) => Ops.Next(ts, Referent(o));
        // A counted loop rather than Enum.GetValues<BinOp>(), whose generic code is JIT-compiled at start-up.
        for (int i = 0; i <= (int)BinOp.DivMod; i++)
        {
            var bop = (BinOp)i;
            p.NbBinary[(int)bop] = (ts, a, b) => Ops.BinaryOp(ts, Unwrap(a), Unwrap(b), bop);
            p.NbInplace[(int)bop] = (ts, a, b) => Ops.InPlaceOp(ts, Unwrap(a), Unwrap(b), bop);
        }
        p.NbNegative = (ts, o) => Ops.Negative(ts, Referent(o));
        p.NbPositive = (ts, o) => Ops.Positive(ts, Referent(o));
        p.NbAbsolute = (ts, o) => Ops.Absolute(ts, Referent(o));
        p.NbInvert = (ts, o) => Ops.Invert(ts, Referent(o));
        p.NbInt = (ts, o) => Ops.Number_Int(ts, Referent(o));
        p.NbFloat = (ts, o) => Ops.Number_Float(ts, Referent(o));
        p.NbIndex = (ts, o) => Ops.Index(ts, Referent(o));
        p.AddMethod("__bytes__", (ts, self, a, kw) => Ops.Call(ts, BuiltinTypes.Bytes, Referent(self)));
        p.AddMethod("__reversed__", (ts, self, a, kw) => Ops.CallMethod(ts, Referent(self), "__reversed__"));
    }
}
