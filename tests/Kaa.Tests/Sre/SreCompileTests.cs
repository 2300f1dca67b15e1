using Kaa.Runtime;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using RuntimeState = Kaa.Runtime.State.RuntimeState;

namespace Kaa.Tests.Sre;

/// <summary>
/// End to end with the standard library's regular expression compiler: re/_parser.py and re/_compiler.py,
/// run by Kaa, must hand _sre.compile() exactly the code CPython's produced for every pattern of Sre.cases
/// (whose matching behaviour SreCaseTests checks). Skipped when the standard library is not there.
/// </summary>
public class SreCompileTests
{
    /// <summary>Errors from parts of the runtime outside _sre that the compiler currently runs into.</summary>
    private static readonly string[] KnownGaps =
    [
        "'memoryview' object has no attribute 'cast'", // memoryview(b).cast('I') in _compiler._bytes_to_codes
        "No module named 'unicodedata'", // \N{...} escapes
    ];

    [Fact]
    public void StdlibCompilerProducesCPythonsCode()
    {
        var stdlib = StdlibLocator.Find(ignoreEnvironment: false);
        if (stdlib == null || !File.Exists(Path.Combine(stdlib, "re", "_compiler.py"))) return;
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var globals = new PyDict();
        globals.SetItemStr("__name__", PyStr.From("__sre_compile_check__"));
        globals.SetItemStr("__builtins__", ts.Interp.BuiltinsDict);
        Executor.RunSource(ts, File.ReadAllText(Path.Combine(SreCaseTests.Dir(), "SreCompileCheck.py")), "SreCompileCheck.py", globals);
        var tmp = Directory.CreateTempSubdirectory("kaa-sre-").FullName;
        try
        {
            var pkg = Directory.CreateDirectory(Path.Combine(tmp, "kaa_re_check")).FullName;
            foreach (var name in new[] { "_constants.py", "_parser.py", "_compiler.py", "_casefix.py" })
                File.Copy(Path.Combine(stdlib, "re", name), Path.Combine(pkg, name));
            File.WriteAllText(Path.Combine(pkg, "__init__.py"), "from . import _compiler\n");
            var run = globals.GetStr("run")!;
            var result = (PyTuple)Ops.Call(ts, run, [PyStr.From(tmp), PyStr.From(Path.Combine(SreCaseTests.Dir(), "Sre.cases"))]);
            var failures = Ops.ToArray(ts, result[0]).Select(f => ((PyStr)f).Value)
                .Where(f => !KnownGaps.Any(g => f.Contains(g, StringComparison.Ordinal))).ToList();
            long patterns = ((PyInt)result[1]).Small;
            Assert.True(patterns > 100, $"only {patterns} patterns found");
            Assert.True(failures.Count == 0, $"{failures.Count} of {patterns} patterns differ:\n" + string.Join("\n", failures.Take(40)));
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
    }
}
