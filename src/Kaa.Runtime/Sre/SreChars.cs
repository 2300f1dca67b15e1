using System.Runtime.CompilerServices;
using System.Text;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.Sre;

/// <summary>
/// Character predicates and case mappings of the SRE engine with CPython's definitions (sre.c): the
/// ASCII categories, the LOCALE ones (the C locale: ASCII letters and digits only), and the Unicode ones
/// built on str's tables. Case mappings are CPython's single-code-point Py_UNICODE_TOLOWER/TOUPPER: the
/// first code point of the full mapping.
/// </summary>
public static class SreChars
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(int ch) => (uint)(ch - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(int ch) => ch == ' ' || (uint)(ch - '\t') <= '\r' - '\t';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(int ch)
        => (uint)((ch | 0x20) - 'a') <= 'z' - 'a' || (uint)(ch - '0') <= 9 || ch == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLocWord(int ch) => ch < 256 && IsWord(ch);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUniWord(int ch) => ch < 128 ? IsWord(ch) : ch < 0x110000 && StrUnicode.IsAlnum(ch);

    public static bool IsUniDigit(int ch) => ch < 128 ? IsDigit(ch) : ch < 0x110000 && StrUnicode.IsDecimal(ch);

    public static bool IsUniSpace(int ch) => StrUnicode.IsSpace(ch);

    public static bool IsUniLinebreak(int ch) => StrUnicode.IsLineBreak(ch);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 'Z' - 'A' ? ch + 32 : ch;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int UpperAscii(int ch) => (uint)(ch - 'a') <= 'z' - 'a' ? ch - 32 : ch;

    /// <summary>sre_lower_locale/sre_upper_locale in the C locale.</summary>
    public static int LowerLocale(int ch) => LowerAscii(ch);
    public static int UpperLocale(int ch) => UpperAscii(ch);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LowerUnicode(int ch) => ch < 128 ? LowerAscii(ch) : LowerUnicodeSlow(ch);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int UpperUnicode(int ch) => ch < 128 ? UpperAscii(ch) : UpperUnicodeSlow(ch);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LowerUnicodeSlow(int ch)
    {
        if ((uint)ch >= 0x110000 || (uint)(ch - 0xD800) <= 0x7FF) return ch;
        int i = StrUnicodeTables.LowerKeys.BinarySearch(ch);
        if (i >= 0) return FirstCodePoint(StrUnicodeTables.LowerChars, StrUnicodeTables.LowerOffsets[i]);
        return ch < 0x10000 ? char.ToLowerInvariant((char)ch) : Rune.ToLowerInvariant(new Rune(ch)).Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int UpperUnicodeSlow(int ch)
    {
        if ((uint)ch >= 0x110000 || (uint)(ch - 0xD800) <= 0x7FF) return ch;
        int i = StrUnicodeTables.UpperKeys.BinarySearch(ch);
        if (i >= 0) return FirstCodePoint(StrUnicodeTables.UpperChars, StrUnicodeTables.UpperOffsets[i]);
        return ch < 0x10000 ? char.ToUpperInvariant((char)ch) : Rune.ToUpperInvariant(new Rune(ch)).Value;
    }

    private static int FirstCodePoint(ReadOnlySpan<char> chars, int at)
        => char.IsHighSurrogate(chars[at]) && at + 1 < chars.Length && char.IsLowSurrogate(chars[at + 1])
            ? char.ConvertToUtf32(chars[at], chars[at + 1])
            : chars[at];

    /// <summary>_sre.unicode_iscased.</summary>
    public static bool UnicodeIsCased(int ch) => ch != LowerUnicode(ch) || ch != UpperUnicode(ch);

    /// <summary>_sre.ascii_iscased.</summary>
    public static bool AsciiIsCased(int ch) => (uint)((ch | 0x20) - 'a') <= 'z' - 'a' && ch < 128;

    /// <summary>sre_category.</summary>
    public static bool Category(uint category, int ch) => category switch
    {
        SreCategory.DIGIT => IsDigit(ch),
        SreCategory.NOT_DIGIT => !IsDigit(ch),
        SreCategory.SPACE => IsSpace(ch),
        SreCategory.NOT_SPACE => !IsSpace(ch),
        SreCategory.WORD => ch < 128 && IsWord(ch),
        SreCategory.NOT_WORD => !(ch < 128 && IsWord(ch)),
        SreCategory.LINEBREAK => ch == '\n',
        SreCategory.NOT_LINEBREAK => ch != '\n',
        SreCategory.LOC_WORD => IsLocWord(ch),
        SreCategory.LOC_NOT_WORD => !IsLocWord(ch),
        SreCategory.UNI_DIGIT => IsUniDigit(ch),
        SreCategory.UNI_NOT_DIGIT => !IsUniDigit(ch),
        SreCategory.UNI_SPACE => IsUniSpace(ch),
        SreCategory.UNI_NOT_SPACE => !IsUniSpace(ch),
        SreCategory.UNI_WORD => IsUniWord(ch),
        SreCategory.UNI_NOT_WORD => !IsUniWord(ch),
        SreCategory.UNI_LINEBREAK => IsUniLinebreak(ch),
        SreCategory.UNI_NOT_LINEBREAK => !IsUniLinebreak(ch),
        _ => false,
    };

    /// <summary>char_loc_ignore.</summary>
    public static bool CharLocIgnore(uint pattern, int ch)
        => (uint)ch == pattern || (uint)LowerLocale(ch) == pattern || (uint)UpperLocale(ch) == pattern;
}
