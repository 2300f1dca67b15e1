using Xunit;

namespace Kaa.Tests.Conformance;

/// <summary>
/// Runs every tests/conformance/&lt;topic&gt;/&lt;name&gt;.py on Kaa (<c>dotnet kaa.dll name.py</c>, cwd = the
/// program's folder) and compares stdout, the exit code and, where a .err file exists, stderr with
/// CPython 3.13's results.
/// <para>
/// Expected failures: xunit 2 can only skip statically, so a program listed in
/// tests/conformance/xfail.txt still runs. If it fails, the test passes (the failure was expected);
/// if it now passes, the test passes too and its output says "unexpectedly passed, remove from
/// xfail.txt": several engineers land fixes at once, and a fix elsewhere must not turn into a red test.
/// Prune the manifest with tests/conformance/xfail_update.py.
/// </para>
/// </summary>
public sealed class ConformanceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Programs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var p in ConformanceRunner.EnumeratePrograms())
            {
                data.Add(p);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program(string program)
    {
        var xfail = ConformanceRunner.LoadXfail();
        var expected = ConformanceRunner.LoadExpected(program);
        var actual = ConformanceRunner.Run(program);
        var failure = ConformanceRunner.Compare(program, expected, actual);
        if (xfail.TryGetValue(program, out var reason))
        {
            if (failure is null)
            {
                output.WriteLine($"{program} unexpectedly passed, remove from xfail.txt (reason was: {reason})");
            }
            return; // Failed as expected, or fixed meanwhile.
        }
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
    }

    [Fact]
    public void EveryProgramHasExpectedOutput()
    {
        var programs = ConformanceRunner.EnumeratePrograms();
        Assert.NotEmpty(programs);
        var missing = programs
            .Where(p => !File.Exists(Path.ChangeExtension(ConformanceRunner.FullPath(p), ".out")))
            .ToList();
        Assert.True(missing.Count == 0,
            "programs without a .out file (run tests/conformance/regen.py with CPython 3.13): " + string.Join(", ", missing));
    }

    [Fact]
    public void XfailEntriesNameExistingPrograms()
    {
        var programs = ConformanceRunner.EnumeratePrograms().ToHashSet(StringComparer.Ordinal);
        var stale = ConformanceRunner.LoadXfail().Keys.Where(k => !programs.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "xfail.txt names programs that do not exist: " + string.Join(", ", stale));
    }

    [Fact]
    public void DiffShowsFirstDifference()
    {
        var diff = ConformanceRunner.Diff("a\nb\nc\n", "a\nB\nc\n");
        Assert.Contains("first difference at line 2", diff);
        Assert.Contains("- b", diff);
        Assert.Contains("+ B", diff);
    }
}
