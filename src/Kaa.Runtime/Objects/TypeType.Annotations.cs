using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

// type.__annotations__, type.__annotate__ (CPython 3.14's type_get_annotations/type_get_annotate) and
// type.__type_params__.
// Kaa evaluates class annotations eagerly into the namespace's `__annotations__` (as under 3.13), so a
// class has no compiler-made __annotate__; these descriptors still give 3.14's observable rules: the
// annotations are the class's own (never a base's), {} when it has none, computed from an explicitly
// set __annotate__ when there is one, and only heap types have them.
internal static partial class TypeType
{
    static readonly PyStr AnnotationsCache = PyStr.Immortal("__annotations_cache__");
    static readonly PyStr AnnotateName = PyStr.Immortal("__annotate__");
    static readonly PyStr AnnotateFunc = PyStr.Immortal("__annotate_func__");

    static void InitAnnotations(PyType t)
    {
        t.AddGetSet("__annotations__", GetAnnotations, SetAnnotations);
        t.AddGetSet("__annotate__", GetAnnotate, SetAnnotate);
        // PEP 695: a generic class's type parameters live in its dict (set by the class body).
        t.AddGetSet("__type_params__", (ts, o) =>
        {
            var ty = (PyType)o;
            if (ReferenceEquals(ty, BuiltinTypes.Type)) return PyTuple.Empty;
            return ty.Dict.TryGetStr(TypeParamsName, out var p) ? p! : PyTuple.Empty;
        }, (ts, o, v) =>
        {
            // Any value, as CPython's type_set_type_params (only a function's must be a tuple).
            var ty = (PyType)o;
            CheckSettable(ty, "__type_params__", v).Dict.SetItemStr(TypeParamsName, v!);
            ty.InvalidateLookupCaches(ts);
        });
    }

    static readonly PyStr TypeParamsName = PyStr.Immortal("__type_params__");

    static PyObject Bind(ThreadState ts, PyObject value, PyType owner)
    {
        var get = value.ObType.TpDescrGet;
        return get != null ? get(ts, value, null, owner) : value;
    }

    static PyObject GetAnnotations(ThreadState ts, PyObject o)
    {
        var ty = (PyType)o;
        if (!ty.IsHeapType) throw PyErr.AttributeError($"type object '{ty.Name}' has no attribute '__annotations__'");
        if (ty.Dict.TryGetStr(Names.__annotations__, out var a) || ty.Dict.TryGetStr(AnnotationsCache, out a))
            return Bind(ts, a!, ty);
        var annotate = GetAnnotate(ts, ty);
        PyObject result;
        if (annotate is not PyNone && annotate.ObType.TpCall != null)
        {
            result = Ops.Call(ts, annotate, PyInt.One);
            if (result is not PyDict) throw PyErr.TypeError($"__annotate__ returned non-dict of type '{result.ObType.Name}'");
        }
        else result = new PyDict();
        ty.Dict.SetItemStr(AnnotationsCache, result);
        ty.InvalidateLookupCaches(ts);
        return result;
    }

    static void SetAnnotations(ThreadState ts, PyObject o, PyObject? v)
    {
        var ty = (PyType)o;
        if (!ty.IsHeapType) throw PyErr.TypeError($"cannot set '__annotations__' attribute of immutable type '{ty.Name}'");
        if (v != null)
        {
            ty.Dict.SetItemStr(ty.Dict.TryGetStr(Names.__annotations__, out _) ? Names.__annotations__ : AnnotationsCache, v);
        }
        else
        {
            bool removed = false;
            foreach (var key in new[] { Names.__annotations__, AnnotationsCache })
                if (ty.Dict.TryGetStr(key, out _)) { ty.Dict.DelItem(ts, key); removed = true; }
            if (!removed) throw PyErr.AttributeError("__annotations__");
        }
        foreach (var key in new[] { AnnotateFunc, AnnotateName })
            if (ty.Dict.TryGetStr(key, out _)) ty.Dict.DelItem(ts, key);
        ty.InvalidateLookupCaches(ts);
    }

    static PyObject GetAnnotate(ThreadState ts, PyObject o)
    {
        var ty = (PyType)o;
        if (!ty.IsHeapType) throw PyErr.AttributeError($"type object '{ty.Name}' has no attribute '__annotate__'");
        if (ty.Dict.TryGetStr(AnnotateName, out var f) || ty.Dict.TryGetStr(AnnotateFunc, out f)) return Bind(ts, f!, ty);
        ty.Dict.SetItemStr(AnnotateFunc, PyNone.Value);
        ty.InvalidateLookupCaches(ts);
        return PyNone.Value;
    }

    static void SetAnnotate(ThreadState ts, PyObject o, PyObject? v)
    {
        var ty = (PyType)o;
        if (v == null) throw PyErr.TypeError("cannot delete __annotate__ attribute");
        if (!ty.IsHeapType) throw PyErr.TypeError($"cannot set '__annotate__' attribute of immutable type '{ty.Name}'");
        if (v is not PyNone && v.ObType.TpCall == null) throw PyErr.TypeError("__annotate__ must be callable or None");
        ty.Dict.SetItemStr(AnnotateFunc, v);
        if (v is not PyNone && ty.Dict.TryGetStr(AnnotationsCache, out _)) ty.Dict.DelItem(ts, AnnotationsCache);
        ty.InvalidateLookupCaches(ts);
    }
}
