using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

/// <summary>
/// The interpreter level of the state model (DESIGN §2): everything Python code can mutate or
/// observe. Two interpreters never share an object from here.
/// </summary>
public sealed partial class InterpreterState
{
    private readonly Lock _threadsLock = new();
    private readonly List<ThreadState> _threads = new();

    internal InterpreterState(RuntimeState runtime, long id, InterpreterConfig config, bool isMain)
    {
        Runtime = runtime;
        Id = id;
        Config = config;
        IsMain = isMain;
        Gil = config.OwnGil || isMain ? new Gil() : runtime.MainInterpreter.Gil;
        IntMaxStrDigits = runtime.Config.IntMaxStrDigits;
    }

    public RuntimeState Runtime { get; }
    public long Id { get; }
    public InterpreterConfig Config { get; }
    public bool IsMain { get; }
    public Gil Gil { get; }

    /// <summary>sys.modules.</summary>
    public PyDict Modules { get; private set; } = null!;
    public PyModule Builtins { get; private set; } = null!;
    public PyDict BuiltinsDict => Builtins.Dict;
    public PyModule Sys { get; private set; } = null!;

    public int RecursionLimit { get; set; } = 1000;

    /// <summary>The hooks added with sys.addaudithook (per interpreter, as in CPython).</summary>
    public List<PyObject> AuditHooks { get; } = [];

    /// <summary>sys.get_int_max_str_digits(): the int&lt;-&gt;decimal str conversion limit (0: none).</summary>
    public int IntMaxStrDigits { get; set; }

    /// <summary>sys.getswitchinterval() in seconds; stored on the GIL in microseconds.</summary>
    public double SwitchInterval
    {
        get => Gil.IntervalMicroseconds / 1e6;
        set => Gil.IntervalMicroseconds = Math.Max(1, (long)Math.Round(value * 1e6));
    }

    /// <summary>Strings interned by sys.intern and by the compiler for this interpreter.</summary>
    public Dictionary<string, PyStr> Interned { get; } = new(StringComparer.Ordinal);

    /// <summary>The per-interpreter parts of static built-in types: their __subclasses__.</summary>
    internal Dictionary<PyType, List<WeakReference<PyType>>> StaticTypeSubclasses { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Formats an uncaught exception with its traceback (set by the traceback printer); null = one line.</summary>
    public Func<ThreadState, PyBaseException, string>? ExceptionFormatter { get; set; }

    /// <summary>id() numbers handed out so far.</summary>
    public ObjectIdState Ids { get; } = new();

    /// <summary>Per-interpreter state of modules written in C#, keyed by module definition.</summary>
    internal Dictionary<object, object> ModuleStates { get; } = new(ReferenceEqualityComparer.Instance);

    internal void Initialize()
    {
        Modules = new PyDict();
        var mainThread = new ThreadState(this);
        InitialThread = mainThread;
        ModuleRegistry.Bootstrap(mainThread, this, out var builtins, out var sys);
        Builtins = builtins;
        Sys = sys;
    }

    internal void SetBootstrapModules(PyModule builtins, PyModule? sys)
    {
        Builtins = builtins;
        if (sys != null) Sys = sys;
    }

    /// <summary>The thread state made when the interpreter was created; hosts reuse it.</summary>
    public ThreadState InitialThread { get; private set; } = null!;

    internal void AddThread(ThreadState ts) { lock (_threadsLock) _threads.Add(ts); }
    internal void RemoveThread(ThreadState ts) { lock (_threadsLock) _threads.Remove(ts); }

    public PyStr Intern(string s)
    {
        lock (Interned)
        {
            if (!Interned.TryGetValue(s, out var str))
                Interned[s] = str = PyStr.From(s);
            return str;
        }
    }

    public override string ToString() => $"interpreter {Id}";
}
