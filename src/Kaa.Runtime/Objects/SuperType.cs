using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>A super object: attribute lookup starts after <see cref="ThisType"/> in the MRO of <see cref="ObjType"/>.</summary>
public class PySuper : PyObject, IHasDict
{
    public PyType? ThisType;
    /// <summary>The instance or class bound to (null for an unbound super(type)).</summary>
    public PyObject? Obj;
    /// <summary>The type whose MRO is searched: type(obj), or obj itself when obj is a subclass of ThisType.</summary>
    public PyType? ObjType;
    public PyDict? Dict { get; set; }

    public PySuper(PyType type) : base(type)
    {
        if (!ReferenceEquals(type, BuiltinTypes.Super)) Dict = new PyDict();
    }
}

/// <summary>The behaviour of super (CPython's Objects/typeobject.c super_*).</summary>
public static class SuperType
{
    private static readonly PyStr ClassName = PyStr.Immortal("__class__");

    internal static void Init()
    {
        var t = BuiltinTypes.Super;
        t.InstanceFactory = cls => new PySuper(cls);
        t.SetNew((ts, cls, args, kw) => new PySuper(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            Args.NoKeywords("super", kw);
            if (args.Length > 2)
                throw PyErr.TypeError(ReferenceEquals(self.ObType, BuiltinTypes.Super)
                    ? $"super() expected at most 2 arguments, got {args.Length}"   // super_vectorcall
                    : $"super() takes at most 2 arguments ({args.Length} given)");
            PyType type;
            PyObject? obj = null;
            if (args.Length == 0)
            {
                (type, obj) = FromFrame(ts);
            }
            else
            {
                type = args[0] as PyType ?? throw PyErr.TypeError($"super() argument 1 must be a type, not {args[0].ObType.Name}");
                if (args.Length == 2 && args[1] is not PyNone) obj = args[1];
            }
            var s = (PySuper)self;
            s.ThisType = type;
            s.Obj = obj;
            s.ObjType = obj == null ? null : Check(ts, type, obj);
        };
        t.TpGetAttro = GetAttr;
        t.TpDescrGet = (ts, self, obj, type) =>
        {
            var su = (PySuper)self;
            if (obj == null || obj is PyNone || su.Obj != null) return self;
            if (!PyType.IsExact(su, BuiltinTypes.Super)) return Ops.Call(ts, su.ObType, su.ThisType!, obj);
            return new PySuper(BuiltinTypes.Super) { ThisType = su.ThisType, Obj = obj, ObjType = Check(ts, su.ThisType!, obj) };
        };
        t.TpRepr = (ts, o) =>
        {
            var su = (PySuper)o;
            var name = su.ThisType?.Name ?? "NULL";
            return PyStr.From(su.ObjType != null
                ? $"<super: <class '{name}'>, <{su.ObjType.Name} object>>"
                : $"<super: <class '{name}'>, NULL>");
        };
        t.AddMember("__thisclass__", (ts, o) => (PyObject?)((PySuper)o).ThisType ?? PyNone.Value, doc: "the class invoking super()");
        t.AddMember("__self__", (ts, o) => ((PySuper)o).Obj ?? PyNone.Value, doc: "the instance invoking super(); may be None");
        t.AddMember("__self_class__", (ts, o) => (PyObject?)((PySuper)o).ObjType ?? PyNone.Value, doc: "the type of the instance invoking super(); may be None");
    }

    /// <summary>
    /// Zero-argument super(): the eval loop replaces this body with a lookup of the current frame's
    /// first argument and its __class__ cell (CPython's super_init_without_args).
    /// </summary>
    public static (PyType type, PyObject obj) FromFrame(ThreadState ts)
        => Kaa.Runtime.Eval.Interpreter.SuperArgsFromFrame(ts);

    /// <summary>CPython's supercheck: the type whose MRO super searches.</summary>
    public static PyType Check(ThreadState ts, PyType type, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtype(type)) return ot;
        if (obj.ObType.IsSubtype(type)) return obj.ObType;
        if (Ops.TryGetAttr(ts, obj, ClassName, out var cls) && cls is PyType ct && !ReferenceEquals(ct, obj.ObType) && ct.IsSubtype(type))
            return ct;
        var (kind, name) = obj is PyType t2 ? ("type", t2.Name) : ("instance of", obj.ObType.Name);
        throw PyErr.TypeError($"super(type, obj): obj ({kind} {name}) is not an instance or subtype of type ({type.Name}).");
    }

    /// <summary>Finds name in the dicts of the MRO of startType after `type` (_super_lookup_descr).</summary>
    public static PyObject? LookupAfter(ThreadState ts, PyType type, PyType startType, PyStr name)
    {
        var mro = startType.MroArray;
        int i = 0;
        for (; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], type)) break;
        for (i++; i < mro.Length; i++)
        {
            var d = mro[i].Dict;
            if (d.TryGetStr(name, out var v)) return v;
        }
        return null;
    }

    private static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name, bool suppress)
    {
        var su = (PySuper)self;
        var start = su.ObjType;
        if (start != null && su.ThisType != null && name.Value != "__class__")
        {
            var res = LookupAfter(ts, su.ThisType, start, name);
            if (res != null)
            {
                var get = res.ObType.TpDescrGet;
                if (get != null) return get(ts, res, ReferenceEquals(su.Obj, start) ? null : su.Obj, start);
                return res;
            }
        }
        return Ops.GenericGetAttr(ts, self, name, suppress);
    }

    /// <summary>super(type, obj).name without creating the super object (for callers that know both).</summary>
    public static PyObject GetAttr(ThreadState ts, PyType type, PyObject obj, PyStr name)
    {
        var su = new PySuper(BuiltinTypes.Super) { ThisType = type, Obj = obj, ObjType = Check(ts, type, obj) };
        return GetAttr(ts, su, name, false)!;
    }
}
