namespace Kaa.Runtime;

/// <summary>
/// The special functions of the math module. gamma/lgamma use CPython's own Lanczos method (N=13,
/// g=6.024680040776729583740234375, the coefficients of Boost/CPython) so results match CPython's to the bit;
/// erf, erfc, log1p and expm1, which .NET lacks, are in MathModule.Libm.cs.
/// </summary>
public static partial class MathModule
{
    private const double LogPi = 1.144729885849400174143427351353058711647;
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;

    private static ReadOnlySpan<double> LanczosNum =>
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    // The denominator x*(x+1)*...*(x+11) expanded.
    private static ReadOnlySpan<double> LanczosDen =>
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    private static ReadOnlySpan<double> GammaIntegral =>
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ];

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        // For large x evaluate as a rational function of 1/x to avoid overflow.
        if (x < 5.0)
        {
            for (int i = LanczosNum.Length - 1; i >= 0; i--)
            {
                num = num * x + LanczosNum[i];
                den = den * x + LanczosDen[i];
            }
        }
        else
        {
            for (int i = 0; i < LanczosNum.Length; i++)
            {
                num = num / x + LanczosNum[i];
                den = den / x + LanczosDen[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi*x), exact at integers and half-integers (for the reflection formula).</summary>
    private static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    private static MathResult TGamma(double x)
    {
        if (!double.IsFinite(x))
            return double.IsNaN(x) || x > 0.0 ? new(x, 0) : new(double.NaN, EDOM);
        if (x == 0.0) return new(Math.CopySign(double.PositiveInfinity, x), EDOM);
        if (x == Math.Floor(x))
        {
            if (x < 0.0) return new(double.NaN, EDOM);
            if (x <= GammaIntegral.Length) return new(GammaIntegral[(int)x - 1], 0);
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double r0 = 1.0 / x;
            return new(r0, double.IsInfinity(r0) ? ERANGE : 0);
        }
        if (absx > 200.0)
            return x < 0.0 ? new(0.0 / SinPi(x), 0) : new(double.PositiveInfinity, ERANGE);

        double y = absx + LanczosGMinusHalf;
        double z;
        // The rounding error of y, used for a first-order correction.
        if (absx > LanczosGMinusHalf)
        {
            double q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            double q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return new(r, double.IsInfinity(r) ? ERANGE : 0);
    }

    private static MathResult LGamma(double x)
    {
        if (!double.IsFinite(x))
            return new(double.IsNaN(x) ? x : double.PositiveInfinity, 0);
        if (x == Math.Floor(x) && x <= 2.0)
            return x <= 0.0 ? new(double.PositiveInfinity, EDOM) : new(0.0, 0);
        double absx = Math.Abs(x);
        if (absx < 1e-20) return new(-Math.Log(absx), 0);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        return new(r, double.IsInfinity(r) ? ERANGE : 0);
    }
}
