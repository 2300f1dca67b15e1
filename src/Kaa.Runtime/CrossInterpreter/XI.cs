using Kaa.Compiler;
using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Parsing;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.CrossInterpreter;

/// <summary>
/// Switching the calling OS thread into another interpreter (DESIGN §3): release the caller's GIL,
/// take the target's with this thread's thread state for it, make that state current; undo on
/// <see cref="Dispose"/>. Re-entering the interpreter the thread is already running in is a no-op
/// switch, so a .NET callback may call back into its own interpreter.
/// </summary>
public sealed class XISwitch : IDisposable
{
    private readonly ThreadState? _outer;
    private readonly bool _outerHeld;
    private readonly bool _reentrant;
    private readonly ThreadState? _previousCurrent;
    private readonly bool _runningMain;
    private bool _done;

    /// <summary>The thread state the code runs with in the target interpreter.</summary>
    public ThreadState Target { get; }

    private XISwitch(ThreadState? caller, InterpreterState interp, bool claimMain)
    {
        var outer = caller ?? ThreadState.Current;
        var tts = interp.ThreadStateForCurrentThread();
        bool outerHeld = outer != null && ReferenceEquals(outer.Interp.Gil.Holder, outer);
        _reentrant = outerHeld && ReferenceEquals(outer, tts);
        if (claimMain && !_reentrant)
        {
            if (!interp.TrySetRunningMain())
                throw caller != null
                    ? XIErrors.InterpreterError(caller, "interpreter already running")
                    : new InvalidOperationException($"{interp} is already running");
            _runningMain = true;
        }
        if (!_reentrant)
        {
            if (outerHeld) outer!.Interp.Gil.Release(outer);
            try
            {
                interp.Gil.Acquire(tts);
            }
            catch
            {
                if (_runningMain) interp.ClearRunningMain();
                if (outerHeld) outer!.Interp.Gil.Acquire(outer);
                throw;
            }
            // An interrupt aimed at an earlier session must not hit this one.
            tts.ClearEvalBreak(EvalBreakerBits.InterruptRequested);
            tts.PendingAsyncException = null;
        }
        _outer = outer;
        _outerHeld = outerHeld;
        Target = tts;
        _previousCurrent = tts.MakeCurrent();
        interp.EnterSession();
    }

    /// <summary>
    /// Switches into <paramref name="interp"/>. <paramref name="caller"/> is the thread state of the
    /// Python code asking (null from the host). With <paramref name="claimMain"/> the interpreter is
    /// marked as running its main program and a second such session fails ("interpreter already running").
    /// </summary>
    public static XISwitch Enter(ThreadState? caller, InterpreterState interp, bool claimMain = false)
    {
        if (interp.IsDestroyed)
        {
            if (caller != null) throw XIErrors.InterpreterNotFound(caller, interp.Id);
            throw new ObjectDisposedException(interp.ToString());
        }
        return new XISwitch(caller, interp, claimMain);
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        var interp = Target.Interp;
        interp.ExitSession();
        ThreadState.Restore(_previousCurrent);
        if (_runningMain) interp.ClearRunningMain();
        if (!_reentrant)
        {
            interp.Gil.Release(Target);
            if (_outerHeld) _outer!.Interp.Gil.Acquire(_outer);
        }
    }
}

/// <summary>
/// A snapshot of an exception raised in another interpreter (CPython's _PyXI_excinfo): only strings
/// cross, never the exception object.
/// </summary>
public sealed class ExcInfo
{
    public string? TypeName { get; init; }
    public string? TypeQualName { get; init; }
    public string? TypeModule { get; init; }
    public string? Message { get; init; }
    /// <summary>The formatted traceback, as traceback.TracebackException.format() gives it, without the final newline.</summary>
    public string? ErrDisplay { get; init; }

    public static ExcInfo FromException(ThreadState ts, PyBaseException exc)
    {
        var t = exc.ObType;
        string? msg;
        try { msg = Ops.StrString(ts, exc); }
        catch (PyException) { msg = null; }
        string? display;
        try { display = ExceptionText.Format(ts, exc); }
        catch (PyException) { display = null; }
        if (display != null && display.EndsWith('\n')) display = display[..^1];
        return new ExcInfo { TypeName = t.Name, TypeQualName = t.QualName, TypeModule = t.ModuleName, Message = msg, ErrDisplay = display };
    }

    /// <summary>"module.QualName: msg", without the module for builtins and __main__ (_PyXI_excinfo_format).</summary>
    public string? Formatted
    {
        get
        {
            var qual = TypeQualName ?? TypeName;
            if (qual != null)
            {
                var module = TypeModule is "builtins" or "__main__" ? null : TypeModule;
                var head = module != null ? $"{module}.{qual}" : qual;
                return Message != null ? $"{head}: {Message}" : head;
            }
            return Message;
        }
    }

    /// <summary>The types.SimpleNamespace that _interpreters.exec() returns: type, msg, formatted, errdisplay.</summary>
    public PyObject ToNamespace()
    {
        PyObject type = PyNone.Value;
        var typeAttrs = new List<(string, PyObject)>();
        if (TypeName != null) typeAttrs.Add(("__name__", PyStr.From(TypeName)));
        if (TypeQualName != null) typeAttrs.Add(("__qualname__", PyStr.From(TypeQualName)));
        if (TypeModule != null) typeAttrs.Add(("__module__", PyStr.From(TypeModule)));
        if (typeAttrs.Count > 0) type = SysModule.SimpleNamespace([.. typeAttrs]);
        var attrs = new List<(string, PyObject)>
        {
            ("type", type),
            ("msg", Message == null ? PyNone.Value : PyStr.From(Message)),
            ("formatted", Formatted is { } f ? PyStr.From(f) : PyNone.Value),
        };
        if (ErrDisplay != null) attrs.Add(("errdisplay", PyStr.From(ErrDisplay)));
        return SysModule.SimpleNamespace([.. attrs]);
    }

    public override string ToString() => Formatted ?? "";
}

/// <summary>
/// The cross-interpreter operations behind _interpreters, _interpqueues and the hosting API:
/// creating and destroying interpreters, running scripts and calls in them, compiling.
/// </summary>
public static class XI
{
    /// <summary>Creates an interpreter (whence tells who asked for it).</summary>
    public static InterpreterState CreateInterpreter(RuntimeState runtime, InterpreterConfig config, InterpreterWhence whence)
    {
        // Objects made while bootstrapping the new interpreter must not be recorded as owned by the
        // caller's interpreter (isolation-check builds record ThreadState.Current's interpreter).
        var previous = ThreadState.Current;
        ThreadState.Restore(null);
        InterpreterState interp;
        try { interp = runtime.CreateInterpreter(config); }
        finally { ThreadState.Restore(previous); }
        interp.Whence = whence;
        return interp;
    }

    /// <summary>
    /// Finalizes and destroys an interpreter (Py_EndInterpreter): joins its non-daemon threads, runs its
    /// atexit callbacks, applies the unbound-item policy to what it put in queues, unregisters it.
    /// </summary>
    public static void DestroyInterpreter(ThreadState? caller, InterpreterState interp)
    {
        if (caller != null && ReferenceEquals(caller.Interp, interp))
            throw XIErrors.InterpreterError(caller, "cannot destroy the current interpreter");
        if (interp.IsMain)
        {
            if (caller != null) throw XIErrors.InterpreterError(caller, "interpreter running");
            throw new InvalidOperationException("the main interpreter cannot be destroyed");
        }
        if (interp.IsRunningMain || !interp.TryBeginFinalize())
        {
            if (interp.IsDestroyed && caller != null) throw XIErrors.InterpreterNotFound(caller, interp.Id);
            if (caller != null) throw XIErrors.InterpreterError(caller, "interpreter running");
            throw new InvalidOperationException($"{interp} is running");
        }
        try
        {
            using var sw = XISwitch.Enter(caller, interp);
            Finalize(sw.Target);
        }
        finally
        {
            interp.Runtime.Queues.ClearInterpreter(interp.Id);
            interp.MarkDestroyed();
            interp.Runtime.Unregister(interp);
        }
    }

    private static void Finalize(ThreadState ts)
    {
        var interp = ts.Interp;
        WaitForThreadsAtExit(ts);
        // atexit callbacks, last registered first: the atexit module's, then the host's.
        AtexitModule.RunExitFuncs(ts);
        var callbacks = interp.AtExitCallbacks;
        while (true)
        {
            PyObject entry;
            lock (callbacks)
            {
                if (callbacks.Count == 0) break;
                entry = callbacks[^1];
                callbacks.RemoveAt(callbacks.Count - 1);
            }
            try
            {
                if (entry is PyTuple { Count: 3 } t)
                    Ops.CallWithTupleDict(ts, t[0], t[1] as PyTuple ?? PyTuple.Empty, t[2] as PyDict);
                else
                    Ops.Call(ts, entry);
            }
            catch (PyException e)
            {
                var f = entry is PyTuple { Count: > 0 } t2 ? t2[0] : entry;
                string repr;
                try { repr = Ops.ReprString(ts, f); } catch (PyException) { repr = "?"; }
                ReportUnraisable(ts, e.Value, $"Exception ignored in atexit callback {repr}");
            }
        }
        // Py_EndInterpreter flushes the interpreter's own files and sys.stdout/sys.stderr: a
        // sub-interpreter's block-buffered stdout would otherwise lose what it printed.
        IoModule.FlushAtExit(ts);
    }

    /// <summary>
    /// The first step of finalizing an interpreter (Py_FinalizeEx's wait_for_thread_shutdown):
    /// threading._shutdown() joins the non-daemon threads started with threading; _thread's own
    /// _shutdown covers threads started with the low-level module.
    /// </summary>
    public static void WaitForThreadsAtExit(ThreadState ts)
    {
        var interp = ts.Interp;
        foreach (var (module, func) in new[] { ("threading", "_shutdown"), ("_thread", "_shutdown") })
        {
            if (interp.Modules.GetStr(module) is not { } m || m is PyNone) continue;
            try
            {
                if (Ops.TryGetAttr(ts, m, PyStr.From(func), out var f) && f != null) Ops.Call(ts, f);
            }
            catch (PyException e) { ReportUnraisable(ts, e.Value, $"Exception ignored on threading shutdown"); }
            break;
        }
    }

    internal static void ReportUnraisable(ThreadState ts, PyBaseException exc, string header)
    {
        try
        {
            var err = ts.Interp.Sys.Dict.GetStr("stderr");
            if (err == null || err is PyNone) return;
            Ops.CallMethod(ts, err, Names.write, PyStr.From(header + ":\n" + ExceptionText.Format(ts, exc)));
        }
        catch (PyException)
        {
        }
    }

    /// <summary>
    /// Runs <paramref name="code"/> in the <c>__main__</c> of <paramref name="interp"/> after binding
    /// <paramref name="shared"/> there; returns null on success or the snapshot of the uncaught exception.
    /// </summary>
    public static ExcInfo? RunScript(ThreadState? caller, InterpreterState interp, PyCode code,
        IReadOnlyList<(string Name, XIData Value)>? shared, bool claimMain = true)
    {
        using var sw = XISwitch.Enter(caller, interp, claimMain);
        var ts = sw.Target;
        try
        {
            var ns = interp.MainModule.Dict;
            if (shared != null)
                foreach (var (name, value) in shared) ns.SetItemStr(name, value.NewObject(ts));
            Interpreter.RunCode(ts, code, ns, ns);
            return null;
        }
        catch (PyException e)
        {
            return ExcInfo.FromException(ts, e.Value);
        }
    }

    /// <summary>Binds values in the <c>__main__</c> of <paramref name="interp"/> (set___main___attrs).</summary>
    public static void SetMainAttrs(ThreadState? caller, InterpreterState interp, IReadOnlyList<(string Name, XIData Value)> values)
    {
        using var sw = XISwitch.Enter(caller, interp, claimMain: true);
        var ns = interp.MainModule.Dict;
        foreach (var (name, value) in values) ns.SetItemStr(name, value.NewObject(sw.Target));
    }

    /// <summary>The result of <see cref="Call"/>: the returned value's data, or the exception snapshot.</summary>
    public readonly record struct CallResult(XIData? Result, ExcInfo? Error, string? NotShareable);

    /// <summary>
    /// Calls a function in <paramref name="interp"/>: the callable and arguments arrive as cross-interpreter
    /// data, the result leaves as cross-interpreter data (with the full fallback, like CPython's call()).
    /// </summary>
    public static CallResult Call(ThreadState? caller, InterpreterState interp, XIData func, XIData? args, XIData? kwargs,
        bool claimMain = true)
    {
        using var sw = XISwitch.Enter(caller, interp, claimMain);
        var ts = sw.Target;
        PyObject result;
        // As in CPython, the callee sees a __main__ in sys.modules (Kaa creates it lazily).
        _ = interp.MainModule;
        PyObject f;
        PyTuple a;
        PyDict? k;
        string what = "func";
        try
        {
            f = func.NewObject(ts);
            what = "args";
            a = args?.NewObject(ts) as PyTuple ?? PyTuple.Empty;
            what = "kwargs";
            k = kwargs?.NewObject(ts) as PyDict;
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(interp.GetXIExceptions(ts).NotShareableError))
        {
            // wrap_notshareable/unwrap_not_shareable: the caller gets NotShareableError("func not shareable").
            return new CallResult(null, null, $"{what} not shareable");
        }
        catch (PyException e)
        {
            return new CallResult(null, ExcInfo.FromException(ts, e.Value), null);
        }
        try
        {
            result = Ops.CallWithTupleDict(ts, f, a, k);
        }
        catch (PyException e)
        {
            return new CallResult(null, ExcInfo.FromException(ts, e.Value), null);
        }
        try
        {
            return new CallResult(XIData.Get(ts, result, XIFallback.FullFallback), null, null);
        }
        catch (PyException e)
        {
            string msg;
            try { msg = Ops.StrString(ts, e.Value); } catch (PyException) { msg = "object does not support cross-interpreter data"; }
            return new CallResult(null, null, msg);
        }
    }

    /// <summary>
    /// The data a callable crosses as for call(): stateless functions by their code, built-in functions
    /// and module-level callables by module and name, anything else through pickle.
    /// </summary>
    public static XIData GetCallableData(ThreadState ts, PyObject callable)
    {
        if (!Ops.IsCallable(callable))
            throw PyErr.TypeError($"expected a callable, got {Ops.ReprString(ts, callable)}");
        if (callable is PyFunction f)
        {
            if (FunctionData.TryCreate(ts, f, out var fd, out _)) { fd!.SourceInterpreterId = ts.Interp.Id; return fd; }
        }
        if (ModuleAttrData.TryCreate(ts, callable, out var md)) { md!.SourceInterpreterId = ts.Interp.Id; return md; }
        return XIData.Get(ts, callable, XIFallback.FullFallback);
    }

    /// <summary>
    /// Compiles source text in the calling interpreter. The code object is immutable, so it then runs
    /// in any interpreter without being copied (DESIGN §2 rule 6).
    /// </summary>
    public static PyCode Compile(ThreadState ts, string source, string filename, string mode = "exec")
    {
        try
        {
            Kaa.Compiler.Ast.Mod mod = mode switch
            {
                "exec" => Parser.ParseModule(source, filename),
                "eval" => Parser.ParseExpression(source, filename),
                "single" => Parser.ParseInteractive(source, filename),
                _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
            };
            var unit = Compiler.CodeGen.Compiler.Compile(mod, filename, new CompileOptions { Source = source });
            return new PyCode(ts, unit);
        }
        catch (SyntaxErrorException e)
        {
            throw SyntaxError(e);
        }
    }

    /// <summary>Like <see cref="Compile"/>, through the runtime's cache of compiled code (bounded; cleared when full).</summary>
    public static PyCode CompileCached(ThreadState ts, string source, string filename, string mode = "exec")
    {
        var cache = ts.Interp.Runtime.CodeCache;
        var key = new RuntimeState.SourceKey(source, filename, mode);
        if (cache.TryGetValue(key, out var code)) return code;
        code = Compile(ts, source, filename, mode);
        if (cache.Count >= 512) cache.Clear();
        cache[key] = code;
        return code;
    }

    /// <summary>A Python SyntaxError (or the subclass the compiler named) for a compile error.</summary>
    public static PyException SyntaxError(SyntaxErrorException e)
    {
        var type = e.Kind switch
        {
            "IndentationError" => PyExc.IndentationError,
            "TabError" => PyExc.TabError,
            "_IncompleteInputError" => PyExc.IncompleteInputError,
            _ => PyExc.SyntaxError,
        };
        PyObject text = e.Text == null ? PyNone.Value : PyStr.From(e.Text);
        var details = new PyTuple([PyStr.From(e.Filename), PyInt.From(e.Lineno), PyInt.From(e.Offset), text,
            PyInt.From(e.EndLineno), PyInt.From(e.EndOffset)]);
        return PyErr.New(type, new PyTuple([PyStr.From(e.Msg), details]));
    }

    /// <summary>
    /// The code a script argument of exec()/run_string()/run_func() stands for: source text is compiled
    /// in the caller as "&lt;script&gt;"; a function or code object must take no arguments and not be a closure.
    /// </summary>
    public static PyCode GetScriptCode(ThreadState ts, PyObject script)
    {
        // Like _PyCode_GetScriptXIData followed by unwrap_not_shareable: the caller sees the cause
        // (a SyntaxError, "unsupported script", ...) rather than a NotShareableError wrapping it.
        PyCode code;
        switch (script)
        {
            case PyStr s when PyType.IsExact(s, BuiltinTypes.Str):
                if (s.Value.Contains('\0')) throw PyErr.ValueError("source code string cannot contain null bytes");
                return CompileCached(ts, s.Value, "<script>");
            case PyFunction f:
                if (f.Code.NFree > 0 || f.Closure is { Count: > 0 }) throw PyErr.ValueError("closures not supported");
                code = f.Code;
                break;
            case PyCode c:
                code = c;
                break;
            default:
                throw PyErr.TypeError($"unsupported script {Ops.ReprString(ts, script)}");
        }
        if (code.ArgCount > 0 || code.PosOnlyArgCount > 0 || code.KwOnlyArgCount > 0
            || (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) != 0)
            throw PyErr.ValueError("code with args not supported");
        return code;
    }

    /// <summary>
    /// Returns the module <paramref name="name"/> of the calling interpreter: from sys.modules, else a
    /// fresh instance of a built-in module, else through builtins.__import__ (when an import system exists).
    /// </summary>
    public static PyObject ImportModule(ThreadState ts, string name)
    {
        var interp = ts.Interp;
        if (interp.Modules.GetStr(name) is { } m && m is not PyNone) return m;
        if (ModuleRegistry.Find(name) is { } def)
        {
            var mod = ModuleRegistry.Create(ts, def);
            interp.Modules.SetItemStr(name, mod);
            return mod;
        }
        if (interp.BuiltinsDict.GetStr("__import__") is { } imp)
        {
            Ops.Call(ts, imp, PyStr.From(name));
            if (interp.Modules.GetStr(name) is { } loaded) return loaded;
        }
        throw PyErr.New(PyExc.ModuleNotFoundError, $"No module named '{name}'");
    }
}

/// <summary>A callable found by module and qualified name (built-in functions, module-level functions and classes).</summary>
public sealed class ModuleAttrData : XIData
{
    private readonly string _module;
    private readonly string[] _path;
    private ModuleAttrData(string module, string[] path) { _module = module; _path = path; }

    public static bool TryCreate(ThreadState ts, PyObject obj, out XIData? data)
    {
        data = null;
        string? module = null, qualname = null;
        switch (obj)
        {
            case PyBuiltinFunction bf when bf.Self == null || bf.Self is PyModule:
                module = bf.Module?.Name ?? (bf.Self as PyModule)?.Name ?? "builtins";
                qualname = bf.Name;
                break;
            case PyType t when !t.IsHeapType:
                module = t.ModuleName; qualname = t.QualName;
                break;
            case PyFunction f when f.Module is PyStr ms && ms.Value != "__main__" && !f.QualName.Value.Contains("<locals>"):
                module = ms.Value; qualname = f.QualName.Value;
                break;
            case PyType t when t.IsHeapType && t.ModuleName != "__main__" && !t.QualName.Contains("<locals>"):
                module = t.ModuleName; qualname = t.QualName;
                break;
        }
        if (module == null || qualname == null) return false;
        var path = qualname.Split('.');
        // Only if it really is reachable that way from here.
        try
        {
            PyObject cur = XI.ImportModule(ts, module);
            foreach (var p in path) cur = Ops.GetAttr(ts, cur, PyStr.From(p));
            if (!ReferenceEquals(cur, obj)) return false;
        }
        catch (PyException)
        {
            return false;
        }
        data = new ModuleAttrData(module, path);
        return true;
    }

    public override PyObject NewObject(ThreadState ts)
    {
        PyObject cur = XI.ImportModule(ts, _module);
        foreach (var p in _path) cur = Ops.GetAttr(ts, cur, PyStr.From(p));
        return cur;
    }
}
