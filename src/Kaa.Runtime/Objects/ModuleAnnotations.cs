using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

// module.__annotations__ and module.__annotate__ (CPython 3.14's module_get_annotations /
// module_get_annotate, PEP 649/749). A module body stores a compiler-made `__annotate__` in its
// globals; `__annotations__` calls it with format 1 (VALUE) on first access and caches the dict in
// the module's namespace, except while the module is still being imported (its
// `__spec__._initializing` is true), when the body may not have run all its annotations yet.
internal static class ModuleAnnotations
{
    static readonly PyStr AnnotateName = PyStr.Immortal("__annotate__");
    static readonly PyStr SpecInitializing = PyStr.Immortal("_initializing");

    internal static void Init(PyType module)
    {
        module.AddGetSet("__annotations__", GetAnnotations, SetAnnotations);
        module.AddGetSet("__annotate__", GetAnnotate, SetAnnotate);
    }

    static PyObject GetAnnotations(ThreadState ts, PyObject o)
    {
        var dict = ((PyModule)o).Dict;
        if (dict.TryGetStr(Names.__annotations__, out var cached)) return cached!;
        PyObject annotations;
        if (dict.TryGetStr(AnnotateName, out var annotate) && annotate!.ObType.TpCall != null)
        {
            annotations = Ops.Call(ts, annotate, PyInt.One);
            if (annotations is not PyDict)
                throw PyErr.TypeError($"__annotate__ returned non-dict of type '{annotations.ObType.Name}'");
        }
        else annotations = new PyDict();
        if (!IsInitializing(ts, dict)) dict.SetItemStr(Names.__annotations__, annotations);
        return annotations;
    }

    static bool IsInitializing(ThreadState ts, PyDict dict)
    {
        if (!dict.TryGetStr(Names.__spec__, out var spec) || spec is PyNone) return false;
        return Ops.TryGetAttr(ts, spec!, SpecInitializing, out var v) && v != null && Ops.IsTrue(ts, v);
    }

    static void SetAnnotations(ThreadState ts, PyObject o, PyObject? v)
    {
        var dict = ((PyModule)o).Dict;
        if (v != null) dict.SetItemStr(Names.__annotations__, v);
        else if (!dict.DelItem(ts, Names.__annotations__)) throw PyErr.AttributeError("__annotations__");
        dict.DelItem(ts, AnnotateName);
    }

    static PyObject GetAnnotate(ThreadState ts, PyObject o)
    {
        var dict = ((PyModule)o).Dict;
        if (dict.TryGetStr(AnnotateName, out var f)) return f!;
        dict.SetItemStr(AnnotateName, PyNone.Value);
        return PyNone.Value;
    }

    static void SetAnnotate(ThreadState ts, PyObject o, PyObject? v)
    {
        if (v == null) throw PyErr.TypeError("cannot delete __annotate__ attribute");
        if (v is not PyNone && v.ObType.TpCall == null) throw PyErr.TypeError("__annotate__ must be callable or None");
        var dict = ((PyModule)o).Dict;
        dict.SetItemStr(AnnotateName, v);
        if (v is not PyNone) dict.DelItem(ts, Names.__annotations__);
    }
}
