using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// CPython's METH_NOARGS / METH_O argument checks for the methods of the numeric and container types
/// whose C# bodies ignore their arguments: run once at start-up, after the types are filled and before
/// they are frozen, it wraps each listed method descriptor so that `[].clear(1)` raises CPython's
/// "list.clear() takes no arguments (1 given)" instead of ignoring the argument.
/// </summary>
internal static class MethodArity
{
    internal static void Apply()
    {
        NoArgs(BuiltinTypes.List, "clear", "copy", "reverse", "__reversed__");
        NoArgs(BuiltinTypes.Tuple, "__getnewargs__");
        NoArgs(BuiltinTypes.Dict, "clear", "copy", "popitem", "__reversed__", "keys", "values", "items");
        NoArgs(BuiltinTypes.Set, "clear", "copy", "pop", "__reduce__");
        NoArgs(BuiltinTypes.FrozenSet, "copy", "__reduce__");
        foreach (var t in new[] { BuiltinTypes.Int, BuiltinTypes.Bool })
            NoArgs(t, "__ceil__", "__floor__", "__getnewargs__", "__trunc__", "as_integer_ratio", "bit_count", "bit_length", "conjugate", "is_integer");
        NoArgs(BuiltinTypes.Float, "__ceil__", "__floor__", "__getnewargs__", "__trunc__", "as_integer_ratio", "conjugate", "hex", "is_integer");
        NoArgs(BuiltinTypes.Complex, "__complex__", "__getnewargs__", "conjugate");
        NoArgs(BuiltinTypes.Range, "__reversed__", "__reduce__");
        NoArgs(BuiltinTypes.Slice, "__reduce__");
        foreach (var t in new[] { DictViews.Keys, DictViews.Values, DictViews.Items })
            NoArgs(t, "__reversed__");
        OneArg(BuiltinTypes.Tuple, "count");
        OneArg(BuiltinTypes.Range, "count", "index");
        OneArg(BuiltinTypes.Slice, "indices");
        OneArg(BuiltinTypes.List, "count", "remove", "append");
        OneArg(BuiltinTypes.Dict, "__contains__");
        foreach (var t in new[] { DictViews.Keys, DictViews.Items })
            OneArg(t, "isdisjoint");
    }

    private static void NoArgs(PyType t, params string[] names)
    {
        foreach (var name in names) Wrap(t, name, 0);
    }

    private static void OneArg(PyType t, params string[] names)
    {
        foreach (var name in names) Wrap(t, name, 1);
    }

    /// <summary>
    /// Replaces the method with one that checks for exactly <paramref name="arity"/> positional
    /// arguments, then calls the original. The wrapper is made once here; a call costs one length test
    /// and no allocation (`list.append` goes through it on every call).
    /// </summary>
    private static void Wrap(PyType t, string name, int arity)
    {
        // Only methods the type itself defines as built-in method descriptors; others keep their own checks.
        if (!t.Dict.TryGetStr(PyStr.Immortal(name), out var v) || v is not PyMethodDescriptor md || !ReferenceEquals(md.Owner, t)) return;
        var inner = md.Method;
        string qual = $"{t.Name}.{name}";
        t.Dict.SetItemStr(PyStr.Immortal(name), new PyMethodDescriptor(t, name, (ts, self, args, kw) =>
        {
            if (args.Length != arity || (kw != null && kw.Count > 0)) throw ArityError(qual, arity, args.Length, kw);
            return inner(ts, self, args, kw);
        }, md.Doc));
    }

    private static PyException ArityError(string qual, int arity, int given, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) return PyErr.TypeError($"{qual}() takes no keyword arguments");
        return arity == 0
            ? PyErr.TypeError($"{qual}() takes no arguments ({given} given)")
            : PyErr.TypeError($"{qual}() takes exactly one argument ({given} given)");
    }
}
