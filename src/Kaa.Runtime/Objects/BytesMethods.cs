using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c and stringlib), written once
/// over spans. Results have the kind of self: bytes for bytes (and its subclasses), bytearray for bytearray.
/// </summary>
public static class BytesMethods
{
    // ---- buffers ----

    public static bool IsBuffer(PyObject o) => o is PyBytes || o is PyByteArray || o is PyMemoryView || o is IBufferExporter;

    /// <summary>The bytes of a bytes-like object; the caller checked <see cref="IsBuffer"/>.</summary>
    public static ReadOnlySpan<byte> Span(PyObject o) => o is PyBytes b ? b.Value : o is PyByteArray a ? a.AsSpan() : o is IBufferExporter e ? e.ExportBuffer() : ((PyMemoryView)o).Span;

    public static ReadOnlySpan<byte> Buffer(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyByteArray a) return a.AsSpan();
        if (o is PyMemoryView m) return m.Span;
        if (o is IBufferExporter e) return e.ExportBuffer();
        throw PyErr.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");
    }

    public static PyObject Make(PyObject like, byte[] data) => like is PyByteArray ? new PyByteArray(data) : new PyBytes(data);

    public static PyObject Make(PyObject like, ReadOnlySpan<byte> data) => Make(like, data.ToArray());

    /// <summary>A byte value from an int-like argument, with CPython's range message.</summary>
    public static byte ByteValue(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        if (!i.IsSmall || i.Small < 0 || i.Small > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        return (byte)i.Small;
    }

    /// <summary>The sub argument of find/count/index and `in`: a bytes-like object or an int.</summary>
    private static ReadOnlySpan<byte> SubArg(ThreadState ts, PyObject o, ref byte single)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyByteArray a) return a.AsSpan();
        if (o is PyMemoryView m) return m.Span;
        if (Ops.HasIndex(o))
        {
            single = ByteValue(ts, o);
            return new ReadOnlySpan<byte>(ref single);
        }
        throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{o.ObType.Name}'");
    }

    public static bool Contains(ThreadState ts, ReadOnlySpan<byte> self, PyObject item)
    {
        if (item is PyBytes b) return SubstringSearch.IndexOf(self, b.Value) >= 0;
        if (item is PyByteArray a) return SubstringSearch.IndexOf(self, a.AsSpan()) >= 0;
        if (item is PyMemoryView m) return SubstringSearch.IndexOf(self, m.Span) >= 0;
        if (Ops.HasIndex(item)) return self.IndexOf(ByteValue(ts, item)) >= 0;
        throw PyErr.TypeError($"a bytes-like object is required, not '{item.ObType.Name}'");
    }

    /// <summary>start/end arguments with slice semantics (ADJUST_INDICES).</summary>
    private static (int start, int end) Bounds(ThreadState ts, ReadOnlySpan<PyObject> args, int idx, int len)
    {
        long start = args.Length > idx && args[idx] is not PyNone ? Ops.IndexClamped(ts, args[idx]) : 0;
        long end = args.Length > idx + 1 && args[idx + 1] is not PyNone ? Ops.IndexClamped(ts, args[idx + 1]) : long.MaxValue;
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
        return ((int)Math.Min(start, int.MaxValue), (int)end);
    }

    private static long Find(ThreadState ts, ReadOnlySpan<byte> self, string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        Args.Range(fname, args, kw, 1, 3);
        byte single = 0;
        var sub = SubArg(ts, args[0], ref single);
        var (start, end) = Bounds(ts, args, 1, self.Length);
        if (start > self.Length || end - start < sub.Length) return -1;
        var window = self[start..end];
        int r = reverse ? SubstringSearch.LastIndexOf(window, sub) : SubstringSearch.IndexOf(window, sub);
        return r < 0 ? -1 : r + start;
    }

    private static int Count(ReadOnlySpan<byte> hay, ReadOnlySpan<byte> sub, int max = int.MaxValue)
    {
        if (sub.Length == 0) return Math.Min(hay.Length + 1, max);
        int n = 0, pos = 0;
        while (n < max)
        {
            int i = SubstringSearch.IndexOf(hay[pos..], sub);
            if (i < 0) break;
            n++;
            pos += i + sub.Length;
        }
        return n;
    }

    // ---- ASCII character classes (pyctype.h) ----

    public static bool IsSpace(byte c) => c == ' ' || (c >= 9 && c <= 13);
    private static bool IsLower(byte c) => c >= 'a' && c <= 'z';
    private static bool IsUpper(byte c) => c >= 'A' && c <= 'Z';
    private static bool IsAlpha(byte c) => IsLower(c) || IsUpper(c);
    private static bool IsDigit(byte c) => c >= '0' && c <= '9';
    private static byte ToLower(byte c) => IsUpper(c) ? (byte)(c + 32) : c;
    private static byte ToUpper(byte c) => IsLower(c) ? (byte)(c - 32) : c;

    private static PyObject Map(PyObject self, Func<byte, byte> f)
    {
        var src = Span(self);
        var r = new byte[src.Length];
        for (int i = 0; i < r.Length; i++) r[i] = f(src[i]);
        return Make(self, r);
    }

    private static PyObject All(PyObject self, Func<byte, bool> f)
    {
        var s = Span(self);
        if (s.Length == 0) return PyBool.False;
        foreach (var c in s) if (!f(c)) return PyBool.False;
        return PyBool.True;
    }

    // ---- registration ----

    /// <summary>A method that takes no arguments: "bytes.lower() takes no arguments (1 given)" otherwise.</summary>
    private static void AddNoArgs(PyType t, string name, BuiltinMethod f)
    {
        string qual = t.Name + "." + name;
        t.AddMethod(name, (ts, self, a, kw) =>
        {
            Args.Exact(qual, a, kw, 0);
            return f(ts, self, a, kw);
        });
    }

    internal static void Init(PyType t)
    {
        string tn = t.Name;
        t.AddMethod("find", (ts, self, a, kw) => PyInt.From(Find(ts, Span(self), "find", a, kw, false)));
        t.AddMethod("rfind", (ts, self, a, kw) => PyInt.From(Find(ts, Span(self), "rfind", a, kw, true)));
        t.AddMethod("index", (ts, self, a, kw) =>
        {
            long r = Find(ts, Span(self), "index", a, kw, false);
            return r < 0 ? throw PyErr.ValueError("subsection not found") : PyInt.From(r);
        });
        t.AddMethod("rindex", (ts, self, a, kw) =>
        {
            long r = Find(ts, Span(self), "rindex", a, kw, true);
            return r < 0 ? throw PyErr.ValueError("subsection not found") : PyInt.From(r);
        });
        t.AddMethod("count", (ts, self, a, kw) =>
        {
            Args.Range("count", a, kw, 1, 3);
            var s = Span(self);
            byte single = 0;
            var sub = SubArg(ts, a[0], ref single);
            var (start, end) = Bounds(ts, a, 1, s.Length);
            if (start > s.Length || end < start) return PyInt.Zero;
            return PyInt.From(Count(s[start..end], sub));
        });
        t.AddMethod("startswith", (ts, self, a, kw) => PyBool.From(StartsEnds(ts, Span(self), "startswith", a, kw, false)));
        t.AddMethod("endswith", (ts, self, a, kw) => PyBool.From(StartsEnds(ts, Span(self), "endswith", a, kw, true)));
        t.AddMethod("decode", (ts, self, a, kw) =>
        {
            var p = Args.Parse("decode", a, kw, ["encoding", "errors"], 0);
            string enc = StrArg(p[0], "decode", "encoding") ?? "utf-8";
            string errors = StrArg(p[1], "decode", "errors") ?? "strict";
            var data = self is PyBytes b ? b.Value : ((PyByteArray)self).ToArray();
            return Codecs.DecodeToStr(ts, data, enc, errors);
        });
        t.AddMethod("hex", (ts, self, a, kw) =>
        {
            var p = Args.Parse("hex", a, kw, ["sep", "bytes_per_sep"], 0);
            return PyStr.From(Hex(ts, Span(self), p[0], p[1]));
        });
        t.AddClassMethod("fromhex", (ts, cls, a, kw) =>
        {
            Args.Exact("fromhex", a, kw, 1);
            // 3.14 also takes the hex digits as a bytes-like object.
            string digits = a[0] is PyStr s ? s.Value
                : IsBuffer(a[0]) ? System.Text.Encoding.Latin1.GetString(Span(a[0]))
                : throw PyErr.TypeError($"fromhex() argument must be str or bytes-like, not {a[0].ObType.TpName}");
            var data = FromHex(digits);
            // A subclass's constructor gets the bytes (bytearray_fromhex_impl makes bytes unless the
            // class is exactly bytearray).
            if (!ReferenceEquals(cls, t)) return Ops.Call(ts, cls, new PyBytes(data));
            return ReferenceEquals(t, BuiltinTypes.ByteArray) ? new PyByteArray(data) : new PyBytes(data);
        });
        t.AddStaticMethod("maketrans", (ts, _, a, kw) =>
        {
            Args.Exact("maketrans", a, kw, 2);
            var from = Buffer(a[0]);
            var to = Buffer(a[1]);
            if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return new PyBytes(table);
        });
        t.AddMethod("translate", (ts, self, a, kw) =>
        {
            var p = Args.Parse("translate", a, kw, ["table", "delete"], 1, posOnly: 1);
            ReadOnlySpan<byte> table = default;
            bool hasTable = p[0] is not PyNone;
            if (hasTable)
            {
                table = Buffer(p[0]!);
                if (table.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
            }
            var del = p[1] != null ? Buffer(p[1]!) : default;
            Span<bool> deleted = stackalloc bool[256];
            foreach (var c in del) deleted[c] = true;
            var src = Span(self);
            var r = new byte[src.Length];
            int n = 0;
            foreach (var c in src)
                if (!deleted[c]) r[n++] = hasTable ? table[c] : c;
            return Make(self, r.AsSpan(0, n));
        });
        t.AddMethod("join", (ts, self, a, kw) =>
        {
            Args.Exact($"{tn}.join", a, kw, 1);
            return Make(self, Join(ts, Span(self), a[0]));
        });
        t.AddMethod("split", (ts, self, a, kw) => Split(ts, self, a, kw, "split", false));
        t.AddMethod("rsplit", (ts, self, a, kw) => Split(ts, self, a, kw, "rsplit", true));
        t.AddMethod("splitlines", (ts, self, a, kw) =>
        {
            var p = Args.Parse("splitlines", a, kw, ["keepends"], 0);
            bool keep = p[0] != null && Ops.IsTrue(ts, p[0]!);
            var s = Span(self);
            var result = new PyList();
            int i = 0;
            while (i < s.Length)
            {
                int j = i;
                while (j < s.Length && s[j] != '\n' && s[j] != '\r') j++;
                int eol = j;
                if (j < s.Length)
                {
                    j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
                    if (keep) eol = j;
                }
                result.Append(Make(self, s[i..eol]));
                i = j;
            }
            return result;
        });
        t.AddMethod("strip", (ts, self, a, kw) => Strip(self, a, kw, "strip", true, true));
        t.AddMethod("lstrip", (ts, self, a, kw) => Strip(self, a, kw, "lstrip", true, false));
        t.AddMethod("rstrip", (ts, self, a, kw) => Strip(self, a, kw, "rstrip", false, true));
        t.AddMethod("replace", (ts, self, a, kw) =>
        {
            var p = Args.Parse("replace", a, kw, ["old", "new", "count"], 2, posOnly: 2);
            long count = p[2] == null ? -1 : Ops.IndexClamped(ts, p[2]!);
            return Make(self, Replace(Span(self), Buffer(p[0]!), Buffer(p[1]!), count < 0 ? int.MaxValue : (int)Math.Min(count, int.MaxValue)));
        });
        t.AddMethod("partition", (ts, self, a, kw) => Partition(self, a, kw, "partition", false));
        t.AddMethod("rpartition", (ts, self, a, kw) => Partition(self, a, kw, "rpartition", true));
        t.AddMethod("removeprefix", (ts, self, a, kw) =>
        {
            Args.Exact("removeprefix", a, kw, 1);
            var s = Span(self);
            var pre = Buffer(a[0]);
            return s.StartsWith(pre) ? Make(self, s[pre.Length..]) : Copy(self);
        });
        t.AddMethod("removesuffix", (ts, self, a, kw) =>
        {
            Args.Exact("removesuffix", a, kw, 1);
            var s = Span(self);
            var suf = Buffer(a[0]);
            return s.EndsWith(suf) && suf.Length > 0 ? Make(self, s[..^suf.Length]) : Copy(self);
        });
        t.AddMethod("center", (ts, self, a, kw) => Pad(ts, self, a, kw, "center"));
        t.AddMethod("ljust", (ts, self, a, kw) => Pad(ts, self, a, kw, "ljust"));
        t.AddMethod("rjust", (ts, self, a, kw) => Pad(ts, self, a, kw, "rjust"));
        t.AddMethod("zfill", (ts, self, a, kw) =>
        {
            Args.Exact("zfill", a, kw, 1);
            var s = Span(self);
            long width = Ops.IndexAsLong(ts, a[0]);
            if (width <= s.Length) return Copy(self);
            if (width > Array.MaxLength) throw PyErr.MemoryError();
            var r = new byte[width];
            int fill = (int)width - s.Length;
            r.AsSpan(0, fill).Fill((byte)'0');
            s.CopyTo(r.AsSpan(fill));
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) { r[0] = s[0]; r[fill] = (byte)'0'; }
            return Make(self, r);
        });
        t.AddMethod("expandtabs", (ts, self, a, kw) =>
        {
            var p = Args.Parse("expandtabs", a, kw, ["tabsize"], 0);
            long tab = p[0] == null ? 8 : Ops.IndexAsLong(ts, p[0]!);
            var s = Span(self);
            long total = 0, col = 0;
            foreach (var c in s)
            {
                if (c == '\t') { if (tab > 0) { long n = tab - col % tab; total += n; col += n; } }
                else { total++; col = c == '\n' || c == '\r' ? 0 : col + 1; }
            }
            if (total > Array.MaxLength) throw PyErr.MemoryError();
            var r = new List<byte>((int)total);
            col = 0;
            foreach (var c in s)
            {
                if (c == '\t')
                {
                    if (tab > 0) { long n = tab - col % tab; for (long k = 0; k < n; k++) r.Add((byte)' '); col += n; }
                }
                else
                {
                    r.Add(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return Make(self, r.ToArray());
        });
        AddNoArgs(t, "lower", (ts, self, a, kw) => Map(self, ToLower));
        AddNoArgs(t, "upper", (ts, self, a, kw) => Map(self, ToUpper));
        AddNoArgs(t, "swapcase", (ts, self, a, kw) => Map(self, c => IsLower(c) ? ToUpper(c) : ToLower(c)));
        AddNoArgs(t, "capitalize", (ts, self, a, kw) =>
        {
            var s = Span(self);
            var r = new byte[s.Length];
            for (int i = 0; i < r.Length; i++) r[i] = i == 0 ? ToUpper(s[i]) : ToLower(s[i]);
            return Make(self, r);
        });
        AddNoArgs(t, "title", (ts, self, a, kw) =>
        {
            var s = Span(self);
            var r = new byte[s.Length];
            bool prevCased = false;
            for (int i = 0; i < r.Length; i++)
            {
                byte c = s[i];
                r[i] = prevCased ? ToLower(c) : ToUpper(c);
                prevCased = IsAlpha(c);
            }
            return Make(self, r);
        });
        AddNoArgs(t, "isalnum", (ts, self, a, kw) => All(self, c => IsAlpha(c) || IsDigit(c)));
        AddNoArgs(t, "isalpha", (ts, self, a, kw) => All(self, IsAlpha));
        AddNoArgs(t, "isdigit", (ts, self, a, kw) => All(self, IsDigit));
        AddNoArgs(t, "isspace", (ts, self, a, kw) => All(self, IsSpace));
        AddNoArgs(t, "isascii", (ts, self, a, kw) =>
        {
            foreach (var c in Span(self)) if (c > 127) return PyBool.False;
            return PyBool.True;
        });
        AddNoArgs(t, "islower", (ts, self, a, kw) =>
        {
            bool cased = false;
            foreach (var c in Span(self)) { if (IsUpper(c)) return PyBool.False; if (IsLower(c)) cased = true; }
            return PyBool.From(cased);
        });
        AddNoArgs(t, "isupper", (ts, self, a, kw) =>
        {
            bool cased = false;
            foreach (var c in Span(self)) { if (IsLower(c)) return PyBool.False; if (IsUpper(c)) cased = true; }
            return PyBool.From(cased);
        });
        AddNoArgs(t, "istitle", (ts, self, a, kw) =>
        {
            bool cased = false, prevCased = false;
            foreach (var c in Span(self))
            {
                if (IsUpper(c)) { if (prevCased) return PyBool.False; prevCased = cased = true; }
                else if (IsLower(c)) { if (!prevCased) return PyBool.False; prevCased = cased = true; }
                else prevCased = false;
            }
            return PyBool.From(cased);
        });
    }

    private static string? StrArg(PyObject? o, string fname, string name)
    {
        if (o == null) return null;
        if (o is PyStr s) return s.Value;
        throw PyErr.TypeError($"{fname}() argument '{name}' must be str, not {PyErr.ArgTypeName(o)}");
    }

    private static PyObject Copy(PyObject self) => self is PyBytes b && PyType.IsExact(b, BuiltinTypes.Bytes) ? self : Make(self, Span(self));

    private static bool StartsEnds(ThreadState ts, ReadOnlySpan<byte> s, string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, bool end)
    {
        Args.Range(fname, a, kw, 1, 3);
        var (start, stop) = Bounds(ts, a, 1, s.Length);
        if (a[0] is PyTuple tup)
        {
            foreach (var x in tup.Items)
            {
                if (!IsBuffer(x)) throw PyErr.TypeError($"a bytes-like object is required, not '{x.ObType.Name}'");
                if (Match(s, Span(x), start, stop, end)) return true;
            }
            return false;
        }
        if (!IsBuffer(a[0]))
            throw PyErr.TypeError($"{fname} first arg must be bytes or a tuple of bytes, not {a[0].ObType.Name}");
        return Match(s, Span(a[0]), start, stop, end);
    }

    private static bool Match(ReadOnlySpan<byte> s, ReadOnlySpan<byte> sub, int start, int stop, bool end)
    {
        if (start > s.Length) return false;
        if (stop - start < sub.Length) return false;
        var window = s[start..stop];
        return end ? window.EndsWith(sub) : window.StartsWith(sub);
    }

    public static byte[] Join(ThreadState ts, ReadOnlySpan<byte> sep, PyObject iterable)
    {
        // PySequence_Fast(iterable, "can only join an iterable"), as str.join.
        if (iterable.ObType.TpIter == null && iterable.ObType.MpSubscript == null)
            throw PyErr.TypeError("can only join an iterable");
        var items = Ops.ToArray(ts, iterable);
        long total = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (!IsBuffer(items[i]))
                throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].ObType.Name} found");
            total += Span(items[i]).Length + (i > 0 ? sep.Length : 0);
        }
        if (total > int.MaxValue) throw PyErr.OverflowError("join() result is too long");
        var r = new byte[total];
        int pos = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) { sep.CopyTo(r.AsSpan(pos)); pos += sep.Length; }
            var x = Span(items[i]);
            x.CopyTo(r.AsSpan(pos));
            pos += x.Length;
        }
        return r;
    }

    private static PyObject Split(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw, string fname, bool right)
    {
        var p = Args.Parse(fname, a, kw, ["sep", "maxsplit"], 0);
        long max = p[1] == null ? -1 : Ops.IndexAsLong(ts, p[1]!);
        if (max < 0) max = long.MaxValue;
        var s = Span(self);
        var result = new PyList();
        if (p[0] == null || p[0] is PyNone)
        {
            if (!right)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && IsSpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (max-- == 0)
                    {
                        result.Append(Make(self, s[i..]));
                        break;
                    }
                    int j = i;
                    while (j < s.Length && !IsSpace(s[j])) j++;
                    result.Append(Make(self, s[i..j]));
                    i = j;
                }
            }
            else
            {
                int i = s.Length;
                while (true)
                {
                    while (i > 0 && IsSpace(s[i - 1])) i--;
                    if (i <= 0) break;
                    if (max-- == 0)
                    {
                        result.Append(Make(self, s[..i]));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !IsSpace(s[j - 1])) j--;
                    result.Append(Make(self, s[j..i]));
                    i = j;
                }
                result.Items.AsSpan(0, result.Count).Reverse();
            }
            return result;
        }
        var sep = Buffer(p[0]!);
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        if (!right)
        {
            int pos = 0;
            while (max-- > 0)
            {
                int k = SubstringSearch.IndexOf(s[pos..], sep);
                if (k < 0) break;
                result.Append(Make(self, s.Slice(pos, k)));
                pos += k + sep.Length;
            }
            result.Append(Make(self, s[pos..]));
        }
        else
        {
            int end = s.Length;
            while (max-- > 0)
            {
                int k = SubstringSearch.LastIndexOf(s[..end], sep);
                if (k < 0) break;
                result.Append(Make(self, s[(k + sep.Length)..end]));
                end = k;
            }
            result.Append(Make(self, s[..end]));
            result.Items.AsSpan(0, result.Count).Reverse();
        }
        return result;
    }

    private static PyObject Strip(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw, string fname, bool left, bool right)
    {
        Args.Range(fname, a, kw, 0, 1);
        var s = Span(self);
        Span<bool> set = stackalloc bool[256];
        if (a.Length == 0 || a[0] is PyNone)
        {
            foreach (var c in " \t\n\r\x0b\x0c") set[c] = true;
        }
        else foreach (var c in Buffer(a[0])) set[c] = true;
        int i = 0, j = s.Length;
        if (left) while (i < j && set[s[i]]) i++;
        if (right) while (j > i && set[s[j - 1]]) j--;
        if (i == 0 && j == s.Length) return Copy(self);
        return Make(self, s[i..j]);
    }

    private static byte[] Replace(ReadOnlySpan<byte> s, ReadOnlySpan<byte> old, ReadOnlySpan<byte> rep, int max)
    {
        if (max == 0) return s.ToArray();
        var r = new List<byte>(s.Length);
        if (old.Length == 0)
        {
            // Insert rep before every byte and at the end, up to max times.
            int n = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                if (n < max) { foreach (var b in rep) r.Add(b); n++; }
                if (i < s.Length) r.Add(s[i]);
            }
            return r.ToArray();
        }
        int pos = 0, count = 0;
        while (count < max)
        {
            int k = SubstringSearch.IndexOf(s[pos..], old);
            if (k < 0) break;
            foreach (var b in s.Slice(pos, k)) r.Add(b);
            foreach (var b in rep) r.Add(b);
            pos += k + old.Length;
            count++;
        }
        foreach (var b in s[pos..]) r.Add(b);
        return r.ToArray();
    }

    private static PyObject Partition(PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw, string fname, bool right)
    {
        Args.Exact(fname, a, kw, 1);
        var s = Span(self);
        var sep = Buffer(a[0]);
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        int k = right ? SubstringSearch.LastIndexOf(s, sep) : SubstringSearch.IndexOf(s, sep);
        if (k < 0)
        {
            var empty = Make(self, ReadOnlySpan<byte>.Empty);
            var empty2 = Make(self, ReadOnlySpan<byte>.Empty);
            return right ? new PyTuple([empty, empty2, Copy(self)]) : new PyTuple([Copy(self), empty, empty2]);
        }
        // bytes hands back the separator object it was given (stringlib_partition); bytearray copies it.
        var middle = self is PyBytes ? a[0] : Make(self, sep);
        return new PyTuple([Make(self, s[..k]), middle, Make(self, s[(k + sep.Length)..])]);
    }

    private static PyObject Pad(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> a, PyTuple? kw, string fname)
    {
        Args.Range(fname, a, kw, 1, 2);
        long width = Ops.IndexAsLong(ts, a[0]);
        byte fill = (byte)' ';
        if (a.Length > 1)
        {
            // Argument Clinic's char converter: bytes or bytearray only, and 3.14 names a wrong length.
            if (a[1] is not (PyBytes or PyByteArray))
                throw PyErr.TypeError($"{fname}() argument 2 must be a byte string of length 1, not {PyErr.ArgTypeName(a[1])}");
            var f = Span(a[1]);
            if (f.Length != 1)
                throw PyErr.TypeError($"{fname}(): argument 2 must be a byte string of length 1, not a {(a[1] is PyBytes ? "bytes" : "bytearray")} object of length {f.Length}");
            fill = f[0];
        }
        var s = Span(self);
        if (width <= s.Length) return Copy(self);
        if (width > Array.MaxLength) throw PyErr.MemoryError();
        int marg = (int)width - s.Length;
        int left = fname switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & (int)width & 1),
        };
        var r = new byte[width];
        r.AsSpan().Fill(fill);
        s.CopyTo(r.AsSpan(left));
        return Make(self, r);
    }

    internal static string Hex(ThreadState ts, ReadOnlySpan<byte> s, PyObject? sepArg, PyObject? perArg)
    {
        const string digits = "0123456789abcdef";
        char? sep = null;
        if (sepArg != null)
        {
            // CPython takes len(sep) first, so None or an int fail with "has no len()".
            if (sepArg is not PyStr && sepArg is not PyBytes)
            {
                if (Ops.Length(ts, sepArg) != 1) throw PyErr.ValueError("sep must be length 1.");
                throw PyErr.TypeError("sep must be str or bytes.");
            }
            string sv = sepArg is PyStr ss ? ss.Value : Encoding.Latin1.GetString(((PyBytes)sepArg).Value);
            if (sv.Length != 1) throw PyErr.ValueError("sep must be length 1.");
            if (sv[0] > 127) throw PyErr.ValueError("sep must be ASCII.");
            sep = sv[0];
        }
        long per = perArg == null ? 1 : Ops.IndexAsLong(ts, perArg);
        var sb2 = new StringBuilder(s.Length * 3);
        if (sep == null || per == 0 || s.Length == 0)
        {
            foreach (var b in s) sb2.Append(digits[b >> 4]).Append(digits[b & 15]);
            return sb2.ToString();
        }
        long group = Math.Abs(per);
        for (int i = 0; i < s.Length; i++)
        {
            // Positive counts group from the right, negative from the left.
            bool boundary = per > 0 ? i > 0 && (s.Length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) sb2.Append(sep.Value);
            sb2.Append(digits[s[i] >> 4]).Append(digits[s[i] & 15]);
        }
        return sb2.ToString();
    }

    private static int HexValue(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    public static byte[] FromHex(string s)
    {
        var r = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] < 128 && IsSpace((byte)s[i])) { i++; continue; }
            int hi = HexValue(s[i]);
            if (hi < 0) throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length) throw PyErr.ValueError("fromhex() arg must contain an even number of hexadecimal digits");
            int lo = HexValue(s[i + 1]);
            if (lo < 0) throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return r.ToArray();
    }

    /// <summary>b'...' with CPython's quote choice and escapes. <paramref name="alwaysEscapeSingle"/>:
    /// bytearray's repr escapes ' even inside double quotes (CPython's bytearray_repr does).</summary>
    public static string Repr(ReadOnlySpan<byte> s, string prefix = "b", bool alwaysEscapeSingle = false)
    {
        bool hasSingle = s.IndexOf((byte)'\'') >= 0, hasDouble = s.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 3);
        sb.Append(prefix).Append(quote);
        const string hex = "0123456789abcdef";
        foreach (var c in s)
        {
            if (c == quote || c == '\\' || (alwaysEscapeSingle && c == '\'')) sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(hex[c >> 4]).Append(hex[c & 15]);
            else sb.Append((char)c);
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>Lexicographic comparison of two byte strings.</summary>
    public static PyObject Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && a.Length != b.Length) return PyBool.From(op == CompareOp.Ne);
        int c = a.SequenceCompareTo(b);
        return PyBool.From(IntType.CompareResult(Math.Sign(c), op));
    }
}
