using System.Globalization;
using System.Numerics;
using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The format mini-language for numbers (format(), f-strings, str.format): int, float and complex, after
/// CPython's Python/formatter_unicode.c (format_long_internal, format_float_internal,
/// format_complex_internal, calc_number_widths, fill_number, _PyUnicode_InsertThousandsGrouping).
/// </summary>
public static partial class NumberFormat
{
    // ---- int ----

    public static string FormatInt(ThreadState ts, PyInt v, string spec)
    {
        if (spec.Length == 0)
            return PyType.IsExact(v, BuiltinTypes.Int) ? IntType.ToDecimalString(v, ts.Interp.IntMaxStrDigits) : Ops.StrString(ts, v);
        var typeName = v.ObType.Name;
        var f = FormatSpec.Parse(spec, 'd', '>', typeName);
        switch (f.Type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return FormatIntInternal(v, in f, ts.Interp.IntMaxStrDigits);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FormatFloatInternal(IntToDouble(v), in f);
            default:
                throw FormatSpec.UnknownType(f.Type, typeName);
        }
    }

    /// <summary>int to float correctly rounded (half-even), OverflowError past the float range.</summary>
    public static double IntToDouble(PyInt v) => v.ToDouble();

    private static string FormatIntInternal(PyInt v, in FormatSpec f, int limit)
    {
        if (f.Precision != -1) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        var sb = new StringBuilder();
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!v.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C long");
            long x = v.Small;
            if (x < 0 || x > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
            var ch = StrType.CodePointToString((int)x);
            FillNumber(sb, in f, '\0', "", "", false, ch, 1, false);
            return sb.ToString();
        }
        int numBase = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string digits = numBase == 10 ? IntType.ToDecimalString(v, limit) : ToBase(v, numBase);
        if (numBase == 10 && digits.Length > 0 && digits[0] == '-') digits = digits[1..];
        string prefix = !f.Alternate || numBase == 10 ? "" : numBase == 2 ? "0b" : numBase == 8 ? "0o" : "0x";
        char signChar = v.Sign < 0 ? '-' : '\0';
        bool upper = f.Type == 'X';
        if (upper) { digits = digits.ToUpperInvariant(); prefix = prefix.ToUpperInvariant(); }
        FillNumber(sb, in f, signChar, prefix, digits, false, "", 0, f.Type == 'n');
        return sb.ToString();
    }

    /// <summary>The magnitude of <paramref name="v"/> in base 2, 8 or 16 (lower case, no prefix or sign).</summary>
    public static string ToBase(PyInt v, int numBase)
    {
        if (v.IsSmall)
        {
            ulong u = v.Small < 0 ? (ulong)(-(v.Small + 1)) + 1 : (ulong)v.Small;
            return ToBase(u, numBase);
        }
        var big = BigInteger.Abs(v.Big);
        if (numBase == 16)
        {
            var s = big.ToString("x", CultureInfo.InvariantCulture);
            return s.TrimStart('0') is { Length: > 0 } t ? t : "0";
        }
        int bitsPer = numBase == 2 ? 1 : 3;
        long bits = (long)big.GetBitLength();
        int n = (int)((bits + bitsPer - 1) / bitsPer);
        if (n == 0) return "0";
        var bytes = big.ToByteArray(isUnsigned: true, isBigEndian: false);
        return string.Create(n, (bytes, bitsPer), static (span, st) =>
        {
            int len = span.Length;
            for (int i = 0; i < len; i++)
            {
                long bit = (long)i * st.bitsPer;
                int val = 0;
                for (int k = 0; k < st.bitsPer; k++)
                {
                    long b = bit + k;
                    int byteIdx = (int)(b >> 3);
                    if (byteIdx < st.bytes.Length && ((st.bytes[byteIdx] >> (int)(b & 7)) & 1) != 0) val |= 1 << k;
                }
                span[len - 1 - i] = (char)('0' + val);
            }
        });
    }

    private static string ToBase(ulong u, int numBase)
    {
        if (u == 0) return "0";
        Span<char> buf = stackalloc char[64];
        int pos = 64;
        int shift = numBase == 2 ? 1 : numBase == 8 ? 3 : 4;
        ulong mask = (ulong)numBase - 1;
        while (u != 0)
        {
            buf[--pos] = "0123456789abcdef"[(int)(u & mask)];
            u >>= shift;
        }
        return new string(buf[pos..]);
    }

    // ---- float ----

    public static string FormatFloat(ThreadState ts, double v, string spec) => FormatFloat(ts, v, spec, "float");

    public static string FormatFloat(ThreadState ts, double v, string spec, string typeName)
    {
        if (spec.Length == 0) return FloatFormat.Repr(v);
        var f = FormatSpec.Parse(spec, 0, '>', typeName);
        switch (f.Type)
        {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return FormatFloatInternal(v, in f);
            default:
                throw FormatSpec.UnknownType(f.Type, typeName);
        }
    }

    private static string FormatFloatInternal(double val, in FormatSpec f)
    {
        if (f.Precision > int.MaxValue) throw PyErr.ValueError("precision too big");
        int precision = (int)f.Precision;
        int defaultPrecision = 6;
        int type = f.Type;
        bool addDot0 = false;
        if (type == 0) { addDot0 = true; type = 'r'; defaultPrecision = 0; }
        if (type == 'n') type = 'g';
        bool addPct = false;
        if (type == '%') { type = 'f'; val *= 100; addPct = true; }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var num = FloatFormat.ToString(val, (char)type, precision, false, addDot0, f.Alternate, f.NoNegZero);
        if (addPct) num += "%";
        if (f.Sign != '+' && f.Sign != ' ' && f.Width == -1 && f.Type != 'n' && f.Thousands == Grouping.None && f.FracThousands == Grouping.None) return num;
        var sb = new StringBuilder(num.Length + 8);
        AppendFormattedNumber(sb, num, in f, f.Type == 'n');
        return sb.ToString();
    }

    /// <summary>Lays out an ASCII number from PyOS_double_to_string (sign, digits, '.', remainder) per the spec.</summary>
    private static void AppendFormattedNumber(StringBuilder sb, string num, in FormatSpec f, bool locale)
    {
        int index = 0;
        char signChar = '\0';
        if (num.Length > 0 && num[0] == '-') { signChar = '-'; index = 1; }
        int rem = index;
        while (rem < num.Length && char.IsAsciiDigit(num[rem])) rem++;
        var digits = num.AsSpan(index, rem - index);
        bool hasDecimal = rem < num.Length && num[rem] == '.';
        if (hasDecimal) rem++;
        var remainder = num.AsSpan(rem);
        if (hasDecimal && f.FracThousands != Grouping.None)
        {
            // Group the fraction digits in threes from the decimal point (Python 3.14).
            char fsep = f.FracThousands == Grouping.Comma ? ',' : '_';
            int nfrac = 0;
            while (nfrac < remainder.Length && char.IsAsciiDigit(remainder[nfrac])) nfrac++;
            var g = new StringBuilder(remainder.Length + nfrac / 3);
            for (int k = 0; k < nfrac; k++)
            {
                if (k > 0 && k % 3 == 0) g.Append(fsep);
                g.Append(remainder[k]);
            }
            g.Append(remainder[nfrac..]);
            var grouped = g.ToString();
            FillNumber(sb, in f, signChar, "", digits, hasDecimal, grouped, grouped.Length, locale);
            return;
        }
        FillNumber(sb, in f, signChar, "", digits, hasDecimal, remainder, remainder.Length, locale);
    }

    /// <summary>
    /// calc_number_widths + fill_number: | lpad | sign | prefix | spad | grouped digits | decimal | remainder | rpad |.
    /// <paramref name="remainderCps"/> is the remainder's length in code points.
    /// </summary>
    private static void FillNumber(StringBuilder sb, in FormatSpec f, char signChar, ReadOnlySpan<char> prefix,
        ReadOnlySpan<char> digits, bool hasDecimal, ReadOnlySpan<char> remainder, int remainderCps, bool locale)
    {
        char sign = '\0';
        switch (f.Sign)
        {
            case '+': sign = signChar == '-' ? '-' : '+'; break;
            case ' ': sign = signChar == '-' ? '-' : ' '; break;
            default: if (signChar == '-') sign = '-'; break;
        }
        int nSign = sign != '\0' ? 1 : 0;
        long nonDigit = nSign + prefix.Length + (hasDecimal ? 1 : 0) + remainderCps;
        long minWidth = f.Fill == "0" && f.Align == '=' ? f.Width - nonDigit : 0;
        int group = 0;
        char sep = ',';
        if (!locale)
        {
            switch (f.Thousands)
            {
                case Grouping.Comma: group = 3; break;
                case Grouping.Underscore: group = 3; sep = '_'; break;
                case Grouping.UnderscoreFour: group = 4; sep = '_'; break;
            }
        }
        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, group, sep);
        long padding = f.Width - (nonDigit + grouped.Length);
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0)
        {
            switch (f.Align)
            {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        f.AppendFill(sb, lpad);
        if (nSign != 0) sb.Append(sign);
        sb.Append(prefix);
        f.AppendFill(sb, spad);
        sb.Append(grouped);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        f.AppendFill(sb, rpad);
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: digits with separators every <paramref name="group"/> (0: none),
    /// left-padded with zeros (and separators) to at least <paramref name="minWidth"/>.</summary>
    public static string Group(ReadOnlySpan<char> digits, long minWidth, int group, char sep)
    {
        long remaining = digits.Length;
        if (group == 0 && minWidth <= remaining) return digits.ToString();
        long cap = Math.Max(remaining, minWidth) + 2;
        if (group > 0) cap += cap / group + 1;
        if (cap > int.MaxValue) throw PyErr.MemoryError();
        var buf = new char[cap];
        int pos = buf.Length;
        int dpos = digits.Length;
        bool useSep = false;
        bool broken = false;
        if (group > 0)
        {
            while (true)
            {
                long len = Math.Min(group, Math.Max(Math.Max(remaining, minWidth), 1));
                long zeros = Math.Max(0, len - remaining);
                long chars = Math.Max(0, Math.Min(remaining, len));
                Put(buf, ref pos, digits, ref dpos, chars, zeros, useSep, sep);
                useSep = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
                minWidth -= 1;
            }
        }
        if (!broken)
        {
            long len = Math.Max(Math.Max(remaining, minWidth), 1);
            long zeros = Math.Max(0, len - remaining);
            long chars = Math.Max(0, Math.Min(remaining, len));
            Put(buf, ref pos, digits, ref dpos, chars, zeros, useSep, sep);
        }
        return new string(buf, pos, buf.Length - pos);
    }

    private static void Put(char[] buf, ref int pos, ReadOnlySpan<char> digits, ref int dpos, long chars, long zeros, bool useSep, char sep)
    {
        if (useSep) buf[--pos] = sep;
        pos -= (int)chars;
        dpos -= (int)chars;
        digits.Slice(dpos, (int)chars).CopyTo(buf.AsSpan(pos));
        for (long i = 0; i < zeros; i++) buf[--pos] = '0';
    }

    // ---- complex ----

    /// <summary>repr(complex): CPython's complex_repr.</summary>
    public static string ComplexRepr(double re, double im)
    {
        if (re == 0.0 && !double.IsNegative(re)) return FloatFormat.ToString(im, 'r', 0) + "j";
        var sb = new StringBuilder(32);
        sb.Append('(');
        FloatFormat.Append(sb, re, 'r', 0);
        FloatFormat.Append(sb, im, 'r', 0, alwaysSign: true);
        sb.Append("j)");
        return sb.ToString();
    }

    /// <summary>complex.__format__ (format_complex_internal).</summary>
    public static string FormatComplex(ThreadState ts, double re, double im, string spec, string typeName = "complex")
    {
        if (spec.Length == 0) return ComplexRepr(re, im);
        var f = FormatSpec.Parse(spec, 0, '>', typeName);
        switch (f.Type)
        {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw FormatSpec.UnknownType(f.Type, typeName);
        }
        if (f.Fill == "0")
            throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");
        if (f.Precision > int.MaxValue) throw PyErr.ValueError("precision too big");
        int precision = (int)f.Precision;
        int defaultPrecision = 6;
        int type = f.Type;
        bool skipRe = false, addParens = false;
        if (type == 0)
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && !double.IsNegative(re)) skipRe = true;
            else addParens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var reStr = FloatFormat.ToString(re, (char)type, precision, false, false, f.Alternate, f.NoNegZero);
        var imStr = FloatFormat.ToString(im, (char)type, precision, false, false, f.Alternate, f.NoNegZero);
        var inner = f with { Fill = " ", Align = '<', Width = -1 };
        var body = new StringBuilder();
        if (addParens) body.Append('(');
        if (!skipRe) AppendFormattedNumber(body, reStr, in inner, f.Type == 'n');
        if (!skipRe) inner.Sign = '+';
        AppendFormattedNumber(body, imStr, in inner, f.Type == 'n');
        body.Append('j');
        if (addParens) body.Append(')');
        var (left, right) = f.Padding(body.Length);
        var sb = new StringBuilder(body.Length + (int)Math.Max(0, left + right));
        f.AppendFill(sb, left);
        sb.Append(body);
        f.AppendFill(sb, right);
        return sb.ToString();
    }
}
