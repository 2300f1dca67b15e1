using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The Python-visible methods and attributes of _io.TextIOWrapper.</summary>
public sealed partial class PyTextIOWrapper
{
    private static PyTextIOWrapper Self(PyObject o) => (PyTextIOWrapper)o;

    private static string? OptStr(PyObject? o, string arg)
    {
        if (o == null || o is PyNone) return null;
        return o is PyStr s ? s.Value : throw PyErr.TypeError($"TextIOWrapper() argument '{arg}' must be str or None, not {o.ObType.Name}");
    }

    /// <summary>Whether a Python subclass may have overridden a method, so internal calls must go through Python.</summary>
    private static bool Exact(PyObject o) => !o.ObType.IsHeapType;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyTextIOWrapper(cls);
        t.SetNew(NewBare);
        t.TpInit = (ts, self, a, kw) =>
        {
            var p = Args.Parse("TextIOWrapper", a, kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
            var enc = OptStr(p[1], "encoding");
            var errors = OptStr(p[2], "errors");
            Self(self).Setup(ts, p[0]!, enc, errors, p[3] ?? PyNone.Value,
                p[4] != null && Ops.IsTrue(ts, p[4]!), p[5] != null && Ops.IsTrue(ts, p[5]!));
        };
        t.AddMethod("write", (ts, self, a, kw) =>
        {
            Args.Exact("write", a, kw, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {PyErr.ArgTypeName(a[0])}");
            Self(self).Write(ts, s.Value);
            return PyInt.From(s.CodePointLength);
        });
        t.AddMethod("read", (ts, self, a, kw) =>
        {
            var p = Args.Parse("read", a, kw, ["size"], 0, posOnly: 1);
            return PyStr.From(Self(self).Read(ts, SizeArg(ts, p[0])));
        });
        t.AddMethod("readline", (ts, self, a, kw) =>
        {
            var p = Args.Parse("readline", a, kw, ["size"], 0, posOnly: 1);
            long size = p[0] == null ? -1 : IntArg(ts, p[0]!);
            return PyStr.From(Self(self).ReadLine(ts, size));
        });
        t.AddMethod("flush", (ts, self, a, kw) => { Self(self).Flush(ts); return PyNone.Value; });
        t.AddMethod("close", (ts, self, a, kw) =>
        {
            var w = Self(self);
            if (Exact(self)) { w.Close(ts); return PyNone.Value; }
            if (w.BufferClosed(ts)) return PyNone.Value;
            PyException? error = null;
            try { Ops.CallMethod(ts, self, Names.flush); }
            catch (PyException e) { error = e; }
            try { Ops.CallMethod(ts, w.Buf, Names.close); }
            catch (PyException e) { if (error != null) e.Value.Context ??= error.Value; error = e; }
            if (error != null) throw error;
            return PyNone.Value;
        });
        t.AddMethod("tell", (ts, self, a, kw) => PyInt.From(Self(self).Tell(ts)));
        t.AddMethod("seek", (ts, self, a, kw) =>
        {
            var p = Args.Parse("seek", a, kw, ["cookie", "whence"], 1, posOnly: 2);
            return PyInt.From(Self(self).Seek(ts, p[0]!, p[1] == null ? 0 : (int)IntArg(ts, p[1]!)));
        });
        t.AddMethod("truncate", (ts, self, a, kw) =>
        {
            var p = Args.Parse("truncate", a, kw, ["pos"], 0, posOnly: 1);
            var w = Self(self);
            w.Flush(ts);
            return p[0] == null || p[0] is PyNone ? Ops.CallMethod(ts, w.Buf, "truncate") : Ops.CallMethod(ts, w.Buf, "truncate", p[0]!);
        });
        t.AddMethod("detach", (ts, self, a, kw) =>
        {
            var w = Self(self);
            var buf = w.Buf;
            w.Flush(ts);
            w._detached = true;
            return buf;
        });
        t.AddMethod("fileno", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).Buf, "fileno"));
        t.AddMethod("isatty", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).Buf, "isatty"));
        t.AddMethod("seekable", (ts, self, a, kw) =>
        {
            var w = Self(self);
            if (w.BufferClosed(ts)) throw IoErrors.ClosedNoPeriod();
            return PyBool.From(w._seekable);
        });
        t.AddMethod("readable", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).Buf, "readable"));
        t.AddMethod("writable", (ts, self, a, kw) => Ops.CallMethod(ts, Self(self).Buf, "writable"));
        t.AddMethod("reconfigure", (ts, self, a, kw) =>
        {
            var p = Args.Parse("reconfigure", a, kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, kwOnlyFrom: 0);
            var w = Self(self);
            if (p[0] != null && p[0] is not PyNone || p[1] != null && p[1] is not PyNone || p[2] != null)
            {
                if (w._decoded.Length > w._decodedPos || w._snapshot != null && w._decoderAtStart == false && w._decoded.Length > 0)
                {
                    if (p[0] != null && p[0] is not PyNone || p[2] != null)
                        throw IoErrors.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
                }
            }
            w.Flush(ts);
            if (p[0] is PyStr enc)
            {
                w._codec = TextCodec.Lookup(ts, enc.Value);
                w._encoding = enc.Value;
                if (p[1] == null || p[1] is PyNone) w._errors = "strict";
            }
            if (p[1] is PyStr err) w._errors = err.Value;
            if (p[2] != null) w.ConfigureNewline(p[2]!);
            if (p[3] != null && p[3] is not PyNone) w._lineBuffering = Ops.IsTrue(ts, p[3]!);
            if (p[4] != null && p[4] is not PyNone) w._writeThrough = Ops.IsTrue(ts, p[4]!);
            return PyNone.Value;
        });
        t.AddGetSet("encoding", (ts, o) => PyStr.From(Self(o)._encoding));
        t.AddGetSet("errors", (ts, o) => PyStr.From(Self(o)._errors));
        t.AddGetSet("line_buffering", (ts, o) => PyBool.From(Self(o)._lineBuffering));
        t.AddGetSet("write_through", (ts, o) => PyBool.From(Self(o)._writeThrough));
        t.AddGetSet("buffer", (ts, o) => Self(o).Buf);
        t.AddGetSet("name", (ts, o) => Ops.GetAttr(ts, Self(o).Buf, "name"));
        t.AddGetSet("closed", (ts, o) => PyBool.From(Self(o).BufferClosed(ts)));
        t.AddGetSet("newlines", (ts, o) => Self(o).NewlinesValue());
        t.AddGetSet("_CHUNK_SIZE", (ts, o) => PyInt.From(Self(o)._chunkSize), (ts, o, v) =>
        {
            if (v == null) throw PyErr.AttributeError("cannot delete attribute");
            long n = IntArg(ts, v);
            if (n <= 0) throw PyErr.ValueError("a strictly positive integer is required");
            Self(o)._chunkSize = (int)Math.Min(n, int.MaxValue / 4);
        });
        t.TpIterNext = (ts, o) =>
        {
            var w = Self(o);
            w._telling = false;
            PyObject line = Exact(o) ? PyStr.From(w.ReadLine(ts, -1)) : Ops.CallMethod(ts, o, Names.readline);
            if (line is not PyStr s) throw PyErr.New(PyExc.OSError, $"readline() should have returned a str object, not '{line.ObType.Name}'");
            if (s.Value.Length == 0)
            {
                w._snapshot = null;
                w._telling = w._seekable;
                return null;
            }
            return line;
        };
        t.TpRepr = (ts, o) =>
        {
            var w = Self(o);
            var sb = new System.Text.StringBuilder("<").Append(PyFileIO.TpName(o.ObType));
            if (!ts.ReprEnter(o)) throw PyErr.RuntimeError($"reentrant call inside {PyFileIO.TpName(o.ObType)}.__repr__");
            try
            {
                try
                {
                    if (Ops.TryGetAttr(ts, o, PyStr.From("name"), out var name)) sb.Append(" name=").Append(Ops.ReprString(ts, name!));
                }
                catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.ValueError) || e.Value.ObType.IsSubtype(PyExc.AttributeError)) { }
                if (w.Dict?.GetStr("mode") is { } mode) sb.Append(" mode=").Append(Ops.ReprString(ts, mode));
            }
            finally { ts.ReprLeave(o); }
            sb.Append(" encoding=").Append(Ops.ReprString(ts, PyStr.From(w._encoding))).Append('>');
            return PyStr.From(sb.ToString());
        };
    }
}
