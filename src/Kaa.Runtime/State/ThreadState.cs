using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

/// <summary>
/// The thread level of the state model (DESIGN §2): one per OS thread per interpreter it runs in.
/// Built-ins receive it as their first parameter; it is never looked up implicitly in hot code.
/// </summary>
public sealed partial class ThreadState
{
    /// <summary>
    /// The single allowed [ThreadStatic] slot (DESIGN §2 rule 1): the ThreadState current on this OS
    /// thread, used only at entry points from .NET callbacks that receive no state.
    /// </summary>
    [ThreadStatic] private static ThreadState? t_current;

    public ThreadState(InterpreterState interp)
    {
        Interp = interp;
        interp.AddThread(this);
    }

    public InterpreterState Interp { get; }

    /// <summary>Requests the eval loop must look at (GIL drop, pending calls, async exception...).</summary>
    public volatile int EvalBreaker;

    /// <summary>Depth of Python frames plus built-in recursions, compared with the recursion limit.</summary>
    public int RecursionDepth;

    /// <summary>sys.set_coroutine_origin_tracking_depth(): how many frames a new coroutine records
    /// in cr_origin (0: none). Per thread, as in CPython.</summary>
    public int CoroutineOriginTrackingDepth;

    /// <summary>Stack of exceptions being handled (sys.exc_info), innermost last.</summary>
    public readonly List<PyBaseException?> HandledExceptions = new();

    public PyBaseException? CurrentHandledException
    {
        get
        {
            for (int i = HandledExceptions.Count - 1; i >= 0; i--)
                if (HandledExceptions[i] is { } e) return e;
            return null;
        }
    }

    public static ThreadState? Current => t_current;

    /// <summary>Makes this the current thread state of the calling OS thread; returns the previous one.</summary>
    public ThreadState? MakeCurrent()
    {
        var prev = t_current;
        t_current = this;
        return prev;
    }

    public static void Restore(ThreadState? previous) => t_current = previous;
}

public sealed partial class ThreadState
{
    /// <summary>The globals of the innermost running Python frame (type() uses its __name__ for __module__).</summary>
    public PyDict? CurrentGlobals => GetCurrentGlobals();

    private partial PyDict? GetCurrentGlobals();
}

public sealed partial class ThreadState
{
    private readonly List<PyObject> _reprStack = new();

    /// <summary>Py_ReprEnter: false when obj is already being repr'd on this thread (recursive containers print "...").</summary>
    public bool ReprEnter(PyObject obj)
    {
        foreach (var o in _reprStack)
            if (ReferenceEquals(o, obj)) return false;
        _reprStack.Add(obj);
        return true;
    }

    public void ReprLeave(PyObject obj)
    {
        for (int i = _reprStack.Count - 1; i >= 0; i--)
            if (ReferenceEquals(_reprStack[i], obj)) { _reprStack.RemoveAt(i); return; }
    }
}
