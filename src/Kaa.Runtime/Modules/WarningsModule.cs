using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// A small _warnings module: importlib's bootstrap imports it by name and calls _warnings.warn. Kaa
/// keeps the pure-Python implementation (Lib/_py_warnings.py) as the real one, so `warn` forwards to it;
/// warnings.py finds none of the accelerator names here and keeps its Python versions.
/// </summary>
public static class WarningsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_warnings", Exec = Exec };

    static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("warn", new PyBuiltinFunction("warn", (ts2, _, a, kw) =>
        {
            var impl = ImportSystem.ImportModuleLevel(ts2, "warnings", null, null, 0);
            return Ops.Call(ts2, Ops.GetAttr(ts2, impl, "warn"), a, kw);
        }, m));
    }
}
