using System.Globalization;
using System.Numerics;
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
        var sb = new StrBuffer(stackalloc char[64]);
        AppendInt(ts, ref sb, v, spec);
        return sb.ToStringAndDispose();
    }

    /// <summary>format(v, spec) for an int, written straight into <paramref name="sb"/>.</summary>
    public static void AppendInt(ThreadState ts, ref StrBuffer sb, PyInt v, scoped ReadOnlySpan<char> spec)
    {
        if (spec.Length == 0)
        {
            if (PyType.IsExact(v, BuiltinTypes.Int)) AppendMagnitude(ref sb, v, 10, ts.Interp.IntMaxStrDigits, withSign: true);
            else sb.Append(Ops.StrString(ts, v));
            return;
        }
        var typeName = v.ObType.Name;
        var f = FormatSpec.Parse(spec, 'd', '>', typeName);
        switch (f.Type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                AppendIntInternal(ref sb, v, in f, ts.Interp.IntMaxStrDigits);
                return;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                AppendFloatInternal(ref sb, IntToDouble(v), in f);
                return;
            default:
                throw FormatSpec.UnknownType(f.Type, typeName);
        }
    }

    /// <summary>int to float correctly rounded (half-even), OverflowError past the float range.</summary>
    public static double IntToDouble(PyInt v) => v.ToDouble();

    private static void AppendIntInternal(ref StrBuffer sb, PyInt v, in FormatSpec f, int limit)
    {
        if (f.Precision != -1) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!v.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C long");
            long x = v.Small;
            if (x < 0 || x > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
            var ch = StrType.CodePointToString((int)x);
            FillNumber(ref sb, in f, '\0', "", "", false, ch, 1, false);
            return;
        }
        int numBase = f.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        // The digits of a machine-size value are written on the stack; only a big int makes a string.
        var digitBuf = new StrBuffer(stackalloc char[64]);
        AppendMagnitude(ref digitBuf, v, numBase, limit, withSign: false);
        string prefix = !f.Alternate || numBase == 10 ? "" : numBase == 2 ? "0b" : numBase == 8 ? "0o" : "0x";
        char signChar = v.Sign < 0 ? '-' : '\0';
        if (f.Type == 'X')
        {
            prefix = prefix.ToUpperInvariant();
            System.Text.Ascii.ToUpperInPlace(digitBuf.WrittenSpan, out _);
        }
        FillNumber(ref sb, in f, signChar, prefix, digitBuf.AsSpan(), false, "", 0, f.Type == 'n');
        digitBuf.Dispose();
    }

    /// <summary>
    /// Appends |v| in base 2, 8, 10 or 16 (lower case, no prefix), preceded by '-' when
    /// <paramref name="withSign"/> and v is negative. Decimal conversion of a big int checks
    /// <paramref name="limit"/> (sys.get_int_max_str_digits()).
    /// </summary>
    public static void AppendMagnitude(ref StrBuffer sb, PyInt v, int numBase, int limit, bool withSign)
    {
        if (v.IsSmall)
        {
            long x = v.Small;
            if (withSign && x < 0) sb.Append('-');
            ulong u = x < 0 ? (ulong)(-(x + 1)) + 1 : (ulong)x;
            if (numBase == 10)
            {
                u.TryFormat(sb.AppendSpan(20), out int w, default, CultureInfo.InvariantCulture);
                sb.Length -= 20 - w;
            }
            else
            {
                Span<char> tmp = stackalloc char[64];
                sb.Append(tmp[^WriteBase(u, numBase, tmp)..]);
            }
            return;
        }
        if (numBase == 10)
        {
            var text = IntType.ToDecimalString(v, limit);
            sb.Append(withSign || text[0] != '-' ? text : text.AsSpan(1));
            return;
        }
        if (withSign && v.Sign < 0) sb.Append('-');
        sb.Append(ToBase(v, numBase));
    }

    /// <summary>The magnitude of <paramref name="v"/> in base 2, 8 or 16 (lower case, no prefix or sign).</summary>
    public static string ToBase(PyInt v, int numBase)
    {
        if (v.IsSmall)
        {
            ulong u = v.Small < 0 ? (ulong)(-(v.Small + 1)) + 1 : (ulong)v.Small;
            Span<char> tmp = stackalloc char[64];
            return new string(tmp[^WriteBase(u, numBase, tmp)..]);
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

    /// <summary>Writes <paramref name="u"/> in base 2, 8 or 16 right-aligned at the end of <paramref name="buf"/>
    /// (64 chars are always enough); returns the number of digits.</summary>
    private static int WriteBase(ulong u, int numBase, Span<char> buf)
    {
        if (u == 0) { buf[^1] = '0'; return 1; }
        int pos = buf.Length;
        int shift = numBase == 2 ? 1 : numBase == 8 ? 3 : 4;
        ulong mask = (ulong)numBase - 1;
        while (u != 0)
        {
            buf[--pos] = "0123456789abcdef"[(int)(u & mask)];
            u >>= shift;
        }
        return buf.Length - pos;
    }

    /// <summary>hex(), oct() and bin(): sign, prefix and digits in one string.</summary>
    public static string ToPrefixedBase(PyInt v, int numBase)
    {
        var sb = new StrBuffer(stackalloc char[72]);
        if (v.Sign < 0) sb.Append('-');
        sb.Append(numBase == 2 ? "0b" : numBase == 8 ? "0o" : "0x");
        AppendMagnitude(ref sb, v, numBase, 0, withSign: false);
        return sb.ToStringAndDispose();
    }

    // ---- float ----

    public static string FormatFloat(ThreadState ts, double v, string spec) => FormatFloat(ts, v, spec, "float");

    public static string FormatFloat(ThreadState ts, double v, string spec, string typeName)
    {
        if (spec.Length == 0) return FloatFormat.Repr(v);
        var sb = new StrBuffer(stackalloc char[64]);
        AppendFloat(ref sb, v, spec, typeName);
        return sb.ToStringAndDispose();
    }

    /// <summary>format(v, spec) for a float, written straight into <paramref name="sb"/>.</summary>
    public static void AppendFloat(ref StrBuffer sb, double v, scoped ReadOnlySpan<char> spec, string typeName = "float")
    {
        if (spec.Length == 0)
        {
            if (v == 0) sb.Append(double.IsNegative(v) ? "-0.0" : "0.0");
            else FloatFormat.Append(ref sb, v, 'r', 0, addDot0: true);
            return;
        }
        var f = FormatSpec.Parse(spec, 0, '>', typeName);
        switch (f.Type)
        {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                AppendFloatInternal(ref sb, v, in f);
                return;
            default:
                throw FormatSpec.UnknownType(f.Type, typeName);
        }
    }

    private static void AppendFloatInternal(ref StrBuffer sb, double val, in FormatSpec f)
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
        if (f.Sign != '+' && f.Sign != ' ' && f.Width == -1 && f.Type != 'n' && f.Thousands == Grouping.None && f.FracThousands == Grouping.None)
        {
            // Nothing to lay out: the number goes straight to the output.
            FloatFormat.Append(ref sb, val, (char)type, precision, false, addDot0, f.Alternate, f.NoNegZero);
            if (addPct) sb.Append('%');
            return;
        }
        var num = new StrBuffer(stackalloc char[64]);
        FloatFormat.Append(ref num, val, (char)type, precision, false, addDot0, f.Alternate, f.NoNegZero);
        if (addPct) num.Append('%');
        AppendFormattedNumber(ref sb, num.AsSpan(), in f, f.Type == 'n');
        num.Dispose();
    }

    /// <summary>Lays out an ASCII number from PyOS_double_to_string (sign, digits, '.', remainder) per the spec.</summary>
    private static void AppendFormattedNumber(ref StrBuffer sb, scoped ReadOnlySpan<char> num, in FormatSpec f, bool locale)
    {
        int index = 0;
        char signChar = '\0';
        if (num.Length > 0 && num[0] == '-') { signChar = '-'; index = 1; }
        int rem = index;
        while (rem < num.Length && char.IsAsciiDigit(num[rem])) rem++;
        var digits = num.Slice(index, rem - index);
        bool hasDecimal = rem < num.Length && num[rem] == '.';
        if (hasDecimal) rem++;
        var remainder = num[rem..];
        if (hasDecimal && f.FracThousands != Grouping.None)
        {
            // Group the fraction digits in threes from the decimal point (Python 3.14).
            char fsep = f.FracThousands == Grouping.Comma ? ',' : '_';
            int nfrac = 0;
            while (nfrac < remainder.Length && char.IsAsciiDigit(remainder[nfrac])) nfrac++;
            var g = new StrBuffer(stackalloc char[64]);
            for (int k = 0; k < nfrac; k++)
            {
                if (k > 0 && k % 3 == 0) g.Append(fsep);
                g.Append(remainder[k]);
            }
            g.Append(remainder[nfrac..]);
            FillNumber(ref sb, in f, signChar, "", digits, hasDecimal, g.AsSpan(), g.Length, locale);
            g.Dispose();
            return;
        }
        FillNumber(ref sb, in f, signChar, "", digits, hasDecimal, remainder, remainder.Length, locale);
    }

    /// <summary>
    /// calc_number_widths + fill_number: | lpad | sign | prefix | spad | grouped digits | decimal | remainder | rpad |.
    /// <paramref name="remainderCps"/> is the remainder's length in code points.
    /// </summary>
    private static void FillNumber(ref StrBuffer sb, in FormatSpec f, char signChar, scoped ReadOnlySpan<char> prefix,
        scoped ReadOnlySpan<char> digits, bool hasDecimal, scoped ReadOnlySpan<char> remainder, int remainderCps, bool locale)
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
        // Zero padding and separators go into a scratch buffer; plain digits are used as they are.
        var grouped = new StrBuffer(stackalloc char[64]);
        ReadOnlySpan<char> groupedDigits = digits;
        if (digits.Length > 0 && (group != 0 || minWidth > digits.Length))
        {
            Group(ref grouped, digits, minWidth, group, sep);
            groupedDigits = grouped.AsSpan();
        }
        long padding = f.Width - (nonDigit + groupedDigits.Length);
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
        f.AppendFill(ref sb, lpad);
        if (nSign != 0) sb.Append(sign);
        sb.Append(prefix);
        f.AppendFill(ref sb, spad);
        sb.Append(groupedDigits);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        f.AppendFill(ref sb, rpad);
        grouped.Dispose();
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: appends digits with separators every <paramref name="group"/> (0: none),
    /// left-padded with zeros (and separators) to at least <paramref name="minWidth"/>.</summary>
    private static void Group(ref StrBuffer sb, scoped ReadOnlySpan<char> digits, long minWidth, int group, char sep)
    {
        long remaining = digits.Length;
        long cap = Math.Max(remaining, minWidth) + 2;
        if (group > 0) cap += cap / group + 1;
        if (cap > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
        // Filled from the right, as CPython does; the unused left part is dropped at the end.
        int start = sb.Length;
        var buf = sb.AppendSpan((int)cap);
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
        int n = buf.Length - pos;
        buf[pos..].CopyTo(buf);
        sb.Length = start + n;
    }

    private static void Put(Span<char> buf, ref int pos, ReadOnlySpan<char> digits, ref int dpos, long chars, long zeros, bool useSep, char sep)
    {
        if (useSep) buf[--pos] = sep;
        pos -= (int)chars;
        dpos -= (int)chars;
        digits.Slice(dpos, (int)chars).CopyTo(buf[pos..]);
        for (long i = 0; i < zeros; i++) buf[--pos] = '0';
    }

    // ---- complex ----

    /// <summary>repr(complex): CPython's complex_repr.</summary>
    public static string ComplexRepr(double re, double im)
    {
        var sb = new StrBuffer(stackalloc char[64]);
        if (re == 0.0 && !double.IsNegative(re))
        {
            FloatFormat.Append(ref sb, im, 'r', 0);
            sb.Append('j');
            return sb.ToStringAndDispose();
        }
        sb.Append('(');
        FloatFormat.Append(ref sb, re, 'r', 0);
        FloatFormat.Append(ref sb, im, 'r', 0, alwaysSign: true);
        sb.Append("j)");
        return sb.ToStringAndDispose();
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
        var body = new StrBuffer(stackalloc char[64]);
        if (addParens) body.Append('(');
        if (!skipRe) AppendFormattedNumber(ref body, reStr, in inner, f.Type == 'n');
        if (!skipRe) inner.Sign = '+';
        AppendFormattedNumber(ref body, imStr, in inner, f.Type == 'n');
        body.Append('j');
        if (addParens) body.Append(')');
        var (left, right) = f.Padding(body.Length);
        var sb = new StrBuffer(stackalloc char[64]);
        f.AppendFill(ref sb, left);
        sb.Append(body.AsSpan());
        f.AppendFill(ref sb, right);
        body.Dispose();
        return sb.ToStringAndDispose();
    }
}
