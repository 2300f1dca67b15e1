using System.Globalization;
using Kaa.Runtime;
using Kaa.Runtime.Objects;
using RuntimeState = Kaa.Runtime.State.RuntimeState;

namespace Kaa.Tests.Objects;

/// <summary>
/// Every code point against CPython 3.14 (StrUnicode.expected, from StrUnicodeExpectedGen.py, Unicode 16.0.0):
/// the str predicates and the full case mappings. Code points unassigned in that Unicode version are skipped.
/// </summary>
public class StrUnicodeTests
{
    private static Dictionary<string, string[]> Load()
    {
        var d = new Dictionary<string, string[]>();
        foreach (var line in File.ReadAllLines(Path.Combine(StrCaseTests.Dir(), "StrUnicode.expected")))
        {
            int sp = line.IndexOf(' ');
            d[sp < 0 ? line : line[..sp]] = sp < 0 ? [] : line[(sp + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return d;
    }

    private static bool[] Ranges(string[] items)
    {
        var set = new bool[0x110000];
        foreach (var r in items)
        {
            var parts = r.Split('-');
            int a = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int b = int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            for (int i = a; i <= b; i++) set[i] = true;
        }
        return set;
    }

    public static IEnumerable<object[]> Predicates() =>
        new[] { "isalpha", "isdecimal", "isdigit", "isnumeric", "islower", "isupper", "istitle", "isspace", "isprintable", "isidentifier", "isalnum" }
            .Select(p => new object[] { p });

    public static IEnumerable<object[]> Mappings() =>
        new[] { "upper", "lower", "title", "casefold", "capitalize", "swapcase" }.Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Predicates))]
    public void PredicateMatchesCPythonForEveryCodePoint(string name)
    {
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var data = Load();
        var skip = Ranges(data["unassigned"]);
        var expected = Ranges(data[name]);
        var method = Ops.GetAttr(ts, BuiltinTypes.Str, name);
        var bad = new List<string>();
        for (int cp = 0; cp < 0x110000; cp++)
        {
            if (skip[cp]) continue;
            var s = PyStr.From(StrType.CodePointToString(cp));
            bool actual = Ops.IsTrue(ts, Ops.Call(ts, method, [s]));
            if (actual != expected[cp] && bad.Count < 40) bad.Add($"U+{cp:X4}: expected {expected[cp]}");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Theory]
    [MemberData(nameof(Mappings))]
    public void MappingMatchesCPythonForEveryCodePoint(string name)
    {
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var data = Load();
        var skip = Ranges(data["unassigned"]);
        var expected = new Dictionary<int, string>();
        foreach (var item in data[name])
        {
            var kv = item.Split(':');
            var cps = kv[1].Split('.').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            expected[int.Parse(kv[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = string.Concat(cps.Select(StrType.CodePointToString));
        }
        var method = Ops.GetAttr(ts, BuiltinTypes.Str, name);
        var bad = new List<string>();
        for (int cp = 0; cp < 0x110000; cp++)
        {
            if (skip[cp]) continue;
            var s = StrType.CodePointToString(cp);
            var want = expected.TryGetValue(cp, out var e) ? e : s;
            var got = ((PyStr)Ops.Call(ts, method, [PyStr.From(s)])).Value;
            if (got != want && bad.Count < 40)
                bad.Add($"U+{cp:X4}: expected {string.Join(" ", want.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}, got {string.Join(" ", got.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }
}
