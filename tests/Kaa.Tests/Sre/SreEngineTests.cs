using System.Diagnostics;
using System.Globalization;
using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Kaa.Runtime.Sre;
using Kaa.Runtime.State;

namespace Kaa.Tests.Sre;

/// <summary>Engine properties the case corpus cannot show: Unicode tables, deep inputs, interruption.</summary>
public class SreEngineTests
{
    private static IEnumerable<(int Lo, int Hi)> Ranges(string line)
    {
        foreach (var r in line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var parts = r.Split('-');
            yield return (int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
    }

    private static bool[] Table(string line)
    {
        var t = new bool[0x110000];
        foreach (var (lo, hi) in Ranges(line))
            for (int cp = lo; cp <= hi; cp++) t[cp] = true;
        return t;
    }

    /// <summary>Case mappings and the Unicode classes of every code point, against CPython (SreUnicode.cases).</summary>
    [Fact]
    public void UnicodeTablesMatchCPython()
    {
        var lower = new int[0x110000];
        var upper = new int[0x110000];
        for (int cp = 0; cp < lower.Length; cp++) lower[cp] = upper[cp] = cp;
        var tables = new Dictionary<string, bool[]>();
        foreach (var line in File.ReadAllLines(Path.Combine(SreCaseTests.Dir(), "SreUnicode.cases")))
        {
            if (line.StartsWith('#')) continue;
            var f = line.Split(' ');
            if (f[0] == "case")
            {
                int cp = int.Parse(f[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                lower[cp] = int.Parse(f[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                upper[cp] = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
            else tables[f[0]] = Table(line);
        }
        var failures = new List<string>();
        var unassigned = tables["unassigned"];
        for (int cp = 0; cp < 0x110000; cp++)
        {
            // Characters unassigned in the generating CPython's Unicode version have no properties to compare.
            if (unassigned[cp]) continue;
            if (SreChars.LowerUnicode(cp) != lower[cp]) failures.Add($"lower({cp:x}) = {SreChars.LowerUnicode(cp):x}, CPython {lower[cp]:x}");
            if (SreChars.UpperUnicode(cp) != upper[cp]) failures.Add($"upper({cp:x}) = {SreChars.UpperUnicode(cp):x}, CPython {upper[cp]:x}");
            if (SreChars.IsUniWord(cp) != tables["word"][cp]) failures.Add($"\\w {cp:x}");
            if (SreChars.IsUniDigit(cp) != tables["digit"][cp]) failures.Add($"\\d {cp:x}");
            if (SreChars.IsUniSpace(cp) != tables["space"][cp]) failures.Add($"\\s {cp:x}");
            if (SreChars.UnicodeIsCased(cp) != tables["iscased"][cp]) failures.Add($"iscased {cp:x}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(50)));
    }

    /// <summary>A catastrophic pattern keeps checking the eval breaker, so an asynchronous exception stops it.</summary>
    [Fact]
    public void CatastrophicMatchIsInterruptible()
    {
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var globals = SreCaseTests.NewGlobals(ts);
        const string expr = "P('(x+x+)+y', 32, [14, 4, 0, 3, 4294967295, 23, 21, 1, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 120, 1, 24, 6, 1, 4294967295, 16, 120, 1, 17, 1, 18, 16, 121, 1], 1, {}, (None, None)).match('x' * 60)";
        var sw = Stopwatch.StartNew();
        using var timer = new Timer(_ =>
        {
            ts.PendingAsyncException = PyBaseException.Create(PyExc.KeyboardInterrupt, PyTuple.Empty);
            ts.RequestEvalBreak(EvalBreakerBits.AsyncException);
        }, null, 300, Timeout.Infinite);
        string result = SreCaseTests.Eval(ts, globals, expr);
        Assert.Equal("!KeyboardInterrupt: ", result);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    /// <summary>Backtracking over a long subject runs on a small thread stack: no C# recursion per character.</summary>
    [Fact]
    public void LongSubjectsNeedNoDeepStack()
    {
        string? result = null;
        var thread = new Thread(() =>
        {
            var rt = new RuntimeState();
            var ts = rt.MainInterpreter.InitialThread;
            var globals = SreCaseTests.NewGlobals(ts);
            // (a|b)*c with groups, then the lazy form: each character adds backtracking frames.
            result = SreCaseTests.Eval(ts, globals,
                "(P('(a|b)*c', 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1], 1, {}, (None, None)).match('ab' * 200000 + 'c').span(1),"
                + " P('(a|b)*?c', 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 19, 16, 99, 1], 1, {}, (None, None)).match('ab' * 200000 + 'c').end())");
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("((399999, 400000), 400001)", result);
    }
}
