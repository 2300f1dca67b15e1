using System.Runtime.CompilerServices;
using Kaa.Runtime;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using RuntimeState = Kaa.Runtime.State.RuntimeState;
using ThreadState = Kaa.Runtime.State.ThreadState;

namespace Kaa.Tests.Sre;

/// <summary>
/// Runs the CPython-generated cases of Sre.cases (see SreCasesGen.py): each line is a Python expression
/// that builds a pattern with _sre.compile() from the code list CPython 3.14's re._compiler produced,
/// and the repr of CPython's result or its exception.
/// </summary>
public class SreCaseTests
{
    internal static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    internal static PyDict NewGlobals(ThreadState ts)
    {
        var globals = new PyDict();
        globals.SetItemStr("__name__", PyStr.From("__sre_cases__"));
        globals.SetItemStr("__builtins__", ts.Interp.BuiltinsDict);
        Executor.RunSource(ts, File.ReadAllText(Path.Combine(Dir(), "SrePrelude.py")), "SrePrelude.py", globals);
        return globals;
    }

    internal static string Eval(ThreadState ts, PyDict globals, string expr)
    {
        try
        {
            var code = Executor.CompileSource(ts, expr, "<case>", "eval");
            return Ops.ReprString(ts, Executor.RunModuleCode(ts, code, globals));
        }
        catch (PyException e)
        {
            string msg;
            try { msg = Ops.StrString(ts, e.Value); }
            catch (Exception) { msg = "<str() failed>"; }
            return "!" + e.Value.ObType.Name + ": " + msg;
        }
        catch (Exception e)
        {
            return "!!" + e.GetType().Name + ": " + e.Message;
        }
    }

    [Fact]
    public void MatchesCPython()
    {
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var globals = NewGlobals(ts);
        var failures = new List<string>();
        int n = 0;
        foreach (var line in File.ReadAllLines(Path.Combine(Dir(), "Sre.cases")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.LastIndexOf('\t');
            string expr = line[..tab], expected = line[(tab + 1)..];
            n++;
            string actual = Eval(ts, globals, expr);
            if (actual != expected) failures.Add($"{expr}\n    expected: {expected}\n    actual:   {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {n} cases differ:\n" + string.Join("\n", failures.Take(60)));
    }
}
