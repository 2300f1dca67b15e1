using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _warnings module as far as importlib._bootstrap_external needs it: warn and warn_explicit,
/// which hand over to the pure-Python implementation in Lib/warnings.py (Kaa keeps the filters there;
/// warnings.py sees that this module lacks `filters` and uses its Python code for everything).
/// </summary>
public static class WarningsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_warnings", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."));
        foreach (var name in (string[])["warn", "warn_explicit"])
        {
            var n = name;
            m.Set(n, new PyBuiltinFunction(n, (ts2, _, a, kw) =>
            {
                var warnings = ImportSystem.ImportModuleLevel(ts2, "warnings", null, null, 0);
                return Ops.Call(ts2, Ops.GetAttr(ts2, warnings, PyStr.From(n)), a, kw);
            }, m));
        }
    }
}
