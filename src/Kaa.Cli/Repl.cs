using Kaa.Compiler.CodeGen;
using Kaa.Runtime;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Hosting;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;
using ThreadState = Kaa.Runtime.State.ThreadState;
using TracebackPrinter = Kaa.Runtime.Hosting.TracebackPrinter;

namespace Kaa.Cli;

/// <summary>
/// The interactive loop of CPython's basic REPL: sys.ps1/sys.ps2 prompts on stderr, statements compiled
/// in "single" mode (expression values go through sys.displayhook), more lines read while the parser
/// reports incomplete input, a traceback for errors, exit at end of input or on SystemExit.
/// </summary>
internal sealed class Repl(Runner runner, ThreadState ts, PyModule main)
{
    private readonly Runner _runner = runner;
    private readonly ThreadState _ts = ts;
    private readonly PyModule _main = main;
    // What codeop passes: unfinished input asks for another line instead of failing.
    private readonly CompileOptions _replOptions = new()
    {
        Optimize = ts.Interp.Runtime.Config.OptimizeLevel,
        AllowIncompleteInput = true,
        DontImplyDedent = true,
    };

    public Outcome Run(bool banner)
    {
        var sys = _ts.Interp.Sys;
        if (sys.Dict.GetStr("ps1") == null) sys.Set("ps1", PyStr.From(">>> "));
        if (sys.Dict.GetStr("ps2") == null) sys.Set("ps2", PyStr.From("... "));
        if (banner) TracebackPrinter.WriteStderr(_ts, Runner.Banner(_ts));
        // Lines are joined without a final newline, as code.InteractiveConsole does, so a compound
        // statement stays incomplete until an empty line ends it.
        var buffer = new List<string>();
        while (true)
        {
            _runner.FlushStdout();
            TracebackPrinter.WriteStderr(_ts, Prompt(buffer.Count == 0 ? "ps1" : "ps2"));
            string line;
            try
            {
                line = _runner.ReadLine();
            }
            catch (PyException e)
            {
                if (e.Value.ObType.IsSubtype(PyExc.KeyboardInterrupt))
                {
                    TracebackPrinter.WriteStderr(_ts, "\nKeyboardInterrupt\n");
                    buffer.Clear();
                    continue;
                }
                var r = _runner.Report(e.Value);
                if (r == Outcome.Exit) return r;
                return Outcome.Error;
            }
            if (_runner.TakeReadInterrupt())
            {
                TracebackPrinter.WriteStderr(_ts, "\nKeyboardInterrupt\n");
                buffer.Clear();
                continue;
            }
            if (line.Length == 0)
            {
                // End of input (Ctrl-D).
                TracebackPrinter.WriteStderr(_ts, "\n");
                return Outcome.Ok;
            }
            buffer.Add(line.EndsWith('\n') ? line[..^1].TrimEnd('\r') : line);
            var source = string.Join("\n", buffer);
            PyCode code;
            try
            {
                code = Executor.CompileSource(_ts, source, "<stdin>", "single", _replOptions);
            }
            catch (PyException e) when (e.Value.ObType.Name == "_IncompleteInputError")
            {
                continue;
            }
            catch (PyException e)
            {
                buffer.Clear();
                TracebackPrinter.RegisterSource(_ts.Interp, "<stdin>", source);
                var r = _runner.Report(e.Value, interactive: true);
                if (r == Outcome.Exit) return r;
                continue;
            }
            buffer.Clear();
            TracebackPrinter.RegisterSource(_ts.Interp, "<stdin>", source);
            var outcome = _runner.Execute(() => Executor.RunModuleCode(_ts, code, _main.Dict), interactive: true);
            if (outcome == Outcome.Exit) return outcome;
        }
    }

    private string Prompt(string name)
    {
        var p = _ts.Interp.Sys.Dict.GetStr(name);
        if (p == null) return "";
        try { return p is PyStr s ? s.Value : Ops.StrString(_ts, p); }
        catch (PyException) { return ""; }
    }
}
