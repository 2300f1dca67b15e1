using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The Unicode character properties and case mappings str uses, with CPython's definitions (its
/// unicodectype.c): categories come from .NET, corrected by the generated <see cref="StrUnicodeTables"/>
/// where CPython uses a derived property (Lowercase, Case_Ignorable, XID_Start...) or a full (multi-character)
/// mapping (SpecialCasing.txt, CaseFolding.txt).
/// </summary>
public static class StrUnicode
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UnicodeCategory Category(int cp)
        => cp < 0x10000 ? char.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);

    private static bool InRanges(ReadOnlySpan<int> r, int cp)
    {
        int lo = 0, hi = r.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < r[2 * mid]) hi = mid - 1;
            else if (cp > r[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    private static bool IsLetterCat(UnicodeCategory c) => c <= UnicodeCategory.OtherLetter;

    public static bool IsAlpha(int cp)
    {
        if (cp < 128) return (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        return IsLetterCat(Category(cp));
    }

    public static bool IsDecimal(int cp)
    {
        if (cp < 128) return (uint)(cp - '0') <= 9;
        return Category(cp) == UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>The decimal digit value of <paramref name="cp"/>, or -1 (CPython's Py_UNICODE_TODECIMAL).</summary>
    public static int DecimalValue(int cp)
    {
        if (cp < 128) return (uint)(cp - '0') <= 9 ? cp - '0' : -1;
        if (Category(cp) != UnicodeCategory.DecimalDigitNumber) return -1;
        return cp < 0x10000 ? CharUnicodeInfo.GetDecimalDigitValue((char)cp) : CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0);
    }

    public static bool IsDigit(int cp)
    {
        if (cp < 128) return (uint)(cp - '0') <= 9;
        if (IsDecimal(cp)) return true;
        int v = cp < 0x10000 ? CharUnicodeInfo.GetDigitValue((char)cp) : CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(cp), 0);
        return (v != -1) ^ InRanges(StrUnicodeTables.FlipDigit, cp);
    }

    public static bool IsNumeric(int cp)
    {
        if (cp < 128) return (uint)(cp - '0') <= 9;
        double v = cp < 0x10000 ? CharUnicodeInfo.GetNumericValue((char)cp) : CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(cp), 0);
        return (v != -1) ^ InRanges(StrUnicodeTables.FlipNumeric, cp);
    }

    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsDecimal(cp) || IsDigit(cp) || IsNumeric(cp);

    /// <summary>The Lowercase derived property (Ll plus Other_Lowercase).</summary>
    public static bool IsLower(int cp)
    {
        if (cp < 128) return (uint)(cp - 'a') <= 'z' - 'a';
        return (Category(cp) == UnicodeCategory.LowercaseLetter) ^ InRanges(StrUnicodeTables.FlipLower, cp);
    }

    /// <summary>The Uppercase derived property (Lu plus Other_Uppercase).</summary>
    public static bool IsUpper(int cp)
    {
        if (cp < 128) return (uint)(cp - 'A') <= 'Z' - 'A';
        return (Category(cp) == UnicodeCategory.UppercaseLetter) ^ InRanges(StrUnicodeTables.FlipUpper, cp);
    }

    public static bool IsTitle(int cp) => cp >= 128 && Category(cp) == UnicodeCategory.TitlecaseLetter;

    public static bool IsCased(int cp)
    {
        if (cp < 128) return (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        return IsLower(cp) || IsUpper(cp) || IsTitle(cp);
    }

    public static bool IsCaseIgnorable(int cp)
    {
        if (cp < 128) return cp is '\'' or '.' or ':' or '^' or '`';
        var c = Category(cp);
        bool approx = c is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
        return approx ^ InRanges(StrUnicodeTables.FlipIgnorable, cp);
    }

    /// <summary>
    /// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, applied to str before int(), float() and
    /// complex() parse it: Unicode decimal digits become ASCII digits, Unicode spaces a space, and any
    /// other non-ASCII character '?' (which no number syntax accepts).
    /// </summary>
    public static string DecimalAndSpaceToAscii(string s)
    {
        int k = 0;
        while (k < s.Length && s[k] < 128) k++;
        if (k == s.Length) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, k);
        for (int i = k; i < s.Length;)
        {
            int cp = Next(s, ref i);
            if (cp < 128) sb.Append((char)cp);
            else if (IsSpace(cp)) sb.Append(' ');
            else if (DecimalValue(cp) is var d and >= 0) sb.Append((char)('0' + d));
            else sb.Append('?');
        }
        return sb.ToString();
    }

    /// <summary>CPython's Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs.</summary>
    public static bool IsSpace(int cp)
    {
        if (cp < 128) return cp is ' ' or (>= '\t' and <= '\r') or (>= 0x1c and <= 0x1f);
        if (cp > 0x3000) return false;
        return StrUnicodeTables.Spaces.BinarySearch(cp) >= 0;
    }

    /// <summary>Characters that repr() shows as themselves and isprintable() accepts.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 128) return cp >= ' ' && cp < 0x7f;
        switch (Category(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    public static bool IsXidStart(int cp)
    {
        if (cp < 128) return cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        var c = Category(cp);
        return (IsLetterCat(c) || c == UnicodeCategory.LetterNumber) ^ InRanges(StrUnicodeTables.FlipXidstart, cp);
    }

    public static bool IsXidContinue(int cp)
    {
        if (cp < 128) return cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9;
        var c = Category(cp);
        bool approx = IsLetterCat(c) || c is UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
        return approx ^ InRanges(StrUnicodeTables.FlipXidcont, cp);
    }

    public static bool IsLineBreak(int cp) => cp is '\n' or '\r' or '\v' or '\f' or 0x1c or 0x1d or 0x1e or 0x85 or 0x2028 or 0x2029;

    // ---- case mappings ----

    private static bool TryMapping(ReadOnlySpan<int> keys, ReadOnlySpan<ushort> offsets, ReadOnlySpan<char> chars, int cp, StringBuilder sb)
    {
        int i = keys.BinarySearch(cp);
        if (i < 0) return false;
        sb.Append(chars[offsets[i]..offsets[i + 1]]);
        return true;
    }

    private static void AppendCp(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    private static int SimpleUpper(int cp)
        => cp < 0x10000 ? char.ToUpperInvariant((char)cp) : Rune.ToUpperInvariant(new Rune(cp)).Value;

    private static int SimpleLower(int cp)
        => cp < 0x10000 ? char.ToLowerInvariant((char)cp) : Rune.ToLowerInvariant(new Rune(cp)).Value;

    public static void AppendUpper(StringBuilder sb, int cp)
    {
        if (cp < 128) { sb.Append((char)((uint)(cp - 'a') <= 'z' - 'a' ? cp - 32 : cp)); return; }
        if (IsSurrogate(cp)) { sb.Append((char)cp); return; }
        if (!TryMapping(StrUnicodeTables.UpperKeys, StrUnicodeTables.UpperOffsets, StrUnicodeTables.UpperChars, cp, sb))
            AppendCp(sb, SimpleUpper(cp));
    }

    public static void AppendLower(StringBuilder sb, int cp)
    {
        if (cp < 128) { sb.Append((char)((uint)(cp - 'A') <= 'Z' - 'A' ? cp + 32 : cp)); return; }
        if (IsSurrogate(cp)) { sb.Append((char)cp); return; }
        if (!TryMapping(StrUnicodeTables.LowerKeys, StrUnicodeTables.LowerOffsets, StrUnicodeTables.LowerChars, cp, sb))
            AppendCp(sb, SimpleLower(cp));
    }

    public static void AppendTitle(StringBuilder sb, int cp)
    {
        if (cp < 128 || IsSurrogate(cp)) { AppendUpper(sb, cp); return; }
        if (!TryMapping(StrUnicodeTables.TitleKeys, StrUnicodeTables.TitleOffsets, StrUnicodeTables.TitleChars, cp, sb))
            AppendUpper(sb, cp);
    }

    public static void AppendFold(StringBuilder sb, int cp)
    {
        if (cp < 128 || IsSurrogate(cp)) { AppendLower(sb, cp); return; }
        if (!TryMapping(StrUnicodeTables.FoldKeys, StrUnicodeTables.FoldOffsets, StrUnicodeTables.FoldChars, cp, sb))
            AppendLower(sb, cp);
    }

    private static bool IsSurrogate(int cp) => (uint)(cp - 0xD800) <= 0x7FF;

    /// <summary>Reads the code point at <paramref name="i"/> and advances past it (lone surrogates are code points).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(string s, ref int i)
    {
        char c = s[i++];
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i]))
            return char.ConvertToUtf32(c, s[i++]);
        return c;
    }

    /// <summary>Reads the code point at <paramref name="i"/> of a span and advances past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(ReadOnlySpan<char> s, ref int i)
    {
        char c = s[i++];
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i]))
            return char.ConvertToUtf32(c, s[i++]);
        return c;
    }

    /// <summary>Reads the code point that ends just before <paramref name="i"/> and moves back over it.</summary>
    public static int Prev(string s, ref int i)
    {
        char c = s[--i];
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]))
        {
            i--;
            return char.ConvertToUtf32(s[i], c);
        }
        return c;
    }

    /// <summary>
    /// Lower-case mapping of a capital sigma at <paramref name="i"/> (UTF-16 index) of <paramref name="s"/>:
    /// final sigma (U+03C2) when preceded by a cased letter and not followed by one, skipping case-ignorables.
    /// </summary>
    public static char LowerSigma(string s, int i)
    {
        int j = i;
        int c = 0;
        bool found = false;
        while (j > 0)
        {
            c = Prev(s, ref j);
            if (!IsCaseIgnorable(c)) { found = true; break; }
        }
        bool final = found && IsCased(c);
        if (final)
        {
            j = i + 1;
            while (j < s.Length)
            {
                c = Next(s, ref j);
                if (!IsCaseIgnorable(c)) return IsCased(c) ? 'σ' : 'ς';
            }
        }
        return final ? 'ς' : 'σ';
    }
}
