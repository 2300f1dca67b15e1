using Kaa.Runtime;

namespace Kaa.Cli;

/// <summary>The `kaa` command: a CPython-compatible command line.</summary>
public static class Program
{
    /// <summary>The interpreter runs on a thread with a large stack so deep recursion inside built-ins cannot overflow the process.</summary>
    private const int InterpreterStackSize = 256 * 1024 * 1024;

    public static int Main(string[] args)
    {
        var trace = StartupTrace.FromEnvironment();
        CliOptions options;
        try
        {
            options = CommandLine.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (CliUsageException e)
        {
            var err = Console.Error;
            err.Write(e.Message + "\n");
            if (e.ShowUsage) err.Write(CommandLine.Usage + CommandLine.TryHelp);
            err.Flush();
            return 2;
        }
        catch (CliFatalException e)
        {
            Console.Error.Write($"Fatal Python error: {e.Message}\nPython runtime state: preinitialized\n\n");
            Console.Error.Flush();
            return 1;
        }

        if (options.Help != null)
        {
            Console.Out.Write(options.Help switch
            {
                "env" => CommandLine.EnvHelpText,
                "xoptions" => CommandLine.XOptionsHelpText,
                "all" => CommandLine.HelpText + CommandLine.EnvHelpText + CommandLine.XOptionsHelpText,
                _ => CommandLine.HelpText,
            });
            Console.Out.Flush();
            return 0;
        }
        if (options.Version > 0)
        {
            Console.Out.Write(options.Version > 1 ? $"Python {SysModule.Version} {Runner.BuildInfo}\n" : $"Python {SysModule.Version}\n");
            Console.Out.Flush();
            return 0;
        }

        trace?.Mark("command line parsed");
        StartWarmup(options, trace);
        int exitCode = 1;
        var thread = new Thread(() => exitCode = RunGuarded(options, trace), InterpreterStackSize)
        {
            Name = "kaa main",
        };
        thread.Start();
        thread.Join();
        trace?.Report(Console.Error);
        if (Environment.GetEnvironmentVariable("KAA_GCSTATS") != null)
            Console.Error.Write($"gc: gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)} allocated {GC.GetTotalAllocatedBytes() >> 20} MB pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms heap {GC.GetGCMemoryInfo().HeapSizeBytes >> 20} MB {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}\n");
        return exitCode;
    }

    /// <summary>
    /// Start-up work that needs no interpreter runs on a second core while the main thread builds the
    /// runtime (types, modules): compiling the program's source (or a small stand-in) JIT-compiles the
    /// tokenizer, parser and code generator and runs their static constructors, and the eval loop is
    /// JIT-compiled. Nothing it produces is kept or shown (the compiler has no mutable static state, so
    /// this cannot change what the program does); a failure is ignored, the main thread then simply
    /// does the work itself. Skipped in the native executable, which has no JIT.
    /// </summary>
    private static void StartWarmup(CliOptions options, StartupTrace? trace)
    {
        // The native executable (NativeAOT) has nothing to JIT-compile: the warm-up would only burn a core.
        if (Environment.ProcessorCount < 2 || !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled) return;
        var thread = new Thread(() =>
        {
            try
            {
                Kaa.Runtime.Eval.Interpreter.PrepareEvalLoop();
                trace?.Mark("warm-up: eval loop compiled");
                string source = WarmupSource;
                if (options.Command != null) source = options.Command;
                else if (options.Script != null && new FileInfo(options.Script) is { Exists: true, Length: < 1 << 20 } fi)
                    source = File.ReadAllText(fi.FullName);
                var mod = Kaa.Compiler.Parsing.Parser.ParseModule(source, "<warm-up>");
                Kaa.Compiler.CodeGen.Compiler.Compile(mod, "<warm-up>", new Kaa.Compiler.CodeGen.CompileOptions { Source = source });
                trace?.Mark("warm-up: program compiled");
            }
            catch (Exception)
            {
                // A syntax error, an unreadable file, ...: the real compile reports it.
            }
        })
        {
            IsBackground = true,
            Name = "kaa warm-up",
        };
        thread.Start();
    }

    /// <summary>Compiled by the warm-up when there is no program text (REPL, -m): common statements.</summary>
    private const string WarmupSource = """
        import sys
        class C(object):
            def __init__(self, x, *args, k=1, **kw):
                self.x = [i * 2 for i in range(x) if i % 2] + list(args)
            def m(self):
                return {k: v for k, v in enumerate(self.x)}, f"{self.x!r:>10}"
        def g(n):
            try:
                for i in range(n):
                    yield i
            except (ValueError, KeyError) as e:
                raise RuntimeError("x") from e
            finally:
                pass
        with open(__file__) as fh:
            data = fh.read() if fh else None
        x = lambda a, b=2: a and b or not a
        """;

    /// <summary>Runs the program; a .NET exception that escapes the runtime becomes a SystemError-style message, never a .NET stack trace.</summary>
    private static int RunGuarded(CliOptions options, StartupTrace? trace)
    {
        try
        {
            return new Runner(options, trace).Run();
        }
        catch (Exception e)
        {
            try
            {
                Console.Out.Flush();
                Console.Error.Write($"SystemError: internal error in Kaa: {e.GetType().Name}: {e.Message}\n");
                Console.Error.Flush();
            }
            catch (IOException) { }
            return 1;
        }
    }
}
