using Kaa.Runtime.State;
using Kaa.Runtime;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of BaseException and the subclasses that add attributes.</summary>
internal static class ExceptionTypes
{
    /// <summary>The args tuple of a call's positional arguments; `()` is the shared empty tuple, as in CPython.</summary>
    private static PyTuple ArgsTuple(ReadOnlySpan<PyObject> items) => items.Length == 0 ? PyTuple.Empty : new PyTuple(items.ToArray());

    private static bool SameItems(PyTuple t, ReadOnlySpan<PyObject> items)
    {
        var have = t.Items;
        if (have.Length != items.Length || !ReferenceEquals(t.ObType, BuiltinTypes.Tuple)) return false;
        for (int i = 0; i < have.Length; i++)
            if (!ReferenceEquals(have[i], items[i])) return false;
        return true;
    }

    /// <summary>
    /// What __reduce__ hands to __setstate__: the exception's __dict__, less the fields CPython keeps as
    /// members and does not pickle (an AttributeError's obj, a NameError's name, an exception group's
    /// read-only message and exceptions, which its args rebuild). Kaa keeps those fields in __dict__.
    /// </summary>
    private static PyDict? PicklableState(PyBaseException e)
    {
        var d = e.Dict;
        if (d == null || d.Count == 0) return d;
        string[] skip = e.ObType.IsSubtype(PyExc.BaseExceptionGroup) ? ["message", "exceptions"]
            : e.ObType.IsSubtype(PyExc.AttributeError) ? ["obj"]
            : e.ObType.IsSubtype(PyExc.NameError) ? ["name"]
            : [];
        if (skip.Length == 0 || !skip.Any(k => d.TryGetStr(PyStr.From(k), out _))) return d;
        var copy = new PyDict();
        foreach (var (k, v) in d.EnumerateItems())
            if (k is not PyStr ks || !skip.Contains(ks.Value)) copy.SetItem(null, k, v);
        return copy;
    }

    internal static void Init()
    {
        var b = BuiltinTypes.BaseException;
        b.InstanceFactory = cls => new PyBaseException(cls);
        b.SetNew((ts, cls, args, kw) =>
        {
            var e = (PyBaseException)cls.InstanceFactory!(cls);
            int npos = args.Length - (kw?.Count ?? 0);
            e.Args = ArgsTuple(args[..npos]);
            return e;
        });
        b.TpInit = (ts, self, args, kw) =>
        {
            if (ReferenceEquals(self.ObType.TpInit, b.TpInit) && kw != null && kw.Count > 0)
                throw PyErr.TypeError($"{self.ObType.Name}() takes no keyword arguments");
            int npos = args.Length - (kw?.Count ?? 0);
            var e = (PyBaseException)self;
            // `E(x)` runs __new__ and then __init__ with the same arguments: CPython stores the one
            // args tuple of the call twice; keeping __new__'s tuple when it holds the same objects
            // does the same without building a second one.
            if (e.Args is { } old && SameItems(old, args[..npos])) return;
            e.Args = ArgsTuple(args[..npos]);
        };
        b.TpRepr = (ts, o) =>
        {
            var e = (PyBaseException)o;
            var name = o.ObType.Name;
            if (e.Args.Count == 1) return PyStr.From($"{name}({Ops.ReprString(ts, e.Args[0])})");
            return PyStr.From(name + Ops.ReprString(ts, e.Args));
        };
        b.TpStr = (ts, o) =>
        {
            var e = (PyBaseException)o;
            return e.Args.Count switch
            {
                0 => PyStr.Empty,
                1 => Ops.Str(ts, e.Args[0]),
                _ => Ops.Str(ts, e.Args),
            };
        };
        b.AddGetSet("args", (ts, o) => ((PyBaseException)o).Args, (ts, o, v) =>
        {
            if (v == null) throw PyErr.TypeError("args may not be deleted");
            ((PyBaseException)o).Args = new PyTuple(Ops.ToArray(ts, v));
        });
        b.AddGetSet("__traceback__", (ts, o) => ((PyBaseException)o).Traceback ?? PyNone.Value, (ts, o, v) =>
        {
            if (v == null) throw PyErr.TypeError("__traceback__ may not be deleted");
            if (v is not PyNone && v.ObType.Name != "traceback") throw PyErr.TypeError("__traceback__ must be a traceback or None");
            ((PyBaseException)o).Traceback = v is PyNone ? null : v;
        });
        b.AddGetSet("__cause__", (ts, o) => (PyObject?)((PyBaseException)o).Cause ?? PyNone.Value, (ts, o, v) =>
        {
            var e = (PyBaseException)o;
            if (v == null) throw PyErr.TypeError("__cause__ may not be deleted");
            if (v is PyNone) e.Cause = null;
            else if (v is PyBaseException c) e.Cause = c;
            else throw PyErr.TypeError("exception cause must be None or derive from BaseException");
            e.SuppressContext = true;
        });
        b.AddGetSet("__context__", (ts, o) => (PyObject?)((PyBaseException)o).Context ?? PyNone.Value, (ts, o, v) =>
        {
            var e = (PyBaseException)o;
            if (v == null) throw PyErr.TypeError("__context__ may not be deleted");
            if (v is PyNone) e.Context = null;
            else if (v is PyBaseException c) e.Context = c;
            else throw PyErr.TypeError("exception context must be None or derive from BaseException");
        });
        b.AddGetSet("__suppress_context__", (ts, o) => PyBool.From(((PyBaseException)o).SuppressContext),
            (ts, o, v) => ((PyBaseException)o).SuppressContext = v != null && Ops.IsTrue(ts, v));
        b.AddGetSet("__dict__", (ts, o) => ((PyBaseException)o).Dict ??= new PyDict());
        b.AddMethod("with_traceback", (ts, self, args, kw) =>
        {
            Args.Exact("with_traceback", args, kw, 1);
            ((PyBaseException)self).Traceback = args[0] is PyNone ? null : args[0];
            return self;
        });
        b.AddMethod("add_note", (ts, self, args, kw) =>
        {
            Args.Exact("add_note", args, kw, 1);
            if (args[0] is not PyStr) throw PyErr.TypeError($"note must be a str, not '{args[0].ObType.Name}'");
            var e = (PyBaseException)self;
            var notes = e.GetExtra("__notes__");
            if (notes == null) { notes = new PyList(); e.SetExtra("__notes__", notes); }
            if (notes is not PyList nl) throw PyErr.TypeError("Cannot add note: __notes__ is not a list");
            nl.Append(args[0]);
            return PyNone.Value;
        });
        // BaseException_reduce: (type, args[, state]). The state carries what is not in args: attributes
        // set on the exception, __notes__, and the fields Kaa keeps beside __dict__ (an OSError's
        // filename, an ImportError's name and path), so pickle and copy keep them.
        b.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var e = (PyBaseException)self;
            var state = PicklableState(e);
            return state is { Count: > 0 } d ? new PyTuple([self.ObType, e.Args, d]) : new PyTuple([self.ObType, e.Args]);
        });
        b.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            Args.Exact("__setstate__", args, kw, 1);
            if (args[0] is PyNone) return PyNone.Value;
            if (args[0] is not PyDict state) throw PyErr.TypeError("state is not a dictionary");
            foreach (var (k, v) in state.EnumerateItems())
                Ops.SetAttr(ts, self, k as PyStr ?? throw PyErr.TypeError($"attribute name must be string, not '{k.ObType.Name}'"), v);
            return PyNone.Value;
        });

        // Attributes derived from args (StopIteration.value may be set apart from them).
        PyExc.StopIteration.AddGetSet("value", (ts, o) => ((PyBaseException)o).GetExtra("value") ?? (((PyBaseException)o).Args.Count > 0 ? ((PyBaseException)o).Args[0] : PyNone.Value),
            (ts, o, v) => ((PyBaseException)o).SetExtra("value", v ?? PyNone.Value));
        PyExc.StopAsyncIteration.AddGetSet("value", (ts, o) => ((PyBaseException)o).Args.Count > 0 ? ((PyBaseException)o).Args[0] : PyNone.Value);
        PyExc.SystemExit.AddGetSet("code", (ts, o) =>
        {
            var a = ((PyBaseException)o).Args;
            return a.Count == 0 ? PyNone.Value : a.Count == 1 ? a[0] : a;
        });
        PyExc.KeyError.TpStr = (ts, o) =>
        {
            var e = (PyBaseException)o;
            return e.Args.Count == 1 ? Ops.Repr(ts, e.Args[0]) : BuiltinTypes.BaseException.TpStr!(ts, o);
        };
        KeywordAttrs(PyExc.ImportError, ["name", "path", "name_from"]);
        PyExc.ImportError.AddGetSet("msg", (ts, o) => ((PyBaseException)o).Args.Count > 0 ? ((PyBaseException)o).Args[0] : PyNone.Value);
        KeywordAttrs(PyExc.AttributeError, ["name", "obj"]);
        KeywordAttrs(PyExc.NameError, ["name"]);
        InitSyntaxError(PyExc.SyntaxError);
        InitOSError(PyExc.OSError);
        ExceptionGroupType.Init();
    }

    /// <summary>Exceptions whose __init__ takes keyword-only attributes (ImportError(name=..., path=...)).</summary>
    private static void KeywordAttrs(PyType t, string[] names)
    {
        t.TpInit = (ts, self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            var e = (PyBaseException)self;
            e.Args = new PyTuple(args[..npos].ToArray());
            foreach (var n in names) if (e.GetExtra(n) == null) e.SetExtra(n, PyNone.Value);
            for (int i = 0; i < nkw; i++)
            {
                var k = ((PyStr)kw!.Items[i]).Value;
                if (!names.Contains(k)) throw PyErr.TypeError($"{t.Name}() got an unexpected keyword argument '{k}'");
                e.SetExtra(k, args[npos + i]);
            }
        };
    }

    private static void InitSyntaxError(PyType t)
    {
        string[] fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        t.TpInit = (ts, self, args, kw) =>
        {
            var e = (PyBaseException)self;
            int npos = args.Length - (kw?.Count ?? 0);
            e.Args = new PyTuple(args[..npos].ToArray());
            e.SetExtra("msg", npos > 0 ? args[0] : PyNone.Value);
            e.SetExtra("print_file_and_line", PyNone.Value);
            foreach (var f in fields) e.SetExtra(f, PyNone.Value);
            if (npos == 2)
            {
                var info = Ops.ToArray(ts, args[1]);
                if (info.Length < 4 || info.Length > 6) throw PyErr.IndexError("tuple index out of range");
                for (int i = 0; i < info.Length; i++) e.SetExtra(fields[i], info[i]);
            }
        };
        t.TpStr = (ts, o) =>
        {
            var e = (PyBaseException)o;
            var msg = e.GetExtra("msg") is { } m and not PyNone ? Ops.StrString(ts, m) : (e.Args.Count > 0 ? Ops.StrString(ts, e.Args[0]) : "");
            var fn = e.GetExtra("filename") as PyStr;
            var ln = e.GetExtra("lineno") as PyInt;
            var file = fn != null ? Path.GetFileName(fn.Value) : null;
            if (file != null && ln != null) return PyStr.From($"{msg} ({file}, line {ln})");
            if (file != null) return PyStr.From($"{msg} ({file})");
            if (ln != null) return PyStr.From($"{msg} (line {ln})");
            return PyStr.From(msg);
        };
    }

    private static void InitOSError(PyType t)
    {
        // OSError(errno, strerror, ...) builds the subclass that errno maps to (FileNotFoundError for 2, ...).
        var baseNew = BuiltinTypes.BaseException.TpNew!;
        t.SetNew((ts, cls, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (ReferenceEquals(cls, PyExc.OSError) && npos >= 2 && args[0] is PyInt errno && errno.IsSmall)
            {
                var sub = IoErrors.TypeForErrno((int)errno.Small);
                if (!ReferenceEquals(sub, PyExc.OSError)) cls = sub;
            }
            return baseNew(ts, cls, args, kw);
        });
        t.TpInit = (ts, self, args, kw) =>
        {
            var e = (PyBaseException)self;
            int npos = args.Length - (kw?.Count ?? 0);
            e.Args = new PyTuple(args[..npos].ToArray());
            e.SetExtra("errno", npos >= 2 ? args[0] : PyNone.Value);
            e.SetExtra("strerror", npos >= 2 ? args[1] : PyNone.Value);
            e.SetExtra("filename", npos >= 3 ? args[2] : PyNone.Value);
            e.SetExtra("filename2", npos >= 5 ? args[4] : PyNone.Value);
            if (npos >= 3 && npos <= 5) e.Args = new PyTuple([args[0], args[1]]);
        };
        t.TpStr = (ts, o) =>
        {
            var e = (PyBaseException)o;
            var errno = e.GetExtra("errno");
            var strerror = e.GetExtra("strerror");
            var filename = e.GetExtra("filename");
            var filename2 = e.GetExtra("filename2");
            if (errno is not null and not PyNone && strerror is not null and not PyNone)
            {
                if (filename is not null and not PyNone)
                {
                    if (filename2 is not null and not PyNone)
                        return PyStr.From($"[Errno {Ops.StrString(ts, errno)}] {Ops.StrString(ts, strerror)}: {Ops.ReprString(ts, filename)} -> {Ops.ReprString(ts, filename2)}");
                    return PyStr.From($"[Errno {Ops.StrString(ts, errno)}] {Ops.StrString(ts, strerror)}: {Ops.ReprString(ts, filename)}");
                }
                return PyStr.From($"[Errno {Ops.StrString(ts, errno)}] {Ops.StrString(ts, strerror)}");
            }
            return BuiltinTypes.BaseException.TpStr!(ts, o);
        };
    }
}
