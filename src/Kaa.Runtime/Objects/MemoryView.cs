using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// memoryview over bytes or bytearray: one-dimensional, format 'B', possibly strided after slicing.
/// The bytearray's current array is read on every access, so a view stays valid if the buffer grows.
/// cast() gives a contiguous one-dimensional view with another native format (Count stays in bytes).
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("memoryview", BuiltinTypes.Object, subclassable: false);

    /// <summary>The exporting object (bytes or bytearray).</summary>
    public readonly PyObject Obj;
    public readonly int Offset, Count, Step;
    public bool Released;
    /// <summary>hash(view), kept so that a released view still hashes (CPython's view->hash).</summary>
    private long? _hash;
    /// <summary>The struct format of an item ('B' unless cast) and its size in bytes.</summary>
    public string Format = "B";
    public int ItemSize = 1;

    private bool IsBytes => ItemSize == 1 && Format == "B";
    private int Length => IsBytes ? Count : Count / ItemSize;

    public PyMemoryView(PyObject obj, int offset, int count, int step) : base(TypeObject)
    {
        Obj = obj;
        Offset = offset;
        Count = count;
        Step = step;
    }

    public bool ReadOnly => Obj is PyBytes || (Obj is IBufferExporter e && e.ExportReadOnly);

    private void CheckReleased()
    {
        if (Released) throw PyErr.ValueError("operation forbidden on released memoryview object");
    }

    internal Span<byte> Underlying => Obj is PyBytes b ? b.Value : Obj is IBufferExporter e ? e.ExportBuffer() : ((PyByteArray)Obj).Items.AsSpan(0, ((PyByteArray)Obj).Count);

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
        t.MpLength = (ts, o) => { var m = (PyMemoryView)o; m.CheckReleased(); return m.Length; };
        t.TpIter = (ts, o) =>
        {
            var m = (PyMemoryView)o;
            return m.IsBytes ? new PyBytesIterator(new PyBytes(m.Span.ToArray())) : Ops.GetIter(ts, m.ToList());
        };
        t.TpHash = (ts, o) =>
        {
            var m = (PyMemoryView)o;
            if (m._hash is { } h) return h;
            m.CheckReleased();
            if (!m.ReadOnly) throw PyErr.ValueError("cannot hash writable memoryview object");
            if (m.Format is not ("B" or "b" or "c")) throw PyErr.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            m._hash = BytesType.Hash(m.Span);
            return m._hash.Value;
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
            key = TupleKey(key, "multi-dimensional slicing is not implemented");
            if (key is PySlice sl)
            {
                if (!m.IsBytes) throw PyErr.NotImplementedError($"slicing a memoryview of format '{m.Format}' is not implemented in Kaa");
                var (start, _, step, count) = sl.Indices(ts, m.Count);
                return new PyMemoryView(m.Obj, m.Offset + (int)start * m.Step, (int)count, (int)step * m.Step);
            }
            if (!Ops.HasIndex(key)) throw PyErr.TypeError("memoryview: invalid slice key");
            int index = m.Index(ts, key);
            m.CheckReleased(); // __index__ may have released the view
            if (!m.IsBytes) return m.Item(m.Span, index);
            return PyInt.From(m.Underlying[m.Offset + index * m.Step]);
        };
        t.MpAssSubscript = (ts, o, key, value) =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            if (m.ReadOnly) throw PyErr.TypeError("cannot modify read-only memory");
            if (value == null) throw PyErr.TypeError("cannot delete memory");
            key = TupleKey(key, "memoryview slice assignments are currently restricted to ndim = 1");
            if (!m.IsBytes) throw PyErr.NotImplementedError($"assigning to a memoryview of format '{m.Format}' is not implemented in Kaa");
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
        t.AddMethod("tolist", (ts, self, a, kw) => ((PyMemoryView)self).ToList());
        t.AddMethod("cast", (ts, self, a, kw) =>
        {
            var p = Args.Parse("cast", a, kw, ["format", "shape"], 1);
            return ((PyMemoryView)self).Cast(ts, p[0]!, p[1]);
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
        // Every attribute but `released` fails on a released view, as in CPython.
        void Attr(string name, Func<PyMemoryView, PyObject> get)
            => t.AddGetSet(name, (ts, o) => { var m = (PyMemoryView)o; m.CheckReleased(); return get(m); });
        Attr("obj", m => m.Obj);
        Attr("readonly", m => PyBool.From(m.ReadOnly));
        Attr("nbytes", m => PyInt.From(m.Count));
        Attr("format", m => PyStr.From(m.Format));
        Attr("itemsize", m => PyInt.From(m.ItemSize));
        Attr("ndim", m => PyInt.One);
        Attr("shape", m => new PyTuple([PyInt.From(m.Length)]));
        Attr("strides", m => new PyTuple([PyInt.From(m.Step * m.ItemSize)]));
        Attr("suboffsets", m => PyTuple.Empty);
        Attr("contiguous", m => PyBool.From(m.Step == 1));
        Attr("c_contiguous", m => PyBool.From(m.Step == 1));
        Attr("f_contiguous", m => PyBool.From(m.Step == 1));
        t.AddGetSet("released", (ts, o) => PyBool.From(((PyMemoryView)o).Released));
        t.AddMethod("__reduce_ex__", (ts, self, a, kw) => throw PyErr.TypeError("cannot pickle memoryview objects"));
        t.AddMethod("__reduce__", (ts, self, a, kw) => throw PyErr.TypeError("cannot pickle memoryview objects"));
    }

    /// <summary>
    /// A tuple key on this one-dimensional view: one index stands for that index; fewer or more indexes,
    /// all slices (multi-dimensional slicing) or a mix fail with CPython's errors.
    /// </summary>
    private static PyObject TupleKey(PyObject key, string multiSlice)
    {
        if (key is not PyTuple tk) return key;
        if (tk.Items.All(Ops.HasIndex))
        {
            if (tk.Count == 1) return tk[0];
            if (tk.Count == 0) throw PyErr.NotImplementedError("sub-views are not implemented");
            throw PyErr.TypeError($"cannot index 1-dimension view with {tk.Count}-element tuple");
        }
        if (tk.Items.All(x => x is PySlice)) throw PyErr.NotImplementedError(multiSlice);
        throw PyErr.TypeError("memoryview: invalid slice key");
    }

    private int Index(ThreadState ts, PyObject key)
    {
        long i = Ops.IndexAsLong(ts, key);
        int n = Length;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.IndexError("index out of bounds on dimension 1");
        return (int)i;
    }

    /// <summary>The size of a native struct format character usable in cast(), or 0.</summary>
    private static int FormatSize(string f) => f switch
    {
        "B" or "b" or "c" or "?" => 1,
        "h" or "H" or "e" => 2,
        "i" or "I" or "f" => 4,
        "l" or "L" or "q" or "Q" or "n" or "N" or "d" or "P" => 8,
        _ => 0,
    };

    /// <summary>memoryview.cast (one-dimensional): C-contiguous views only, one side must be a byte format.</summary>
    private PyMemoryView Cast(ThreadState ts, PyObject format, PyObject? shape)
    {
        CheckReleased();
        if (format is not PyStr fs) throw PyErr.TypeError($"cast() argument 'format' must be str, not {format.ObType.Name}");
        string f = fs.Value.StartsWith('@') ? fs.Value[1..] : fs.Value;
        int size = FormatSize(f);
        if (size == 0) throw PyErr.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (Step != 1) throw PyErr.TypeError("memoryview: casts are restricted to C-contiguous views");
        if (FormatSize(Format) != 1 && size != 1) throw PyErr.TypeError("memoryview: cannot cast between two non-byte formats");
        int nbytes = Span.Length;
        if (nbytes % size != 0) throw PyErr.TypeError("memoryview: length is not a multiple of itemsize");
        if (shape != null)
        {
            var dims = Ops.ToArray(ts, shape);
            if (dims.Length != 1) throw PyErr.NotImplementedError("memoryview.cast to more than one dimension is not implemented in Kaa");
            if (Ops.IndexAsLong(ts, dims[0]) * size != nbytes) throw PyErr.TypeError("memoryview: product(shape) * itemsize != buffer size");
        }
        return new PyMemoryView(Obj, Offset, nbytes, 1) { Format = f, ItemSize = size };
    }

    /// <summary>Item i of a cast view, unpacked as the struct module would (native byte order).</summary>
    private PyObject Item(ReadOnlySpan<byte> data, int i)
    {
        var b = data.Slice(i * ItemSize, ItemSize);
        return Format switch
        {
            "B" => PyInt.From(b[0]),
            "b" => PyInt.From((sbyte)b[0]),
            "c" => new PyBytes([b[0]]),
            "?" => PyBool.From(b[0] != 0),
            "h" => PyInt.From(BitConverter.ToInt16(b)),
            "H" => PyInt.From(BitConverter.ToUInt16(b)),
            "i" => PyInt.From(BitConverter.ToInt32(b)),
            "I" => PyInt.From(BitConverter.ToUInt32(b)),
            "l" or "q" or "n" => PyInt.From(BitConverter.ToInt64(b)),
            "L" or "Q" or "N" or "P" => PyInt.From(new System.Numerics.BigInteger(BitConverter.ToUInt64(b))),
            "e" => new PyFloat((double)BitConverter.ToHalf(b)),
            "f" => new PyFloat(BitConverter.ToSingle(b)),
            _ => new PyFloat(BitConverter.ToDouble(b)),
        };
    }

    private PyList ToList()
    {
        var s = Span;
        var items = new PyObject[Length];
        for (int i = 0; i < items.Length; i++) items[i] = IsBytes ? PyInt.From(s[i]) : Item(s, i);
        return new PyList(items);
    }

    public static PyMemoryView FromObject(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return new PyMemoryView(b, 0, b.Value.Length, 1);
            case PyByteArray ba: return new PyMemoryView(ba, 0, ba.Count, 1);
            case IBufferExporter e: return new PyMemoryView(o, 0, e.ExportBuffer().Length, 1) { Format = e.ExportFormat, ItemSize = e.ExportItemSize };
            case PyMemoryView m:
                m.CheckReleased();
                return new PyMemoryView(m.Obj, m.Offset, m.Count, m.Step) { Format = m.Format, ItemSize = m.ItemSize };
            default: throw PyErr.TypeError($"memoryview: a bytes-like object is required, not '{o.ObType.Name}'");
        }
    }
}
