using System.Runtime.InteropServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _io.FileIO: raw, unbuffered binary I/O over an OS file (Modules/_io/fileio.c). Backed on Linux by
/// an <see cref="IoFdStream"/> (read/write/lseek on the fd, so the kernel's file offset is shared with
/// other users of the fd), elsewhere by an unbuffered <see cref="FileStream"/>, or by any .NET
/// <see cref="Stream"/> the host supplies for the standard streams. Every call that can block runs with the GIL released (DESIGN §3).
/// </summary>
public sealed partial class PyFileIO : PyIOBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("FileIO", RawIOBaseType, "_io");

    private Stream? _stream;
    private int _fd = -1;
    private bool _readable, _writable, _appending, _created, _truncating, _closefd = true;
    private bool _ownsStream = true;
    /// <summary>Streams shared with the host (console, a MemoryStream in tests) are locked around each call, since interpreters with their own GILs may use them at once.</summary>
    private bool _shared;
    private bool? _isatty;
    /// <summary>The full path this object opened (for flushing writers to the same file before a read).</summary>
    internal string? FullPath;
    /// <summary>For a file opened for writing: writes the buffers stacked on this object and closes the fd
    /// if it is collected unclosed (there is no reference count to close it when the last reference goes).</summary>
    internal IoCloseOnCollect? CloseOnCollect;

    public PyFileIO(PyType type) : base(type) { }

    protected override bool? KnownClosed => _stream == null;

    public bool IsClosedRaw => _stream == null;
    public bool Readable => _readable;
    public bool Writable => _writable;

    /// <summary>A FileIO over a host stream (sys.stdin/stdout/stderr): closefd=False, the given fd and name.</summary>
    public static PyFileIO ForStream(Stream stream, PyObject name, int fd, bool readable, bool writable)
    {
        var f = new PyFileIO(TypeObject)
        {
            _stream = stream, _fd = fd, _readable = readable, _writable = writable, _closefd = false, _ownsStream = false,
            _shared = stream is not FileStream,
        };
        f.Dict!.SetItemStr(PyStr.From("name"), name);
        return f;
    }

    public string ModeString
    {
        get
        {
            if (_created) return _readable ? "xb+" : "xb";
            if (_appending) return _readable ? "ab+" : "ab";
            if (_readable) return _writable ? "rb+" : "rb";
            return "wb";
        }
    }

    private Stream S => _stream ?? throw IoErrors.ClosedNoPeriod();

    private bool Blocking => _stream is not MemoryStream and not UnmanagedMemoryStream;

    // ------------------------------------------------------------ opening

    internal void Open(ThreadState ts, PyObject file, string mode, bool closefd, PyObject? opener)
    {
        if (_stream != null)
        {
            CloseOnCollect?.MarkClosed();
            CloseOnCollect = null;
            if (_closefd) _stream.Dispose();
            _stream = null;
        }
        bool rwa = false, plus = false;
        _readable = _writable = _appending = _created = _truncating = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x': if (rwa) goto bad; rwa = true; _created = true; _writable = true; break;
                case 'r': if (rwa) goto bad; rwa = true; _readable = true; break;
                case 'w': if (rwa) goto bad; rwa = true; _writable = true; _truncating = true; break;
                case 'a': if (rwa) goto bad; rwa = true; _writable = true; _appending = true; break;
                case 'b': break;
                case '+': if (plus) goto bad; _readable = _writable = true; plus = true; break;
                default: throw PyErr.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa) goto bad;

        long fd = -1;
        string? path = null;
        if (file is PyInt fi)
        {
            fd = Ops.IndexAsLong(ts, fi);
            if (fd < 0) throw PyErr.ValueError("negative file descriptor");
        }
        else
        {
            path = FsPath(ts, file);
            if (!closefd) throw PyErr.ValueError("Cannot use closefd=False with file name");
        }
        _closefd = closefd;
        Dict!.SetItemStr(PyStr.From("name"), file);

        if (path != null && opener != null && opener is not PyNone)
        {
            var r = Ops.Call(ts, opener, file, PyInt.From(OsFlags()));
            if (r is not PyInt) throw PyErr.TypeError("expected integer from opener");
            fd = Ops.IndexAsLong(ts, r);
            if (fd < 0) throw PyErr.ValueError($"opener returned {fd}");
            path = null;
        }

        if (path != null)
        {
            FullPath = Path.GetFullPath(path);
            if (Directory.Exists(path)) throw IoErrors.OSError(IoErrors.EISDIR, file);
            var fm = _created ? FileMode.CreateNew : _appending ? FileMode.OpenOrCreate : mode.Contains('w') ? FileMode.Create : FileMode.Open;
            var access = _readable && _writable ? FileAccess.ReadWrite : _readable ? FileAccess.Read : FileAccess.Write;
            if (PosixModule.NativeStat)
            {
                // open(2) as CPython does: .NET's own open takes an advisory flock on every file, which
                // would make fcntl.flock() on two files of the same path block each other.
                if (path.Contains('\0')) throw PyErr.ValueError("embedded null byte");
                int flags = OsFlags();
                var encoded = PosixModule.FsEncode(path);
                int errno = 0;
                int newFd = ts.WithoutGil(() => IoFdStream.OpenPath(encoded, flags, out errno));
                if (newFd < 0) throw IoErrors.OSError(errno, file);
                _stream = new IoFdStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(newFd, ownsHandle: true), _readable, _writable);
                _fd = newFd;
            }
            else try
            {
                _stream = ts.WithoutGil<Stream>(() => new FileStream(path, fm, access, FileShare.ReadWrite | FileShare.Delete, 0));
            }
            catch (IOException e) when (_created && File.Exists(path) && e is not FileNotFoundException)
            {
                throw IoErrors.OSError(IoErrors.EEXIST, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                if (e is ArgumentException)
                {
                    if (path.Contains('\0')) throw PyErr.ValueError("embedded null byte");
                    throw IoErrors.OSError(IoErrors.ENOENT, file);
                }
                throw IoErrors.FromDotnet(e, file, path);
            }
            if (_appending) _stream.Seek(0, SeekOrigin.End);
        }
        else
        {
            var access = _readable && _writable ? FileAccess.ReadWrite : _readable ? FileAccess.Read : FileAccess.Write;
            try
            {
                var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)fd, ownsHandle: closefd);
                if (handle.IsInvalid) throw IoErrors.OSError(IoErrors.EBADF);
                if (PosixModule.NativeStat)
                {
                    if (!IoFdStream.IsValidFd((int)fd))
                    {
                        // Not ours to close later: the number may be reused by then.
                        handle.SetHandleAsInvalid();
                        throw IoErrors.OSError(IoErrors.EBADF);
                    }
                    _stream = new IoFdStream(handle, _readable, _writable);
                }
                else _stream = new FileStream(handle, access, 0);
                _fd = (int)fd;
                if (_appending && _stream.CanSeek) _stream.Seek(0, SeekOrigin.End);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw IoErrors.OSError(IoErrors.EBADF);
            }
        }
        if (_writable && _stream is FileStream or IoFdStream)
            CloseOnCollect = IoModule.TrackCloseOnCollect(ts, new IoCloseOnCollect(_stream, _appending, _closefd, _fd, path != null ? FullPath : null));
        return;
    bad:
        throw PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /// <summary>The os.O_* flags CPython passes to an opener (Linux values).</summary>
    private int OsFlags()
    {
        int flags = _readable && _writable ? 2 : _readable ? 0 : 1;
        if (_created) flags |= 64 | 128;
        else if (_appending) flags |= 64 | 1024;
        else if (_truncating) flags |= 64 | 512;
        return flags | 0x80000;
    }

    /// <summary>os.fspath for file names: str, bytes (decoded with surrogateescape) or an os.PathLike.</summary>
    public static string FsPath(ThreadState ts, PyObject file)
    {
        if (file is PyStr s)
        {
            if (s.Value.Contains('\0')) throw PyErr.ValueError("embedded null byte");  // PyUnicode_FSConverter
            return s.Value;
        }
        if (file is PyBytes b)
        {
            if (Array.IndexOf(b.Value, (byte)0) >= 0) throw PyErr.ValueError("embedded null byte");
            bool? be = null;
            return TextCodec.Lookup(ts, "utf-8").Decode(ts, b.Value, "surrogateescape", true, out _, ref be, false);
        }
        var fspath = file.ObType.Lookup(PyStr.From("__fspath__"));
        if (fspath != null)
        {
            var r = Ops.CallUnbound(ts, fspath, file, []);
            if (r is PyStr or PyBytes) return FsPath(ts, r);
            throw PyErr.TypeError($"expected {file.ObType.Name}.__fspath__() to return str or bytes, not {r.ObType.Name}");
        }
        throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {file.ObType.Name}");
    }

    // ------------------------------------------------------------ I/O primitives (used directly by BufferedReader/Writer)

    private T Io<T>(ThreadState ts, Func<Stream, T> op)
    {
        var s = S;
        try
        {
            if (!Blocking) return _shared ? LockedOp(s, op) : op(s);
            return ts.WithoutGil(() => _shared ? LockedOp(s, op) : op(s));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            throw IoErrors.FromDotnet(e);
        }
    }

    private static T LockedOp<T>(Stream s, Func<Stream, T> op) { lock (s) return op(s); }

    /// <summary>One read call of at most count bytes into buf[offset..]; 0 at end of file.</summary>
    public int ReadInto(ThreadState ts, byte[] buf, int offset, int count)
    {
        if (!_readable) throw IoErrors.Unsupported(_stream == null ? "I/O operation on closed file" : "File not open for reading");
        if (count == 0) return 0;
        return Io(ts, s => s.Read(buf, offset, count));
    }

    public byte[] ReadAll(ThreadState ts)
    {
        if (_stream == null) throw IoErrors.ClosedNoPeriod();
        if (!_readable) throw IoErrors.Unsupported("File not open for reading");
        return Io(ts, s =>
        {
            var ms = new MemoryStream();
            if (s.CanSeek)
            {
                long left = s.Length - s.Position;
                if (left > 0) ms.Capacity = (int)Math.Min(left + 1, int.MaxValue - 64);
            }
            s.CopyTo(ms, 65536);
            return ms.ToArray();
        });
    }

    public int Write(ThreadState ts, byte[] data, int offset, int count)
    {
        if (_stream == null) throw IoErrors.ClosedNoPeriod();
        if (!_writable) throw IoErrors.Unsupported("File not open for writing");
        if (count == 0) return 0;
        return Io(ts, s =>
        {
            if (_appending && s.CanSeek) s.Seek(0, SeekOrigin.End);
            s.Write(data, offset, count);
            if (_shared) s.Flush();
            return count;
        });
    }

    public long Seek(ThreadState ts, long pos, int whence)
    {
        var s = S;
        if (!s.CanSeek) throw IoErrors.OSError(IoErrors.ESPIPE);
        if (whence is < 0 or > 2) throw IoErrors.OSError(IoErrors.EINVAL);
        long target = whence switch { 0 => pos, 1 => s.Position + pos, _ => s.Length + pos };
        if (target < 0) throw IoErrors.OSError(IoErrors.EINVAL);
        return Io(ts, st => st.Seek(target, SeekOrigin.Begin));
    }

    public long Tell(ThreadState ts)
    {
        var s = S;
        if (!s.CanSeek) throw IoErrors.OSError(IoErrors.ESPIPE);
        return s.Position;
    }

    public bool Seekable
    {
        get
        {
            var s = S;
            return s.CanSeek;
        }
    }

    public long Truncate(ThreadState ts, long size)
    {
        var s = S;
        if (!_writable) throw IoErrors.Unsupported("File not open for writing");
        if (!s.CanSeek) throw IoErrors.OSError(IoErrors.EINVAL);
        Io(ts, st => { st.SetLength(size); return 0; });
        return size;
    }

    public bool IsATty()
    {
        var s = S;
        if (_isatty is { } known) return known;
        bool r = false;
        if (s.GetType().Name.Contains("Console", StringComparison.Ordinal))
            r = _fd switch { 0 => !Console.IsInputRedirected, 1 => !Console.IsOutputRedirected, 2 => !Console.IsErrorRedirected, _ => false };
        else if (s is FileStream or IoFdStream && !OperatingSystem.IsWindows())
        {
            try { r = NativeIsATty(FileNo()) == 1; }
            catch (Exception) { r = false; }
        }
        _isatty = r;
        return r;
    }

    [DllImport("libc", EntryPoint = "isatty")]
    private static extern int NativeIsATty(int fd);

    public int FileNo()
    {
        var s = S;
        if (_fd >= 0) return _fd;
        if (s is IoFdStream ifs) return _fd = ifs.Fd;
        if (s is FileStream fs && !OperatingSystem.IsWindows()) return _fd = (int)fs.SafeFileHandle.DangerousGetHandle();
        throw IoErrors.Unsupported("fileno");
    }

    public void Close(ThreadState ts)
    {
        var s = _stream;
        if (s == null) return;
        CloseOnCollect?.MarkClosed();
        CloseOnCollect = null;
        _stream = null;
        BaseClosed = true;
        if (_closefd && _ownsStream)
        {
            try { s.Dispose(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw IoErrors.FromDotnet(e); }
        }
        else if (s.CanWrite)
        {
            try { s.Flush(); } catch (Exception e) when (e is IOException or ObjectDisposedException) { }
        }
    }

    /// <summary>"_io.FileIO" for the static type, the bare name for Python subclasses (CPython's tp_name).</summary>
    public static string TpName(PyType t) => t.IsHeapType ? t.Name : $"{t.StaticModule}.{t.Name}";

    // ------------------------------------------------------------ the Python type

    private static PyFileIO Self(PyObject o) => (PyFileIO)o;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyFileIO(cls);
        t.SetNew(NewBare);
        t.TpInit = (ts, self, a, kw) =>
        {
            var p = Args.Parse("FileIO", a, kw, ["file", "mode", "closefd", "opener"], 1);
            string mode = p[1] == null ? "r" : p[1] is PyStr ms ? ms.Value : throw PyErr.TypeError($"FileIO() argument 'mode' must be str, not {PyErr.ArgTypeName(p[1]!)}");
            Self(self).Open(ts, p[0]!, mode, p[2] == null || Ops.IsTrue(ts, p[2]!), p[3]);
        };
        t.AddMethod("read", (ts, self, a, kw) =>
        {
            var p = Args.Parse("read", a, kw, ["size"], 0, posOnly: 1);
            var f = Self(self);
            f.CheckOpen();
            long n = SizeArg(ts, p[0]);
            if (n < 0) return new PyBytes(f.ReadAll(ts));
            var buf = new byte[Math.Min(n, int.MaxValue - 64)];
            int got = f.ReadInto(ts, buf, 0, buf.Length);
            return new PyBytes(got == buf.Length ? buf : buf[..got]);
        });
        t.AddMethod("readall", (ts, self, a, kw) => new PyBytes(Self(self).ReadAll(ts)));
        t.AddMethod("readinto", (ts, self, a, kw) =>
        {
            Args.Exact("readinto", a, kw, 1);
            var f = Self(self);
            f.CheckOpen();
            var buf = new byte[Ops.Length(ts, a[0])];
            int got = f.ReadInto(ts, buf, 0, buf.Length);
            StoreInto(ts, a[0], buf.AsSpan(0, got));
            return PyInt.From(got);
        });
        t.AddMethod("write", (ts, self, a, kw) =>
        {
            Args.Exact("write", a, kw, 1);
            var f = Self(self);
            f.CheckOpen();
            var data = BytesLike(ts, a[0]);
            return PyInt.From(f.Write(ts, data, 0, data.Length));
        });
        t.AddMethod("seek", (ts, self, a, kw) =>
        {
            var p = Args.Parse("seek", a, kw, ["pos", "whence"], 1, posOnly: 2);
            var f = Self(self);
            f.CheckOpen();
            if (p[0] is PyFloat) throw PyErr.TypeError("an integer is required");
            return PyInt.From(f.Seek(ts, IntArg(ts, p[0]!), p[1] == null ? 0 : (int)IntArg(ts, p[1]!)));
        });
        t.AddMethod("tell", (ts, self, a, kw) => { Self(self).CheckOpen(); return PyInt.From(Self(self).Tell(ts)); });
        t.AddMethod("truncate", (ts, self, a, kw) =>
        {
            var p = Args.Parse("truncate", a, kw, ["size"], 0, posOnly: 1);
            var f = Self(self);
            f.CheckOpen();
            long size = p[0] == null || p[0] is PyNone ? f.Tell(ts) : IntArg(ts, p[0]!);
            return PyInt.From(f.Truncate(ts, size));
        });
        t.AddMethod("close", (ts, self, a, kw) =>
        {
            var f = Self(self);
            PyException? flushError = null;
            if (self.ObType.IsHeapType && !f.IsClosedRaw)
            {
                try { Ops.CallMethod(ts, self, Names.flush); }
                catch (PyException e) { flushError = e; }
            }
            f.Close(ts);
            if (flushError != null) throw flushError;
            return PyNone.Value;
        });
        t.AddMethod("seekable", (ts, self, a, kw) => { Self(self).CheckOpen(); return PyBool.From(Self(self).Seekable); });
        t.AddMethod("readable", (ts, self, a, kw) => { Self(self).CheckOpen(); return PyBool.From(Self(self)._readable); });
        t.AddMethod("writable", (ts, self, a, kw) => { Self(self).CheckOpen(); return PyBool.From(Self(self)._writable); });
        t.AddMethod("fileno", (ts, self, a, kw) => { Self(self).CheckOpen(); return PyInt.From(Self(self).FileNo()); });
        t.AddMethod("isatty", (ts, self, a, kw) => { Self(self).CheckOpen(); return PyBool.From(Self(self).IsATty()); });
        t.AddMethod("_isatty_open_only", (ts, self, a, kw) => { Self(self).CheckOpen(); return PyBool.From(Self(self).IsATty()); });
        t.AddGetSet("closed", (ts, o) => PyBool.From(Self(o).IsClosedRaw), doc: "True if the file is closed");
        t.AddGetSet("closefd", (ts, o) => PyBool.From(Self(o)._closefd), doc: "True if the file descriptor will be closed by close().");
        t.AddGetSet("mode", (ts, o) => PyStr.From(Self(o).ModeString), doc: "String giving the file mode");
        t.AddGetSet("_blksize", (ts, o) => PyInt.From(DefaultBufferSize));
        t.AddGetSet("_finalizing", (ts, o) => PyBool.False);
        t.TpRepr = (ts, o) =>
        {
            var f = Self(o);
            var tn = TpName(o.ObType);
            if (f.IsClosedRaw) return PyStr.From($"<{tn} [closed]>");
            var name = f.Dict?.GetStr("name");
            var cfd = f._closefd ? "True" : "False";
            if (name == null) return PyStr.From($"<{tn} fd={f._fd} mode='{f.ModeString}' closefd={cfd}>");
            return PyStr.From($"<{tn} name={Ops.ReprString(ts, name)} mode='{f.ModeString}' closefd={cfd}>");
        };
    }

    private void CheckOpen()
    {
        if (_stream == null) throw IoErrors.ClosedNoPeriod();
    }
}
