using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Kaa.Tests.Objects;
using Xunit;

namespace Kaa.Tests.Modules;

/// <summary>_io and open(); expected values from CPython 3.13 (see the scripts in the comments).</summary>
public sealed class IoTests : ObjectTestBase, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kaa-io").FullName;
    private readonly PyModule _io;

    public IoTests()
    {
        _io = ModuleRegistry.Create(Ts, ModuleRegistry.Find("_io")!);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string P(string name) => Path.Combine(_dir, name);
    private PyObject Io(string name) => _io.Dict.GetStr(name)!;
    private PyObject Open(string path, string mode = "r", params (string, PyObject)[] kw)
        => CallKw(B("open"), [S(path), S(mode)], kw);
    private string Bytes(PyObject b) => System.Text.Encoding.Latin1.GetString(((PyBytes)b).Value);

    [Fact]
    public void ModeErrors()
    {
        var p = P("f.txt");
        Assert.Equal("ValueError: must have exactly one of create/read/write/append mode", Err(() => Open(p, "rw")));
        Assert.Equal("ValueError: invalid mode: 'rU'", Err(() => Open(p, "rU")));
        Assert.Equal("ValueError: Must have exactly one of create/read/write/append mode and at most one plus", Err(() => Open(p, "")));
        Assert.Equal("ValueError: invalid mode: 'rr'", Err(() => Open(p, "rr")));
        Assert.Equal("ValueError: can't have text and binary mode at once", Err(() => Open(p, "bt")));
        Assert.Equal("ValueError: invalid mode: 'r+b+'", Err(() => Open(p, "r+b+")));
        Assert.Equal("TypeError: open() argument 'mode' must be str, not int", Err(() => Call("open", S(p), I(1))));
        Assert.Equal("TypeError: expected str, bytes or os.PathLike object, not list", Err(() => Call("open", L(), S("r"))));
        Assert.Equal("ValueError: binary mode doesn't take an encoding argument", Err(() => Open(p, "rb", ("encoding", S("utf-8")))));
        Assert.Equal("ValueError: binary mode doesn't take an errors argument", Err(() => Open(p, "rb", ("errors", S("strict")))));
        Assert.Equal("ValueError: binary mode doesn't take a newline argument", Err(() => Open(p, "rb", ("newline", S("")))));
        Assert.Equal("ValueError: illegal newline value: x", Err(() => Open(p, "w", ("newline", S("x")))));
        Assert.Equal("ValueError: can't have unbuffered text I/O", Err(() => Open(p, "w", ("buffering", I(0)))));
        Assert.Equal("LookupError: unknown encoding: bogus", Err(() => Open(p, "w", ("encoding", S("bogus")))));
    }

    [Fact]
    public void OsErrors()
    {
        Assert.Equal($"FileNotFoundError: [Errno 2] No such file or directory: '{P("nope")}'", Err(() => Open(P("nope"))));
        Assert.Equal($"IsADirectoryError: [Errno 21] Is a directory: '{_dir}'", Err(() => Open(_dir)));
        Assert.Equal($"IsADirectoryError: [Errno 21] Is a directory: '{_dir}'", Err(() => Open(_dir, "w")));
        M(Open(P("f"), "w"), "close");
        Assert.Equal($"FileExistsError: [Errno 17] File exists: '{P("f")}'", Err(() => Open(P("f"), "x")));
        Assert.Equal($"NotADirectoryError: [Errno 20] Not a directory: '{P("f")}/x'", Err(() => Open(P("f") + "/x")));
        Assert.Equal($"FileNotFoundError: [Errno 2] No such file or directory: '{P("a/b")}'", Err(() => Open(P("a/b"), "w")));
        try { Open("nope"); Assert.Fail("no error"); }
        catch (PyException e)
        {
            Assert.True(e.Value.ObType.IsSubtype(PyExc.OSError));
            Assert.Equal("2", Str(Ops.GetAttr(Ts, e.Value, "errno")));
            Assert.Equal("No such file or directory", Str(Ops.GetAttr(Ts, e.Value, "strerror")));
            Assert.Equal("nope", Str(Ops.GetAttr(Ts, e.Value, "filename")));
            Assert.Equal("(2, 'No such file or directory')", Repr(Ops.GetAttr(Ts, e.Value, "args")));
        }
    }

    [Fact]
    public void ReprsAndAttributes()
    {
        var p = P("f.txt");
        var f = Open(p, "w");
        Assert.Equal($"<_io.TextIOWrapper name='{p}' mode='w' encoding='utf-8'>", Repr(f));
        Assert.Equal("strict", Str(Ops.GetAttr(Ts, f, "errors")));
        Assert.Equal("False", Repr(Ops.GetAttr(Ts, f, "line_buffering")));
        Assert.Equal($"<_io.BufferedWriter name='{p}'>", Repr(Ops.GetAttr(Ts, f, "buffer")));
        Assert.Equal($"<_io.FileIO name='{p}' mode='wb' closefd=True>", Repr(Ops.GetAttr(Ts, Ops.GetAttr(Ts, f, "buffer"), "raw")));
        Assert.Equal("UnsupportedOperation: not readable", Err(() => M(f, "read")));
        M(f, "close");
        Assert.Equal("True", Repr(Ops.GetAttr(Ts, f, "closed")));
        Assert.Equal("ValueError: I/O operation on closed file.", Err(() => M(f, "write", S("x"))));
        Assert.Equal("ValueError: I/O operation on closed file.", Err(() => M(f, "read")));
        Assert.Equal("ValueError: I/O operation on closed file.", Err(() => M(f, "tell")));
        Assert.Equal("ValueError: I/O operation on closed file", Err(() => M(f, "fileno")));
        Assert.Equal($"<_io.BufferedReader name='{p}'>", Repr(Open(p, "rb")));
        Assert.Equal($"<_io.FileIO name='{p}' mode='rb' closefd=True>", Repr(Open(p, "rb", ("buffering", I(0)))));
        Assert.Equal($"<_io.BufferedRandom name='{p}'>", Repr(Open(p, "r+b")));
        Assert.Equal("UnsupportedOperation: write", Err(() => M(Open(p, "rb"), "write", By("x"))));
        Assert.Same(B("open"), Io("open"));
        Assert.Equal("8192", Repr(Io("DEFAULT_BUFFER_SIZE")));
        Assert.Equal("(<class 'io.UnsupportedOperation'>, <class 'OSError'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            Repr(Ops.GetAttr(Ts, Io("UnsupportedOperation"), "__mro__")));
    }

    [Fact]
    public void ClosedBufferedMessages()
    {
        var p = P("c");
        File.WriteAllText(p, "abc");
        var r = Open(p, "rb");
        M(r, "close");
        Assert.Equal("ValueError: read of closed file", Err(() => M(r, "read")));
        Assert.Equal("ValueError: peek of closed file", Err(() => M(r, "peek")));
        Assert.Equal("ValueError: readline of closed file", Err(() => M(r, "readline")));
        Assert.Equal("ValueError: seek of closed file", Err(() => M(r, "seek", I(0))));
        Assert.Equal("ValueError: I/O operation on closed file", Err(() => M(r, "tell")));
        Assert.Equal("ValueError: I/O operation on closed file.", Err(() => M(r, "flush")));
        var w = Open(P("c2"), "wb");
        M(w, "close");
        Assert.Equal("ValueError: write to closed file", Err(() => M(w, "write", By("x"))));
        Assert.Equal("ValueError: flush of closed file", Err(() => M(w, "flush")));
        Assert.Equal("UnsupportedOperation: read", Err(() => M(w, "read")));
    }

    [Fact]
    public void NewlineModes()
    {
        var p = P("nl");
        File.WriteAllBytes(p, "abc\r\ndef\rghi\njkl"u8.ToArray());
        (string?, string, string, string)[] cases =
        [
            (null, "['abc\\n', 'def\\n', 'ghi\\n', 'jkl']", "'abc\\ndef\\nghi\\njkl'", "('\\r', '\\n', '\\r\\n')"),
            ("", "['abc\\r\\n', 'def\\r', 'ghi\\n', 'jkl']", "'abc\\r\\ndef\\rghi\\njkl'", "('\\r', '\\n', '\\r\\n')"),
            ("\n", "['abc\\r\\n', 'def\\rghi\\n', 'jkl']", "'abc\\r\\ndef\\rghi\\njkl'", "None"),
            ("\r", "['abc\\r', '\\ndef\\r', 'ghi\\njkl']", "'abc\\r\\ndef\\rghi\\njkl'", "None"),
            ("\r\n", "['abc\\r\\n', 'def\\rghi\\njkl']", "'abc\\r\\ndef\\rghi\\njkl'", "None"),
        ];
        foreach (var (nl, lines, all, newlines) in cases)
        {
            PyObject nlObj = nl == null ? PyNone.Value : S(nl);
            var f = Open(p, "r", ("newline", nlObj));
            Assert.Equal(lines, Repr(M(f, "readlines")));
            Assert.Equal(newlines, Repr(Ops.GetAttr(Ts, f, "newlines")));
            Assert.Equal(all, Repr(M(Open(p, "r", ("newline", nlObj)), "read")));
            var w = Open(P("w"), "w", ("newline", nlObj));
            M(w, "write", S("a\nb\r\nc\r"));
            M(w, "close");
            string expected = nl switch { "\r" => "a\rb\r\rc\r", "\r\n" => "a\r\nb\r\r\nc\r", _ => "a\nb\r\nc\r" };
            Assert.Equal(expected, File.ReadAllText(P("w")));
        }
    }

    [Fact]
    public void StringIONewlines()
    {
        (PyObject, string, string)[] cases =
        [
            (PyNone.Value, "['abc\\n', 'def\\n', 'ghi\\n', 'jkl']", "'abc\\ndef\\nghi\\njkl'"),
            (S(""), "['abc\\r\\n', 'def\\r', 'ghi\\n', 'jkl']", "'abc\\r\\ndef\\rghi\\njkl'"),
            (S("\n"), "['abc\\r\\n', 'def\\rghi\\n', 'jkl']", "'abc\\r\\ndef\\rghi\\njkl'"),
            (S("\r"), "['abc\\r', '\\r', 'def\\r', 'ghi\\r', 'jkl']", "'abc\\r\\rdef\\rghi\\rjkl'"),
            (S("\r\n"), "['abc\\r\\r\\n', 'def\\rghi\\r\\n', 'jkl']", "'abc\\r\\r\\ndef\\rghi\\r\\njkl'"),
        ];
        foreach (var (nl, lines, value) in cases)
        {
            var s = CallKw(Io("StringIO"), [S("abc\r\ndef\rghi\njkl")], ("newline", nl));
            Assert.Equal(lines, Repr(M(s, "readlines")));
            Assert.Equal(value, Repr(M(s, "getvalue")));
        }
    }

    [Fact]
    public void TextTellSeekAndBinaryReads()
    {
        var p = P("t");
        File.WriteAllBytes(p, "abc\r\ndef\rghi\njkl"u8.ToArray());
        var f = Open(p);
        Assert.Equal("'abc\\n'", Repr(M(f, "readline")));
        Assert.Equal("5", Repr(M(f, "tell")));
        Assert.Equal("'de'", Repr(M(f, "read", I(2))));
        Assert.Equal("7", Repr(M(f, "tell")));
        Assert.Equal("0", Repr(M(f, "seek", I(0))));
        Assert.Equal("'abc\\ndef\\nghi\\njkl'", Repr(M(f, "read")));
        Assert.Equal("16", Repr(M(f, "tell")));
        Assert.Equal("UnsupportedOperation: can't do nonzero cur-relative seeks", Err(() => M(f, "seek", I(1), I(1))));
        Assert.Equal("UnsupportedOperation: can't do nonzero end-relative seeks", Err(() => M(f, "seek", I(1), I(2))));
        Assert.Equal("ValueError: negative seek position -1", Err(() => M(f, "seek", I(-1))));
        Assert.Equal("ValueError: invalid whence (3, should be 0, 1 or 2)", Err(() => M(f, "seek", I(0), I(3))));

        var b = Open(p, "rb");
        Assert.Equal("abc\r\n", Bytes(M(b, "readline")));
        Assert.Equal("5", Repr(M(b, "tell")));
        Assert.Equal("de", Bytes(M(b, "peek", I(2)))[..2]);
        Assert.Equal("def", Bytes(M(b, "read1", I(3))));
        Assert.Equal("\rghi\njkl", Bytes(M(b, "read")));
        Assert.Equal("", Bytes(M(b, "read")));
        Assert.Equal("16", Repr(M(b, "tell")));
        Assert.Equal("14", Repr(M(b, "seek", I(-2), I(2))));
        Assert.Equal("kl", Bytes(M(b, "read")));

        var w = Open(p, "w+");
        M(w, "write", S("hello\nworld\n"));
        Assert.Equal("12", Repr(M(w, "tell")));
        M(w, "seek", I(0));
        Assert.Equal("'hello\\n'", Repr(M(w, "readline")));
        Assert.Equal("6", Repr(M(w, "tell")));
        Assert.Equal("'wor'", Repr(M(w, "read", I(3))));
        Assert.Equal("9", Repr(M(w, "tell")));
        M(w, "close");

        var it = Open(p);
        Assert.Equal("['hello\\n', 'world\\n']", ListRepr(it));
        var it2 = Open(p);
        Ops.Next(Ts, Ops.GetIter(Ts, it2));
        Assert.Equal("OSError: telling position disabled by next() call", Err(() => M(it2, "tell")));
    }

    [Fact]
    public void TellWithMultibyteText()
    {
        var p = P("u");
        File.WriteAllText(p, "héllo\nwörld😀\nend");
        var f = Open(p);
        Assert.Equal("'hé'", Repr(M(f, "read", I(2))));
        var pos = M(f, "tell");
        Assert.Equal("3", Repr(pos));
        Assert.Equal("'llo\\n'", Repr(M(f, "readline")));
        Assert.Equal("'wörld😀'", Repr(M(f, "read", I(6))));
        var pos2 = M(f, "tell");
        Assert.Equal("'\\nend'", Repr(M(f, "read")));
        M(f, "seek", pos2);
        Assert.Equal("'\\nend'", Repr(M(f, "read")));
        M(f, "seek", pos);
        Assert.Equal("'llo\\n'", Repr(M(f, "readline")));
    }

    [Fact]
    public void EncodingsAndErrorHandlers()
    {
        var p = P("e");
        File.WriteAllBytes(p, [(byte)'a', 0xff, (byte)'b', 0xc3]);
        Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", Err(() => M(Open(p), "read")));
        Assert.Equal("'a�b�'", Repr(M(Open(p, "r", ("errors", S("replace"))), "read")));
        Assert.Equal("'ab'", Repr(M(Open(p, "r", ("errors", S("ignore"))), "read")));
        Assert.Equal("'a\\udcffb\\udcc3'", Repr(M(Open(p, "r", ("errors", S("surrogateescape"))), "read")));
        Assert.Equal("'a\\\\xffb\\\\xc3'", Repr(M(Open(p, "r", ("errors", S("backslashreplace"))), "read")));

        (string, string)[] cases =
        [
            ("strict", "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"),
            ("replace", "a???"),
            ("ignore", "a"),
            ("backslashreplace", "a\\xe9\\udc80\\U0001f600"),
            ("xmlcharrefreplace", "a&#233;&#56448;&#128512;"),
        ];
        foreach (var (errors, expected) in cases)
        {
            var bio = Ops.Call(Ts, Io("BytesIO"));
            var w = CallKw(Io("TextIOWrapper"), [bio], ("encoding", S("ascii")), ("errors", S(errors)));
            string got;
            try
            {
                M(w, "write", S("aé\udc80\U0001f600"));
                M(w, "flush");
                got = Bytes(M(bio, "getvalue"));
            }
            catch (PyException e) { got = $"{e.Value.ObType.Name}: {Str(e.Value)}"; }
            Assert.Equal(expected, got);
        }
        var u = CallKw(Io("TextIOWrapper"), [Ops.Call(Ts, Io("BytesIO"))], ("encoding", S("utf-8")));
        Assert.Equal("UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed",
            Err(() => { M(u, "write", S("\udc80")); M(u, "flush"); }));
        Assert.Equal("<_io.TextIOWrapper encoding='utf-8'>", Repr(Ops.Call(Ts, Io("TextIOWrapper"), Ops.Call(Ts, Io("BytesIO")))));
        Assert.StartsWith("AttributeError:", Err(() => Ops.GetAttr(Ts, Ops.Call(Ts, Io("TextIOWrapper"), Ops.Call(Ts, Io("BytesIO"))), "name")));

        var p16 = P("u16");
        var w16 = Open(p16, "w", ("encoding", S("utf-16")));
        M(w16, "write", S("hi\n"));
        M(w16, "close");
        Assert.Equal(new byte[] { 0xff, 0xfe, (byte)'h', 0, (byte)'i', 0, (byte)'\n', 0 }, File.ReadAllBytes(p16));
        Assert.Equal("'hi\\n'", Repr(M(Open(p16, "r", ("encoding", S("utf-16"))), "read")));
    }

    [Fact]
    public void BytesIOBehaviour()
    {
        var b = Ops.Call(Ts, Io("BytesIO"), By("hello\nworld"));
        Assert.Equal("hel", Bytes(M(b, "read", I(3))));
        Assert.Equal("3", Repr(M(b, "tell")));
        Assert.Equal("lo\n", Bytes(M(b, "readline")));
        Assert.Equal("world", Bytes(((PyList)M(b, "readlines")).Items[0]));
        Assert.Equal("11", Repr(M(b, "seek", I(0), I(2))));
        Assert.Equal("2", Repr(M(b, "write", By("!!"))));
        Assert.Equal("hello\nworld!!", Bytes(M(b, "getvalue")));
        Assert.Equal("20", Repr(M(b, "seek", I(20))));
        M(b, "write", By("x"));
        Assert.Equal("hello\nworld!!\0\0\0\0\0\0\0x", Bytes(M(b, "getvalue")));
        Assert.Equal("3", Repr(M(b, "truncate", I(3))));
        Assert.Equal("hel", Bytes(M(b, "getvalue")));
        Assert.Equal("21", Repr(M(b, "tell")));
        Assert.Equal("TypeError: a bytes-like object is required, not 'str'", Err(() => M(b, "write", S("x"))));
        Assert.Equal("ValueError: negative seek value -1", Err(() => M(b, "seek", I(-1))));
        Assert.Equal("TypeError: argument should be integer or None, not 'float'", Err(() => M(b, "read", F(1.5))));
        Assert.Equal("UnsupportedOperation: fileno", Err(() => M(b, "fileno")));
        M(b, "close");
        Assert.Equal("ValueError: I/O operation on closed file.", Err(() => M(b, "read")));
        Assert.Equal("ValueError: I/O operation on closed file.", Err(() => M(b, "getvalue")));
    }

    [Fact]
    public void StringIOBehaviour()
    {
        var s = Ops.Call(Ts, Io("StringIO"), S("héllo\nwörld"));
        Assert.Equal("'hél'", Repr(M(s, "read", I(3))));
        Assert.Equal("3", Repr(M(s, "tell")));
        Assert.Equal("'lo\\n'", Repr(M(s, "readline")));
        Assert.Equal("['wörld']", Repr(M(s, "readlines")));
        Assert.Equal("11", Repr(M(s, "seek", I(0), I(2))));
        Assert.Equal("2", Repr(M(s, "write", S("!!"))));
        Assert.Equal("20", Repr(M(s, "seek", I(20))));
        M(s, "write", S("x"));
        Assert.Equal("'héllo\\nwörld!!\\x00\\x00\\x00\\x00\\x00\\x00\\x00x'", Repr(M(s, "getvalue")));
        Assert.Equal("3", Repr(M(s, "truncate", I(3))));
        Assert.Equal("'hél'", Repr(M(s, "getvalue")));
        Assert.Equal("21", Repr(M(s, "tell")));
        Assert.Equal("TypeError: string argument expected, got 'bytes'", Err(() => M(s, "write", By("x"))));
        Assert.Equal("TypeError: initial_value must be str or None, not int", Err(() => Ops.Call(Ts, Io("StringIO"), I(1))));
        Assert.Equal("ValueError: Negative seek position -1", Err(() => M(s, "seek", I(-1))));
        Assert.Equal("OSError: Can't do nonzero cur-relative seeks", Err(() => M(s, "seek", I(1), I(1))));
        Assert.Equal("UnsupportedOperation: detach", Err(() => M(s, "detach")));
        Assert.StartsWith("AttributeError:", Err(() => Ops.GetAttr(Ts, s, "name")));
        M(s, "close");
        Assert.Equal("ValueError: I/O operation on closed file", Err(() => M(s, "write", S("x"))));
        Assert.Equal("ValueError: I/O operation on closed file", Err(() => M(s, "getvalue")));
        Assert.StartsWith("<_io.StringIO object at 0x", Repr(Ops.Call(Ts, Io("StringIO"))));
    }

    [Fact]
    public void WritesReachTheFileBeforeReopeningAndAtExit()
    {
        var p = P("pending");
        M(Open(p, "w"), "write", S("hi there"));
        Assert.Equal("'hi there'", Repr(M(Open(p), "read")));
        var q = P("exit");
        M(Open(q, "a"), "write", S("tail"));
        IoModule.FlushAtExit(Ts);
        Assert.Equal("tail", File.ReadAllText(q));
    }

    [Fact]
    public void ContextManagerAndIteration()
    {
        var p = P("cm");
        var f = Open(p, "w");
        Assert.Same(f, M(f, "__enter__"));
        M(f, "writelines", L(S("a\n"), S("b\n")));
        M(f, "__exit__", PyNone.Value, PyNone.Value, PyNone.Value);
        Assert.Equal("ValueError: I/O operation on closed file.", Err(() => M(f, "__enter__")));
        Assert.Equal("a\nb\n", File.ReadAllText(p));
        Assert.Equal(["a\n", "b\n"], Ops.ToArray(Ts, Open(p, "rb")).Select(Bytes));
        Assert.Equal("a\nb\n", Bytes(M(Open(p, "rb", ("buffering", I(0))), "readall")));
    }

    [Fact]
    public void StdStreamsAreTextIOWrappers()
    {
        var outStream = new MemoryStream();
        var errStream = new MemoryStream();
        var rt = new Kaa.Runtime.State.RuntimeState(new Kaa.Runtime.State.RuntimeConfig
        {
            Stdout = outStream, Stderr = errStream, Stdin = new MemoryStream("line1\nline2\n"u8.ToArray()),
        });
        var ts = rt.MainInterpreter.InitialThread;
        var stdout = SysModule.StdStream(ts, "stdout")!;
        Assert.Equal("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", Ops.ReprString(ts, stdout));
        Assert.Equal("<_io.FileIO name='<stdout>' mode='wb' closefd=False>",
            Ops.ReprString(ts, Ops.GetAttr(ts, Ops.GetAttr(ts, stdout, "buffer"), "raw")));
        Assert.Equal("backslashreplace", Ops.StrString(ts, Ops.GetAttr(ts, SysModule.StdStream(ts, "stderr")!, "errors")));
        Assert.Equal("True", Ops.ReprString(ts, Ops.GetAttr(ts, SysModule.StdStream(ts, "stderr")!, "line_buffering")));
        Assert.Equal("False", Ops.ReprString(ts, Ops.GetAttr(ts, stdout, "line_buffering")));
        Assert.Equal("1", Ops.ReprString(ts, Ops.CallMethod(ts, stdout, "fileno")));
        Ops.Call(ts, ts.Interp.BuiltinsDict.GetStr("print")!, S("hello"), I(42));
        Assert.Equal(0, outStream.Length);
        IoModule.FlushStdStreams(ts);
        Assert.Equal("hello 42\n", System.Text.Encoding.UTF8.GetString(outStream.ToArray()));
        Ops.CallMethod(ts, SysModule.StdStream(ts, "stderr")!, "write", S("oops\udc80\n"));
        Assert.Equal("oops\\udc80\n", System.Text.Encoding.UTF8.GetString(errStream.ToArray()));
        var stdin = SysModule.StdStream(ts, "stdin")!;
        Assert.Equal("'line1\\n'", Ops.ReprString(ts, Ops.CallMethod(ts, stdin, "readline")));
        Assert.Equal("['line2\\n']", Ops.ReprString(ts, Ops.CallMethod(ts, stdin, "readlines")));
    }

    [Fact]
    public void IoAliasModule()
    {
        var io = ModuleRegistry.Create(Ts, ModuleRegistry.Find("io")!);
        Assert.Equal("0 1 2", $"{Repr(io.Dict.GetStr("SEEK_SET")!)} {Repr(io.Dict.GetStr("SEEK_CUR")!)} {Repr(io.Dict.GetStr("SEEK_END")!)}");
        Assert.True(Ops.IsInstance(Ts, Open(P("x"), "w"), io.Dict.GetStr("TextIOBase")!));
        Assert.True(Ops.IsInstance(Ts, Open(P("x"), "wb"), io.Dict.GetStr("BufferedIOBase")!));
        Assert.Equal("'utf-8'", Repr(Ops.Call(Ts, io.Dict.GetStr("text_encoding")!, PyNone.Value)));
    }
}
