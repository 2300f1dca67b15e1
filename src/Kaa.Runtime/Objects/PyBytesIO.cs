using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>_io.BytesIO (Modules/_io/bytesio.c): an in-memory binary stream.</summary>
public sealed class PyBytesIO : PyIOBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("BytesIO", BufferedIOBaseType, "_io");

    // The contents live in a bytearray object so that getbuffer() can hand out a writable memoryview
    // that sees later writes (memoryview reads its exporter's current array on every access).
    private readonly PyByteArray _data = new();
    private int _pos;
    private bool _closed;

    public PyBytesIO(PyType type) : base(type) { }

    protected override bool? KnownClosed => _closed;

    public byte[] GetValue()
    {
        Check();
        return _data.Items.AsSpan(0, _data.Count).ToArray();
    }

    private void Check()
    {
        if (_closed) throw IoErrors.Closed();
    }

    public byte[] Read(long n)
    {
        Check();
        int avail = Math.Max(0, _data.Count - _pos);
        int k = n < 0 ? avail : (int)Math.Min(n, avail);
        var r = _data.Items.AsSpan(_pos, k).ToArray();
        _pos += k;
        return r;
    }

    public byte[] ReadLine(long limit)
    {
        Check();
        int avail = Math.Max(0, _data.Count - _pos);
        int idx = avail == 0 ? -1 : Array.IndexOf(_data.Items, (byte)'\n', _pos, avail);
        int k = idx >= 0 ? idx - _pos + 1 : avail;
        if (limit >= 0 && k > limit) k = (int)limit;
        var r = _data.Items.AsSpan(_pos, k).ToArray();
        _pos += k;
        return r;
    }

    public int Write(ReadOnlySpan<byte> data)
    {
        Check();
        if (data.Length == 0) return 0;
        long end = (long)_pos + data.Length;
        if (end > Array.MaxLength) throw PyErr.MemoryError();
        if (end > _data.Items.Length)
        {
            var nb = new byte[Math.Max(end, Math.Min((long)_data.Items.Length * 2, Array.MaxLength))];
            _data.Items.AsSpan(0, _data.Count).CopyTo(nb);
            _data.Items = nb;
        }
        if (_pos > _data.Count) Array.Clear(_data.Items, _data.Count, _pos - _data.Count);
        data.CopyTo(_data.Items.AsSpan(_pos));
        _pos = (int)end;
        if (_pos > _data.Count) _data.Count = _pos;
        return data.Length;
    }

    private static PyBytesIO Self(PyObject o) => (PyBytesIO)o;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyBytesIO(cls);
        t.SetNew(NewBare);
        t.TpInit = (ts, self, a, kw) =>
        {
            var p = Args.Parse("BytesIO", a, kw, ["initial_bytes"], 0);
            var b = Self(self);
            b._data.Count = b._pos = 0;
            b._data.Items = [];
            b._closed = false;
            if (p[0] != null && p[0] is not PyNone)
            {
                var data = BytesLike(ts, p[0]!);
                b._data.Items = (byte[])data.Clone();
                b._data.Count = data.Length;
            }
        };
        t.AddMethod("getvalue", (ts, self, a, kw) => new PyBytes(Self(self).GetValue()));
        // copy and pickle (CPython's bytesio_getstate/setstate): (value, position, dict).
        t.AddMethod("__getstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__getstate__", a, kw, 0);
            var b = Self(self);
            PyObject dict = b.Dict is { Count: > 0 } d ? d.Copy() : PyNone.Value;
            return new PyTuple([new PyBytes(b.GetValue()), PyInt.From(b._pos), dict]);
        });
        t.AddMethod("__setstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__setstate__", a, kw, 1);
            var b = Self(self);
            if (a[0] is not PyTuple st || st.Count < 3)
                throw PyErr.TypeError($"{self.ObType.TpName}.__setstate__ argument should be 3-tuple, got {a[0].ObType.Name}");
            var data = BytesLike(ts, st[0]);
            b._data.Items = (byte[])data.Clone();
            b._data.Count = data.Length;
            b._pos = 0;
            if (st[1] is not PyInt pos) throw PyErr.TypeError($"second item of state must be an integer, not {st[1].ObType.Name}");
            long p = Ops.IndexAsLong(ts, pos);
            if (p < 0) throw PyErr.ValueError("position value cannot be negative");
            b._pos = (int)Math.Min(p, int.MaxValue);
            if (st[2] is not PyNone)
            {
                if (st[2] is not PyDict d) throw PyErr.TypeError($"third item of state should be a dict, got a {st[2].ObType.Name}");
                b.Dict ??= new PyDict();
                foreach (var (k, v) in d.EnumerateItems()) b.Dict.SetItem(ts, k, v);
            }
            return PyNone.Value;
        });
        t.AddMethod("getbuffer", (ts, self, a, kw) =>
        {
            var b = Self(self);
            b.Check();
            return new PyMemoryView(b._data, 0, b._data.Count, 1);
        });
        BuiltinMethod read = (ts, self, a, kw) =>
        {
            var p = Args.Parse("read", a, kw, ["size"], 0, posOnly: 1);
            return new PyBytes(Self(self).Read(SizeArg(ts, p[0])));
        };
        t.AddMethod("read", read);
        t.AddMethod("read1", read);
        t.AddMethod("readline", (ts, self, a, kw) =>
        {
            var p = Args.Parse("readline", a, kw, ["size"], 0, posOnly: 1);
            return new PyBytes(Self(self).ReadLine(SizeArg(ts, p[0])));
        });
        t.AddMethod("readlines", (ts, self, a, kw) =>
        {
            var p = Args.Parse("readlines", a, kw, ["size"], 0, posOnly: 1);
            var b = Self(self);
            b.Check();
            long hint = SizeArg(ts, p[0]), total = 0;
            var l = new PyList();
            while (true)
            {
                var line = b.ReadLine(-1);
                if (line.Length == 0) break;
                l.Append(new PyBytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return l;
        });
        t.AddMethod("readinto", (ts, self, a, kw) =>
        {
            Args.Exact("readinto", a, kw, 1);
            var data = Self(self).Read(Ops.Length(ts, a[0]));
            StoreInto(ts, a[0], data);
            return PyInt.From(data.Length);
        });
        t.AddMethod("write", (ts, self, a, kw) =>
        {
            Args.Exact("write", a, kw, 1);
            var b = Self(self);
            b.Check();
            return PyInt.From(b.Write(BytesLike(ts, a[0])));
        });
        t.AddMethod("writelines", (ts, self, a, kw) =>
        {
            Args.Exact("writelines", a, kw, 1);
            var b = Self(self);
            b.Check();
            var it = Ops.GetIter(ts, a[0]);
            while (Ops.Next(ts, it) is { } item) b.Write(BytesLike(ts, item));
            return PyNone.Value;
        });
        t.AddMethod("seek", (ts, self, a, kw) =>
        {
            var p = Args.Parse("seek", a, kw, ["pos", "whence"], 1, posOnly: 2);
            var b = Self(self);
            b.Check();
            long pos = IntArg(ts, p[0]!);
            long whence = p[1] == null ? 0 : IntArg(ts, p[1]!);
            if (whence is < 0 or > 2) throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw PyErr.ValueError($"negative seek value {pos}");
            if (whence == 1) pos += b._pos;
            else if (whence == 2) pos += b._data.Count;
            if (pos < 0) pos = 0;
            if (pos > Array.MaxLength) throw PyErr.OverflowError("new position too large");
            b._pos = (int)pos;
            return PyInt.From(pos);
        });
        t.AddMethod("tell", (ts, self, a, kw) => { Self(self).Check(); return PyInt.From(Self(self)._pos); });
        t.AddMethod("truncate", (ts, self, a, kw) =>
        {
            var p = Args.Parse("truncate", a, kw, ["size"], 0, posOnly: 1);
            var b = Self(self);
            b.Check();
            long size = p[0] == null || p[0] is PyNone ? b._pos : IntArg(ts, p[0]!);
            if (size < 0) throw PyErr.ValueError($"negative size value {size}");
            if (size < b._data.Count) b._data.Count = (int)size;
            return PyInt.From(size);
        });
        t.AddMethod("flush", (ts, self, a, kw) => { Self(self).Check(); return PyNone.Value; });
        t.AddMethod("close", (ts, self, a, kw) => { Self(self)._closed = true; return PyNone.Value; });
        t.AddMethod("isatty", (ts, self, a, kw) => { Self(self).Check(); return PyBool.False; });
        foreach (var name in new[] { "readable", "writable", "seekable" })
            t.AddMethod(name, (ts, self, a, kw) => { Self(self).Check(); return PyBool.True; });
        t.AddGetSet("closed", (ts, o) => PyBool.From(Self(o)._closed), doc: "True if the file is closed.");
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) =>
        {
            if (o.ObType.IsHeapType)
            {
                var r = Ops.CallMethod(ts, o, Names.readline);
                return LineLength(ts, r) == 0 ? null : r;
            }
            var line = Self(o).ReadLine(-1);
            return line.Length == 0 ? null : new PyBytes(line);
        };
    }
}
