namespace Kaa.Runtime.Objects;

/// <summary>Which thousands separator a format spec asked for (CPython's LocaleType).</summary>
public enum Grouping : byte { None, Comma, Underscore, UnderscoreFour, CurrentLocale }

/// <summary>
/// A parsed format-spec mini-language string (CPython's InternalFormatSpec and
/// parse_internal_render_format_spec in Python/formatter_unicode.c).
/// </summary>
public struct FormatSpec
{
    /// <summary>The fill character: one code point (two UTF-16 units outside the BMP).</summary>
    public string Fill;
    public char Align;
    public char Sign;
    public bool NoNegZero;
    public bool Alternate;
    public long Width;
    public Grouping Thousands;
    /// <summary>Python 3.14: the separator for the digits after the decimal point (grouped in threes from the point).</summary>
    public Grouping FracThousands;
    public long Precision;
    /// <summary>The presentation type as a code point, 0 when absent.</summary>
    public int Type;

    public static FormatSpec Parse(ReadOnlySpan<char> spec, int defaultType, char defaultAlign, string typeName)
    {
        var f = new FormatSpec
        {
            Fill = " ", Align = defaultAlign, Sign = '\0', Width = -1, Precision = -1, Type = defaultType,
        };
        int pos = 0, end = spec.Length;
        bool fillSpecified = false, alignSpecified = false;
        // A fill character may be a surrogate pair; measure it in UTF-16 units.
        int fillLen = end > 0 && char.IsHighSurrogate(spec[0]) && end > 1 && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (end - pos >= fillLen + 1 && IsAlign(spec[fillLen]))
        {
            f.Align = spec[fillLen];
            // The one-character Latin-1 strings are cached: the usual fills ('0', '*', ' ') allocate nothing.
            f.Fill = fillLen == 1 ? PyStr.FromChar(spec[0]).Value : spec[..fillLen].ToString();
            fillSpecified = alignSpecified = true;
            pos = fillLen + 1;
        }
        else if (end - pos >= 1 && IsAlign(spec[pos]))
        {
            f.Align = spec[pos++];
            alignSpecified = true;
        }
        if (pos < end && spec[pos] is '+' or '-' or ' ') f.Sign = spec[pos++];
        if (pos < end && spec[pos] == 'z') { f.NoNegZero = true; pos++; }
        if (pos < end && spec[pos] == '#') { f.Alternate = true; pos++; }
        if (!fillSpecified && pos < end && spec[pos] == '0')
        {
            f.Fill = "0";
            if (!alignSpecified && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        int consumed = GetInteger(spec, ref pos, out long width);
        f.Width = consumed == 0 ? -1 : width;
        if (pos < end && spec[pos] == ',') { f.Thousands = Grouping.Comma; pos++; }
        if (pos < end && spec[pos] == '_')
        {
            if (f.Thousands != Grouping.None) throw PyErr.ValueError("Cannot specify both ',' and '_'.");
            f.Thousands = Grouping.Underscore;
            pos++;
        }
        if (pos < end && spec[pos] == ',' && f.Thousands == Grouping.Underscore)
            throw PyErr.ValueError("Cannot specify both ',' and '_'.");
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            consumed = GetInteger(spec, ref pos, out long prec);
            f.Precision = consumed == 0 ? -1 : prec;
            // Python 3.14 (gh-87790): "." [precision] ["," | "_"] groups the fractional digits.
            if (pos < end && spec[pos] == ',') { f.FracThousands = Grouping.Comma; pos++; consumed++; }
            if (pos < end && spec[pos] == '_')
            {
                if (f.FracThousands != Grouping.None) throw PyErr.ValueError("Cannot specify both ',' and '_'.");
                f.FracThousands = Grouping.Underscore;
                pos++;
                consumed++;
            }
            if (pos < end && spec[pos] == ',' && f.FracThousands == Grouping.Underscore)
                throw PyErr.ValueError("Cannot specify both ',' and '_'.");
            if (consumed == 0) throw PyErr.ValueError("Format specifier missing precision");
        }
        if (end - pos > 1)
        {
            // More than one character left: CPython reports the whole spec. A lone surrogate pair is one character.
            if (!(end - pos == 2 && char.IsHighSurrogate(spec[pos]) && char.IsLowSurrogate(spec[pos + 1])))
                throw PyErr.ValueError($"Invalid format specifier '{spec.ToString()}' for object of type '{typeName}'");
        }
        if (pos < end)
        {
            int p = pos;
            f.Type = StrUnicode.Next(spec, ref p);
        }
        if (f.Thousands != Grouping.None)
        {
            switch (f.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.Thousands == Grouping.Underscore) { f.Thousands = Grouping.UnderscoreFour; break; }
                    throw InvalidThousands(f.Thousands, f.Type);
                default:
                    throw InvalidThousands(f.Thousands, f.Type);
            }
        }
        if (f.FracThousands != Grouping.None && f.Type is not ('e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or 0))
            throw InvalidThousands(f.FracThousands, f.Type);
        return f;
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static PyException InvalidThousands(Grouping g, int type)
    {
        char spec = g == Grouping.Comma ? ',' : '_';
        return type > 32 && type < 128
            ? PyErr.ValueError($"Cannot specify '{spec}' with '{(char)type}'.")
            : PyErr.ValueError($"Cannot specify '{spec}' with '\\x{type:x}'.");
    }

    /// <summary>Reads decimal digits (any Unicode decimal, as CPython) into <paramref name="value"/>; returns how many were read.</summary>
    private static int GetInteger(ReadOnlySpan<char> s, ref int pos, out long value)
    {
        value = 0;
        int n = 0;
        while (pos < s.Length)
        {
            int p = pos;
            char c = s[p];
            int d;
            if (c < 128)
            {
                d = c - '0';
                if ((uint)d > 9) break;
                p++;
            }
            else d = StrUnicode.DecimalValue(StrUnicode.Next(s, ref p));
            if (d < 0) break;
            if (value > (long.MaxValue - d) / 10) throw PyErr.ValueError("Too many decimal digits in format string");
            value = value * 10 + d;
            pos = p;
            n++;
        }
        return n;
    }

    /// <summary>CPython's unknown_presentation_type.</summary>
    public static PyException UnknownType(int type, string typeName)
        => type > 32 && type < 128
            ? PyErr.ValueError($"Unknown format code '{(char)type}' for object of type '{typeName}'")
            : PyErr.ValueError($"Unknown format code '\\x{type:x}' for object of type '{typeName}'");

    /// <summary>Appends <paramref name="n"/> copies of the fill character.</summary>
    public readonly void AppendFill(ref StrBuffer sb, long n)
    {
        if (n <= 0) return;
        if (n > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
        if (Fill.Length == 1) sb.Append(Fill[0], (int)n);
        else for (long i = 0; i < n; i++) sb.Append(Fill);
    }

    /// <summary>CPython's calc_padding: left and right padding for <paramref name="nchars"/> code points.</summary>
    public readonly (long Left, long Right) Padding(long nchars)
    {
        long total = Width >= 0 && nchars < Width ? Width : nchars;
        long left = Align switch
        {
            '>' => total - nchars,
            '^' => (total - nchars) / 2,
            _ => 0,
        };
        return (left, total - nchars - left);
    }
}
