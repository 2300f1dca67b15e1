using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kaa.Runtime.Objects;

/// <summary>float.hex() and float.fromhex().</summary>
public static partial class FloatType
{
    internal static void InitHexMethods(PyType t)
    {
        t.AddMethod("hex", (ts, self, args, kw) =>
        {
            Args.Exact("hex", args, kw, 0);
            return PyStr.From(ToHex(((PyFloat)self).Value));
        });
        t.AddClassMethod("fromhex", (ts, cls, args, kw) =>
        {
            Args.Exact("float.fromhex", args, kw, 1);
            // float_fromhex takes any object; PyUnicode_AsUTF8AndSize rejects a non-str with PyErr_BadArgument.
            if (args[0] is not PyStr s) throw PyErr.TypeError("bad argument type for built-in operation");
            var v = new PyFloat(FromHex(s.Value));
            return ReferenceEquals(cls, BuiltinTypes.Float) ? v : Ops.Call(ts, cls, v);
        });
        // The storage format of C double and float; .NET runs only on IEEE 754 hardware.
        t.AddClassMethod("__getformat__", (ts, cls, args, kw) =>
        {
            Args.Exact("float.__getformat__", args, kw, 1);
            if (args[0] is not PyStr s) throw PyErr.TypeError($"__getformat__() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            if (s.Value.Contains('\0')) throw PyErr.ValueError("embedded null character");
            if (s.Value is not ("double" or "float")) throw PyErr.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return PyStr.From(BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian");
        });
    }

    public static string ToHex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int exp = (int)(bits >> 52);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        if (exp == 0) { lead = 0; exp = -1022; }
        else exp -= 1023;
        return $"{sign}0x{lead}.{mant:x13}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    public static double FromHex(string text)
    {
        var s = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        int i = 0;
        bool neg = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        var rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return neg ? -Math.Abs(double.NaN) : Math.Abs(double.NaN);
        if (rest.StartsWith("0x", StringComparison.Ordinal)) i += 2;
        BigInteger mant = 0;
        long exp = 0;
        int digits = 0;
        while (i < s.Length && Uri.IsHexDigit(s[i])) { mant = mant * 16 + Convert.ToInt32(s[i].ToString(), 16); i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && Uri.IsHexDigit(s[i])) { mant = mant * 16 + Convert.ToInt32(s[i].ToString(), 16); exp -= 4; i++; digits++; }
        }
        if (digits == 0) throw PyErr.ValueError("invalid hexadecimal floating-point string");
        if (i < s.Length && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            int start = i;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int ds = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == ds) throw PyErr.ValueError("invalid hexadecimal floating-point string");
            var e = BigInteger.Parse(s[start..i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (e > 100000) e = 100000;
            if (e < -100000) e = -100000;
            exp += (long)e;
        }
        if (i != s.Length) throw PyErr.ValueError("invalid hexadecimal floating-point string");
        if (mant.IsZero) return neg ? -0.0 : 0.0;
        // Round to 53 significant bits (or fewer in the subnormal range), half to even.
        long bitLen = (long)mant.GetBitLength();
        long topExp = exp + bitLen - 1;            // exponent of the leading bit
        if (topExp > 1023) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        long keep = Math.Min(53, topExp - (-1074) + 1);
        if (keep <= 0)
        {
            // Below half the smallest subnormal: rounds to zero unless exactly above half.
            bool aboveHalf = keep == 0 && mant > (BigInteger.One << (int)(bitLen - 1));
            double tiny = aboveHalf ? double.Epsilon : 0.0;
            return neg ? -tiny : tiny;
        }
        if (bitLen > keep)
        {
            int drop = (int)(bitLen - keep);
            var q = mant >> drop;
            var rem = mant - (q << drop);
            var half = BigInteger.One << (drop - 1);
            if (rem > half || (rem == half && !q.IsEven)) q += 1;
            mant = q;
            exp += drop;
            if (mant.GetBitLength() > keep && keep == 53) { mant >>= 1; exp += 1; }
        }
        if (exp + (long)mant.GetBitLength() - 1 > 1023) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        double r = Math.ScaleB((double)mant, (int)exp);
        return neg ? -r : r;
    }
}
