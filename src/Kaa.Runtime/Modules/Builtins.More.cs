using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

public static partial class Builtins
{
    /// <summary>The iterator types (enumerate, zip, map, filter, reversed) and the functions not in Builtins.cs.</summary>
    static partial void MoreFunctions(ThreadState ts, PyModule m)
    {
        foreach (var t in new[] { PyEnumerate.TypeObject, PyZip.TypeObject, PyMap.TypeObject, PyFilter.TypeObject, PyReversed.TypeObject, PyMemoryView.TypeObject })
            m.Set(t.Name, t);
        // Other engineers' modules may install the real ones; only fill the gap.
        if (m.Dict.GetStr("open") == null)
            m.Set("open", new PyBuiltinFunction("open", (ts2, _, a, kw) => throw PyErr.NotImplementedError("open() is not implemented yet"), m));
    }
}
