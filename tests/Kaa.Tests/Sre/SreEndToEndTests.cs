using Kaa.Runtime;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using RuntimeState = Kaa.Runtime.State.RuntimeState;

namespace Kaa.Tests.Sre;

/// <summary>
/// The re module end to end (ReEndToEnd.py against CPython's ReEndToEnd.expected). Until the rest of the
/// runtime can import re (enum, functools, ...), the test has nothing to check and returns.
/// </summary>
public class SreEndToEndTests
{
    [Fact]
    public void ReModuleMatchesCPython()
    {
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var probe = new PyDict();
        probe.SetItemStr("__name__", PyStr.From("__probe__"));
        probe.SetItemStr("__builtins__", ts.Interp.BuiltinsDict);
        try
        {
            Executor.RunSource(ts, "import re\nre.compile('a').match('a')\n", "<probe>", probe);
        }
        catch (PyException)
        {
            return; // the re module cannot be imported yet
        }
        var globals = new PyDict();
        globals.SetItemStr("__name__", PyStr.From("__re_e2e__"));
        globals.SetItemStr("__builtins__", ts.Interp.BuiltinsDict);
        Executor.RunSource(ts, File.ReadAllText(Path.Combine(SreCaseTests.Dir(), "ReEndToEnd.py")), "ReEndToEnd.py", globals);
        var actual = Ops.ToArray(ts, globals.GetStr("OUT")!).Select(o => ((PyStr)o).Value).ToArray();
        var expected = File.ReadAllLines(Path.Combine(SreCaseTests.Dir(), "ReEndToEnd.expected"));
        var diffs = new List<string>();
        for (int i = 0; i < Math.Max(actual.Length, expected.Length); i++)
        {
            string a = i < actual.Length ? actual[i] : "<missing>", e = i < expected.Length ? expected[i] : "<missing>";
            if (a != e) diffs.Add($"expected: {e}\n  actual: {a}");
        }
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }
}
