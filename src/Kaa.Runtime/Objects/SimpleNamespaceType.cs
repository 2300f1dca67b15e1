using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// types.SimpleNamespace (CPython's Objects/namespaceobject.c): an instance whose attributes live in its
/// __dict__, built from an optional mapping or iterable of pairs plus keyword arguments. sys.implementation
/// and several _interpreters results are instances of it, and types.py takes the type from
/// sys.implementation, so this is the one type behind all of them.
/// </summary>
internal static class SimpleNamespaceType
{
    internal static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = BuiltinTypes.CreateStatic("SimpleNamespace", BuiltinTypes.Object, "types");
        t.HasInstanceDict = true;
        return t;
    }

    /// <summary>A namespace holding the given attributes, in order (CPython's _PyNamespace_New).</summary>
    internal static PyObject Create(params (string, PyObject)[] attrs)
    {
        var o = new PyInstance(TypeObject);
        foreach (var (k, v) in attrs) o.Dict!.SetItemStr(k, v);
        return o;
    }

    private static PyDict DictOf(PyObject o) => ((IHasDict)o).Dict ??= new PyDict();

    internal static void Init()
    {
        var t = TypeObject;
        // namespace_new ignores its arguments: __init__ checks them, so a subclass's __new__ may take its own.
        t.SetNew((ts, cls, args, kw) => new PyInstance(cls));
        t.TpInit = InitNamespace;
        t.TpRepr = Repr;
        t.TpRichCompare = (ts, a, b, op) =>
            a.ObType.IsSubtype(TypeObject) && b.ObType.IsSubtype(TypeObject)
                ? Ops.RichCompare(ts, DictOf(a), DictOf(b), op)
                : PyNotImplemented.Value;
        // Defining equality makes it unhashable, with the full dotted name in the message as CPython's tp_name.
        t.TpHash = (ts, o) => throw PyErr.TypeError($"unhashable type: '{(PyType.IsExact(o, TypeObject) ? "types.SimpleNamespace" : o.ObType.Name)}'");
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.AddGetSet("__dict__", (ts, o) => DictOf(o), (ts, o, v) => throw PyErr.AttributeError("readonly attribute"));
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            Args.Exact("__reduce__", args, kw, 0);
            return new PyTuple([self.ObType, PyTuple.Empty, DictOf(self)]);
        }, "Return state information for pickling");
        t.AddMethod("__replace__", (ts, self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (args.Length > nkw) throw PyErr.TypeError("__replace__() takes no positional arguments");
            var result = Ops.Call(ts, self.ObType);
            var d = DictOf(result);
            DictType.Update(ts, d, DictOf(self));
            for (int i = 0; i < nkw; i++) d.SetItem(ts, kw!.Items[i], args[i]);
            return result;
        }, "Return a copy of the namespace object with new values for the specified attributes.");
    }

    /// <summary>SimpleNamespace(mapping_or_iterable=(), /, **kwargs): the positional argument first, then
    /// the keywords; every key must be a str.</summary>
    private static void InitNamespace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw PyErr.TypeError($"{self.ObType.Name} expected at most 1 argument, got {npos}");
        var d = DictOf(self);
        if (npos == 1)
        {
            var src = new PyDict();
            DictType.Update(ts, src, args[0]);
            foreach (var (k, _) in src.EnumerateItems())
                if (k is not PyStr) throw PyErr.TypeError("keywords must be strings");
            DictType.Update(ts, d, src);
        }
        for (int i = 0; i < nkw; i++) d.SetItem(ts, kw!.Items[i], args[npos + i]);
    }

    private static PyObject Repr(ThreadState ts, PyObject o)
    {
        // CPython uses tp_name: "namespace" for the exact type, the class name for a subclass.
        var name = PyType.IsExact(o, TypeObject) ? "namespace" : o.ObType.Name;
        if (!ts.ReprEnter(o)) return PyStr.From(name + "(...)");
        try
        {
            var sb = new System.Text.StringBuilder(name).Append('(');
            bool first = true;
            foreach (var (k, v) in DictOf(o).EnumerateItems().ToArray())
            {
                if (k is not PyStr ks || ks.Value.Length == 0) continue;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.StrString(ts, ks)).Append('=').Append(Ops.Repr(ts, v).Value);
            }
            return PyStr.From(sb.Append(')').ToString());
        }
        finally { ts.ReprLeave(o); }
    }
}
