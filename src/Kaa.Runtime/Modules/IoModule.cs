using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _io module (Modules/_io/_iomodule.c): open(), the I/O class hierarchy, DEFAULT_BUFFER_SIZE,
/// UnsupportedOperation; the standard streams for sys; and the provisional <c>io</c> alias used until
/// the standard library's io.py is importable. Per interpreter it keeps long weak references to the
/// close-on-collect objects of the files opened for writing (<see cref="IoCloseOnCollect"/>), so that
/// pending writes reach the file at shutdown (.NET runs no finalizers at exit) and before the same file
/// is opened again, whether or not the file objects are still reachable.
/// </summary>
public static class IoModule
{
    /// <summary>Per-interpreter state: long weak references (valid until finalized) to the close-on-collect objects.</summary>
    public sealed class State
    {
        internal readonly List<WeakReference> OpenWriters = new();
        internal int PruneAt = 64;
    }

    public static readonly BuiltinModuleDef Definition = new() { Name = "_io", Exec = Exec };

    /// <summary>`io` before the standard library can be imported: the same objects under their public names.</summary>
    public static readonly BuiltinModuleDef AliasDefinition = new() { Name = "io", Exec = ExecAlias };

    private static State StateOf(ThreadState ts)
    {
        var states = ts.Interp.ModuleStates;
        lock (states)
        {
            if (!states.TryGetValue(Definition, out var s)) states[Definition] = s = new State();
            return (State)s;
        }
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n"));
        m.Set("DEFAULT_BUFFER_SIZE", PyInt.From(PyIOBase.DefaultBufferSize));
        m.Set("UnsupportedOperation", IoErrors.UnsupportedOperation);
        m.Set("BlockingIOError", PyExc.BlockingIOError);
        foreach (var t in Types) m.Set(t.Name, t);
        m.Set("open", OpenFunction(ts, m));
        m.Set("open_code", new PyBuiltinFunction("open_code", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("open_code", a, kw, ["path"], 1);
            if (p[0] is not PyStr) throw PyErr.TypeError($"open_code() argument 'path' must be str, not {PyErr.ArgTypeName(p[0]!)}");
            return Open(ts2, p[0]!, "rb", -1, null, null, PyNone.Value, true, null);
        }, m));
        m.Set("text_encoding", new PyBuiltinFunction("text_encoding", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("text_encoding", a, kw, ["encoding", "stacklevel"], 1, posOnly: 2);
            return p[0] is PyNone ? PyStr.From("utf-8") : p[0]!;
        }, m));
    }

    private static void ExecAlias(ThreadState ts, PyModule m)
    {
        Exec(ts, m);
        m.Set("IOBase", PyIOBase.IOBaseType);
        m.Set("RawIOBase", PyIOBase.RawIOBaseType);
        m.Set("BufferedIOBase", PyIOBase.BufferedIOBaseType);
        m.Set("TextIOBase", PyIOBase.TextIOBaseType);
        m.Set("SEEK_SET", PyInt.Zero);
        m.Set("SEEK_CUR", PyInt.One);
        m.Set("SEEK_END", PyInt.From(2));
    }

    /// <summary>The I/O types, bases first (also the registration order for <see cref="ExtraTypeInits"/>).</summary>
    public static IEnumerable<PyType> Types =>
    [
        PyIOBase.IOBaseType, PyIOBase.RawIOBaseType, PyIOBase.BufferedIOBaseType, PyIOBase.TextIOBaseType,
        PyFileIO.TypeObject, PyBytesIO.TypeObject, PyStringIO.TypeObject, PyBuffered.ReaderType, PyBuffered.WriterType,
        PyBuffered.RandomType, PyBufferedRWPair.TypeObject, PyTextIOWrapper.TypeObject, PyIncrementalNewlineDecoder.TypeObject,
    ];

    /// <summary>Initializes the I/O types' slots and methods (one entry in <see cref="ExtraTypeInits"/>).</summary>
    public static void InitTypes()
    {
        IoErrors.Init();
        PyIOBase.InitBaseTypes();
        PyFileIO.Init();
        PyBytesIO.Init();
        PyStringIO.Init();
        PyBuffered.Init();
        PyBufferedRWPair.Init();
        PyTextIOWrapper.Init();
        PyIncrementalNewlineDecoder.Init();
    }

    /// <summary>builtins.open and io.open are one object, as in CPython.</summary>
    private static PyObject OpenFunction(ThreadState ts, PyModule m)
        => ts.Interp.Builtins?.Dict.GetStr("open") is PyBuiltinFunction { Name: "open", Func: { } f } existing && f == (BuiltinFunc)OpenBuiltin
            ? existing
            : new PyBuiltinFunction("open", OpenBuiltin, m);

    /// <summary>A fresh open() function object for the builtins module.</summary>
    public static PyBuiltinFunction CreateOpen(PyModule builtins) => new("open", OpenBuiltin, builtins);

    public static PyObject OpenBuiltin(ThreadState ts, PyModule? module, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("open", a, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        string mode = p[1] == null ? "r" : p[1] is PyStr ms ? ms.Value : throw PyErr.TypeError($"open() argument 'mode' must be str, not {PyErr.ArgTypeName(p[1]!)}");
        long buffering = p[2] == null ? -1 : PyIOBase.IntArg(ts, p[2]!);
        string? encoding = OptStr(p[3], "encoding");
        string? errors = OptStr(p[4], "errors");
        if (p[5] != null && p[5] is not PyNone and not PyStr)
            throw PyErr.TypeError($"open() argument 'newline' must be str or None, not {p[5]!.ObType.Name}");
        bool closefd = p[6] == null || Ops.IsTrue(ts, p[6]!);
        return Open(ts, p[0]!, mode, buffering, encoding, errors, p[5] ?? PyNone.Value, closefd, p[7]);
    }

    private static string? OptStr(PyObject? o, string name)
    {
        if (o == null || o is PyNone) return null;
        return o is PyStr s ? s.Value : throw PyErr.TypeError($"open() argument '{name}' must be str or None, not {o.ObType.Name}");
    }

    /// <summary>io.open (CPython's _io_open_impl), with CPython's checks and messages.</summary>
    public static PyObject Open(ThreadState ts, PyObject file, string mode, long buffering, string? encoding, string? errors,
        PyObject newline, bool closefd, PyObject? opener)
    {
        if (file is not PyStr and not PyBytes and not PyInt && file.ObType.Lookup(PyStr.From("__fspath__")) == null)
            throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {file.ObType.Name}");
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        var seen = new HashSet<char>();
        foreach (char c in mode)
        {
            if ("xrwabt+".IndexOf(c) < 0 || !seen.Add(c)) throw PyErr.ValueError($"invalid mode: '{mode}'");
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        if (text && binary) throw PyErr.ValueError("can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) throw PyErr.ValueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding != null) throw PyErr.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw PyErr.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline is not PyNone) throw PyErr.ValueError("binary mode doesn't take a newline argument");
        if (!binary)
        {
            if (newline is PyStr nl && nl.Value is not ("" or "\n" or "\r" or "\r\n")) throw PyErr.ValueError($"illegal newline value: {nl.Value}");
            if (encoding != null) TextCodec.Lookup(ts, encoding);
        }
        string rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");

        var state = StateOf(ts);
        if (file is PyStr ps) FlushWritersTo(ts, state, ps.Value);

        var raw = new PyFileIO(PyFileIO.TypeObject);
        raw.Open(ts, file, rawMode, closefd, opener);
        try
        {
            bool lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && raw.IsATty()))
            {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) buffering = PyIOBase.DefaultBufferSize;
            if (buffering == 0)
            {
                if (binary) return raw;
                throw PyErr.ValueError("can't have unbuffered text I/O");
            }
            var btype = updating ? PyBuffered.RandomType : creating || writing || appending ? PyBuffered.WriterType : PyBuffered.ReaderType;
            var buffer = PyBuffered.Create(ts, btype, raw, (int)Math.Min(buffering, int.MaxValue / 2));
            if (binary) return buffer;
            var wrapper = PyTextIOWrapper.Create(ts, buffer, encoding, errors, newline, lineBuffering, false);
            wrapper.Dict!.SetItemStr(PyStr.From("mode"), PyStr.From(mode));
            return wrapper;
        }
        catch
        {
            try { raw.Close(ts); } catch (PyException) { }
            throw;
        }
    }

    /// <summary>Registers a writable FileIO's close-on-collect object with the interpreter; returns it.</summary>
    internal static IoCloseOnCollect TrackCloseOnCollect(ThreadState ts, IoCloseOnCollect c)
    {
        var state = StateOf(ts);
        var list = state.OpenWriters;
        lock (list)
        {
            if (list.Count >= state.PruneAt)
            {
                list.RemoveAll(w => w.Target is not IoCloseOnCollect { IsClosed: false });
                state.PruneAt = Math.Max(64, list.Count * 2);
            }
            list.Add(new WeakReference(c, trackResurrection: true));
        }
        return c;
    }

    private static IoCloseOnCollect[] Live(State state)
    {
        lock (state.OpenWriters)
        {
            var r = new List<IoCloseOnCollect>(state.OpenWriters.Count);
            foreach (var w in state.OpenWriters)
                if (w.Target is IoCloseOnCollect { IsClosed: false } c) r.Add(c);
            return r.ToArray();
        }
    }

    /// <summary>CPython closes a file as soon as its last reference goes; Kaa cannot know that, so writes
    /// still buffered for a path (by a live file object or one waiting for its finalizer) are flushed
    /// before the same path is opened again (so reads see them and a new writer is not overwritten later).</summary>
    private static void FlushWritersTo(ThreadState ts, State state, string path)
    {
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception) { return; }
        foreach (var c in Live(state))
            if (c.FullPath == full) c.FlushPending(ts);
    }

    /// <summary>
    /// Interpreter shutdown: flushes every file opened for writing that is still open, reachable or not,
    /// then sys.stdout and sys.stderr (CPython's flush_std_files). Call after the atexit callbacks have run.
    /// </summary>
    public static void FlushAtExit(ThreadState ts)
    {
        FlushOpenWriters(ts);
        FlushStdStreams(ts);
    }

    /// <summary>Writes what every file opened for writing and still open (reachable or not) has buffered:
    /// CPython closes such files when finalization frees them; <c>open(p, 'w').write(s)</c> relies on it.</summary>
    public static void FlushOpenWriters(ThreadState ts)
    {
        foreach (var c in Live(StateOf(ts))) c.FlushPending(ts);
    }

    /// <summary>sys.stdout.flush() and sys.stderr.flush(), ignoring errors.</summary>
    public static void FlushStdStreams(ThreadState ts)
    {
        foreach (var name in new[] { "stdout", "stderr" })
        {
            var s = ts.Interp.Sys?.Dict.GetStr(name);
            if (s == null || s is PyNone) continue;
            try
            {
                if (s is PyTextIOWrapper t && !s.ObType.IsHeapType) t.FlushQuietly(ts);
                else Ops.CallMethod(ts, s, Names.flush);
            }
            catch (PyException)
            {
            }
        }
    }

    /// <summary>
    /// sys.stdin, sys.stdout and sys.stderr as CPython builds them (create_stdio): TextIOWrapper over a
    /// buffered FileIO over the host's streams; stdout line-buffered on a tty, block-buffered otherwise,
    /// write-through with -u; stderr line-buffered with errors='backslashreplace'.
    /// </summary>
    public static (PyTextIOWrapper Stdin, PyTextIOWrapper Stdout, PyTextIOWrapper Stderr) CreateStdStreams(ThreadState ts, RuntimeConfig cfg)
    {
        var nl = PyStr.From("\n");
        var inRaw = PyFileIO.ForStream(cfg.Stdin ?? Stream.Null, PyStr.From("<stdin>"), 0, readable: true, writable: false);
        var stdin = PyTextIOWrapper.Create(ts, PyBuffered.Create(ts, PyBuffered.ReaderType, inRaw, PyIOBase.DefaultBufferSize),
            "utf-8", "strict", nl, lineBuffering: inRaw.IsATty(), writeThrough: false);
        stdin.Dict!.SetItemStr(PyStr.From("mode"), PyStr.From("r"));
        PyTextIOWrapper Out(Stream? s, string name, int fd, string errors)
        {
            var raw = PyFileIO.ForStream(s ?? Stream.Null, PyStr.From(name), fd, readable: false, writable: true);
            // With -u the text layer writes straight to the raw stream, as CPython does (buffering=0).
            PyObject buffer = cfg.Unbuffered ? raw : PyBuffered.Create(ts, PyBuffered.WriterType, raw, PyIOBase.DefaultBufferSize);
            bool line = !cfg.Unbuffered && (fd == 2 || raw.IsATty());
            var w = PyTextIOWrapper.Create(ts, buffer, "utf-8", errors, nl, line, writeThrough: cfg.Unbuffered);
            w.Dict!.SetItemStr(PyStr.From("mode"), PyStr.From("w"));
            return w;
        }
        return (stdin, Out(cfg.Stdout, "<stdout>", 1, "strict"), Out(cfg.Stderr, "<stderr>", 2, "backslashreplace"));
    }
}
