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

    /// <summary>The exporting object (bytes, bytearray or an <see cref="IBufferExporter"/>).</summary>
    public readonly PyObject Obj;
    /// <summary>Offset: the first item's byte offset in the exporter's buffer; Count: the number of items;
    /// Step: the distance between items, in items.</summary>
    public readonly int Offset, Count, Step;
    public bool Released;
    /// <summary>toreadonly(): a read-only view of writable memory.</summary>
    private bool _forceReadOnly;
    /// <summary>hash(view), kept so that a released view still hashes (CPython's view->hash).</summary>
    private long? _hash;
    /// <summary>The struct format of an item ('B' unless cast) and its size in bytes.</summary>
    public string Format = "B";
    public int ItemSize = 1;

    private bool IsBytes => ItemSize == 1 && Format == "B";
    private int Length => Count;
    /// <summary>The size of the viewed memory in bytes (nbytes).</summary>
    public int NBytes => Count * ItemSize;

    public PyMemoryView(PyObject obj, int offset, int count, int step) : base(TypeObject)
    {
        Obj = obj;
        Offset = offset;
        Count = count;
        Step = step;
    }

    public bool ReadOnly => _forceReadOnly || Obj is PyBytes || (Obj is IBufferExporter e && e.ExportReadOnly);

    private void Release() => Released = true;

    private void CheckReleased()
    {
        if (Released) throw PyErr.ValueError("operation forbidden on released memoryview object");
    }

    internal Span<byte> Underlying => Obj is PyBytes b ? b.Value : Obj is IBufferExporter e ? e.ExportBuffer() : ByteArrayBuffer((PyByteArray)Obj);

    /// <summary>
    /// A bytearray's current bytes. CPython refuses to resize a bytearray while a view exists
    /// (BufferError); Kaa cannot tell a live view from an unreachable one before the collector runs,
    /// so it allows the resize, and a view the bytearray has shrunk under raises BufferError when used
    /// instead of reading past the end.
    /// </summary>
    private Span<byte> ByteArrayBuffer(PyByteArray ba)
    {
        if (Count > 0)
        {
            long first = Offset, last = Offset + (long)(Count - 1) * Step * ItemSize;
            if (Math.Min(first, last) < 0 || Math.Max(first, last) + ItemSize > ba.Count)
                throw PyErr.New(PyExc.BufferError, "memoryview: the underlying bytearray was resized below the view");
        }
        return ba.Items.AsSpan(0, ba.Count);
    }

    /// <summary>The viewed bytes (a copy when the view is strided).</summary>
    public ReadOnlySpan<byte> Span
    {
        get
        {
            CheckReleased();
            var u = Underlying;
            if (Step == 1) return u.Slice(Math.Min(Offset, u.Length), Math.Min(NBytes, Math.Max(0, u.Length - Offset)));
            var r = new byte[NBytes];
            for (int k = 0; k < Count; k++) u.Slice(ItemOffset(k), ItemSize).CopyTo(r.AsSpan(k * ItemSize));
            return r;
        }
    }

    /// <summary>The byte offset of item k in the exporter's buffer.</summary>
    private int ItemOffset(int k) => Offset + k * Step * ItemSize;

    internal static void Init()
    {
        var t = TypeObject;
        BufferProtocol.AddMethods(t, releasable: true);
        t.SetNew((ts, cls, args, kw) =>
        {
            var p = Args.Parse("memoryview", args, kw, ["object"], 1);
            return BufferProtocol.FromPythonBuffer(ts, p[0]!) is { } pv ? FromObject(pv) : FromObject(p[0]!);
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
            // memory_hash: the exporter must be hashable too (a read-only view of a bytearray is not).
            Ops.Hash(ts, m.Obj);
            m._hash = BytesType.Hash(m.Span);
            return m._hash.Value;
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Value;
            var m = (PyMemoryView)a;
            if (ReferenceEquals(a, b)) return PyBool.From(op == CompareOp.Eq);
            if (!BytesMethods.IsBuffer(b) || m.Released || b is PyMemoryView { Released: true }) return PyBool.From(op == CompareOp.Ne);
            bool eq = m.EqualsBuffer(ts, b);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.MpSubscript = (ts, o, key) =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            key = TupleKey(key, "multi-dimensional slicing is not implemented");
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(ts, m.Count);
                return new PyMemoryView(m.Obj, m.ItemOffset((int)start), (int)count, (int)step * m.Step)
                    { Format = m.Format, ItemSize = m.ItemSize, _forceReadOnly = m._forceReadOnly };
            }
            if (!Ops.HasIndex(key)) throw PyErr.TypeError("memoryview: invalid slice key");
            int index = m.Index(ts, key);
            m.CheckReleased(); // __index__ may have released the view
            if (!m.IsBytes) return m.Item(m.Underlying.Slice(m.ItemOffset(index), m.ItemSize));
            return PyInt.From(m.Underlying[m.ItemOffset(index)]);
        };
        t.MpAssSubscript = (ts, o, key, value) =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            if (m.ReadOnly) throw PyErr.TypeError("cannot modify read-only memory");
            if (value == null) throw PyErr.TypeError("cannot delete memory");
            key = TupleKey(key, "memoryview slice assignments are currently restricted to ndim = 1");
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(ts, m.Count);
                if (!BytesMethods.IsBuffer(value)) throw PyErr.TypeError($"a bytes-like object is required, not '{value.ObType.Name}'");
                // The source must have the same item format and length (CPython's equiv_structure).
                var (srcFormat, srcSize) = BufferFormat(value);
                var src = BytesMethods.Span(value).ToArray();
                if (srcFormat != m.Format || srcSize != m.ItemSize || src.Length != count * m.ItemSize)
                    throw PyErr.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                var u = m.Underlying;
                for (int k = 0; k < count; k++)
                    src.AsSpan(k * m.ItemSize, m.ItemSize).CopyTo(u.Slice(m.ItemOffset((int)start + k * (int)step)));
                return;
            }
            if (!Ops.HasIndex(key)) throw PyErr.TypeError("memoryview: invalid slice key");
            int i = m.Index(ts, key);
            Span<byte> packed = stackalloc byte[8];
            m.Pack(ts, value, packed[..m.ItemSize]);
            m.CheckReleased(); // __index__ may have released the view
            packed[..m.ItemSize].CopyTo(m.Underlying.Slice(m.ItemOffset(i)));
        };
        t.AddMethod("tobytes", (ts, self, a, kw) =>
        {
            var p = Args.Parse("tobytes", a, kw, ["order"], 0);
            // One-dimensional views are both C- and Fortran-contiguous: the order changes nothing.
            if (p[0] is { } order and not PyNone && (order is not PyStr os || os.Value is not ("C" or "F" or "A")))
            {
                if (order is not PyStr) throw PyErr.TypeError($"tobytes() argument 'order' must be str or None, not {order.ObType.Name}");
                throw PyErr.ValueError("order must be 'C', 'F' or 'A'");
            }
            return new PyBytes(((PyMemoryView)self).Span.ToArray());
        });
        t.AddMethod("tolist", (ts, self, a, kw) => ((PyMemoryView)self).ToList());
        t.AddMethod("cast", (ts, self, a, kw) =>
        {
            var p = Args.Parse("cast", a, kw, ["format", "shape"], 1);
            return ((PyMemoryView)self).Cast(ts, p[0]!, p[1]);
        });
        t.AddMethod("hex", (ts, self, a, kw) => Ops.CallMethod(ts, new PyBytes(((PyMemoryView)self).Span.ToArray()), "hex", a));
        t.AddMethod("release", (ts, self, a, kw) => { ((PyMemoryView)self).Release(); return PyNone.Value; });
        t.AddMethod("toreadonly", (ts, self, a, kw) =>
        {
            var m = (PyMemoryView)self;
            m.CheckReleased();
            return new PyMemoryView(m.Obj, m.Offset, m.Count, m.Step) { Format = m.Format, ItemSize = m.ItemSize, _forceReadOnly = true };
        });
        t.AddMethod("__enter__", (ts, self, a, kw) => { ((PyMemoryView)self).CheckReleased(); return self; });
        t.AddMethod("__exit__", (ts, self, a, kw) => { ((PyMemoryView)self).Release(); return PyNone.Value; });
        // Every attribute but `released` fails on a released view, as in CPython.
        void Attr(string name, Func<PyMemoryView, PyObject> get)
            => t.AddGetSet(name, (ts, o) => { var m = (PyMemoryView)o; m.CheckReleased(); return get(m); });
        Attr("obj", m => m.Obj);
        Attr("readonly", m => PyBool.From(m.ReadOnly));
        Attr("nbytes", m => PyInt.From(m.NBytes));
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
        if (format is not PyStr fs) throw PyErr.TypeError($"cast() argument 'format' must be str, not {PyErr.ArgTypeName(format)}");
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
        return new PyMemoryView(Obj, Offset, nbytes / size, 1) { Format = f, ItemSize = size, _forceReadOnly = _forceReadOnly };
    }

    /// <summary>Item i of a cast view, unpacked as the struct module would (native byte order).</summary>
    private PyObject Item(ReadOnlySpan<byte> b)
    {
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
        for (int i = 0; i < items.Length; i++) items[i] = IsBytes ? PyInt.From(s[i]) : Item(s.Slice(i * ItemSize, ItemSize));
        return new PyList(items);
    }

    /// <summary>The item format and size of a buffer object.</summary>
    private static (string Format, int ItemSize) BufferFormat(PyObject o) => o switch
    {
        PyMemoryView m => (m.Format, m.ItemSize),
        IBufferExporter e => (e.ExportFormat, e.ExportItemSize),
        _ => ("B", 1),
    };

    /// <summary>memory_richcompare: equal when the shapes match and every pair of items compares equal
    /// (as unpacked values, so views of different formats can be equal).</summary>
    private bool EqualsBuffer(ThreadState ts, PyObject other)
    {
        var (format, size) = BufferFormat(other);
        var mine = Span;
        var theirs = BytesMethods.Span(other);
        if (format == Format && size == ItemSize && Format is "B" or "b" or "c") return mine.SequenceEqual(theirs);
        if (theirs.Length / size != Count) return false;
        var o = other as PyMemoryView ?? new PyMemoryView(new PyBytes(theirs.ToArray()), 0, theirs.Length / size, 1) { Format = format, ItemSize = size };
        for (int i = 0; i < Count; i++)
        {
            var a = Item(mine.Slice(i * ItemSize, ItemSize));
            var b = o.Item(theirs.Slice(i * size, size));
            if (!Ops.RichCompareBool(ts, a, b, CompareOp.Eq)) return false;
        }
        return true;
    }

    /// <summary>pack_single: one Python value stored as an item of this view's format (native byte order),
    /// with CPython's "invalid type"/"invalid value" errors.</summary>
    private void Pack(ThreadState ts, PyObject value, Span<byte> dest)
    {
        switch (Format)
        {
            case "f": case "d": case "e":
            {
                double d = Ops.AsDouble(ts, value);
                if (Format == "d") BitConverter.TryWriteBytes(dest, d);
                else if (Format == "f")
                {
                    float f = (float)d;
                    if (float.IsInfinity(f) && !double.IsInfinity(d)) throw PyErr.OverflowError("float too large to pack with f format");
                    BitConverter.TryWriteBytes(dest, f);
                }
                else
                {
                    var h = (Half)d;
                    if (Half.IsInfinity(h) && !double.IsInfinity(d)) throw PyErr.OverflowError("float too large to pack with e format");
                    BitConverter.TryWriteBytes(dest, h);
                }
                return;
            }
            case "?": dest[0] = (byte)(Ops.IsTrue(ts, value) ? 1 : 0); return;
            case "c":
                if (value is not PyBytes b) throw PyErr.TypeError($"memoryview: invalid type for format '{Format}'");
                if (b.Value.Length != 1) throw PyErr.ValueError($"memoryview: invalid value for format '{Format}'");
                dest[0] = b.Value[0];
                return;
        }
        if (!Ops.HasIndex(value)) throw PyErr.TypeError($"memoryview: invalid type for format '{Format}'");
        var v = Ops.Index(ts, value).Big;
        bool unsigned = Format is "B" or "H" or "I" or "L" or "Q" or "N" or "P";
        var min = unsigned ? System.Numerics.BigInteger.Zero : -(System.Numerics.BigInteger.One << (ItemSize * 8 - 1));
        var max = unsigned ? (System.Numerics.BigInteger.One << (ItemSize * 8)) - 1 : (System.Numerics.BigInteger.One << (ItemSize * 8 - 1)) - 1;
        if (v < min || v > max) throw PyErr.ValueError($"memoryview: invalid value for format '{Format}'");
        ulong bits = (ulong)(v & ulong.MaxValue);   // two's complement low bits, negative values included
        for (int k = 0; k < ItemSize; k++) dest[k] = (byte)(bits >> (8 * (BitConverter.IsLittleEndian ? k : ItemSize - 1 - k)));
    }

    public static PyMemoryView FromObject(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return new PyMemoryView(b, 0, b.Value.Length, 1);
            case PyByteArray ba: return new PyMemoryView(ba, 0, ba.Count, 1);
            case IBufferExporter e: return new PyMemoryView(o, 0, e.ExportBuffer().Length / e.ExportItemSize, 1) { Format = e.ExportFormat, ItemSize = e.ExportItemSize };
            case PyMemoryView m:
                m.CheckReleased();
                return new PyMemoryView(m.Obj, m.Offset, m.Count, m.Step) { Format = m.Format, ItemSize = m.ItemSize, _forceReadOnly = m._forceReadOnly };
            default: throw PyErr.TypeError($"memoryview: a bytes-like object is required, not '{o.ObType.Name}'");
        }
    }
}
