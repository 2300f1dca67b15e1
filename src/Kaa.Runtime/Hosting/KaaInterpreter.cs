using Kaa.Runtime.CrossInterpreter;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Hosting;

/// <summary>
/// One Python interpreter seen from .NET. Every method may be called from any .NET thread: the calling
/// thread takes this interpreter's GIL for the duration of the call (releasing any other interpreter's
/// GIL it holds), so calls into one interpreter are serialized while calls into different interpreters
/// run in parallel. Python exceptions surface as <see cref="PythonException"/>.
/// </summary>
public sealed class KaaInterpreter : IDisposable
{
    private readonly KaaRuntime _runtime;
    private readonly bool _owned;
    private int _disposed;

    internal KaaInterpreter(KaaRuntime runtime, InterpreterState state, bool owned)
    {
        _runtime = runtime;
        State = state;
        _owned = owned;
    }

    /// <summary>The interpreter's state object (its id, config, GIL, modules).</summary>
    public InterpreterState State { get; }

    /// <summary>The interpreter id, as <c>_interpreters.get_current()[0]</c> reports it inside.</summary>
    public long Id => State.Id;

    /// <summary>True once disposed (or destroyed from Python).</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0 || State.IsDestroyed;

    /// <summary>Runs statements in the interpreter's <c>__main__</c> module.</summary>
    /// <exception cref="PythonException">The code raised an exception (or had a syntax error).</exception>
    public void Exec(string code) => Run(ts => Interpreter.RunCode(ts, CompileCached(ts, code, "exec"), Globals(ts), Globals(ts)));

    /// <summary>Runs statements, interrupting them (KeyboardInterrupt) when <paramref name="cancel"/> fires.</summary>
    public void Exec(string code, CancellationToken cancel)
    {
        using var reg = cancel.Register(() => Interrupt());
        Exec(code);
    }

    /// <summary>Evaluates an expression in <c>__main__</c> and converts the result with <see cref="PyConvert.ToClr"/>.</summary>
    public object? Eval(string expression) => Run(ts => PyConvert.ToClr(ts, EvalIn(ts, expression)));

    /// <summary>Evaluates an expression and converts the result to <typeparamref name="T"/> (Convert.ChangeType for numbers).</summary>
    public T Eval<T>(string expression) => ConvertTo<T>(Eval(expression));

    /// <summary>
    /// Evaluates an expression and returns the Python object itself. It belongs to this interpreter:
    /// use it only through this interpreter (e.g. pass it back to <see cref="Call(PyObject, object?[])"/>).
    /// </summary>
    public PyObject EvalObject(string expression) => Run(ts => EvalIn(ts, expression));

    /// <summary>Calls the callable named <paramref name="name"/> in <c>__main__</c> (a dotted path is allowed) with converted arguments.</summary>
    public object? Call(string name, params object?[] args)
        => Run(ts => PyConvert.ToClr(ts, CallIn(ts, Lookup(ts, name), args)));

    /// <summary>Calls a Python object of this interpreter.</summary>
    public object? Call(PyObject callable, params object?[] args)
        => Run(ts => PyConvert.ToClr(ts, CallIn(ts, callable, args)));

    /// <summary>Binds a global in <c>__main__</c> (converted with <see cref="PyConvert.ToPython"/>).</summary>
    public void SetGlobal(string name, object? value)
        => Run(ts => { Globals(ts).SetItemStr(name, PyConvert.ToPython(ts, value)); return 0; });

    /// <summary>A global of <c>__main__</c>, converted; throws <see cref="KeyNotFoundException"/> when unbound.</summary>
    public object? GetGlobal(string name)
        => Run(ts => Globals(ts).GetStr(name) is { } v ? PyConvert.ToClr(ts, v) : throw new KeyNotFoundException(name));

    /// <summary>
    /// Raises KeyboardInterrupt (or <paramref name="exceptionType"/>, a built-in exception type) in the
    /// code running in this interpreter at its next check; does nothing to an idle interpreter.
    /// Safe to call from any thread. Returns the number of threads signalled.
    /// </summary>
    public int Interrupt(PyType? exceptionType = null)
    {
        if (State.ActiveSessions == 0 && State.Gil.Holder == null) return 0;
        return State.RequestInterrupt(exceptionType == null ? null : () => PyBaseException.Create(exceptionType, PyTuple.Empty));
    }

    /// <summary>
    /// Runs <paramref name="action"/> with this interpreter's GIL held by the calling thread and its
    /// thread state current; Python exceptions become <see cref="PythonException"/>. The building block
    /// of the other methods, for code that works with <see cref="PyObject"/>s directly.
    /// </summary>
    public T Run<T>(Func<ThreadState, T> action)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        using var sw = XISwitch.Enter(null, State);
        try
        {
            return action(sw.Target);
        }
        catch (PyException e)
        {
            throw new PythonException(ExcInfo.FromException(sw.Target, e.Value), Id);
        }
    }

    /// <summary>Destroys the interpreter (joins its threads, runs its atexit callbacks). The main interpreter is never destroyed.</summary>
    /// <exception cref="InvalidOperationException">Code is running in the interpreter now.</exception>
    public void Dispose()
    {
        if (!_owned) return;
        if (Interlocked.CompareExchange(ref _disposed, 1, 0) != 0) return;
        try
        {
            if (!State.IsDestroyed) XI.DestroyInterpreter(null, State);
        }
        catch (PyException e)
        {
            Volatile.Write(ref _disposed, 0);
            throw new InvalidOperationException($"cannot destroy {State}: {e.Message}");
        }
        catch
        {
            Volatile.Write(ref _disposed, 0);
            throw;
        }
        _runtime.Forget(this);
    }

    public override string ToString() => $"KaaInterpreter({Id})";

    // ---- helpers (GIL held) ----

    private static PyDict Globals(ThreadState ts) => ts.Interp.MainModule.Dict;

    private PyCode CompileCached(ThreadState ts, string source, string mode) => XI.CompileCached(ts, source, "<string>", mode);

    private PyObject EvalIn(ThreadState ts, string expression)
        => Interpreter.RunCode(ts, CompileCached(ts, expression, "eval"), Globals(ts), Globals(ts));

    private static PyObject Lookup(ThreadState ts, string name)
    {
        var parts = name.Split('.');
        var g = Globals(ts);
        PyObject? cur = g.GetStr(parts[0]) ?? ts.Interp.BuiltinsDict.GetStr(parts[0]);
        if (cur == null) throw PyErr.NameError($"name '{parts[0]}' is not defined");
        for (int i = 1; i < parts.Length; i++) cur = Ops.GetAttr(ts, cur, PyStr.From(parts[i]));
        return cur;
    }

    private static PyObject CallIn(ThreadState ts, PyObject callable, object?[] args)
    {
        var pyArgs = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) pyArgs[i] = PyConvert.ToPython(ts, args[i]);
        return Ops.Call(ts, callable, pyArgs);
    }

    private static T ConvertTo<T>(object? value)
    {
        if (value is T t) return t;
        if (value == null) return default!;
        if (value is System.Numerics.BigInteger big && typeof(T) == typeof(double)) return (T)(object)PyInt.BigToDouble(big);
        return (T)System.Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
