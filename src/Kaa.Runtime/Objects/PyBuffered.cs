using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _io.BufferedReader, BufferedWriter and BufferedRandom (Modules/_io/bufferedio.c): one C# class,
/// three Python types with the method sets CPython gives each. Over an exact FileIO the raw calls are
/// direct C# calls; over anything else they go through the Python protocol. A per-object lock keeps
/// the buffer consistent while raw I/O runs with the GIL released, as CPython's ENTER_BUFFERED does.
/// </summary>
public sealed class PyBuffered : PyIOBase
{
    public static readonly PyType ReaderType = BuiltinTypes.CreateStatic("BufferedReader", BufferedIOBaseType, "_io");
    public static readonly PyType WriterType = BuiltinTypes.CreateStatic("BufferedWriter", BufferedIOBaseType, "_io");
    public static readonly PyType RandomType = BuiltinTypes.CreateStatic("BufferedRandom", BufferedIOBaseType, "_io");

    private PyObject? _raw;
    private PyFileIO? _fastRaw;
    private bool _readable, _writable, _detached;
    private int _bufferSize = DefaultBufferSize;
    private byte[] _rbuf = [];
    private int _rpos, _rend;
    /// <summary>The write buffer, also this object's lock; shared with the raw FileIO's <see cref="IoCloseOnCollect"/>
    /// so that the bytes reach the file if this object is collected unclosed.</summary>
    private IoWriteBuffer _w = new();

    public PyBuffered(PyType type) : base(type) { }

    public PyObject? Raw => _raw;

    protected override bool? KnownClosed => _fastRaw != null && ReferenceEquals(_raw, _fastRaw) ? _fastRaw.IsClosedRaw : null;

    /// <summary>Creates a buffered object over raw for open() and the standard streams.</summary>
    public static PyBuffered Create(ThreadState ts, PyType type, PyObject raw, int bufferSize)
    {
        var b = new PyBuffered(type);
        b.Setup(ts, raw, bufferSize);
        return b;
    }

    private void Setup(ThreadState ts, PyObject raw, int bufferSize)
    {
        bool isReader = ObType.IsSubtype(ReaderType) || ObType.IsSubtype(RandomType);
        bool isWriter = ObType.IsSubtype(WriterType) || ObType.IsSubtype(RandomType);
        if (isReader && !Ops.IsTrue(ts, Ops.CallMethod(ts, raw, "readable"))) throw IoErrors.Unsupported("File or stream is not readable.");
        if (isWriter && !Ops.IsTrue(ts, Ops.CallMethod(ts, raw, "writable"))) throw IoErrors.Unsupported("File or stream is not writable.");
        if (ObType.IsSubtype(RandomType) && !Ops.IsTrue(ts, Ops.CallMethod(ts, raw, "seekable"))) throw IoErrors.Unsupported("File or stream is not seekable.");
        if (bufferSize <= 0) throw PyErr.ValueError("buffer size must be strictly positive");
        _raw = raw;
        _fastRaw = raw is PyFileIO f && PyType.IsExact(raw, PyFileIO.TypeObject) ? f : null;
        _readable = isReader;
        _writable = isWriter;
        _bufferSize = bufferSize;
        _rbuf = isReader ? new byte[bufferSize] : [];
        // A re-initialized object gets a fresh write buffer: the old one may be registered with the old raw.
        if (_w.Data.Length > 0) _w = new IoWriteBuffer();
        _w.Data = isWriter ? new byte[bufferSize] : [];
        _rpos = _rend = _w.Length = 0;
        _detached = false;
        if (isWriter) _fastRaw?.CloseOnCollect?.AddBuffer(_w);
    }

    // ------------------------------------------------------------ locking and state checks

    private void Enter(ThreadState ts)
    {
        if (Monitor.IsEntered(_w))
            throw PyErr.RuntimeError($"reentrant call inside {Ops.ReprString(ts, this)}");
        if (!Monitor.TryEnter(_w)) ts.WithoutGil(() => Monitor.Enter(_w));
    }

    private void Leave() => Monitor.Exit(_w);

    private PyObject RawObj
    {
        get
        {
            if (_detached) throw PyErr.ValueError("raw stream has been detached");
            return _raw ?? throw PyErr.ValueError("I/O operation on uninitialized object");
        }
    }

    private void CheckClosed(ThreadState ts, string message)
    {
        var raw = RawObj;
        bool closed = _fastRaw != null ? _fastRaw.IsClosedRaw : Ops.IsTrue(ts, Ops.GetAttr(ts, raw, "closed"));
        if (closed) throw PyErr.ValueError(message);
    }

    private bool RawClosed(ThreadState ts) => _fastRaw != null ? _fastRaw.IsClosedRaw : Ops.IsTrue(ts, Ops.GetAttr(ts, RawObj, "closed"));

    // ------------------------------------------------------------ raw calls

    private int RawRead(ThreadState ts, byte[] buf, int off, int count)
    {
        if (_fastRaw != null) return _fastRaw.ReadInto(ts, buf, off, count);
        var r = Ops.CallMethod(ts, RawObj, "read", PyInt.From(count));
        if (r is PyNone) return -1;
        if (r is not PyBytes b) throw PyErr.TypeError($"read() should return bytes, not '{r.ObType.Name}'");
        if (b.Value.Length > count) throw PyErr.New(PyExc.OSError, $"raw read() returned invalid length {b.Value.Length} (should have been between 0 and {count})");
        b.Value.CopyTo(buf, off);
        return b.Value.Length;
    }

    private int RawWrite(ThreadState ts, byte[] buf, int off, int count)
    {
        if (_fastRaw != null) return _fastRaw.Write(ts, buf, off, count);
        var r = Ops.CallMethod(ts, RawObj, Names.write, new PyBytes(buf.AsSpan(off, count).ToArray()));
        if (r is PyNone) return 0;
        long n = Ops.IndexAsLong(ts, r);
        if (n < 0 || n > count) throw PyErr.New(PyExc.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {count})");
        return (int)n;
    }

    private long RawSeek(ThreadState ts, long pos, int whence)
    {
        if (_fastRaw != null) return _fastRaw.Seek(ts, pos, whence);
        var r = Ops.CallMethod(ts, RawObj, "seek", PyInt.From(pos), PyInt.From(whence));
        long n = Ops.IndexAsLong(ts, r);
        if (n < 0) throw PyErr.New(PyExc.OSError, $"Raw stream returned invalid position {n}");
        return n;
    }

    private long RawTell(ThreadState ts)
    {
        if (_fastRaw != null) return _fastRaw.Tell(ts);
        long n = Ops.IndexAsLong(ts, Ops.CallMethod(ts, RawObj, "tell"));
        if (n < 0) throw PyErr.New(PyExc.OSError, $"Raw stream returned invalid position {n}");
        return n;
    }

    // ------------------------------------------------------------ writing

    private void FlushUnlocked(ThreadState ts)
    {
        int done = 0;
        try
        {
            while (done < _w.Length)
            {
                int n = RawWrite(ts, _w.Data, done, _w.Length - done);
                if (n == 0) throw IoErrors.WithMessage(PyExc.BlockingIOError, "write could not complete without blocking");
                done += n;
            }
        }
        finally
        {
            if (done > 0)
            {
                Array.Copy(_w.Data, done, _w.Data, 0, _w.Length - done);
                _w.Length -= done;
            }
        }
    }

    /// <summary>Gives back read-ahead: moves the raw position to the logical one and empties the read buffer.</summary>
    private void DropReadAhead(ThreadState ts)
    {
        int unread = _rend - _rpos;
        if (unread > 0) RawSeek(ts, -unread, 1);
        _rpos = _rend = 0;
    }

    public int Write(ThreadState ts, byte[] data, int offset, int count)
    {
        Enter(ts);
        try
        {
            CheckClosed(ts, "write to closed file");
            if (_rend > _rpos) DropReadAhead(ts);
            else _rpos = _rend = 0;
            if (_w.Length + count <= _bufferSize)
            {
                Array.Copy(data, offset, _w.Data, _w.Length, count);
                _w.Length += count;
                return count;
            }
            FlushUnlocked(ts);
            if (count >= _bufferSize)
            {
                int done = 0;
                while (done < count)
                {
                    int n = RawWrite(ts, data, offset + done, count - done);
                    if (n == 0) throw IoErrors.WithMessage(PyExc.BlockingIOError, "write could not complete without blocking");
                    done += n;
                }
            }
            else
            {
                Array.Copy(data, offset, _w.Data, 0, count);
                _w.Length = count;
            }
            return count;
        }
        finally { Leave(); }
    }

    public void Flush(ThreadState ts)
    {
        Enter(ts);
        try
        {
            if (_writable)
            {
                CheckClosed(ts, "flush of closed file");
                FlushUnlocked(ts);
                if (_fastRaw == null) Ops.CallMethod(ts, RawObj, Names.flush);
            }
            else Ops.CallMethod(ts, RawObj, Names.flush);
        }
        finally { Leave(); }
    }

    // ------------------------------------------------------------ reading

    private void PrepareRead(ThreadState ts, string closedMessage)
    {
        CheckClosed(ts, closedMessage);
        if (_writable && _w.Length > 0) FlushUnlocked(ts);
    }

    /// <summary>Refills the (empty) read buffer with one raw read; returns the count, 0 at EOF, -1 if it would block.</summary>
    private int Fill(ThreadState ts)
    {
        _rpos = _rend = 0;
        int n = RawRead(ts, _rbuf, 0, _bufferSize);
        if (n > 0) _rend = n;
        return n;
    }

    /// <summary>read(n): n bytes unless EOF comes first; n &lt; 0 reads to EOF. Null when raw would block with nothing read.</summary>
    public byte[]? Read(ThreadState ts, long n)
    {
        Enter(ts);
        try
        {
            PrepareRead(ts, "read of closed file");
            int avail = _rend - _rpos;
            if (n < 0)
            {
                byte[] rest;
                if (_fastRaw != null) rest = _fastRaw.ReadAll(ts);
                else
                {
                    var r = Ops.TryGetAttr(ts, RawObj, PyStr.From("readall"), out var ra) ? Ops.Call(ts, ra!) : null;
                    if (r is PyNone && avail == 0) return null;
                    rest = r is PyBytes rb ? rb.Value : r is PyNone ? [] : ReadAllByChunks(ts);
                }
                var all = new byte[avail + rest.Length];
                Array.Copy(_rbuf, _rpos, all, 0, avail);
                rest.CopyTo(all, avail);
                _rpos = _rend = 0;
                return all;
            }
            if (n <= avail)
            {
                var r = _rbuf.AsSpan(_rpos, (int)n).ToArray();
                _rpos += (int)n;
                return r;
            }
            var result = new byte[n];
            Array.Copy(_rbuf, _rpos, result, 0, avail);
            int got = avail;
            _rpos = _rend = 0;
            while (got < n)
            {
                int want = (int)n - got;
                int k;
                if (want >= _bufferSize)
                {
                    k = RawRead(ts, result, got, want);
                    if (k <= 0) { if (k < 0 && got == 0) return null; break; }
                    got += k;
                    continue;
                }
                k = Fill(ts);
                if (k <= 0) { if (k < 0 && got == 0) return null; break; }
                int take = Math.Min(k, want);
                Array.Copy(_rbuf, 0, result, got, take);
                _rpos = take;
                got += take;
            }
            return got == n ? result : result[..got];
        }
        finally { Leave(); }
    }

    private byte[] ReadAllByChunks(ThreadState ts)
    {
        var ms = new MemoryStream();
        var chunk = new byte[_bufferSize];
        while (true)
        {
            int k = RawRead(ts, chunk, 0, chunk.Length);
            if (k <= 0) break;
            ms.Write(chunk, 0, k);
        }
        return ms.ToArray();
    }

    /// <summary>read1(n): at most one raw read; n &lt; 0 means up to the buffer size.</summary>
    public byte[] Read1(ThreadState ts, long n)
    {
        Enter(ts);
        try
        {
            PrepareRead(ts, "read of closed file");
            if (n < 0) n = _bufferSize;
            if (n == 0) return [];
            if (_rend == _rpos)
            {
                if (n > _bufferSize)
                {
                    var direct = new byte[n];
                    int k0 = RawRead(ts, direct, 0, (int)n);
                    return k0 <= 0 ? [] : direct[..k0];
                }
                if (Fill(ts) <= 0) return [];
            }
            int take = (int)Math.Min(n, _rend - _rpos);
            var r = _rbuf.AsSpan(_rpos, take).ToArray();
            _rpos += take;
            return r;
        }
        finally { Leave(); }
    }

    public byte[] Peek(ThreadState ts)
    {
        Enter(ts);
        try
        {
            PrepareRead(ts, "peek of closed file");
            if (_rend == _rpos) Fill(ts);
            return _rbuf.AsSpan(_rpos, _rend - _rpos).ToArray();
        }
        finally { Leave(); }
    }

    public byte[] ReadLine(ThreadState ts, long limit)
    {
        Enter(ts);
        try
        {
            PrepareRead(ts, "readline of closed file");
            // Fast path: the whole line is in the buffer.
            int avail = _rend - _rpos;
            int scan = limit >= 0 ? (int)Math.Min(limit, avail) : avail;
            int idx = Array.IndexOf(_rbuf, (byte)'\n', _rpos, scan);
            if (idx >= 0 || (limit >= 0 && scan == limit))
            {
                int len = idx >= 0 ? idx - _rpos + 1 : scan;
                var r = _rbuf.AsSpan(_rpos, len).ToArray();
                _rpos += len;
                return r;
            }
            var ms = new MemoryStream();
            ms.Write(_rbuf, _rpos, avail);
            _rpos = _rend = 0;
            while (limit < 0 || ms.Length < limit)
            {
                if (Fill(ts) <= 0) break;
                int room = limit >= 0 ? (int)Math.Min(limit - ms.Length, _rend) : _rend;
                int nl = Array.IndexOf(_rbuf, (byte)'\n', 0, room);
                int take = nl >= 0 ? nl + 1 : room;
                ms.Write(_rbuf, 0, take);
                _rpos = take;
                if (nl >= 0) break;
            }
            return ms.ToArray();
        }
        finally { Leave(); }
    }

    // ------------------------------------------------------------ positioning

    public long Tell(ThreadState ts)
    {
        long pos = RawTell(ts) - (_rend - _rpos) + _w.Length;
        return pos < 0 ? 0 : pos;
    }

    public long Seek(ThreadState ts, long pos, int whence)
    {
        if (whence is < 0 or > 2) throw PyErr.ValueError($"whence value {whence} unsupported");
        Enter(ts);
        try
        {
            CheckClosed(ts, "seek of closed file");
            if (whence != 2 && _w.Length == 0 && _rend > _rpos)
            {
                // Inside the read buffer: move within it without a raw seek.
                long current = RawTell(ts) - (_rend - _rpos);
                long target = whence == 0 ? pos : current + pos;
                long bufStart = current - _rpos;
                if (target >= bufStart && target <= bufStart + _rend)
                {
                    _rpos = (int)(target - bufStart);
                    return target;
                }
            }
            if (_writable) FlushUnlocked(ts);
            if (whence == 1) pos -= _rend - _rpos;
            _rpos = _rend = 0;
            return RawSeek(ts, pos, whence);
        }
        finally { Leave(); }
    }

    public long Truncate(ThreadState ts, PyObject? posArg)
    {
        Enter(ts);
        try
        {
            CheckClosed(ts, "truncate of closed file");
            if (!_writable) throw IoErrors.Unsupported("truncate");
            FlushUnlocked(ts);
            long logical = RawTell(ts) - (_rend - _rpos);
            if (_rend > _rpos) DropReadAhead(ts);
            _rpos = _rend = 0;
            long size = posArg == null || posArg is PyNone ? logical : IntArg(ts, posArg);
            if (_fastRaw != null) return _fastRaw.Truncate(ts, size);
            return Ops.IndexAsLong(ts, Ops.CallMethod(ts, RawObj, "truncate", PyInt.From(size)));
        }
        finally { Leave(); }
    }

    public void Close(ThreadState ts)
    {
        Enter(ts);
        PyException? error = null;
        try
        {
            if (RawClosed(ts)) return;
            try
            {
                if (_writable) FlushUnlocked(ts);
            }
            catch (PyException e) { error = e; }
            try
            {
                if (_fastRaw != null) _fastRaw.Close(ts);
                else Ops.CallMethod(ts, RawObj, Names.close);
            }
            catch (PyException e)
            {
                if (error != null) e.Value.Context ??= error.Value;
                error = e;
            }
            _rpos = _rend = 0;
        }
        finally { Leave(); }
        if (error != null) throw error;
    }

    /// <summary>Pending write bytes (for interpreter shutdown and for flushing before a read of the same file).</summary>
    public bool HasPendingWrites => _w.Length > 0;

    /// <summary>The close-on-collect object of the raw FileIO under this buffer (exact types only), for a TextIOWrapper to join.</summary>
    internal IoCloseOnCollect? CloseOnCollect => !_detached && _fastRaw != null && ReferenceEquals(_raw, _fastRaw) ? _fastRaw.CloseOnCollect : null;

    /// <summary>Whether read-ahead is buffered (the raw position is past the logical one).</summary>
    internal bool HasReadAhead => _rend > _rpos;

    /// <summary>Moves the raw position back to the logical one, for a text layer about to buffer writes: its
    /// pending bytes may be written straight to the raw file at collect time.</summary>
    internal void DropReadAheadLocked(ThreadState ts)
    {
        Enter(ts);
        try
        {
            if (_rend > _rpos && !RawClosed(ts)) DropReadAhead(ts);
        }
        finally { Leave(); }
    }

    // ------------------------------------------------------------ the Python types

    private static PyBuffered Self(PyObject o) => (PyBuffered)o;

    internal static void Init()
    {
        foreach (var t in new[] { ReaderType, WriterType, RandomType })
        {
            var type = t;
            t.InstanceFactory = cls => new PyBuffered(cls);
            t.SetNew(NewBare);
            t.TpInit = (ts, self, a, kw) =>
            {
                var p = Args.Parse(type.Name, a, kw, ["raw", "buffer_size"], 1);
                long size = p[1] == null ? DefaultBufferSize : IntArg(ts, p[1]!);
                if (size <= 0) throw PyErr.ValueError("buffer size must be strictly positive");
                Self(self).Setup(ts, p[0]!, (int)Math.Min(size, int.MaxValue / 2));
            };
            t.AddMethod("seek", (ts, self, a, kw) =>
            {
                var p = Args.Parse("seek", a, kw, ["target", "whence"], 1, posOnly: 2);
                if (p[0] is PyFloat) throw PyErr.TypeError("an integer is required");
                return PyInt.From(Self(self).Seek(ts, IntArg(ts, p[0]!), p[1] == null ? 0 : (int)IntArg(ts, p[1]!)));
            });
            t.AddMethod("tell", (ts, self, a, kw) => PyInt.From(Self(self).Tell(ts)));
            t.AddMethod("truncate", (ts, self, a, kw) =>
            {
                var p = Args.Parse("truncate", a, kw, ["pos"], 0, posOnly: 1);
                return PyInt.From(Self(self).Truncate(ts, p[0]));
            });
            t.AddMethod("flush", (ts, self, a, kw) => { Self(self).Flush(ts); return PyNone.Value; });
            t.AddMethod("close", (ts, self, a, kw) => { Self(self).Close(ts); return PyNone.Value; });
            t.AddMethod("detach", (ts, self, a, kw) =>
            {
                var b = Self(self);
                Ops.CallMethod(ts, self, Names.flush);
                var raw = b.RawObj;
                b._detached = true;
                return raw;
            });
            t.AddMethod("seekable", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).RawObj, "seekable"));
            t.AddMethod("fileno", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).RawObj, "fileno"));
            t.AddMethod("isatty", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).RawObj, "isatty"));
            t.AddMethod("_dealloc_warn", (ts, self, a, kw) => PyNone.Value);
            t.AddGetSet("raw", (ts, o) => Self(o).RawObj);
            t.AddGetSet("closed", (ts, o) => Self(o)._fastRaw is { } f && ReferenceEquals(f, Self(o)._raw) && !Self(o)._detached
                ? PyBool.From(f.IsClosedRaw) : Ops.GetAttr(ts, Self(o).RawObj, "closed"));
            t.AddGetSet("name", (ts, o) => Ops.GetAttr(ts, Self(o).RawObj, "name"));
            t.AddGetSet("mode", (ts, o) => Ops.GetAttr(ts, Self(o).RawObj, "mode"));
            t.TpRepr = (ts, o) =>
            {
                var tn = PyFileIO.TpName(o.ObType);
                PyObject? name = null;
                try { Ops.TryGetAttr(ts, o, PyStr.From("name"), out name); }
                catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.ValueError) || e.Value.ObType.IsSubtype(PyExc.AttributeError)) { }
                return PyStr.From(name == null ? $"<{tn}>" : $"<{tn} name={Ops.ReprString(ts, name)}>");
            };
        }
        foreach (var t in new[] { ReaderType, RandomType })
        {
            t.AddMethod("read", (ts, self, a, kw) =>
            {
                var p = Args.Parse("read", a, kw, ["size"], 0, posOnly: 1);
                var r = Self(self).Read(ts, SizeArg(ts, p[0]));
                return r == null ? PyNone.Value : new PyBytes(r);
            });
            t.AddMethod("read1", (ts, self, a, kw) =>
            {
                var p = Args.Parse("read1", a, kw, ["size"], 0, posOnly: 1);
                return new PyBytes(Self(self).Read1(ts, SizeArg(ts, p[0])));
            });
            t.AddMethod("readinto", (ts, self, a, kw) =>
            {
                Args.Exact("readinto", a, kw, 1);
                var r = Self(self).Read(ts, Ops.Length(ts, a[0])) ?? [];
                StoreInto(ts, a[0], r);
                return PyInt.From(r.Length);
            });
            t.AddMethod("readinto1", (ts, self, a, kw) =>
            {
                Args.Exact("readinto1", a, kw, 1);
                var r = Self(self).Read1(ts, Ops.Length(ts, a[0]));
                StoreInto(ts, a[0], r);
                return PyInt.From(r.Length);
            });
            t.AddMethod("peek", (ts, self, a, kw) =>
            {
                Args.Range("peek", a, kw, 0, 1);
                return new PyBytes(Self(self).Peek(ts));
            });
            t.AddMethod("readline", (ts, self, a, kw) =>
            {
                var p = Args.Parse("readline", a, kw, ["size"], 0, posOnly: 1);
                return new PyBytes(Self(self).ReadLine(ts, SizeArg(ts, p[0])));
            });
            t.AddMethod("readable", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).RawObj, "readable"));
            t.TpIterNext = (ts, o) =>
            {
                var line = PyType.IsExact(o, o.ObType) && !o.ObType.IsHeapType
                    ? new PyBytes(Self(o).ReadLine(ts, -1))
                    : Ops.CallMethod(ts, o, Names.readline);
                return LineLength(ts, line) == 0 ? null : line;
            };
        }
        foreach (var t in new[] { WriterType, RandomType })
        {
            t.AddMethod("write", (ts, self, a, kw) =>
            {
                Args.Exact("write", a, kw, 1);
                var data = BytesLike(ts, a[0]);
                return PyInt.From(Self(self).Write(ts, data, 0, data.Length));
            });
            t.AddMethod("writable", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).RawObj, "writable"));
        }
    }
}
