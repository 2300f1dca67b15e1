using Kaa.Tests.Compiler;

namespace Kaa.Tests.Modules;

/// <summary>
/// _csv, array, cmath and zlib under several interpreters (CPython 3.13, the conformance reference, has no
/// concurrent.interpreters, so these checks are Kaa's own): each interpreter gets its own _csv dialect
/// registry and field limit, and every module imports and works in an isolated one.
/// </summary>
public sealed class NewModulesIsolationTests
{
    [Fact]
    public void ModuleStateIsPerInterpreter()
    {
        using var runtime = new Kaa.Runtime.Hosting.KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        a.Exec("import csv\ncsv.register_dialect('mine', delimiter=';')\ncsv.field_size_limit(99)");
        b.Exec("import csv, zlib, array, cmath\ncsv.register_dialect('sub', delimiter='|')");
        Assert.Equal("(0, 131072, True)", b.Eval("repr((csv.list_dialects().count('mine'), csv.field_size_limit(), 'sub' in csv.list_dialects()))"));
        Assert.Equal("(False, True, 99)", a.Eval("repr(('sub' in csv.list_dialects(), 'mine' in csv.list_dialects(), csv.field_size_limit()))"));
        b.Exec("""
            try:
                zlib.decompress(b'bad!')
            except zlib.error as e:
                msg = str(e)
            """);
        Assert.Equal("Error -3 while decompressing data: incorrect header check", b.Eval("msg"));
        Assert.Equal("array('i', [1, 2]) b'xyz' 2j",
            b.Eval("f\"{array.array('i', [1, 2])} {zlib.decompress(zlib.compress(b'xyz'))} {cmath.sqrt(-4)}\""));
    }

    [Fact]
    public void ArraysExportTheirBuffer()
    {
        var output = PyRunner.Run("""
            import array, struct
            a = array.array('i', [1, 2, 300])
            m = memoryview(a)
            print(m.format, m.itemsize, m.nbytes, m.tolist(), m[2], m.readonly)
            struct.pack_into('<i', a, 4, -7)
            print(a, bytes(array.array('h', [1, 2])), b'\x02\x00' in bytes(array.array('h', [1, 2])))
            """);
        Assert.Equal("""
            i 4 12 [1, 2, 300] 300 False
            array('i', [1, -7, 300]) b'\x01\x00\x02\x00' True

            """.Replace("\r\n", "\n"), output);
    }
}
