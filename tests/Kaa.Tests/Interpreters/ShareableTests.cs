using Kaa.Runtime.CrossInterpreter;
using Kaa.Runtime.Hosting;
using Kaa.Runtime.Objects;

namespace Kaa.Tests.Interpreters;

public class ShareableTests
{
    [Fact]
    public void DeeplyImmutableValuesCrossByReference()
    {
        using var runtime = new KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        var values = new[] { "(1, 'two', b'3', 4.5, 6j, None, True, ...)", "frozenset({1, 'a', (2, 3)})", "range(1, 10, 2)",
                             "slice(1, None, 'x')", "2**200", "'x' * 1000", "(lambda: 1).__code__" };
        foreach (var expr in values)
        {
            var obj = a.EvalObject(expr);
            Assert.True(Shareable.IsDeeplyImmutable(obj), expr);
            var data = a.Run(ts => XIData.Get(ts, obj));
            var back = b.Run(ts => data.NewObject(ts));
            Assert.Same(obj, back);
        }
    }

    [Fact]
    public void MutableOrSubclassedValuesAreNotShareable()
    {
        using var runtime = new KaaRuntime();
        using var a = runtime.CreateInterpreter();
        a.Exec("class S(str): pass\nclass T(tuple): pass");
        foreach (var expr in new[] { "[1]", "{}", "{1}", "bytearray(b'x')", "object()", "(1, [2])", "S('x')", "T()", "frozenset({(1, [2]).__class__})" })
        {
            var obj = a.EvalObject(expr);
            Assert.False(Shareable.IsDeeplyImmutable(obj), expr);
            var e = Assert.Throws<PythonException>(() => a.Run(ts => XIData.Get(ts, obj)));
            Assert.Equal("NotShareableError", e.TypeName);
            Assert.EndsWith("does not support cross-interpreter data", e.PythonMessage);
        }
    }

    /// <summary>Many threads of different interpreters hash and compare the same shared strings at once.</summary>
    [Fact]
    public void SharedStringsHashConsistentlyAcrossThreads()
    {
        for (int round = 0; round < 50; round++)
        {
            var strs = Enumerable.Range(0, 64).Select(i => new PyStr("shared-" + round + "-" + i + new string('z', i))).ToArray();
            var results = new long[8][];
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                results[t] = strs.Select(s => s.Hash).ToArray();
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            for (int t = 1; t < 8; t++) Assert.Equal(results[0], results[t]);
            Assert.All(results[0], h => Assert.NotEqual(-1, h));
        }
    }

    [Fact]
    public void ExcInfoFormatsLikeCPython()
    {
        var info = new ExcInfo { TypeName = "E", TypeQualName = "Outer.E", TypeModule = "pkg.mod", Message = "m" };
        Assert.Equal("pkg.mod.Outer.E: m", info.Formatted);
        Assert.Equal("ValueError: ", new ExcInfo { TypeName = "ValueError", TypeQualName = "ValueError", TypeModule = "builtins", Message = "" }.Formatted);
        Assert.Equal("E", new ExcInfo { TypeName = "E", TypeModule = "__main__" }.Formatted);
    }
}
