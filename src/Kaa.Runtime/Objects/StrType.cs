using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of str: slots here; methods in StrMethods*.cs.</summary>
public static partial class StrType
{
    /// <summary>CPython iterates ASCII strings with str_ascii_iterator and all others with str_iterator.</summary>
    public static readonly PyType NonAsciiIteratorType = BuiltinTypes.CreateStatic("str_iterator", BuiltinTypes.Object, subclassable: false);

    internal static void Init(PyType t)
    {
        t.TpRepr = (ts, o) => PyStr.From(Repr(((PyStr)o).Value, ((PyStr)o).SeparateSurrogates));
        t.TpStr = (ts, o) => PyType.IsExact(o, BuiltinTypes.Str) ? o : PyStr.ExactCopy((PyStr)o);
        t.TpHash = (ts, o) => ((PyStr)o).Hash;
        t.MpLength = (ts, o) => ((PyStr)o).CodePointLength;
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (a is not PyStr x || b is not PyStr y) return PyNotImplemented.Value;
            if (op == CompareOp.Eq) return PyBool.From(PyStr.ValueEquals(x, y));
            if (op == CompareOp.Ne) return PyBool.From(!PyStr.ValueEquals(x, y));
            return PyBool.From(IntType.CompareResult(CompareCodePoints(x, y), op));
        };
        t.SqConcat = (ts, a, b) =>
        {
            if (b is not PyStr y) throw PyErr.TypeError($"can only concatenate str (not \"{b.ObType.TpName}\") to str");
            return PyStr.Concat((PyStr)a, y);
        };
        t.SqRepeat = (ts, a, n) =>
        {
            long count = SeqHelpers.RepeatCount(ts, n);
            var s = ((PyStr)a).Value;
            if (count <= 0 || s.Length == 0) return PyStr.Empty;
            if (count == 1 && PyType.IsExact(a, BuiltinTypes.Str)) return a;
            if ((Int128)s.Length * count > long.MaxValue) throw PyErr.OverflowError("repeated string is too long");
            if ((Int128)s.Length * count > int.MaxValue / 2) throw PyErr.MemoryError();
            var r = new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString();
            // '\udc00\ud800' * 2 puts a lone high surrogate before a lone low one: two code points.
            var self = (PyStr)a;
            if (self.SeparateSurrogates || char.IsHighSurrogate(s[^1]) && char.IsLowSurrogate(s[0]))
                return self.IsSimple ? PyStr.FromSimple(r) : throw PyStr.MixedSurrogates();
            return PyStr.From(r);
        };
        t.NbBinary[(int)BinOp.Mod] = (ts, a, b) => a is PyStr x ? PercentResult(x, b, PercentFormat.Format(ts, x.Value, b)) : PyNotImplemented.Value;
        t.SqContains = (ts, o, item) =>
        {
            if (item is not PyStr s) throw PyErr.TypeError($"'in <string>' requires string as left operand, not {item.ObType.Name}");
            // Through IndexOf so that a lone surrogate never matches half of a pair ('\udc00' in '\U00010000' is False).
            var hay = (PyStr)o;
            var v = hay.Value;
            if (s.Value.Length == 0) return true;
            return !ReadsDifferently(hay, s) && IndexOf(v, s.Value, 0, v.Length, hay.SeparateSurrogates) >= 0;
        };
        t.MpSubscript = GetItem;
        t.TpIter = (ts, o) => new PyStrIterator((PyStr)o);
        t.InstanceFactory = null;
        t.SetNew(New);
        InitMethods(t);
        PyStrIterator.InitType(IteratorTypes.StrIterator);
        PyStrIterator.InitType(NonAsciiIteratorType);
    }

    /// <summary>Ordering by code point; <see cref="PyStr.SeparateSurrogates"/> says how a str reads its units.</summary>
    public static int CompareCodePoints(PyStr a, PyStr b)
    {
        if (a.SeparateSurrogates == b.SeparateSurrogates) return CompareCodePoints(a.Value, b.Value, a.SeparateSurrogates, a.SeparateSurrogates);
        // The same units can read differently in the two strs (rare): compare the code points themselves.
        return a.ToCodePoints().AsSpan().SequenceCompareTo(b.ToCodePoints());
    }

    /// <summary>Ordering by code point (UTF-16 ordinal order differs for characters beyond the BMP).</summary>
    public static int CompareCodePoints(string a, string b, bool aSeparate = false, bool bSeparate = false)
    {
        int n = Math.Min(a.Length, b.Length);
        // The common prefix is found vectorised; only the first differing char needs a look.
        int i = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        if (i < n)
        {
            char x = a[i], y = b[i];
            if (char.IsSurrogate(x) || char.IsSurrogate(y))
            {
                int cx = !aSeparate && char.IsHighSurrogate(x) && i + 1 < a.Length && char.IsLowSurrogate(a[i + 1]) ? char.ConvertToUtf32(x, a[i + 1]) : x;
                int cy = !bSeparate && char.IsHighSurrogate(y) && i + 1 < b.Length && char.IsLowSurrogate(b[i + 1]) ? char.ConvertToUtf32(y, b[i + 1]) : y;
                return cx.CompareTo(cy);
            }
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }

    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        // CPython's unicode_vectorcall (exact str, no keywords) has its own message.
        if (ReferenceEquals(cls, BuiltinTypes.Str) && (kw == null || kw.Count == 0))
        {
            if (args.Length > 3) throw PyErr.TypeError($"str expected at most 3 arguments, got {args.Length}");
            // str(x), the common call: no argument binding.
            if (args.Length == 1) return Ops.Str(ts, args[0]);
        }
        var a = Args.Parse("str", args, kw, ["object", "encoding", "errors"], 0);
        PyStr result;
        if (a[0] == null) result = PyStr.Empty;
        else if (a[1] == null && a[2] == null) result = Ops.Str(ts, a[0]!);
        else
        {
            string enc = "utf-8", errors = "strict";
            if (a[1] != null) enc = a[1] is PyStr es ? es.Value : throw PyErr.TypeError($"str() argument 'encoding' must be str, not {a[1]!.ObType.Name}");
            if (a[2] != null) errors = a[2] is PyStr er ? er.Value : throw PyErr.TypeError($"str() argument 'errors' must be str, not {a[2]!.ObType.Name}");
            if (a[0] is PyStr) throw PyErr.TypeError("decoding str is not supported");
            byte[] data = a[0] switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.ToArray(),
                PyMemoryView mv => mv.Span.ToArray(),
                _ => throw PyErr.TypeError($"decoding to str: need a bytes-like object, {a[0]!.ObType.Name} found"),
            };
            result = Codecs.DecodeToStr(ts, data, enc, errors);
        }
        return ReferenceEquals(cls, BuiltinTypes.Str) ? result : new PyStrSub(cls, result);
    }

    private static PyObject GetItem(ThreadState ts, PyObject o, PyObject key)
    {
        var s = (PyStr)o;
        if (key is PyInt || key.ObType.NbIndex != null)
        {
            long i = Ops.IndexAsLong(ts, key);
            int len = s.CodePointLength;
            if (i < 0) i += len;
            if (i < 0 || i >= len) throw PyErr.IndexError("string index out of range");
            if (s.IsSimple) return PyStr.FromChar(s.Value[(int)i]);
            var cps = s.ToCodePoints();
            return PyStr.From(CodePointToString(cps[i]));
        }
        if (key is PySlice sl)
        {
            var (start, stop, step, count) = sl.Indices(ts, s.CodePointLength);
            if (count == 0) return PyStr.Empty;
            if (s.IsSimple)
            {
                // A slice of a str without surrogate pairs has none either: its length is its code-point count.
                if (step == 1)
                {
                    if (count == s.Value.Length && PyType.IsExact(s, BuiltinTypes.Str)) return s;
                    // A seam in the slice was one in s already: only a str with separate surrogates has one.
                    var sub = s.Value.Substring((int)start, (int)count);
                    return PyStr.FromUnits(sub, s.SeparateSurrogates && PyStr.HasSurrogateSeam(sub));
                }
                var r = string.Create((int)count, (s.Value, (int)start, (int)step), static (span, st) =>
                {
                    for (int k = 0, idx = st.Item2; k < span.Length; k++, idx += st.Item3) span[k] = st.Item1[idx];
                });
                // Stepping can bring a lone high surrogate next to a lone low one: they stay two code points.
                return PyStr.FromUnits(r, s.HasSurrogateUnits && PyStr.HasSurrogateSeam(r));
            }
            var cps = s.ToCodePoints();
            var res = new int[count];
            for (long k = 0, idx = start; k < count; k++, idx += step) res[k] = cps[idx];
            return PyStr.FromCodePointArray(res);
        }
        throw PyErr.TypeError($"string indices must be integers, not '{key.ObType.Name}'");
    }

    /// <summary>One code point as a .NET string; lone surrogates stay single UTF-16 units.</summary>
    public static string CodePointToString(int cp) => cp >= 0xD800 && cp <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    /// <summary>repr() of a string: CPython's quote choice and escapes.</summary>
    public static string Repr(string s, bool separateSurrogates = false)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        // Everything before the first character that needs a look (not printable ASCII, the quote, a
        // backslash) is copied as it is; for most strings that is all of it.
        var span = s.AsSpan();
        int plain = span.IndexOfAnyExceptInRange(' ', '~');
        if (plain < 0) plain = s.Length;
        int special = span[..plain].IndexOfAny(quote, '\\');
        if (special >= 0) plain = special;
        if (plain == s.Length)
            return string.Create(s.Length + 2, (s, quote), static (dst, st) =>
            {
                dst[0] = dst[^1] = st.quote;
                st.s.CopyTo(dst[1..]);
            });
        var sb = new StrBuffer(stackalloc char[128]);
        sb.Append(quote);
        sb.Append(span[..plain]);
        for (int i = plain; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\'); sb.Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) && !separateSurrogates)
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (UnicodeInfo.IsPrintable(cp)) { sb.Append(c); sb.Append(s[i + 1]); }
                else AppendHexEscape(ref sb, 'U', cp, 8);
                i++;
                continue;
            }
            if (c < ' ' || c == 0x7f) AppendHexEscape(ref sb, 'x', c, 2);
            else if (c < 0x7f) sb.Append(c);
            else if (char.IsSurrogate(c)) AppendHexEscape(ref sb, 'u', c, 4);
            else if (!UnicodeInfo.IsPrintable(c)) AppendHexEscape(ref sb, c <= 0xff ? 'x' : 'u', c, c <= 0xff ? 2 : 4);
            else sb.Append(c);
        }
        sb.Append(quote);
        return sb.ToStringAndDispose();
    }

    /// <summary>Appends \x.., \u.... or \U........ with <paramref name="digits"/> lower-case hex digits.</summary>
    private static void AppendHexEscape(ref StrBuffer sb, char kind, int value, int digits)
    {
        sb.Append('\\');
        sb.Append(kind);
        for (int k = digits - 1; k >= 0; k--) sb.Append("0123456789abcdef"[(value >> (4 * k)) & 0xF]);
    }
}


/// <summary>Which characters repr() shows as themselves (CPython's Py_UNICODE_ISPRINTABLE).</summary>
public static class UnicodeInfo
{
    public static bool IsPrintable(int cp) => StrUnicode.IsPrintable(cp);
}

/// <summary>Iterator over a str's code points.</summary>
public sealed class PyStrIterator(PyStr s)
    : PyObject(System.Text.Ascii.IsValid(s.Value) ? IteratorTypes.StrIterator : StrType.NonAsciiIteratorType)
{
    // Dropped when exhausted, as CPython does, so that __reduce__ then gives iter('').
    private PyStr? _seq = s;
    private readonly string _s = s.Value;
    private readonly bool _separate = s.SeparateSurrogates;
    private int _i;

    public PyObject? Next()
    {
        if (_i >= _s.Length) { _seq = null; return null; }
        char c = _s[_i++];
        if (char.IsHighSurrogate(c) && _i < _s.Length && char.IsLowSurrogate(_s[_i]) && !_separate)
            return PyStr.From(new string([c, _s[_i++]]));
        return PyStr.FromChar(c);
    }

    /// <summary>Code points not yet produced.</summary>
    public long LengthHint => _seq == null ? 0 : _seq.CodePointLength - StrType.Utf16ToCp(_seq, _i);

    /// <summary>(iter, (s,), index) while running, (iter, ('',)) once exhausted: CPython's unicodeiter_reduce.</summary>
    public PyObject Reduce(ThreadState ts)
    {
        var iter = Ops.GetBuiltin(ts, "iter");
        if (_seq == null) return new PyTuple([iter, new PyTuple([PyStr.Empty])]);
        return new PyTuple([iter, new PyTuple([_seq]), PyInt.From(StrType.Utf16ToCp(_seq, _i))]);
    }

    /// <summary>__setstate__(index): a code point index, clamped to 0..len.</summary>
    public void SetState(ThreadState ts, PyObject state)
    {
        long idx = Ops.IndexAsLong(ts, state);
        if (_seq == null) return;
        idx = Math.Clamp(idx, 0, _seq.CodePointLength);
        _i = StrType.CpToUtf16(_seq, idx);
    }

    internal static void InitType(PyType t)
    {
        if (t.TpIter == null)
        {
            t.TpIter = (ts, o) => o;
            t.TpIterNext = (ts, o) => ((PyStrIterator)o).Next();
        }
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError($"cannot create '{t.Name}' instances");
        t.AddMethod("__length_hint__", (ts, self, a, kw) => PyInt.From(((PyStrIterator)self).LengthHint));
        t.AddMethod("__reduce__", (ts, self, a, kw) => ((PyStrIterator)self).Reduce(ts));
        t.AddMethod("__setstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__setstate__", a, kw, 1);
            ((PyStrIterator)self).SetState(ts, a[0]);
            return PyNone.Value;
        });
    }
}
