using System.Runtime.CompilerServices;
using System.Text;

namespace Kaa.Runtime.Objects;

/// <summary>
/// str. Wraps a .NET string; Python indexes by code point, so a string holding surrogate pairs (characters
/// outside the BMP) maps indexes through <see cref="CodePointLength"/> and friends; the common all-BMP
/// case indexes the .NET string directly.
/// </summary>
public class PyStr : PyObject, IEquatable<PyStr>
{
    // Set once: at construction, or (for a str built by `s += t`, see PyStrAppended) the first time
    // the text is asked for.
    private string? _value;

    /// <summary>The text. A str produced by in-place concatenation makes its .NET string on first use.</summary>
    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value ?? Materialize();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string Materialize()
    {
        var s = ((PyStrAppended)this).Flatten();
        _value = s;
        return s;
    }
    // -1 = not computed yet (a str hash is never -1). One 64-bit field written once with a release
    // store, so a string shared by reference between interpreters (DESIGN §5) can never show another
    // thread a "computed" flag together with a torn or stale hash.
    private long _hash = -1;
    private int _codePoints = -1;

    // True when the text holds a lone high surrogate followed by a lone low one that Python sees as two
    // code points ('\ud800' + '\udc00' is two characters in CPython; a .NET string reads the units as
    // one pair, U+10000). Set only when such a seam exists, and then every UTF-16 unit is one code point:
    // a str cannot hold both a real pair and a separate seam (such a str raises NotImplementedError).
    // Equal text with a different reading is a different str (see Equals).
    private bool _separate;

    // Whether the text holds any surrogate unit: 0 not known yet, 1 none, 2 some. Computed once (a
    // vectorised scan) for the producers that must know whether a result can hold a surrogate seam.
    private byte _surrogateUnits;

    /// <summary>Records that the text holds no surrogate unit, for a producer that knows it (saves the scan).</summary>
    internal void KnownWithoutSurrogates() => _surrogateUnits = 1;

    /// <summary>True when the text holds a surrogate unit (paired or not); cached.</summary>
    public bool HasSurrogateUnits
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int k = _surrogateUnits;
            return k == 0 ? ScanSurrogateUnits() : k == 2;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ScanSurrogateUnits()
    {
        bool some = Value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        _surrogateUnits = some ? (byte)2 : (byte)1;
        return some;
    }

    /// <summary>True when adjacent lone surrogates in the text are separate code points (see the field).</summary>
    public bool SeparateSurrogates => _separate;

    public PyStr(string value) : base(BuiltinTypes.Str) { _value = value; }
    protected PyStr(PyType type, string value) : base(type) { _value = value; }

    /// <summary>For subclass instances: the text of <paramref name="value"/>, read the same way.</summary>
    protected PyStr(PyType type, PyStr value) : base(type)
    {
        _value = value.Value;
        _separate = value._separate;
        if (_separate) _codePoints = _value.Length;
    }

    /// <summary>An exact str with the text of <paramref name="s"/> (a subclass instance), read the same way.</summary>
    public static PyStr ExactCopy(PyStr s) => s._separate ? FromSimple(s.Value) : From(s.Value);

    /// <summary>A str whose code-point count the producer already knows, so len(), indexing and slicing
    /// never scan it for surrogate pairs.</summary>
    private PyStr(string value, int codePoints) : base(BuiltinTypes.Str) { _value = value; _codePoints = codePoints; }

    private PyStr(string value, int codePoints, bool separate) : base(BuiltinTypes.Str) { _value = value; _codePoints = codePoints; _separate = separate; }

    /// <summary>For <see cref="PyStrAppended"/>: the text lives in a shared buffer until first asked for.</summary>
    private protected PyStr(int codePoints, bool separate) : base(BuiltinTypes.Str) { _codePoints = codePoints; _separate = separate; }

    /// <summary>The length in UTF-16 units, without making the .NET string of an appended str.</summary>
    public int Utf16Length => _value?.Length ?? ((PyStrAppended)this).Length;

    public static readonly PyStr Empty = new("", 0);

    /// <summary>The one-character Latin-1 strings are immortal and shared (DESIGN §2 rule 4).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<PyStr> Latin1 = [.. Enumerable.Range(0, 256).Select(i => new PyStr(((char)i).ToString(), 1))];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr From(string s)
    {
        if (s.Length <= 1)
        {
            if (s.Length == 0) return Empty;
            if (s[0] < 256) return Latin1[s[0]];
        }
        return new PyStr(s);
    }

    public static PyStr FromChar(char c) => c < 256 ? Latin1[c] : new PyStr(c.ToString(), 1);

    /// <summary>A str from <paramref name="s"/> in which every UTF-16 unit is one code point (ASCII text,
    /// formatted numbers, a slice of a simple str, units the caller built from separate code points):
    /// a lone high surrogate followed by a lone low one stays two code points.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr FromSimple(string s)
    {
        if (s.Length <= 1)
        {
            if (s.Length == 0) return Empty;
            if (s[0] < 256) return Latin1[s[0]];
        }
        return new PyStr(s, s.Length, HasSurrogateSeam(s));
    }

    /// <summary>A str from <paramref name="s"/> in which every UTF-16 unit is one code point, when the caller
    /// knows whether a lone high surrogate is followed by a lone low one (<paramref name="separate"/>): no scan.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyStr FromUnits(string s, bool separate)
    {
        if (s.Length <= 1)
        {
            if (s.Length == 0) return Empty;
            if (s[0] < 256) return Latin1[s[0]];
        }
        return new PyStr(s, s.Length, separate);
    }

    /// <summary>
    /// A str from UTF-16 units that a producer assembled from pieces: <paramref name="separate"/> says
    /// whether it joined a lone high surrogate to a lone low one (two code points), <paramref name="paired"/>
    /// whether any piece held a real surrogate pair (one code point). Both at once cannot be represented.
    /// </summary>
    internal static PyStr FromAssembled(string s, bool separate, bool paired)
    {
        if (!separate) return From(s);
        if (paired) throw MixedSurrogates();
        return FromSimple(s);
    }

    /// <summary>True when the strs <paramref name="pieces"/>, written one after another, make or keep a
    /// separate surrogate seam (then the result must come from <see cref="FromSeparatePieces"/>).</summary>
    internal static bool PiecesMakeSeam(ReadOnlySpan<PyObject> pieces)
    {
        char last = '\0';
        foreach (var o in pieces)
        {
            var s = Unsafe.As<PyStr>(o);
            if (s._separate) return true;
            var v = s.Value;
            if (v.Length == 0) continue;
            if (char.IsHighSurrogate(last) && char.IsLowSurrogate(v[0])) return true;
            last = v[^1];
        }
        return false;
    }

    /// <summary>The str <paramref name="text"/> made of <paramref name="pieces"/> that make a separate seam
    /// (see <see cref="PiecesMakeSeam"/>): every unit is one code point, unless a piece held a real pair.</summary>
    internal static PyStr FromSeparatePieces(string text, ReadOnlySpan<PyObject> pieces)
    {
        foreach (var o in pieces) if (!Unsafe.As<PyStr>(o).IsSimple) throw MixedSurrogates();
        return new PyStr(text, text.Length, true);
    }

    /// <summary>The error for a str that would hold both a character outside the BMP and two lone surrogates
    /// side by side: one .NET string cannot tell the two readings apart.</summary>
    internal static PyException MixedSurrogates()
        => PyErr.NotImplementedError("Kaa cannot represent a str holding both a character outside the BMP and a lone high surrogate followed by a lone low surrogate");

    /// <summary>True when <paramref name="s"/> has a high surrogate unit directly followed by a low one.</summary>
    public static bool HasSurrogateSeam(ReadOnlySpan<char> s)
    {
        int i = s.IndexOfAnyInRange('\uD800', '\uDBFF');
        while (i >= 0 && i + 1 < s.Length)
        {
            if (char.IsLowSurrogate(s[i + 1])) return true;
            int j = s[(i + 1)..].IndexOfAnyInRange('\uD800', '\uDBFF');
            if (j < 0) return false;
            i += 1 + j;
        }
        return false;
    }

    /// <summary>The code-point count if already known, else -1; short strings are counted now (and remember it).</summary>
    internal int KnownCodePoints => _codePoints >= 0 || Value.Length > 64 ? _codePoints : CodePointLength;

    /// <summary>
    /// a + b. An empty operand gives the other one back when that is an exact str (as CPython's
    /// PyUnicode_Concat). The result's code-point count follows from the operands' (one less when a lone
    /// high surrogate meets a lone low one at the seam), so `s += c` in a loop never rescans s.
    /// </summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a is PyStrAppended app && b.Utf16Length > 0) return app.Append(b);
        string x = a.Value, y = b.Value;
        if (y.Length == 0 && ReferenceEquals(a.ObType, BuiltinTypes.Str)) return a;
        if (x.Length == 0 && ReferenceEquals(b.ObType, BuiltinTypes.Str)) return b;
        if ((long)x.Length + y.Length > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
        var r = string.Concat(x, y);
        // Python never merges a lone high surrogate and a lone low one into one character.
        if (x.Length > 0 && y.Length > 0 && char.IsHighSurrogate(x[^1]) && char.IsLowSurrogate(y[0]) || a._separate || b._separate)
            return new PyStr(r, r.Length, SeparateConcat(a, b));
        int ca = a.KnownCodePoints, cb = b.KnownCodePoints;
        if (ca < 0 || cb < 0) return From(r);
        return new PyStr(r, ca + cb);
    }

    /// <summary>True, for a concatenation that makes or keeps a separate surrogate seam, once both operands
    /// are known to hold no real pair (else the result cannot be represented).</summary>
    private static bool SeparateConcat(PyStr a, PyStr b)
        => a.IsSimple && b.IsSimple ? true : throw MixedSurrogates();

    /// <summary>
    /// <c>a += b</c>: as <see cref="Concat"/>, but a long result keeps spare room so that the next
    /// <c>+=</c> on it appends in place (<see cref="PyStrAppended"/>): building a str piece by piece in
    /// a loop costs linear time, as in CPython, instead of copying the whole str each time.
    /// </summary>
    public static PyStr ConcatInPlace(PyStr a, PyStr b)
    {
        if (a is PyStrAppended app) return b.Utf16Length == 0 ? a : app.Append(b);
        var x = a.Value;
        if (x.Length < PyStrAppended.MinLength || b.Utf16Length == 0) return Concat(a, b);
        var y = b.Value;
        bool separate = char.IsHighSurrogate(x[^1]) && char.IsLowSurrogate(y[0]) || a._separate || b._separate;
        if (separate) SeparateConcat(a, b);
        return PyStrAppended.Start(x, y, a.CodePointLength + b.CodePointLength, separate);
    }

    /// <summary>For identifiers the runtime itself uses: created once per process and shared.</summary>
    public static PyStr Immortal(string s) => From(string.Intern(s));

    /// <summary>Hash of a string: process-wide seed (fixed with PYTHONHASHSEED), never -1.</summary>
    public long Hash
    {
        get
        {
            long h = Volatile.Read(ref _hash);
            if (h != -1) return h;
            h = StrHash.Compute(Value);
            Volatile.Write(ref _hash, h);
            return h;
        }
    }

    /// <summary>Number of code points (Python's len).</summary>
    public int CodePointLength
    {
        get
        {
            if (_codePoints >= 0) return _codePoints;
            // Vectorised scan: strings without surrogates (nearly all) have one code point per char.
            return _codePoints = CountCodePoints(Value);
        }
    }

    /// <summary>True when every code point is one UTF-16 unit, so Python indexes equal .NET indexes.</summary>
    public bool IsSimple => CodePointLength == Utf16Length;

    /// <summary>The number of code points in <paramref name="s"/>: a surrogate pair counts once.</summary>
    public static int CountCodePoints(ReadOnlySpan<char> s)
    {
        // Vectorised scan first: text without surrogates (nearly all) has one code point per char.
        int i = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return s.Length;
        int n = i;
        for (; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary>The code points, for strings that are not simple.</summary>
    public int[] ToCodePoints()
    {
        var cps = new int[CodePointLength];
        int n = 0;
        var s = Value;
        if (_separate)
        {
            for (int i = 0; i < s.Length; i++) cps[i] = s[i];
            return cps;
        }
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps[n++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else cps[n++] = s[i];
        }
        return cps;
    }

    /// <summary>A str of these code points; a lone high surrogate followed by a lone low one stays two.</summary>
    public static PyStr FromCodePointArray(ReadOnlySpan<int> cps)
    {
        bool separate = false, paired = false;
        for (int k = 0; k < cps.Length; k++)
        {
            if (cps[k] > 0xFFFF) paired = true;
            else if (cps[k] is >= 0xD800 and <= 0xDBFF && k + 1 < cps.Length && cps[k + 1] is >= 0xDC00 and <= 0xDFFF) separate = true;
        }
        return FromAssembled(FromCodePoints(cps), separate, paired);
    }

    public static string FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (var cp in cps) AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>Python's str equality: the same units read the same way (see <see cref="SeparateSurrogates"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ValueEquals(PyStr a, PyStr b) => string.Equals(a.Value, b.Value) && a._separate == b._separate;

    public bool Equals(PyStr? other) => other is not null && (ReferenceEquals(this, other) || string.Equals(Value, other.Value) && _separate == other._separate);
    public override bool Equals(object? obj) => obj is PyStr s && Equals(s);
    public override int GetHashCode() => (int)Hash ^ (int)(Hash >> 32);
    public override string ToString() => Value;
}

/// <summary>Subclass instances of str (`class S(str)`), which carry a __dict__.</summary>
public sealed class PyStrSub : PyStr, IHasDict
{
    public PyStrSub(PyType type, string value) : base(type, value) { }

    /// <summary>An instance with the text of <paramref name="value"/>, read the same way.</summary>
    public PyStrSub(PyType type, PyStr value) : base(type, value) { }

    public PyDict? Dict { get; set; } = new PyDict();
}

internal static class StrHash
{
    /// <summary>The process-wide seed: random unless PYTHONHASHSEED is set, fixed for the life of the process.</summary>
    internal static readonly ulong Seed = ComputeSeed();

    /// <summary>sys.flags.hash_randomization: off only for PYTHONHASHSEED=0.</summary>
    internal static readonly bool Randomized = Environment.GetEnvironmentVariable("PYTHONHASHSEED") is not { } e || e == "random" || !ulong.TryParse(e, out var v) || v != 0;

    private static ulong ComputeSeed()
    {
        var env = Environment.GetEnvironmentVariable("PYTHONHASHSEED");
        if (env != null && env != "random" && ulong.TryParse(env, out var v)) return v * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        return (ulong)Random.Shared.NextInt64();
    }

    internal static long Compute(string s)
    {
        // A multiply-xorshift hash over UTF-16 units; equal strings hash equal within one process.
        ulong h = Seed ^ (ulong)s.Length;
        int i = 0;
        for (; i + 4 <= s.Length; i += 4)
        {
            ulong chunk = s[i] | ((ulong)s[i + 1] << 16) | ((ulong)s[i + 2] << 32) | ((ulong)s[i + 3] << 48);
            h = (h ^ chunk) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }
        for (; i < s.Length; i++)
        {
            h = (h ^ s[i]) * 0x94D049BB133111EBUL;
            h ^= h >> 29;
        }
        return Finish(h);
    }

    /// <summary>A full avalanche (MurmurHash3's fmix64): every input bit must reach the low bits,
    /// which are the ones a dict or set probes first ('abc' + chr(c) used to leave only 2 distinct
    /// low nibbles). Shared with bytes, whose hash equals str's for ASCII.</summary>
    internal static long Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        long r = (long)h;
        return r == -1 ? -2 : r;
    }
}
