using Kaa.Runtime.CrossInterpreter;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

/// <summary>Where an interpreter was created (CPython's _PyInterpreterState_WHENCE_*).</summary>
public enum InterpreterWhence
{
    Unknown = 0,
    Runtime = 1,
    LegacyCapi = 2,
    Capi = 3,
    Xi = 4,
    Stdlib = 5,
}

/// <summary>
/// The cross-interpreter parts of an interpreter (DESIGN §5): how it was created, its id references,
/// the thread states other OS threads use to run in it, its <c>__main__</c>, its atexit callbacks,
/// and the lifecycle flags that make destroy/exec/interrupt safe from any thread.
/// </summary>
public sealed partial class InterpreterState
{
    private readonly Lock _xiLock = new();
    private readonly Dictionary<int, ThreadState> _threadStatesByOsThread = new();
    private readonly List<PyObject> _atExit = new();
    private int _idRefs;
    private bool _requiresIdRef;
    private int _sessions;
    private int _runningMainThread;
    private volatile bool _destroyed;
    private volatile bool _finalizing;
    private PyModule? _mainModule;
    private XIExceptionTypes? _xiExceptions;

    /// <summary>Where this interpreter was created; <see cref="InterpreterWhence.Runtime"/> for the main one.</summary>
    public InterpreterWhence Whence
    {
        get => IsMain ? InterpreterWhence.Runtime : _whence;
        internal set => _whence = value;
    }

    private InterpreterWhence _whence = InterpreterWhence.Capi;

    /// <summary>True once the interpreter has been finalized and removed from the runtime's registry.</summary>
    public bool IsDestroyed => _destroyed;

    /// <summary>True while the interpreter is being finalized (atexit callbacks, thread joins).</summary>
    public bool IsFinalizing => _finalizing;

    /// <summary>Number of cross-interpreter sessions (exec/call/hosting calls) running in it now.</summary>
    public int ActiveSessions => Volatile.Read(ref _sessions);

    /// <summary>is_running(): the main interpreter always runs; any other runs while a session is active in it.</summary>
    public bool IsRunningMain => IsMain || Volatile.Read(ref _runningMainThread) != 0 || Volatile.Read(ref _sessions) > 0;

    /// <summary>
    /// Callbacks the host registers to run, last-in first-out, when this interpreter is finalized, after
    /// those of the atexit module: callables, or (callable, args tuple, kwargs dict or None) tuples.
    /// </summary>
    public List<PyObject> AtExitCallbacks => _atExit;

    /// <summary>The thread states of this interpreter alive now (a snapshot).</summary>
    public ThreadState[] ThreadStates
    {
        get { lock (_threadsLock) return _threads.ToArray(); }
    }

    /// <summary>
    /// The thread state the calling OS thread uses to run code in this interpreter: one per
    /// (OS thread, interpreter) pair, made on first use and cached (DESIGN §3).
    /// </summary>
    public ThreadState ThreadStateForCurrentThread()
    {
        int id = Environment.CurrentManagedThreadId;
        lock (_xiLock)
        {
            if (_threadStatesByOsThread.TryGetValue(id, out var ts)) return ts;
            if (InitialThread != null && InitialThread.ManagedThreadId == id && !_threadStatesByOsThread.ContainsValue(InitialThread))
                ts = InitialThread;
            else
                ts = new ThreadState(this);
            _threadStatesByOsThread[id] = ts;
            return ts;
        }
    }

    /// <summary>The interpreter's <c>__main__</c> module, created on first use and put in sys.modules.</summary>
    public PyModule MainModule
    {
        get
        {
            lock (_xiLock)
            {
                if (Modules.GetStr("__main__") is PyModule m) return _mainModule = m;
                if (_mainModule == null)
                {
                    _mainModule = new PyModule("__main__");
                    _mainModule.Dict.SetItemStr(Names.__builtins__, Builtins);
                    _mainModule.Dict.SetItemStr(Names.__package__, PyNone.Value);
                    _mainModule.Dict.SetItemStr(Names.__loader__, PyNone.Value);
                    _mainModule.Dict.SetItemStr(Names.__spec__, PyNone.Value);
                }
                Modules.SetItemStr("__main__", _mainModule);
                return _mainModule;
            }
        }
    }

    /// <summary>This interpreter's InterpreterError, InterpreterNotFoundError and NotShareableError (heap types, made on first use).</summary>
    internal XIExceptionTypes GetXIExceptions(ThreadState ts)
    {
        var e = Volatile.Read(ref _xiExceptions);
        if (e != null) return e;
        e = XIExceptionTypes.Create(ts);
        lock (_xiLock) return _xiExceptions ??= e;
    }

    internal void IncrefId()
    {
        lock (_xiLock) _idRefs++;
    }

    /// <summary>Drops an id reference; true when this was the last one and the interpreter asked to be destroyed then.</summary>
    internal bool DecrefId()
    {
        lock (_xiLock)
        {
            if (_idRefs > 0) _idRefs--;
            return _idRefs == 0 && _requiresIdRef;
        }
    }

    internal void RequireIdRef(bool required)
    {
        lock (_xiLock) _requiresIdRef = required;
    }

    internal int IdRefCount { get { lock (_xiLock) return _idRefs; } }

    internal void EnterSession() => Interlocked.Increment(ref _sessions);
    internal void ExitSession() => Interlocked.Decrement(ref _sessions);

    /// <summary>Marks the interpreter as running its "main" program on this thread; false when another thread already is.</summary>
    internal bool TrySetRunningMain()
        => Interlocked.CompareExchange(ref _runningMainThread, Environment.CurrentManagedThreadId, 0) == 0;

    internal void ClearRunningMain() => Volatile.Write(ref _runningMainThread, 0);

    private int _finalizeStarted;

    /// <summary>Claims the right to finalize this interpreter; false when someone else already did.</summary>
    internal bool TryBeginFinalize()
    {
        if (Interlocked.CompareExchange(ref _finalizeStarted, 1, 0) != 0) return false;
        _finalizing = true;
        return true;
    }

    private readonly Dictionary<PyType, Func<ThreadState, PyObject, XIData>> _xiClasses = new(ReferenceEqualityComparer.Instance);

    /// <summary>Registers how instances of a class cross interpreters (CPython's _PyXIData_RegisterClass, per interpreter).</summary>
    public void RegisterXIClass(PyType cls, Func<ThreadState, PyObject, XIData> getData)
    {
        lock (_xiLock) _xiClasses[cls] = getData;
    }

    public void UnregisterXIClass(PyType cls)
    {
        lock (_xiLock) _xiClasses.Remove(cls);
    }

    /// <summary>The registered cross-interpreter data getter of the object's class or of its nearest registered base.</summary>
    public Func<ThreadState, PyObject, XIData>? LookupXIClass(PyType cls)
    {
        lock (_xiLock)
        {
            if (_xiClasses.Count == 0) return null;
            foreach (var t in cls.MroArray.Length > 0 ? cls.MroArray : [cls])
                if (_xiClasses.TryGetValue(t, out var g)) return g;
            return null;
        }
    }

    internal void MarkDestroyed()
    {
        _destroyed = true;
        lock (_xiLock)
        {
            _threadStatesByOsThread.Clear();
            _atExit.Clear();
        }
    }

    /// <summary>
    /// Asks every thread of this interpreter to raise <paramref name="exc"/> (KeyboardInterrupt when
    /// null) at its next eval-breaker check: the host's or another interpreter's way to cancel
    /// running code (DESIGN §5). Returns the number of thread states signalled.
    /// </summary>
    public int RequestInterrupt(Func<PyBaseException>? exc = null)
    {
        int n = 0;
        foreach (var ts in ThreadStates)
        {
            ts.PendingAsyncException = exc?.Invoke() ?? PyBaseException.Create(PyExc.KeyboardInterrupt, PyTuple.Empty);
            ts.RequestEvalBreak(EvalBreakerBits.InterruptRequested);
            n++;
        }
        return n;
    }
}

/// <summary>The cross-interpreter parts of the runtime: the interpreter lookup by id and the queues.</summary>
public sealed partial class RuntimeState
{
    private CrossQueues? _queues;

    /// <summary>
    /// Compiled code by (source, filename, mode): code objects are immutable and shared by every
    /// interpreter (DESIGN §2 rule 6), so a script run in many interpreters is compiled once.
    /// </summary>
    /// <remarks>The key is a class, not a value tuple: the dictionary's code over a value tuple cannot be
    /// precompiled (ReadyToRun) and would be JIT-compiled at every start-up.</remarks>
    internal readonly System.Collections.Concurrent.ConcurrentDictionary<SourceKey, PyCode> CodeCache = new();

    internal sealed record SourceKey(string Source, string Filename, string Mode);

    /// <summary>The cross-interpreter queues of <c>_interpqueues</c>: they live at runtime level.</summary>
    public CrossQueues Queues
    {
        get
        {
            var q = Volatile.Read(ref _queues);
            if (q != null) return q;
            lock (_registryLock) return _queues ??= new CrossQueues();
        }
    }

    /// <summary>The live interpreter with this id, or null.</summary>
    public InterpreterState? FindInterpreter(long id)
    {
        lock (_registryLock)
        {
            foreach (var i in _interpreters)
                if (i.Id == id && !i.IsDestroyed) return i;
        }
        return null;
    }
}
