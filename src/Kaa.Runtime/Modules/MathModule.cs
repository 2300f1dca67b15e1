using System.Numerics;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The math module, following CPython 3.13's Modules/mathmodule.c: the same special-value rules
/// (a NaN from non-NaN input is ValueError "math domain error", an infinity from finite input is
/// OverflowError "math range error" or a domain error), the same accurate algorithms (fsum's exact
/// partials, hypot's scaled compensated norm, sumprod's triple-length accumulation, Lanczos gamma) and
/// the same messages. Functions the .NET runtime lacks (erf, erfc, log1p, expm1, frexp) are written here.
/// </summary>
public static partial class MathModule
{
    private static readonly PyStr CeilName = PyStr.Immortal("__ceil__");

    internal static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("This module provides access to the mathematical functions\ndefined by the C standard."));
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(Math.Tau));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        m.Set("nan", new PyFloat(Math.Abs(double.NaN)));

        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        void F1(string name, Func<double, double> f, bool canOverflow)
            => Fn(name, (ts2, _, a, kw) => Math1(ts2, One(name, a, kw), f, canOverflow));
        void F1A(string name, Func<double, MathResult> f)
            => Fn(name, (ts2, _, a, kw) => Math1A(ts2, One(name, a, kw), f));

        F1("acos", Math.Acos, false);
        F1("acosh", Math.Acosh, false);
        F1("asin", Math.Asin, false);
        F1("asinh", Math.Asinh, false);
        F1("atan", Math.Atan, false);
        F1("atanh", Math.Atanh, false);
        F1("cbrt", Math.Cbrt, false);
        F1("cos", Math.Cos, false);
        F1("cosh", Math.Cosh, true);
        F1("exp", Math.Exp, true);
        F1("exp2", x => Math.Pow(2.0, x), true);
        F1("expm1", Expm1, true);
        F1("fabs", Math.Abs, false);
        F1("log1p", Log1p, false);
        F1("sin", Math.Sin, false);
        F1("sinh", Math.Sinh, true);
        F1("sqrt", Math.Sqrt, false);
        F1("tan", Math.Tan, false);
        F1("tanh", Math.Tanh, false);
        F1A("erf", x => new MathResult(Erf(x), 0));
        F1A("erfc", x => new MathResult(Erfc(x), 0));
        F1A("gamma", TGamma);
        F1A("lgamma", LGamma);

        Fn("atan2", (ts2, _, a, kw) => Math2(ts2, "atan2", a, kw, Math.Atan2));
        Fn("copysign", (ts2, _, a, kw) => Math2(ts2, "copysign", a, kw, Math.CopySign));
        Fn("remainder", (ts2, _, a, kw) => Math2(ts2, "remainder", a, kw, Remainder));
        Fn("fmod", (ts2, _, a, kw) =>
        {
            Fixed("fmod", a, kw, 2);
            double x = AsDouble(ts2, a[0]), y = AsDouble(ts2, a[1]);
            if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
            double r = x % y;
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            return new PyFloat(r);
        });
        Fn("pow", (ts2, _, a, kw) => { Fixed("pow", a, kw, 2); return new PyFloat(Pow(AsDouble(ts2, a[0]), AsDouble(ts2, a[1]))); });
        Fn("fma", (ts2, _, a, kw) =>
        {
            Fixed("fma", a, kw, 3);
            double x = AsDouble(ts2, a[0]), y = AsDouble(ts2, a[1]), z = AsDouble(ts2, a[2]);
            double r = Math.FusedMultiplyAdd(x, y, z);
            if (double.IsFinite(r)) return new PyFloat(r);
            if (double.IsNaN(r))
            {
                if (!double.IsNaN(x) && !double.IsNaN(y) && !double.IsNaN(z)) throw PyErr.ValueError("invalid operation in fma");
            }
            else if (double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(z))
                throw PyErr.OverflowError("overflow in fma");
            return new PyFloat(r);
        });

        Fn("ceil", (ts2, _, a, kw) => RoundTo(ts2, One("ceil", a, kw), CeilName, Math.Ceiling));
        Fn("floor", (ts2, _, a, kw) => RoundTo(ts2, One("floor", a, kw), Names.__floor__, Math.Floor));
        Fn("trunc", (ts2, _, a, kw) =>
        {
            var x = One("trunc", a, kw);
            if (PyType.IsExact(x, BuiltinTypes.Float)) return FloatType.ToInt(((PyFloat)x).Value);
            var meth = Ops.LookupSpecial(ts2, x, Names.__trunc__)
                ?? throw PyErr.TypeError($"type {x.ObType.Name} doesn't define __trunc__ method");
            return Ops.Call(ts2, meth);
        });

        Fn("degrees", (ts2, _, a, kw) => new PyFloat(AsDouble(ts2, One("degrees", a, kw)) * (180.0 / Math.PI)));
        Fn("radians", (ts2, _, a, kw) => new PyFloat(AsDouble(ts2, One("radians", a, kw)) * (Math.PI / 180.0)));
        Fn("isfinite", (ts2, _, a, kw) => PyBool.From(double.IsFinite(AsDouble(ts2, One("isfinite", a, kw)))));
        Fn("isinf", (ts2, _, a, kw) => PyBool.From(double.IsInfinity(AsDouble(ts2, One("isinf", a, kw)))));
        Fn("isnan", (ts2, _, a, kw) => PyBool.From(double.IsNaN(AsDouble(ts2, One("isnan", a, kw)))));
        Fn("frexp", (ts2, _, a, kw) =>
        {
            double m2 = Frexp(AsDouble(ts2, One("frexp", a, kw)), out int e);
            return new PyTuple([new PyFloat(m2), PyInt.From(e)]);
        });
        Fn("ldexp", (ts2, _, a, kw) =>
        {
            Fixed("ldexp", a, kw, 2);
            double x = AsDouble(ts2, a[0]);
            if (a[1] is not PyInt i) throw PyErr.TypeError("Expected an int as second argument to ldexp.");
            long exp = i.IsSmall ? i.Small : i.Sign < 0 ? long.MinValue : long.MaxValue;
            double r;
            if (x == 0.0 || !double.IsFinite(x)) r = x;
            else if (exp > int.MaxValue) throw RangeError();
            else if (exp < int.MinValue) r = Math.CopySign(0.0, x);
            else
            {
                r = Math.ScaleB(x, (int)exp);
                if (double.IsInfinity(r)) throw RangeError();
            }
            return new PyFloat(r);
        });
        Fn("modf", (ts2, _, a, kw) =>
        {
            double x = AsDouble(ts2, One("modf", a, kw));
            if (double.IsInfinity(x)) return new PyTuple([new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x)]);
            if (double.IsNaN(x)) return new PyTuple([new PyFloat(x), new PyFloat(x)]);
            double ip = Math.CopySign(Math.Truncate(x), x);
            double frac = Math.CopySign(x - ip, x);
            return new PyTuple([new PyFloat(frac), new PyFloat(ip)]);
        });
        Fn("log", (ts2, _, a, kw) =>
        {
            Args.NoKeywords("log", kw);
            if (a.Length < 1) throw PyErr.TypeError($"log expected at least 1 argument, got {a.Length}");
            if (a.Length > 2) throw PyErr.TypeError($"log expected at most 2 arguments, got {a.Length}");
            var num = LogHelper(ts2, a[0], Math.Log);
            if (a.Length == 1) return num;
            var den = LogHelper(ts2, a[1], Math.Log);
            return Ops.BinaryOp(ts2, num, den, BinOp.TrueDiv);
        });
        Fn("log2", (ts2, _, a, kw) => LogHelper(ts2, One("log2", a, kw), Math.Log2));
        Fn("log10", (ts2, _, a, kw) => LogHelper(ts2, One("log10", a, kw), Math.Log10));
        Fn("nextafter", NextAfter);
        Fn("ulp", (ts2, _, a, kw) => new PyFloat(Ulp(AsDouble(ts2, One("ulp", a, kw)))));
        Fn("isclose", IsClose);
        Fn("fsum", (ts2, _, a, kw) => new PyFloat(FSum(ts2, One("fsum", a, kw))));
        Fn("hypot", (ts2, _, a, kw) =>
        {
            Args.NoKeywords("hypot", kw);
            var v = new double[a.Length];
            double max = 0.0;
            bool nan = false;
            for (int i = 0; i < a.Length; i++)
            {
                double x = Math.Abs(AsDouble(ts2, a[i]));
                v[i] = x;
                nan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(VectorNorm(v, max, nan));
        });
        Fn("dist", (ts2, _, a, kw) =>
        {
            Fixed("dist", a, kw, 2);
            var p = a[0] is PyTuple tp ? tp.Items : Ops.ToArray(ts2, a[0]);
            var q = a[1] is PyTuple tq ? tq.Items : Ops.ToArray(ts2, a[1]);
            if (p.Length != q.Length) throw PyErr.ValueError("both points must have the same number of dimensions");
            var v = new double[p.Length];
            double max = 0.0;
            bool nan = false;
            for (int i = 0; i < p.Length; i++)
            {
                double x = Math.Abs(AsDouble(ts2, p[i]) - AsDouble(ts2, q[i]));
                v[i] = x;
                nan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(VectorNorm(v, max, nan));
        });
        Fn("prod", Prod);
        Fn("sumprod", (ts2, _, a, kw) => { Fixed("sumprod", a, kw, 2); return SumProd(ts2, a[0], a[1]); });

        Fn("gcd", (ts2, _, a, kw) =>
        {
            Args.NoKeywords("gcd", kw);
            if (a.Length == 0) return PyInt.Zero;
            var g = BigInteger.Abs(Ops.Index(ts2, a[0]).Big);
            for (int i = 1; i < a.Length; i++)
            {
                var x = Ops.Index(ts2, a[i]).Big;
                if (!g.IsOne) g = BigInteger.GreatestCommonDivisor(g, x);
            }
            return PyInt.From(g);
        });
        Fn("lcm", (ts2, _, a, kw) =>
        {
            Args.NoKeywords("lcm", kw);
            if (a.Length == 0) return PyInt.One;
            var l = BigInteger.Abs(Ops.Index(ts2, a[0]).Big);
            for (int i = 1; i < a.Length; i++)
            {
                var x = BigInteger.Abs(Ops.Index(ts2, a[i]).Big);
                if (l.IsZero) continue;
                l = x.IsZero ? BigInteger.Zero : l / BigInteger.GreatestCommonDivisor(l, x) * x;
            }
            return PyInt.From(l);
        });
        Fn("factorial", (ts2, _, a, kw) =>
        {
            var n = Ops.Index(ts2, One("factorial", a, kw));
            if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
            if (!n.IsSmall) throw PyErr.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
            return PyInt.From(Factorial(n.Small));
        });
        Fn("isqrt", (ts2, _, a, kw) =>
        {
            var n = Ops.Index(ts2, One("isqrt", a, kw));
            if (n.Sign < 0) throw PyErr.ValueError("isqrt() argument must be nonnegative");
            return PyInt.From(ISqrt(n.Big));
        });
        Fn("comb", (ts2, _, a, kw) =>
        {
            Fixed("comb", a, kw, 2);
            var n = Ops.Index(ts2, a[0]).Big;
            var k = Ops.Index(ts2, a[1]).Big;
            if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.Zero;
            var kk = BigInteger.Min(k, n - k);
            if (kk > long.MaxValue) throw PyErr.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
            if (kk.IsZero) return PyInt.One;
            return PyInt.From(RangeProduct(n - kk + 1, n) / Factorial((long)kk));
        });
        Fn("perm", (ts2, _, a, kw) =>
        {
            Args.NoKeywords("perm", kw);
            if (a.Length < 1) throw PyErr.TypeError($"perm expected at least 1 argument, got {a.Length}");
            if (a.Length > 2) throw PyErr.TypeError($"perm expected at most 2 arguments, got {a.Length}");
            var n = Ops.Index(ts2, a[0]).Big;
            if (a.Length == 1 || a[1] is PyNone)
            {
                if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
                if (n > long.MaxValue) throw PyErr.OverflowError($"n must not exceed {long.MaxValue}");
                return PyInt.From(Factorial((long)n));
            }
            var k = Ops.Index(ts2, a[1]).Big;
            if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            if (k > n) return PyInt.Zero;
            if (k > long.MaxValue) throw PyErr.OverflowError($"k must not exceed {long.MaxValue}");
            if (k.IsZero) return PyInt.One;
            return PyInt.From(RangeProduct(n - k + 1, n));
        });
    }

    // ---- argument helpers ---------------------------------------------------------------------

    private static PyObject One(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw PyErr.TypeError($"math.{name}() takes no keyword arguments");
        if (a.Length != 1) throw PyErr.TypeError($"math.{name}() takes exactly one argument ({a.Length} given)");
        return a[0];
    }

    private static void Fixed(string name, ReadOnlySpan<PyObject> a, PyTuple? kw, int n)
    {
        if (kw != null && kw.Count > 0) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        if (a.Length != n) throw PyErr.TypeError($"{name} expected {n} arguments, got {a.Length}");
    }

    /// <summary>PyFloat_AsDouble: float, __float__, then __index__; TypeError "must be real number, not X".</summary>
    public static double AsDouble(ThreadState ts, PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        if (o is PyInt i) return i.ToDouble();
        if (o.ObType.NbFloat is { } ff)
        {
            var r = ff(ts, o);
            if (r is not PyFloat rf)
                throw PyErr.TypeError($"{o.ObType.Name}.__float__ returned non-float (type {r.ObType.Name})");
            return rf.Value;
        }
        if (o.ObType.NbIndex != null) return Ops.Index(ts, o).ToDouble();
        throw PyErr.TypeError($"must be real number, not {o.ObType.Name}");
    }

    private static PyException DomainError() => PyErr.ValueError("math domain error");
    private static PyException RangeError() => PyErr.OverflowError("math range error");

    /// <summary>A libm-style result: the value and errno (0, EDOM or ERANGE).</summary>
    private readonly record struct MathResult(double Value, int Errno);
    private const int EDOM = 33, ERANGE = 34;

    private static PyObject Math1(ThreadState ts, PyObject arg, Func<double, double> f, bool canOverflow)
    {
        double x = AsDouble(ts, arg);
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return new PyFloat(r);
    }

    private static PyObject Math1A(ThreadState ts, PyObject arg, Func<double, MathResult> f)
    {
        double x = AsDouble(ts, arg);
        var r = f(x);
        if (r.Errno == EDOM) throw DomainError();
        if (r.Errno == ERANGE && Math.Abs(r.Value) >= 1.5) throw RangeError();
        return new PyFloat(r.Value);
    }

    private static PyObject Math2(ThreadState ts, string name, ReadOnlySpan<PyObject> a, PyTuple? kw, Func<double, double, double> f)
    {
        Fixed(name, a, kw, 2);
        double x = AsDouble(ts, a[0]), y = AsDouble(ts, a[1]);
        double r = f(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
        return new PyFloat(r);
    }

    private static PyObject RoundTo(ThreadState ts, PyObject x, PyStr special, Func<double, double> f)
    {
        double d;
        if (PyType.IsExact(x, BuiltinTypes.Float)) d = ((PyFloat)x).Value;
        else
        {
            if (Ops.LookupSpecial(ts, x, special) is { } meth) return Ops.Call(ts, meth);
            d = AsDouble(ts, x);
        }
        return FloatType.ToInt(f(d));
    }

    // ---- real functions -----------------------------------------------------------------------

    internal static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) return y == 0.0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0.0) return oddY ? x : Math.Abs(x);
                if (y == 0.0) return 1.0;
                return oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            if (Math.Abs(x) == 1.0) return 1.0;
            if (y > 0.0 && Math.Abs(x) > 1.0) return y;
            if (y < 0.0 && Math.Abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = Math.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0.0 ? DomainError() : RangeError();
        return r;
    }

    /// <summary>IEEE 754 remainder: x - n*y with n the nearest integer to x/y, ties to even. Always exact.</summary>
    internal static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return double.NaN;
            double absx = Math.Abs(x), absy = Math.Abs(y);
            double m = absx % absy;
            // Compare m with absy - m rather than 0.5*absy, which may not be representable.
            double c = absy - m, r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            return Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return double.NaN;
        return x;
    }

    /// <summary>C frexp: x = m * 2**e with 0.5 &lt;= |m| &lt; 1; zero, inf and nan give (x, 0).</summary>
    public static double Frexp(double x, out int e)
    {
        e = 0;
        if (x == 0.0 || !double.IsFinite(x)) return x;
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        int adjust = 0;
        if (exp == 0)
        {
            // Subnormal: scale into the normal range first.
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF);
            adjust = -54;
        }
        e = exp - 1022 + adjust;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    internal static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double x2 = Math.BitIncrement(x);
        if (double.IsInfinity(x2)) return x - Math.BitDecrement(x);
        return x2 - x;
    }

    private static PyObject LogHelper(ThreadState ts, PyObject arg, Func<double, double> func)
    {
        if (arg is PyInt i) return LogInt(i, func);
        double x = AsDouble(ts, arg);
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return new PyFloat(x);
        if (!(x > 0.0)) throw DomainError();
        return new PyFloat(func(x));
    }

    private static PyObject LogInt(PyInt i, Func<double, double> func)
    {
        if (i.Sign <= 0) throw DomainError();
        if (i.IsSmall) return new PyFloat(func(i.Small));
        var v = i.Big;
        double dv = (double)v;
        if (double.IsFinite(dv)) return new PyFloat(func(dv));
        // Too big for a double: log(x) = log(m) + log(2)*e with x = m * 2**e (CPython's _PyLong_Frexp).
        double m = BigFrexp(v, out long e);
        return new PyFloat(func(m) + func(2.0) * e);
    }

    /// <summary>Correctly rounded mantissa in [0.5, 1) and exponent of a positive big integer.</summary>
    private static double BigFrexp(BigInteger v, out long e)
    {
        long bits = (long)v.GetBitLength();
        int shift = (int)(bits - 55);
        var top = v >> shift;
        if (!(v & ((BigInteger.One << shift) - 1)).IsZero) top |= 1; // sticky bit makes the rounding exact
        double d = (double)(long)top; // 55 bits: one rounding, to nearest even
        d = Math.ScaleB(d, -55);
        e = bits;
        if (d == 1.0) { d = 0.5; e++; }
        return d;
    }

    private static PyObject NextAfter(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        PyObject? steps = null;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kw!.Items[k]).Value;
            if (name != "steps") throw PyErr.TypeError($"nextafter() got an unexpected keyword argument '{name}'");
            steps = a[npos + k];
        }
        if (npos != 2)
        {
            if (npos > 2 && steps == null && npos == 3)
                throw PyErr.TypeError("nextafter() takes exactly 2 positional arguments (3 given)");
            throw PyErr.TypeError(npos < 2 ? $"nextafter() missing required argument '{(npos == 0 ? "x" : "y")}' (pos {npos + 1})"
                : $"nextafter() takes exactly 2 positional arguments ({npos} given)");
        }
        double x = AsDouble(ts, a[0]), y = AsDouble(ts, a[1]);
        if (steps == null || steps is PyNone) return new PyFloat(NextAfter(x, y));
        var n = Ops.Index(ts, steps);
        if (n.Sign < 0) throw PyErr.ValueError("steps must be a non-negative integer");
        ulong usteps = n.Big > ulong.MaxValue ? ulong.MaxValue : (ulong)n.Big;
        if (usteps == 0 || double.IsNaN(x)) return new PyFloat(x);
        if (double.IsNaN(y)) return new PyFloat(y);
        ulong ux = (ulong)BitConverter.DoubleToInt64Bits(x), uy = (ulong)BitConverter.DoubleToInt64Bits(y);
        if (ux == uy) return new PyFloat(x);
        const ulong sign = 1UL << 63;
        ulong ax = ux & ~sign, ay = uy & ~sign;
        ulong res;
        if (((ux ^ uy) & sign) != 0)
        {
            if (ax + ay <= usteps) res = uy;
            else if (ax < usteps) res = (uy & sign) | (usteps - ax);
            else res = ux - usteps;
        }
        else if (ax > ay) res = ax - ay >= usteps ? ux - usteps : uy;
        else res = ay - ax >= usteps ? ux + usteps : uy;
        return new PyFloat(BitConverter.Int64BitsToDouble((long)res));
    }

    /// <summary>C nextafter: the next double after x in the direction of y.</summary>
    internal static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (x == y) return y;
        if (x == 0.0) return Math.CopySign(double.Epsilon, y);
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    private static PyObject IsClose(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        if (npos > 2) throw PyErr.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        var vals = new PyObject?[4];
        for (int i = 0; i < npos; i++) vals[i] = a[i];
        string[] names = ["a", "b", "rel_tol", "abs_tol"];
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kw!.Items[k]).Value;
            int idx = Array.IndexOf(names, name);
            if (idx < 0) throw PyErr.TypeError($"isclose() got an unexpected keyword argument '{name}'");
            if (vals[idx] != null) throw PyErr.TypeError($"argument for isclose() given by name ('{name}') and position ({idx + 1})");
            vals[idx] = a[npos + k];
        }
        if (vals[0] == null) throw PyErr.TypeError("isclose() missing required argument 'a' (pos 1)");
        if (vals[1] == null) throw PyErr.TypeError("isclose() missing required argument 'b' (pos 2)");
        double x = AsDouble(ts, vals[0]!), y = AsDouble(ts, vals[1]!);
        double relTol = vals[2] != null ? AsDouble(ts, vals[2]!) : 1e-09;
        double absTol = vals[3] != null ? AsDouble(ts, vals[3]!) : 0.0;
        if (relTol < 0.0 || absTol < 0.0) throw PyErr.ValueError("tolerances must be non-negative");
        if (x == y) return PyBool.True;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
        double diff = Math.Abs(y - x);
        return PyBool.From(diff <= Math.Abs(relTol * y) || diff <= Math.Abs(relTol * x) || diff <= absTol);
    }

    /// <summary>Shewchuk / Hettinger exact summation with CPython's final half-even correction.</summary>
    internal static double FSum(ThreadState ts, PyObject seq)
    {
        var it = Ops.GetIter(ts, seq);
        var p = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        while (Ops.Next(ts, it) is { } item)
        {
            double x = AsDouble(ts, item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < p.Count; j++)
            {
                double y = p[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            p.RemoveRange(i, p.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // A non-finite partial comes from an inf/nan summand or from intermediate overflow.
                    if (double.IsFinite(xsave)) throw PyErr.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    p.Clear();
                }
                else p.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyErr.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double total = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            total = p[--n];
            double lo = 0.0;
            while (n > 0)
            {
                double x = total, y = p[--n];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = total + y;
                double yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }

    // Double- and triple-length arithmetic (Ogita, Rump, Oishi: "Accurate Sum and Dot Product").
    private readonly record struct DoubleLength(double Hi, double Lo);
    private readonly record struct TripleLength(double Hi, double Lo, double Tiny);

    private static DoubleLength DlFastSum(double a, double b) { double x = a + b; return new(x, (a - x) + b); }
    private static DoubleLength DlSum(double a, double b)
    {
        double x = a + b, z = x - a;
        return new(x, (a - (x - z)) + (b - z));
    }
    private static DoubleLength DlMul(double x, double y) { double z = x * y; return new(z, Math.FusedMultiplyAdd(x, y, -z)); }

    private static TripleLength TlFma(double x, double y, TripleLength total)
    {
        var pr = DlMul(x, y);
        var sm = DlSum(total.Hi, pr.Hi);
        var r1 = DlSum(total.Lo, pr.Lo);
        var r2 = DlSum(r1.Hi, sm.Lo);
        return new(sm.Hi, r2.Hi, total.Tiny + r1.Lo + r2.Lo);
    }

    private static double TlToDouble(TripleLength t)
    {
        var last = DlSum(t.Lo, t.Hi);
        return t.Tiny + last.Lo + last.Hi;
    }

    /// <summary>sqrt(sum(x*x)) with lossless power-of-two scaling, exact squares, compensated summation and a
    /// differential correction of the square root (CPython's vector_norm). Elements are |x| and max is the largest.</summary>
    internal static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        int n = vec.Length;
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || n <= 1) return max;
        Frexp(max, out int maxE);
        if (maxE < -1023)
        {
            const double dblMin = 2.2250738585072014e-308;
            for (int i = 0; i < n; i++) vec[i] /= dblMin;
            return dblMin * VectorNorm(vec, max / dblMin, foundNan);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = vec[i] * scale;
            var pr = DlMul(x, x);
            var sm = DlFastSum(csum, pr.Hi);
            csum = sm.Hi;
            frac1 += pr.Lo;
            frac2 += sm.Lo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var pr2 = DlMul(-h, h);
        var sm2 = DlFastSum(csum, pr2.Hi);
        csum = sm2.Hi;
        frac1 += pr2.Lo;
        frac2 += sm2.Lo;
        double xx = csum - 1.0 + (frac1 + frac2);
        h += xx / (2.0 * h);
        return h / scale;
    }

    private static PyObject Prod(ThreadState ts, PyModule? _, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        int npos = a.Length - nkw;
        if (npos != 1) throw PyErr.TypeError($"prod() takes exactly 1 positional argument ({npos} given)");
        PyObject result = PyInt.One;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kw!.Items[k]).Value;
            if (name != "start") throw PyErr.TypeError($"prod() got an unexpected keyword argument '{name}'");
            result = a[npos + k];
        }
        var it = Ops.GetIter(ts, a[0]);
        while (Ops.Next(ts, it) is { } item)
        {
            if (result is PyInt ri && item is PyInt ii && ri.IsSmall && ii.IsSmall
                && PyType.IsExact(result, BuiltinTypes.Int) && PyType.IsExact(item, BuiltinTypes.Int))
            {
                long prod;
                try { prod = checked(ri.Small * ii.Small); }
                catch (OverflowException) { result = PyInt.From((BigInteger)ri.Small * ii.Small); continue; }
                result = PyInt.From(prod);
                continue;
            }
            result = Ops.BinaryOp(ts, result, item, BinOp.Mul);
        }
        return result;
    }

    private static PyObject SumProd(ThreadState ts, PyObject p, PyObject q)
    {
        var pit = Ops.GetIter(ts, p);
        var qit = Ops.GetIter(ts, q);
        PyObject total = PyInt.Zero;
        bool intPath = true, intInUse = false, fltPath = true, fltInUse = false;
        long intTotal = 0;
        var fltTotal = new TripleLength(0, 0, 0);
        while (true)
        {
            var pi = Ops.Next(ts, pit);
            var qi = Ops.Next(ts, qit);
            if ((pi == null) != (qi == null)) throw PyErr.ValueError("Inputs are not the same length");
            bool finished = pi == null;
            if (intPath)
            {
                if (!finished && pi is PyInt ip && qi is PyInt iq && PyType.IsExact(pi, BuiltinTypes.Int)
                    && PyType.IsExact(qi, BuiltinTypes.Int) && ip.IsSmall && iq.IsSmall)
                {
                    long hi = Math.BigMul(ip.Small, iq.Small, out long lo);
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))
                    {
                        long sum = intTotal + lo;
                        if (!(((intTotal ^ sum) & (lo ^ sum)) < 0))
                        {
                            intTotal = sum;
                            intInUse = true;
                            continue;
                        }
                    }
                }
                intPath = false;
                if (intInUse)
                {
                    total = Ops.Add(ts, total, PyInt.From(intTotal));
                    intTotal = 0;
                    intInUse = false;
                }
            }
            if (fltPath)
            {
                if (!finished)
                {
                    bool pf = PyType.IsExact(pi!, BuiltinTypes.Float), qf = PyType.IsExact(qi!, BuiltinTypes.Float);
                    bool ok = true;
                    double fp = 0, fq = 0;
                    if (pf && qf) { fp = ((PyFloat)pi!).Value; fq = ((PyFloat)qi!).Value; }
                    else if (pf && IsIntOrBool(qi!)) { fp = ((PyFloat)pi!).Value; ok = TryToDouble((PyInt)qi!, out fq); }
                    else if (qf && IsIntOrBool(pi!)) { fq = ((PyFloat)qi!).Value; ok = TryToDouble((PyInt)pi!, out fp); }
                    else ok = false;
                    if (ok)
                    {
                        var nt = TlFma(fp, fq, fltTotal);
                        if (double.IsFinite(nt.Hi))
                        {
                            fltTotal = nt;
                            fltInUse = true;
                            continue;
                        }
                    }
                }
                fltPath = false;
                if (fltInUse)
                {
                    total = Ops.Add(ts, total, new PyFloat(TlToDouble(fltTotal)));
                    fltInUse = false;
                }
            }
            if (finished) return total;
            total = Ops.Add(ts, total, Ops.BinaryOp(ts, pi!, qi!, BinOp.Mul));
        }
    }

    private static bool IsIntOrBool(PyObject o) => o is PyBool || PyType.IsExact(o, BuiltinTypes.Int);

    private static bool TryToDouble(PyInt i, out double d)
    {
        d = i.IsSmall ? i.Small : PyInt.BigToDouble(i.Big);
        return double.IsFinite(d);
    }

    // ---- integer functions --------------------------------------------------------------------

    /// <summary>Product lo*(lo+1)*...*hi by binary splitting (balanced operands keep big multiplications fast).</summary>
    internal static BigInteger RangeProduct(BigInteger lo, BigInteger hi)
    {
        if (lo > hi) return BigInteger.One;
        var count = hi - lo + 1;
        if (count <= 16)
        {
            BigInteger r = BigInteger.One;
            for (var i = lo; i <= hi; i++) r *= i;
            return r;
        }
        var mid = (lo + hi) >> 1;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    internal static BigInteger Factorial(long n)
    {
        if (n < 2) return BigInteger.One;
        if (n <= 20)
        {
            long r = 1;
            for (long i = 2; i <= n; i++) r *= i;
            return r;
        }
        return RangeProduct(2, n);
    }

    /// <summary>floor(sqrt(n)) for n &gt;= 0, by Newton's iteration from an overestimate.</summary>
    internal static BigInteger ISqrt(BigInteger n)
    {
        if (n.Sign == 0) return BigInteger.Zero;
        if (n < (BigInteger.One << 52))
        {
            long v = (long)n;
            long s = (long)Math.Sqrt(v);
            while (s * s > v) s--;
            while ((s + 1) * (s + 1) <= v) s++;
            return s;
        }
        long bits = (long)n.GetBitLength();
        var x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
