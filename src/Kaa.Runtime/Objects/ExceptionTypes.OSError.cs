using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>OSError and SyntaxError: the two exceptions whose constructor arguments fill several fields.</summary>
internal static partial class ExceptionTypes
{
    private static void InitOSError(PyType t)
    {
        t.InstanceFactory = cls => new PyOSError(cls);
        InitFunc? osInit = null;
        NewFunc? osNew = null;
        // oserror_use_init: a subclass with its own __init__ (and OSError's __new__) gets its arguments
        // parsed by __init__, so that __new__ ignores whatever extra arguments that __init__ takes.
        bool UseInit(PyType type) => !Equals(type.TpInit, osInit) && Equals(type.TpNew, osNew);
        osNew = (ts, cls, args, kw) =>
        {
            var pos = args[..Positional(args, kw)];
            bool useInit = UseInit(cls);
            if (!useInit)
            {
                if (kw != null && kw.Count > 0) throw PyErr.TypeError($"{cls.TpName}() takes no keyword arguments");
                // OSError(errno, strerror, ...) builds the subclass that errno maps to (FileNotFoundError for 2, ...).
                if (ReferenceEquals(cls, PyExc.OSError) && pos.Length is >= 2 and <= 5
                    && pos[0] is PyInt errno && errno.IsSmall && errno.Small is >= int.MinValue and <= int.MaxValue)
                    cls = IoErrors.TypeForErrno((int)errno.Small);
            }
            var e = (PyOSError)cls.InstanceFactory!(cls);
            if (useInit) e.Args = PyTuple.Empty;
            else InitOSErrorFields(ts, e, pos);
            return e;
        };
        osInit = (ts, self, args, kw) =>
        {
            // Without oserror_use_init, __new__ has done everything.
            if (!UseInit(self.ObType)) return;
            if (kw != null && kw.Count > 0) throw PyErr.TypeError($"{self.ObType.TpName}() takes no keyword arguments");
            InitOSErrorFields(ts, (PyOSError)self, args[..Positional(args, kw)]);
        };
        t.SetNew(osNew);
        t.TpInit = osInit;
        t.TpStr = (ts, o) =>
        {
            // OSError_str tests for NULL, not None: an errno set to None still prints "[Errno None]".
            var e = (PyOSError)o;
            string Or(PyObject? v) => Ops.StrString(ts, v ?? PyNone.Value);
            if (e.Filename != null)
            {
                if (e.Filename2 != null)
                    return PyStr.From($"[Errno {Or(e.Errno)}] {Or(e.StrError)}: {Ops.ReprString(ts, e.Filename)} -> {Ops.ReprString(ts, e.Filename2)}");
                return PyStr.From($"[Errno {Or(e.Errno)}] {Or(e.StrError)}: {Ops.ReprString(ts, e.Filename)}");
            }
            if (e.Errno != null && e.StrError != null) return PyStr.From($"[Errno {Or(e.Errno)}] {Or(e.StrError)}");
            return BaseStr(ts, e);
        };
        ObjectMember<PyOSError>(t, "errno", e => e.Errno, (e, v) => e.Errno = v, "POSIX exception code");
        ObjectMember<PyOSError>(t, "strerror", e => e.StrError, (e, v) => e.StrError = v, "exception strerror");
        ObjectMember<PyOSError>(t, "filename", e => e.Filename, (e, v) => e.Filename = v, "exception filename");
        ObjectMember<PyOSError>(t, "filename2", e => e.Filename2, (e, v) => e.Filename2 = v, "second exception filename");
        // OSError_written_get/set: BlockingIOError's count; unset (-1) reads and deletes as AttributeError.
        t.AddGetSet("characters_written", (ts, o) =>
        {
            var e = (PyOSError)o;
            return e.Written == -1 ? throw PyErr.AttributeError("characters_written") : PyInt.From(e.Written);
        }, (ts, o, v) =>
        {
            var e = (PyOSError)o;
            if (v == null)
            {
                if (e.Written == -1) throw PyErr.AttributeError("characters_written");
                e.Written = -1;
                return;
            }
            e.Written = AsSsizeOrValueError(ts, v);
        });
        // OSError_reduce: args gets back the filenames that __init__ took out of it.
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var e = (PyOSError)self;
            var a = e.Args;
            if (a.Count == 2 && e.Filename != null)
                a = e.Filename2 != null ? new PyTuple([a[0], a[1], e.Filename, PyNone.Value, e.Filename2]) : new PyTuple([a[0], a[1], e.Filename]);
            return Reduce(e, a);
        });
    }

    /// <summary>oserror_parse_args and oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]).</summary>
    private static void InitOSErrorFields(ThreadState ts, PyOSError e, ReadOnlySpan<PyObject> pos)
    {
        var args = ArgsTuple(pos);
        PyObject? errno = null, strerror = null, filename = null, filename2 = null;
        if (pos.Length is >= 2 and <= 5)
        {
            errno = pos[0];
            strerror = pos[1];
            if (pos.Length >= 3) filename = pos[2];
            // pos[3] is winerror, which only Windows uses.
            if (pos.Length == 5) filename2 = pos[4];
        }
        if (filename is not null and not PyNone)
        {
            // BlockingIOError's third argument may be the number of characters written.
            if (ReferenceEquals(e.ObType, PyExc.BlockingIOError) && IsNumber(filename))
                e.Written = AsSsizeOrValueError(ts, filename);
            else
            {
                e.Filename = filename;
                if (filename2 is not null and not PyNone) e.Filename2 = filename2;
                // args keeps (errno, strerror) only, for code that unpacks it.
                args = new PyTuple([pos[0], pos[1]]);
            }
        }
        e.Errno = errno;
        e.StrError = strerror;
        e.Args = args;
    }

    /// <summary>PyNumber_Check: anything with __index__, __int__ or __float__, or a complex.</summary>
    private static bool IsNumber(PyObject o)
    {
        var t = o.ObType;
        return o is PyInt || o is PyFloat || t.NbIndex != null || t.NbInt != null || t.NbFloat != null || t.IsSubtype(BuiltinTypes.Complex);
    }

    /// <summary>PyNumber_AsSsize_t(o, PyExc_ValueError).</summary>
    private static long AsSsizeOrValueError(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        return i.IsSmall ? i.Small : throw PyErr.ValueError($"cannot fit '{o.ObType.Name}' into an index-sized integer");
    }

    private static void InitSyntaxError(PyType t)
    {
        t.InstanceFactory = cls => new PySyntaxError(cls);
        t.TpInit = (ts, self, args, kw) =>
        {
            int npos = Positional(args, kw);
            BaseInitChecked(self, args[..npos], kw);
            var e = (PySyntaxError)self;
            if (npos >= 1) e.Msg = args[0];
            if (npos != 2) return;
            // (filename, lineno, offset, text[, end_lineno[, end_offset[, _metadata]]]), as "OOOO|OOO".
            var info = Ops.ToArray(ts, args[1]);
            if (info.Length < 4) throw PyErr.TypeError($"function takes at least 4 arguments ({info.Length} given)");
            if (info.Length > 7) throw PyErr.TypeError($"function takes at most 7 arguments ({info.Length} given)");
            e.Filename = info[0];
            e.Lineno = info[1];
            e.Offset = info[2];
            e.Text = info[3];
            e.EndLineno = info.Length > 4 ? info[4] : null;
            e.EndOffset = info.Length > 5 ? info[5] : null;
            if (info.Length > 6) e.Metadata = info[6];
            if (e.EndLineno != null && e.EndOffset == null)
                throw PyErr.TypeError("end_offset must be provided when end_lineno is provided");
        };
        t.TpStr = (ts, o) =>
        {
            var e = (PySyntaxError)o;
            var msg = Ops.StrString(ts, e.Msg ?? PyNone.Value);
            // Only the file's base name, and the line only when it is an exact int.
            string? file = null;
            if (e.Filename is PyStr fn)
            {
                int slash = fn.Value.LastIndexOf('/');
                file = slash < 0 ? fn.Value : fn.Value[(slash + 1)..];
            }
            string? line = e.Lineno is PyInt ln && PyType.IsExact(ln, BuiltinTypes.Int) ? (ln.IsSmall ? ln.Small.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-1") : null;
            if (file != null && line != null) return PyStr.From($"{msg} ({file}, line {line})");
            if (file != null) return PyStr.From($"{msg} ({file})");
            if (line != null) return PyStr.From($"{msg} (line {line})");
            return PyStr.From(msg);
        };
        ObjectMember<PySyntaxError>(t, "msg", e => e.Msg, (e, v) => e.Msg = v, "exception msg");
        ObjectMember<PySyntaxError>(t, "filename", e => e.Filename, (e, v) => e.Filename = v, "exception filename");
        ObjectMember<PySyntaxError>(t, "lineno", e => e.Lineno, (e, v) => e.Lineno = v, "exception lineno");
        ObjectMember<PySyntaxError>(t, "offset", e => e.Offset, (e, v) => e.Offset = v, "exception offset");
        ObjectMember<PySyntaxError>(t, "text", e => e.Text, (e, v) => e.Text = v, "exception text");
        ObjectMember<PySyntaxError>(t, "end_lineno", e => e.EndLineno, (e, v) => e.EndLineno = v, "exception end lineno");
        ObjectMember<PySyntaxError>(t, "end_offset", e => e.EndOffset, (e, v) => e.EndOffset = v, "exception end offset");
        ObjectMember<PySyntaxError>(t, "print_file_and_line", e => e.PrintFileAndLine, (e, v) => e.PrintFileAndLine = v, "exception print_file_and_line");
        ObjectMember<PySyntaxError>(t, "_metadata", e => e.Metadata, (e, v) => e.Metadata = v, "exception private metadata");
    }
}
