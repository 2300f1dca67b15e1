using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class ThreadState
{
    /// <summary>The innermost running Python frame (built-ins run in their caller's frame).</summary>
    public PyFrame? CurrentFrame;

    private partial PyDict? GetCurrentGlobals() => CurrentFrame?.Globals;

    /// <summary>The StopIteration an iterator's tp_iternext ended with (a generator's return value, or
    /// the exception a Python __next__ raised), kept beside the null result so `next()` and `__next__`
    /// can raise it as CPython does (there tp_iternext leaves the exception set).</summary>
    PyObject? _stopOwner, _stopValue;
    PyException? _stopException;

    /// <summary>Records that <paramref name="iterator"/> finished with StopIteration(value).</summary>
    public void SetStopIterationValue(PyObject iterator, PyObject value)
    {
        _stopOwner = iterator;
        _stopValue = value;
        _stopException = null;
    }

    /// <summary>Records that <paramref name="iterator"/> finished by raising this StopIteration.</summary>
    public void SetStopIteration(PyObject iterator, PyException stop)
    {
        _stopOwner = iterator;
        _stopValue = null;
        _stopException = stop;
    }

    /// <summary>Forgets what an earlier, unconsumed end of iteration recorded.</summary>
    public void ClearStopIteration() { _stopOwner = _stopValue = null; _stopException = null; }

    /// <summary>The StopIteration recorded for <paramref name="iterator"/> (null if none), clearing it.</summary>
    public PyException? TakeStopIteration(PyObject iterator)
    {
        if (!ReferenceEquals(_stopOwner, iterator)) return null;
        var r = _stopException ?? (_stopValue != null ? PyErr.StopIteration(_stopValue) : null);
        ClearStopIteration();
        return r;
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
    /// <summary>How many eval loops (<see cref="Interpreter.Run"/>) are active on this thread's .NET
    /// stack; the stack probe runs at every fourth level.</summary>
    internal int EvalNesting;
}
