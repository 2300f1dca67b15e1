using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _io.StringIO (Modules/_io/stringio.c): an in-memory text stream with TextIOWrapper's newline
/// handling. Positions are code points; the text is kept as UTF-16, and positions are converted
/// only once a character outside the BMP has been written.
/// </summary>
public sealed class PyStringIO : PyIOBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("StringIO", TextIOBaseType, "_io");

    private readonly StringBuilder _text = new();
    /// <summary>Position in UTF-16 units.</summary>
    private int _pos;
    private bool _closed, _initialized, _astral;
    private bool _readUniversal, _readTranslate;
    private string? _readNl, _writeNl;
    private int _seen;

    public PyStringIO(PyType type) : base(type) { }

    protected override bool? KnownClosed => _closed;

    private void Check()
    {
        if (!_initialized) throw PyErr.ValueError("I/O operation on uninitialized object");
        if (_closed) throw IoErrors.ClosedNoPeriod();
    }

    private int UnitsToCps(int units) => _astral ? new PyStr(_text.ToString(0, units)).CodePointLength : units;

    private int CpsToUnits(long cps, int from = 0)
    {
        if (!_astral) return (int)Math.Min(from + cps, int.MaxValue);
        int i = from;
        for (long k = 0; k < cps; k++)
        {
            if (i >= _text.Length) return i + (int)(cps - k);
            i += char.IsHighSurrogate(_text[i]) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]) ? 2 : 1;
        }
        return i;
    }

    /// <summary>Buffer text as a str: while no character outside the BMP was written, every unit is one
    /// code point, so lone surrogates written side by side stay two (see PyStr.SeparateSurrogates).</summary>
    internal PyStr Text(string s) => _astral ? PyStr.From(s) : PyStr.FromSimple(s);

    public string GetValue()
    {
        Check();
        return _text.ToString();
    }

    public int Write(string s, bool separate = false)
    {
        Check();
        int n = s.Length == 0 || separate ? s.Length : new PyStr(s).CodePointLength;
        if (n != s.Length) _astral = true;
        if (_readTranslate || _readUniversal)
        {
            if (s.Contains('\r'))
            {
                var sb = new StringBuilder(s.Length);
                for (int i = 0; i < s.Length; i++)
                {
                    if (s[i] == '\r')
                    {
                        bool crlf = i + 1 < s.Length && s[i + 1] == '\n';
                        _seen |= crlf ? 4 : 1;
                        if (_readTranslate) { sb.Append('\n'); if (crlf) i++; }
                        else { sb.Append('\r'); }
                    }
                    else
                    {
                        if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) _seen |= 2;
                        sb.Append(s[i]);
                    }
                }
                s = sb.ToString();
            }
            else if (s.Contains('\n')) _seen |= 2;
        }
        if (_writeNl != null && s.Contains('\n')) s = s.Replace("\n", _writeNl);
        if (s.Length == 0) return n;
        if (_pos > _text.Length) _text.Append('\0', _pos - _text.Length);
        if (_pos == _text.Length)
        {
            _text.Append(s);
            _pos += s.Length;
            return n;
        }
        int overlap = Math.Min(s.Length, _text.Length - _pos);
        if (overlap > 0) _text.Remove(_pos, overlap);
        _text.Insert(_pos, s);
        _pos += s.Length;
        return n;
    }

    public string Read(long n)
    {
        Check();
        if (_pos >= _text.Length) return "";
        int end = n < 0 ? _text.Length : Math.Min(_text.Length, CpsToUnits(n, _pos));
        var r = _text.ToString(_pos, end - _pos);
        _pos = end;
        return r;
    }

    public string ReadLine(long limit)
    {
        Check();
        if (_pos >= _text.Length) return "";
        int start = _pos, end = -1;
        for (int i = start; i < _text.Length; i++)
        {
            char c = _text[i];
            if (_readTranslate || _readNl == "\n") { if (c == '\n') { end = i + 1; break; } }
            else if (_readUniversal)
            {
                if (c == '\n') { end = i + 1; break; }
                if (c == '\r') { end = i + 1 < _text.Length && _text[i + 1] == '\n' ? i + 2 : i + 1; break; }
            }
            else if (_readNl == "\r") { if (c == '\r') { end = i + 1; break; } }
            else if (c == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n') { end = i + 2; break; }
        }
        if (end < 0) end = _text.Length;
        if (limit >= 0) end = Math.Min(end, CpsToUnits(limit, start));
        _pos = end;
        return _text.ToString(start, end - start);
    }

    private PyObject Newlines()
    {
        if (!_readUniversal) return PyNone.Value;
        var l = new List<PyObject>();
        if ((_seen & 1) != 0) l.Add(PyStr.From("\r"));
        if ((_seen & 2) != 0) l.Add(PyStr.From("\n"));
        if ((_seen & 4) != 0) l.Add(PyStr.From("\r\n"));
        return l.Count switch { 0 => PyNone.Value, 1 => l[0], _ => new PyTuple(l.ToArray()) };
    }

    private static PyStringIO Self(PyObject o) => (PyStringIO)o;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyStringIO(cls);
        t.SetNew(NewBare);
        t.TpInit = (ts, self, a, kw) =>
        {
            var p = Args.Parse("StringIO", a, kw, ["initial_value", "newline"], 0);
            var s = Self(self);
            string? nl = "\n";
            if (p[1] != null)
            {
                if (p[1] is PyNone) nl = null;
                else if (p[1] is PyStr ns) nl = ns.Value;
                else throw PyErr.TypeError($"newline must be str or None, not {p[1]!.ObType.Name}");
                if (nl is not (null or "" or "\n" or "\r" or "\r\n")) throw PyErr.ValueError($"illegal newline value: {nl}");
            }
            if (p[0] != null && p[0] is not PyNone and not PyStr)
                throw PyErr.TypeError($"initial_value must be str or None, not {p[0]!.ObType.Name}");
            s._readUniversal = nl is null or "";
            s._readTranslate = nl is null;
            s._readNl = nl;
            s._writeNl = nl is "\r" or "\r\n" ? nl : null;
            s._text.Clear();
            s._pos = 0;
            s._seen = 0;
            s._astral = false;
            s._closed = false;
            s._initialized = true;
            if (p[0] is PyStr init && init.Value.Length > 0)
            {
                s.Write(init.Value, init.SeparateSurrogates);
                s._pos = 0;
            }
        };
        t.AddMethod("getvalue", (ts, self, a, kw) => Self(self).Text(Self(self).GetValue()));
        // copy and pickle (CPython's stringio_getstate/setstate): (text, newline, position, dict).
        t.AddMethod("__getstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__getstate__", a, kw, 0);
            var s = Self(self);
            var text = s.Text(s.GetValue());
            PyObject nl = s._readNl == null ? PyNone.Value : PyStr.From(s._readNl);
            PyObject dict = s.Dict is { Count: > 0 } d ? d.Copy() : PyNone.Value;
            return new PyTuple([text, nl, PyInt.From(s.UnitsToCps(s._pos)), dict]);
        });
        t.AddMethod("__setstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__setstate__", a, kw, 1);
            var s = Self(self);
            if (s._closed) throw IoErrors.ClosedNoPeriod();
            if (a[0] is not PyTuple st || st.Count < 4)
                throw PyErr.TypeError($"{self.ObType.TpName}.__setstate__ argument should be 4-tuple, got {a[0].ObType.Name}");
            t.TpInit!(ts, self, [st[0], st[1]], null);
            // The saved text is the buffer itself: no newline translation this time.
            if (st[0] is PyStr text)
            {
                s._text.Clear().Append(text.Value);
                s._astral = !text.IsSimple;
            }
            if (st[2] is not PyInt pos) throw PyErr.TypeError($"third item of state must be an integer, got {st[2].ObType.Name}");
            long p = Ops.IndexAsLong(ts, pos);
            if (p < 0) throw PyErr.ValueError("position value cannot be negative");
            s._pos = s.CpsToUnits(p);
            if (st[3] is not PyNone)
            {
                if (st[3] is not PyDict d) throw PyErr.TypeError($"fourth item of state should be a dict, got a {st[3].ObType.Name}");
                s.Dict ??= new PyDict();
                foreach (var (k, v) in d.EnumerateItems()) s.Dict.SetItem(ts, k, v);
            }
            return PyNone.Value;
        });
        t.AddMethod("write", (ts, self, a, kw) =>
        {
            Args.Exact("write", a, kw, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"string argument expected, got '{a[0].ObType.Name}'");
            return PyInt.From(Self(self).Write(s.Value, s.SeparateSurrogates));
        });
        t.AddMethod("read", (ts, self, a, kw) =>
        {
            var p = Args.Parse("read", a, kw, ["size"], 0, posOnly: 1);
            return Self(self).Text(Self(self).Read(SizeArg(ts, p[0])));
        });
        t.AddMethod("readline", (ts, self, a, kw) =>
        {
            var p = Args.Parse("readline", a, kw, ["size"], 0, posOnly: 1);
            return Self(self).Text(Self(self).ReadLine(SizeArg(ts, p[0])));
        });
        t.AddMethod("seek", (ts, self, a, kw) =>
        {
            var p = Args.Parse("seek", a, kw, ["pos", "whence"], 1, posOnly: 2);
            var s = Self(self);
            s.Check();
            long pos = IntArg(ts, p[0]!);
            long whence = p[1] == null ? 0 : IntArg(ts, p[1]!);
            if (whence is < 0 or > 2) throw PyErr.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw PyErr.ValueError($"Negative seek position {pos}");
            if (whence != 0 && pos != 0)
                throw PyErr.New(PyExc.OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
            if (whence == 1) return PyInt.From(s.UnitsToCps(s._pos));
            if (whence == 2)
            {
                s._pos = s._text.Length;
                return PyInt.From(s.UnitsToCps(s._pos));
            }
            s._pos = s.CpsToUnits(pos);
            return PyInt.From(pos);
        });
        t.AddMethod("tell", (ts, self, a, kw) =>
        {
            var s = Self(self);
            s.Check();
            return PyInt.From(s._pos > s._text.Length ? s.UnitsToCps(s._text.Length) + (s._pos - s._text.Length) : s.UnitsToCps(s._pos));
        });
        t.AddMethod("truncate", (ts, self, a, kw) =>
        {
            var p = Args.Parse("truncate", a, kw, ["pos"], 0, posOnly: 1);
            var s = Self(self);
            s.Check();
            long size = p[0] == null || p[0] is PyNone ? s.UnitsToCps(Math.Min(s._pos, s._text.Length)) + Math.Max(0, s._pos - s._text.Length) : IntArg(ts, p[0]!);
            if (size < 0) throw PyErr.ValueError($"Negative size value {size}");
            int units = s.CpsToUnits(size);
            if (units < s._text.Length) s._text.Length = units;
            return PyInt.From(size);
        });
        t.AddMethod("close", (ts, self, a, kw) => { Self(self)._closed = true; return PyNone.Value; });
        foreach (var name in new[] { "readable", "writable", "seekable" })
            t.AddMethod(name, (ts, self, a, kw) => { Self(self).Check(); return PyBool.True; });
        t.AddGetSet("closed", (ts, o) => { var s = Self(o); if (!s._initialized) throw PyErr.ValueError("I/O operation on uninitialized object"); return PyBool.From(s._closed); });
        t.AddGetSet("line_buffering", (ts, o) => { Self(o).Check(); return PyBool.False; });
        t.AddGetSet("newlines", (ts, o) => { Self(o).Check(); return Self(o).Newlines(); });
        t.TpIterNext = (ts, o) =>
        {
            if (o.ObType.IsHeapType)
            {
                var r = Ops.CallMethod(ts, o, Names.readline);
                if (r is not PyStr) throw PyErr.New(PyExc.OSError, $"readline() should have returned a str object, not '{r.ObType.Name}'");
                return LineLength(ts, r) == 0 ? null : r;
            }
            var line = Self(o).ReadLine(-1);
            return line.Length == 0 ? null : Self(o).Text(line);
        };
    }
}
