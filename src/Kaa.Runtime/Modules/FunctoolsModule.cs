using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _functools module (Modules/_functoolsmodule.c): reduce, cmp_to_key, partial with Placeholder,
/// and _lru_cache_wrapper. Lib/functools.py imports each in its own try block and keeps its pure-Python
/// version of whatever a module lacks.
/// </summary>
public static class FunctoolsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_functools", Exec = Exec };

    public static IEnumerable<PyType> Types()
    {
        yield return PyKeyWrapper.TypeObject;
        yield return PyPartial.TypeObject;
        yield return PyPlaceholder.TypeObject;
        yield return PyLruCacheWrapper.TypeObject;
        yield return PyLruCacheWrapper.LruLink.TypeObject;
    }

    internal static void InitTypes()
    {
        PyKeyWrapper.Init();
        PyPartial.Init();
        PyPlaceholder.Init();
        PyLruCacheWrapper.Init();
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Tools that operate on functions."));
        m.Set("reduce", new PyBuiltinFunction("reduce", Reduce, m,
            "reduce($module, function, iterable, /, initial=<unrepresentable>)\n--\n\n"
            + "Apply a function of two arguments cumulatively to the items of an iterable, from left to right.\n\n"
            + "This effectively reduces the iterable to a single value.  If initial is present,\n"
            + "it is placed before the items of the iterable in the calculation, and serves as\n"
            + "a default when the iterable is empty.\n\n"
            + "For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])\n"
            + "calculates ((((1 + 2) + 3) + 4) + 5)."));
        m.Set("cmp_to_key", new PyBuiltinFunction("cmp_to_key", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("cmp_to_key", a, kw, ["mycmp"], 1);
            return new PyKeyWrapper(p[0]!, null);
        }, m, "cmp_to_key($module, /, mycmp)\n--\n\nConvert a cmp= function into a key= function.\n\n  mycmp\n    Function that compares two objects."));
        m.Set("_lru_cache_wrapper", PyLruCacheWrapper.TypeObject);
        m.Set("partial", PyPartial.TypeObject);
        m.Set("Placeholder", PyPlaceholder.Value);
        m.Set("_PlaceholderType", PyPlaceholder.TypeObject);
    }

    /// <summary>reduce(function, iterable, /, initial=...): clinic's positional-only pair, then initial by
    /// position or keyword.</summary>
    private static PyObject Reduce(ThreadState ts, PyModule? module, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (args.Length > 3) throw PyErr.TypeError($"reduce() takes at most 3 arguments ({args.Length} given)");
        if (npos < 2) throw PyErr.TypeError($"reduce() takes at least 2 positional arguments ({npos} given)");
        PyObject? result = npos == 3 ? args[2] : null;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames!.Items[k]).Value;
            if (name != "initial") throw PyErr.TypeError($"reduce() got an unexpected keyword argument '{name}'");
            result = args[npos + k];
        }
        var func = args[0];
        PyObject it;
        try { it = Ops.GetIter(ts, args[1]); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            throw PyErr.TypeError("reduce() arg 2 must support iteration");
        }
        while (Ops.Next(ts, it) is { } item)
            result = result == null ? item : Ops.Call(ts, func, result, item);
        return result ?? throw PyErr.TypeError("reduce() of empty iterable with no initial value");
    }
}
