using System.Text;
using Kaa.Runtime;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Tests.Compiler;

/// <summary>Runs Python source in a fresh runtime and captures what it prints.</summary>
public static class PyRunner
{
    /// <summary>Runs <paramref name="source"/> as a __main__ module. The result is the captured stdout,
    /// followed by "!! Type: message" when an exception escaped (for SyntaxError:
    /// "!! SyntaxError: msg (line N)"), the same format as EvalCasesGen.py.</summary>
    public static string Run(string source, string filename = "<case>")
    {
        var stdout = new MemoryStream();
        var rt = new RuntimeState(new RuntimeConfig { Stdout = stdout, Stderr = Stream.Null });
        var interp = rt.MainInterpreter;
        var ts = interp.InitialThread;
        var main = new PyModule("__main__");
        main.Dict.SetItemStr("__builtins__", interp.Builtins);
        interp.Modules.SetItemStr("__main__", main);
        var tail = new StringBuilder();
        try
        {
            Executor.RunSource(ts, source, filename, main.Dict);
        }
        catch (PyException e)
        {
            var exc = e.Value;
            if (exc.ObType.IsSubtype(PyExc.SyntaxError))
            {
                var msg = (exc as PySyntaxError)?.Msg is PyStr m ? m.Value : Ops.StrString(ts, exc);
                var line = (exc as PySyntaxError)?.Lineno is PyInt l ? l.Small.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
                tail.Append($"!! {exc.ObType.Name}: {msg} (line {line})\n");
            }
            else tail.Append($"!! {exc.ObType.Name}: {Ops.StrString(ts, exc)}\n");
        }
        if (interp.Sys.Dict.GetStr("stdout") is { } so and not PyNone) Ops.CallMethod(ts, so, "flush");
        return Encoding.UTF8.GetString(stdout.ToArray()) + tail;
    }
}
