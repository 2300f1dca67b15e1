using System.Text;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>The built-in functions that need the compiler or the eval loop:
/// __build_class__, exec, eval, compile, globals, locals, vars, __import__.</summary>
public static partial class Builtins
{
    const int PyCF_ONLY_AST = 0x0400;
    const int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    const int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    const int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    const int CO_FUTURE_ANNOTATIONS = 0x1000000;

    internal static void ExecEval(ThreadState ts, PyModule m)
    {
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m, FunctionDoc(name)));
        Fn("__build_class__", BuildClass);
        Fn("exec", Exec);
        Fn("eval", Eval);
        Fn("compile", Compile);
        Fn("globals", (ts2, _, a, kw) =>
        {
            Args.Exact("globals", a, kw, 0);
            return (PyObject?)ts2.CurrentFrame?.Globals ?? PyNone.Value;
        });
        Fn("locals", (ts2, _, a, kw) =>
        {
            Args.Exact("locals", a, kw, 0);
            return ts2.CurrentFrame == null ? PyNone.Value : FrameLocals.GetLocals(ts2, ts2.CurrentFrame);
        });
        Fn("vars", (ts2, _, a, kw) =>
        {
            Args.Range("vars", a, kw, 0, 1);
            if (a.Length == 0) return ts2.CurrentFrame == null ? PyNone.Value : FrameLocals.GetLocals(ts2, ts2.CurrentFrame);
            if (!Ops.TryGetAttr(ts2, a[0], Names.__dict__, out var d))
                throw PyErr.TypeError("vars() argument must have __dict__ attribute");
            return d!;
        });
        ExecAsyncBuiltins(ts, m);
        var import = new PyBuiltinFunction("__import__", Import, m);
        m.Set("__import__", import);
        ts.Interp.ImportFunc = import;
    }

    static PyObject Import(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Args.Parse("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
        // builtin___import__ takes any object; PyImport_ImportModuleLevelObject rejects a non-str name.
        if (p[0] is not PyStr name) throw PyErr.TypeError("module name must be a string");
        var globals = p[1] as PyDict;
        int level = p[4] == null ? 0 : (int)Ops.IndexAsLong(ts, p[4]!);
        return ImportSystem.ImportModuleLevel(ts, name.Value, globals, p[3], level);
    }

    // ------------------------------------------------------------------ __build_class__

    static PyObject BuildClass(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (nargs < 2) throw PyErr.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction func) throw PyErr.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw PyErr.TypeError("__build_class__: name is not a string");
        var origBases = new PyTuple(args[2..nargs].ToArray());
        var bases = UpdateBases(ts, origBases);

        PyObject? meta = null;
        bool isClass = false;
        var mkwNames = new List<PyObject>();
        var mkwValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            var k = (PyStr)kwnames!.Items[i];
            if (k.Value == "metaclass") meta = args[nargs + i];
            else
            {
                mkwNames.Add(k);
                mkwValues.Add(args[nargs + i]);
            }
        }
        if (meta != null) isClass = meta is PyType;
        else
        {
            meta = bases.Count == 0 ? BuiltinTypes.Type : bases[0].ObType;
            isClass = true;
        }
        if (isClass) meta = CalculateMetaclass((PyType)meta, bases);

        PyTuple? mkw = mkwNames.Count > 0 ? new PyTuple(mkwNames.ToArray()) : null;
        PyObject ns;
        if (Ops.TryGetAttr(ts, meta, EvalNames.__prepare__, out var prep))
        {
            var pargs = new PyObject[2 + mkwValues.Count];
            pargs[0] = name;
            pargs[1] = bases;
            mkwValues.CopyTo(pargs, 2);
            ns = Ops.Call(ts, prep!, pargs, mkw);
        }
        else ns = new PyDict();
        if (ns is not PyDict && ns.ObType.Lookup(Names.__getitem__) == null)
            throw PyErr.TypeError($"{(isClass ? ((PyType)meta).Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.ObType.Name}");

        var cell = Interpreter.RunClassBody(ts, func, ns);
        if (!ReferenceEquals(bases, origBases))
            Ops.SetItem(ts, ns, EvalNames.__orig_bases__, origBases);
        var margs = new PyObject[3 + mkwValues.Count];
        margs[0] = name;
        margs[1] = bases;
        margs[2] = ns;
        mkwValues.CopyTo(margs, 3);
        var cls = Ops.Call(ts, meta, margs, mkw);
        if (cls is PyType && cell is PyCell c)
        {
            var cellCls = c.Contents;
            if (!ReferenceEquals(cellCls, cls))
            {
                if (cellCls == null)
                    throw PyErr.RuntimeError($"__class__ not set defining {Ops.ReprString(ts, name)} as {Ops.ReprString(ts, cls)}. Was __classcell__ propagated to type.__new__?");
                throw PyErr.TypeError($"__class__ set to {Ops.ReprString(ts, cellCls)} defining {Ops.ReprString(ts, name)} as {Ops.ReprString(ts, cls)}");
            }
        }
        return cls;
    }

    /// <summary>PEP 560: replaces bases that define __mro_entries__.</summary>
    static PyTuple UpdateBases(ThreadState ts, PyTuple bases)
    {
        List<PyObject>? newBases = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases[i];
            if (b is PyType)
            {
                newBases?.Add(b);
                continue;
            }
            if (!Ops.TryGetAttr(ts, b, EvalNames.__mro_entries__, out var meth))
            {
                newBases?.Add(b);
                continue;
            }
            var nb = Ops.Call(ts, meth!, bases);
            if (nb is not PyTuple nt) throw PyErr.TypeError("__mro_entries__ must return a tuple");
            if (newBases == null)
            {
                newBases = new List<PyObject>();
                for (int j = 0; j < i; j++) newBases.Add(bases[j]);
            }
            newBases.AddRange(nt.Items);
        }
        return newBases == null ? bases : new PyTuple(newBases.ToArray());
    }

    /// <summary>The most derived metaclass of meta and the bases' types (_PyType_CalculateMetaclass).</summary>
    static PyType CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var bt = b.ObType;
            if (winner.IsSubtype(bt)) continue;
            if (bt.IsSubtype(winner)) { winner = bt; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    // ------------------------------------------------------------------ exec / eval / compile

    static string SourceText(ThreadState ts, PyObject source, string funcname, bool allowCode, string filename = "<string>")
    {
        string text;
        if (source is PyStr s) text = s.Value;
        else if (source is PyBytes b) text = ImportSystem.DecodeSource(b.Value, ts, filename);
        else if (BytesMethods.IsBuffer(source))   // bytearray, memoryview, array...: any buffer (source_as_string)
            text = ImportSystem.DecodeSource(BytesMethods.Span(source).ToArray(), ts, filename);
        else
            throw PyErr.TypeError(allowCode
                ? $"{funcname}() arg 1 must be a string, bytes or code object"
                : $"{funcname}() arg 1 must be a string, bytes or AST object");
        if (text.Contains('\0')) throw new PyException(Interpreter.MakeException(PyExc.SyntaxError, "source code string cannot contain null bytes"));
        return text;
    }

    /// <summary>Compile options inherited from the calling frame (future flags) plus explicit flags.</summary>
    static CompileOptions OptionsFor(ThreadState ts, int flags, bool inherit, int optimize)
    {
        bool future = (flags & CO_FUTURE_ANNOTATIONS) != 0;
        if (inherit && ts.CurrentFrame is { } f && (f.Code.Flags & CodeFlags.FutureAnnotations) != 0) future = true;
        return new CompileOptions
        {
            Optimize = optimize < 0 ? ts.Interp.Runtime.Config.OptimizeLevel : optimize,
            FutureAnnotations = future,
            AllowTopLevelAwait = (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0,
            AllowIncompleteInput = (flags & PyCF_ALLOW_INCOMPLETE_INPUT) != 0,
            DontImplyDedent = (flags & PyCF_DONT_IMPLY_DEDENT) != 0,
        };
    }

    static PyObject Compile(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Args.Parse("compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
        int flags = p[3] == null ? 0 : (int)Ops.IndexAsLong(ts, p[3]!);
        bool dontInherit = p[4] != null && Ops.IsTrue(ts, p[4]!);
        int optimize = p[5] == null ? -1 : (int)Ops.IndexAsLong(ts, p[5]!);
        // PyUnicode_FSDecoder: str, bytes or an os.PathLike (whose TypeError names the type as %T does).
        var fnObj = PosixModule.FsPath(ts, p[1]!);
        string filename = fnObj is PyStr fs ? fs.Value : Encoding.UTF8.GetString(((PyBytes)fnObj).Value);
        if (p[2] is not PyStr modeStr) throw PyErr.TypeError($"compile() argument 'mode' must be str, not {PyErr.ArgTypeName(p[2]!)}");
        string mode = modeStr.Value;
        // PyCF_MASK (the __future__ flags) | PyCF_MASK_OBSOLETE (CO_NESTED) | PyCF_COMPILE_MASK.
        if ((flags & ~(0x1FE0010 | 0x0200 | 0x0400 | 0x1000 | 0x2000 | 0x4000 | 0x8000)) != 0)
            throw PyErr.ValueError("compile(): unrecognised flags");
        if (mode is not ("exec" or "eval" or "single" or "func_type"))
            throw PyErr.ValueError((flags & PyCF_ONLY_AST) != 0
                ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        if (mode == "func_type" && (flags & PyCF_ONLY_AST) == 0)
            throw PyErr.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        if (optimize < -1 || optimize > 2) throw PyErr.ValueError("compile(): invalid optimize value");
        if (p[0] is PyCode) return p[0]!;
        var options = OptionsFor(ts, flags, !dontInherit, optimize);
        if (AstModule.IsAstNode(ts, p[0]!))
        {
            // An AST object: returned as it is for PyCF_ONLY_AST (as CPython does, unvalidated), else
            // converted back to the compiler's tree with CPython's validation errors and compiled.
            if ((flags & PyCF_ONLY_AST) != 0) return p[0]!;
            var tree = AstModule.FromPython(ts, p[0]!, mode);
            return Executor.CompileTree(ts, tree, filename, options);
        }
        string text = SourceText(ts, p[0]!, "compile", false, filename);
        if ((flags & PyCF_ONLY_AST) != 0)
        {
            var (mod, normalized) = Executor.ParseOnly(ts, text, filename, mode, options);
            return AstModule.ToPython(ts, mod, normalized);
        }
        return Executor.CompileSource(ts, text, filename, mode, options);
    }

    static void ResolveNamespaces(ThreadState ts, PyObject? globalsArg, PyObject? localsArg, string fname,
        out PyDict globals, out PyObject locals)
    {
        if (globalsArg is PyNone) globalsArg = null;
        if (localsArg is PyNone) localsArg = null;
        if (globalsArg == null)
        {
            var f = ts.CurrentFrame ?? throw PyErr.SystemError("globals and locals cannot be NULL");
            globals = f.Globals;
            locals = localsArg ?? FrameLocals.GetLocals(ts, f);
        }
        else
        {
            if (globalsArg is not PyDict g)
            {
                if (fname == "exec") throw PyErr.TypeError($"exec() globals must be a dict, not {globalsArg.ObType.Name}");
                throw PyErr.TypeError(globalsArg.ObType.Lookup(Names.__getitem__) != null
                    ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
            }
            globals = g;
            locals = localsArg ?? g;
        }
        if (localsArg != null && localsArg is not PyDict && localsArg.ObType.Lookup(Names.__getitem__) == null)
            throw PyErr.TypeError(fname == "exec" ? $"locals must be a mapping or None, not {localsArg.ObType.Name}" : "locals must be a mapping");
        // exec/eval put the caller's builtins namespace (a dict) into fresh globals, as CPython does.
        if (!globals.TryGetStr(Names.__builtins__, out _))
            globals.SetItemStr(Names.__builtins__, ts.CurrentFrame?.Builtins ?? ts.Interp.BuiltinsDict);
    }

    static PyObject Exec(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Args.Parse("exec", args, kw, ["source", "globals", "locals", "closure"], 1, posOnly: 1, kwOnlyFrom: 3);
        ResolveNamespaces(ts, p[1], p[2], "exec", out var globals, out var locals);
        var closure = p[3] is PyNone ? null : p[3];
        PyCode code;
        if (p[0] is PyCode c)
        {
            // As builtin_exec_impl: a code object with free variables takes a tuple of exactly that
            // many cells; one without takes none.
            if (c.NFree == 0)
            {
                if (closure != null) throw PyErr.TypeError("cannot use a closure with this code object");
            }
            else if (closure is not PyTuple cells || !ReferenceEquals(cells.ObType, BuiltinTypes.Tuple) || cells.Count != c.NFree
                     || cells.Items.Any(cell => cell is not PyCell))
                throw PyErr.TypeError($"code object requires a closure of exactly length {c.NFree}");
            code = c;
        }
        else
        {
            if (closure != null) throw PyErr.TypeError("closure can only be used when source is a code object");
            string text = SourceText(ts, p[0]!, "exec", true);
            code = Executor.CompileSource(ts, text, "<string>", "exec", OptionsFor(ts, 0, true, -1));
        }
        Interpreter.RunCode(ts, code, globals, locals, closure as PyTuple);
        return PyNone.Value;
    }

    static PyObject Eval(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Args.Parse("eval", args, kw, ["source", "globals", "locals"], 1, posOnly: 1);
        ResolveNamespaces(ts, p[1], p[2], "eval", out var globals, out var locals);
        PyCode code;
        if (p[0] is PyCode c)
        {
            if (c.NFree > 0) throw PyErr.TypeError("code object passed to eval() may not contain free variables");
            code = c;
        }
        else
        {
            string text = SourceText(ts, p[0]!, "eval", true).TrimStart(' ', '\t');
            code = Executor.CompileSource(ts, text, "<string>", "eval", OptionsFor(ts, 0, true, -1));
        }
        return Interpreter.RunCode(ts, code, globals, locals);
    }
}

/// <summary>The awaitable returned by anext(aiterator, default): finishes with the default on StopAsyncIteration.</summary>
public sealed class PyAnextAwaitable : PyObject, IAwaitableIter
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("anext_awaitable", BuiltinTypes.Object, subclassable: false);

    readonly PyObject _wrapped;
    readonly PyObject _default;
    PyObject? _iter;

    public PyAnextAwaitable(PyObject wrapped, PyObject dflt) : base(TypeObject)
    {
        _wrapped = wrapped;
        _default = dflt;
    }

    PyObject Iter(ThreadState ts) => _iter ??= Generators.GetAwaitableIter(ts, _wrapped, 0);

    public PyObject SendInternal(ThreadState ts, PyObject arg, out bool done)
    {
        try
        {
            return Generators.SendForAwait(ts, Iter(ts), arg, out done);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopAsyncIteration))
        {
            done = true;
            return _default;
        }
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.TpIter = (ts, o) => o;
        t.AddMethod("__await__", (ts, self, args, kw) => self);
        t.TpIterNext = (ts, o) =>
        {
            var r = ((PyAnextAwaitable)o).SendInternal(ts, PyNone.Value, out bool done);
            if (done)
            {
                if (r is PyNone) return null;
                throw Generators.StopIterationWithValue(r);
            }
            return r;
        };
        t.AddMethod("send", (ts, self, args, kw) =>
        {
            Args.Exact("send", args, kw, 1);
            var r = ((PyAnextAwaitable)self).SendInternal(ts, args[0], out bool done);
            if (done) throw Generators.StopIterationWithValue(r);
            return r;
        });
        t.AddMethod("throw", (ts, self, args, kw) =>
        {
            var a = (PyAnextAwaitable)self;
            try
            {
                return Ops.CallMethod(ts, a.Iter(ts), "throw", args);
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopAsyncIteration))
            {
                throw Generators.StopIterationWithValue(a._default);
            }
        });
        t.AddMethod("close", (ts, self, args, kw) =>
        {
            var a = (PyAnextAwaitable)self;
            if (a._iter != null && Ops.TryGetAttr(ts, a._iter, PyStr.From("close"), out var c)) Ops.Call(ts, c!);
            return PyNone.Value;
        });
    }
}

public static partial class Builtins
{
    internal static void ExecAsyncBuiltins(ThreadState ts, PyModule m)
    {
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m, FunctionDoc(name)));
        Fn("aiter", (ts2, _, a, kw) =>
        {
            Args.Exact("aiter", a, kw, 1);
            var meth = Ops.LookupSpecial(ts2, a[0], EvalNames.__aiter__)
                ?? throw PyErr.TypeError($"'{a[0].ObType.Name}' object is not an async iterable");
            var it = Ops.Call(ts2, meth);
            if (it.ObType.Lookup(EvalNames.__anext__) == null)
                throw PyErr.TypeError($"aiter() returned not an async iterator of type '{it.ObType.Name}'");
            return it;
        });
        Fn("anext", (ts2, _, a, kw) =>
        {
            Args.Range("anext", a, kw, 1, 2);
            var aiter = a[0];
            if (aiter.ObType.Lookup(EvalNames.__anext__) == null)
                throw PyErr.TypeError($"'{aiter.ObType.Name}' object is not an async iterator");
            var awaitable = aiter is PyAsyncGenerator ag
                ? new PyAsyncGenASend(ag.InitHooks(ts2), PyNone.Value)
                : Ops.CallUnbound(ts2, aiter.ObType.Lookup(EvalNames.__anext__)!, aiter, []);
            return a.Length == 1 ? awaitable : new PyAnextAwaitable(awaitable, a[1]);
        });
        Fn("breakpoint", (ts2, _, a, kw) =>
        {
            var hook = ts2.Interp.Sys.Dict.GetStr("breakpointhook") ?? throw PyErr.RuntimeError("lost sys.breakpointhook");
            return Ops.Call(ts2, hook, a, kw);
        });
    }
}
