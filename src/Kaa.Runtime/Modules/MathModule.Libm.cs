namespace Kaa.Runtime;

/// <summary>
/// The libm functions .NET does not provide (erf, erfc, expm1, log1p). CPython calls the C library's,
/// so for identical results these follow the methods of Sun's fdlibm (the basis of glibc's versions:
/// "Developed at SunPro... Permission to use, copy, modify, and distribute this software is freely
/// granted, provided that this notice is preserved"), with their published coefficients and with the
/// polynomial evaluation order glibc uses, since a different order changes the last bit.
/// </summary>
public static partial class MathModule
{
    private static int HighWord(double x) => (int)(BitConverter.DoubleToInt64Bits(x) >> 32);

    private static double WithHighWord(double x, int hi)
        => BitConverter.Int64BitsToDouble(((long)hi << 32) | (BitConverter.DoubleToInt64Bits(x) & 0xFFFFFFFFL));

    private static double WithLowWordZero(double x)
        => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & unchecked((long)0xFFFFFFFF00000000UL));

    // ---- erf / erfc ---------------------------------------------------------------------------------

    private const double Erx = 8.45062911510467529297e-01;
    private const double Efx = 1.28379167095512586316e-01;
    // erf(x) = x + x*R(x²)/S(x²) on [0, 0.84375]
    private const double Pp0 = 1.28379167095512558561e-01, Pp1 = -3.25042107247001499370e-01,
        Pp2 = -2.84817495755985104766e-02, Pp3 = -5.77027029648944159157e-03, Pp4 = -2.37630166566501626084e-05;
    private const double Qq1 = 3.97917223959155352819e-01, Qq2 = 6.50222499887672944485e-02,
        Qq3 = 5.08130628187576562776e-03, Qq4 = 1.32494738004321644526e-04, Qq5 = -3.96022827877536812320e-06;
    // erf(1+s) = erx + P(s)/Q(s) on [0.84375, 1.25]
    private const double Pa0 = -2.36211856075265944077e-03, Pa1 = 4.14856118683748331666e-01,
        Pa2 = -3.72207876035701323847e-01, Pa3 = 3.18346619901161753674e-01, Pa4 = -1.10894694282396677476e-01,
        Pa5 = 3.54783043256182359371e-02, Pa6 = -2.16637559486879084300e-03;
    private const double Qa1 = 1.06420880400844228286e-01, Qa2 = 5.40397917702171048937e-01,
        Qa3 = 7.18286544141962662868e-02, Qa4 = 1.26171219808761642112e-01, Qa5 = 1.36370839120290507362e-02,
        Qa6 = 1.19844998467991074170e-02;
    // erfc(x) = exp(-x*x - 0.5625 + R(1/x²)/S(1/x²)) / x on [1.25, 1/0.35]
    private const double Ra0 = -9.86494403484714822705e-03, Ra1 = -6.93858572707181764372e-01,
        Ra2 = -1.05586262253232909814e+01, Ra3 = -6.23753324503260060396e+01, Ra4 = -1.62396669462573470355e+02,
        Ra5 = -1.84605092906711035994e+02, Ra6 = -8.12874355063065934246e+01, Ra7 = -9.81432934416914548592e+00;
    private const double Sa1 = 1.96512716674392571292e+01, Sa2 = 1.37657754143519042600e+02,
        Sa3 = 4.34565877475229228821e+02, Sa4 = 6.45387271733267880336e+02, Sa5 = 4.29008140027567833386e+02,
        Sa6 = 1.08635005541779435134e+02, Sa7 = 6.57024977031928170135e+00, Sa8 = -6.04244152148580987438e-02;
    // the same on [1/0.35, 28]
    private const double Rb0 = -9.86494292470009928597e-03, Rb1 = -7.99283237680523006574e-01,
        Rb2 = -1.77579549177547519889e+01, Rb3 = -1.60636384855821916062e+02, Rb4 = -6.37566443368389627722e+02,
        Rb5 = -1.02509513161107724954e+03, Rb6 = -4.83519191608651397019e+02;
    private const double Sb1 = 3.03380607434824582924e+01, Sb2 = 3.25792512996573918826e+02,
        Sb3 = 1.53672958608443695994e+03, Sb4 = 3.19985821950859553908e+03, Sb5 = 2.55305040643316442583e+03,
        Sb6 = 4.74528541206955367215e+02, Sb7 = -2.24409524465858183362e+01;

    /// <summary>x*R(x²)/S(x²) for |x| &lt; 0.84375 (terms grouped by powers z², z⁴ as glibc does).</summary>
    private static double ErfSmallRatio(double x)
    {
        double z = x * x;
        double r1 = Pp0 + z * Pp1, z2 = z * z;
        double r2 = Pp2 + z * Pp3, z4 = z2 * z2;
        double s1 = 1.0 + z * Qq1;
        double s2 = Qq2 + z * Qq3;
        double s3 = Qq4 + z * Qq5;
        double r = r1 + z2 * r2 + z4 * Pp4;
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /// <summary>P(s)/Q(s) for 0.84375 &lt;= |x| &lt; 1.25, s = |x| - 1.</summary>
    private static double ErfMidRatio(double ax)
    {
        double s = ax - 1.0;
        double p1 = Pa0 + s * Pa1, s2 = s * s;
        double q1 = 1.0 + s * Qa1, s4 = s2 * s2;
        double p2 = Pa2 + s * Pa3, s6 = s4 * s2;
        double q2 = Qa2 + s * Qa3;
        double p3 = Pa4 + s * Pa5;
        double q3 = Qa4 + s * Qa5;
        double p = p1 + s2 * p2 + s4 * p3 + s6 * Pa6;
        double q = q1 + s2 * q2 + s4 * q3 + s6 * Qa6;
        return p / q;
    }

    /// <summary>erfc(ax) * ax for 1.25 &lt;= ax &lt; 28; nearRange selects the [1.25, 1/0.35) table.</summary>
    private static double ErfcTail(double ax, bool nearRange)
    {
        double s = 1.0 / (ax * ax);
        double rr, ss;
        if (nearRange)
        {
            double r1 = Ra0 + s * Ra1, s2 = s * s;
            double t1 = 1.0 + s * Sa1, s4 = s2 * s2;
            double r2 = Ra2 + s * Ra3, s6 = s4 * s2;
            double t2 = Sa2 + s * Sa3, s8 = s4 * s4;
            double r3 = Ra4 + s * Ra5;
            double t3 = Sa4 + s * Sa5;
            double r4 = Ra6 + s * Ra7;
            double t4 = Sa6 + s * Sa7;
            rr = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * Sa8;
        }
        else
        {
            double r1 = Rb0 + s * Rb1, s2 = s * s;
            double t1 = 1.0 + s * Sb1, s4 = s2 * s2;
            double r2 = Rb2 + s * Rb3, s6 = s4 * s2;
            double t2 = Sb2 + s * Sb3;
            double r3 = Rb4 + s * Rb5;
            double t3 = Sb4 + s * Sb5;
            double t4 = Sb6 + s * Sb7;
            rr = r1 + s2 * r2 + s4 * r3 + s6 * Rb6;
            ss = t1 + s2 * t2 + s4 * t3 + s6 * t4;
        }
        // z = ax with its low word cleared, so z*z is exact.
        double z = WithLowWordZero(ax);
        return Math.Exp(-z * z - 0.5625) * Math.Exp((z - ax) * (z + ax) + rr / ss);
    }

    internal static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return x > 0 ? 1.0 : -1.0;
        int hx = HighWord(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3feb0000) // |x| < 0.84375
        {
            if (ix < 0x3e300000) // |x| < 2**-28
            {
                if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * Efx) * x);
                return x + Efx * x;
            }
            return x + x * ErfSmallRatio(x);
        }
        if (ix < 0x3ff40000) // |x| < 1.25
        {
            double pq = ErfMidRatio(Math.Abs(x));
            return hx >= 0 ? Erx + pq : -Erx - pq;
        }
        if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0; // |x| >= 6
        double ax = Math.Abs(x);
        double r = ErfcTail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    internal static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return x > 0 ? 0.0 : 2.0;
        int hx = HighWord(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3feb0000) // |x| < 0.84375
        {
            if (ix < 0x3c700000) return 1.0 - x; // |x| < 2**-56
            double y = ErfSmallRatio(x);
            if (hx < 0x3fd00000) return 1.0 - (x + x * y); // x < 1/4
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) // |x| < 1.25
        {
            double pq = ErfMidRatio(Math.Abs(x));
            if (hx >= 0) return (1.0 - Erx) - pq;
            return 1.0 + (Erx + pq);
        }
        if (ix < 0x403c0000) // |x| < 28
        {
            if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300; // x < -6
            double ax = Math.Abs(x);
            double r = ErfcTail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? 0.0 : 2.0 - 1e-300;
    }

    // ---- expm1 --------------------------------------------------------------------------------------

    private const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;
    private const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
        Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;

    internal static double Expm1(double x)
    {
        if (double.IsNaN(x)) return x;
        int hx = HighWord(x);
        bool neg = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) // |x| >= 56*ln2
        {
            if (hx >= 0x40862E42) // |x| >= 709.78
            {
                if (double.IsInfinity(x)) return neg ? -1.0 : x;
                if (x > 7.09782712893383973096e+02) return double.PositiveInfinity;
            }
            if (neg) return -1.0;
        }
        double hi, lo, c = 0.0;
        int k;
        if (hx > 0x3fd62e42) // |x| > 0.5 ln2: reduce x = k*ln2 + r
        {
            if (hx < 0x3FF0A2B2) // and |x| < 1.5 ln2
            {
                if (!neg) { hi = x - Ln2Hi; lo = Ln2Lo; k = 1; }
                else { hi = x + Ln2Hi; lo = -Ln2Lo; k = -1; }
            }
            else
            {
                k = (int)(InvLn2 * x + (neg ? -0.5 : 0.5));
                double t0 = k;
                hi = x - t0 * Ln2Hi;
                lo = t0 * Ln2Lo;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        }
        else if (hx < 0x3c900000) return x; // |x| < 2**-54
        else k = 0;

        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1a = 1.0 + hxs * Q1, h2 = hxs * hxs;
        double r2a = Q2 + hxs * Q3, h4 = h2 * h2;
        double r3a = Q4 + hxs * Q5;
        double r1 = r1a + h2 * r2a + h4 * r3a;
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        double y;
        if (k <= -2 || k > 56)
        {
            y = 1.0 - (e - x);
            y = WithHighWord(y, HighWord(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20)
        {
            t = WithHighWord(0.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
            y = t - (e - x);
        }
        else
        {
            t = WithHighWord(0.0, (0x3ff - k) << 20); // 2**-k
            y = x - (e + t);
            y += 1.0;
        }
        return WithHighWord(y, HighWord(y) + (k << 20));
    }

    // ---- log1p --------------------------------------------------------------------------------------

    private const double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
        Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
        Lp7 = 1.479819860511658591e-01;

    internal static double Log1p(double x)
    {
        int hx = HighWord(x);
        int ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        double f = 0.0, c = 0.0;
        if (hx < 0x3FDA827A) // x < 0.41422
        {
            if (ax >= 0x3ff00000) // x <= -1.0
                return x == -1.0 ? double.NegativeInfinity : double.NaN;
            if (ax < 0x3e200000) // |x| < 2**-29
                return ax < 0x3c900000 ? x : x - x * x * 0.5;
            if (hx > 0 || hx <= unchecked((int)0xbfd2bec3)) { k = 0; f = x; hu = 1; } // -0.2929 < x < 0.41422
        }
        else if (hx >= 0x7ff00000) return x + x;
        if (k != 0)
        {
            double u;
            if (hx < 0x43400000)
            {
                u = 1.0 + x;
                hu = HighWord(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
                c /= u;
            }
            else
            {
                u = x;
                hu = HighWord(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) u = WithHighWord(u, hu | 0x3ff00000); // normalize u
            else
            {
                k += 1;
                u = WithHighWord(u, hu | 0x3fe00000); // normalize u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) // |f| < 2**-20
        {
            if (f == 0.0)
            {
                if (k == 0) return 0.0;
                c += k * Ln2Lo;
                return k * Ln2Hi + c;
            }
            double r0 = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - r0;
            return k * Ln2Hi - ((r0 - (k * Ln2Lo + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double rr1 = z * Lp1, z2 = z * z;
        double rr2 = Lp2 + z * Lp3, z4 = z2 * z2;
        double rr3 = Lp4 + z * Lp5, z6 = z4 * z2;
        double rr4 = Lp6 + z * Lp7;
        double r = rr1 + z2 * rr2 + z4 * rr3 + z6 * rr4;
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return k * Ln2Hi - ((hfsq - (s * (hfsq + r) + (k * Ln2Lo + c))) - f);
    }
}
