using System.Buffers;
using System.Globalization;

namespace Kaa.Runtime.Objects;

/// <summary>
/// float to text exactly as CPython's PyOS_double_to_string (Python/pystrtod.c format_float_short over
/// dtoa): repr's shortest round-trip digits, and correctly rounded (half-even on the exact binary value)
/// 'e', 'f' and 'g' conversions. Digits come from .NET's formatter, which since .NET Core 3.0 is exact
/// for any precision and whose "R" gives the shortest round-trip string; fixed-point digits of values
/// below 2**52 after scaling are computed directly (<see cref="FixedDigits"/>).
/// </summary>
public static class FloatFormat
{
    /// <summary>repr(float) / str(float).</summary>
    public static string Repr(double v)
    {
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        return ToString(v, 'r', 0, addDot0: true);
    }

    /// <summary>
    /// CPython's PyOS_double_to_string. <paramref name="code"/> is one of e E f F g G r; flags as
    /// Py_DTSF_SIGN (<paramref name="alwaysSign"/>), Py_DTSF_ADD_DOT_0, Py_DTSF_ALT, Py_DTSF_NO_NEG_0.
    /// </summary>
    public static string ToString(double d, char code, int precision, bool alwaysSign = false, bool addDot0 = false,
        bool alt = false, bool noNegZero = false)
    {
        var sb = new StrBuffer(stackalloc char[64]);
        Append(ref sb, d, code, precision, alwaysSign, addDot0, alt, noNegZero);
        return sb.ToStringAndDispose();
    }

    /// <summary>Appends what <see cref="ToString(double, char, int, bool, bool, bool, bool)"/> returns.</summary>
    public static void Append(ref StrBuffer sb, double d, char code, int precision, bool alwaysSign = false, bool addDot0 = false,
        bool alt = false, bool noNegZero = false)
    {
        bool upper = code is 'E' or 'F' or 'G';
        char fmt = char.ToLowerInvariant(code);
        int mode;
        switch (fmt)
        {
            case 'e': mode = 2; precision++; break;
            case 'f': mode = 3; break;
            case 'g': mode = 2; if (precision == 0) precision = 1; break;
            case 'r': mode = 0; precision = 0; break;
            default: throw new ArgumentException("bad float format code", nameof(code));
        }
        bool neg = double.IsNegative(d);
        if (!double.IsFinite(d))
        {
            if (double.IsNaN(d)) neg = false;
            if (neg) sb.Append('-');
            else if (alwaysSign) sb.Append('+');
            sb.Append(double.IsNaN(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return;
        }
        Span<char> buf = stackalloc char[128];
        char[]? rented = null;
        try
        {
            int needed = Math.Max(precision, 0) + 340;
            if (needed > buf.Length) buf = rented = ArrayPool<char>.Shared.Rent(needed);
            int ndig = Digits(Math.Abs(d), mode, precision, buf, out int decpt);
            var digits = buf[..ndig];
            if (noNegZero && neg && (ndig == 0 || (ndig == 1 && digits[0] == '0'))) neg = false;
            if (neg) sb.Append('-');
            else if (alwaysSign) sb.Append('+');
            Layout(ref sb, digits, decpt, fmt, precision, addDot0, alt, upper);
        }
        finally
        {
            if (rented != null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>format_float_short's placement of the digits, decimal point, padding zeros and exponent.</summary>
    private static void Layout(ref StrBuffer sb, scoped ReadOnlySpan<char> digits, int decpt, char fmt, int precision, bool addDot0, bool alt, bool upper)
    {
        int digitsLen = digits.Length;
        int vdigitsEnd = digitsLen;
        bool useExp = false;
        int exp = 0;
        switch (fmt)
        {
            case 'e': useExp = true; vdigitsEnd = precision; break;
            case 'f': vdigitsEnd = decpt + precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vdigitsEnd = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
        else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

        int start = sb.Length;
        if (decpt <= 0)
        {
            sb.Append('0', decpt - vdigitsStart);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else sb.Append('0', -vdigitsStart);

        if (0 < decpt && decpt <= digitsLen)
        {
            sb.Append(digits[..decpt]);
            sb.Append('.');
            sb.Append(digits[decpt..]);
        }
        else sb.Append(digits);

        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen);
            sb.Append('.');
            sb.Append('0', vdigitsEnd - decpt);
        }
        else sb.Append('0', vdigitsEnd - digitsLen);

        if (sb.Length > start && sb[^1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            a.TryFormat(sb.AppendSpan(3), out int w, default, CultureInfo.InvariantCulture);
            sb.Length -= 3 - w;
        }
    }

    /// <summary>
    /// dtoa's digit generation for a finite non-negative <paramref name="v"/>: mode 0 shortest round-trip,
    /// mode 2 <paramref name="ndigits"/> significant digits, mode 3 <paramref name="ndigits"/> digits after the
    /// point. Writes the digits without trailing zeros into <paramref name="dst"/> and returns their count;
    /// <paramref name="decpt"/> is the decimal point position (value = 0.DIGITS * 10^decpt). Zero is "0", decpt 1;
    /// a mode 3 value that rounds to zero has no digits and decpt = -ndigits.
    /// </summary>
    public static int Digits(double v, int mode, int ndigits, Span<char> dst, out int decpt)
    {
        if (v == 0) { dst[0] = '0'; decpt = 1; return 1; }
        Span<char> fmt = stackalloc char[12];
        Span<char> tmp = dst; // format into dst, then compact in place
        int written;
        switch (mode)
        {
            case 0:
                v.TryFormat(tmp, out written, "R", CultureInfo.InvariantCulture);
                // .NET's shortest form can miss at a power of two, where the gap below v is half the gap
                // above (2**-25 gives 2.980232238769531E-08, another double); then take the shortest
                // correctly rounded form that reads back as v. Only a zero mantissa field has that
                // asymmetric gap, so only such values pay for the read-back check.
                if ((BitConverter.DoubleToInt64Bits(v) & 0xF_FFFF_FFFF_FFFFL) == 0
                    && double.Parse(tmp[..written], CultureInfo.InvariantCulture) != v)
                {
                    for (int p = 15; p <= 17; p++)
                    {
                        v.TryFormat(tmp, out written, p == 15 ? "E14" : p == 16 ? "E15" : "E16", CultureInfo.InvariantCulture);
                        if (double.Parse(tmp[..written], CultureInfo.InvariantCulture) == v) break;
                    }
                }
                return Normalize(tmp[..written], dst, out decpt);
            case 2:
            {
                fmt[0] = 'E';
                (ndigits - 1).TryFormat(fmt[1..], out int fl, default, CultureInfo.InvariantCulture);
                v.TryFormat(tmp, out written, fmt[..(fl + 1)], CultureInfo.InvariantCulture);
                return Normalize(tmp[..written], dst, out decpt);
            }
            default:
            {
                if (FixedDigits(v, ndigits, dst, out int fn, out decpt)) return fn;
                fmt[0] = 'F';
                ndigits.TryFormat(fmt[1..], out int fl, default, CultureInfo.InvariantCulture);
                v.TryFormat(tmp, out written, fmt[..(fl + 1)], CultureInfo.InvariantCulture);
                int n = Normalize(tmp[..written], dst, out decpt);
                if (n == 0) decpt = -ndigits;
                return n;
            }
        }
    }

    /// <summary>Powers of ten that are exact doubles (10**0 .. 10**15).</summary>
    private static ReadOnlySpan<double> ExactPow10 => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Mode 3 (<paramref name="ndigits"/> digits after the point) for the common case, without .NET's
    /// general formatter: when v * 10**ndigits is below 2**52 the correctly rounded (half-even on the exact
    /// binary value, as dtoa) integer n is found with one fused multiply-add, which gives the rounding
    /// error of the product exactly. Returns false (nothing written) outside that range.
    /// </summary>
    private static bool FixedDigits(double v, int ndigits, Span<char> dst, out int count, out int decpt)
    {
        count = 0;
        decpt = 0;
        // Tiny values would make the error term underflow; huge ones do not fit the integer.
        if ((uint)ndigits >= (uint)ExactPow10.Length || !(v >= 1e-200)) return false;
        double scale = ExactPow10[ndigits];
        double prod = v * scale;
        if (!(prod < 4503599627370496.0)) return false; // 2**52: every step below is exact
        double err = Math.FusedMultiplyAdd(v, scale, -prod); // v*scale == prod + err exactly
        double floor = Math.Floor(prod);
        double frac = prod - floor; // exact below 2**52
        ulong n = (ulong)floor;
        // Compare the exact fraction frac + err with 1/2: d = frac - 1/2 is exact whenever frac >= 1/4
        // (Sterbenz); below that it is clearly negative however it rounds.
        double d = frac - 0.5;
        if (d > -err || (d == -err && (n & 1) != 0)) n++;
        if (n == 0)
        {
            decpt = -ndigits;
            return true;
        }
        n.TryFormat(dst, out int w, default, CultureInfo.InvariantCulture);
        decpt = w - ndigits;
        while (dst[w - 1] == '0') w--;
        count = w;
        return true;
    }

    /// <summary>Turns .NET's "ddd.dddE+xxx" / "ddd.ddd" into bare digits (no leading or trailing zeros) and a point position.</summary>
    private static int Normalize(ReadOnlySpan<char> text, Span<char> dst, out int decpt)
    {
        int ePos = text.IndexOfAny('E', 'e');
        int exp = 0;
        ReadOnlySpan<char> mant = text;
        if (ePos >= 0)
        {
            exp = int.Parse(text[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mant = text[..ePos];
        }
        decpt = DecimalPointOf(mant) + exp;
        int n = 0;
        bool seenNonZero = false;
        // dst may alias text: we only ever write at or before the read position.
        for (int i = 0; i < mant.Length; i++)
        {
            char c = mant[i];
            if (c == '.') continue;
            if (!seenNonZero)
            {
                if (c == '0') continue;
                seenNonZero = true;
            }
            dst[n++] = c;
        }
        while (n > 0 && dst[n - 1] == '0') n--;
        return n;
    }

    /// <summary>Position of the decimal point relative to the first significant digit of <paramref name="mant"/>.</summary>
    private static int DecimalPointOf(ReadOnlySpan<char> mant)
    {
        int dot = mant.IndexOf('.');
        if (dot < 0) dot = mant.Length;
        int first = 0;
        while (first < mant.Length && (mant[first] == '0' || mant[first] == '.')) first++;
        if (first >= mant.Length) return 0;
        // first significant digit at index 'first'; if it's before the dot, point = dot - first; else -(zeros after dot).
        return first < dot ? dot - first : -(first - dot - 1);
    }
}
