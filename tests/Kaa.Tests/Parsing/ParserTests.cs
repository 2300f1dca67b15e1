using System.Diagnostics;
using System.Numerics;
using Kaa.Compiler;
using Kaa.Compiler.Ast;
using Kaa.Compiler.Parsing;
using Xunit;
using Assert = Xunit.Assert;

namespace Kaa.Tests.Parsing;

public class ParserTests
{
    static Expr Expr1(string src) => ((ExprStmt)Parser.ParseModule(src, "<t>").Body[0]).Value;

    static SyntaxErrorException Error(string src) => Assert.Throws<SyntaxErrorException>(() => Parser.ParseModule(src, "<t>"));

    [Fact]
    public void ConstantValueTypes()
    {
        Assert.Equal(new BigInteger(1_000), ((Constant)Expr1("1_000")).Value);
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), ((Constant)Expr1("123456789012345678901234567890")).Value);
        Assert.Equal(new BigInteger(255), ((Constant)Expr1("0xff")).Value);
        Assert.Equal(new BigInteger(8), ((Constant)Expr1("0o10")).Value);
        Assert.Equal(new BigInteger(5), ((Constant)Expr1("0b101")).Value);
        Assert.Equal(0.5, ((Constant)Expr1(".5")).Value);
        Assert.Equal(1.0, ((Constant)Expr1("1.")).Value);
        Assert.Equal(1e10, ((Constant)Expr1("1e10")).Value);
        Assert.Equal(10.01e10, ((Constant)Expr1("1_0.0_1e+1_0")).Value);
        Assert.Equal(double.PositiveInfinity, ((Constant)Expr1("1e400")).Value);
        Assert.Equal(new Complex(0, 1.5), ((Constant)Expr1("1.5J")).Value);
        Assert.Equal(new byte[] { 97, 0, 255 }, ((Constant)Expr1("b'a\\x00\\xff'")).Value);
        Assert.Same(ConstantEllipsis.Instance, ((Constant)Expr1("...")).Value);
        Assert.Null(((Constant)Expr1("None")).Value);
        Assert.Equal(true, ((Constant)Expr1("True")).Value);
        Assert.Equal("\U0001F600", ((Constant)Expr1("'\\U0001F600'")).Value);
        Assert.Equal("\u2014", ((Constant)Expr1("'\\N{EM DASH}'")).Value);
        Assert.Equal("\\d", ((Constant)Expr1("'\\d'")).Value);
        Assert.Equal("u", ((Constant)Expr1("u'x'")).Kind);
    }

    [Fact]
    public void LineEndingsBomAndMissingFinalNewline()
    {
        string lf = AstDump.Dump(Parser.ParseModule("if x:\n    y = 1\nz = 2\n", "<t>"));
        Assert.Equal(lf, AstDump.Dump(Parser.ParseModule("if x:\r\n    y = 1\r\nz = 2\r\n", "<t>")));
        Assert.Equal(lf, AstDump.Dump(Parser.ParseModule("if x:\r    y = 1\rz = 2", "<t>")));
        Assert.Equal(lf, AstDump.Dump(Parser.ParseModule("\uFEFFif x:\n    y = 1\nz = 2", "<t>")));
    }

    [Fact]
    public void EvalModeAllowsLeadingWhitespace()
    {
        var e = Parser.ParseExpression("  1 + 2\n", "<eval>");
        var b = Assert.IsType<BinOp>(e.Body);
        Assert.Equal(0, b.ColOffset);
        Assert.Throws<SyntaxErrorException>(() => Parser.ParseExpression("x = 1", "<eval>"));
    }

    [Fact]
    public void InteractiveMode()
    {
        var i = Parser.ParseInteractive("x = 1; y = 2", "<stdin>", allowIncomplete: true, dontImplyDedent: true);
        Assert.Equal(2, i.Body.Count);
        var e = Assert.Throws<SyntaxErrorException>(() => Parser.ParseInteractive("if x:\n    pass", "<stdin>", allowIncomplete: true, dontImplyDedent: true));
        Assert.Equal("_IncompleteInputError", e.Kind);
        Assert.Single(Parser.ParseInteractive("if x:\n    pass\n", "<stdin>", allowIncomplete: true, dontImplyDedent: true).Body);
        Assert.Equal("_IncompleteInputError", Assert.Throws<SyntaxErrorException>(() => Parser.ParseInteractive("x = (1,", "<stdin>", allowIncomplete: true, dontImplyDedent: true)).Kind);
        Assert.Equal("_IncompleteInputError", Assert.Throws<SyntaxErrorException>(() => Parser.ParseInteractive("s = '''abc", "<stdin>", allowIncomplete: true, dontImplyDedent: true)).Kind);
        Assert.Equal("_IncompleteInputError", Assert.Throws<SyntaxErrorException>(() => Parser.ParseInteractive("x = 1 + \\", "<stdin>", allowIncomplete: true, dontImplyDedent: true)).Kind);
        Assert.Equal("SyntaxError", Assert.Throws<SyntaxErrorException>(() => Parser.ParseInteractive("x = = 1", "<stdin>", allowIncomplete: true, dontImplyDedent: true)).Kind);
        // Without the codeop flags (compile(src, f, 'single')), unfinished input is an ordinary error
        // and a compound statement needs no final line break.
        Assert.Single(Parser.ParseInteractive("if x:\n    pass", "<stdin>").Body);
        Assert.Equal("SyntaxError", Assert.Throws<SyntaxErrorException>(() => Parser.ParseInteractive("x = (1,", "<stdin>")).Kind);
    }

    [Fact]
    public void ErrorCarriesLineText()
    {
        var e = Error("x = 1\ny = (1 2]\n");
        Assert.Equal("y = (1 2]", e.Text);
        Assert.Equal("<t>", e.Filename);
    }

    [Fact]
    public void UnknownUnicodeNameAndMixedTStrings()
    {
        Assert.StartsWith("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name",
            Error("'\\N{NOPE NO}'").Msg);
        Assert.Equal("cannot mix t-string literals with string or bytes literals", Error("t'x' 'y'").Msg);
        Assert.Equal("bytes can only contain ASCII literal characters", Error("b'\u00e9'").Msg);
    }

    [Fact]
    public void NonAsciiIdentifiersAndColumnsInUtf16()
    {
        var a = (Assign)Parser.ParseModule("\u00e9t\u00e9 = '\U0001F600' + x", "<t>").Body[0];
        Assert.Equal("\u00e9t\u00e9", ((Name)a.Targets[0]).Id);
        var sum = (BinOp)a.Value;
        Assert.Equal(6, sum.ColOffset);
        Assert.Equal(13, ((Name)sum.Right).ColOffset);   // the emoji is two UTF-16 code units
    }

    [Fact]
    public void Except3_14WithoutParentheses()
    {
        var t = (Try)Parser.ParseModule("try:\n    pass\nexcept A, B:\n    pass\n", "<t>").Body[0];
        Assert.IsType<TupleExpr>(t.Handlers[0].Type);
    }

    /// <summary>Every module of CPython's standard library parses (when a CPython is installed here).</summary>
    [Fact]
    public void StandardLibraryParses()
    {
        string? root = Environment.GetEnvironmentVariable("KAA_CPYTHON_LIB");
        if (root == null)
        {
            string pyenv = Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".pyenv/versions/3.13.0/lib/python3.13");
            root = Directory.Exists(pyenv) ? pyenv : null;
        }
        if (root == null) return;
        var failures = new List<string>();
        int count = 0;
        var sw = Stopwatch.StartNew();
        foreach (var f in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories))
        {
            string name = Path.GetFileName(f);
            if (name.StartsWith("badsyntax_", StringComparison.Ordinal) || name.StartsWith("bad_coding", StringComparison.Ordinal)) continue;
            count++;
            try { Parser.ParseModule(File.ReadAllText(f), f); }
            catch (SyntaxErrorException e) { failures.Add($"{f}:{e.Lineno}:{e.Offset}: {e.Msg}"); }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} files failed ({sw.Elapsed.TotalSeconds:F1}s):\n" + string.Join("\n", failures.Take(20)));
    }
}
