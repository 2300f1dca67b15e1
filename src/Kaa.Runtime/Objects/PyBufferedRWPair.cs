using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>_io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams, seen as one object.</summary>
public sealed class PyBufferedRWPair : PyIOBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("BufferedRWPair", BufferedIOBaseType, "_io");

    private PyBuffered? _reader, _writer;

    public PyBufferedRWPair(PyType type) : base(type) { }

    private static PyBufferedRWPair Self(PyObject o)
    {
        var p = (PyBufferedRWPair)o;
        if (p._reader == null || p._writer == null) throw PyErr.ValueError("I/O operation on uninitialized object");
        return p;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyBufferedRWPair(cls);
        t.SetNew(NewBare);
        t.TpInit = (ts, self, a, kw) =>
        {
            var p = Args.Parse("BufferedRWPair", a, kw, ["reader", "writer", "buffer_size"], 2, posOnly: 3);
            long size = p[2] == null ? DefaultBufferSize : IntArg(ts, p[2]!);
            var pair = (PyBufferedRWPair)self;
            pair._reader = PyBuffered.Create(ts, PyBuffered.ReaderType, p[0]!, (int)Math.Max(1, Math.Min(size, int.MaxValue / 2)));
            pair._writer = PyBuffered.Create(ts, PyBuffered.WriterType, p[1]!, (int)Math.Max(1, Math.Min(size, int.MaxValue / 2)));
            if (size <= 0) throw PyErr.ValueError("buffer size must be strictly positive");
        };
        foreach (var name in new[] { "read", "peek", "read1", "readinto", "readinto1", "readline", "readable" })
        {
            var n = name;
            t.AddMethod(n, (ts, self, a, kw) => Ops.Call(ts, Ops.GetAttr(ts, Self(self)._reader!, n), a, kw));
        }
        foreach (var name in new[] { "write", "flush", "writable" })
        {
            var n = name;
            t.AddMethod(n, (ts, self, a, kw) => Ops.Call(ts, Ops.GetAttr(ts, Self(self)._writer!, n), a, kw));
        }
        t.AddMethod("isatty", (ts, self, a, kw) =>
            PyBool.From(Ops.IsTrue(ts, Ops.CallMethod(ts, Self(self)._writer!, "isatty")) || Ops.IsTrue(ts, Ops.CallMethod(ts, Self(self)._reader!, "isatty"))));
        t.AddMethod("close", (ts, self, a, kw) =>
        {
            var p = Self(self);
            PyException? error = null;
            try { Ops.CallMethod(ts, p._writer!, Names.close); }
            catch (PyException e) { error = e; }
            try { Ops.CallMethod(ts, p._reader!, Names.close); }
            catch (PyException e) { if (error != null) e.Value.Context ??= error.Value; error = e; }
            if (error != null) throw error;
            return PyNone.Value;
        });
        t.AddGetSet("closed", (ts, o) => Ops.GetAttr(ts, Self(o)._writer!, "closed"));
    }
}
