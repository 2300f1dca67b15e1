using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _warnings module: warn() and warn_explicit(), which forward to the pure-Python warnings module
/// (Lib/_py_warnings.py keeps the filters, the once-registry and the output). CPython's C module also
/// holds that state itself (filters, _defaultaction, _onceregistry, the lock); Kaa does not, so
/// warnings.py's `from _warnings import ...` of those names fails and it keeps its Python state.
/// importlib._bootstrap and the runtime (<see cref="Warn"/>) issue their warnings through here.
/// </summary>
public static class WarningsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_warnings", Exec = Exec };

    private static PyObject PyWarnings(ThreadState ts) => ImportSystem.ImportModuleLevel(ts, "warnings", null, null, 0);

    /// <summary>Issues a warning from C# code (PyErr_WarnEx); an exception if filters turn it into an error.</summary>
    public static void Warn(ThreadState ts, PyType category, string message, int stackLevel = 1)
        => Ops.CallMethod(ts, PyWarnings(ts), "warn", PyStr.From(message), category, PyInt.From(stackLevel));

    /// <summary>Issues a warning for a given source location (PyErr_WarnExplicit).</summary>
    public static void WarnExplicit(ThreadState ts, PyType category, string message, string filename, int lineno)
        => Ops.CallMethod(ts, PyWarnings(ts), "warn_explicit", PyStr.From(message), category, PyStr.From(filename), PyInt.From(lineno));

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        // Same signatures as warnings.warn / warnings.warn_explicit; called from C#, so no Python frame
        // is added and stacklevel counts the same frames.
        Fn("warn", (ts2, _, a, kw) => Ops.Call(ts2, Ops.GetAttr(ts2, PyWarnings(ts2), PyStr.From("warn")), a, kw));
        Fn("warn_explicit", (ts2, _, a, kw) => Ops.Call(ts2, Ops.GetAttr(ts2, PyWarnings(ts2), PyStr.From("warn_explicit")), a, kw));
    }
}
