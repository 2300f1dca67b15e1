using Kaa.Runtime.CrossInterpreter;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// _interpreters: low-level access to interpreters with CPython 3.14's signatures, so the pure-Python
/// concurrent.interpreters runs unmodified. Running code in another interpreter switches the calling
/// OS thread into it (<see cref="XISwitch"/>): the caller's GIL is released while the target's is held,
/// so interpreters with their own GIL run truly in parallel. Kaa adds <c>interrupt(id, exc=None)</c>,
/// which raises an exception (KeyboardInterrupt by default) in the code running in that interpreter.
/// </summary>
public static partial class InterpretersModule
{
    public static readonly BuiltinModuleDef Definition = new()
    {
        Name = "_interpreters",
        Exec = Exec,
    };

    private const string Doc = "This module provides primitive operations to manage Python interpreters.\nThe 'interpreters' module provides a more convenient interface.";

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Dict.SetItemStr(Names.__doc__, PyStr.From(Doc));
        foreach (var (name, value) in new[] { ("WHENCE_UNKNOWN", InterpreterWhence.Unknown), ("WHENCE_RUNTIME", InterpreterWhence.Runtime),
                     ("WHENCE_LEGACY_CAPI", InterpreterWhence.LegacyCapi), ("WHENCE_CAPI", InterpreterWhence.Capi),
                     ("WHENCE_XI", InterpreterWhence.Xi), ("WHENCE_STDLIB", InterpreterWhence.Stdlib) })
            m.Set(name, PyInt.From((int)value));
        var exc = ts.Interp.GetXIExceptions(ts);
        m.Set("InterpreterError", exc.InterpreterError);
        m.Set("InterpreterNotFoundError", exc.InterpreterNotFoundError);
        m.Set("NotShareableError", exc.NotShareableError);

        void Fn(string name, BuiltinFunc f, string? doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));

        Fn("new_config", NewConfig, "new_config(name='isolated', /, **overrides) -> type.SimpleNamespace\n\nReturn a representation of a new PyInterpreterConfig.\n\nThe name determines the initial values of the config.  Supported named\nconfigs are: default, isolated, legacy, and empty.\n\nAny keyword arguments are set on the corresponding config fields,\noverriding the initial values.");
        Fn("create", Create, "create([config], *, reqrefs=False) -> ID\n\nCreate a new interpreter and return a unique generated ID.\n\nThe caller is responsible for destroying the interpreter before exiting,\ntypically by using _interpreters.destroy().  This can be managed \nautomatically by passing \"reqrefs=True\" and then using _incref() and\n_decref() appropriately.\n\n\"config\" must be a valid interpreter config or the name of a\npredefined config (\"isolated\" or \"legacy\").  The default\nis \"isolated\".");
        Fn("destroy", Destroy, "destroy(id, *, restrict=False)\n\nDestroy the identified interpreter.\n\nAttempting to destroy the current interpreter raises InterpreterError.\nSo does an unrecognized ID.");
        Fn("list_all", ListAll, "list_all() -> [(ID, whence)]\n\nReturn a list containing the ID of every existing interpreter.");
        Fn("get_current", (ts2, mod, a, kw) => { Args.Exact("get_current", a, kw, 0); return Summary(ts2.Interp); },
            "get_current() -> (ID, whence)\n\nReturn the ID of current interpreter.");
        Fn("get_main", (ts2, mod, a, kw) => { Args.Exact("get_main", a, kw, 0); return Summary(ts2.Interp.Runtime.MainInterpreter); },
            "get_main() -> (ID, whence)\n\nReturn the ID of main interpreter.");
        Fn("is_running", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("is_running", a, kw, ["id", "restrict"], 1, kwOnlyFrom: 1);
            var interp = Resolve(ts2, p[0], Flag(ts2, p[1]), "check if running for");
            return PyBool.From(interp.IsRunningMain);
        }, "is_running(id, *, restrict=False) -> bool\n\nReturn whether or not the identified interpreter is running.");
        Fn("get_config", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("get_config", a, kw, ["id", "restrict"], 1, kwOnlyFrom: 1);
            var interp = p[0] is null or PyNone ? ts2.Interp : Resolve(ts2, p[0], Flag(ts2, p[1]), "get the config of");
            return ConfigNamespace(interp.Config, interp.IsMain || interp.Config.OwnGil ? "own" : "shared");
        }, "get_config(id, *, restrict=False) -> types.SimpleNamespace\n\nReturn a representation of the config used to initialize the interpreter.");
        Fn("whence", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("whence", a, kw, ["id"], 1);
            return PyInt.From((int)LookUp(ts2, p[0]!).Whence);
        }, "whence(id) -> int\n\nReturn an identifier for where the interpreter was created.");
        Fn("exec", (ts2, mod, a, kw) => RunScript(ts2, "exec", a, kw, "exec code for"),
            "exec(id, code, shared=None, *, restrict=False)\n\nExecute the provided code in the identified interpreter.\nThis is equivalent to running the builtin exec() under the target\ninterpreter, using the __dict__ of its __main__ module as both\nglobals and locals.\n\n\"code\" may be a string containing the text of a Python script.\n\nFunctions (and code objects) are also supported, with some restrictions.\nThe code/function must not take any arguments or be a closure\n(i.e. have cell vars).  Methods and other callables are not supported.\n\nIf a function is provided, its code object is used and all its state\nis ignored, including its __globals__ dict.");
        Fn("run_string", (ts2, mod, a, kw) => RunScript(ts2, "run_string", a, kw, "run a string in"),
            "run_string(id, script, shared=None, *, restrict=False)\n\nExecute the provided string in the identified interpreter.\n\n(See _interpreters.exec().");
        Fn("run_func", (ts2, mod, a, kw) => RunScript(ts2, "run_func", a, kw, "run a function in"),
            "run_func(id, func, shared=None, *, restrict=False)\n\nExecute the body of the provided function in the identified interpreter.\nCode objects are also supported.  In both cases, closures and args\nare not supported.  Methods and other callables are not supported either.\n\n(See _interpreters.exec().");
        Fn("call", Call, "call(id, callable, args=None, kwargs=None, *, restrict=False)\n\nCall the provided object in the identified interpreter.\nPass the given args and kwargs, if possible.");
        Fn("set___main___attrs", SetMainAttrs, "set___main___attrs(id, ns, *, restrict=False)\n\nBind the given attributes in the interpreter's __main__ module.");
        Fn("incref", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("incref", a, kw, ["id", "implieslink", "restrict"], 1, kwOnlyFrom: 1);
            var interp = Resolve(ts2, p[0], Flag(ts2, p[2]), "incref");
            if (Flag(ts2, p[1])) interp.RequireIdRef(true);
            interp.IncrefId();
            return PyNone.Value;
        }, null);
        Fn("decref", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("decref", a, kw, ["id", "restrict"], 1, kwOnlyFrom: 1);
            var interp = Resolve(ts2, p[0], Flag(ts2, p[1]), "decref");
            if (interp.DecrefId() && !ReferenceEquals(interp, ts2.Interp) && !interp.IsRunningMain)
            {
                // Decref to 0 destroys an interpreter created with reqrefs=True.
                try { XI.DestroyInterpreter(ts2, interp); }
                catch (PyException) { }
            }
            return PyNone.Value;
        }, null);
        Fn("is_shareable", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("is_shareable", a, kw, ["obj"], 1);
            return PyBool.From(XIData.IsShareable(ts2, p[0]!));
        }, "is_shareable(obj) -> bool\n\nReturn True if the object's data may be shared between interpreters and\nFalse otherwise.");
        Fn("capture_exception", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("capture_exception", a, kw, ["exc"], 0);
            // With no argument CPython looks at the exception being raised, which no Python caller has.
            if (p[0] is null or PyNone) return PyNone.Value;
            if (p[0] is not PyBaseException e) throw PyErr.TypeError($"expected exception, got {Ops.ReprString(ts2, p[0]!)}");
            return ExcInfo.FromException(ts2, e).ToNamespace();
        }, "capture_exception(exc=None) -> types.SimpleNamespace\n\nReturn a snapshot of an exception.  If \"exc\" is None\nthen the current exception, if any, is used (but not cleared).\n\nThe returned snapshot is the same as what _interpreters.exec() returns.");
        Fn("interrupt", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("interrupt", a, kw, ["id", "exc"], 1);
            var interp = LookUp(ts2, p[0]!);
            Func<PyBaseException>? make = null;
            if (p[1] is PyType t && t.IsSubtype(PyExc.BaseException) && t.IsHeapType == false)
                make = () => PyBaseException.Create(t, PyTuple.Empty);
            else if (p[1] is not (null or PyNone))
                throw PyErr.TypeError("interrupt() exc must be a built-in exception type");
            return PyInt.From(interp.RequestInterrupt(make));
        }, "interrupt(id, exc=None) -> int\n\nKaa extension: raise exc (a built-in exception type, KeyboardInterrupt by\ndefault) in the code running in the identified interpreter, at its next\ncheck.  Returns the number of threads signalled.");
    }

    // ---- arguments ----

    private static bool Flag(ThreadState ts, PyObject? o) => o != null && Ops.IsTrue(ts, o);

    /// <summary>_PyInterpreterState_LookUpIDObject: the live interpreter with that id, with CPython's errors.</summary>
    internal static InterpreterState LookUp(ThreadState ts, PyObject idobj)
    {
        if (idobj is not PyInt i) throw PyErr.TypeError($"interpreter ID must be an int, got {idobj.ObType.Name}");
        if (i.Sign < 0) throw PyErr.ValueError($"interpreter ID must be a non-negative int, got {Ops.ReprString(ts, idobj)}");
        if (!i.IsSmall) throw PyErr.OverflowError($"max interpreter ID is {long.MaxValue}, got {Ops.ReprString(ts, idobj)}");
        return ts.Interp.Runtime.FindInterpreter(i.Small) ?? throw XIErrors.InterpreterNotFound(ts, i.Small);
    }

    /// <summary>resolve_interp: look up, then refuse interpreters not created by this module when restricted.</summary>
    private static InterpreterState Resolve(ThreadState ts, PyObject? idobj, bool restricted, string op)
    {
        var interp = idobj == null ? ts.Interp : LookUp(ts, idobj);
        if (restricted && interp.Whence != InterpreterWhence.Stdlib)
        {
            if (idobj == null) throw XIErrors.InterpreterError(ts, $"cannot {op} unrecognized current interpreter");
            throw XIErrors.InterpreterError(ts, $"cannot {op} unrecognized interpreter {Ops.ReprString(ts, idobj)}");
        }
        return interp;
    }

    private static PyObject Summary(InterpreterState interp)
        => PyTuple.Create(PyInt.From(interp.Id), PyInt.From((int)interp.Whence));

    // ---- functions ----

    private static PyObject Create(ThreadState ts, PyModule? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("create", a, kw, ["config", "reqrefs"], 0, kwOnlyFrom: 1);
        var config = ConfigFromObject(ts, p[0]);
        InterpreterState interp;
        try
        {
            interp = XI.CreateInterpreter(ts.Interp.Runtime, config, InterpreterWhence.Stdlib);
        }
        catch (PyException e)
        {
            var err = XIErrors.InterpreterError(ts, "interpreter creation failed");
            err.Value.Context = e.Value;
            throw err;
        }
        if (Flag(ts, p[1])) interp.RequireIdRef(true);
        return PyInt.From(interp.Id);
    }

    private static PyObject Destroy(ThreadState ts, PyModule? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("destroy", a, kw, ["id", "restrict"], 1, kwOnlyFrom: 1);
        var interp = Resolve(ts, p[0], Flag(ts, p[1]), "destroy");
        if (ReferenceEquals(interp, ts.Interp)) throw XIErrors.InterpreterError(ts, "cannot destroy the current interpreter");
        if (interp.IsRunningMain) throw XIErrors.InterpreterError(ts, "interpreter running");
        XI.DestroyInterpreter(ts, interp);
        return PyNone.Value;
    }

    private static PyObject ListAll(ThreadState ts, PyModule? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Parse("list_all", a, kw, ["require_ready"], 0, kwOnlyFrom: 0);
        var all = ts.Interp.Runtime.Interpreters.Where(i => !i.IsDestroyed).OrderBy(i => i.Id).Select(Summary).ToArray();
        return new PyList(all);
    }

    /// <summary>exec / run_string / run_func: returns None, or the snapshot of the uncaught exception.</summary>
    private static PyObject RunScript(ThreadState ts, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, string op)
    {
        string second = fname switch { "run_string" => "script", "run_func" => "func", _ => "code" };
        var p = Args.Parse(fname, a, kw, ["id", second, "shared", "restrict"], 2, kwOnlyFrom: 3);
        var interp = Resolve(ts, p[0], Flag(ts, p[3]), op);
        var script = p[1]!;
        if (fname == "run_string" && script is not PyStr)
            throw PyErr.TypeError($"run_string() argument 2 must be str, not {PyErr.ArgTypeName(script)}");
        if (fname == "run_func" && script is not (PyFunction or PyCode))
            throw PyErr.TypeError($"_interpreters.run_func() argument 2 must be a function, not {PyErr.ArgTypeName(script)}");
        var shared = SharedItems(ts, fname, p[2], 3);
        var code = XI.GetScriptCode(ts, script);
        var exc = XI.RunScript(ts, interp, code, shared);
        return exc == null ? PyNone.Value : exc.ToNamespace();
    }

    /// <summary>The items of a shared-namespace dict as cross-interpreter data: shareable objects only, no
    /// fallback, as CPython's _PyXI_Enter ("for now we limit it to shareable objects").</summary>
    private static List<(string, XIData)>? SharedItems(ThreadState ts, string fname, PyObject? shared, int argpos)
    {
        if (shared is null or PyNone) return null;
        if (shared is not PyDict d) throw PyErr.TypeError($"{fname}() argument {argpos} must be dict, not {PyErr.ArgTypeName(shared)}");
        var items = new List<(string, XIData)>();
        foreach (var (k, v) in d.EnumerateItems())
        {
            if (k is not PyStr ks) throw PyErr.TypeError("bad argument type for built-in operation");
            items.Add((ks.Value, XIData.Get(ts, v)));
        }
        return items;
    }

    private static PyObject SetMainAttrs(ThreadState ts, PyModule? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("set___main___attrs", a, kw, ["id", "updates", "restrict"], 2, kwOnlyFrom: 2);
        var interp = Resolve(ts, p[0], Flag(ts, p[2]), "update __main__ for");
        if (p[1] is not PyDict d)
            throw PyErr.TypeError($"set___main___attrs() argument 2 must be dict, not {PyErr.ArgTypeName(p[1]!)}");
        if (d.Count == 0) throw PyErr.ValueError("arg 2 must be a non-empty dict");
        XI.SetMainAttrs(ts, interp, SharedItems(ts, "set___main___attrs", d, 2)!);
        return PyNone.Value;
    }

    private static PyObject Call(ThreadState ts, PyModule? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("call", a, kw, ["id", "callable", "args", "kwargs", "preserve_exc", "restrict"], 2, kwOnlyFrom: 4);
        var interp = Resolve(ts, p[0], Flag(ts, p[5]), "make a call in");
        if (p[2] is not (null or PyNone or PyTuple))
            throw PyErr.TypeError($"call() argument 3 must be tuple, not {PyErr.ArgTypeName(p[2]!)}");
        if (p[3] is not (null or PyNone or PyDict))
            throw PyErr.TypeError($"call() argument 4 must be dict, not {PyErr.ArgTypeName(p[3]!)}");
        var func = XI.GetCallableData(ts, p[1]!);
        XIData? args = null, kwargs = null;
        if (p[2] is PyTuple { Count: > 0 } t) args = XIData.Get(ts, t, XIFallback.FullFallback);
        if (p[3] is PyDict { Count: > 0 } kd) kwargs = XIData.Get(ts, kd, XIFallback.FullFallback);
        var r = XI.Call(ts, interp, func, args, kwargs);
        if (r.NotShareable != null) throw XIErrors.NotShareable(ts, r.NotShareable);
        var result = r.Result?.NewObject(ts) ?? PyNone.Value;
        return PyTuple.Create(result, r.Error?.ToNamespace() ?? PyNone.Value);
    }

    // ---- configs ----

    private static PyObject NewConfig(ThreadState ts, PyModule? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw PyErr.TypeError($"_interpreters.new_config() takes at most 1 argument ({npos} given)");
        string? name = null;
        if (npos == 1)
        {
            if (a[0] is not PyStr s) throw PyErr.TypeError($"_interpreters.new_config() argument 1 must be str, not {PyErr.ArgTypeName(a[0])}");
            name = s.Value;
        }
        var (config, gil) = NamedConfig(name);
        if (nkw > 0)
        {
            var overrides = new PyDict();
            for (int i = 0; i < nkw; i++) overrides.SetItem(ts, kw!.Items[i], a[npos + i]);
            (config, gil) = UpdateFromDict(ts, config, gil, overrides, requireAll: false);
        }
        return ConfigNamespace(config, gil);
    }

    /// <summary>init_named_config: isolated (the default), legacy, or empty.</summary>
    private static (InterpreterConfig, string) NamedConfig(string? name)
    {
        if (name is null or "" or "default") name = "isolated";
        return name switch
        {
            "isolated" => (InterpreterConfig.Isolated, "own"),
            "legacy" => (InterpreterConfig.Legacy, "shared"),
            "empty" => (new InterpreterConfig
            {
                UseMainObmalloc = false, AllowFork = false, AllowExec = false, AllowThreads = false,
                AllowDaemonThreads = false, CheckMultiInterpExtensions = false, OwnGil = false,
            }, "default"),
            _ => throw PyErr.ValueError($"unsupported config name '{name}'"),
        };
    }

    private static InterpreterConfig ConfigFromObject(ThreadState ts, PyObject? configobj)
    {
        if (configobj is null or PyNone) return NamedConfig(null).Item1;
        if (configobj is PyStr s) return NamedConfig(s.Value).Item1;
        PyDict? d = (configobj as IHasDict)?.Dict;
        if (d == null && (!Ops.TryGetAttr(ts, configobj, Names.__dict__, out var dict) || (d = dict as PyDict) == null))
            throw PyErr.TypeError($"bad config {Ops.ReprString(ts, configobj)}");
        return UpdateFromDict(ts, NamedConfig("empty").Item1, "default", d, requireAll: true).Item1;
    }

    private static (InterpreterConfig, string) UpdateFromDict(ThreadState ts, InterpreterConfig c, string gil, PyDict d, bool requireAll)
    {
        var left = d.Copy();
        bool Get(string field, bool current)
        {
            var v = left.Pop(ts, PyStr.From(field));
            if (v == null)
            {
                if (requireAll) throw PyErr.ValueError($"missing config key '{field}'");
                return current;
            }
            if (v is not PyBool b) throw PyErr.TypeError($"config dict field '{field}' must be a bool");
            return ReferenceEquals(b, PyBool.True);
        }
        c = c with
        {
            UseMainObmalloc = Get("use_main_obmalloc", c.UseMainObmalloc),
            AllowFork = Get("allow_fork", c.AllowFork),
            AllowExec = Get("allow_exec", c.AllowExec),
            AllowThreads = Get("allow_threads", c.AllowThreads),
            AllowDaemonThreads = Get("allow_daemon_threads", c.AllowDaemonThreads),
            CheckMultiInterpExtensions = Get("check_multi_interp_extensions", c.CheckMultiInterpExtensions),
        };
        var g = left.Pop(ts, PyStr.From("gil"));
        if (g == null)
        {
            if (requireAll) throw PyErr.ValueError("missing config key 'gil'");
        }
        else
        {
            if (g is not PyStr gs || gs.Value is not ("shared" or "own" or "default"))
                throw PyErr.ValueError($"unsupported gil value {Ops.ReprString(ts, g)}");
            gil = gs.Value;
        }
        if (left.Count > 0)
            throw PyErr.ValueError($"config dict has {left.Count} extra items ({Ops.ReprString(ts, left)})");
        c = c with { OwnGil = gil == "own" };
        if (c.OwnGil && c.UseMainObmalloc)
            throw PyErr.ValueError("per-interpreter GIL requires use_main_obmalloc=False");
        return (c, gil);
    }

    private static PyObject ConfigNamespace(InterpreterConfig c, string gil) => SysModule.SimpleNamespace(
        ("use_main_obmalloc", PyBool.From(c.UseMainObmalloc)),
        ("allow_fork", PyBool.From(c.AllowFork)),
        ("allow_exec", PyBool.From(c.AllowExec)),
        ("allow_threads", PyBool.From(c.AllowThreads)),
        ("allow_daemon_threads", PyBool.From(c.AllowDaemonThreads)),
        ("check_multi_interp_extensions", PyBool.From(c.CheckMultiInterpExtensions)),
        ("gil", PyStr.From(gil)));
}
