using System.Runtime.CompilerServices;
using Kaa.Compiler;
using Kaa.Compiler.Parsing;
using Xunit;

namespace Kaa.Tests.Parsing;

/// <summary>
/// Compares Kaa's parser with CPython 3.13 on generated expectations (see regen.sh): ASTs of the snippets in
/// corpus/*.py, SyntaxError details of bad_snippets.txt, and codeop's complete/incomplete verdicts of
/// interactive.txt.
/// </summary>
public class ParserCorpusTests
{
    internal static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static IEnumerable<object[]> CorpusFiles() =>
        Directory.GetFiles(Path.Combine(Dir(), "corpus"), "*.py").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusMatchesCPython(string file)
    {
        var py = Path.Combine(Dir(), "corpus", file);
        var expected = File.ReadAllLines(Path.ChangeExtension(py, ".ast"));
        var actual = Parser.ParseModule(File.ReadAllText(py), file).Body.Select(s => AstDump.Dump(s)).ToArray();
        for (int i = 0; i < Math.Min(expected.Length, actual.Length); i++)
            Assert.Equal(expected[i], actual[i]);
        Assert.Equal(expected.Length, actual.Length);
    }

    /// <summary>`--- name` lines split a file into snippets; `\t`, `\f`, `\r` spell those characters and a
    /// trailing `\z` means "no final newline" (the same rules as regen.sh).</summary>
    internal static IEnumerable<(string Name, string Source)> Cases(string file)
    {
        string? name = null;
        var lines = new List<string>();
        foreach (var line in File.ReadAllText(Path.Combine(Dir(), file)).Split('\n'))
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                if (name != null) yield return (name, Unescape(string.Join("\n", lines)));
                name = line[4..].Trim();
                lines.Clear();
            }
            else lines.Add(line);
        }
        if (name != null) yield return (name, Unescape(string.Join("\n", lines)));
    }

    static string Unescape(string s)
    {
        s = s.Replace("\\t", "\t").Replace("\\f", "\f").Replace("\\r", "\r");
        if (s.EndsWith("\\z\n", StringComparison.Ordinal) || s.EndsWith("\\z", StringComparison.Ordinal)) return s[..s.LastIndexOf("\\z", StringComparison.Ordinal)];
        return s + "\n";
    }

    static Dictionary<string, string> Expected(string file) =>
        File.ReadAllLines(Path.Combine(Dir(), file)).Select(l => l.Split('\t', 2)).ToDictionary(a => a[0], a => a[1]);

    public static IEnumerable<object[]> BadSnippets() => Cases("bad_snippets.txt").Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(BadSnippets))]
    public void SyntaxErrorsMatchCPython(string name)
    {
        var src = Cases("bad_snippets.txt").First(c => c.Name == name).Source;
        string got;
        try
        {
            Parser.ParseModule(src, "<bad>");
            got = "OK";
        }
        catch (SyntaxErrorException e)
        {
            got = $"{e.Kind}\t{e.Msg}\t{e.Lineno}\t{e.Offset}\t{e.EndLineno}\t{e.EndOffset}";
        }
        Assert.Equal(Expected("bad_snippets.expected")[name], got);
    }

    public static IEnumerable<object[]> InteractiveSnippets() => Cases("interactive.txt").Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(InteractiveSnippets))]
    public void InteractiveCompletenessMatchesCodeop(string name)
    {
        var src = Cases("interactive.txt").First(c => c.Name == name).Source;
        string got;
        try
        {
            // What codeop (and so the REPL) passes: PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT.
            Parser.ParseInteractive(src, "<input>", allowIncomplete: true, dontImplyDedent: true);
            got = "complete";
        }
        catch (SyntaxErrorException e)
        {
            got = e.Kind == "_IncompleteInputError" ? "incomplete" : "error";
        }
        // A trailing backslash asks the REPL for another line (codeop itself calls it an error).
        string want = name.StartsWith("backslash", StringComparison.Ordinal) ? "incomplete" : Expected("interactive.expected")[name];
        Assert.Equal(want, got);
    }
}
