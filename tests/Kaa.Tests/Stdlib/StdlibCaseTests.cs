using System.Text;
using Kaa.Runtime;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;
using Kaa.Tests.Conformance;
using Xunit;

namespace Kaa.Tests.Stdlib;

/// <summary>
/// The accelerator modules the standard library imports (itertools, _collections, _string, errno,
/// types.GenericAlias/Union...): each cases/NAME.py runs in-process and its output must equal
/// cases/NAME.out, which CPython 3.13 produced (gen.py regenerates them).
/// </summary>
public sealed class StdlibCaseTests
{
    private static string CasesDir => Path.Combine(ConformanceRunner.RepoRoot, "tests", "Kaa.Tests", "Stdlib", "cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(CasesDir, "*.py").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name)
    {
        var source = File.ReadAllText(Path.Combine(CasesDir, name + ".py"));
        var expected = File.ReadAllText(Path.Combine(CasesDir, name + ".out")).Replace("\r\n", "\n");
        var actual = Run(source);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void StdlibFolderIsFoundWhenFetched()
    {
        var lib = Kaa.Runtime.StdlibLocator.Find(ignoreEnvironment: true);
        if (lib == null) return; // offline build: nothing fetched, imports fail as before
        Assert.True(File.Exists(Path.Combine(lib, "os.py")));
        Assert.EndsWith("python3.14", lib.TrimEnd('/', '\\'));
    }

    /// <summary>Runs source as __main__ in a fresh runtime: its stdout, then "!! Type: message" if an exception escaped.</summary>
    private static string Run(string source)
    {
        var stdout = new MemoryStream();
        var rt = new RuntimeState(new RuntimeConfig { Stdout = stdout, Stderr = Stream.Null });
        var interp = rt.MainInterpreter;
        var ts = interp.InitialThread;
        var main = new PyModule("__main__");
        main.Dict.SetItemStr("__builtins__", interp.Builtins);
        interp.Modules.SetItemStr("__main__", main);
        var tail = "";
        try
        {
            Executor.RunSource(ts, source, "<case>", main.Dict);
        }
        catch (PyException e)
        {
            tail = $"!! {e.Value.ObType.Name}: {Ops.StrString(ts, e.Value)}\n";
        }
        if (interp.Sys.Dict.GetStr("stdout") is { } so and not PyNone) Ops.CallMethod(ts, so, "flush");
        return Encoding.UTF8.GetString(stdout.ToArray()) + tail;
    }
}
