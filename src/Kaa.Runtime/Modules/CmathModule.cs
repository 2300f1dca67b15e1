using Kaa.Runtime.Objects;
using Kaa.Runtime.State;
using C = System.Numerics.Complex;

namespace Kaa.Runtime;

/// <summary>
/// The cmath module (Modules/cmathmodule.c): CPython's algorithms, which follow C99 Annex G, with its
/// 7x7 special-value tables for infinite and NaN inputs (indexed by the class of the real and the
/// imaginary part), its scaling to avoid spurious overflow and underflow, and its errno rules: EDOM
/// becomes ValueError("math domain error"), ERANGE becomes OverflowError("math range error").
/// The real libm functions come from .NET's Math, which calls the platform's C library on Linux.
/// </summary>
public static class CmathModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "cmath", Exec = Exec };

    private const int Ok = 0, Edom = 1, Erange = 2;
    private const double LargeDouble = double.MaxValue / 4.0;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = Math.Log(LargeDouble);
    private const double DblMin = 2.2250738585072014e-308;
    private static readonly double SqrtDblMin = Math.Sqrt(DblMin);
    private const int DblMantDig = 53;
    private const int ScaleUp = 2 * (DblMantDig / 2) + 1;
    private const int ScaleDown = -(ScaleUp + 1) / 2;
    private const double Ln2 = 0.6931471805599453094, Ln10 = 2.302585092994045684;

    private const double P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
    private const double Inf = double.PositiveInfinity, N = double.NaN;
    /// <summary>CPython's placeholder for table cells that finite inputs never reach.</summary>
    private const double U = -9.5426319407711027e33;

    // Rows: class of the real part; columns: class of the imaginary part; both in the order
    // -inf, negative, -0, +0, positive, +inf, nan (special_type). The values are CPython 3.13/3.14's
    // (later versions changed acosh(+-0+nanj) and tanh(+-0+infj / +-0+nanj)).
    private static System.Collections.Immutable.ImmutableArray<C> Table(params double[] v)
    {
        var b = System.Collections.Immutable.ImmutableArray.CreateBuilder<C>(49);
        for (int i = 0; i < 98; i += 2) b.Add(new C(v[i], v[i + 1]));
        return b.MoveToImmutable();
    }

    private static readonly System.Collections.Immutable.ImmutableArray<C> AcosSv = Table(
        P34, Inf, P, Inf, P, Inf, P, -Inf, P, -Inf, P34, -Inf, N, Inf,
        P12, Inf, U, U, U, U, U, U, U, U, P12, -Inf, N, N,
        P12, Inf, U, U, P12, 0.0, P12, -0.0, U, U, P12, -Inf, P12, N,
        P12, Inf, U, U, P12, 0.0, P12, -0.0, U, U, P12, -Inf, P12, N,
        P12, Inf, U, U, U, U, U, U, U, U, P12, -Inf, N, N,
        P14, Inf, 0.0, Inf, 0.0, Inf, 0.0, -Inf, 0.0, -Inf, P14, -Inf, N, Inf,
        N, Inf, N, N, N, N, N, N, N, N, N, -Inf, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> AcoshSv = Table(
        Inf, -P34, Inf, -P, Inf, -P, Inf, P, Inf, P, Inf, P34, Inf, N,
        Inf, -P12, U, U, U, U, U, U, U, U, Inf, P12, N, N,
        Inf, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, Inf, P12, N, N,
        Inf, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, Inf, P12, N, N,
        Inf, -P12, U, U, U, U, U, U, U, U, Inf, P12, N, N,
        Inf, -P14, Inf, -0.0, Inf, -0.0, Inf, 0.0, Inf, 0.0, Inf, P14, Inf, N,
        Inf, N, N, N, N, N, N, N, N, N, Inf, N, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> AsinhSv = Table(
        -Inf, -P14, -Inf, -0.0, -Inf, -0.0, -Inf, 0.0, -Inf, 0.0, -Inf, P14, -Inf, N,
        -Inf, -P12, U, U, U, U, U, U, U, U, -Inf, P12, N, N,
        -Inf, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -Inf, P12, N, N,
        Inf, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, Inf, P12, N, N,
        Inf, -P12, U, U, U, U, U, U, U, U, Inf, P12, N, N,
        Inf, -P14, Inf, -0.0, Inf, -0.0, Inf, 0.0, Inf, 0.0, Inf, P14, Inf, N,
        Inf, N, N, N, N, -0.0, N, 0.0, N, N, Inf, N, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> AtanhSv = Table(
        -0.0, -P12, -0.0, -P12, -0.0, -P12, -0.0, P12, -0.0, P12, -0.0, P12, -0.0, N,
        -0.0, -P12, U, U, U, U, U, U, U, U, -0.0, P12, N, N,
        -0.0, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -0.0, P12, -0.0, N,
        0.0, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, P12, 0.0, N,
        0.0, -P12, U, U, U, U, U, U, U, U, 0.0, P12, N, N,
        0.0, -P12, 0.0, -P12, 0.0, -P12, 0.0, P12, 0.0, P12, 0.0, P12, 0.0, N,
        0.0, -P12, N, N, N, N, N, N, N, N, 0.0, P12, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> CoshSv = Table(
        Inf, N, U, U, Inf, 0.0, Inf, -0.0, U, U, Inf, N, Inf, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, 0.0, U, U, 1.0, 0.0, 1.0, -0.0, U, U, N, 0.0, N, 0.0,
        N, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, 0.0, N, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        Inf, N, U, U, Inf, -0.0, Inf, 0.0, U, U, Inf, N, Inf, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> ExpSv = Table(
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        Inf, N, U, U, Inf, -0.0, Inf, 0.0, U, U, Inf, N, Inf, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> LogSv = Table(
        Inf, -P34, Inf, -P, Inf, -P, Inf, P, Inf, P, Inf, P34, Inf, N,
        Inf, -P12, U, U, U, U, U, U, U, U, Inf, P12, N, N,
        Inf, -P12, U, U, -Inf, -P, -Inf, P, U, U, Inf, P12, N, N,
        Inf, -P12, U, U, -Inf, -0.0, -Inf, 0.0, U, U, Inf, P12, N, N,
        Inf, -P12, U, U, U, U, U, U, U, U, Inf, P12, N, N,
        Inf, -P14, Inf, -0.0, Inf, -0.0, Inf, 0.0, Inf, 0.0, Inf, P14, Inf, N,
        Inf, N, N, N, N, N, N, N, N, N, Inf, N, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> SinhSv = Table(
        Inf, N, U, U, -Inf, -0.0, -Inf, 0.0, U, U, Inf, N, Inf, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, 0.0, N, 0.0, N,
        0.0, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, N, 0.0, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        Inf, N, U, U, Inf, -0.0, Inf, 0.0, U, U, Inf, N, Inf, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> SqrtSv = Table(
        Inf, -Inf, 0.0, -Inf, 0.0, -Inf, 0.0, Inf, 0.0, Inf, Inf, Inf, N, Inf,
        Inf, -Inf, U, U, U, U, U, U, U, U, Inf, Inf, N, N,
        Inf, -Inf, U, U, 0.0, -0.0, 0.0, 0.0, U, U, Inf, Inf, N, N,
        Inf, -Inf, U, U, 0.0, -0.0, 0.0, 0.0, U, U, Inf, Inf, N, N,
        Inf, -Inf, U, U, U, U, U, U, U, U, Inf, Inf, N, N,
        Inf, -Inf, Inf, -0.0, Inf, -0.0, Inf, 0.0, Inf, 0.0, Inf, Inf, Inf, N,
        Inf, -Inf, N, N, N, N, N, N, N, N, Inf, Inf, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> TanhSv = Table(
        -1.0, 0.0, U, U, -1.0, -0.0, -1.0, 0.0, U, U, -1.0, 0.0, -1.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        1.0, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, 1.0, 0.0, 1.0, 0.0,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N);

    private static readonly System.Collections.Immutable.ImmutableArray<C> RectSv = Table(
        Inf, N, U, U, -Inf, 0.0, -Inf, -0.0, U, U, Inf, N, Inf, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, 0.0, U, U, -0.0, 0.0, -0.0, -0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        Inf, N, U, U, Inf, -0.0, Inf, 0.0, U, U, Inf, N, Inf, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N);

    /// <summary>special_type: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan.</summary>
    private static int SpecialType(double d)
    {
        if (double.IsFinite(d))
        {
            if (d != 0) return double.IsNegative(d) ? 1 : 4;
            return double.IsNegative(d) ? 2 : 3;
        }
        if (double.IsNaN(d)) return 6;
        return double.IsNegative(d) ? 0 : 5;
    }

    private static C Special(System.Collections.Immutable.ImmutableArray<C> table, C z)
        => table[SpecialType(z.Real) * 7 + SpecialType(z.Imaginary)];

    private static bool NotFinite(C z) => !double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary);

    private static double CopySign(double x, double y) => Math.CopySign(x, y);

    /// <summary>The platform hypot's accuracy (CPython calls libm's): math.hypot's correctly scaled norm.</summary>
    internal static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        return MathModule.VectorNorm([x, y], Math.Max(x, y), double.IsNaN(x) || double.IsNaN(y));
    }

    private static C Neg(C z) => new(-z.Real, -z.Imaginary);

    internal static C Acos(C z, ref int err)
    {
        if (NotFinite(z)) { err = Ok; return Special(AcosSv, z); }
        double re, im;
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            re = Math.Atan2(Math.Abs(z.Imaginary), z.Real);
            im = -CopySign(Math.Log(Hypot(z.Real / 2.0, z.Imaginary / 2.0)) + Ln2 * 2.0, z.Imaginary);
        }
        else
        {
            var s1 = Sqrt(new C(1.0 - z.Real, -z.Imaginary), ref err);
            var s2 = Sqrt(new C(1.0 + z.Real, z.Imaginary), ref err);
            re = 2.0 * Math.Atan2(s1.Real, s2.Real);
            im = Math.Asinh(s2.Real * s1.Imaginary - s2.Imaginary * s1.Real);
        }
        err = Ok;
        return new C(re, im);
    }

    internal static C Acosh(C z, ref int err)
    {
        if (NotFinite(z)) { err = Ok; return Special(AcoshSv, z); }
        double re, im;
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            re = Math.Log(Hypot(z.Real / 2.0, z.Imaginary / 2.0)) + Ln2 * 2.0;
            im = Math.Atan2(z.Imaginary, z.Real);
        }
        else
        {
            var s1 = Sqrt(new C(z.Real - 1.0, z.Imaginary), ref err);
            var s2 = Sqrt(new C(z.Real + 1.0, z.Imaginary), ref err);
            re = Math.Asinh(s1.Real * s2.Real + s1.Imaginary * s2.Imaginary);
            im = 2.0 * Math.Atan2(s1.Imaginary, s2.Real);
        }
        err = Ok;
        return new C(re, im);
    }

    internal static C Asin(C z, ref int err)
    {
        var s = Asinh(new C(-z.Imaginary, z.Real), ref err);
        return new C(s.Imaginary, -s.Real);
    }

    internal static C Asinh(C z, ref int err)
    {
        if (NotFinite(z)) { err = Ok; return Special(AsinhSv, z); }
        double re, im;
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            double l = Math.Log(Hypot(z.Real / 2.0, z.Imaginary / 2.0)) + Ln2 * 2.0;
            re = z.Imaginary >= 0.0 ? CopySign(l, z.Real) : -CopySign(l, -z.Real);
            im = Math.Atan2(z.Imaginary, Math.Abs(z.Real));
        }
        else
        {
            var s1 = Sqrt(new C(1.0 + z.Imaginary, -z.Real), ref err);
            var s2 = Sqrt(new C(1.0 - z.Imaginary, z.Real), ref err);
            re = Math.Asinh(s1.Real * s2.Imaginary - s2.Real * s1.Imaginary);
            im = Math.Atan2(z.Imaginary, s1.Real * s2.Real - s1.Imaginary * s2.Imaginary);
        }
        err = Ok;
        return new C(re, im);
    }

    internal static C Atan(C z, ref int err)
    {
        var s = Atanh(new C(-z.Imaginary, z.Real), ref err);
        return new C(s.Imaginary, -s.Real);
    }

    internal static C Atanh(C z, ref int err)
    {
        if (NotFinite(z)) { err = Ok; return Special(AtanhSv, z); }
        if (z.Real < 0.0) return Neg(Atanh(Neg(z), ref err));
        double ay = Math.Abs(z.Imaginary);
        double re, im;
        if (z.Real > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            double h = Hypot(z.Real / 2.0, z.Imaginary / 2.0);
            re = z.Real / 4.0 / h / h;
            im = CopySign(Math.PI / 2.0, z.Imaginary);
            err = Ok;
        }
        else if (z.Real == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0)
            {
                re = Inf;
                im = z.Imaginary;
                err = Edom;
            }
            else
            {
                re = -Math.Log(Math.Sqrt(ay) / Math.Sqrt(Hypot(ay, 2.0)));
                im = CopySign(Math.Atan2(2.0, -ay) / 2, z.Imaginary);
                err = Ok;
            }
        }
        else
        {
            re = MathModule.Log1p(4.0 * z.Real / ((1 - z.Real) * (1 - z.Real) + ay * ay)) / 4.0;
            im = -Math.Atan2(-2.0 * z.Imaginary, (1 - z.Real) * (1 + z.Real) - ay * ay) / 2.0;
            err = Ok;
        }
        return new C(re, im);
    }

    internal static C Cos(C z, ref int err) => Cosh(new C(-z.Imaginary, z.Real), ref err);

    internal static C Cosh(C z, ref int err)
    {
        double re, im;
        if (NotFinite(z))
        {
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                re = CopySign(Inf, Math.Cos(z.Imaginary));
                im = z.Real > 0 ? CopySign(Inf, Math.Sin(z.Imaginary)) : -CopySign(Inf, Math.Sin(z.Imaginary));
            }
            else
            {
                var r = Special(CoshSv, z);
                re = r.Real;
                im = r.Imaginary;
            }
            err = double.IsInfinity(z.Imaginary) && !double.IsNaN(z.Real) ? Edom : Ok;
            return new C(re, im);
        }
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            double xm1 = z.Real - CopySign(1.0, z.Real);
            re = Math.Cos(z.Imaginary) * Math.Cosh(xm1) * Math.E;
            im = Math.Sin(z.Imaginary) * Math.Sinh(xm1) * Math.E;
        }
        else
        {
            re = Math.Cos(z.Imaginary) * Math.Cosh(z.Real);
            im = Math.Sin(z.Imaginary) * Math.Sinh(z.Real);
        }
        err = double.IsInfinity(re) || double.IsInfinity(im) ? Erange : Ok;
        return new C(re, im);
    }

    internal static C Exp(C z, ref int err)
    {
        double re, im;
        if (NotFinite(z))
        {
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                if (z.Real > 0)
                {
                    re = CopySign(Inf, Math.Cos(z.Imaginary));
                    im = CopySign(Inf, Math.Sin(z.Imaginary));
                }
                else
                {
                    re = CopySign(0.0, Math.Cos(z.Imaginary));
                    im = CopySign(0.0, Math.Sin(z.Imaginary));
                }
            }
            else
            {
                var r = Special(ExpSv, z);
                re = r.Real;
                im = r.Imaginary;
            }
            err = double.IsInfinity(z.Imaginary) && (double.IsFinite(z.Real) || (double.IsInfinity(z.Real) && z.Real > 0)) ? Edom : Ok;
            return new C(re, im);
        }
        if (z.Real > LogLargeDouble)
        {
            double l = Math.Exp(z.Real - 1.0);
            re = l * Math.Cos(z.Imaginary) * Math.E;
            im = l * Math.Sin(z.Imaginary) * Math.E;
        }
        else
        {
            double l = Math.Exp(z.Real);
            re = l * Math.Cos(z.Imaginary);
            im = l * Math.Sin(z.Imaginary);
        }
        err = double.IsInfinity(re) || double.IsInfinity(im) ? Erange : Ok;
        return new C(re, im);
    }

    internal static C Log(C z, ref int err)
    {
        if (NotFinite(z)) { err = Ok; return Special(LogSv, z); }
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imaginary), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Math.Log(Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Math.Log(Hypot(Math.ScaleB(ax, DblMantDig), Math.ScaleB(ay, DblMantDig))) - DblMantDig * Ln2;
            else
            {
                err = Edom;
                return new C(-Inf, Math.Atan2(z.Imaginary, z.Real));
            }
        }
        else
        {
            double h = Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = MathModule.Log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = Math.Log(h);
        }
        err = Ok;
        return new C(re, Math.Atan2(z.Imaginary, z.Real));
    }

    internal static C Log10(C z, ref int err)
    {
        var r = Log(z, ref err);
        return new C(r.Real / Ln10, r.Imaginary / Ln10);
    }

    internal static C Sin(C z, ref int err)
    {
        var s = Sinh(new C(-z.Imaginary, z.Real), ref err);
        return new C(s.Imaginary, -s.Real);
    }

    internal static C Sinh(C z, ref int err)
    {
        double re, im;
        if (NotFinite(z))
        {
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                re = z.Real > 0 ? CopySign(Inf, Math.Cos(z.Imaginary)) : -CopySign(Inf, Math.Cos(z.Imaginary));
                im = CopySign(Inf, Math.Sin(z.Imaginary));
            }
            else
            {
                var r = Special(SinhSv, z);
                re = r.Real;
                im = r.Imaginary;
            }
            err = double.IsInfinity(z.Imaginary) && !double.IsNaN(z.Real) ? Edom : Ok;
            return new C(re, im);
        }
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            double xm1 = z.Real - CopySign(1.0, z.Real);
            re = Math.Cos(z.Imaginary) * Math.Sinh(xm1) * Math.E;
            im = Math.Sin(z.Imaginary) * Math.Cosh(xm1) * Math.E;
        }
        else
        {
            re = Math.Cos(z.Imaginary) * Math.Sinh(z.Real);
            im = Math.Sin(z.Imaginary) * Math.Cosh(z.Real);
        }
        err = double.IsInfinity(re) || double.IsInfinity(im) ? Erange : Ok;
        return new C(re, im);
    }

    internal static C Sqrt(C z, ref int err)
    {
        if (NotFinite(z)) { err = Ok; return Special(SqrtSv, z); }
        if (z.Real == 0.0 && z.Imaginary == 0.0) return new C(0.0, z.Imaginary);
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imaginary), s;
        if (ax < DblMin && ay < DblMin)
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        err = Ok;
        return z.Real >= 0.0 ? new C(s, CopySign(d, z.Imaginary)) : new C(d, CopySign(s, z.Imaginary));
    }

    internal static C Tan(C z, ref int err)
    {
        var s = Tanh(new C(-z.Imaginary, z.Real), ref err);
        return new C(s.Imaginary, -s.Real);
    }

    internal static C Tanh(C z, ref int err)
    {
        double re, im;
        if (NotFinite(z))
        {
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                re = z.Real > 0 ? 1.0 : -1.0;
                im = CopySign(0.0, 2.0 * Math.Sin(z.Imaginary) * Math.Cos(z.Imaginary));
            }
            else
            {
                var r = Special(TanhSv, z);
                re = r.Real;
                im = r.Imaginary;
            }
            err = double.IsInfinity(z.Imaginary) && double.IsFinite(z.Real) ? Edom : Ok;
            return new C(re, im);
        }
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            re = CopySign(1.0, z.Real);
            im = 4.0 * Math.Sin(z.Imaginary) * Math.Cos(z.Imaginary) * Math.Exp(-2.0 * Math.Abs(z.Real));
        }
        else
        {
            double tx = Math.Tanh(z.Real), ty = Math.Tan(z.Imaginary), cx = 1.0 / Math.Cosh(z.Real);
            double txty = tx * ty, denom = 1.0 + txty * txty;
            re = tx * (1.0 + ty * ty) / denom;
            im = ((ty / denom) * cx) * cx;
        }
        err = Ok;
        return new C(re, im);
    }

    /// <summary>_Py_c_quot (with C11 Annex G's recovery of infinities and zeros computed as nan+nanj).</summary>
    private static C Quot(C a, C b, ref int err)
    {
        double absBr = Math.Abs(b.Real), absBi = Math.Abs(b.Imaginary), rr, ri;
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                err = Edom;
                rr = ri = 0.0;
            }
            else
            {
                double ratio = b.Imaginary / b.Real, denom = b.Real + b.Imaginary * ratio;
                rr = (a.Real + a.Imaginary * ratio) / denom;
                ri = (a.Imaginary - a.Real * ratio) / denom;
            }
        }
        else if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary, denom = b.Real * ratio + b.Imaginary;
            rr = (a.Real * ratio + a.Imaginary) / denom;
            ri = (a.Imaginary * ratio - a.Real) / denom;
        }
        else rr = ri = N;
        if (double.IsNaN(rr) && double.IsNaN(ri))
        {
            if ((double.IsInfinity(a.Real) || double.IsInfinity(a.Imaginary)) && double.IsFinite(b.Real) && double.IsFinite(b.Imaginary))
            {
                double x = CopySign(double.IsInfinity(a.Real) ? 1.0 : 0.0, a.Real);
                double y = CopySign(double.IsInfinity(a.Imaginary) ? 1.0 : 0.0, a.Imaginary);
                rr = Inf * (x * b.Real + y * b.Imaginary);
                ri = Inf * (y * b.Real - x * b.Imaginary);
            }
            else if ((double.IsInfinity(absBr) || double.IsInfinity(absBi)) && double.IsFinite(a.Real) && double.IsFinite(a.Imaginary))
            {
                double x = CopySign(double.IsInfinity(b.Real) ? 1.0 : 0.0, b.Real);
                double y = CopySign(double.IsInfinity(b.Imaginary) ? 1.0 : 0.0, b.Imaginary);
                rr = 0.0 * (a.Real * x + a.Imaginary * y);
                ri = 0.0 * (a.Imaginary * x - a.Real * y);
            }
        }
        return new C(rr, ri);
    }

    /// <summary>_Py_c_abs: hypot, with ERANGE when a finite complex has an infinite magnitude.</summary>
    private static double Abs(C z, ref int err)
    {
        if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
            return double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary) ? Inf : N;
        double r = Hypot(z.Real, z.Imaginary);
        if (double.IsInfinity(r)) err = Erange;
        return r;
    }

    /// <summary>PyComplex_AsCComplex: a complex, __complex__, or a real number (__float__ / __index__).</summary>
    private static C AsComplex(ThreadState ts, PyObject o)
    {
        if (o is PyComplex c && PyType.IsExact(o, BuiltinTypes.Complex)) return c.Value;
        var meth = o.ObType.Lookup(PyStr.From("__complex__"));
        if (meth != null)
        {
            var r = Ops.CallUnbound(ts, meth, o, []);
            if (r is not PyComplex rc) throw PyErr.TypeError($"__complex__ returned non-complex (type {r.ObType.Name})");
            return rc.Value;
        }
        if (o is PyComplex c2) return c2.Value;
        return new C(MathModule.AsDouble(ts, o), 0.0);
    }

    private static PyException MathError(int err) => err == Edom
        ? PyErr.ValueError("math domain error")
        : PyErr.OverflowError("math range error");

    private delegate C Func1(C z, ref int err);

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("This module provides access to mathematical functions for complex\nnumbers."));
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(Inf));
        m.Set("infj", new PyComplex(0.0, Inf));
        m.Set("nan", new PyFloat(Math.Abs(double.NaN)));
        m.Set("nanj", new PyComplex(0.0, Math.Abs(double.NaN)));

        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));
        void F1(string name, Func1 f, string what) => Fn(name, (ts2, _, a, kw) =>
        {
            Args.Exact($"cmath.{name}", a, kw, 1);
            var z = AsComplex(ts2, a[0]);
            int err = Ok;
            var r = f(z, ref err);
            if (err != Ok) throw MathError(err);
            return new PyComplex(r);
        }, $"{name}($module, z, /)\n--\n\nReturn {what} of z.");

        F1("acos", Acos, "the arc cosine");
        F1("acosh", Acosh, "the inverse hyperbolic cosine");
        F1("asin", Asin, "the arc sine");
        F1("asinh", Asinh, "the inverse hyperbolic sine");
        F1("atan", Atan, "the arc tangent");
        F1("atanh", Atanh, "the inverse hyperbolic tangent");
        F1("cos", Cos, "the cosine");
        F1("cosh", Cosh, "the hyperbolic cosine");
        F1("exp", Exp, "the exponential value e**z");
        F1("log10", Log10, "the base-10 logarithm");
        F1("sin", Sin, "the sine");
        F1("sinh", Sinh, "the hyperbolic sine");
        F1("sqrt", Sqrt, "the square root");
        F1("tan", Tan, "the tangent");
        F1("tanh", Tanh, "the hyperbolic tangent");

        Fn("log", (ts2, _, a, kw) =>
        {
            Args.Range("log", a, kw, 1, 2);
            var x = AsComplex(ts2, a[0]);
            int err = Ok;
            x = Log(x, ref err);
            if (a.Length == 2)
            {
                var y = AsComplex(ts2, a[1]);
                // CPython keeps one errno: the base's log overwrites the first one's, and only a
                // division by zero sets it again.
                y = Log(y, ref err);
                x = Quot(x, y, ref err);
            }
            if (err != Ok) throw MathError(err);
            return new PyComplex(x);
        }, "log($module, z, base=<unrepresentable>, /)\n--\n\nlog(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z.");
        Fn("phase", (ts2, _, a, kw) =>
        {
            Args.Exact("cmath.phase", a, kw, 1);
            var z = AsComplex(ts2, a[0]);
            return new PyFloat(Math.Atan2(z.Imaginary, z.Real));
        }, "phase($module, z, /)\n--\n\nReturn argument, also known as the phase angle, of a complex.");
        Fn("polar", (ts2, _, a, kw) =>
        {
            Args.Exact("cmath.polar", a, kw, 1);
            var z = AsComplex(ts2, a[0]);
            double phi = Math.Atan2(z.Imaginary, z.Real);
            int err = Ok;
            double r = Abs(z, ref err);
            if (err != Ok) throw MathError(err);
            return new PyTuple([new PyFloat(r), new PyFloat(phi)]);
        }, "polar($module, z, /)\n--\n\nConvert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.");
        Fn("rect", (ts2, _, a, kw) =>
        {
            Args.Exact("rect", a, kw, 2);
            double r = MathModule.AsDouble(ts2, a[0]), phi = MathModule.AsDouble(ts2, a[1]);
            C z;
            int err = Ok;
            if (!double.IsFinite(r) || !double.IsFinite(phi))
            {
                if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
                {
                    z = r > 0
                        ? new C(CopySign(Inf, Math.Cos(phi)), CopySign(Inf, Math.Sin(phi)))
                        : new C(-CopySign(Inf, Math.Cos(phi)), -CopySign(Inf, Math.Sin(phi)));
                }
                else z = Special(RectSv, new C(r, phi));
                if (r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi)) err = Edom;
            }
            else if (phi == 0.0) z = new C(r, r * phi);
            else z = new C(r * Math.Cos(phi), r * Math.Sin(phi));
            if (err != Ok) throw MathError(err);
            return new PyComplex(z);
        }, "rect($module, r, phi, /)\n--\n\nConvert from polar coordinates to rectangular coordinates.");
        Fn("isfinite", (ts2, _, a, kw) =>
        {
            Args.Exact("cmath.isfinite", a, kw, 1);
            var z = AsComplex(ts2, a[0]);
            return PyBool.From(double.IsFinite(z.Real) && double.IsFinite(z.Imaginary));
        }, "isfinite($module, z, /)\n--\n\nReturn True if both the real and imaginary parts of z are finite, else False.");
        Fn("isnan", (ts2, _, a, kw) =>
        {
            Args.Exact("cmath.isnan", a, kw, 1);
            var z = AsComplex(ts2, a[0]);
            return PyBool.From(double.IsNaN(z.Real) || double.IsNaN(z.Imaginary));
        }, "isnan($module, z, /)\n--\n\nChecks if the real or imaginary part of z not a number (NaN).");
        Fn("isinf", (ts2, _, a, kw) =>
        {
            Args.Exact("cmath.isinf", a, kw, 1);
            var z = AsComplex(ts2, a[0]);
            return PyBool.From(double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary));
        }, "isinf($module, z, /)\n--\n\nChecks if the real or imaginary part of z is infinite.");
        Fn("isclose", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("isclose", a, kw, ["a", "b", "rel_tol", "abs_tol"], 2, kwOnlyFrom: 2);
            var x = AsComplex(ts2, p[0]!);
            var y = AsComplex(ts2, p[1]!);
            double relTol = p[2] == null ? 1e-09 : MathModule.AsDouble(ts2, p[2]!);
            double absTol = p[3] == null ? 0.0 : MathModule.AsDouble(ts2, p[3]!);
            if (relTol < 0.0 || absTol < 0.0) throw PyErr.ValueError("tolerances must be non-negative");
            if (x.Real == y.Real && x.Imaginary == y.Imaginary) return PyBool.True;
            if (double.IsInfinity(x.Real) || double.IsInfinity(x.Imaginary) || double.IsInfinity(y.Real) || double.IsInfinity(y.Imaginary))
                return PyBool.False;
            int err = Ok;
            double diff = Abs(new C(x.Real - y.Real, x.Imaginary - y.Imaginary), ref err);
            return PyBool.From(diff <= relTol * Abs(y, ref err) || diff <= relTol * Abs(x, ref err) || diff <= absTol);
        }, "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.");
    }
}
