namespace Kaa.Runtime.State;

/// <summary>CPython's PyInterpreterConfig: what an interpreter is allowed to do.</summary>
public sealed record InterpreterConfig
{
    public bool UseMainObmalloc { get; init; }
    public bool AllowFork { get; init; }
    public bool AllowExec { get; init; }
    public bool AllowThreads { get; init; } = true;
    public bool AllowDaemonThreads { get; init; }
    public bool CheckMultiInterpExtensions { get; init; } = true;
    /// <summary>True: the interpreter has its own GIL; false: it shares the main interpreter's.</summary>
    public bool OwnGil { get; init; } = true;

    /// <summary>The "isolated" preset of concurrent.interpreters: own GIL, no fork/exec/daemon threads.</summary>
    public static readonly InterpreterConfig Isolated = new();

    /// <summary>The "legacy" preset: what the main interpreter and old-style subinterpreters use.</summary>
    public static readonly InterpreterConfig Legacy = new()
    {
        UseMainObmalloc = true, AllowFork = true, AllowExec = true, AllowThreads = true,
        AllowDaemonThreads = true, CheckMultiInterpExtensions = false, OwnGil = false,
    };
}
