using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

public static partial class Ops
{
    public static bool IsTrue(ThreadState ts, PyObject o)
    {
        if (o is PyBool b) return b.Value;
        if (o is PyNone) return false;
        var t = o.ObType;
        if (t.NbBool != null) return t.NbBool(ts, o);
        if (t.MpLength != null) return t.MpLength(ts, o) != 0;
        return true;
    }

    public static PyBool Not(ThreadState ts, PyObject o) => PyBool.From(!IsTrue(ts, o));

    public static long Hash(ThreadState ts, PyObject o)
    {
        if (ReferenceEquals(o.ObType, BuiltinTypes.Str)) return ((PyStr)o).Hash;
        var f = o.ObType.TpHash ?? throw PyErr.TypeError($"unhashable type: '{o.ObType.Name}'");
        return f(ts, o);
    }

    public static PyStr Repr(ThreadState ts, PyObject o)
    {
        var f = o.ObType.TpRepr;
        if (f == null) return PyStr.From($"<{o.ObType.Name} object>");
        if (++ts.RecursionDepth > ts.Interp.RecursionLimit + 50)
        {
            ts.RecursionDepth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded while getting the repr of an object");
        }
        try
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            return (PyStr)f(ts, o);
        }
        catch (InsufficientExecutionStackException)
        {
            throw PyErr.RecursionError("maximum recursion depth exceeded while getting the repr of an object");
        }
        finally { ts.RecursionDepth--; }
    }

    public static PyStr Str(ThreadState ts, PyObject o)
    {
        if (PyType.IsExact(o, BuiltinTypes.Str)) return (PyStr)o;
        var f = o.ObType.TpStr ?? o.ObType.TpRepr;
        if (f == null) return Repr(ts, o);
        return (PyStr)f(ts, o);
    }

    public static string ReprString(ThreadState ts, PyObject o) => Repr(ts, o).Value;
    public static string StrString(ThreadState ts, PyObject o) => Str(ts, o).Value;

    public static PyObject Format(ThreadState ts, PyObject o, PyStr spec)
    {
        if (spec.Value.Length == 0)
        {
            if (PyType.IsExact(o, BuiltinTypes.Str)) return o;
            if (PyType.IsExact(o, BuiltinTypes.Int)) return Str(ts, o);
        }
        // Exact int, float and str (whose __format__ cannot be replaced) skip the method call.
        var t = o.ObType;
        if (ReferenceEquals(t, BuiltinTypes.Int)) return PyStr.From(NumberFormat.FormatInt(ts, (PyInt)o, spec.Value));
        if (ReferenceEquals(t, BuiltinTypes.Float)) return PyStr.From(NumberFormat.FormatFloat(ts, ((PyFloat)o).Value, spec.Value));
        if (ReferenceEquals(t, BuiltinTypes.Str))
        {
            var str = (PyStr)o;
            var s = str.Value;
            var formatted = StringFormat.FormatStr(ts, s, spec.Value, str.SeparateSurrogates);
            if (ReferenceEquals(formatted, s)) return o;
            // Padding keeps the units as they were read (a fill character outside the BMP cannot join them).
            return str.SeparateSurrogates ? PyStr.FromAssembled(formatted, true, !spec.IsSimple) : PyStr.From(formatted);
        }
        // PyObject_Format looks __format__ up on the type (format(list, '') uses type.__format__,
        // not the unbound list.__format__).
        var m = LookupSpecial(ts, o, Names.__format__)
            ?? throw PyErr.TypeError($"Type {t.Name} doesn't define __format__");
        var r = Call(ts, m, spec);
        if (r is not PyStr)
            throw PyErr.TypeError($"__format__ must return a str, not {r.ObType.Name}");
        return r;
    }

    public static PyObject GetIter(ThreadState ts, PyObject o)
    {
        Isolation.Check(ts, o);
        var f = o.ObType.TpIter;
        if (f != null)
        {
            var it = f(ts, o);
            if (it.ObType.TpIterNext == null)
                throw PyErr.TypeError($"iter() returned non-iterator of type '{it.ObType.Name}'");
            return it;
        }
        if (o.ObType.MpSubscript != null && o is not PyDict)
            return new PySeqIterator(o);
        throw PyErr.TypeError($"'{o.ObType.Name}' object is not iterable");
    }

    /// <summary>The next item, or null when exhausted: no StopIteration is allocated on this path.
    /// A StopIteration thrown out of the iterator (map's function raised it, say) is exhaustion too,
    /// as a NULL tp_iternext with StopIteration set is for CPython's callers; it is kept in the thread
    /// state so `next()` re-raises that very exception.</summary>
    public static PyObject? Next(ThreadState ts, PyObject iterator)
    {
        var f = iterator.ObType.TpIterNext ?? throw PyErr.TypeError($"'{iterator.ObType.Name}' object is not an iterator");
        try
        {
            return f(ts, iterator);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopIteration))
        {
            ts.SetStopIteration(iterator, e);
            return null;
        }
    }

    /// <summary>PyObject_LengthHint: len(o) when its type has one (a TypeError from it means "no
    /// length"), else o.__length_hint__() looked up on the type; <paramref name="defaultValue"/> when
    /// neither answers. Other errors propagate, as in CPython.</summary>
    public static long LengthHint(ThreadState ts, PyObject o, long defaultValue)
    {
        if (o.ObType.MpLength is { } len)
        {
            try
            {
                return len(ts, o);
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
            {
                // no usable __len__: fall through to __length_hint__
            }
        }
        var hint = LookupSpecial(ts, o, PyStr.Immortal("__length_hint__"));
        if (hint == null) return defaultValue;
        PyObject result;
        try
        {
            result = Call(ts, hint);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            return defaultValue;
        }
        if (result is PyNotImplemented) return defaultValue;
        if (result is not PyInt r) throw PyErr.TypeError($"__length_hint__ must be an integer, not {result.ObType.Name}");
        long n = AsSsizeT(ts, r);
        if (n < 0) throw PyErr.ValueError("__length_hint__() should return >= 0");
        return n;
    }

    /// <summary>
    /// _PyEval_GetBuiltin: the current builtins' entry for <paramref name="name"/>, found with a full
    /// dict lookup (a key of another type with an __eq__ that accepts the str is found, as in CPython),
    /// AttributeError when there is none. What __reduce__ results and similar name (iter, getattr, ...).
    /// </summary>
    public static PyObject GetBuiltin(ThreadState ts, string name)
        => Kaa.Runtime.Eval.Interpreter.MappingLookup(ts, ts.CurrentFrame?.Builtins ?? ts.Interp.BuiltinsDict, PyStr.From(name)) ?? throw PyErr.AttributeError(name);

    public static long Length(ThreadState ts, PyObject o)
    {
        var f = o.ObType.MpLength ?? throw PyErr.TypeError($"object of type '{o.ObType.Name}' has no len()");
        return f(ts, o);
    }

    public static PyObject GetItem(ThreadState ts, PyObject o, PyObject key)
    {
        Isolation.Check(ts, o);
        Isolation.Check(ts, key);
        var f = o.ObType.MpSubscript;
        if (f != null) return f(ts, o, key);
        if (o is PyType t)
        {
            if (ReferenceEquals(t, BuiltinTypes.Type)) return GenericAliasFactory(ts, o, key);
            var cg = t.Lookup(Names.__class_getitem__);
            if (cg != null)
            {
                var get = cg.ObType.TpDescrGet;
                var bound = get != null ? get(ts, cg, null, t) : cg;
                return Call(ts, bound, key);
            }
            throw PyErr.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw PyErr.TypeError($"'{o.ObType.Name}' object is not subscriptable");
    }

    private static PyObject GenericAliasFactory(ThreadState ts, PyObject origin, PyObject key)
        => new PyGenericAlias(origin, key);

    public static void SetItem(ThreadState ts, PyObject o, PyObject key, PyObject value)
    {
        Isolation.Check(ts, o);
        Isolation.Check(ts, value);
        var f = o.ObType.MpAssSubscript ?? throw PyErr.TypeError($"'{o.ObType.Name}' object does not support item assignment");
        f(ts, o, key, value);
    }

    public static void DelItem(ThreadState ts, PyObject o, PyObject key)
    {
        var f = o.ObType.MpAssSubscript ?? throw PyErr.TypeError($"'{o.ObType.Name}' object doesn't support item deletion");
        f(ts, o, key, null);
    }

    /// <summary>`item in container`.</summary>
    public static bool Contains(ThreadState ts, PyObject container, PyObject item)
    {
        var f = container.ObType.SqContains;
        if (f != null) return f(ts, container, item);
        return ContainsByIteration(ts, container, item);
    }

    internal static bool ContainsByIteration(ThreadState ts, PyObject container, PyObject item)
    {
        if (container.ObType.TpIter == null && container.ObType.MpSubscript == null)
            throw PyErr.TypeError($"argument of type '{container.ObType.Name}' is not iterable");
        var it = GetIter(ts, container);
        while (Next(ts, it) is { } x)
            if (RichCompareBool(ts, x, item, CompareOp.Eq)) return true;
        return false;
    }

    public static string TypeName(PyObject o) => o.ObType.Name;

    public static bool IsInstance(ThreadState ts, PyObject obj, PyObject cls)
    {
        if (cls is PyType t && ReferenceEquals(obj.ObType, t)) return true;
        if (PyType.IsExact(cls, BuiltinTypes.Type)) return RecursiveIsInstance(ts, obj, cls);
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items)
                if (IsInstance(ts, obj, c)) return true;
            return false;
        }
        var checker = LookupSpecial(ts, cls, Names.__instancecheck__);
        if (checker != null) return IsTrue(ts, Call(ts, checker, obj));
        return RecursiveIsInstance(ts, obj, cls);
    }

    private static bool RecursiveIsInstance(ThreadState ts, PyObject obj, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (obj.ObType.IsSubtype(t)) return true;
            if (TryGetAttr(ts, obj, Names.__class__, out var c) && c is PyType ct && !ReferenceEquals(ct, obj.ObType))
                return ct.IsSubtype(t);
            return false;
        }
        if (!TryGetAttr(ts, cls, PyStr.From("__bases__"), out var b) || b is not PyTuple)
            throw PyErr.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return TryGetAttr(ts, obj, Names.__class__, out var icls) && icls != null && AbstractIsSubclass(ts, icls, cls);
    }

    public static bool IsSubclass(ThreadState ts, PyObject derived, PyObject cls)
    {
        if (PyType.IsExact(cls, BuiltinTypes.Type))
        {
            if (derived is PyType dt) return dt.IsSubtype((PyType)cls);
            return RecursiveIsSubclass(ts, derived, cls);
        }
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items)
                if (IsSubclass(ts, derived, c)) return true;
            return false;
        }
        var checker = LookupSpecial(ts, cls, Names.__subclasscheck__);
        if (checker != null) return IsTrue(ts, Call(ts, checker, derived));
        return RecursiveIsSubclass(ts, derived, cls);
    }

    private static bool RecursiveIsSubclass(ThreadState ts, PyObject derived, PyObject cls)
    {
        if (derived is PyType d && cls is PyType c) return d.IsSubtype(c);
        if (!(derived is PyType) && !(TryGetAttr(ts, derived, PyStr.From("__bases__"), out var b) && b is PyTuple))
            throw PyErr.TypeError("issubclass() arg 1 must be a class");
        if (!(cls is PyType) && !(TryGetAttr(ts, cls, PyStr.From("__bases__"), out var b2) && b2 is PyTuple))
            throw PyErr.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return AbstractIsSubclass(ts, derived, cls);
    }

    private static bool AbstractIsSubclass(ThreadState ts, PyObject derived, PyObject cls)
    {
        while (true)
        {
            if (ReferenceEquals(derived, cls)) return true;
            if (!TryGetAttr(ts, derived, PyStr.From("__bases__"), out var bases) || bases is not PyTuple bt || bt.Count == 0) return false;
            if (bt.Count == 1) { derived = bt[0]; continue; }
            foreach (var b in bt.Items)
                if (AbstractIsSubclass(ts, b, cls)) return true;
            return false;
        }
    }

    /// <summary>Collects an iterable into a new array (PySequence_Fast without the tuple/list distinction).</summary>
    public static PyObject[] ToArray(ThreadState ts, PyObject iterable)
    {
        if (iterable is PyTuple t && PyType.IsExact(t, BuiltinTypes.Tuple)) return t.Items;
        if (iterable is PyList l && PyType.IsExact(l, BuiltinTypes.List)) return l.ToArray();
        var it = GetIter(ts, iterable);
        var list = new List<PyObject>();
        while (Next(ts, it) is { } x) list.Add(x);
        return list.ToArray();
    }
}
