using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _io._IOBase and the abstract layers _RawIOBase, _BufferedIOBase, _TextIOBase (Modules/_io/iobase.c,
/// bufferedio.c, textio.c). Their methods are written against the Python protocol (they call
/// self.read, self.closed, ...) so that subclasses defined in Python work; the concrete types
/// override them with direct implementations. Every I/O object has an instance __dict__, as in CPython.
/// </summary>
public class PyIOBase : PyObject, IHasDict
{
    public PyDict? Dict { get; set; } = new PyDict();

    /// <summary>CPython's __IOBase_closed, for objects whose closed state the base class tracks.</summary>
    internal bool BaseClosed;

    public PyIOBase(PyType type) : base(type) { }

    public static readonly PyType IOBaseType = BuiltinTypes.CreateStatic("_IOBase", BuiltinTypes.Object, "_io");
    public static readonly PyType RawIOBaseType = BuiltinTypes.CreateStatic("_RawIOBase", IOBaseType, "_io");
    public static readonly PyType BufferedIOBaseType = BuiltinTypes.CreateStatic("_BufferedIOBase", IOBaseType, "_io");
    public static readonly PyType TextIOBaseType = BuiltinTypes.CreateStatic("_TextIOBase", IOBaseType, "_io");

    public const int DefaultBufferSize = 8192;

    // ------------------------------------------------------------ helpers shared by the io types

    /// <summary>self.closed through the Python protocol (subclasses may override it).</summary>
    public static bool IsClosed(ThreadState ts, PyObject self)
        => !self.ObType.IsHeapType && self is PyIOBase io && io.KnownClosed is { } k
            ? k
            : Ops.IsTrue(ts, Ops.GetAttr(ts, self, "closed"));

    /// <summary>The closed state when the C# object knows it without calling Python code; null otherwise.</summary>
    protected virtual bool? KnownClosed => BaseClosed;

    public static void CheckClosed(ThreadState ts, PyObject self)
    {
        if (IsClosed(ts, self)) throw IoErrors.Closed();
    }

    /// <summary>The bytes of a bytes-like argument (bytes, bytearray, memoryview once they exist).</summary>
    public static byte[] BytesLike(ThreadState ts, PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o.ObType.Name is "bytearray" or "memoryview" or "array" || o.ObType.IsSubtype(BuiltinTypes.ByteArray))
            return ((PyBytes)Ops.Call(ts, BuiltinTypes.Bytes, o)).Value;
        throw PyErr.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");
    }

    /// <summary>b[0:len(data)] = data: fills a writable buffer for readinto without depending on its C# type.</summary>
    public static void StoreInto(ThreadState ts, PyObject buffer, ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return;
        Ops.SetItem(ts, buffer, new PySlice(PyInt.Zero, PyInt.From(data.Length), PyNone.Value), new PyBytes(data.ToArray()));
    }

    /// <summary>A size argument: None or missing = -1; otherwise an index ("argument should be integer or None, not 'float'").</summary>
    public static long SizeArg(ThreadState ts, PyObject? o)
    {
        if (o == null || o is PyNone) return -1;
        if (!Ops.HasIndex(o)) throw PyErr.TypeError($"argument should be integer or None, not '{o.ObType.Name}'");
        return Ops.IndexAsLong(ts, o);
    }

    /// <summary>len() of a line returned by read/readline (bytes or str) without going through the protocol.</summary>
    public static long LineLength(ThreadState ts, PyObject line) => line switch
    {
        PyBytes b => b.Value.Length,
        PyStr s => s.Value.Length,
        _ => Ops.Length(ts, line),
    };

    public static long IntArg(ThreadState ts, PyObject o)
    {
        if (!Ops.HasIndex(o)) throw PyErr.TypeError($"'{o.ObType.Name}' object cannot be interpreted as an integer");
        return Ops.IndexAsLong(ts, o);
    }

    internal static PyObject NewBare(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
        => cls.InstanceFactory!(cls);

    // ------------------------------------------------------------ type initialization

    internal static void InitBaseTypes()
    {
        var t = IOBaseType;
        t.InstanceFactory = cls => new PyIOBase(cls);
        t.SetNew(NewBare);
        t.AddMethod("seek", (ts, self, a, kw) => throw IoErrors.Unsupported("seek"));
        t.AddMethod("tell", (ts, self, a, kw) => Ops.CallMethod(ts, self, "seek", PyInt.Zero, PyInt.One));
        t.AddMethod("truncate", (ts, self, a, kw) => throw IoErrors.Unsupported("truncate"));
        t.AddMethod("flush", (ts, self, a, kw) => { CheckClosed(ts, self); return PyNone.Value; });
        t.AddMethod("close", (ts, self, a, kw) =>
        {
            var io = (PyIOBase)self;
            if (io.BaseClosed) return PyNone.Value;
            try { Ops.CallMethod(ts, self, Names.flush); }
            finally { io.BaseClosed = true; }
            return PyNone.Value;
        });
        t.AddMethod("seekable", (ts, self, a, kw) => PyBool.False);
        t.AddMethod("readable", (ts, self, a, kw) => PyBool.False);
        t.AddMethod("writable", (ts, self, a, kw) => PyBool.False);
        t.AddMethod("_checkClosed", (ts, self, a, kw) => { CheckClosed(ts, self); return PyBool.True; });
        t.AddMethod("_checkSeekable", (ts, self, a, kw) => Check(ts, self, "seekable", "File or stream is not seekable."));
        t.AddMethod("_checkReadable", (ts, self, a, kw) => Check(ts, self, "readable", "File or stream is not readable."));
        t.AddMethod("_checkWritable", (ts, self, a, kw) => Check(ts, self, "writable", "File or stream is not writable."));
        t.AddMethod("fileno", (ts, self, a, kw) => throw IoErrors.Unsupported("fileno"));
        t.AddMethod("isatty", (ts, self, a, kw) => { CheckClosed(ts, self); return PyBool.False; });
        t.AddMethod("__enter__", (ts, self, a, kw) => { CheckClosed(ts, self); return self; });
        t.AddMethod("__exit__", (ts, self, a, kw) => Ops.CallMethod(ts, self, Names.close));
        t.AddGetSet("closed", (ts, o) => PyBool.From(((PyIOBase)o).BaseClosed));
        t.AddGetSet("__dict__", (ts, o) => ((PyIOBase)o).Dict ??= new PyDict());
        t.AddMethod("readline", (ts, self, a, kw) =>
        {
            var p = Args.Parse("readline", a, kw, ["size"], 0, posOnly: 1);
            return GenericReadline(ts, self, SizeArg(ts, p[0]));
        });
        t.AddMethod("readlines", (ts, self, a, kw) =>
        {
            var p = Args.Parse("readlines", a, kw, ["hint"], 0, posOnly: 1);
            return ReadLines(ts, self, SizeArg(ts, p[0]));
        });
        t.AddMethod("writelines", (ts, self, a, kw) =>
        {
            Args.Exact("writelines", a, kw, 1);
            CheckClosed(ts, self);
            var it = Ops.GetIter(ts, a[0]);
            while (Ops.Next(ts, it) is { } line) Ops.CallMethod(ts, self, Names.write, line);
            return PyNone.Value;
        });
        t.TpIter = (ts, self) => { CheckClosed(ts, self); return self; };
        t.TpIterNext = (ts, self) =>
        {
            var line = Ops.CallMethod(ts, self, Names.readline);
            return LineLength(ts, line) == 0 ? null : line;
        };

        var raw = RawIOBaseType;
        raw.AddMethod("read", (ts, self, a, kw) =>
        {
            var p = Args.Parse("read", a, kw, ["size"], 0, posOnly: 1);
            long n = SizeArg(ts, p[0]);
            if (n < 0) return Ops.CallMethod(ts, self, "readall");
            var buf = Ops.Call(ts, BuiltinTypes.ByteArray, PyInt.From(n));
            var got = Ops.CallMethod(ts, self, "readinto", buf);
            if (got is PyNone) return got;
            long k = Ops.IndexAsLong(ts, got);
            if (k < 0 || k > n) throw PyErr.ValueError($"readinto returned {k} outside buffer size {n}");
            var bytes = (PyBytes)Ops.Call(ts, BuiltinTypes.Bytes, buf);
            return new PyBytes(bytes.Value[..(int)k]);
        });
        raw.AddMethod("readall", (ts, self, a, kw) =>
        {
            var chunks = new List<byte>();
            while (true)
            {
                var data = Ops.CallMethod(ts, self, "read", PyInt.From(DefaultBufferSize));
                if (data is PyNone)
                {
                    if (chunks.Count == 0) return data;
                    break;
                }
                if (data is not PyBytes b) throw PyErr.TypeError("read() should return bytes");
                if (b.Value.Length == 0) break;
                chunks.AddRange(b.Value);
            }
            return new PyBytes(chunks.ToArray());
        });
        raw.AddMethod("readinto", (ts, self, a, kw) => throw PyErr.NotImplementedError(""));
        raw.AddMethod("write", (ts, self, a, kw) => throw PyErr.NotImplementedError(""));

        var bio = BufferedIOBaseType;
        foreach (var name in new[] { "read", "read1", "write", "detach" })
        {
            var n = name;
            bio.AddMethod(n, (ts, self, a, kw) => throw IoErrors.Unsupported(n));
        }
        bio.AddMethod("readinto", (ts, self, a, kw) => { Args.Exact("readinto", a, kw, 1); return BufferedReadInto(ts, self, a[0], "read"); });
        bio.AddMethod("readinto1", (ts, self, a, kw) => { Args.Exact("readinto1", a, kw, 1); return BufferedReadInto(ts, self, a[0], "read1"); });

        var tio = TextIOBaseType;
        foreach (var name in new[] { "read", "readline", "write", "detach" })
        {
            var n = name;
            tio.AddMethod(n, (ts, self, a, kw) => throw IoErrors.Unsupported(n));
        }
        tio.AddGetSet("encoding", (ts, o) => PyNone.Value);
        tio.AddGetSet("newlines", (ts, o) => PyNone.Value);
        tio.AddGetSet("errors", (ts, o) => PyNone.Value);
    }

    private static PyObject Check(ThreadState ts, PyObject self, string method, string message)
    {
        if (!Ops.IsTrue(ts, Ops.CallMethod(ts, self, method))) throw IoErrors.Unsupported(message);
        return PyBool.True;
    }

    private static PyObject BufferedReadInto(ThreadState ts, PyObject self, PyObject buffer, string method)
    {
        long n = Ops.Length(ts, buffer);
        var data = Ops.CallMethod(ts, self, method, PyInt.From(n));
        if (data is not PyBytes b) throw PyErr.TypeError("read() should return bytes");
        if (b.Value.Length > n) throw PyErr.ValueError($"read() returned too much data: {n} bytes requested, {b.Value.Length} returned");
        StoreInto(ts, buffer, b.Value);
        return PyInt.From(b.Value.Length);
    }

    /// <summary>_IOBase.readline: uses peek() when the object has one, else read(1) byte by byte.</summary>
    internal static PyObject GenericReadline(ThreadState ts, PyObject self, long limit)
    {
        Ops.TryGetAttr(ts, self, PyStr.From("peek"), out var peek);
        var result = new List<byte>();
        while (limit < 0 || result.Count < limit)
        {
            long nreadahead = 1;
            if (peek != null)
            {
                var ahead = Ops.Call(ts, peek, PyInt.One);
                if (ahead is not PyBytes ab) throw PyErr.New(PyExc.OSError, $"peek() should have returned a bytes object, not '{ahead.ObType.Name}'");
                if (ab.Value.Length > 0)
                {
                    int idx = Array.IndexOf(ab.Value, (byte)'\n');
                    long n = idx >= 0 ? idx + 1 : ab.Value.Length;
                    if (limit >= 0) n = Math.Min(n, limit - result.Count);
                    nreadahead = n;
                }
            }
            var b = Ops.CallMethod(ts, self, "read", PyInt.From(nreadahead));
            if (b is PyNone) break;
            if (b is not PyBytes bytes) throw PyErr.New(PyExc.OSError, $"read() should have returned a bytes object, not '{b.ObType.Name}'");
            if (bytes.Value.Length == 0) break;
            result.AddRange(bytes.Value);
            if (result[^1] == (byte)'\n') break;
        }
        return new PyBytes(result.ToArray());
    }

    /// <summary>_IOBase.readlines(hint): iterates self, stopping once the total length reaches hint.</summary>
    internal static PyObject ReadLines(ThreadState ts, PyObject self, long hint)
    {
        var list = new PyList();
        var it = Ops.GetIter(ts, self);
        long total = 0;
        while (Ops.Next(ts, it) is { } line)
        {
            list.Append(line);
            if (hint > 0)
            {
                total += LineLength(ts, line);
                if (total >= hint) break;
            }
        }
        return list;
    }
}
