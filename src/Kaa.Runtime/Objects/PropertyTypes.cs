using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>property, classmethod, staticmethod, super, mappingproxy and the sequence iterator.</summary>
internal static class PropertyTypes
{
    /// <summary>cm_init/sm_init's functools_wraps: the wrapped callable's __module__, __name__,
    /// __qualname__ and __doc__ are copied into the classmethod's or staticmethod's own __dict__.</summary>
    private static void CopyWrappedAttributes(ThreadState ts, PyObject wrapper, PyObject wrapped)
    {
        foreach (var name in WrappedAttributeNames)
            if (Ops.TryGetAttr(ts, wrapped, name, out var value))
                Ops.SetAttr(ts, wrapper, name, value!);
    }

    private static readonly System.Collections.Immutable.ImmutableArray<PyStr> WrappedAttributeNames =
        [PyStr.Immortal("__module__"), PyStr.Immortal("__name__"), PyStr.Immortal("__qualname__"), PyStr.Immortal("__doc__")];

    internal static void Init()
    {
        InitProperty(BuiltinTypes.Property);

        var cm = BuiltinTypes.ClassMethod;
        cm.InstanceFactory = null;
        cm.SetNew((ts, cls, args, kw) =>
        {
            Args.Exact("classmethod", args, kw, 1);
            return new PyClassMethod(cls, args[0]);
        });
        cm.TpInit = (ts, self, args, kw) => CopyWrappedAttributes(ts, self, ((PyClassMethod)self).Callable);
        cm.TpDescrGet = (ts, d, obj, type) =>
        {
            var c = (PyClassMethod)d;
            type ??= obj!.ObType;
            var get = c.Callable.ObType.TpDescrGet;
            if (get != null && c.Callable is not PyBuiltinFunction) return get(ts, c.Callable, type, type.ObType);
            return BoundMethods.Make(ts, c.Callable, type);
        };
        cm.AddMember("__func__", (ts, o) => ((PyClassMethod)o).Callable);
        cm.AddMember("__wrapped__", (ts, o) => ((PyClassMethod)o).Callable);
        cm.AddGetSet("__isabstractmethod__", (ts, o) => IsAbstract(ts, ((PyClassMethod)o).Callable));
        cm.AddGetSet("__dict__", (ts, o) => ((PyClassMethod)o).Dict!);
        cm.TpRepr = (ts, o) => PyStr.From($"<classmethod({Ops.ReprString(ts, ((PyClassMethod)o).Callable)})>");

        var sm = BuiltinTypes.StaticMethod;
        sm.SetNew((ts, cls, args, kw) =>
        {
            Args.Exact("staticmethod", args, kw, 1);
            return new PyStaticMethod(cls, args[0]);
        });
        sm.TpInit = (ts, self, args, kw) => CopyWrappedAttributes(ts, self, ((PyStaticMethod)self).Callable);
        sm.TpDescrGet = (ts, d, obj, type) => ((PyStaticMethod)d).Callable;
        sm.TpCall = (ts, c, args, kw) => Ops.Call(ts, ((PyStaticMethod)c).Callable, args, kw);
        sm.AddMember("__func__", (ts, o) => ((PyStaticMethod)o).Callable);
        sm.AddMember("__wrapped__", (ts, o) => ((PyStaticMethod)o).Callable);
        sm.AddGetSet("__isabstractmethod__", (ts, o) => IsAbstract(ts, ((PyStaticMethod)o).Callable));
        sm.AddGetSet("__dict__", (ts, o) => ((PyStaticMethod)o).Dict!);
        sm.TpRepr = (ts, o) => PyStr.From($"<staticmethod({Ops.ReprString(ts, ((PyStaticMethod)o).Callable)})>");

        var mp = BuiltinTypes.MappingProxy;
        mp.SetNew((ts, cls, args, kw) =>
        {
            var a = Args.Parse("mappingproxy", args, kw, ["mapping"], 1);
            var m = a[0]!;
            if (m.ObType.MpSubscript == null || m is PyList || m is PyTuple)
                throw PyErr.TypeError($"mappingproxy() argument must be a mapping, not {m.ObType.Name}");
            return new PyMappingProxy(m);
        });
        mp.MpSubscript = (ts, o, k) => ((PyMappingProxy)o).Mapping is PyDict d && PyType.IsExact(d, BuiltinTypes.Dict)
            ? d.GetItem(ts, k) ?? throw PyErr.KeyError(k)
            : Ops.GetItem(ts, ((PyMappingProxy)o).Mapping, k);
        mp.MpLength = (ts, o) => Ops.Length(ts, ((PyMappingProxy)o).Mapping);
        mp.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
        mp.SqContains = (ts, o, k) => Ops.Contains(ts, ((PyMappingProxy)o).Mapping, k);
        mp.TpIter = (ts, o) => Ops.GetIter(ts, ((PyMappingProxy)o).Mapping);
        mp.TpRepr = (ts, o) => PyStr.From($"mappingproxy({Ops.ReprString(ts, ((PyMappingProxy)o).Mapping)})");
        // CPython forwards str, hash, comparisons, | and reversed() to the wrapped mapping.
        mp.TpStr = (ts, o) => Ops.Str(ts, ((PyMappingProxy)o).Mapping);
        mp.TpHash = (ts, o) => Ops.Hash(ts, ((PyMappingProxy)o).Mapping);
        mp.TpRichCompare = (ts, a, b, op) => Ops.RichCompare(ts, ((PyMappingProxy)a).Mapping, b, op);
        mp.NbBinary[(int)BinOp.Or] = (ts, a, b) => Ops.BinaryOp(ts, a is PyMappingProxy pa ? pa.Mapping : a, b is PyMappingProxy pb ? pb.Mapping : b, BinOp.Or);
        mp.NbInplace[(int)BinOp.Or] = (ts, a, b) => throw PyErr.TypeError($"'|=' is not supported by {a.ObType.Name}; use '|' instead");
        mp.AddMethod("__reversed__", (ts, self, args, kw) => Ops.Call(ts, PyReversed.TypeObject, ((PyMappingProxy)self).Mapping));
        foreach (var name in new[] { "keys", "values", "items", "copy" })
            mp.AddMethod(name, (ts, self, args, kw) => Ops.CallMethod(ts, ((PyMappingProxy)self).Mapping, name, args));
        mp.AddMethod("get", (ts, self, args, kw) => Ops.CallMethod(ts, ((PyMappingProxy)self).Mapping, "get", args));

        var si = BuiltinTypes.SeqIterator;
        si.TpIter = (ts, o) => o;
        si.TpIterNext = (ts, o) => ((PySeqIterator)o).Next(ts);
        si.AddMethod("__reduce__", (ts, self, a, kw) => { Args.Exact("__reduce__", a, kw, 0); return ((PySeqIterator)self).Reduce(ts); },
            "Return state information for pickling.");
        si.AddMethod("__setstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__setstate__", a, kw, 1);
            ((PySeqIterator)self).SetState(ts, a[0]);
            return PyNone.Value;
        }, "Set state information for unpickling.");
        si.AddMethod("__length_hint__", (ts, self, a, kw) => { Args.Exact("__length_hint__", a, kw, 0); return ((PySeqIterator)self).LengthHint(ts); },
            "Private method returning an estimate of len(list(it)).");
    }

    private static PyObject IsAbstract(ThreadState ts, PyObject f)
        => Ops.TryGetAttr(ts, f, PyStr.From("__isabstractmethod__"), out var v) && Ops.IsTrue(ts, v!) ? PyBool.True : PyBool.False;

    private static void InitProperty(PyType p)
    {
        p.InstanceFactory = cls => new PyProperty(cls);
        p.SetNew((ts, cls, args, kw) => new PyProperty(cls));
        p.TpInit = (ts, self, args, kw) =>
        {
            var a = Args.Parse("property", args, kw, ["fget", "fset", "fdel", "doc"], 0);
            var pr = (PyProperty)self;
            pr.Get = a[0] is PyNone ? null : a[0];
            pr.Set = a[1] is PyNone ? null : a[1];
            pr.Del = a[2] is PyNone ? null : a[2];
            PyObject? doc = a[3] is PyNone ? null : a[3];
            pr.GetterDoc = false;
            if (doc == null && pr.Get != null && Ops.TryGetAttr(ts, pr.Get, Names.__doc__, out var d) && d is not PyNone)
            {
                doc = d;
                pr.GetterDoc = true;
            }
            if (ReferenceEquals(pr.ObType, BuiltinTypes.Property))
            {
                pr.Doc = doc;
                return;
            }
            // As CPython: a subclass instance keeps its docstring in its own __dict__, since the
            // subclass's __doc__ would shadow property's; without a __dict__ it is silently dropped.
            pr.Doc = null;
            try
            {
                Ops.SetAttr(ts, pr, Names.__doc__, doc ?? PyNone.Value);
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError)) { }
        };
        p.TpDescrGet = (ts, d, obj, type) =>
        {
            var pr = (PyProperty)d;
            if (obj == null) return d;
            if (pr.Get == null)
                throw PyErr.AttributeError(pr.Name is PyStr n
                    ? $"property '{n.Value}' of '{obj.ObType.QualName}' object has no getter"
                    : $"property of '{obj.ObType.QualName}' object has no getter");
            return Ops.Call(ts, pr.Get, obj);
        };
        p.TpDescrSet = (ts, d, obj, value) =>
        {
            var pr = (PyProperty)d;
            var f = value == null ? pr.Del : pr.Set;
            if (f == null)
            {
                var what = value == null ? "deleter" : "setter";
                throw PyErr.AttributeError(pr.Name is PyStr n
                    ? $"property '{n.Value}' of '{obj.ObType.QualName}' object has no {what}"
                    : $"property of '{obj.ObType.QualName}' object has no {what}");
            }
            if (value == null) Ops.Call(ts, f, obj);
            else Ops.Call(ts, f, obj, value);
        };
        p.AddMember("fget", (ts, o) => ((PyProperty)o).Get ?? PyNone.Value);
        p.AddMember("fset", (ts, o) => ((PyProperty)o).Set ?? PyNone.Value);
        p.AddMember("fdel", (ts, o) => ((PyProperty)o).Del ?? PyNone.Value);
        p.AddGetSet("__doc__", (ts, o) => ((PyProperty)o).Doc ?? PyNone.Value, (ts, o, v) => ((PyProperty)o).Doc = v);
        p.AddGetSet("__isabstractmethod__", (ts, o) =>
        {
            var pr = (PyProperty)o;
            foreach (var f in new[] { pr.Get, pr.Set, pr.Del })
                if (f != null && IsAbstract(ts, f) is PyBool { Value: true }) return PyBool.True;
            return PyBool.False;
        });
        PyObject Copy(ThreadState ts, PyObject self, PyObject? g, PyObject? s, PyObject? dl)
        {
            var pr = (PyProperty)self;
            // A docstring taken from the old getter is taken again from the new one (CPython's property_copy).
            var doc = pr.GetterDoc && g != null ? PyNone.Value : pr.Doc ?? PyNone.Value;
            var np = Ops.Call(ts, pr.ObType, [g ?? PyNone.Value, s ?? PyNone.Value, dl ?? PyNone.Value, doc]);
            if (np is PyProperty npp) npp.Name = pr.Name;
            return np;
        }
        // property_copy: None keeps the accessor the property already has.
        static PyObject? Or(PyObject given, PyObject? old) => given is PyNone ? old : given;
        p.AddMethod("getter", (ts, self, args, kw) => { Args.Exact("getter", args, kw, 1); var pr = (PyProperty)self; return Copy(ts, self, Or(args[0], pr.Get), pr.Set, pr.Del); });
        p.AddMethod("setter", (ts, self, args, kw) => { Args.Exact("setter", args, kw, 1); var pr = (PyProperty)self; return Copy(ts, self, pr.Get, Or(args[0], pr.Set), pr.Del); });
        p.AddMethod("deleter", (ts, self, args, kw) => { Args.Exact("deleter", args, kw, 1); var pr = (PyProperty)self; return Copy(ts, self, pr.Get, pr.Set, Or(args[0], pr.Del)); });
        // __name__: the name __set_name__ recorded, else the getter's (3.13).
        p.AddGetSet("__name__", (ts, o) =>
        {
            var pr = (PyProperty)o;
            if (pr.Name != null) return pr.Name;
            if (pr.Get == null) throw PyErr.AttributeError("'property' object has no attribute '__name__'");
            return Ops.GetAttr(ts, pr.Get, Names.__name__);
        }, (ts, o, v) => ((PyProperty)o).Name = v);
        p.AddMethod("__set_name__", (ts, self, args, kw) =>
        {
            Args.NoKeywords("__set_name__", kw);
            if (args.Length != 2) throw PyErr.TypeError($"__set_name__() takes 2 positional arguments but {args.Length} were given");
            ((PyProperty)self).Name = args[1];
            return PyNone.Value;
        });
    }
}

/// <summary>A read-only view of a mapping (a type's __dict__).</summary>
public sealed class PyMappingProxy(PyObject mapping) : PyObject(BuiltinTypes.MappingProxy)
{
    public readonly PyObject Mapping = mapping;
}

/// <summary>Iterates an object through __getitem__ with 0, 1, 2, ... until IndexError (the old sequence protocol).</summary>
public sealed class PySeqIterator(PyObject seq) : PyObject(BuiltinTypes.SeqIterator)
{
    private PyObject? _seq = seq;
    private long _index;

    public PyObject? Next(ThreadState ts)
    {
        if (_seq == null) return null;
        try
        {
            return Ops.GetItem(ts, _seq, PyInt.From(_index++));
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.IndexError) || e.Value.ObType.IsSubtype(PyExc.StopIteration))
        {
            _seq = null;
            return null;
        }
    }

    /// <summary>iter_reduce: (iter, (seq,), index), or (iter, ((),)) once exhausted. The builtin is looked up
    /// first: the lookup may run Python code that exhausts this iterator.</summary>
    public PyObject Reduce(ThreadState ts)
    {
        var iter = Ops.GetBuiltin(ts, "iter");
        if (_seq == null) return new PyTuple([iter, new PyTuple([PyTuple.Empty])]);
        return new PyTuple([iter, new PyTuple([_seq]), PyInt.From(_index)]);
    }

    /// <summary>__setstate__(index): a negative index counts as 0; ignored once exhausted.</summary>
    public void SetState(ThreadState ts, PyObject state)
    {
        // PyLong_AsSsize_t: an int (no __index__ conversion).
        if (state is not PyInt) throw PyErr.TypeError("an integer is required");
        long index = Ops.IndexAsLong(ts, state);
        if (_seq != null) _index = Math.Max(0, index);
    }

    /// <summary>len(seq) - index when the sequence has a length, else NotImplemented; 0 once exhausted.</summary>
    public PyObject LengthHint(ThreadState ts)
    {
        if (_seq == null) return PyInt.From(0);
        if (_seq.ObType.MpLength == null) return PyNotImplemented.Value;
        long n = Ops.Length(ts, _seq) - _index;
        return PyInt.From(Math.Max(0, n));
    }
}

/// <summary>Creates bound methods; the eval loop registers the real PyMethod type through <see cref="Factory"/>.</summary>
public static class BoundMethods
{
    /// <summary>Binds a callable to self. Functions implement binding themselves (tp_descr_get); this is for
    /// classmethod over arbitrary callables.</summary>
    public static PyObject Make(ThreadState ts, PyObject callable, PyObject self)
    {
        var get = callable.ObType.TpDescrGet;
        if (get != null && callable.ObType.IsMethodDescriptor) return get(ts, callable, self, self as PyType ?? self.ObType);
        return new PyBuiltinFunction("<bound>", (ts2, s, a, kw) =>
        {
            var all = new PyObject[a.Length + 1];
            all[0] = s;
            a.CopyTo(all.AsSpan(1));
            return Ops.Call(ts2, callable, all, kw);
        }, self);
    }
}
