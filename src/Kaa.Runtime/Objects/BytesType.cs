using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of bytes and bytearray (slots, construction, bytearray mutation).</summary>
public static class BytesType
{
    public static readonly PyType IteratorType = BuiltinTypes.CreateStatic("bytes_iterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ByteArrayIteratorType = BuiltinTypes.CreateStatic("bytearray_iterator", BuiltinTypes.Object, subclassable: false);

    internal static void Init()
    {
        InitBytes(BuiltinTypes.Bytes);
        InitByteArray(BuiltinTypes.ByteArray);
        foreach (var it in new[] { IteratorType, ByteArrayIteratorType })
        {
            it.TpIter = (ts, o) => o;
            it.TpIterNext = (ts, o) => ((PyBytesIterator)o).Next();
            it.AddMethod("__length_hint__", (ts, self, a, kw) => PyInt.From(((PyBytesIterator)self).LengthHint));
            it.AddMethod("__reduce__", (ts, self, a, kw) => ((PyBytesIterator)self).Reduce(ts));
            it.AddMethod("__setstate__", (ts, self, a, kw) =>
            {
                Args.Exact("__setstate__", a, kw, 1);
                ((PyBytesIterator)self).SetState(ts, a[0]);
                return PyNone.Value;
            });
            string name = it.Name;
            it.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError($"cannot create '{name}' instances");
        }
    }

    private static void InitBytes(PyType t)
    {
        BufferProtocol.AddMethods(t, releasable: false);
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            var p = Args.Parse("bytes", args, kw, ["source", "encoding", "errors"], 0);
            var data = FromSource(ts, p[0], p[1], p[2], "bytes");
            if (ReferenceEquals(cls, BuiltinTypes.Bytes))
                return data.Existing ?? (data.Data.Length == 0 ? PyBytes.Empty : new PyBytes(data.Data));
            return new PyBytesSub(cls, data.Data);
        });
        t.TpRepr = (ts, o) => PyStr.From(BytesMethods.Repr(((PyBytes)o).Value));
        t.TpHash = (ts, o) => Hash(((PyBytes)o).Value);
        t.MpLength = (ts, o) => ((PyBytes)o).Value.Length;
        t.TpIter = (ts, o) => new PyBytesIterator(o);
        t.SqContains = (ts, o, x) => BytesMethods.Contains(ts, ((PyBytes)o).Value, x);
        t.TpRichCompare = (ts, a, b, op) => a is PyBytes x && b is PyBytes y ? BytesMethods.Compare(x.Value, y.Value, op) : PyNotImplemented.Value;
        t.SqConcat = (ts, a, b) =>
        {
            if (!BytesMethods.IsBuffer(b)) throw PyErr.TypeError($"can't concat {b.ObType.Name} to {a.ObType.Name}");
            var x = ((PyBytes)a).Value;
            var y = BytesMethods.Span(b);
            if (y.Length == 0 && PyType.IsExact(a, BuiltinTypes.Bytes)) return a;
            var r = new byte[x.Length + y.Length];
            x.CopyTo(r, 0);
            y.CopyTo(r.AsSpan(x.Length));
            return new PyBytes(r);
        };
        t.SqRepeat = (ts, a, n) =>
        {
            var r = Repeat(ts, ((PyBytes)a).Value, n);
            return r.Length == ((PyBytes)a).Value.Length && PyType.IsExact(a, BuiltinTypes.Bytes) ? a : new PyBytes(r);
        };
        t.MpSubscript = (ts, o, key) =>
        {
            var v = ((PyBytes)o).Value;
            if (key is PyInt ki && ki.IsSmall)
            {
                long i = ki.Small;
                if (i < 0) i += v.Length;
                if ((ulong)i >= (ulong)v.Length) throw PyErr.IndexError("index out of range");
                return PyInt.From(v[i]);
            }
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(ts, v.Length);
                if (step == 1 && count == v.Length && PyType.IsExact(o, BuiltinTypes.Bytes)) return o;
                return new PyBytes(Slice(ts, v, sl));
            }
            if (!Ops.HasIndex(key)) throw PyErr.TypeError($"byte indices must be integers or slices, not {key.ObType.Name}");
            long idx = Ops.IndexAsLong(ts, key);
            if (idx < 0) idx += v.Length;
            if (idx < 0 || idx >= v.Length) throw PyErr.IndexError("index out of range");
            return PyInt.From(v[idx]);
        };
        t.NbBinary[(int)BinOp.Mod] = (ts, a, b) => a is PyBytes x ? new PyBytes(BytesFormat.Format(ts, x.Value, b)) : PyNotImplemented.Value;
        BytesMethods.Init(t);
        t.AddMethod("__getnewargs__", (ts, self, a, kw) => new PyTuple([new PyBytes(((PyBytes)self).Value)]));
        t.AddMethod("__bytes__", (ts, self, a, kw) => PyType.IsExact(self, BuiltinTypes.Bytes) ? self : new PyBytes(((PyBytes)self).Value));
    }

    private static void InitByteArray(PyType t)
    {
        BufferProtocol.AddMethods(t, releasable: true);
        t.InstanceFactory = cls => new PyByteArraySub(cls);
        t.SetNew((ts, cls, args, kw) => ReferenceEquals(cls, BuiltinTypes.ByteArray) ? new PyByteArray() : new PyByteArraySub(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            var p = Args.Parse("bytearray", args, kw, ["source", "encoding", "errors"], 0);
            var ba = (PyByteArray)self;
            var data = FromSource(ts, p[0], p[1], p[2], "bytearray");
            ba.Count = 0;
            ba.AppendSpan(data.Span);
        };
        t.TpRepr = (ts, o) =>
        {
            var name = o.ObType.Name;
            return PyStr.From(name + "(" + BytesMethods.Repr(((PyByteArray)o).AsSpan(), alwaysEscapeSingle: true) + ")");
        };
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.TpHash = SeqHelpers.Unhashable;
        t.MpLength = (ts, o) => ((PyByteArray)o).Count;
        t.TpIter = (ts, o) => new PyBytesIterator(o);
        t.SqContains = (ts, o, x) => BytesMethods.Contains(ts, ((PyByteArray)o).AsSpan(), x);
        t.TpRichCompare = (ts, a, b, op) => a is PyByteArray x && BytesMethods.IsBuffer(b) ? BytesMethods.Compare(x.AsSpan(), BytesMethods.Span(b), op) : PyNotImplemented.Value;
        t.SqConcat = (ts, a, b) =>
        {
            if (!BytesMethods.IsBuffer(b)) throw PyErr.TypeError($"can't concat {b.ObType.Name} to {a.ObType.Name}");
            var r = new PyByteArray();
            r.AppendSpan(((PyByteArray)a).AsSpan());
            r.AppendSpan(BytesMethods.Span(b));
            return r;
        };
        t.SqRepeat = (ts, a, n) => new PyByteArray(Repeat(ts, ((PyByteArray)a).AsSpan(), n));
        t.NbInplace[(int)BinOp.Add] = (ts, a, b) =>
        {
            if (!BytesMethods.IsBuffer(b)) throw PyErr.TypeError($"can't concat {b.ObType.Name} to {a.ObType.Name}");
            var ba = (PyByteArray)a;
            if (ReferenceEquals(a, b)) ba.AppendSpan(ba.ToArray());
            else ba.AppendSpan(BytesMethods.Span(b));
            return a;
        };
        t.NbInplace[(int)BinOp.Mul] = (ts, a, n) =>
        {
            if (!Ops.HasIndex(n)) return PyNotImplemented.Value;
            var ba = (PyByteArray)a;
            var r = Repeat(ts, ba.AsSpan(), n);
            ba.Count = 0;
            ba.AppendSpan(r);
            return a;
        };
        t.MpSubscript = (ts, o, key) =>
        {
            var ba = (PyByteArray)o;
            if (key is PySlice sl) return new PyByteArray(Slice(ts, ba.AsSpan(), sl));
            if (!Ops.HasIndex(key)) throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.ObType.Name}");
            return PyInt.From(ba.Items[Index(ts, ba, key)]);
        };
        t.MpAssSubscript = SetItem;
        t.NbBinary[(int)BinOp.Mod] = (ts, a, b) => a is PyByteArray x ? new PyByteArray(BytesFormat.Format(ts, x.AsSpan(), b)) : PyNotImplemented.Value;
        BytesMethods.Init(t);
        t.AddMethod("append", (ts, self, a, kw) =>
        {
            Args.Exact("bytearray.append", a, kw, 1);
            ((PyByteArray)self).Append(BytesMethods.ByteValue(ts, a[0]));
            return PyNone.Value;
        });
        t.AddMethod("extend", (ts, self, a, kw) =>
        {
            Args.Exact("bytearray.extend", a, kw, 1);
            Extend(ts, (PyByteArray)self, a[0]);
            return PyNone.Value;
        });
        t.AddMethod("insert", (ts, self, a, kw) =>
        {
            Args.Exact("bytearray.insert", a, kw, 2);
            var ba = (PyByteArray)self;
            long i = Ops.IndexClamped(ts, a[0]);
            byte v = BytesMethods.ByteValue(ts, a[1]);
            if (i < 0) i = Math.Max(0, i + ba.Count);
            if (i > ba.Count) i = ba.Count;
            ba.Splice((int)i, 0, [v]);
            return PyNone.Value;
        });
        t.AddMethod("pop", (ts, self, a, kw) =>
        {
            Args.Range("pop", a, kw, 0, 1);
            var ba = (PyByteArray)self;
            if (ba.Count == 0) throw PyErr.IndexError("pop from empty bytearray");
            long i = a.Length == 0 ? ba.Count - 1 : Ops.IndexAsLong(ts, a[0]);
            if (i < 0) i += ba.Count;
            if (i < 0 || i >= ba.Count) throw PyErr.IndexError("pop index out of range");
            byte v = ba.Items[i];
            ba.Splice((int)i, 1, []);
            return PyInt.From(v);
        });
        t.AddMethod("remove", (ts, self, a, kw) =>
        {
            Args.Exact("bytearray.remove", a, kw, 1);
            var ba = (PyByteArray)self;
            byte v = BytesMethods.ByteValue(ts, a[0]);
            int i = ba.AsSpan().IndexOf(v);
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            ba.Splice(i, 1, []);
            return PyNone.Value;
        });
        t.AddMethod("clear", (ts, self, a, kw) => { var ba = (PyByteArray)self; ba.Items = []; ba.Count = 0; return PyNone.Value; });
        t.AddMethod("reverse", (ts, self, a, kw) => { ((PyByteArray)self).AsSpan().Reverse(); return PyNone.Value; });
        t.AddMethod("copy", (ts, self, a, kw) => new PyByteArray(((PyByteArray)self).ToArray()));
        t.AddMethod("__alloc__", (ts, self, a, kw) => PyInt.From(((PyByteArray)self).Items.Length + 1));
        t.AddMethod("__reduce__", (ts, self, a, kw) => { Args.Exact("__reduce__", a, kw, 0); return ByteArrayReduce(ts, self, 2); });
        t.AddMethod("__reduce_ex__", (ts, self, a, kw) =>
        {
            var p = Args.Parse("__reduce_ex__", a, kw, ["proto"], 0, posOnly: 1);
            return ByteArrayReduce(ts, self, p[0] == null ? 0 : Ops.IndexAsLong(ts, p[0]!));
        });
    }

    /// <summary>
    /// CPython's bytearray _common_reduce: (type, (), state) when empty, else the data as a latin-1 str
    /// for protocols below 3 and as bytes from 3 on; the state (instance dict, slots) comes from __getstate__.
    /// </summary>
    private static PyObject ByteArrayReduce(ThreadState ts, PyObject self, long proto)
    {
        var ba = (PyByteArray)self;
        var state = Ops.CallMethod(ts, self, "__getstate__");
        PyTuple args = ba.Count == 0 ? PyTuple.Empty
            : proto < 3 ? new PyTuple([PyStr.From(System.Text.Encoding.Latin1.GetString(ba.AsSpan())), PyStr.From("latin-1")])
            : new PyTuple([new PyBytes(ba.ToArray())]);
        return new PyTuple([self.ObType, args, state]);
    }

    /// <summary>Converted constructor data: either an existing exact bytes object (reused) or a fresh array.</summary>
    private readonly struct Source(byte[] data, PyBytes? existing)
    {
        public readonly byte[] Data = data;
        public readonly PyBytes? Existing = existing;
        public ReadOnlySpan<byte> Span => Data;
        public static implicit operator Source(byte[] d) => new(d, null);
    }

    /// <summary>bytes(source, encoding, errors) / bytearray(...) argument conversion (CPython's bytes_new).</summary>
    private static Source FromSource(ThreadState ts, PyObject? x, PyObject? encoding, PyObject? errors, string tname)
    {
        if (encoding != null && encoding is not PyStr)
            throw PyErr.TypeError($"{tname}() argument 'encoding' must be str, not {PyErr.ArgTypeName(encoding)}");
        if (errors != null && errors is not PyStr)
            throw PyErr.TypeError($"{tname}() argument 'errors' must be str, not {PyErr.ArgTypeName(errors)}");
        if (x == null)
        {
            if (encoding != null) throw PyErr.TypeError("encoding without a string argument");
            if (errors != null) throw PyErr.TypeError("errors without a string argument");
            return Array.Empty<byte>();
        }
        if (encoding != null)
        {
            if (x is not PyStr s) throw PyErr.TypeError("encoding without a string argument");
            return Codecs.Encode(ts, s.Value, ((PyStr)encoding).Value, ((PyStr?)errors)?.Value ?? "strict");
        }
        if (errors != null)
            throw PyErr.TypeError(x is PyStr ? "string argument without an encoding" : "errors without a string argument");
        if (tname == "bytes")
        {
            var meth = x.ObType.Lookup(PyStr.From("__bytes__"));
            if (meth != null)
            {
                var r = Ops.CallUnbound(ts, meth, x, []);
                if (r is not PyBytes rb) throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.ObType.Name})");
                // bytes(x) returns what __bytes__ gave, even a bytes subclass (CPython's bytes_new).
                return new Source(rb.Value, rb);
            }
        }
        if (x is PyStr) throw PyErr.TypeError("string argument without an encoding");
        if (x is PyBytes xb) return PyType.IsExact(xb, BuiltinTypes.Bytes) ? new Source(xb.Value, xb) : xb.Value;
        if (x is PyByteArray xa) return xa.ToArray();
        if (x is PyMemoryView xm) return xm.Span.ToArray();
        if (x is IBufferExporter xe) return xe.ExportBuffer().ToArray();
        if (BufferProtocol.FromPythonBuffer(ts, x) is { } pv) return pv.Span.ToArray();
        if (Ops.HasIndex(x))
        {
            var n = Ops.Index(ts, x);
            if (n.Sign < 0) throw PyErr.ValueError("negative count");
            if (!n.IsSmall || n.Small > int.MaxValue) throw PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
            return new byte[n.Small];
        }
        if (x.ObType.TpIter == null && x.ObType.MpSubscript == null)
            throw PyErr.TypeError($"cannot convert '{x.ObType.Name}' object to {tname}");
        return FromIterable(ts, x, tname == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    }

    /// <summary>CPython's PyObject_Bytes (what int.from_bytes reads): __bytes__, a bytes-like object,
    /// or an iterable of ints; a str or an int is refused ("cannot convert 'str' object to bytes").</summary>
    public static byte[] ObjectBytes(ThreadState ts, PyObject x)
    {
        if (x is PyBytes b && PyType.IsExact(b, BuiltinTypes.Bytes)) return b.Value;
        var meth = x.ObType.Lookup(PyStr.From("__bytes__"));
        if (meth != null)
        {
            var r = Ops.CallUnbound(ts, meth, x, []);
            return r is PyBytes rb ? rb.Value : throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.ObType.Name})");
        }
        if (x is PyBytes xb) return xb.Value;
        if (x is PyByteArray xa) return xa.ToArray();
        if (x is PyMemoryView xm) return xm.Span.ToArray();
        if (x is IBufferExporter xe) return xe.ExportBuffer().ToArray();
        if (x is PyStr || (x.ObType.TpIter == null && x.ObType.MpSubscript == null))
            throw PyErr.TypeError($"cannot convert '{x.ObType.Name}' object to bytes");
        return FromIterable(ts, x, "bytes must be in range(0, 256)");
    }

    private static byte[] FromIterable(ThreadState ts, PyObject x, string rangeMessage)
    {
        var r = new List<byte>();
        void Add(PyObject item)
        {
            var v = Ops.Index(ts, item);
            if (!v.IsSmall || v.Small < 0 || v.Small > 255) throw PyErr.ValueError(rangeMessage);
            r.Add((byte)v.Small);
        }
        // A list is read by index with its current length each time, as CPython does: an __index__ that
        // shrinks or grows the list changes what is read, and nothing breaks.
        if (x is PyList l)
        {
            for (int i = 0; i < l.Count; i++) Add(l.Items[i]);
            return r.ToArray();
        }
        var it = Ops.GetIter(ts, x);
        while (Ops.Next(ts, it) is { } item) Add(item);
        return r.ToArray();
    }

    /// <summary>Within-process bytes hash, computed like str's so that hash(b'abc') == hash('abc') as in CPython.</summary>
    public static long Hash(ReadOnlySpan<byte> s)
    {
        ulong h = StrHash.Seed ^ (ulong)s.Length;
        int i = 0;
        for (; i + 4 <= s.Length; i += 4)
        {
            ulong chunk = s[i] | ((ulong)s[i + 1] << 16) | ((ulong)s[i + 2] << 32) | ((ulong)s[i + 3] << 48);
            h = (h ^ chunk) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }
        for (; i < s.Length; i++)
        {
            h = (h ^ s[i]) * 0x94D049BB133111EBUL;
            h ^= h >> 29;
        }
        return StrHash.Finish(h);
    }

    private static byte[] Repeat(ThreadState ts, ReadOnlySpan<byte> s, PyObject n)
    {
        long count = SeqHelpers.RepeatCount(ts, n);
        if (count <= 0 || s.Length == 0) return [];
        if ((Int128)s.Length * count > long.MaxValue) throw PyErr.OverflowError("repeated bytes are too long");
        if ((Int128)s.Length * count > int.MaxValue) throw PyErr.MemoryError();
        var r = new byte[s.Length * count];
        for (long k = 0; k < count; k++) s.CopyTo(r.AsSpan((int)(k * s.Length)));
        return r;
    }

    private static byte[] Slice(ThreadState ts, ReadOnlySpan<byte> s, PySlice sl)
    {
        var (start, _, step, count) = sl.Indices(ts, s.Length);
        if (step == 1) return s.Slice((int)start, (int)count).ToArray();
        var r = new byte[count];
        for (long k = 0, i = start; k < count; k++, i += step) r[k] = s[(int)i];
        return r;
    }

    private static int Index(ThreadState ts, PyByteArray ba, PyObject key)
    {
        long i = Ops.IndexAsLong(ts, key);
        if (i < 0) i += ba.Count;
        if (i < 0 || i >= ba.Count) throw PyErr.IndexError("bytearray index out of range");
        return (int)i;
    }

    private static void SetItem(ThreadState ts, PyObject o, PyObject key, PyObject? value)
    {
        var ba = (PyByteArray)o;
        if (key is PySlice sl)
        {
            var (start, stop, step, count) = sl.Indices(ts, ba.Count);
            byte[] data;
            if (value == null) data = [];
            else if (ReferenceEquals(value, ba)) data = ba.ToArray();
            else if (BytesMethods.IsBuffer(value)) data = BytesMethods.Span(value).ToArray();
            else if (Ops.HasIndex(value) || (value.ObType.TpIter == null && value.ObType.MpSubscript == null))
                throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            else data = FromIterable(ts, value, "byte must be in range(0, 256)");
            if (step == 1)
            {
                if (stop < start) stop = start;
                ba.Splice((int)start, (int)(stop - start), data);
                return;
            }
            if (value == null)
            {
                // Delete an extended slice: keep the bytes not selected, in order.
                var keep = new byte[ba.Count - count];
                var del = new bool[ba.Count];
                for (long k = 0, i = start; k < count; k++, i += step) del[i] = true;
                int n = 0;
                for (int i = 0; i < ba.Count; i++) if (!del[i]) keep[n++] = ba.Items[i];
                ba.Items = keep;
                ba.Count = keep.Length;
                return;
            }
            if (data.Length != count)
                throw PyErr.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {count}");
            for (long k = 0, i = start; k < count; k++, i += step) ba.Items[i] = data[k];
            return;
        }
        if (!Ops.HasIndex(key)) throw PyErr.TypeError($"bytearray indices must be integers or slices, not {key.ObType.Name}");
        int idx = Index(ts, ba, key);
        if (value == null) ba.Splice(idx, 1, []);
        else ba.Items[idx] = BytesMethods.ByteValue(ts, value);
    }

    private static void Extend(ThreadState ts, PyByteArray ba, PyObject x)
    {
        if (BytesMethods.IsBuffer(x))
        {
            ba.AppendSpan(ReferenceEquals(x, ba) ? ba.ToArray() : BytesMethods.Span(x));
            return;
        }
        if (x is PyStr) throw PyErr.TypeError("expected iterable of integers; got: 'str'");
        if (x.ObType.TpIter == null && x.ObType.MpSubscript == null)
            throw PyErr.TypeError($"can't extend bytearray with {x.ObType.Name}");
        // Collected first, as CPython does: a bad item leaves the bytearray unchanged.
        var items = new List<byte>();
        var it = Ops.GetIter(ts, x);
        while (Ops.Next(ts, it) is { } item) items.Add(BytesMethods.ByteValue(ts, item));
        ba.AppendSpan(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
    }
}
