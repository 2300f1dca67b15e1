using Kaa.Compiler;
using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Parsing;
using Kaa.Compiler.Symbols;

namespace Kaa.Tests.Compiler;

/// <summary>Unit tests of the symbol table and code generator output (no runtime involved).</summary>
public class CompilerTests
{
    static CodeUnit Compile(string source) =>
        Kaa.Compiler.CodeGen.Compiler.Compile(Parser.ParseModule(source, "<test>"), "<test>", new CompileOptions { Source = source });

    static CodeUnit Nested(CodeUnit unit, string name) =>
        unit.Constants.OfType<CodeUnit>().First(c => c.Name == name);

    static IEnumerable<OpCode> Ops(CodeUnit unit) => unit.Code.Select(CodeUnit.Op);

    [Fact]
    public void FunctionLocalsCellsAndFreeVariables()
    {
        var m = Compile("def f(a, b):\n    c = a\n    def g():\n        return b + c\n    return g\n");
        var f = Nested(m, "f");
        Assert.Equal(["a", "b", "g"], f.VarNames);
        Assert.Equal(["b", "c"], f.CellVars);
        Assert.True((f.LocalsPlusKinds[1] & LocalKind.Cell) != 0, "parameter b is a cell");
        var g = Nested(f, "g");
        Assert.Equal(["b", "c"], g.FreeVars);
        Assert.Equal("f.<locals>.g", g.QualName);
        Assert.True(g.Flags.HasFlag(CodeFlags.Nested));
        Assert.Contains(OpCode.LoadDeref, Ops(g));
    }

    [Fact]
    public void GeneratorAndCoroutineFlags()
    {
        var m = Compile("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n");
        Assert.True(Nested(m, "g").Flags.HasFlag(CodeFlags.Generator));
        Assert.True(Nested(m, "c").Flags.HasFlag(CodeFlags.Coroutine));
        Assert.True(Nested(m, "ag").Flags.HasFlag(CodeFlags.AsyncGenerator));
    }

    [Fact]
    public void GlobalsInFunctionsUseLoadGlobalAndModuleUsesLoadName()
    {
        var m = Compile("x = 1\ndef f():\n    return x\nprint(x)\n");
        Assert.Contains(OpCode.LoadName, Ops(m));
        Assert.Contains(OpCode.LoadGlobal, Ops(Nested(m, "f")));
    }

    [Fact]
    public void ClassBodyGetsClassCellWhenSuperIsUsed()
    {
        var m = Compile("class A:\n    def f(self):\n        return super().f()\n");
        var a = Nested(m, "A");
        Assert.Contains("__class__", a.CellVars);
        Assert.Contains("__class__", Nested(a, "f").FreeVars);
        Assert.Equal("A.f", Nested(a, "f").QualName);
    }

    [Fact]
    public void ConstantsAreFoldedAndDeduplicated()
    {
        var m = Compile("x = (1, 2, (3, -4))\ny = -5\nz = 1.0\nw = 1\n");
        Assert.Contains(m.Constants, c => c is object?[] t && t.Length == 3);
        Assert.Contains(m.Constants, c => c is System.Numerics.BigInteger b && b == -5);
        // 1 and 1.0 stay distinct constants.
        Assert.Contains(m.Constants, c => c is double d && d == 1.0);
        Assert.Contains(m.Constants, c => c is System.Numerics.BigInteger b && b == 1);
    }

    [Fact]
    public void ExceptionTableCoversTryBody()
    {
        var m = Compile("try:\n    f()\nexcept ValueError:\n    pass\n");
        Assert.NotEmpty(m.ExceptionTable);
        var call = Array.FindIndex(m.Code, w => CodeUnit.Op(w) == OpCode.Call);
        Assert.True(m.FindHandler(call, out var entry));
        Assert.Equal(0, entry.Depth);
        Assert.False(entry.Lasti);
    }

    [Fact]
    public void DeadCodeAfterReturnIsNotEmitted()
    {
        var f = Nested(Compile("def f():\n    return 1\n    print('never')\n"), "f");
        Assert.DoesNotContain(OpCode.Call, Ops(f));
    }

    [Fact]
    public void PositionsAreRecorded()
    {
        var m = Compile("a = 1\nb = (a +\n     2)\n");
        var add = Array.FindIndex(m.Code, w => CodeUnit.Op(w) == OpCode.BinaryOp);
        Assert.Equal(2, m.Line(add));
        Assert.Equal(3, m.EndLine(add));
        Assert.Equal(5, m.Col(add));
    }

    [Fact]
    public void StaticAttributesAreCollected()
    {
        var m = Compile("class C:\n    def f(self):\n        self.b = 1\n        self.a = 2\n");
        var c = Nested(m, "C");
        Assert.Contains(c.Constants, k => k is object?[] t && t.Length == 2 && (string?)t[0] == "a" && (string?)t[1] == "b");
    }

    [Theory]
    [InlineData("return 1", "'return' outside function")]
    [InlineData("def f():\n    global x\n    x = 1\n    nonlocal y", "no binding for nonlocal 'y' found")]
    [InlineData("for x in y:\n    pass\nbreak", "'break' outside loop")]
    [InlineData("def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration")]
    [InlineData("def f(x):\n    global x", "name 'x' is parameter and global")]
    [InlineData("match x:\n    case {'a': 1, 'a': 2}:\n        pass", "mapping pattern checks duplicate key ('a')")]
    [InlineData("match x:\n    case C(a=1, a=2):\n        pass", "attribute name repeated in class pattern: a")]
    [InlineData("f(a=1, a=2)", "keyword argument repeated: a")]
    [InlineData("[x := 1 for x in y]", "assignment expression cannot rebind comprehension iteration variable 'x'")]
    [InlineData("from __future__ import braces", "not a chance")]
    [InlineData("x = 1\nfrom __future__ import annotations", "from __future__ imports must occur at the beginning of the file")]
    public void SyntaxErrors(string source, string message)
    {
        SyntaxErrorException? err = null;
        try
        {
            Compile(source);
        }
        catch (SyntaxErrorException e)
        {
            err = e;
        }
        Assert.NotNull(err);
        Assert.Equal(message, err!.Msg);
    }

    [Fact]
    public void TheWholeStandardLibraryCompilesWhenAvailable()
    {
        var root = Environment.GetEnvironmentVariable("KAA_CPYTHON_LIB");
        if (root == null || !Directory.Exists(root)) return;
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories))
        {
            var src = File.ReadAllText(file);
            Kaa.Compiler.Ast.ModuleNode mod;
            try { mod = Parser.ParseModule(src, file); }
            catch (SyntaxErrorException) { continue; }
            try { Kaa.Compiler.CodeGen.Compiler.Compile(mod, file, new CompileOptions { Source = src }); }
            catch (SyntaxErrorException) { }
            catch (NotSupportedException) { }
            catch (Exception e) { failures.Add($"{file}: {e.Message}"); }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void UnparserRoundTripsAnnotations()
    {
        var e = Parser.ParseExpression("dict[str, list[int | None]] | Callable[..., 'T']", "<t>");
        Assert.Equal("dict[str, list[int | None]] | Callable[..., 'T']", Unparser.Unparse(e.Body));
        Assert.Equal("1e+16", Unparser.FloatRepr(1e16));
        Assert.Equal("0.0001", Unparser.FloatRepr(0.0001));
        Assert.Equal("1e-05", Unparser.FloatRepr(0.00001));
        Assert.Equal("123.456", Unparser.FloatRepr(123.456));
        _ = typeof(SymbolTable);
    }
}
