using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// types.GenericAlias: the object `list[int]` evaluates to (CPython's Objects/genericaliasobject.c).
/// Attribute access is forwarded to the origin except for a fixed set of names, so `list[int].__name__`
/// is 'list'; calling it calls the origin and records `__orig_class__` on the result.
/// </summary>
public sealed class PyGenericAlias : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("GenericAlias", BuiltinTypes.Object, "types");

    public readonly PyObject Origin;
    public readonly PyTuple Args;
    public bool Starred;
    private PyTuple? _parameters;
    public PyDict? Dict { get; set; }

    public PyGenericAlias(PyType type, PyObject origin, PyTuple args, bool starred = false) : base(type)
    {
        Origin = origin;
        Args = args;
        Starred = starred;
        if (type.HasInstanceDict) Dict = new PyDict();
    }

    public PyGenericAlias(PyObject origin, PyObject args) : this(TypeObject, origin, args as PyTuple ?? new PyTuple([args])) { }

    /// <summary>A `__class_getitem__ = classmethod(GenericAlias)` body for built-in types.</summary>
    public static PyObject ClassGetItem(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Kaa.Runtime.Objects.Args.Exact("__class_getitem__", args, kw, 1);
        return new PyGenericAlias(cls, args[0]);
    }

    /// <summary>Names not forwarded to the origin (CPython's attr_exceptions).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<string> AttrExceptions =
    [
        "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    /// <summary>Whether a name is in <see cref="AttrExceptions"/>; a switch rather than a frozen set, which
    /// would be built (and its generic code JIT-compiled) at start-up.</summary>
    private static bool IsAttrException(string name) => name is
        "__class__" or "__bases__" or "__origin__" or "__args__" or "__unpacked__" or "__parameters__"
        or "__typing_unpacked_tuple_args__" or "__mro_entries__" or "__reduce_ex__" or "__reduce__" or "__copy__" or "__deepcopy__";

    private static readonly PyStr OrigClass = PyStr.Immortal("__orig_class__");
    private static readonly PyStr TypingSubst = PyStr.Immortal("__typing_subst__");
    private static readonly PyStr TypingPrepareSubst = PyStr.Immortal("__typing_prepare_subst__");
    private static readonly PyStr ParametersName = PyStr.Immortal("__parameters__");
    private static readonly PyStr OriginName = PyStr.Immortal("__origin__");
    private static readonly PyStr ArgsName = PyStr.Immortal("__args__");
    private static readonly PyStr QualNameName = PyStr.Immortal("__qualname__");
    private static readonly PyStr UnpackedName = PyStr.Immortal("__typing_is_unpacked_typevartuple__");

    public PyTuple Parameters(ThreadState ts) => _parameters ??= MakeParameters(ts, Args);

    // ------------------------------------------------------------------ shared helpers (also used by Union)

    /// <summary>_Py_make_parameters: the type variables among (and inside) the arguments, in order, without duplicates.</summary>
    internal static PyTuple MakeParameters(ThreadState ts, PyTuple args)
    {
        var result = new List<PyObject>();
        Collect(ts, args.Items, result);
        return result.Count == 0 ? PyTuple.Empty : new PyTuple(result.ToArray());
    }

    private static void Collect(ThreadState ts, PyObject[] items, List<PyObject> result)
    {
        foreach (var t in items)
        {
            if (t is PyType) continue;
            if (t is PyTuple tup && PyType.IsExact(t, BuiltinTypes.Tuple)) { Collect(ts, tup.Items, result); continue; }
            if (t is PyList l && PyType.IsExact(t, BuiltinTypes.List)) { Collect(ts, l.ToArray(), result); continue; }
            if (Ops.TryGetAttr(ts, t, TypingSubst, out _))
            {
                AddUnique(result, t);
                continue;
            }
            if (Ops.TryGetAttr(ts, t, ParametersName, out var sub) && sub is PyTuple subt)
                foreach (var p in subt.Items) AddUnique(result, p);
        }
    }

    private static void AddUnique(List<PyObject> list, PyObject o)
    {
        foreach (var x in list) if (ReferenceEquals(x, o)) return;
        list.Add(o);
    }

    /// <summary>ga_repr_item: `...`, a class as module.qualname (no module for builtins), else repr().</summary>
    internal static void ReprItem(ThreadState ts, StringBuilder sb, PyObject p)
    {
        if (p is PyEllipsis) { sb.Append("..."); return; }
        if (p is PyGenericAlias || (Ops.TryGetAttr(ts, p, OriginName, out _) && Ops.TryGetAttr(ts, p, ArgsName, out _)))
        {
            sb.Append(Ops.ReprString(ts, p));
            return;
        }
        if (!Ops.TryGetAttr(ts, p, QualNameName, out var qn) || qn == null
            || !Ops.TryGetAttr(ts, p, Names.__module__, out var mod) || mod == null || mod is PyNone)
        {
            sb.Append(Ops.ReprString(ts, p));
            return;
        }
        if (mod is PyStr ms && ms.Value == "builtins") sb.Append(Ops.StrString(ts, qn));
        else sb.Append(Ops.StrString(ts, mod)).Append('.').Append(Ops.StrString(ts, qn));
    }

    private static string Repr(ThreadState ts, PyGenericAlias a)
    {
        var sb = new StringBuilder();
        if (a.Starred) sb.Append('*');
        ReprItem(ts, sb, a.Origin);
        sb.Append('[');
        if (a.Args.Count == 0) sb.Append("()");
        for (int i = 0; i < a.Args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            var arg = a.Args[i];
            if (arg is PyList l && PyType.IsExact(arg, BuiltinTypes.List))
            {
                sb.Append('[');
                var items = l.ToArray();
                for (int j = 0; j < items.Length; j++)
                {
                    if (j > 0) sb.Append(", ");
                    ReprItem(ts, sb, items[j]);
                }
                sb.Append(']');
            }
            else ReprItem(ts, sb, arg);
        }
        sb.Append(']');
        return sb.ToString();
    }

    /// <summary>_Py_subs_parameters: substitutes <paramref name="item"/> for the type variables of an alias.</summary>
    internal static PyObject[] SubsParameters(ThreadState ts, PyObject self, PyTuple args, PyTuple parameters, PyObject item)
    {
        int nparams = parameters.Count;
        if (nparams == 0) throw PyErr.TypeError($"{Ops.ReprString(ts, self)} is not a generic class");
        foreach (var p in parameters.Items)
        {
            if (Ops.TryGetAttr(ts, p, TypingPrepareSubst, out var prepare) && prepare != null)
            {
                var itemTuple = item is PyTuple ? item : new PyTuple([item]);
                item = Ops.Call(ts, prepare, self, itemTuple);
            }
        }
        var argitems = item is PyTuple it && PyType.IsExact(item, BuiltinTypes.Tuple) ? it.Items : [item];
        if (argitems.Length != nparams)
            throw PyErr.TypeError($"Too {(argitems.Length > nparams ? "many" : "few")} arguments for {Ops.ReprString(ts, self)}; actual {argitems.Length}, expected {nparams}");
        var newargs = new List<PyObject>();
        foreach (var arg0 in args.Items)
        {
            var arg = arg0;
            if (arg is PyType) { newargs.Add(arg); continue; }
            bool unpack = Ops.TryGetAttr(ts, arg, UnpackedName, out var u) && u != null && Ops.IsTrue(ts, u);
            if (arg is PyTuple tup && PyType.IsExact(arg, BuiltinTypes.Tuple))
                arg = new PyTuple(SubsTuple(ts, tup.Items, parameters, argitems));
            else if (arg is PyList lst && PyType.IsExact(arg, BuiltinTypes.List))
                arg = new PyList(SubsTuple(ts, lst.ToArray(), parameters, argitems));
            else if (Ops.TryGetAttr(ts, arg, TypingSubst, out var subst) && subst != null)
            {
                int idx = IndexOf(parameters, arg);
                arg = Ops.Call(ts, subst, argitems[idx]);
            }
            else if (Ops.TryGetAttr(ts, arg, ParametersName, out var sub) && sub is PyTuple subparams && subparams.Count > 0)
            {
                var subargs = new PyObject[subparams.Count];
                for (int i = 0; i < subargs.Length; i++) subargs[i] = argitems[IndexOf(parameters, subparams[i])];
                arg = Ops.GetItem(ts, arg, subargs.Length == 1 ? subargs[0] : new PyTuple(subargs));
            }
            if (unpack && arg is PyTuple ut) newargs.AddRange(ut.Items);
            else newargs.Add(arg);
        }
        return newargs.ToArray();
    }

    private static PyObject[] SubsTuple(ThreadState ts, PyObject[] items, PyTuple parameters, PyObject[] argitems)
    {
        var r = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var x = items[i];
            if (x is not PyType && Ops.TryGetAttr(ts, x, TypingSubst, out var subst) && subst != null)
                x = Ops.Call(ts, subst, argitems[IndexOf(parameters, x)]);
            r[i] = x;
        }
        return r;
    }

    private static int IndexOf(PyTuple t, PyObject o)
    {
        for (int i = 0; i < t.Count; i++) if (ReferenceEquals(t[i], o)) return i;
        return 0;
    }

    // ------------------------------------------------------------------ the type

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            if (ReferenceEquals(cls, TypeObject)) Kaa.Runtime.Objects.Args.NoKeywords("GenericAlias", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 2) throw PyErr.TypeError($"GenericAlias expected 2 arguments, got {npos}");
            return new PyGenericAlias(cls, args[0], args[1] as PyTuple ?? new PyTuple([args[1]]));
        });
        t.TpRepr = (ts, o) => PyStr.From(Repr(ts, (PyGenericAlias)o));
        t.TpGetAttro = (ts, o, name, suppress) =>
        {
            if (!IsAttrException(name.Value))
            {
                var origin = ((PyGenericAlias)o).Origin;
                if (suppress) return Ops.TryGetAttr(ts, origin, name, out var v) ? v : null;
                return Ops.GetAttr(ts, origin, name);
            }
            return Ops.GenericGetAttr(ts, o, name, suppress);
        };
        t.TpCall = (ts, o, args, kw) =>
        {
            var a = (PyGenericAlias)o;
            var obj = Ops.Call(ts, a.Origin, args, kw);
            try { Ops.SetAttr(ts, obj, OrigClass, a); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError) || e.Value.ObType.IsSubtype(PyExc.TypeError)) { }
            return obj;
        };
        t.TpHash = (ts, o) =>
        {
            var a = (PyGenericAlias)o;
            return Ops.Hash(ts, a.Origin) ^ Ops.Hash(ts, a.Args);
        };
        t.TpRichCompare = (ts, x, y, op) =>
        {
            if (x is not PyGenericAlias a || y is not PyGenericAlias b || (op != CompareOp.Eq && op != CompareOp.Ne))
                return PyNotImplemented.Value;
            bool eq = a.Starred == b.Starred && Ops.Eq(ts, a.Origin, b.Origin) && Ops.Eq(ts, a.Args, b.Args);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.MpSubscript = (ts, o, item) =>
        {
            var a = (PyGenericAlias)o;
            var newargs = SubsParameters(ts, a, a.Args, a.Parameters(ts), item);
            return new PyGenericAlias(TypeObject, a.Origin, new PyTuple(newargs), a.Starred);
        };
        t.TpIter = (ts, o) =>
        {
            var a = (PyGenericAlias)o;
            var starred = new PyGenericAlias(TypeObject, a.Origin, a.Args, true);
            return Ops.GetIter(ts, new PyTuple([starred]));
        };
        t.NbBinary[(int)BinOp.Or] = (ts, a, b) => PyUnionType.TypeOr(ts, a, b);
        t.AddGetSet("__origin__", (ts, o) => ((PyGenericAlias)o).Origin);
        t.AddGetSet("__args__", (ts, o) => ((PyGenericAlias)o).Args);
        t.AddGetSet("__unpacked__", (ts, o) => PyBool.From(((PyGenericAlias)o).Starred));
        t.AddGetSet("__parameters__", (ts, o) => ((PyGenericAlias)o).Parameters(ts));
        t.AddGetSet("__typing_unpacked_tuple_args__", (ts, o) =>
        {
            var a = (PyGenericAlias)o;
            return a.Starred && ReferenceEquals(a.Origin, BuiltinTypes.Tuple) ? a.Args : PyNone.Value;
        });
        t.AddMethod("__mro_entries__", (ts, self, args, kw) => new PyTuple([((PyGenericAlias)self).Origin]));
        t.AddMethod("__instancecheck__", (ts, self, args, kw) =>
            throw PyErr.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__subclasscheck__", (ts, self, args, kw) =>
            throw PyErr.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var a = (PyGenericAlias)self;
            if (a.Starred)
            {
                var plain = new PyGenericAlias(TypeObject, a.Origin, a.Args);
                var it = Ops.GetIter(ts, plain);
                return new PyTuple([Ops.GetBuiltin(ts, "next"), new PyTuple([it])]);
            }
            return new PyTuple([a.ObType, new PyTuple([a.Origin, a.Args])]);
        });
        t.AddMethod("__dir__", (ts, self, args, kw) =>
        {
            var a = (PyGenericAlias)self;
            var names = Ops.Call(ts, Ops.GetBuiltin(ts, "dir"), a.Origin);
            var list = names as PyList ?? new PyList(Ops.ToArray(ts, names));
            foreach (var n in AttrExceptions)
                if (!Ops.Contains(ts, list, PyStr.From(n))) list.Append(PyStr.From(n));
            Ops.CallMethod(ts, list, "sort");
            return list;
        });
        t.AddClassMethod("__class_getitem__", ClassGetItem);
    }
}

/// <summary>
/// typing.Union (also types.UnionType): what `int | str` evaluates to (CPython 3.14's Objects/unionobject.c).
/// Arguments are flattened and deduplicated; None stands for NoneType.
/// </summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Union", BuiltinTypes.Object, "typing", subclassable: false);

    public readonly PyTuple Args;
    private PyTuple? _parameters;

    private PyUnionType(PyTuple args) : base(TypeObject) { Args = args; }

    /// <summary>Objects that `|` may combine into a union (is_unionable).</summary>
    private static bool IsUnionable(PyObject o)
        => o is PyNone || o is PyType || o is PyGenericAlias || o is PyUnionType || o is PyTypeAliasType;

    /// <summary>a | b for types, None, generic aliases and unions (_Py_union_type_or); NotImplemented otherwise.</summary>
    public static PyObject Or(ThreadState ts, PyObject a, PyObject b) => TypeOr(ts, a, b);

    /// <summary>type.__or__ / GenericAlias.__or__ / Union.__or__ (_Py_union_type_or); NotImplemented for other operands.</summary>
    public static PyObject TypeOr(ThreadState ts, PyObject self, PyObject other)
    {
        if (!IsUnionable(self) || !IsUnionable(other)) return PyNotImplemented.Value;
        return FromItems(ts, [self, other]);
    }

    /// <summary>Flattens nested unions, dedups, and returns the single member when only one is left. With
    /// <paramref name="check"/> (CPython's _Py_union_from_tuple, used by Union[...], Union.__or__ and
    /// TypeVar.__or__) members that `|` would not accept go through typing._type_check, so strings
    /// become ForwardRefs and non-types are rejected.</summary>
    public static PyObject FromItems(ThreadState ts, PyObject[] items, bool check = false)
    {
        var args = new List<PyObject>();
        foreach (var item in items) Add(ts, args, item, check);
        if (args.Count == 0) throw PyErr.TypeError("Cannot take a Union of no types.");
        if (args.Count == 1) return args[0];
        return new PyUnionType(new PyTuple(args.ToArray()));
    }

    private static void Add(ThreadState ts, List<PyObject> args, PyObject item, bool check)
    {
        if (item is PyUnionType u)
        {
            foreach (var a in u.Args.Items) Add(ts, args, a, check);
            return;
        }
        if (item is PyNone) item = BuiltinTypes.NoneType;
        else if (check && !IsUnionable(item))
            item = TypingModule.TypeCheck(ts, item, "Union[arg, ...]: each arg must be a type.");
        foreach (var a in args)
        {
            if (ReferenceEquals(a, item)) return;
            if (a is not PyType && item is not PyType && Ops.Eq(ts, a, item)) return;
        }
        args.Add(item);
    }

    private PyTuple Parameters(ThreadState ts) => _parameters ??= PyGenericAlias.MakeParameters(ts, Args);

    private static PyObject CheckArgs(ThreadState ts, PyObject cls, PyObject arg, bool instance)
    {
        var u = (PyUnionType)cls;
        foreach (var a in u.Args.Items)
        {
            if (a is not PyType)
                throw PyErr.TypeError($"{(instance ? "isinstance" : "issubclass")}() argument 2 cannot be a parameterized generic");
        }
        foreach (var a in u.Args.Items)
            if (instance ? Ops.IsInstance(ts, arg, a) : Ops.IsSubclass(ts, arg, a)) return PyBool.True;
        return PyBool.False;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.TpRepr = (ts, o) =>
        {
            var u = (PyUnionType)o;
            var sb = new StringBuilder();
            for (int i = 0; i < u.Args.Count; i++)
            {
                if (i > 0) sb.Append(" | ");
                var a = u.Args[i];
                if (ReferenceEquals(a, BuiltinTypes.NoneType)) sb.Append("None");
                else PyGenericAlias.ReprItem(ts, sb, a);
            }
            return PyStr.From(sb.ToString());
        };
        t.TpHash = (ts, o) =>
        {
            long h = 0;
            foreach (var a in ((PyUnionType)o).Args.Items) h ^= Ops.Hash(ts, a) * 0x27d4eb2d;
            return h == -1 ? -2 : h;
        };
        t.TpRichCompare = (ts, x, y, op) =>
        {
            if (x is not PyUnionType a || y is not PyUnionType b || (op != CompareOp.Eq && op != CompareOp.Ne))
                return PyNotImplemented.Value;
            bool eq = SameMembers(ts, a.Args, b.Args) && SameMembers(ts, b.Args, a.Args);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        // union_nb_or: the checked builder, so `Union | "Name"` gives a ForwardRef member.
        t.NbBinary[(int)BinOp.Or] = (ts, a, b) => FromItems(ts, [a, b], check: true);
        BuiltinTypes.Type.NbBinary[(int)BinOp.Or] ??= TypeOr;
        t.MpSubscript = (ts, o, item) =>
        {
            var u = (PyUnionType)o;
            var newargs = PyGenericAlias.SubsParameters(ts, u, u.Args, u.Parameters(ts), item);
            return FromItems(ts, newargs, check: true);
        };
        t.AddGetSet("__args__", (ts, o) => ((PyUnionType)o).Args);
        t.AddGetSet("__parameters__", (ts, o) => ((PyUnionType)o).Parameters(ts));
        t.AddGetSet("__origin__", (ts, o) => TypeObject);
        t.AddAttr("__module__", PyStr.Immortal("typing"));
        t.AddGetSet("__name__", (ts, o) => PyStr.From("Union"));
        t.AddGetSet("__qualname__", (ts, o) => PyStr.From("Union"));
        t.AddMethod("__instancecheck__", (ts, self, args, kw) => { Kaa.Runtime.Objects.Args.Exact("__instancecheck__", args, kw, 1); return CheckArgs(ts, self, args[0], true); });
        t.AddMethod("__subclasscheck__", (ts, self, args, kw) => { Kaa.Runtime.Objects.Args.Exact("__subclasscheck__", args, kw, 1); return CheckArgs(ts, self, args[0], false); });
        t.AddMethod("__mro_entries__", (ts, self, args, kw) => throw PyErr.TypeError($"Cannot subclass {Ops.ReprString(ts, self)}"));
        t.AddClassMethod("__class_getitem__", (ts, cls, args, kw) =>
        {
            Kaa.Runtime.Objects.Args.Exact("__class_getitem__", args, kw, 1);
            var items = args[0] is PyTuple tup && PyType.IsExact(tup, BuiltinTypes.Tuple) ? tup.Items : [args[0]];
            return FromItems(ts, items, check: true);
        });
    }

    private static bool SameMembers(ThreadState ts, PyTuple a, PyTuple b)
    {
        foreach (var x in a.Items)
        {
            bool found = false;
            foreach (var y in b.Items)
                if (ReferenceEquals(x, y) || Ops.Eq(ts, x, y)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }
}
