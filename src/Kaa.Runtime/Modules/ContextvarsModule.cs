using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _contextvars module (Modules/_contextvarsmodule.c) behind Lib/contextvars.py: Context,
/// ContextVar, Token and copy_context. The types live in Objects/PyContext*.cs; the current context
/// is per thread state (<see cref="ThreadState.Context"/>).
/// </summary>
public static class ContextvarsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_contextvars", Exec = Exec };

    public static IEnumerable<PyType> Types()
    {
        yield return PyContext.TypeObject;
        yield return PyContext.KeysIteratorType;
        yield return PyContext.ValuesIteratorType;
        yield return PyContext.ItemsIteratorType;
        yield return PyContextVar.TypeObject;
        yield return PyContextToken.TypeObject;
        yield return PyContextToken.MissingType;
    }

    internal static void InitTypes()
    {
        PyContext.Init();
        PyContextVar.Init();
        PyContextToken.Init();
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Context Variables"));
        m.Set("Context", PyContext.TypeObject);
        m.Set("ContextVar", PyContextVar.TypeObject);
        m.Set("Token", PyContextToken.TypeObject);
        m.Set("copy_context", new PyBuiltinFunction("copy_context", (ts2, _, a, kw) =>
        {
            PyContext.NoArgs("_contextvars.copy_context", a, kw);
            return PyContext.CopyCurrent(ts2);
        }, m));
    }
}
