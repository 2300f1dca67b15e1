using Kaa.Runtime;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Hosting;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;
using ThreadState = Kaa.Runtime.State.ThreadState;
using TracebackPrinter = Kaa.Runtime.Hosting.TracebackPrinter;

namespace Kaa.Cli;

/// <summary>How running a piece of Python code ended.</summary>
internal enum Outcome { Ok, Error, Exit }

/// <summary>
/// Runs the program the command line names, as CPython's Modules/main.c does: sets up sys.argv,
/// sys.path[0] and the __main__ module, runs the script / -c command / -m module / standard input,
/// then the REPL when asked, and turns SystemExit and uncaught exceptions into the exit status.
/// </summary>
internal sealed class Runner(CliOptions options, StartupTrace? trace = null)
{
    private readonly CliOptions _o = options;
    private readonly StartupTrace? _trace = trace;
    private ThreadState _ts = null!;
    private PyModule _main = null!;
    private int _exitCode;
    private volatile bool _reading;
    private volatile bool _interruptedWhileReading;
    /// <summary>The program could not even start (missing script, module not found): -i does not apply.</summary>
    private bool _startupFailed;

    public static string BuildInfo => SysModule.BuildInfo;

    private static string Platform => OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";

    private enum Mode { Command, Module, Script, StdinProgram, Repl }

    public int Run()
    {
        bool stdinIsTty = !Console.IsInputRedirected;
        Mode mode = _o.Command != null ? Mode.Command
            : _o.Module != null ? Mode.Module
            : _o.Script != null && _o.Script != "-" ? Mode.Script
            : stdinIsTty || _o.Inspect ? Mode.Repl
            : Mode.StdinProgram;

        string cwd = Directory.GetCurrentDirectory();
        string argv0;
        string? path0 = "";
        string? scriptFile = null;
        switch (mode)
        {
            case Mode.Command: argv0 = "-c"; break;
            case Mode.Module: argv0 = "-m"; path0 = cwd; break;
            case Mode.Script:
                argv0 = _o.Script!;
                scriptFile = Path.IsPathRooted(_o.Script!) ? _o.Script! : Path.Combine(cwd, _o.Script!);
                path0 = ScriptDirectory(scriptFile);
                break;
            case Mode.StdinProgram: argv0 = _o.Script == "-" ? "-" : ""; break;
            default: argv0 = ""; break;
        }
        if (_o.SafePath) path0 = null;

        var argv = new List<string> { argv0 };
        argv.AddRange(_o.Args);
        var prefix = new List<string>();
        if (path0 != null) prefix.Add(path0);
        prefix.AddRange(_o.PythonPath.Select(p => Path.GetFullPath(p)));

        var config = new RuntimeConfig
        {
            Argv = argv.ToArray(),
            XOptions = _o.XOptions.ToArray(),
            WarnOptions = _o.WarnOptions.ToArray(),
            Isolated = _o.Isolated,
            IgnoreEnvironment = _o.IgnoreEnvironment,
            // stdout is line-buffered on a terminal and block-buffered otherwise (flushed at exit), as in CPython.
            Unbuffered = _o.Unbuffered || !Console.IsOutputRedirected,
            OptimizeLevel = _o.Optimize,
            Verbose = _o.Verbose,
            Inspect = _o.Inspect,
            Interactive = _o.Inspect,
            Quiet = _o.Quiet,
            DontWriteBytecode = true,
            // Kaa writes no .pyc files whatever -B says (sys.dont_write_bytecode is always True); its own
            // cache of compiled modules lives outside the source tree and has its own switch, KAA_CODE_CACHE.
            CodeCacheDirectory = Kaa.Runtime.CodeCacheFiles.DefaultDirectory(Environment.GetEnvironmentVariable),
            SafePath = _o.SafePath,
            NoUserSite = _o.NoUserSite,
            NoSite = _o.NoSite,
            BytesWarning = _o.BytesWarning,
            DevMode = _o.DevMode,
            IntMaxStrDigits = _o.IntMaxStrDigits ?? Kaa.Runtime.Objects.IntType.MaxStrDigits,
            Stdin = StandardStream(0),
            Stdout = StandardStream(1),
            Stderr = StandardStream(2),
            PathPrefix = prefix.ToArray(),
        };

        if (_trace != null)
        {
            // Done here only when tracing, to time it apart from the interpreter's own set-up.
            _trace.Mark("runtime config");
            TypeInit.EnsureInitialized();
            _trace.Mark("static types (TypeInit)");
        }
        var runtime = new RuntimeState(config);
        RuntimeState.IgnoreFileSizeSignal();
        _trace?.Mark("main interpreter created");
        _ts = runtime.MainInterpreter.InitialThread;
        var previous = _ts.MakeCurrent();
        // PosixSignalRegistration rather than Console.CancelKeyPress: the latter switches the terminal
        // into keypad mode, which prints escape sequences.
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT, OnSigint);
        try
        {
            InstallDefaultHooks();
            _main = CreateMainModule();
            _trace?.Mark("__main__ created");
            var outcome = Outcome.Ok;
            switch (mode)
            {
                case Mode.Command:
                    TracebackPrinter.RegisterSource(_ts.Interp, "<string>", _o.Command!);
                    outcome = Execute(() => RunSource(_o.Command!, "<string>"));
                    break;
                case Mode.Module:
                    outcome = RunModule(_o.Module!);
                    break;
                case Mode.Script:
                    outcome = RunScript(_o.Script!, scriptFile!);
                    break;
                case Mode.StdinProgram:
                    _main.Dict.SetItemStr("__file__", PyStr.From("<stdin>"));
                    outcome = Execute(() => RunSource(ReadAllStdin(), "<stdin>"));
                    break;
                case Mode.Repl:
                    RunStartupFile();
                    outcome = new Repl(this, _ts, _main).Run(banner: !_o.Quiet);
                    break;
            }
            if (_o.Inspect && mode != Mode.Repl && !_startupFailed)
            {
                // -i: inspect interactively after the program, whatever happened (SystemExit included);
                // the exit status is then the REPL's.
                _exitCode = 0;
                new Repl(this, _ts, _main).Run(banner: false);
            }
            _trace?.Mark("program ran");
            int status = Finish();
            _trace?.Mark("finalized");
            return status;
        }
        finally
        {
            ThreadState.Restore(previous);
        }
    }

    /// <summary>
    /// The process's standard streams. Terminals are used as plain files on Unix: .NET's console streams
    /// would put the terminal into keypad mode (printing escape sequences) and edit input lines themselves.
    /// </summary>
    private static Stream StandardStream(int fd)
    {
        bool terminal = fd switch { 0 => !Console.IsInputRedirected, 1 => !Console.IsOutputRedirected, _ => !Console.IsErrorRedirected };
        if (terminal && !OperatingSystem.IsWindows())
            return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: false), fd == 0 ? FileAccess.Read : FileAccess.Write, bufferSize: 0);
        // Redirected streams go through write(2) on the shared file offset, like C stdio; on Unix through
        // Kaa's own fd stream, so writing to a closed pipe raises BrokenPipeError as in CPython (.NET's
        // console stream ignores EPIPE, and `kaa producer.py | head -1` would then never stop).
        if (fd != 0 && !OperatingSystem.IsWindows()) return Kaa.Runtime.IoFdStream.ForInheritedOutput(fd);
        return fd switch { 0 => Console.OpenStandardInput(), 1 => Console.OpenStandardOutput(), _ => Console.OpenStandardError() };
    }

    // ---- __main__ and hooks ---------------------------------------------------------------------

    private PyModule CreateMainModule()
    {
        var main = new PyModule("__main__");
        var d = main.Dict;
        d.SetItemStr("__builtins__", _ts.Interp.Builtins);
        d.SetItemStr("__spec__", PyNone.Value);
        // As CPython: BuiltinImporter for -c, stdin and the REPL; a script gets a source loader.
        d.SetItemStr("__loader__", ImportSystem.BuiltinImporterType);
        d.SetItemStr("__package__", PyNone.Value);
        _ts.Interp.Modules.SetItemStr("__main__", main);
        return main;
    }

    /// <summary>sys.displayhook for the REPL (sets builtins._), where sys does not define one yet; sys.excepthook comes with every interpreter's sys.</summary>
    private void InstallDefaultHooks()
    {
        var sys = _ts.Interp.Sys;
        if (sys.Dict.GetStr("displayhook") == null)
        {
            var hook = new PyBuiltinFunction("displayhook", (ts, _, a, kw) =>
            {
                Args.Exact("displayhook", a, kw, 1);
                var value = a[0];
                if (value is PyNone) return PyNone.Value;
                var builtins = ts.Interp.BuiltinsDict;
                builtins.SetItemStr("_", PyNone.Value);
                var text = Ops.ReprString(ts, value);
                var stdout = ts.Interp.Sys.Dict.GetStr("stdout");
                if (stdout == null || stdout is PyNone) throw PyErr.RuntimeError("lost sys.stdout");
                Ops.CallMethod(ts, stdout, "write", PyStr.From(text + "\n"));
                builtins.SetItemStr("_", value);
                return PyNone.Value;
            }, sys);
            sys.Set("displayhook", hook);
            sys.Set("__displayhook__", hook);
        }
    }

    // ---- running code ---------------------------------------------------------------------------

    private void RunSource(string source, string filename)
    {
        var code = Executor.CompileSource(_ts, source, filename, "exec");
        _trace?.Mark("program compiled");
        Executor.RunModuleCode(_ts, code, _main.Dict);
    }

    /// <summary>Runs Python code, reporting an uncaught exception like CPython's PyErr_Print and recording the exit status.</summary>
    internal Outcome Execute(Action action, bool interactive = false)
    {
        try
        {
            action();
            return Outcome.Ok;
        }
        catch (PyException e)
        {
            return Report(e.Value, interactive);
        }
    }

    internal Outcome Report(PyBaseException exc, bool interactive = false)
    {
        if (exc.ObType.IsSubtype(PyExc.SystemExit))
        {
            _exitCode = SystemExitCode(exc);
            return Outcome.Exit;
        }
        PrintException(exc);
        if (!interactive) _exitCode = exc.ObType.IsSubtype(PyExc.KeyboardInterrupt) ? 130 : 1;
        return Outcome.Error;
    }

    /// <summary>The exit status of SystemExit (handle_system_exit): None → 0, an int → that (as the OS truncates it), anything else is printed and gives 1.</summary>
    private int SystemExitCode(PyBaseException exc)
    {
        PyObject code;
        try { code = Ops.GetAttr(_ts, exc, "code"); }
        catch (PyException) { code = exc.Args.Count == 0 ? PyNone.Value : exc.Args.Count == 1 ? exc.Args[0] : exc.Args; }
        if (code is PyNone) return 0;
        if (code is PyInt i)
        {
            long v = i.IsSmall ? i.Small : -1;
            return (int)(v & 0xFF);
        }
        FlushStdout();
        string text;
        try { text = Ops.StrString(_ts, code); }
        catch (PyException) { text = ""; }
        TracebackPrinter.WriteStderr(_ts, text + "\n");
        return 1;
    }

    /// <summary>Calls sys.excepthook(type, value, tb) like PyErr_Display, falling back to the built-in printer.</summary>
    internal void PrintException(PyBaseException exc)
    {
        FlushStdout();
        var hook = _ts.Interp.Sys.Dict.GetStr("excepthook");
        if (hook == null || hook is PyNone)
        {
            TracebackPrinter.WriteStderr(_ts, "sys.excepthook is missing\n");
            TracebackPrinter.Print(_ts, exc);
            return;
        }
        try
        {
            Ops.Call(_ts, hook, [exc.ObType, exc, exc.Traceback ?? PyNone.Value]);
        }
        catch (PyException e)
        {
            if (e.Value.ObType.IsSubtype(PyExc.SystemExit))
            {
                _exitCode = SystemExitCode(e.Value);
                return;
            }
            TracebackPrinter.WriteStderr(_ts, "Error in sys.excepthook:\n");
            TracebackPrinter.Print(_ts, e.Value);
            TracebackPrinter.WriteStderr(_ts, "\nOriginal exception was:\n");
            TracebackPrinter.Print(_ts, exc);
        }
    }

    // ---- scripts ---------------------------------------------------------------------------------

    private Outcome RunScript(string given, string absolute)
    {
        string file = absolute;
        bool directory = Directory.Exists(absolute);
        if (directory)
        {
            file = Path.Combine(absolute, "__main__.py");
            if (!File.Exists(file))
            {
                TracebackPrinter.WriteStderr(_ts, $"{CommandLine.ProgramName}: can't find '__main__' module in {Repr(given)}\n");
                _exitCode = 1;
                _startupFailed = true;
                return Outcome.Exit;
            }
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var (errno, text) = e switch
            {
                UnauthorizedAccessException => (13, "Permission denied"),
                FileNotFoundException or DirectoryNotFoundException => (2, "No such file or directory"),
                _ => (5, "Input/output error"),
            };
            TracebackPrinter.WriteStderr(_ts, $"{CommandLine.ProgramName}: can't open file {Repr(absolute)}: [Errno {errno}] {text}\n");
            _exitCode = 2;
            _startupFailed = true;
            return Outcome.Exit;
        }
        _main.Dict.SetItemStr("__file__", PyStr.From(file));
        _main.Dict.SetItemStr("__cached__", PyNone.Value);
        _main.Dict.SetItemStr("__loader__", ImportSystem.MakeSourceLoader("__main__", file));
        // A directory runs its __main__.py the way -m runs a top-level module.
        if (directory) _main.Dict.SetItemStr("__package__", PyStr.Empty);
        return Execute(() =>
        {
            // Decoded inside Execute: an unknown coding cookie is a SyntaxError reported like any other.
            var source = ImportSystem.DecodeSource(bytes, _ts);
            if (_o.SkipFirstLine)
            {
                // -x: drop the first line but keep the line numbers of the rest.
                int nl = source.IndexOf('\n');
                source = nl < 0 ? "" : "\n" + source[(nl + 1)..];
            }
            RunSource(source, file);
        });
    }

    /// <summary>sys.path[0] for a script: the folder of its real path (symbolic links resolved).</summary>
    private static string ScriptDirectory(string scriptFile)
    {
        if (Directory.Exists(scriptFile)) return scriptFile;
        var real = RealPath(scriptFile);
        return Path.GetDirectoryName(real) ?? real;
    }

    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            try
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget != null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    next = RealPath(target.FullName);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            current = next;
        }
        return current;
    }

    // ---- -m --------------------------------------------------------------------------------------

    /// <summary>runpy._run_module_as_main without runpy: finds the module (a package runs its __main__)
    /// on sys.path, importing parent packages, and runs it as __main__.</summary>
    private Outcome RunModule(string name)
    {
        string file, package, fullName;
        try
        {
            (file, package, fullName) = FindMainModule(name, name);
        }
        catch (ModuleLookupError e)
        {
            TracebackPrinter.WriteStderr(_ts, $"{CommandLine.ProgramName}: {e.Message}\n");
            _exitCode = 1;
            _startupFailed = true;
            return Outcome.Exit;
        }
        catch (PyException e)
        {
            // An exception while importing a parent package (runpy: "Error while finding module specification").
            if (e.Value.ObType.IsSubtype(PyExc.ImportError))
            {
                TracebackPrinter.WriteStderr(_ts, $"{CommandLine.ProgramName}: Error while finding module specification for {Repr(name)} ({TracebackPrinter.FormatExceptionOnly(_ts, e.Value).TrimEnd('\n')})\n");
                _exitCode = 1;
                return Outcome.Exit;
            }
            return Report(e.Value);
        }
        if (_ts.Interp.Sys.Dict.GetStr("argv") is PyList argv && argv.Count > 0) argv.Items[0] = PyStr.From(file);
        var bytes = File.ReadAllBytes(file);
        var source = ImportSystem.DecodeSource(bytes, _ts);
        _main.Dict.SetItemStr("__file__", PyStr.From(file));
        _main.Dict.SetItemStr("__cached__", PyNone.Value);
        _main.Dict.SetItemStr("__package__", PyStr.From(package));
        var (spec, loader) = ModuleSpec(fullName, file, package);
        _main.Dict.SetItemStr("__spec__", spec);
        _main.Dict.SetItemStr("__loader__", loader);
        return Execute(() => RunSource(source, file));
    }

    /// <summary>A ModuleSpec like the import system's, for the module -m runs.</summary>
    private static (PyObject Spec, PyObject Loader) ModuleSpec(string name, string file, string parent)
    {
        var loader = new PyInstance(ImportSystem.SourceLoaderType);
        loader.Dict!.SetItemStr("name", PyStr.From(name));
        loader.Dict!.SetItemStr("path", PyStr.From(file));
        var spec = new PyInstance(ImportSystem.ModuleSpecType);
        var d = spec.Dict!;
        d.SetItemStr("name", PyStr.From(name));
        d.SetItemStr("loader", loader);
        d.SetItemStr("origin", PyStr.From(file));
        d.SetItemStr("loader_state", PyNone.Value);
        d.SetItemStr("submodule_search_locations", PyNone.Value);
        d.SetItemStr("cached", PyNone.Value);
        d.SetItemStr("has_location", PyBool.True);
        d.SetItemStr("parent", PyStr.From(parent));
        d.SetItemStr("_initializing", PyBool.False);
        return (spec, loader);
    }

    private sealed class ModuleLookupError(string message) : Exception(message);

    private (string File, string Package, string Name) FindMainModule(string name, string requested)
    {
        if (name.StartsWith('.')) throw new ModuleLookupError("Relative module names not supported");
        int dot = name.LastIndexOf('.');
        string parent = dot < 0 ? "" : name[..dot];
        string shortName = name[(dot + 1)..];
        IEnumerable<PyObject> entries;
        if (parent.Length > 0)
        {
            var parentModule = ImportSystem.ImportModuleLevel(_ts, parent, null, null, 0);
            parentModule = _ts.Interp.Modules.GetStr(parent) ?? parentModule;
            if (!Ops.TryGetAttr(_ts, parentModule, PyStr.From("__path__"), out var ppath) || ppath == null)
                throw new ModuleLookupError($"Error while finding module specification for {Repr(name)} (ModuleNotFoundError: __path__ attribute not found on {Repr(parent)} while trying to find {Repr(name)})");
            entries = Ops.ToArray(_ts, ppath);
        }
        else
        {
            if (ModuleRegistry.Find(name) != null) throw new ModuleLookupError($"No code object available for {name}");
            var sysPath = _ts.Interp.Sys.Dict.GetStr("path");
            entries = sysPath == null ? [] : Ops.ToArray(_ts, sysPath);
        }
        foreach (var entryObj in entries)
        {
            if (entryObj is not PyStr entryStr) continue;
            string entry = entryStr.Value.Length == 0 ? Directory.GetCurrentDirectory() : entryStr.Value;
            if (!Directory.Exists(entry)) continue;
            string dir = Path.Combine(entry, shortName);
            string init = Path.Combine(dir, "__init__.py");
            bool isPackage = Directory.Exists(dir) && (File.Exists(init) || !File.Exists(Path.Combine(entry, shortName + ".py")));
            if (isPackage)
            {
                if (name.EndsWith(".__main__", StringComparison.Ordinal) || shortName == "__main__")
                    throw new ModuleLookupError($"Cannot use package as __main__ module");
                // runpy imports the package, then runs its __main__ submodule.
                ImportSystem.ImportModuleLevel(_ts, name, null, null, 0);
                try
                {
                    return FindMainModule(name + ".__main__", requested);
                }
                catch (ModuleLookupError e) when (e.Message.StartsWith("No module named", StringComparison.Ordinal))
                {
                    throw new ModuleLookupError($"No module named {name}.__main__; {Repr(name)} is a package and cannot be directly executed");
                }
            }
            string file = Path.Combine(entry, shortName + ".py");
            if (File.Exists(file)) return (file, parent, name);
        }
        throw new ModuleLookupError($"No module named {name}");
    }

    // ---- standard input and the REPL ------------------------------------------------------------

    private string ReadAllStdin()
    {
        var stdin = _ts.Interp.Sys.Dict.GetStr("stdin");
        if (stdin != null && stdin is not PyNone && Ops.CallMethod(_ts, stdin, "read") is PyStr s) return s.Value;
        return Console.In.ReadToEnd();
    }

    /// <summary>Reads one line through sys.stdin.readline (so input() and the REPL share its buffer); "" at end of input.</summary>
    internal string ReadLine()
    {
        _reading = true;
        try
        {
            var stdin = _ts.Interp.Sys.Dict.GetStr("stdin");
            if (stdin == null || stdin is PyNone) return Console.In.ReadLine() is { } l ? l + "\n" : "";
            return Ops.CallMethod(_ts, stdin, "readline") is PyStr s ? s.Value : "";
        }
        finally { _reading = false; }
    }

    /// <summary>True once when Ctrl-C was pressed while a line was being read (the REPL then drops its input).</summary>
    internal bool TakeReadInterrupt()
    {
        if (!_interruptedWhileReading) return false;
        _interruptedWhileReading = false;
        Interlocked.Exchange(ref _ts.PendingAsyncException, null);
        _ts.ClearEvalBreak(EvalBreakerBits.AsyncException);
        return true;
    }

    internal int ExitCode => _exitCode;

    private void RunStartupFile()
    {
        if (_o.IgnoreEnvironment) return;
        var startup = Environment.GetEnvironmentVariable("PYTHONSTARTUP");
        if (string.IsNullOrEmpty(startup) || !File.Exists(startup)) return;
        var source = ImportSystem.DecodeSource(File.ReadAllBytes(startup));
        Execute(() => RunSource(source, startup));
    }

    private void OnSigint(System.Runtime.InteropServices.PosixSignalContext e)
    {
        // Ctrl-C raises KeyboardInterrupt in the main thread at its next eval-breaker check.
        e.Cancel = true;
        if (_reading) _interruptedWhileReading = true;
        _ts.PendingAsyncException = PyBaseException.Create(PyExc.KeyboardInterrupt, PyTuple.Empty);
        _ts.RequestEvalBreak(EvalBreakerBits.AsyncException);
    }

    // ---- exit ------------------------------------------------------------------------------------

    /// <summary>Py_FinalizeEx's visible part: waiting for non-daemon threads, atexit callbacks, writing
    /// what files still open for writing have buffered, then flushing sys.stdout and sys.stderr.</summary>
    private int Finish()
    {
        Kaa.Runtime.CrossInterpreter.XI.WaitForThreadsAtExit(_ts);
        RunAtExit();
        IoModule.FlushOpenWriters(_ts);
        if (!FlushStream("stdout") && _exitCode == 0) _exitCode = 120;
        FlushStream("stderr");
        try
        {
            SysModule.StdStream(_ts, "__stdout__")?.Flush();
            SysModule.StdStream(_ts, "__stderr__")?.Flush();
        }
        catch (Exception e) when (e is IOException or PyException) { }
        return _exitCode;
    }

    /// <summary>The atexit hook: runs atexit._run_exitfuncs when an atexit module has been loaded.</summary>
    private void RunAtExit()
    {
        var atexit = _ts.Interp.Modules.GetStr("atexit");
        if (atexit == null) return;
        try
        {
            if (Ops.TryGetAttr(_ts, atexit, PyStr.From("_run_exitfuncs"), out var run) && run != null) Ops.Call(_ts, run);
        }
        catch (PyException e)
        {
            PrintException(e.Value);
        }
    }

    private bool FlushStream(string name)
    {
        var stream = _ts.Interp.Sys.Dict.GetStr(name);
        if (stream == null || stream is PyNone || IsClosed(stream)) return true;
        try
        {
            Ops.CallMethod(_ts, stream, "flush");
            return true;
        }
        catch (PyException e)
        {
            if (name == "stdout")
            {
                TracebackPrinter.WriteStderr(_ts, $"Exception ignored on flushing sys.stdout:\n{TracebackPrinter.Format(_ts, e.Value)}");
            }
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>CPython's file_is_closed: a stream closed by the program (json.tool closes sys.stdout)
    /// is not flushed at exit; an unreadable or odd `closed` counts as open.</summary>
    private bool IsClosed(PyObject stream)
    {
        try
        {
            return Ops.TryGetAttr(_ts, stream, PyStr.From("closed"), out var closed) && closed != null && Ops.IsTrue(_ts, closed);
        }
        catch (PyException)
        {
            return false;
        }
    }

    internal void FlushStdout() => FlushStream("stdout");

    internal string Repr(string s) => Ops.ReprString(_ts, PyStr.From(s));

    internal static string Banner(ThreadState ts)
    {
        var version = ts.Interp.Sys.Dict.GetStr("version") is PyStr v ? v.Value : SysModule.Version + " " + BuildInfo;
        return $"Python {version} on {Platform}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
    }
}
