using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The marshal module, present so importlib._bootstrap_external imports (Kaa loads source, never .pyc).
/// Serialisation itself is not implemented yet and says so.
/// </summary>
public static class MarshalModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "marshal", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("This module contains functions that can read and write Python values in\na binary format."));
        m.Set("version", PyInt.From(5));
        foreach (var name in (string[])["dump", "dumps", "load", "loads"])
        {
            var n = name;
            m.Set(n, new PyBuiltinFunction(n, (ts2, _, a, kw) =>
                throw PyErr.NotImplementedError($"marshal.{n} is not implemented in Kaa yet"), m));
        }
    }
}
