using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class ThreadState
{
    /// <summary>The innermost running Python frame (built-ins run in their caller's frame).</summary>
    public PyFrame? CurrentFrame;

    private partial PyDict? GetCurrentGlobals() => CurrentFrame?.Globals;

    /// <summary>The value of the StopIteration an iterator's tp_iternext ended with (a generator's
    /// return value), kept beside the null result so `next()` can raise StopIteration(value).</summary>
    PyObject? _stopOwner, _stopValue;

    /// <summary>Records that <paramref name="iterator"/> finished with StopIteration(value).</summary>
    public void SetStopIterationValue(PyObject iterator, PyObject value)
    {
        _stopOwner = iterator;
        _stopValue = value;
    }

    /// <summary>The StopIteration value recorded for <paramref name="iterator"/> (null if none), clearing it.</summary>
    public PyObject? TakeStopIterationValue(PyObject iterator)
    {
        if (!ReferenceEquals(_stopOwner, iterator)) return null;
        var v = _stopValue;
        _stopOwner = _stopValue = null;
        return v;
    }

    /// <summary>The mapping dir() with no argument lists: the current frame's locals.</summary>
    public PyObject? CurrentLocalsForDir() => CurrentFrame == null ? null : FrameLocals.GetLocals(this, CurrentFrame);
}

public sealed partial class ThreadState
{
    /// <summary>An exception raised by Python code in the dispatch loop, handed to the unwinder.</summary>
    internal PyBaseException? PendingRaise;
    internal bool PendingAddTb;
    internal int PendingLookupAt;
}
