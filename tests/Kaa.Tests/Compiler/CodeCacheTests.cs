using System.Numerics;
using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Parsing;
using Kaa.Runtime;
using Kaa.Runtime.Hosting;
using Kaa.Runtime.State;

namespace Kaa.Tests.Compiler;

/// <summary>The on-disk cache of compiled modules: the code unit format round-trips exactly, and the
/// import system uses a cache file only while it matches its source.</summary>
public class CodeCacheTests
{
    private const string EveryConstantKind = """
        '''module doc'''
        import sys
        N = None; T = True; F = False; E = ...
        SMALL = 7; BIG = 123456789012345678901234567890123456789; NEG = -12345678901234567890123
        FL = 1.5; NZ = -0.0; INF = 1e400; C = 3j + 1
        S = 'text'; SUR = '\udc80 lone surrogate'; ASTRAL = '\U0001F600'
        B = b'\x00\xffbytes'; TUP = (1, 'a', (2.0, b'x'), None)
        def f(a, /, b=(1, 2), *args, c, d=frozenset(), **kw):
            "function doc"
            x = 1 in {1, 2, 3}
            def inner():
                nonlocal x
                return [y * x for y in range(3)], {k: v for k, v in kw.items()}
            try:
                return inner()
            except* ValueError:
                pass
            finally:
                x = None
        class K:
            def m(self): return __class__
        async def g():
            async with sys as s:
                yield s
        match S:
            case {'a': 1, **rest}: pass
            case [1, *more] if more: pass
            case str() as q: pass
        """;

    private static CodeUnit Compile(string source, string filename)
        => Kaa.Compiler.CodeGen.Compiler.Compile(Parser.ParseModule(source, filename), filename, new CompileOptions { Source = source });

    private static CodeUnit RoundTrip(CodeUnit unit)
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            Assert.True(CodeUnitSerializer.TryWrite(w, unit));
        return CodeUnitSerializer.Read(stream.ToArray(), 0);
    }

    private static void AssertSameUnit(CodeUnit a, CodeUnit b)
    {
        Assert.Equal(a.Name, b.Name);
        Assert.Equal(a.QualName, b.QualName);
        Assert.Equal(a.Filename, b.Filename);
        Assert.Equal(a.FirstLineNo, b.FirstLineNo);
        Assert.Equal(a.Flags, b.Flags);
        Assert.Equal((a.ArgCount, a.PosOnlyArgCount, a.KwOnlyArgCount), (b.ArgCount, b.PosOnlyArgCount, b.KwOnlyArgCount));
        Assert.Equal(a.LocalsPlusNames, b.LocalsPlusNames);
        Assert.Equal(a.LocalsPlusKinds, b.LocalsPlusKinds);
        Assert.Equal(a.VarNames, b.VarNames);
        Assert.Equal(a.CellVars, b.CellVars);
        Assert.Equal(a.FreeVars, b.FreeVars);
        Assert.Equal(a.Names, b.Names);
        Assert.Equal(a.Code, b.Code);
        Assert.Equal(a.ExceptionTable, b.ExceptionTable);
        Assert.Equal(a.Positions, b.Positions);
        Assert.Equal(a.StackSize, b.StackSize);
        Assert.Equal(a.CellSlots, b.CellSlots);
        Assert.Equal(a.FreeStart, b.FreeStart);
        Assert.Equal(a.Docstring, b.Docstring);
        Assert.Equal(a.InlinedComprehension, b.InlinedComprehension);
        Assert.Equal(a.ListLengthFromIterator, b.ListLengthFromIterator);
        Assert.Equal(a.Constants.Length, b.Constants.Length);
        for (int i = 0; i < a.Constants.Length; i++)
        {
            if (a.Constants[i] is CodeUnit ua) AssertSameUnit(ua, Assert.IsType<CodeUnit>(b.Constants[i]));
            else Assert.True(ConstantKeyComparer.Instance.Equals(a.Constants[i], b.Constants[i]), $"constant {i} of {a.QualName} differs");
        }
    }

    [Fact]
    public void EveryConstantKindAndCodeShapeRoundTrips()
    {
        var unit = Compile(EveryConstantKind, "/tmp/every_kind.py");
        var back = RoundTrip(unit);
        AssertSameUnit(unit, back);
        Assert.Contains(back.Constants, c => c is string s && s.StartsWith('\udc80'));
        Assert.Contains(back.Constants, c => c is BigInteger b && b == BigInteger.Parse("123456789012345678901234567890123456789"));
    }

    [Fact]
    public void StandardLibraryModulesRoundTrip()
    {
        var lib = StdlibLocator.Find(ignoreEnvironment: true);
        if (lib == null) return; // the standard library is fetched by the build; nothing to read without it
        foreach (var name in new[] { "typing.py", "enum.py", "dataclasses.py", "inspect.py", "_pydecimal.py", "re/_parser.py", "argparse.py" })
        {
            var path = Path.Combine(lib, name);
            if (!File.Exists(path)) continue;
            var unit = Compile(File.ReadAllText(path), path);
            AssertSameUnit(unit, RoundTrip(unit));
        }
    }

    [Fact]
    public void DamagedDataIsRejectedNotMisread()
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            CodeUnitSerializer.TryWrite(w, Compile(EveryConstantKind, "x.py"));
        var bytes = stream.ToArray();
        foreach (int cut in new[] { 0, 3, bytes.Length / 2, bytes.Length - 1 })
            Assert.Throws<InvalidDataException>(() => CodeUnitSerializer.Read(bytes[..cut], 0));
    }

    private static int ImportValue(string cacheDir, string libDir)
    {
        using var runtime = new KaaRuntime(new RuntimeConfig { CodeCacheDirectory = cacheDir, Stdout = Stream.Null, Stderr = Stream.Null });
        using var interp = runtime.CreateInterpreter();
        interp.Exec($"import sys\nsys.path.insert(0, {PyLiteral(libDir)})\nimport cachedmod\nvalue = cachedmod.f()");
        return Convert.ToInt32(interp.Eval("value"));
    }

    private static string PyLiteral(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    [Fact]
    public void ImportUsesTheCacheOnlyWhileItMatchesTheSource()
    {
        var root = Path.Combine(Path.GetTempPath(), "kaa-codecache-" + Guid.NewGuid().ToString("N"));
        var lib = Path.Combine(root, "lib");
        var cache = Path.Combine(root, "cache");
        Directory.CreateDirectory(lib);
        try
        {
            var module = Path.Combine(lib, "cachedmod.py");
            File.WriteAllText(module, "def f():\n    return 1\n");
            Assert.Equal(1, ImportValue(cache, lib));
            var files = Directory.GetFiles(cache, "*.kc", SearchOption.AllDirectories);
            Assert.Single(files);
            var written = File.GetLastWriteTimeUtc(files[0]);

            // A second runtime reads the cache file and leaves it as it is.
            Assert.Equal(1, ImportValue(cache, lib));
            Assert.Equal(written, File.GetLastWriteTimeUtc(files[0]));

            // The source changed (size and time): compiled again and the cache file replaced.
            File.WriteAllText(module, "def f():\n    return 22\n");
            File.SetLastWriteTimeUtc(module, DateTime.UtcNow.AddMinutes(1));
            Assert.Equal(22, ImportValue(cache, lib));

            // A damaged cache file is ignored.
            File.WriteAllBytes(files[0], File.ReadAllBytes(files[0])[..40]);
            Assert.Equal(22, ImportValue(cache, lib));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void DefaultDirectoryFollowsTheEnvironment()
    {
        Assert.Null(CodeCacheFiles.DefaultDirectory(n => n == "KAA_CODE_CACHE" ? "off" : null));
        Assert.Equal(Path.GetFullPath("/tmp/somewhere"), CodeCacheFiles.DefaultDirectory(n => n == "KAA_CODE_CACHE" ? "/tmp/somewhere" : null));
        Assert.Equal(Path.Combine("/xdg", "kaa", "code"), CodeCacheFiles.DefaultDirectory(n => n == "XDG_CACHE_HOME" ? "/xdg" : null));
        Assert.Equal(Path.Combine("/home/u", ".cache", "kaa", "code"), CodeCacheFiles.DefaultDirectory(n => n == "HOME" ? "/home/u" : null));
    }
}
