using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// memoryview over bytes or bytearray: one-dimensional, format 'B', possibly strided after slicing.
/// The bytearray's current array is read on every access, so a view stays valid if the buffer grows.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("memoryview", BuiltinTypes.Object, subclassable: false);

    /// <summary>The exporting object (bytes or bytearray).</summary>
    public readonly PyObject Obj;
    public readonly int Offset, Count, Step;
    public bool Released;

    public PyMemoryView(PyObject obj, int offset, int count, int step) : base(TypeObject)
    {
        Obj = obj;
        Offset = offset;
        Count = count;
        Step = step;
    }

    public bool ReadOnly => Obj is PyBytes;

    private void CheckReleased()
    {
        if (Released) throw PyErr.ValueError("operation forbidden on released memoryview object");
    }

    private Span<byte> Underlying => Obj is PyBytes b ? b.Value : ((PyByteArray)Obj).Items.AsSpan(0, ((PyByteArray)Obj).Count);

    /// <summary>The viewed bytes (a copy when the view is strided).</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            CheckReleased();
            var u = Underlying;
            if (Step == 1) return u.Slice(Offset, Math.Min(Count, Math.Max(0, u.Length - Offset)));
            var r = new byte[Count];
            for (int k = 0; k < Count; k++) r[k] = u[Offset + k * Step];
            return r;
        }
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.SetNew((ts, cls, args, kw) =>
        {
            var p = Args.Parse("memoryview", args, kw, ["object"], 1);
            return FromObject(p[0]!);
        });
        t.TpRepr = (ts, o) => PyStr.From($"<{(((PyMemoryView)o).Released ? "released " : "")}memory at 0x{ObjectIds.Id(ts, o):x}>");
        t.MpLength = (ts, o) => { var m = (PyMemoryView)o; m.CheckReleased(); return m.Count; };
        t.TpIter = (ts, o) => new PyBytesIterator(new PyBytes(((PyMemoryView)o).Span.ToArray()));
        t.TpHash = (ts, o) =>
        {
            var m = (PyMemoryView)o;
            if (!m.ReadOnly) throw PyErr.ValueError("cannot hash writable memoryview object");
            return BytesType.Hash(m.Span);
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Value;
            var m = (PyMemoryView)a;
            if (ReferenceEquals(a, b)) return PyBool.From(op == CompareOp.Eq);
            if (!BytesMethods.IsBuffer(b) || m.Released) return PyBool.From(op == CompareOp.Ne);
            bool eq = m.Span.SequenceEqual(BytesMethods.Span(b));
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.MpSubscript = (ts, o, key) =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(ts, m.Count);
                return new PyMemoryView(m.Obj, m.Offset + (int)start * m.Step, (int)count, (int)step * m.Step);
            }
            if (!Ops.HasIndex(key)) throw PyErr.TypeError("memoryview: invalid slice key");
            return PyInt.From(m.Underlying[m.Offset + m.Index(ts, key) * m.Step]);
        };
        t.MpAssSubscript = (ts, o, key, value) =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            if (m.ReadOnly) throw PyErr.TypeError("cannot modify read-only memory");
            if (value == null) throw PyErr.TypeError("cannot delete memory");
            var u = m.Underlying;
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(ts, m.Count);
                if (!BytesMethods.IsBuffer(value)) throw PyErr.TypeError($"a bytes-like object is required, not '{value.ObType.Name}'");
                var src = BytesMethods.Span(value).ToArray();
                if (src.Length != count) throw PyErr.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                for (int k = 0; k < count; k++) u[m.Offset + ((int)start + k * (int)step) * m.Step] = src[k];
                return;
            }
            if (!Ops.HasIndex(key)) throw PyErr.TypeError("memoryview: invalid slice key");
            int i = m.Index(ts, key);
            if (!Ops.HasIndex(value)) throw PyErr.TypeError($"memoryview: invalid type for format 'B'");
            var v = Ops.Index(ts, value);
            if (!v.IsSmall || v.Small < 0 || v.Small > 255) throw PyErr.ValueError("memoryview: invalid value for format 'B'");
            u[m.Offset + i * m.Step] = (byte)v.Small;
        };
        t.AddMethod("tobytes", (ts, self, a, kw) => new PyBytes(((PyMemoryView)self).Span.ToArray()));
        t.AddMethod("tolist", (ts, self, a, kw) =>
        {
            var s = ((PyMemoryView)self).Span;
            var items = new PyObject[s.Length];
            for (int i = 0; i < s.Length; i++) items[i] = PyInt.From(s[i]);
            return new PyList(items);
        });
        t.AddMethod("hex", (ts, self, a, kw) => Ops.CallMethod(ts, new PyBytes(((PyMemoryView)self).Span.ToArray()), "hex", a));
        t.AddMethod("release", (ts, self, a, kw) => { ((PyMemoryView)self).Released = true; return PyNone.Value; });
        t.AddMethod("toreadonly", (ts, self, a, kw) =>
        {
            var m = (PyMemoryView)self;
            return new PyMemoryView(new PyBytes(m.Span.ToArray()), 0, m.Count, 1);
        });
        t.AddMethod("__enter__", (ts, self, a, kw) => { ((PyMemoryView)self).CheckReleased(); return self; });
        t.AddMethod("__exit__", (ts, self, a, kw) => { ((PyMemoryView)self).Released = true; return PyNone.Value; });
        t.AddGetSet("obj", (ts, o) => ((PyMemoryView)o).Obj);
        t.AddGetSet("readonly", (ts, o) => PyBool.From(((PyMemoryView)o).ReadOnly));
        t.AddGetSet("nbytes", (ts, o) => PyInt.From(((PyMemoryView)o).Count));
        t.AddGetSet("format", (ts, o) => PyStr.From("B"));
        t.AddGetSet("itemsize", (ts, o) => PyInt.One);
        t.AddGetSet("ndim", (ts, o) => PyInt.One);
        t.AddGetSet("shape", (ts, o) => new PyTuple([PyInt.From(((PyMemoryView)o).Count)]));
        t.AddGetSet("strides", (ts, o) => new PyTuple([PyInt.From(((PyMemoryView)o).Step)]));
        t.AddGetSet("released", (ts, o) => PyBool.From(((PyMemoryView)o).Released));
        t.AddGetSet("contiguous", (ts, o) => PyBool.From(((PyMemoryView)o).Step == 1));
        t.AddGetSet("c_contiguous", (ts, o) => PyBool.From(((PyMemoryView)o).Step == 1));
        t.AddGetSet("f_contiguous", (ts, o) => PyBool.From(((PyMemoryView)o).Step == 1));
    }

    private int Index(ThreadState ts, PyObject key)
    {
        long i = Ops.IndexAsLong(ts, key);
        if (i < 0) i += Count;
        if (i < 0 || i >= Count) throw PyErr.IndexError("index out of bounds on dimension 1");
        return (int)i;
    }

    public static PyMemoryView FromObject(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return new PyMemoryView(b, 0, b.Value.Length, 1);
            case PyByteArray ba: return new PyMemoryView(ba, 0, ba.Count, 1);
            case PyMemoryView m:
                m.CheckReleased();
                return new PyMemoryView(m.Obj, m.Offset, m.Count, m.Step);
            default: throw PyErr.TypeError($"memoryview: a bytes-like object is required, not '{o.ObType.Name}'");
        }
    }
}
