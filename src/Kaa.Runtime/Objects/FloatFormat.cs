using System.Globalization;

namespace Kaa.Runtime.Objects;

/// <summary>float to text exactly as CPython's repr (shortest round-trip digits, 'r' format rules).</summary>
public static class FloatFormat
{
    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsPositiveInfinity(v)) return "inf";
        if (double.IsNegativeInfinity(v)) return "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        ShortestDigits(v, out var digits, out int exp10, out bool neg);
        // exp10: position of the decimal point relative to the digits (value = 0.DIGITS * 10^exp10)
        int decpt = exp10;
        string body;
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0) body = "0." + new string('0', -decpt) + digits;
            else if (decpt >= digits.Length) body = digits + new string('0', decpt - digits.Length) + ".0";
            else body = digits[..decpt] + "." + digits[decpt..];
        }
        else
        {
            int e = decpt - 1;
            string mant = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            body = mant + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", CultureInfo.InvariantCulture);
        }
        return neg ? "-" + body : body;
    }

    /// <summary>The shortest digit string that round-trips, and the decimal point position.</summary>
    public static void ShortestDigits(double v, out string digits, out int decpt, out bool negative)
    {
        negative = v < 0;
        var s = Math.Abs(v).ToString("E16", CultureInfo.InvariantCulture);
        // Try increasing precision until it round-trips (R gives shortest on .NET Core 3+, but its
        // layout varies, so normalise through "R" first).
        var r = Math.Abs(v).ToString("R", CultureInfo.InvariantCulture);
        int ePos = r.IndexOfAny(['E', 'e']);
        string mantissa = ePos >= 0 ? r[..ePos] : r;
        int exp = ePos >= 0 ? int.Parse(r[(ePos + 1)..], CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.');
        string intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        string all = intPart + fracPart;
        int point = intPart.Length + exp;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; point--; }
        all = all[lead..].TrimEnd('0');
        if (all.Length == 0) all = "0";
        digits = all;
        decpt = point;
        _ = s;
    }
}
