using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

/// <summary>
/// The process level of the state model (DESIGN §2): the registry of interpreters and the main
/// interpreter. Everything Python can mutate lives one level down, in <see cref="InterpreterState"/>.
/// A process normally has one runtime; tests may create several, which never share mutable state.
/// </summary>
public sealed partial class RuntimeState
{
    private readonly Lock _registryLock = new();
    private readonly List<InterpreterState> _interpreters = new();
    private long _nextInterpreterId;

    public RuntimeState(RuntimeConfig? config = null)
    {
        Config = config ?? new RuntimeConfig();
        MainInterpreter = CreateInterpreter(InterpreterConfig.Legacy, isMain: true);
        // As after CPython's Py_Initialize, the main interpreter's first thread state holds its GIL.
        MainInterpreter.Gil.Acquire(MainInterpreter.InitialThread);
    }

    public RuntimeConfig Config { get; }

    /// <summary>The interpreter created with the runtime; it owns signal handling.</summary>
    public InterpreterState MainInterpreter { get; }

    /// <summary>Runtime-wide locks for modules wrapping non-reentrant native code (DESIGN §6).</summary>
    public NativeLocks NativeLocks { get; } = new();

    private Objects.PyObject? _stdlibModuleNames;

    /// <summary>
    /// sys.stdlib_module_names: a frozenset of str, deeply immutable, so one object built on first use
    /// serves every interpreter of the runtime (DESIGN §5) instead of ~300 strings per interpreter.
    /// </summary>
    public Objects.PyObject StdlibModuleNames(ThreadState ts, Func<ThreadState, Objects.PyObject> build)
    {
        var names = Volatile.Read(ref _stdlibModuleNames);
        if (names != null) return names;
        var made = build(ts);
        return Interlocked.CompareExchange(ref _stdlibModuleNames, made, null) ?? made;
    }

    public InterpreterState CreateInterpreter(InterpreterConfig config) => CreateInterpreter(config, isMain: false);

    private InterpreterState CreateInterpreter(InterpreterConfig config, bool isMain)
    {
        long id;
        lock (_registryLock) id = _nextInterpreterId++;
        var interp = new InterpreterState(this, id, config, isMain);
        lock (_registryLock) _interpreters.Add(interp);
        interp.Initialize();
        return interp;
    }

    internal void Unregister(InterpreterState interp)
    {
        lock (_registryLock) _interpreters.Remove(interp);
    }

    public IReadOnlyList<InterpreterState> Interpreters
    {
        get { lock (_registryLock) return _interpreters.ToArray(); }
    }
}

/// <summary>Process-wide settings fixed at start-up (the command line's -X options, -u, -I, ...).</summary>
public sealed class RuntimeConfig
{
    public string[] Argv { get; init; } = [""];
    public string[] XOptions { get; init; } = [];
    public bool Isolated { get; init; }
    public bool IgnoreEnvironment { get; init; }
    public bool Unbuffered { get; init; }
    public int OptimizeLevel { get; init; }
    public int Verbose { get; init; }
    public bool Inspect { get; init; }
    public bool Interactive { get; init; }
    public bool Quiet { get; init; }
    public bool DontWriteBytecode { get; init; } = true;
    /// <summary>Folder of the on-disk cache of compiled modules (<see cref="CodeCacheFiles"/>);
    /// null, the embedding default, compiles every imported module from source.</summary>
    public string? CodeCacheDirectory { get; init; }
    /// <summary>Use the cache but never write to it.</summary>
    public bool CodeCacheReadOnly { get; init; }
    public bool SafePath { get; init; }
    public bool NoUserSite { get; init; }
    public bool NoSite { get; init; }
    public int BytesWarning { get; init; }
    public bool DevMode { get; init; }
    /// <summary>The initial sys.get_int_max_str_digits() of every interpreter (0: no limit).</summary>
    public int IntMaxStrDigits { get; init; } = Objects.IntType.MaxStrDigits;
    public string[] WarnOptions { get; init; } = [];
    /// <summary>Where stdout/stderr/stdin go; the CLI passes the console's streams.</summary>
    public Stream? Stdin { get; init; }
    public Stream? Stdout { get; init; }
    public Stream? Stderr { get; init; }
    /// <summary>The sys.path entries to put first (the script's folder, or '' for -c and the REPL).</summary>
    public string[] PathPrefix { get; init; } = [];
}
