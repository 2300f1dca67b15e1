using System.Numerics;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>int arithmetic: long fast paths with overflow detection, BigInteger beyond.</summary>
public static class PyIntArith
{
    public static PyInt Add(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, y = b.Small, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r);
        }
        return PyInt.From(a.Big + b.Big);
    }

    public static PyInt Sub(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, y = b.Small, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r);
        }
        return PyInt.From(a.Big - b.Big);
    }

    public static PyInt Mul(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            long r;
            try { r = checked(a.Small * b.Small); }
            catch (OverflowException) { return PyInt.From((BigInteger)a.Small * b.Small); }
            return PyInt.From(r);
        }
        return PyInt.From(a.Big * b.Big);
    }

    public static PyInt FloorDiv(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyErr.ZeroDivisionError("division by zero");
        if (a.IsSmall && b.IsSmall && !(a.Small == long.MinValue && b.Small == -1))
        {
            long x = a.Small, y = b.Small, q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
            return PyInt.From(q);
        }
        var bq = BigInteger.DivRem(a.Big, b.Big, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) bq -= 1;
        return PyInt.From(bq);
    }

    public static PyInt Mod(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyErr.ZeroDivisionError("division by zero");
        if (a.IsSmall && b.IsSmall)
        {
            if (b.Small == -1) return PyInt.Zero;
            long r = a.Small % b.Small;
            if (r != 0 && ((r < 0) != (b.Small < 0))) r += b.Small;
            return PyInt.From(r);
        }
        var br = BigInteger.Remainder(a.Big, b.Big);
        if (!br.IsZero && (br.Sign < 0) != (b.Sign < 0)) br += b.Big;
        return PyInt.From(br);
    }

    public static PyObject TrueDiv(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyErr.ZeroDivisionError("division by zero");
        const long exact = 1L << 53;
        if (a.IsSmall && b.IsSmall && Math.Abs(a.Small) <= exact && Math.Abs(b.Small) <= exact)
            return new PyFloat((double)a.Small / b.Small);
        return new PyFloat(BigTrueDiv(a.Big, b.Big));
    }

    /// <summary>Correctly rounded a/b for big operands: scale so the quotient has 55+ bits, then round once.</summary>
    private static double BigTrueDiv(BigInteger a, BigInteger b)
    {
        bool neg = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a); b = BigInteger.Abs(b);
        // q gets 55-56 bits (2+ below a double's precision), or fewer when the result is subnormal so that
        // its last bit still sits 2 below the final ulp (2^-1074): then one rounding happens in ScaleB.
        long e = (long)a.GetBitLength() - (long)b.GetBitLength();
        long shift = Math.Max(e - 55, -1074 - 2);
        if (shift > 2000) throw PyErr.OverflowError("integer division result too large for a float");
        BigInteger n = a, d = b;
        if (shift > 0) d <<= (int)shift; else n <<= (int)-shift;
        var q = BigInteger.DivRem(n, d, out var r);
        if (!r.IsZero) q |= 1; // sticky bit: an inexact quotient is never mistaken for a tie
        // q fits in a long: its conversion to double rounds once (half to even), exactly as needed;
        // in the subnormal range q is short enough to be exact and ScaleB does the one rounding.
        double result = Math.ScaleB((double)(long)q, (int)shift);
        if (double.IsInfinity(result)) throw PyErr.OverflowError("integer division result too large for a float");
        return neg ? -result : result;
    }

    public static PyObject Pow(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double fa = a.ToDouble(), fb = b.ToDouble();
            if (fa == 0) throw PyErr.ZeroDivisionError("zero to a negative power");
            return new PyFloat(Math.Pow(fa, fb));
        }
        if (a.IsSmall && b.IsSmall)
        {
            long x = a.Small, e = b.Small, result = 1;
            bool overflow = false;
            try
            {
                checked
                {
                    long bse = x;
                    while (e > 0)
                    {
                        if ((e & 1) != 0) result *= bse;
                        e >>= 1;
                        if (e > 0) bse *= bse;
                    }
                }
            }
            catch (OverflowException) { overflow = true; }
            if (!overflow) return PyInt.From(result);
        }
        if (!b.IsSmall || b.Small > int.MaxValue)
        {
            if (a.IsSmall && (a.Small == 0 || a.Small == 1)) return a;
            if (a.IsSmall && a.Small == -1) return b.Big.IsEven ? PyInt.One : PyInt.MinusOne;
            throw PyErr.MemoryError();
        }
        return PyInt.From(BigInteger.Pow(a.Big, (int)b.Small));
    }

    public static PyInt PowMod(PyInt a, PyInt b, PyInt m)
    {
        if (m.Sign == 0) throw PyErr.ValueError("pow() 3rd argument cannot be 0");
        var mod = m.Big;
        var absMod = BigInteger.Abs(mod);
        var bse = a.Big;
        var exp = b.Big;
        if (exp.Sign < 0)
        {
            bse = ModInverse(bse, absMod) ?? throw PyErr.ValueError("base is not invertible for the given modulus");
            exp = -exp;
        }
        var r = BigInteger.ModPow(((bse % absMod) + absMod) % absMod, exp, absMod);
        if (mod.Sign < 0 && !r.IsZero) r += mod;
        return PyInt.From(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        if (m.IsOne) return BigInteger.Zero;
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        while (a1 != 0)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (g != 1) return null;
        return ((x % m) + m) % m;
    }

    public static PyInt LShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (a.Sign == 0) return PyInt.Zero;
        if (!b.IsSmall || b.Small > int.MaxValue) throw PyErr.OverflowError("too many digits in integer");
        int s = (int)b.Small;
        if (a.IsSmall && s < 63)
        {
            long x = a.Small, r = x << s;
            if (r >> s == x) return PyInt.From(r);
        }
        return PyInt.From(a.Big << s);
    }

    public static PyInt RShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyErr.ValueError("negative shift count");
        if (!b.IsSmall || b.Small > int.MaxValue) return a.Sign < 0 ? PyInt.MinusOne : PyInt.Zero;
        int s = (int)b.Small;
        if (a.IsSmall) return PyInt.From(s >= 64 ? (a.Small < 0 ? -1 : 0) : a.Small >> s);
        return PyInt.From(a.Big >> s);
    }

    public static PyInt And(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? PyInt.From(a.Small & b.Small) : PyInt.From(a.Big & b.Big);
    public static PyInt Or(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? PyInt.From(a.Small | b.Small) : PyInt.From(a.Big | b.Big);
    public static PyInt Xor(PyInt a, PyInt b) => a.IsSmall && b.IsSmall ? PyInt.From(a.Small ^ b.Small) : PyInt.From(a.Big ^ b.Big);

    public static PyInt Negate(PyInt a) => a.IsSmall && a.Small != long.MinValue ? PyInt.From(-a.Small) : PyInt.From(-a.Big);

    public static int Compare(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall) return a.Small.CompareTo(b.Small);
        return a.Big.CompareTo(b.Big);
    }

    /// <summary>Exact comparison of an int with a float (no rounding of big ints through double).</summary>
    public static int CompareWithDouble(PyInt a, double d)
    {
        if (double.IsNaN(d)) return 2; // unordered
        if (double.IsPositiveInfinity(d)) return -1;
        if (double.IsNegativeInfinity(d)) return 1;
        if (a.IsSmall && Math.Abs(a.Small) < (1L << 53)) return ((double)a.Small).CompareTo(d);
        var fl = Math.Floor(d);
        var bi = new BigInteger(fl);
        int c = a.Big.CompareTo(bi);
        if (c != 0) return c;
        return fl == d ? 0 : -1;
    }

    public static bool EqualsWithDouble(PyInt a, double d) => !double.IsNaN(d) && CompareWithDouble(a, d) == 0;
}
