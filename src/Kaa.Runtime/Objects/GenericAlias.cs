using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// types.GenericAlias: what list[int] or dict[str, int] evaluate to (CPython's Objects/genericaliasobject.c,
/// without TypeVar substitution). Attribute lookups other than its own go to the origin class.
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("GenericAlias", BuiltinTypes.Object, module: "types");

    public readonly PyObject Origin;
    public readonly PyTuple Args;

    public PyGenericAlias(PyObject origin, PyObject args) : base(TypeObject)
    {
        Origin = origin;
        Args = args as PyTuple ?? new PyTuple([args]);
    }

    /// <summary>__class_getitem__ of the built-in generic classes.</summary>
    public static PyObject ClassGetItem(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Objects.Args.Exact("__class_getitem__", args, kw, 1);
        return new PyGenericAlias(cls, args[0]);
    }

    private static readonly System.Collections.Immutable.ImmutableHashSet<string> OwnAttributes =
    [
        "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    internal static void Init()
    {
        var t = TypeObject;
        t.SetNew((ts, cls, args, kw) =>
        {
            Objects.Args.Exact("GenericAlias", args, kw, 2);
            return new PyGenericAlias(args[0], args[1]);
        });
        t.TpRepr = (ts, o) =>
        {
            var ga = (PyGenericAlias)o;
            var sb = new StringBuilder(ReprItem(ts, ga.Origin)).Append('[');
            if (ga.Args.Count == 0) sb.Append("()");
            for (int i = 0; i < ga.Args.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                var a = ga.Args[i];
                if (a is PyList l)
                {
                    sb.Append('[');
                    for (int j = 0; j < l.Count; j++) { if (j > 0) sb.Append(", "); sb.Append(ReprItem(ts, l.Items[j])); }
                    sb.Append(']');
                }
                else sb.Append(ReprItem(ts, a));
            }
            return PyStr.From(sb.Append(']').ToString());
        };
        t.TpGetAttro = (ts, o, name, suppress) =>
        {
            var ga = (PyGenericAlias)o;
            if (!OwnAttributes.Contains(name.Value))
            {
                if (suppress) return Ops.TryGetAttr(ts, ga.Origin, name, out var v) ? v : null;
                return Ops.GetAttr(ts, ga.Origin, name);
            }
            return Ops.GenericGetAttr(ts, o, name, suppress);
        };
        t.TpCall = (ts, o, args, kw) =>
        {
            var ga = (PyGenericAlias)o;
            var r = Ops.Call(ts, ga.Origin, args, kw);
            try { Ops.SetAttr(ts, r, PyStr.From("__orig_class__"), o); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError) || e.Value.ObType.IsSubtype(PyExc.TypeError)) { }
            return r;
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (b is not PyGenericAlias y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Value;
            var x = (PyGenericAlias)a;
            bool eq = Ops.RichCompareBool(ts, x.Origin, y.Origin, CompareOp.Eq) && Ops.RichCompareBool(ts, x.Args, y.Args, CompareOp.Eq);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.TpHash = (ts, o) => Ops.Hash(ts, ((PyGenericAlias)o).Origin) ^ Ops.Hash(ts, ((PyGenericAlias)o).Args);
        t.AddGetSet("__origin__", (ts, o) => ((PyGenericAlias)o).Origin);
        t.AddGetSet("__args__", (ts, o) => ((PyGenericAlias)o).Args);
        t.AddGetSet("__parameters__", (ts, o) => PyTuple.Empty);
        t.AddGetSet("__unpacked__", (ts, o) => PyBool.False);
        t.AddMethod("__mro_entries__", (ts, self, a, kw) => new PyTuple([((PyGenericAlias)self).Origin]));
        t.AddMethod("__instancecheck__", (ts, self, a, kw) => throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__subclasscheck__", (ts, self, a, kw) => throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            var ga = (PyGenericAlias)self;
            return new PyTuple([TypeObject, new PyTuple([ga.Origin, ga.Args])]);
        });
        t.AddMethod("__dir__", (ts, self, a, kw) => Ops.CallMethod(ts, ((PyGenericAlias)self).Origin, "__dir__"));
    }

    /// <summary>ga_repr_item: types by (qualified) name, Ellipsis as '...', anything else by repr.</summary>
    private static string ReprItem(ThreadState ts, PyObject p)
    {
        if (p is PyEllipsis) return "...";
        if (p is PyGenericAlias) return Ops.ReprString(ts, p);
        if (Ops.TryGetAttr(ts, p, PyStr.From("__origin__"), out _) && Ops.TryGetAttr(ts, p, PyStr.From("__args__"), out _))
            return Ops.ReprString(ts, p);
        if (Ops.TryGetAttr(ts, p, Names.__qualname__, out var qn) && qn is PyStr q
            && Ops.TryGetAttr(ts, p, Names.__module__, out var mod))
        {
            if (mod is PyStr m && m.Value == "builtins") return q.Value;
            if (mod is PyStr m2) return m2.Value + "." + q.Value;
        }
        return Ops.ReprString(ts, p);
    }
}

/// <summary>
/// types.UnionType: what `int | None` and `list[int] | str` evaluate to. Arguments are flattened and
/// deduplicated; None is stored as NoneType. <see cref="Or"/> is the `|` of types and aliases.
/// </summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("UnionType", BuiltinTypes.Object, module: "types", subclassable: false);

    public readonly PyTuple Args;

    private PyUnionType(PyTuple args) : base(TypeObject) { Args = args; }

    private static bool IsUnionable(PyObject o) => o is PyNone || o is PyType || o is PyGenericAlias || o is PyUnionType;

    /// <summary>a | b for types, None, generic aliases and unions; NotImplemented otherwise.</summary>
    public static PyObject Or(ThreadState ts, PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Value;
        var items = new List<PyObject>();
        void Add(PyObject o)
        {
            if (o is PyUnionType u) { foreach (var x in u.Args.Items) Add(x); return; }
            if (o is PyNone) o = BuiltinTypes.NoneType;
            foreach (var x in items) if (Ops.RichCompareBool(ts, x, o, CompareOp.Eq)) return;
            items.Add(o);
        }
        Add(a);
        Add(b);
        return items.Count == 1 ? items[0] : new PyUnionType(new PyTuple(items.ToArray()));
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.NbBinary[(int)BinOp.Or] = Or;
        PyGenericAlias.TypeObject.NbBinary[(int)BinOp.Or] = Or;
        t.TpRepr = (ts, o) =>
        {
            var sb = new StringBuilder();
            foreach (var a in ((PyUnionType)o).Args.Items)
            {
                if (sb.Length > 0) sb.Append(" | ");
                sb.Append(ReferenceEquals(a, BuiltinTypes.NoneType) ? "None"
                    : a is PyType pt ? (pt.ModuleName == "builtins" ? pt.QualName : pt.ModuleName + "." + pt.QualName)
                    : Ops.ReprString(ts, a));
            }
            return PyStr.From(sb.ToString());
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (b is not PyUnionType y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Value;
            var x = (PyUnionType)a;
            bool eq = x.Args.Count == y.Args.Count;
            if (eq)
                foreach (var i in x.Args.Items)
                {
                    bool found = false;
                    foreach (var j in y.Args.Items) if (Ops.RichCompareBool(ts, i, j, CompareOp.Eq)) { found = true; break; }
                    if (!found) { eq = false; break; }
                }
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.TpHash = (ts, o) =>
        {
            long h = 0;
            foreach (var a in ((PyUnionType)o).Args.Items) h ^= Ops.Hash(ts, a);
            return h == -1 ? -2 : h;
        };
        t.AddGetSet("__args__", (ts, o) => ((PyUnionType)o).Args);
        t.AddGetSet("__parameters__", (ts, o) => PyTuple.Empty);
        t.AddMethod("__instancecheck__", (ts, self, a, kw) =>
        {
            Objects.Args.Exact("__instancecheck__", a, kw, 1);
            foreach (var x in ((PyUnionType)self).Args.Items)
            {
                if (x is PyGenericAlias) throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic");
                if (Ops.IsInstance(ts, a[0], x)) return PyBool.True;
            }
            return PyBool.False;
        });
        t.AddMethod("__subclasscheck__", (ts, self, a, kw) =>
        {
            Objects.Args.Exact("__subclasscheck__", a, kw, 1);
            foreach (var x in ((PyUnionType)self).Args.Items)
            {
                if (x is PyGenericAlias) throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic");
                if (Ops.IsSubclass(ts, a[0], x)) return PyBool.True;
            }
            return PyBool.False;
        });
    }
}
