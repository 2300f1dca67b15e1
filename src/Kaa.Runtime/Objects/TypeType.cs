using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of `type`: calling classes, class attributes, and creating classes (type_new).</summary>
internal static partial class TypeType
{
    internal static void Init(PyType t)
    {
        t.TpCall = Call;
        t.TpGetAttro = GetAttro;
        t.TpSetAttro = SetAttro;
        t.TpRepr = Repr;
        // int | str, int | None: types.UnionType (CPython's type nb_or = _Py_union_type_or).
        t.NbBinary[(int)BinOp.Or] = PyUnionType.Or;
        t.TpInit = (ts, self, args, kw) =>
        {
            int n = args.Length - (kw?.Count ?? 0);
            if (n != 1 && n != 3) throw PyErr.TypeError("type.__init__() takes 1 or 3 arguments");
        };
        t.InstanceFactory = null;
        t.SetNew(New);
        t.IsMethodDescriptor = false;
        t.AddGetSet("__name__", (ts, o) => PyStr.From(((PyType)o).Name), (ts, o, v) =>
        {
            var ty = CheckSettable((PyType)o, "__name__", v);
            if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {ty.Name}.__name__, not '{v!.ObType.Name}'");
            CheckTypeName(ts, s);
            ty.Name = s.Value;
        });
        InitAnnotations(t);
        t.AddGetSet("__qualname__", (ts, o) => PyStr.From(((PyType)o).QualName), (ts, o, v) =>
        {
            var ty = CheckSettable((PyType)o, "__qualname__", v);
            if (v is not PyStr s) throw PyErr.TypeError($"can only assign string to {ty.Name}.__qualname__, not '{v!.ObType.Name}'");
            ty.QualName = s.Value;
        });
        t.AddGetSet("__module__", (ts, o) =>
        {
            var ty = (PyType)o;
            if (ty.IsHeapType && ty.Dict.TryGetStr(Names.__module__, out var m)) return m!;
            return PyStr.From(ty.ModuleName);
        }, (ts, o, v) =>
        {
            var ty = CheckSettable((PyType)o, "__module__", v);
            ty.Dict.SetItemStr(Names.__module__, v!);
            // type_set_module: the class no longer comes from the line recorded for its old module.
            if (ty.Dict.TryGetStr(PyStr.From("__firstlineno__"), out _)) ty.Dict.DelItem(ts, PyStr.From("__firstlineno__"));
        });
        t.AddGetSet("__bases__", (ts, o) => ((PyType)o).Bases, (ts, o, v) => SetBases(ts, (PyType)o, v));
        t.AddGetSet("__base__", (ts, o) => (PyObject?)((PyType)o).Base ?? PyNone.Value);
        t.AddGetSet("__mro__", (ts, o) => ((PyType)o).Mro);
        t.AddGetSet("__dict__", (ts, o) => new PyMappingProxy(((PyType)o).Dict));
        t.AddGetSet("__doc__", (ts, o) =>
        {
            var ty = (PyType)o;
            // type_get_doc: a static type's own tp_doc first (type's dict holds this very descriptor).
            if (!ty.IsHeapType && ty.TpDoc != null) return DescriptorTypes.DocWithoutSignature(ty.Name, ty.TpDoc);
            if (ty.Dict.TryGetStr(Names.__doc__, out var d))
            {
                var get = d!.ObType.TpDescrGet;
                return get != null && d is not PyStr ? get(ts, d, null, ty) : d;
            }
            return PyNone.Value;
        }, (ts, o, v) => CheckSettable((PyType)o, "__doc__", v).Dict.SetItemStr(Names.__doc__, v!));
        t.AddGetSet("__text_signature__", (ts, o) =>
            o is PyType { IsHeapType: false, TpDoc: { } doc } ty ? DescriptorTypes.TextSignature(ty.Name, doc) : PyNone.Value);
        t.AddGetSet("__abstractmethods__", (ts, o) =>
        {
            var ty = (PyType)o;
            if (!ReferenceEquals(ty, BuiltinTypes.Type) && ty.Dict.TryGetStr(Names.__abstractmethods__, out var v)) return v!;
            throw PyErr.AttributeError("__abstractmethods__");
        }, (ts, o, v) =>
        {
            var ty = (PyType)o;
            if (!ty.IsHeapType) throw PyErr.TypeError($"cannot set '__abstractmethods__' attribute of immutable type '{ty.Name}'");
            if (v == null)
            {
                if (!ty.Dict.DelItem(ts, Names.__abstractmethods__)) throw PyErr.AttributeError("__abstractmethods__");
                ty.IsAbstract = false;
            }
            else { ty.Dict.SetItemStr(Names.__abstractmethods__, v); ty.IsAbstract = Ops.IsTrue(ts, v); }
            ty.InvalidateLookupCaches(ts);
        });
        t.AddGetSet("__flags__", (ts, o) => PyInt.From(TypeFlags.Compute((PyType)o)));
        t.AddMethod("mro", (ts, self, args, kw) => new PyList(ComputeMro(ts, (PyType)self).Cast<PyObject>().ToArray()));
        t.AddMethod("__subclasses__", (ts, self, args, kw) => new PyList(((PyType)self).SubclassesForPython(ts).Cast<PyObject>().ToArray()));
        t.AddMethod("__instancecheck__", (ts, self, args, kw) =>
        {
            Args.Exact("__instancecheck__", args, kw, 1);
            return PyBool.From(InstanceCheckDefault(ts, args[0], (PyType)self));
        });
        t.AddMethod("__subclasscheck__", (ts, self, args, kw) =>
        {
            Args.Exact("__subclasscheck__", args, kw, 1);
            if (args[0] is not PyType sub) throw PyErr.TypeError("issubclass() arg 1 must be a class");
            return PyBool.From(sub.IsSubtype((PyType)self));
        });
        t.AddClassMethod("__prepare__", (ts, self, args, kw) => new PyDict());
        t.AddMethod("__dir__", (ts, self, args, kw) =>
        {
            var ty = (PyType)self;
            var seen = new PyDict();
            foreach (var c in ty.MroArray)
                foreach (var (k, _) in c.Dict.EnumerateItems()) seen.SetItem(ts, k, PyNone.Value);
            return new PyList(seen.KeysArray());
        });
        t.AddMethod("__sizeof__", (ts, self, args, kw) => PyInt.From(400));
    }

    private static bool InstanceCheckDefault(ThreadState ts, PyObject obj, PyType cls)
    {
        if (obj.ObType.IsSubtype(cls)) return true;
        if (Ops.TryGetAttr(ts, obj, Names.__class__, out var c) && c is PyType ct && !ReferenceEquals(ct, obj.ObType))
            return ct.IsSubtype(cls);
        return false;
    }

    private static PyType CheckSettable(PyType t, string name, PyObject? v)
    {
        if (!t.IsHeapType) throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
        if (v == null) throw PyErr.TypeError($"cannot delete '{name}' attribute of immutable type '{t.Name}'");
        return t;
    }

    internal static PyObject Repr(ThreadState ts, PyObject o)
    {
        var t = (PyType)o;
        var mod = t.ModuleName;
        return PyStr.From(mod == "builtins" ? $"<class '{t.QualName}'>" : $"<class '{mod}.{t.QualName}'>");
    }

    private static PyObject Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var cls = (PyType)callable;
        if (ReferenceEquals(cls, BuiltinTypes.Type) && args.Length == 1 && kwnames == null)
            return args[0].ObType;
        var newf = cls.TpNew ?? throw PyErr.TypeError($"cannot create '{(cls.ModuleName == "builtins" ? cls.Name : cls.ModuleName + "." + cls.Name)}' instances");
        var obj = newf(ts, cls, args, kwnames);
        if (!obj.ObType.IsSubtype(cls)) return obj;
        var t = obj.ObType;
        var init = t.TpInit;
        // object.__init__ of a built-in type with its own __new__ (str(x), int(x), tuple(x), ...) accepts
        // any arguments and does nothing, as CPython's object_init (tp_init == object_init and tp_new !=
        // object_new): skip it and its MRO lookups.
        if (init != null && !(ReferenceEquals(init, BuiltinTypes.Object.TpInit) && !t.IsHeapType && !ReferenceEquals(t.TpNew, BuiltinTypes.Object.TpNew)))
            init(ts, obj, args, kwnames);
        return obj;
    }

    /// <summary>type_getattro: data descriptors on the metatype, then the type's own MRO, then the metatype.</summary>
    internal static PyObject? GetAttro(ThreadState ts, PyObject obj, PyStr name, bool suppress)
    {
        var type = (PyType)obj;
        var meta = type.ObType;
        var metaAttr = meta.Lookup(name);
        DescrGetFunc? metaGet = null;
        if (metaAttr != null)
        {
            metaGet = metaAttr.ObType.TpDescrGet;
            if (metaGet != null && metaAttr.ObType.TpDescrSet != null)
                return metaGet(ts, metaAttr, type, meta);
        }
        var attr = type.Lookup(name);
        if (attr != null)
        {
            var get = attr.ObType.TpDescrGet;
            return get != null ? get(ts, attr, null, type) : attr;
        }
        if (metaGet != null) return metaGet(ts, metaAttr!, type, meta);
        if (metaAttr != null) return metaAttr;
        if (suppress) return null;
        throw PyErr.AttributeError(type, name);
    }

    private static void SetAttro(ThreadState ts, PyObject obj, PyStr name, PyObject? value)
    {
        var type = (PyType)obj;
        if (type.IsImmutable || !type.IsHeapType)
            throw PyErr.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
        var meta = type.ObType;
        var metaAttr = meta.Lookup(name);
        if (metaAttr?.ObType.TpDescrSet is { } set)
        {
            set(ts, metaAttr, type, value);
            return;
        }
        if (value == null)
        {
            if (!type.Dict.DelItem(ts, name))
                throw PyErr.AttributeError($"type object '{type.Name}' has no attribute '{name.Value}'");
        }
        else type.Dict.SetItem(ts, name, value);
        type.InvalidateLookupCaches(ts);
        if (name.Value.StartsWith("__", StringComparison.Ordinal) && name.Value.EndsWith("__", StringComparison.Ordinal))
            type.UpdateSlotsAfterChange(ts);
    }
}
