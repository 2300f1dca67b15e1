using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Kaa.Compiler.Unicode;

/// <summary>
/// The Unicode character database behind unicodedata and the tokenizer's NFKC normalization of
/// identifiers (it lives in the compiler so both can use it), read once per process from the embedded
/// UnicodeData.bin (generated from CPython 3.14's unicodedata by tests/Kaa.Tests/Modules/UnicodeDataGen.py,
/// so the data is Unicode <see cref="Version"/>). Immutable after loading; shared by all interpreters.
/// Layout (little-endian, Deflate-compressed): version; category, bidirectional and east-asian-width
/// name tables; property records (category, bidi, combining, eaw, mirrored); runs of (first code point,
/// record); names; CJK unified ideograph ranges; decompositions; numeric values; primary composites; aliases;
/// then for Unicode 3.2.0 (<c>ucd_3_2_0</c>): its property runs, the numeric values that differ and the
/// normalization corrections; last the named sequences (name, length, UTF-16 units). Aliases and named
/// sequences are in CPython's order, the order of its private-use code points for them (see
/// <see cref="NameReplaceName"/>). Every query takes <c>v32</c> to answer as CPython's ucd_3_2_0 does: a
/// character unassigned in 3.2.0 has no name, decomposition or numeric value and is not decomposed.
/// </summary>
public sealed class UnicodeDatabase
{
    private static class Holder
    {
        internal static readonly UnicodeDatabase Instance = Load();
    }

    public static UnicodeDatabase Instance => Holder.Instance;

    public readonly string Version;
    private readonly ImmutableArray<string> _categories, _bidis, _eaws;
    private readonly ImmutableArray<byte> _recCat, _recBidi, _recComb, _recEaw, _recMirror;
    private readonly ImmutableArray<int> _runStarts;
    private readonly ImmutableArray<ushort> _runRecords;
    private readonly FrozenDictionary<int, string> _names;
    private readonly FrozenDictionary<string, int> _codes, _aliases;
    /// <summary>Alias and named-sequence names in CPython's order (index i is at AliasesStart/SequencesStart + i).</summary>
    private readonly ImmutableArray<string> _aliasNames, _sequenceNames;
    /// <summary>Named sequences by upper-case name: the characters unicodedata.lookup returns.</summary>
    private readonly FrozenDictionary<string, string> _sequences;
    private readonly ImmutableArray<int> _oldRunStarts;
    private readonly ImmutableArray<ushort> _oldRunRecords;
    private readonly FrozenDictionary<int, (sbyte Decimal, sbyte Digit, string Numeric)> _oldNumerics;
    private readonly FrozenDictionary<int, int> _corrections;
    private readonly ImmutableArray<int> _cjkRanges;
    private readonly FrozenDictionary<int, string> _decompositions;
    /// <summary>The decompositions parsed once for normalization: compatibility or canonical, and the code points.</summary>
    private readonly FrozenDictionary<int, (bool Compat, ImmutableArray<int> Parts)> _decompParts;
    private readonly FrozenDictionary<int, (sbyte Decimal, sbyte Digit, string Numeric)> _numerics;
    private readonly FrozenDictionary<long, int> _compositions;

    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, LCount = 19, VCount = 21, TCount = 28;
    private const int NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly ImmutableArray<string> JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly ImmutableArray<string> JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly ImmutableArray<string> JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private UnicodeDatabase(BinaryReader r)
    {
        string Str() => Encoding.UTF8.GetString(r.ReadBytes(r.ReadUInt16()));
        ImmutableArray<string> Table()
        {
            int n = r.ReadUInt16();
            var b = ImmutableArray.CreateBuilder<string>(n);
            for (int i = 0; i < n; i++) b.Add(Str());
            return b.MoveToImmutable();
        }
        Version = Str();
        _categories = Table();
        _bidis = Table();
        _eaws = Table();
        int nrec = r.ReadUInt16();
        var cat = new byte[nrec]; var bidi = new byte[nrec]; var comb = new byte[nrec]; var eaw = new byte[nrec]; var mir = new byte[nrec];
        for (int i = 0; i < nrec; i++) { cat[i] = r.ReadByte(); bidi[i] = r.ReadByte(); comb[i] = r.ReadByte(); eaw[i] = r.ReadByte(); mir[i] = r.ReadByte(); }
        _recCat = [.. cat]; _recBidi = [.. bidi]; _recComb = [.. comb]; _recEaw = [.. eaw]; _recMirror = [.. mir];
        int nruns = r.ReadInt32();
        var starts = new int[nruns]; var recs = new ushort[nruns];
        for (int i = 0; i < nruns; i++) { starts[i] = r.ReadInt32(); recs[i] = r.ReadUInt16(); }
        _runStarts = [.. starts]; _runRecords = [.. recs];
        int nnames = r.ReadInt32();
        var names = new Dictionary<int, string>(nnames);
        var codes = new Dictionary<string, int>(nnames, StringComparer.Ordinal);
        for (int i = 0; i < nnames; i++)
        {
            int cp = r.ReadInt32();
            var n = Str();
            names[cp] = n;
            codes[n] = cp;
        }
        int ncjk = r.ReadInt32();
        var cjk = new int[ncjk * 2];
        for (int i = 0; i < cjk.Length; i++) cjk[i] = r.ReadInt32();
        _cjkRanges = [.. cjk];
        int ndec = r.ReadInt32();
        var decs = new Dictionary<int, string>(ndec);
        for (int i = 0; i < ndec; i++) { int cp = r.ReadInt32(); decs[cp] = Str(); }
        int nnum = r.ReadInt32();
        var nums = new Dictionary<int, (sbyte, sbyte, string)>(nnum);
        for (int i = 0; i < nnum; i++) { int cp = r.ReadInt32(); sbyte d = r.ReadSByte(), g = r.ReadSByte(); nums[cp] = (d, g, Str()); }
        int ncomp = r.ReadInt32();
        var comps = new Dictionary<long, int>(ncomp);
        for (int i = 0; i < ncomp; i++) { long a = r.ReadInt32(), b = r.ReadInt32(); comps[(a << 21) | b] = r.ReadInt32(); }
        int nalias = r.ReadInt32();
        var aliases = new Dictionary<string, int>(nalias, StringComparer.Ordinal);
        var aliasNames = new string[nalias];
        for (int i = 0; i < nalias; i++) { var n = aliasNames[i] = Str(); aliases[n] = r.ReadInt32(); }
        _aliasNames = [.. aliasNames];
        int noldruns = r.ReadInt32();
        var oldStarts = new int[noldruns]; var oldRecs = new ushort[noldruns];
        for (int i = 0; i < noldruns; i++) { oldStarts[i] = r.ReadInt32(); oldRecs[i] = r.ReadUInt16(); }
        _oldRunStarts = [.. oldStarts]; _oldRunRecords = [.. oldRecs];
        int noldnum = r.ReadInt32();
        var oldNums = new Dictionary<int, (sbyte, sbyte, string)>(noldnum);
        for (int i = 0; i < noldnum; i++) { int cp = r.ReadInt32(); sbyte d = r.ReadSByte(), g = r.ReadSByte(); oldNums[cp] = (d, g, Str()); }
        int ncorr = r.ReadInt32();
        var corr = new Dictionary<int, int>(ncorr);
        for (int i = 0; i < ncorr; i++) { int a = r.ReadInt32(); corr[a] = r.ReadInt32(); }
        int nseq = r.ReadInt32();
        var seqNames = new string[nseq];
        var seqs = new Dictionary<string, string>(nseq, StringComparer.Ordinal);
        for (int i = 0; i < nseq; i++)
        {
            var n = seqNames[i] = Str();
            var units = new char[r.ReadByte()];
            for (int k = 0; k < units.Length; k++) units[k] = (char)r.ReadUInt16();
            seqs[n] = new string(units);
        }
        _sequenceNames = [.. seqNames];
        _sequences = seqs.ToFrozenDictionary(StringComparer.Ordinal);
        _aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        _oldNumerics = oldNums.ToFrozenDictionary();
        _corrections = corr.ToFrozenDictionary();
        _names = names.ToFrozenDictionary();
        _codes = codes.ToFrozenDictionary(StringComparer.Ordinal);
        _decompositions = decs.ToFrozenDictionary();
        _decompParts = decs.ToFrozenDictionary(kv => kv.Key, kv =>
        {
            var parts = kv.Value.Split(' ');
            bool compat = parts[0][0] == '<';
            return (compat, parts.Where(p => p[0] != '<')
                .Select(p => int.Parse(p, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))
                .ToImmutableArray());
        });
        _numerics = nums.ToFrozenDictionary();
        _compositions = comps.ToFrozenDictionary();
    }

    private static UnicodeDatabase Load()
    {
        using var s = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream("Kaa.Compiler.UnicodeData.bin")
            ?? throw new InvalidOperationException("the embedded Unicode database is missing");
        using var z = new DeflateStream(s, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        z.CopyTo(ms);
        ms.Position = 0;
        using var r = new BinaryReader(ms);
        return new UnicodeDatabase(r);
    }

    private int Record(int cp, bool v32)
    {
        var starts = v32 ? _oldRunStarts : _runStarts;
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= cp) lo = mid; else hi = mid - 1;
        }
        return (v32 ? _oldRunRecords : _runRecords)[lo];
    }

    public string Category(int cp, bool v32 = false) => _categories[_recCat[Record(cp, v32)]];
    public string Bidirectional(int cp, bool v32 = false) => _bidis[_recBidi[Record(cp, v32)]];
    public int Combining(int cp, bool v32 = false) => _recComb[Record(cp, v32)];
    public string EastAsianWidth(int cp, bool v32 = false) => _eaws[_recEaw[Record(cp, v32)]];
    public int Mirrored(int cp, bool v32 = false) => _recMirror[Record(cp, v32)];

    /// <summary>Whether 3.2.0 leaves the character unassigned (CPython's category_changed == 0).</summary>
    private bool UnassignedIn32(int cp) => Category(cp, v32: true) == "Cn";

    public string Decomposition(int cp, bool v32 = false)
        => (v32 && UnassignedIn32(cp)) || !_decompositions.TryGetValue(cp, out var d) ? "" : d;

    private bool TryNumeric(int cp, bool v32, out (sbyte Decimal, sbyte Digit, string Numeric) n)
    {
        if (v32 && _oldNumerics.TryGetValue(cp, out n)) return true;
        return _numerics.TryGetValue(cp, out n);
    }

    /// <summary>The decimal value, or -1.</summary>
    public int Decimal(int cp, bool v32 = false) => TryNumeric(cp, v32, out var n) ? n.Decimal : -1;
    /// <summary>The digit value, or -1.</summary>
    public int Digit(int cp, bool v32 = false) => TryNumeric(cp, v32, out var n) ? n.Digit : -1;
    /// <summary>The numeric value as the repr of a float, or null.</summary>
    public string? Numeric(int cp, bool v32 = false) => TryNumeric(cp, v32, out var n) && n.Numeric.Length > 0 ? n.Numeric : null;

    private bool IsCjkUnified(int cp)
    {
        for (int i = 0; i < _cjkRanges.Length; i += 2)
            if (cp >= _cjkRanges[i] && cp <= _cjkRanges[i + 1]) return true;
        return false;
    }

    public string? Name(int cp, bool v32 = false)
    {
        if (v32 && UnassignedIn32(cp)) return null;
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            return "HANGUL SYLLABLE " + JamoL[s / NCount] + JamoV[s % NCount / TCount] + JamoT[s % TCount];
        }
        if (IsCjkUnified(cp)) return "CJK UNIFIED IDEOGRAPH-" + cp.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        return _names.TryGetValue(cp, out var n) ? n : null;
    }

    /// <summary>
    /// The code point of a name or alias (aliases only for the current version), or -1. Like CPython the
    /// algorithmic names match case-sensitively.
    /// </summary>
    public int Lookup(string name, bool v32 = false)
    {
        // (\N{...} escapes use this too, so named sequences are left to LookupSequence, as CPython's
        // _getcode(with_named_seq=0) leaves them.)
        const string hangul = "HANGUL SYLLABLE ", cjk = "CJK UNIFIED IDEOGRAPH-";
        if (name.StartsWith(hangul, StringComparison.Ordinal))
        {
            var rest = name.AsSpan(hangul.Length);
            for (int l = 0; l < LCount; l++)
            {
                if (!rest.StartsWith(JamoL[l], StringComparison.Ordinal)) continue;
                for (int v = 0; v < VCount; v++)
                {
                    var afterL = rest[JamoL[l].Length..];
                    if (!afterL.StartsWith(JamoV[v], StringComparison.Ordinal)) continue;
                    var afterV = afterL[JamoV[v].Length..];
                    for (int t = 0; t < TCount; t++)
                        if (afterV.SequenceEqual(JamoT[t])) return SBase + (l * VCount + v) * TCount + t;
                }
            }
        }
        if (name.StartsWith(cjk, StringComparison.Ordinal))
        {
            var hex = name.AsSpan(cjk.Length);
            if ((hex.Length == 4 || hex.Length == 5) && !hex.ContainsAnyExcept("0123456789ABCDEF")
                && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out int v) && IsCjkUnified(v))
                return v;
            return -1;
        }
        var upper = AsciiUpper(name);
        if (_codes.TryGetValue(upper, out int cp)) return cp;
        return !v32 && _aliases.TryGetValue(upper, out cp) ? cp : -1;
    }

    /// <summary>
    /// The characters of a named sequence (NamedSequences.txt), matched case-insensitively, or null: only
    /// unicodedata.lookup knows them, and only for the current version (ucd_3_2_0 has none).
    /// </summary>
    public string? LookupSequence(string name)
        => _sequences.TryGetValue(AsciiUpper(name), out var seq) ? seq : null;

    /// <summary>
    /// Names match case-insensitively in ASCII only, as CPython's Py_TOUPPER: 'ſ' or 'ı' are not 'S' or 'I'
    /// (ToUpperInvariant would make "ſPACE" a name).
    /// </summary>
    private static string AsciiUpper(string name) => string.Create(name.Length, name, static (dst, src) =>
    {
        for (int i = 0; i < src.Length; i++) dst[i] = src[i] is >= 'a' and <= 'z' ? (char)(src[i] - 32) : src[i];
    });

    /// <summary>CPython's private-use code points for aliases and named sequences (makeunicodedata.py).</summary>
    private const int AliasesStart = 0xF0000, SequencesStart = 0xF0200;

    /// <summary>
    /// The name the namereplace error handler writes: <see cref="Name"/>, and also, as CPython's
    /// (Python/codecs.c asks its name database for names "with aliases and sequences"), the alias or named
    /// sequence that CPython stores at a private-use code point: U+F0000 is \N{NULL}, U+F0200 \N{KEYCAP NUMBER SIGN}.
    /// </summary>
    public string? NameReplaceName(int cp)
    {
        if (cp >= AliasesStart && cp < AliasesStart + _aliasNames.Length) return _aliasNames[cp - AliasesStart];
        if (cp >= SequencesStart && cp < SequencesStart + _sequenceNames.Length) return _sequenceNames[cp - SequencesStart];
        return Name(cp);
    }

    // ---- normalization (UAX #15) ----

    private void Decompose(int cp, bool compat, bool v32, List<int> output)
    {
        if (v32)
        {
            if (UnassignedIn32(cp)) { output.Add(cp); return; }
            if (_corrections.TryGetValue(cp, out int corrected)) { Decompose(corrected, compat, v32, output); return; }
        }
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
            return;
        }
        if (_decompParts.TryGetValue(cp, out var d) && (compat || !d.Compat))
        {
            foreach (var part in d.Parts) Decompose(part, compat, v32, output);
            return;
        }
        output.Add(cp);
    }

    /// <summary>unicodedata.normalize for the forms NFC, NFD, NFKC and NFKD (the caller checked the form).</summary>
    public string Normalize(string form, string s, bool v32 = false)
    {
        bool compat = form[2] == 'K';
        bool compose = form[^1] == 'C';
        var cps = new List<int>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0xC0 && (cp < 0xA0 || !compat)) { cps.Add(cp); continue; }
            Decompose(cp, compat, v32, cps);
        }
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int cc = Combining(cps[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && Combining(cps[j - 1]) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
        if (compose) Compose(cps);
        var sb = new StringBuilder(cps.Count);
        foreach (var cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private void Compose(List<int> cps)
    {
        if (cps.Count == 0) return;
        int starterPos = 0;
        int starter = cps[0];
        int lastClass = Combining(starter) == 0 ? 0 : 256;
        int write = 1;
        for (int read = 1; read < cps.Count; read++)
        {
            int ch = cps[read];
            int cc = Combining(ch);
            int composite = -1;
            // Hangul L+V and LV+T compose algorithmically.
            if (starter >= LBase && starter < LBase + LCount && ch >= VBase && ch < VBase + VCount && lastClass == 0)
                composite = SBase + ((starter - LBase) * VCount + (ch - VBase)) * TCount;
            else if (starter >= SBase && starter < SBase + SCount && (starter - SBase) % TCount == 0 && ch > TBase && ch < TBase + TCount && lastClass == 0)
                composite = starter + (ch - TBase);
            else if ((lastClass < cc || lastClass == 0) && _compositions.TryGetValue(((long)starter << 21) | (uint)ch, out int c))
                composite = c;
            if (composite >= 0 && (lastClass < cc || lastClass == 0))
            {
                cps[starterPos] = composite;
                starter = composite;
                continue;
            }
            if (cc == 0)
            {
                starterPos = write;
                starter = ch;
            }
            lastClass = cc;
            cps[write++] = ch;
        }
        cps.RemoveRange(write, cps.Count - write);
    }
}
