using Kaa.Runtime.CrossInterpreter;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Hosting;

/// <summary>
/// The entry point for .NET applications that embed Python: one Kaa runtime (a process normally has
/// one) with its main interpreter, from which isolated interpreters are created. Each interpreter has
/// its own GIL, so interpreters used from different .NET threads run Python in parallel.
/// </summary>
/// <example>
/// <code>
/// using var runtime = new KaaRuntime();
/// using var interp = runtime.CreateInterpreter();
/// interp.Exec("x = 1");
/// var y = interp.Eval("x + 1");   // 2
/// </code>
/// </example>
public sealed class KaaRuntime : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<KaaInterpreter> _created = new();
    private bool _disposed;

    /// <summary>Creates a runtime and its main interpreter.</summary>
    /// <param name="config">Process-wide settings (argv, standard streams, ...); defaults when null.</param>
    public KaaRuntime(RuntimeConfig? config = null)
    {
        State = new RuntimeState(config);
        // Py_Initialize leaves the main interpreter's GIL held by the creating thread; a host calls into
        // interpreters from any thread, so give it back (PyEval_SaveThread) and take it per call.
        var main = State.MainInterpreter;
        if (ReferenceEquals(main.Gil.Holder, main.InitialThread)) main.Gil.Release(main.InitialThread);
        MainInterpreter = new KaaInterpreter(this, main, owned: false);
    }

    /// <summary>The runtime's state (for advanced use: the interpreter registry, the queues).</summary>
    public RuntimeState State { get; }

    /// <summary>The main interpreter. It shares nothing with the interpreters created here and is never destroyed.</summary>
    public KaaInterpreter MainInterpreter { get; }

    /// <summary>
    /// Creates a new interpreter with its own GIL, <c>sys</c>, <c>builtins</c>, <c>__main__</c> and
    /// <c>sys.modules</c>. Dispose it to destroy it.
    /// </summary>
    /// <param name="config">Its settings; <see cref="InterpreterConfig.Isolated"/> when null.</param>
    public KaaInterpreter CreateInterpreter(InterpreterConfig? config = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var interp = XI.CreateInterpreter(State, config ?? InterpreterConfig.Isolated, InterpreterWhence.Capi);
        var k = new KaaInterpreter(this, interp, owned: true);
        lock (_lock) _created.Add(k);
        return k;
    }

    internal void Forget(KaaInterpreter k)
    {
        lock (_lock) _created.Remove(k);
    }

    /// <summary>The interpreters created through this runtime and not disposed yet.</summary>
    public IReadOnlyList<KaaInterpreter> Interpreters
    {
        get { lock (_lock) return _created.ToArray(); }
    }

    /// <summary>Destroys every interpreter created through this runtime that is still alive.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        KaaInterpreter[] all;
        lock (_lock) all = _created.ToArray();
        foreach (var k in all)
        {
            try { k.Dispose(); }
            catch (InvalidOperationException) { }
        }
    }
}
