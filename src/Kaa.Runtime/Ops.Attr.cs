using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>The abstract object API (CPython's Objects/abstract.c and object.c), named after the C API.</summary>
public static partial class Ops
{
    public static PyObject GetAttr(ThreadState ts, PyObject obj, PyStr name)
    {
        Isolation.Check(ts, obj);
        var f = obj.ObType.TpGetAttro;
        if (f == null) throw PyErr.AttributeError(obj, name);
        return f(ts, obj, name, false)!;
    }

    public static PyObject GetAttr(ThreadState ts, PyObject obj, string name) => GetAttr(ts, obj, PyStr.From(name));

    /// <summary>getattr without raising AttributeError (other errors still propagate).</summary>
    public static bool TryGetAttr(ThreadState ts, PyObject obj, PyStr name, out PyObject? value)
    {
        var f = obj.ObType.TpGetAttro;
        try
        {
            value = f?.Invoke(ts, obj, name, true);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.AttributeError))
        {
            // A descriptor or __getattr__ raised AttributeError: as CPython's _PyObject_LookupAttr, that is "absent".
            value = null;
        }
        return value != null;
    }

    public static void SetAttr(ThreadState ts, PyObject obj, PyStr name, PyObject value)
    {
        Isolation.Check(ts, obj);
        Isolation.Check(ts, value);
        var f = obj.ObType.TpSetAttro;
        if (f == null)
        {
            if (obj.ObType.TpGetAttro == null)
                throw PyErr.TypeError($"'{obj.ObType.Name}' object has no attributes (assign to .{name.Value})");
            throw PyErr.TypeError($"'{obj.ObType.Name}' object has only read-only attributes (assign to .{name.Value})");
        }
        f(ts, obj, name, value);
    }

    public static void DelAttr(ThreadState ts, PyObject obj, PyStr name)
    {
        var f = obj.ObType.TpSetAttro ?? throw PyErr.TypeError($"'{obj.ObType.Name}' object has only read-only attributes (del .{name.Value})");
        f(ts, obj, name, null);
    }

    /// <summary>object.__getattribute__ (PyObject_GenericGetAttr).</summary>
    public static PyObject? GenericGetAttr(ThreadState ts, PyObject obj, PyStr name, bool suppress)
    {
        var type = obj.ObType;
        var descr = type.Lookup(name);
        DescrGetFunc? get = null;
        if (descr != null)
        {
            var dt = descr.ObType;
            get = dt.TpDescrGet;
            if (get != null && dt.TpDescrSet != null)
                return get(ts, descr, obj, type);
        }
        if (obj is IHasDict hd && hd.Dict is { } dict)
        {
            if (PyType.IsExact(dict, BuiltinTypes.Dict) ? dict.TryGetStr(name, out var v) : (v = dict.GetItem(ts, name)) != null)
                return v;
        }
        if (get != null) return get(ts, descr!, obj, type);
        if (descr != null) return descr;
        if (suppress) return null;
        throw PyErr.AttributeError(obj, name);
    }

    /// <summary>object.__setattr__ (PyObject_GenericSetAttr). value null deletes.</summary>
    public static void GenericSetAttr(ThreadState ts, PyObject obj, PyStr name, PyObject? value)
    {
        var type = obj.ObType;
        var descr = type.Lookup(name);
        if (descr != null)
        {
            var set = descr.ObType.TpDescrSet;
            if (set != null)
            {
                set(ts, descr, obj, value);
                return;
            }
        }
        if (obj is IHasDict hd && (hd.Dict ?? CreateLazyDict(obj, hd)) is { } dict)
        {
            if (value != null) dict.SetItem(ts, name, value);
            else if (!dict.DelItem(ts, name)) throw PyErr.AttributeError(obj, name);
            return;
        }
        if (descr != null && descr is not PyNone)
            throw PyErr.AttributeError($"'{type.Name}' object attribute '{name.Value}' is read-only");
        // CPython says why only when the type's own __setattr__ is object's.
        if (ReferenceEquals(type.TpSetAttro, BuiltinTypes.Object.TpSetAttro))
            throw PyErr.AttributeError(obj, name, $"'{type.Name}' object has no attribute '{name.Value}' and no __dict__ for setting new attributes");
        throw PyErr.AttributeError(obj, name);
    }

    /// <summary>Exceptions (and instances of types with a __dict__) create their dict on the first assignment.</summary>
    private static PyDict? CreateLazyDict(PyObject obj, IHasDict hd)
    {
        if (obj is not PyBaseException && !obj.ObType.HasInstanceDict) return null;
        var d = new PyDict();
        hd.Dict = d;
        return d;
    }

    /// <summary>
    /// CPython's _PyObject_GetMethod: finds obj.name without allocating a bound method when the attribute
    /// is a plain method. When <paramref name="unbound"/> is true, call <paramref name="method"/> with obj first.
    /// </summary>
    public static PyObject LookupMethod(ThreadState ts, PyObject obj, PyStr name, out bool unbound)
    {
        var type = obj.ObType;
        if (!ReferenceEquals(type.TpGetAttro, TypeInit.GenericGetAttrDelegate))
        {
            unbound = false;
            return GetAttr(ts, obj, name);
        }
        var descr = type.Lookup(name);
        DescrGetFunc? get = null;
        if (descr != null)
        {
            var dt = descr.ObType;
            if (dt.IsMethodDescriptor)
            {
                if (obj is not IHasDict { Dict: { } d0 } || !d0.TryGetStr(name, out var shadow))
                {
                    unbound = true;
                    return descr;
                }
                unbound = false;
                return shadow!;
            }
            get = dt.TpDescrGet;
            if (get != null && dt.TpDescrSet != null)
            {
                unbound = false;
                return get(ts, descr, obj, type);
            }
        }
        unbound = false;
        if (obj is IHasDict { Dict: { } dict } && dict.TryGetStr(name, out var v)) return v!;
        if (get != null) return get(ts, descr!, obj, type);
        if (descr != null) return descr;
        throw PyErr.AttributeError(obj, name);
    }

    /// <summary>Looks up a special method on the type only (CPython's _PyObject_LookupSpecial), bound to obj.</summary>
    public static PyObject? LookupSpecial(ThreadState ts, PyObject obj, PyStr name)
    {
        var descr = obj.ObType.Lookup(name);
        if (descr == null) return null;
        var get = descr.ObType.TpDescrGet;
        return get != null ? get(ts, descr, obj, obj.ObType) : descr;
    }

    public static bool HasAttr(ThreadState ts, PyObject obj, PyStr name) => TryGetAttr(ts, obj, name, out _);
}
