using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// str's methods: registration, argument helpers and the search family (find, count, replace, join...).
/// Python indexes str by code point; the .NET string is UTF-16, so every position taken from or given to
/// Python goes through <see cref="CpToUtf16"/>/<see cref="Utf16ToCp"/> (identity for strings without
/// surrogate pairs, the common case).
/// </summary>
public static partial class StrType
{
    private static string S(PyObject o) => ((PyStr)o).Value;

    private static void InitMethods(PyType t)
    {
        InitCaseMethods(t);
        InitSplitMethods(t);
        InitPadMethods(t);
        t.AddMethod("join", (ts, self, args, kw) =>
        {
            Args.Exact("str.join", args, kw, 1);
            return Join(ts, (PyStr)self, args[0]);
        });
        t.AddMethod("replace", (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos < 2) throw PyErr.TypeError($"replace() takes at least 2 positional arguments ({npos} given)");
            PyObject? countArg = null;
            if (kw == null && args.Length <= 3)
            {
                // The usual positional call: no keyword binding, no argument array.
                if (args.Length == 3) countArg = args[2];
            }
            else countArg = Args.Parse("replace", args, kw, ["old", "new", "count"], 2, posOnly: 2)[2];
            var old = StrArg(args[0], "replace", 1);
            var nw = StrArg(args[1], "replace", 2);
            long count = countArg == null ? -1 : AsSsize(ts, countArg);
            return Result(self, Replace((PyStr)self, old, nw, count));
        });
        t.AddMethod("find", (ts, self, args, kw) => PyInt.From(Find(ts, (PyStr)self, args, kw, "find", false)));
        t.AddMethod("rfind", (ts, self, args, kw) => PyInt.From(Find(ts, (PyStr)self, args, kw, "rfind", true)));
        t.AddMethod("index", (ts, self, args, kw) =>
        {
            var r = Find(ts, (PyStr)self, args, kw, "index", false);
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.From(r);
        });
        t.AddMethod("rindex", (ts, self, args, kw) =>
        {
            var r = Find(ts, (PyStr)self, args, kw, "rindex", true);
            return r < 0 ? throw PyErr.ValueError("substring not found") : PyInt.From(r);
        });
        t.AddMethod("count", (ts, self, args, kw) =>
        {
            Args.Range("count", args, kw, 1, 3);
            var s = (PyStr)self;
            var sub = StrArg(args[0], "count", 1);
            long start = SliceIndex(ts, args.Length > 1 ? args[1] : null, 0);
            long end = SliceIndex(ts, args.Length > 2 ? args[2] : null, long.MaxValue);
            long len = s.CodePointLength;
            AdjustIndices(ref start, ref end, len);
            long subLen = sub.Length == 0 ? 0 : CpLen(sub);
            if (end - start < subLen) return PyInt.Zero;
            if (sub.Length == 0) return PyInt.From(end - start + 1);
            var v = s.Value;
            int u0 = CpToUtf16(s, start), u1 = CpToUtf16(s, end);
            // One BMP character that is not a surrogate: a vectorised count.
            if (sub.Length == 1 && !char.IsSurrogate(sub[0])) return PyInt.From(v.AsSpan(u0, u1 - u0).Count(sub[0]));
            long n = 0;
            int p = u0;
            if (ReadsDifferently(s, args[0])) return PyInt.Zero;
            while ((p = IndexOf(v, sub, p, u1, s.SeparateSurrogates)) >= 0) { n++; p += sub.Length; }
            return PyInt.From(n);
        });
        t.AddMethod("startswith", (ts, self, args, kw) => PyBool.From(Affix(ts, (PyStr)self, args, kw, true)));
        t.AddMethod("endswith", (ts, self, args, kw) => PyBool.From(Affix(ts, (PyStr)self, args, kw, false)));
        // Last: it wraps methods added above.
        KeepSeparateSurrogates(t);
    }

    // ---- argument helpers ----

    /// <summary>"fname() argument N must be str, not T" (Argument Clinic's message).</summary>
    private static string StrArg(PyObject o, string fname, int n)
        => o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument {n} must be str, not {PyErr.ArgTypeName(o)}");

    /// <summary>CPython's _PyEval_SliceIndex: None keeps the default, huge values clamp.</summary>
    private static long SliceIndex(ThreadState ts, PyObject? o, long dflt)
    {
        if (o == null || o is PyNone) return dflt;
        if (!Ops.HasIndex(o)) throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.IndexClamped(ts, o);
    }

    /// <summary>An index-sized integer argument (PyNumber_AsSsize_t with OverflowError).</summary>
    internal static long AsSsize(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        if (!i.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>CPython's ADJUST_INDICES.</summary>
    private static void AdjustIndices(ref long start, ref long end, long len)
    {
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }

    private static long CpLen(string s)
    {
        int n = s.Length;
        for (int i = 0; i < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary>The UTF-16 offset of code point index <paramref name="cp"/> (0..len) in <paramref name="s"/>.</summary>
    internal static int CpToUtf16(PyStr s, long cp)
    {
        if (s.IsSimple) return (int)Math.Min(cp, s.Value.Length);
        var v = s.Value;
        int i = 0;
        while (cp > 0 && i < v.Length) { StrUnicode.Next(v, ref i); cp--; }
        return i;
    }

    /// <summary>The UTF-16 offset of code point index <paramref name="cp"/> (0..len) in a span.</summary>
    internal static int CpToUtf16(ReadOnlySpan<char> s, long cp)
    {
        int i = 0;
        while (cp > 0 && i < s.Length) { StrUnicode.Next(s, ref i); cp--; }
        return i;
    }

    /// <summary>The number of code points in a span (a surrogate pair counts once, a lone surrogate once).</summary>
    internal static int CodePointCount(ReadOnlySpan<char> s) => PyStr.CountCodePoints(s);

    /// <summary>The code point index of UTF-16 offset <paramref name="idx"/> (a code point boundary).</summary>
    internal static int Utf16ToCp(PyStr s, int idx)
    {
        if (s.IsSimple) return idx;
        var v = s.Value;
        int i = 0, n = 0;
        while (i < idx) { StrUnicode.Next(v, ref i); n++; }
        return n;
    }

    /// <summary>
    /// True when <paramref name="sub"/> holds a surrogate seam that <paramref name="s"/> would read the other
    /// way (one str has separate surrogates, the other a real pair there): the units may match, the code
    /// points never do.
    /// </summary>
    internal static bool ReadsDifferently(PyStr s, PyObject sub)
        => sub is PyStr t && t.SeparateSurrogates != s.SeparateSurrogates && PyStr.HasSurrogateSeam(t.Value);

    /// <summary>True if UTF-16 offset <paramref name="p"/> falls inside a surrogate pair.</summary>
    private static bool SplitsPair(string s, int p)
        => p > 0 && p < s.Length && char.IsLowSurrogate(s[p]) && char.IsHighSurrogate(s[p - 1]);

    private static bool HasEdgeSurrogate(string sub)
        => sub.Length > 0 && (char.IsLowSurrogate(sub[0]) || char.IsHighSurrogate(sub[^1]));

    /// <summary>First match of <paramref name="sub"/> in s[from..to) that starts and ends on code point boundaries
    /// (every unit is one when <paramref name="separate"/>: see <see cref="PyStr.SeparateSurrogates"/>).</summary>
    internal static int IndexOf(string s, string sub, int from, int to, bool separate = false)
    {
        while (true)
        {
            if (to - from < sub.Length) return -1;
            int r = SubstringSearch.IndexOf(s.AsSpan(from, to - from), sub.AsSpan());
            if (r < 0) return -1;
            r += from;
            if (separate || !HasEdgeSurrogate(sub) || (!SplitsPair(s, r) && !SplitsPair(s, r + sub.Length))) return r;
            from = r + 1;
        }
    }

    /// <summary>Last match of <paramref name="sub"/> in s[from..to) on code point boundaries.</summary>
    internal static int LastIndexOf(string s, string sub, int from, int to, bool separate = false)
    {
        while (true)
        {
            if (to - from < sub.Length) return -1;
            if (sub.Length == 0) return to;
            int r = SubstringSearch.LastIndexOf(s.AsSpan(from, to - from), sub.AsSpan());
            if (r < 0) return -1;
            r += from;
            if (separate || !HasEdgeSurrogate(sub) || (!SplitsPair(s, r) && !SplitsPair(s, r + sub.Length))) return r;
            to = r + sub.Length - 1;
        }
    }

    private static long Find(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, string fname, bool reverse)
    {
        Args.Range(fname, args, kw, 1, 3);
        var sub = StrArg(args[0], fname, 1);
        long start = SliceIndex(ts, args.Length > 1 ? args[1] : null, 0);
        long end = SliceIndex(ts, args.Length > 2 ? args[2] : null, long.MaxValue);
        long len = s.CodePointLength;
        AdjustIndices(ref start, ref end, len);
        if (end - start < (sub.Length == 0 ? 0 : CpLen(sub))) return -1;
        if (sub.Length == 0) return reverse ? end : start;
        int u0 = CpToUtf16(s, start), u1 = CpToUtf16(s, end);
        if (ReadsDifferently(s, args[0])) return -1;
        int r = reverse ? LastIndexOf(s.Value, sub, u0, u1, s.SeparateSurrogates) : IndexOf(s.Value, sub, u0, u1, s.SeparateSurrogates);
        return r < 0 ? -1 : Utf16ToCp(s, r);
    }

    private static bool Affix(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, bool prefix)
    {
        // s.startswith(str) / s.endswith(str) with no bounds: an ordinal comparison of the UTF-16 units,
        // valid whenever the affix cannot end (start) in the middle of a surrogate pair of s.
        if (kw == null && args.Length == 1 && args[0] is PyStr only && !HasEdgeSurrogate(only.Value) && !ReadsDifferently(s, only))
            return prefix ? s.Value.AsSpan().StartsWith(only.Value) : s.Value.AsSpan().EndsWith(only.Value);
        string fname = prefix ? "startswith" : "endswith";
        Args.Range(fname, args, kw, 1, 3);
        long start = SliceIndex(ts, args.Length > 1 ? args[1] : null, 0);
        long end = SliceIndex(ts, args.Length > 2 ? args[2] : null, long.MaxValue);
        AdjustIndices(ref start, ref end, s.CodePointLength);
        if (args[0] is PyTuple tup)
        {
            foreach (var x in tup.Items)
            {
                if (x is not PyStr xs) throw PyErr.TypeError($"tuple for {fname} must only contain str, not {x.ObType.Name}");
                if (!ReadsDifferently(s, xs) && TailMatch(s, xs.Value, start, end, prefix)) return true;
            }
            return false;
        }
        if (args[0] is not PyStr a)
            throw PyErr.TypeError($"{fname} first arg must be str or a tuple of str, not {args[0].ObType.Name}");
        return !ReadsDifferently(s, a) && TailMatch(s, a.Value, start, end, prefix);
    }

    private static bool TailMatch(PyStr s, string sub, long start, long end, bool prefix)
    {
        long subLen = sub.Length == 0 ? 0 : CpLen(sub);
        if (end - subLen < start) return false;
        if (sub.Length == 0) return true;
        var v = s.Value;
        int u0 = CpToUtf16(s, start), u1 = CpToUtf16(s, end);
        int at = prefix ? u0 : u1 - sub.Length;
        if (at < u0 || at + sub.Length > u1) return false;
        if (!v.AsSpan(at, sub.Length).SequenceEqual(sub)) return false;
        return s.SeparateSurrogates || !HasEdgeSurrogate(sub) || (!SplitsPair(v, at) && !SplitsPair(v, at + sub.Length));
    }

    // ---- join ----

    private static PyObject Join(ThreadState ts, PyStr self, PyObject iterable)
    {
        if (iterable is PyList l && PyType.IsExact(l, BuiltinTypes.List)) return Join(self, l.Items, l.Count);
        if (iterable is PyTuple tu && PyType.IsExact(tu, BuiltinTypes.Tuple)) return Join(self, tu.Items, tu.Items.Length);
        if (iterable.ObType.TpIter == null && iterable.ObType.MpSubscript == null)
            throw PyErr.TypeError("can only join an iterable");
        // Any other iterable (a generator, reversed(list), map...) is gathered into a pooled array, so
        // only the result is allocated; the array is cleared before it goes back to the pool.
        var it = Ops.GetIter(ts, iterable);
        var pool = System.Buffers.ArrayPool<PyObject>.Shared;
        var buf = pool.Rent(16);
        int count = 0;
        try
        {
            while (Ops.Next(ts, it) is { } x)
            {
                if (count == buf.Length)
                {
                    var bigger = pool.Rent(count * 2);
                    buf.AsSpan(0, count).CopyTo(bigger);
                    Array.Clear(buf, 0, count);
                    pool.Return(buf);
                    buf = bigger;
                }
                buf[count++] = x;
            }
            return Join(self, buf, count);
        }
        finally
        {
            Array.Clear(buf, 0, count);
            pool.Return(buf);
        }
    }

    private static PyObject Join(PyStr self, PyObject[] items, int n)
    {
        if (n == 0) return PyStr.Empty;
        var sep = self.Value;
        long total = (long)sep.Length * (n - 1);
        // Whether a lone high surrogate meets a lone low one (they stay two code points, see
        // PyStr.SeparateSurrogates): `last` is the unit written before the next piece.
        bool separate = self.SeparateSurrogates && n > 1;
        bool sepStartsLow = sep.Length > 0 && char.IsLowSurrogate(sep[0]);
        char sepLast = sep.Length > 0 ? sep[^1] : '\0';
        char last = '\0';
        for (int i = 0; i < n; i++)
        {
            if (items[i] is not PyStr s)
                throw PyErr.TypeError($"sequence item {i}: expected str instance, {items[i].ObType.Name} found");
            var v = s.Value;
            total += v.Length;
            if (i > 0 && sep.Length > 0)
            {
                if (sepStartsLow && char.IsHighSurrogate(last)) separate = true;
                last = sepLast;
            }
            if (v.Length > 0)
            {
                if (s.SeparateSurrogates || char.IsHighSurrogate(last) && char.IsLowSurrogate(v[0])) separate = true;
                last = v[^1];
            }
        }
        if (n == 1 && PyType.IsExact(items[0], BuiltinTypes.Str)) return items[0];
        if (total > int.MaxValue) throw PyErr.OverflowError("join() result is too long for a Python string");
        var result = string.Create((int)total, (items, n, sep), static (span, st) =>
        {
            int pos = 0;
            for (int i = 0; i < st.n; i++)
            {
                if (i > 0 && st.sep.Length > 0) { st.sep.AsSpan().CopyTo(span[pos..]); pos += st.sep.Length; }
                var v = ((PyStr)st.items[i]).Value;
                v.AsSpan().CopyTo(span[pos..]);
                pos += v.Length;
            }
        });
        if (separate)
        {
            if (!self.IsSimple) throw PyStr.MixedSurrogates();
            return PyStr.FromSeparatePieces(result, items.AsSpan(0, n));
        }
        return PyStr.From(result);
    }

    // ---- replace ----

    /// <summary>str.replace; returns <c>s.Value</c> itself when nothing changes.</summary>
    public static string Replace(PyStr self, string old, string nw, long count)
    {
        var s = self.Value;
        if (count < 0) count = long.MaxValue;
        if (count == 0) return s;
        if (old.Length == 0)
        {
            // Insert before every code point and at the end.
            long cps = self.CodePointLength;
            long inserts = Math.Min(count, cps + 1);
            if (nw.Length == 0) return s;
            long total = s.Length + inserts * nw.Length;
            if (total > int.MaxValue) throw PyErr.OverflowError("replace string is too long");
            var sb = new StringBuilder((int)total);
            long done = 0;
            int i = 0;
            while (i < s.Length)
            {
                if (done < inserts) { sb.Append(nw); done++; }
                int st = i;
                Codecs.NextCodePoint(s, ref i, self.SeparateSurrogates);
                sb.Append(s, st, i - st);
            }
            if (done < inserts) sb.Append(nw);
            return sb.ToString();
        }
        bool separate = self.SeparateSurrogates;
        int first = IndexOf(s, old, 0, s.Length, separate);
        if (first < 0) return s;
        if (count == long.MaxValue && (separate || !HasEdgeSurrogate(old))) return s.Replace(old, nw, StringComparison.Ordinal);
        var b = new StringBuilder(s.Length + Math.Max(0, nw.Length - old.Length) * 4);
        int pos = 0, k = first;
        while (k >= 0 && count-- > 0)
        {
            b.Append(s, pos, k - pos).Append(nw);
            pos = k + old.Length;
            k = IndexOf(s, old, pos, s.Length, separate);
        }
        b.Append(s, pos, s.Length - pos);
        return b.ToString();
    }
}
