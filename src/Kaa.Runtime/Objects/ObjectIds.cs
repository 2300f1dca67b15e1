using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// id(): a unique number per live object, per interpreter. The .NET GC moves objects, so addresses
/// cannot serve; ids are handed out on first request and kept in a weak table.
/// </summary>
public static class ObjectIds
{
    private const long Base = 0x7f0000000000;

    public static long Id(ThreadState ts, PyObject o)
    {
        var state = ts.Interp.Ids;
        lock (state)
        {
            if (state.Table.TryGetValue(o, out var box)) return box.Value;
            long id = Base + (++state.Counter) * 16;
            state.Table.Add(o, new StrongBox<long>(id));
            return id;
        }
    }
}

/// <summary>Per-interpreter state of <see cref="ObjectIds"/>.</summary>
public sealed class ObjectIdState
{
    public readonly ConditionalWeakTable<PyObject, StrongBox<long>> Table = new();
    public long Counter;
}
