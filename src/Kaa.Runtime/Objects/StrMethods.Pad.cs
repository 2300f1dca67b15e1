using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>str's padding, affix removal, translation, encoding and formatting methods.</summary>
public static partial class StrType
{
    private static void InitPadMethods(PyType t)
    {
        t.AddMethod("center", (ts, self, args, kw) => Pad(ts, self, args, kw, "center"));
        t.AddMethod("ljust", (ts, self, args, kw) => Pad(ts, self, args, kw, "ljust"));
        t.AddMethod("rjust", (ts, self, args, kw) => Pad(ts, self, args, kw, "rjust"));
        t.AddMethod("zfill", (ts, self, args, kw) =>
        {
            Args.Exact("str.zfill", args, kw, 1);
            long width = AsSsize(ts, args[0]);
            var s = (PyStr)self;
            long len = s.CodePointLength;
            if (len >= width) return Unchanged(self);
            if (width - len + s.Utf16Length > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
            int fill = (int)(width - len);
            var v = s.Value;
            var r = string.Create(v.Length + fill, (v, fill), static (span, st) =>
            {
                span[..st.fill].Fill('0');
                st.v.AsSpan().CopyTo(span[st.fill..]);
                if (st.v.Length > 0 && (st.v[0] == '+' || st.v[0] == '-'))
                {
                    span[0] = st.v[0];
                    span[st.fill] = '0';
                }
            });
            return PyStr.From(r);
        });
        t.AddMethod("expandtabs", (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"expandtabs() takes at most 1 argument ({npos} given)");
            var a = Args.Parse("expandtabs", args, kw, ["tabsize"], 0);
            int tab = 8;
            if (a[0] != null)
            {
                var ti = Ops.Index(ts, a[0]!);
                if (!ti.IsSmall || ti.Small > int.MaxValue || ti.Small < int.MinValue)
                    throw PyErr.OverflowError(ti.Sign < 0 ? "Python int too small to convert to C int" : "Python int too large to convert to C int");
                tab = (int)ti.Small;
            }
            return Result(self, ExpandTabs(S(self), tab));
        });
        t.AddMethod("removeprefix", (ts, self, args, kw) =>
        {
            Args.Exact("str.removeprefix", args, kw, 1);
            if (args[0] is not PyStr p) throw PyErr.TypeError($"removeprefix() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            var s = (PyStr)self;
            return p.Value.Length > 0 && TailMatch(s, p.Value, 0, s.CodePointLength, true)
                ? PyStr.From(s.Value.Substring(p.Value.Length)) : Unchanged(self);
        });
        t.AddMethod("removesuffix", (ts, self, args, kw) =>
        {
            Args.Exact("str.removesuffix", args, kw, 1);
            if (args[0] is not PyStr p) throw PyErr.TypeError($"removesuffix() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            var s = (PyStr)self;
            return p.Value.Length > 0 && TailMatch(s, p.Value, 0, s.CodePointLength, false)
                ? PyStr.From(s.Value.Substring(0, s.Value.Length - p.Value.Length)) : Unchanged(self);
        });
        t.AddMethod("translate", (ts, self, args, kw) =>
        {
            Args.Exact("str.translate", args, kw, 1);
            var src = (PyStr)self;
            // With no character outside the BMP in or out, every unit of the result is one code point
            // (a lone high surrogate may now meet a lone low one: they stay two, see PyStr.SeparateSurrogates).
            bool paired = !src.IsSimple;
            var r = Translate(ts, src.Value, args[0], src.SeparateSurrogates, ref paired);
            return paired || (ReferenceEquals(r, src.Value) && PyType.IsExact(self, BuiltinTypes.Str)) ? Result(self, r) : PyStr.FromSimple(r);
        });
        t.AddStaticMethod("maketrans", (ts, _, args, kw) => MakeTrans(ts, args, kw));
        t.AddMethod("encode", (ts, self, args, kw) =>
        {
            var a = Args.Parse("encode", args, kw, ["encoding", "errors"], 0);
            string enc = "utf-8", errors = "strict";
            if (a[0] != null) enc = a[0] is PyStr e ? e.Value : throw PyErr.TypeError($"encode() argument 'encoding' must be str, not {PyErr.ArgTypeName(a[0]!)}");
            if (a[1] != null) errors = a[1] is PyStr er ? er.Value : throw PyErr.TypeError($"encode() argument 'errors' must be str, not {PyErr.ArgTypeName(a[1]!)}");
            return new PyBytes(Codecs.Encode(ts, (PyStr)self, enc, errors));
        });
        t.AddMethod("__format__", (ts, self, args, kw) =>
        {
            Args.Exact("str.__format__", args, kw, 1);
            if (args[0] is not PyStr spec) throw PyErr.TypeError($"__format__() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            if (spec.Value.Length == 0) return PyType.IsExact(self, BuiltinTypes.Str) ? self : Ops.Str(ts, self);
            return PyStr.From(StringFormat.FormatStr(ts, S(self), spec.Value, ((PyStr)self).SeparateSurrogates));
        });
        t.AddMethod("format", (ts, self, args, kw) => PyStr.From(StringFormat.Format(ts, S(self), args, kw)));
        t.AddMethod("format_map", (ts, self, args, kw) =>
        {
            Args.Exact("str.format_map", args, kw, 1);
            return PyStr.From(StringFormat.FormatMap(ts, S(self), args[0]));
        });
        t.AddMethod("__getnewargs__", (ts, self, args, kw) =>
        {
            Args.Exact("str.__getnewargs__", args, kw, 0);
            return new PyTuple([PyStr.From(S(self))]);
        });
        t.AddMethod("__sizeof__", (ts, self, args, kw) =>
        {
            Args.Exact("str.__sizeof__", args, kw, 0);
            return PyInt.From(SizeOf((PyStr)self));
        });
    }

    private static PyObject Unchanged(PyObject self) => PyType.IsExact(self, BuiltinTypes.Str) ? self : PyStr.From(S(self));

    /// <summary>CPython's object size: compact ASCII header 40, compact header 56, 1/2/4 bytes per code point plus a terminator.</summary>
    public static long SizeOf(PyStr s)
    {
        int max = 0;
        foreach (char c in s.Value)
            if (c > max) max = c;
        if (!s.IsSimple) max = 0x10000;
        long n = s.CodePointLength;
        if (max < 0x80) return 40 + n + 1;
        if (max < 0x100) return 56 + n + 1;
        if (max < 0x10000) return 56 + 2 * (n + 1);
        return 56 + 4 * (n + 1);
    }

    private static PyObject Pad(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string fname)
    {
        Args.Range(fname, args, kw, 1, 2);
        long width = AsSsize(ts, args[0]);
        string fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f) throw PyErr.TypeError($"The fill character must be a unicode character, not {args[1].ObType.Name}");
            if (f.CodePointLength != 1) throw PyErr.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        var s = (PyStr)self;
        long len = s.CodePointLength;
        if (len >= width) return Unchanged(self);
        long marg = width - len, left, right;
        switch (fname)
        {
            case "center": left = marg / 2 + (marg & width & 1); right = marg - left; break;
            case "ljust": left = 0; right = marg; break;
            default: left = marg; right = 0; break;
        }
        return PyStr.From(PadString(s.Value, left, right, fill));
    }

    /// <summary>s with <paramref name="left"/> and <paramref name="right"/> copies of the one-code-point <paramref name="fill"/> around it.</summary>
    internal static string PadString(string s, long left, long right, string fill)
    {
        long total = s.Length + (left + right) * fill.Length;
        if (total > int.MaxValue) throw PyErr.MemoryError();
        if (fill.Length == 1)
        {
            return string.Create((int)total, (s, (int)left, fill[0]), static (span, st) =>
            {
                span[..st.Item2].Fill(st.Item3);
                st.s.AsSpan().CopyTo(span[st.Item2..]);
                span[(st.Item2 + st.s.Length)..].Fill(st.Item3);
            });
        }
        var sb = new StringBuilder((int)total);
        for (long i = 0; i < left; i++) sb.Append(fill);
        sb.Append(s);
        for (long i = 0; i < right; i++) sb.Append(fill);
        return sb.ToString();
    }

    public static string ExpandTabs(string s, int tab)
    {
        if (s.IndexOf('\t') < 0) return s;
        if (ExpandedLength(s, tab) > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
        var sb = new StringBuilder(s.Length + 16);
        long col = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\t')
            {
                if (tab > 0)
                {
                    long incr = tab - col % tab;
                    col += incr;
                    sb.Append(' ', (int)incr);
                }
            }
            else
            {
                sb.Append(c);
                if (!char.IsLowSurrogate(c) || i == 0 || !char.IsHighSurrogate(s[i - 1])) col++;
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return sb.ToString();
    }

    /// <summary>The length expandtabs would produce (a long: a big tab size overflows an int).</summary>
    static long ExpandedLength(string s, int tab)
    {
        long n = 0, col = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tab > 0) { long incr = tab - col % tab; col += incr; n += incr; }
            }
            else
            {
                n++;
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return n;
    }

    // ---- translate / maketrans ----

    private static string Translate(ThreadState ts, string s, PyObject table, bool separate, ref bool paired)
    {
        var sb = new StringBuilder(s.Length);
        // Per-call cache of ASCII lookups (CPython caches them the same way), so a long ASCII text does
        // one __getitem__ per distinct character.
        Span<int> asciiState = stackalloc int[128]; // 0 unknown, 1 identity, 2 delete, 3 mapped
        string?[]? asciiMapped = null;
        for (int i = 0; i < s.Length;)
        {
            int st = i;
            int c = Codecs.NextCodePoint(s, ref i, separate);
            if (c < 128)
            {
                switch (asciiState[c])
                {
                    case 1: sb.Append((char)c); continue;
                    case 2: continue;
                    case 3: sb.Append(asciiMapped![c]); continue;
                }
            }
            var r = TranslateOne(ts, table, c, ref paired);
            if (c < 128)
            {
                if (r == null) asciiState[c] = 1;
                else if (r.Length == 0) asciiState[c] = 2;
                else { asciiState[c] = 3; (asciiMapped ??= new string?[128])[c] = r; }
            }
            if (r == null) sb.Append(s, st, i - st);
            else sb.Append(r);
        }
        return sb.ToString();
    }

    /// <summary>table[c] as text: null when the table has no entry (keep c), "" for None (delete).</summary>
    private static string? TranslateOne(ThreadState ts, PyObject table, int c, ref bool paired)
    {
        PyObject r;
        try
        {
            r = Ops.GetItem(ts, table, PyInt.From(c));
        }
        catch (PyException e) when (PyErr.Matches(e, PyExc.LookupError))
        {
            return null;
        }
        switch (r)
        {
            case PyNone: return "";
            case PyStr rs:
                paired |= !rs.IsSimple;
                return rs.Value;
            case PyInt ri:
                if (!ri.IsSmall || ri.Small < 0 || ri.Small > 0x10FFFF) throw PyErr.ValueError("character mapping must be in range(0x110000)");
                paired |= ri.Small > 0xFFFF;
                return CodePointToString((int)ri.Small);
            default: throw PyErr.TypeError("character mapping must return integer, None or str");
        }
    }

    private static PyObject MakeTrans(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.Range("maketrans", args, kw, 1, 3);
        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d) throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (k, v) in d.EnumerateItems())
            {
                if (k is PyStr ks)
                {
                    if (ks.CodePointLength != 1) throw PyErr.ValueError("string keys in translate table must be of length 1");
                    int i = 0;
                    result.SetItem(ts, PyInt.From(StrUnicode.Next(ks.Value, ref i)), v);
                }
                else if (k is PyInt) result.SetItem(ts, k, v);
                else throw PyErr.TypeError("keys in translate table must be strings or integers");
            }
            return result;
        }
        if (args[1] is not PyStr y) throw PyErr.TypeError($"maketrans() argument 2 must be str, not {PyErr.ArgTypeName(args[1])}");
        PyStr? z = null;
        if (args.Length > 2) z = args[2] as PyStr ?? throw PyErr.TypeError($"maketrans() argument 3 must be str, not {PyErr.ArgTypeName(args[2])}");
        if (args[0] is not PyStr x) throw PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
        if (x.CodePointLength != y.CodePointLength) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
        var xs = x.Value;
        var ys = y.Value;
        for (int i = 0, j = 0; i < xs.Length;)
            result.SetItem(ts, PyInt.From(StrUnicode.Next(xs, ref i)), PyInt.From(StrUnicode.Next(ys, ref j)));
        if (z != null)
            for (int i = 0; i < z.Value.Length;)
                result.SetItem(ts, PyInt.From(StrUnicode.Next(z.Value, ref i)), PyNone.Value);
        return result;
    }
}
