using System.Collections.Concurrent;
using Kaa.Compiler;
using Kaa.Compiler.Ast;
using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Parsing;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>Entry points for running Python source: compile to a code object, run module code.</summary>
public static class Executor
{
    /// <summary>Compiles source to a code object; SyntaxError (and subclasses) are raised as Python exceptions.</summary>
    /// <param name="mode">"exec", "eval" or "single".</param>
    public static PyCode CompileSource(ThreadState ts, string source, string filename, string mode)
        => CompileSource(ts, source, filename, mode, new CompileOptions { Optimize = ts.Interp.Runtime.Config.OptimizeLevel });

    public static PyCode CompileSource(ThreadState ts, string source, string filename, string mode, CompileOptions options, bool cache = false)
    {
        if (cache && ts.Interp.Runtime.TryGetCachedCode(filename, mode, source, options, out var cached)) return cached;
        var unit = CompileToUnit(ts, source, filename, mode, options);
        var code = new PyCode(ts, unit);
        if (cache) ts.Interp.Runtime.CacheCode(filename, mode, source, options, code);
        return code;
    }

    /// <summary>Parses and compiles to the runtime-neutral <see cref="CodeUnit"/>.</summary>
    public static CodeUnit CompileToUnit(ThreadState ts, string source, string filename, string mode, CompileOptions options)
    {
        var warnings = new List<CompileWarning>();
        Mod mod;
        try
        {
            mod = mode switch
            {
                "exec" => Parser.ParseModule(source, filename, warnings, options.AllowIncompleteInput),
                "eval" => Parser.ParseExpression(source, filename, warnings),
                "single" => Parser.ParseInteractive(source, filename, warnings, options.AllowIncompleteInput, options.DontImplyDedent),
                _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
            };
        }
        catch (SyntaxErrorException e)
        {
            // CPython warns while parsing, so the warnings come before the error.
            EmitWarnings(ts, warnings, filename);
            throw MakeSyntaxError(ts, e);
        }
        EmitWarnings(ts, warnings, filename);
        CodeUnit unit;
        var codegenWarnings = new List<CompileWarning>();
        try
        {
            unit = Compiler.CodeGen.Compiler.Compile(mod, filename, options with { Source = source }, codegenWarnings);
        }
        catch (SyntaxErrorException e)
        {
            throw MakeSyntaxError(ts, e);
        }
        catch (NotSupportedException e)
        {
            throw PyErr.NotImplementedError(e.Message);
        }
        EmitWarnings(ts, codegenWarnings, filename);
        return unit;
    }

    /// <summary>Parses only (compile() with PyCF_ONLY_AST): the tree and the normalized text its positions
    /// refer to.</summary>
    public static (Mod Tree, string Source) ParseOnly(ThreadState ts, string source, string filename, string mode, CompileOptions options)
    {
        try
        {
            var normalized = Parser.NormalizeSource(source);
            var warnings = new List<CompileWarning>();
            Mod mod = mode switch
            {
                "exec" => Parser.ParseModule(source, filename, warnings, options.AllowIncompleteInput),
                "eval" => Parser.ParseExpression(source, filename, warnings),
                "single" => Parser.ParseInteractive(source, filename, warnings, options.AllowIncompleteInput, options.DontImplyDedent),
                "func_type" => throw PyErr.NotImplementedError("compile() mode 'func_type' is not supported yet"),
                _ => throw PyErr.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
            };
            if (mode == "eval")
            {
                // eval mode parses the text without its leading blanks; positions are relative to that.
                int i = 0;
                while (i < normalized.Length && (normalized[i] == ' ' || normalized[i] == '\t')) i++;
                normalized = normalized[i..];
            }
            EmitWarnings(ts, warnings, filename);
            return (mod, normalized);
        }
        catch (SyntaxErrorException e)
        {
            throw MakeSyntaxError(ts, e);
        }
    }

    /// <summary>Compiles a tree built from `ast` objects (compile(ast_tree, ...)).</summary>
    public static PyCode CompileTree(ThreadState ts, Mod mod, string filename, CompileOptions options)
    {
        var warnings = new List<CompileWarning>();
        try
        {
            var unit = Compiler.CodeGen.Compiler.Compile(mod, filename, options, warnings);
            EmitWarnings(ts, warnings, filename);
            return new PyCode(ts, unit);
        }
        catch (SyntaxErrorException e)
        {
            throw MakeSyntaxError(ts, e);
        }
        catch (NotSupportedException e)
        {
            throw PyErr.NotImplementedError(e.Message);
        }
    }

    /// <summary>Issues the parser's SyntaxWarnings (_PyErr_EmitSyntaxWarning): one that the warning filters turn
    /// into an exception becomes a SyntaxError at the warning's location.</summary>
    private static void EmitWarnings(ThreadState ts, List<CompileWarning> warnings, string filename)
    {
        foreach (var w in warnings)
        {
            try { WarningsModule.WarnExplicit(ts, PyExc.SyntaxWarning, w.Message, filename, w.Lineno); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.SyntaxWarning))
            {
                throw MakeSyntaxError(ts, new SyntaxErrorException("SyntaxError", w.ErrorMessage ?? w.Message, filename, w.Lineno, w.Offset, w.Text, w.EndLineno, w.EndOffset));
            }
        }
    }

    /// <summary>Converts a compiler SyntaxErrorException to the Python exception (SyntaxError,
    /// IndentationError, TabError or _IncompleteInputError) with CPython's attributes.</summary>
    public static PyException MakeSyntaxError(ThreadState ts, SyntaxErrorException e)
    {
        PyType type = PyExc.SyntaxError;
        foreach (var t in PyExc.All)
            if (t.Name == e.Kind) { type = t; break; }
        PyObject Opt(int v) => v > 0 ? PyInt.From(v) : PyNone.Value;
        var info = new PyTuple([
            PyStr.From(e.Filename),
            PyInt.From(e.Lineno),
            PyInt.From(e.Offset),
            e.Text != null ? PyStr.From(e.Text) : PyNone.Value,
            Opt(e.EndLineno),
            Opt(e.EndOffset),
        ]);
        var exc = Ops.Call(ts, type, PyStr.From(e.Msg), info);
        return new PyException((PyBaseException)exc);
    }

    /// <summary>Runs a module's code with <paramref name="globals"/> as both globals and locals.</summary>
    public static PyObject RunModuleCode(ThreadState ts, PyCode code, PyDict globals)
        => Interpreter.RunCode(ts, code, globals, globals);

    /// <summary>Runs source text as a module body (parse, compile, execute).</summary>
    public static PyObject RunSource(ThreadState ts, string source, string filename, PyDict globals)
        => RunModuleCode(ts, CompileSource(ts, source, filename, "exec"), globals);

    /// <summary>The sys functions that look at frames or print tracebacks: _getframe, displayhook, excepthook (called from SysModule.Exec).</summary>
    public static void AddSysFunctions(ThreadState ts, PyModule sys)
    {
        void Fn(string name, BuiltinFunc f) => sys.Set(name, new PyBuiltinFunction(name, f, sys));
        Fn("_getframe", (ts2, _, a, kw) =>
        {
            Args.Range("_getframe", a, kw, 0, 1);
            return GetFrame(ts2, a.Length > 0 ? (int)Ops.IndexAsLong(ts2, a[0]) : 0);
        });
        Fn("_getframemodulename", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("_getframemodulename", a, kw, ["depth"], 0);
            var f = GetFrame(ts2, p[0] == null ? 0 : (int)Ops.IndexAsLong(ts2, p[0]!));
            return f.Func?.Module ?? f.Globals.GetStr("__name__") ?? PyNone.Value;
        });
        var hook = new PyBuiltinFunction("displayhook", (ts2, _, a, kw) =>
        {
            Args.Exact("displayhook", a, kw, 1);
            return Interpreter.DefaultDisplayHook(ts2, a[0]);
        }, sys);
        if (sys.Dict.GetStr("displayhook") == null) sys.Set("displayhook", hook);
        if (sys.Dict.GetStr("__displayhook__") == null) sys.Set("__displayhook__", hook);
        // Every interpreter's sys has the default excepthook (threading reads sys.excepthook at import,
        // so a sub-interpreter without one cannot import it).
        var excepthook = new PyBuiltinFunction("excepthook", (ts2, _, a, kw) =>
        {
            Args.Exact("excepthook", a, kw, 3);
            if (a[1] is PyBaseException e) Kaa.Runtime.Hosting.TracebackPrinter.Print(ts2, e);
            else Kaa.Runtime.Hosting.TracebackPrinter.WriteStderr(ts2, $"TypeError: print_exception(): Exception expected for value, {a[1].ObType.Name} found\n");
            return PyNone.Value;
        }, sys);
        if (sys.Dict.GetStr("excepthook") == null) sys.Set("excepthook", excepthook);
        if (sys.Dict.GetStr("__excepthook__") == null) sys.Set("__excepthook__", excepthook);
    }

    /// <summary>sys._getframe(depth).</summary>
    public static PyFrame GetFrame(ThreadState ts, int depth)
    {
        var f = ts.CurrentFrame;
        while (depth-- > 0 && f != null) f = f.Back;
        if (f == null) throw PyErr.ValueError("call stack is not deep enough");
        f.MarkEscaped();
        return f;
    }
}
