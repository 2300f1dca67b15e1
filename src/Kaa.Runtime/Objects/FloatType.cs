using System.Globalization;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of float.</summary>
public static partial class FloatType
{
    internal static void Init(PyType t)
    {
        t.TpRepr = (ts, o) => PyStr.From(FloatFormat.Repr(((PyFloat)o).Value));
        // Since 3.10 a NaN hashes by identity (like object.__hash__), so distinct NaNs spread out in a dict.
        t.TpHash = (ts, o) => double.IsNaN(((PyFloat)o).Value)
            ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o)
            : PyFloat.HashDouble(((PyFloat)o).Value);
        t.NbBool = (ts, o) => ((PyFloat)o).Value != 0;
        t.TpRichCompare = RichCompare;
        t.NbInt = (ts, o) => ToInt(((PyFloat)o).Value);
        t.NbFloat = (ts, o) => PyType.IsExact(o, BuiltinTypes.Float) ? o : new PyFloat(((PyFloat)o).Value);
        t.NbNegative = (ts, o) => new PyFloat(-((PyFloat)o).Value);
        t.NbPositive = (ts, o) => PyType.IsExact(o, BuiltinTypes.Float) ? o : new PyFloat(((PyFloat)o).Value);
        t.NbAbsolute = (ts, o) => new PyFloat(Math.Abs(((PyFloat)o).Value));
        Bin(t, BinOp.Add, (a, b) => new PyFloat(a + b));
        Bin(t, BinOp.Sub, (a, b) => new PyFloat(a - b));
        Bin(t, BinOp.Mul, (a, b) => new PyFloat(a * b));
        Bin(t, BinOp.TrueDiv, (a, b) => b == 0 ? throw PyErr.ZeroDivisionError("division by zero") : new PyFloat(a / b));
        Bin(t, BinOp.FloorDiv, (a, b) => new PyFloat(DivMod(a, b).div));
        Bin(t, BinOp.Mod, (a, b) => new PyFloat(DivMod(a, b).mod));
        Bin(t, BinOp.DivMod, (a, b) => { var (d, m) = DivMod(a, b); return new PyTuple([new PyFloat(d), new PyFloat(m)]); });
        Bin(t, BinOp.Pow, Pow);
        t.NbPowerMod = (ts, a, b, m) => TryDouble(a, out _) && TryDouble(b, out _)
            ? throw PyErr.TypeError("pow() 3rd argument not allowed unless all arguments are integers")
            : PyNotImplemented.Value;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            // As CPython's float_new: keywords are refused unless a subclass has its own __init__.
            if (ReferenceEquals(cls, BuiltinTypes.Float) || ReferenceEquals(cls.TpInit, BuiltinTypes.Float.TpInit))
                Args.NoKeywords("float", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"float expected at most 1 argument, got {npos}");
            var v = npos == 0 ? new PyFloat(0.0) : (PyFloat)FromObject(ts, args[0]);
            return ReferenceEquals(cls, BuiltinTypes.Float) ? v : new PyFloatSub(cls, v.Value);
        });
        t.AddMethod("is_integer", (ts, self, args, kw) => { var v = ((PyFloat)self).Value; return PyBool.From(double.IsFinite(v) && Math.Floor(v) == v); });
        t.AddMethod("conjugate", (ts, self, args, kw) => new PyFloat(((PyFloat)self).Value));
        t.AddMethod("__trunc__", (ts, self, args, kw) => ToInt(((PyFloat)self).Value));
        t.AddMethod("__floor__", (ts, self, args, kw) => ToInt(Math.Floor(((PyFloat)self).Value)));
        t.AddMethod("__ceil__", (ts, self, args, kw) => ToInt(Math.Ceiling(((PyFloat)self).Value)));
        t.AddMethod("__round__", (ts, self, args, kw) =>
        {
            Args.Range("__round__", args, kw, 0, 1);
            return Round(ts, ((PyFloat)self).Value, args.Length > 0 ? args[0] : null);
        });
        t.AddMethod("as_integer_ratio", (ts, self, args, kw) => AsIntegerRatio(((PyFloat)self).Value));
        t.AddMethod("__getnewargs__", (ts, self, args, kw) => new PyTuple([new PyFloat(((PyFloat)self).Value)]));
        t.AddMethod("__format__", (ts, self, args, kw) =>
        {
            Args.Exact("__format__", args, kw, 1);
            if (args[0] is not PyStr spec) throw PyErr.TypeError($"__format__() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            return PyStr.From(NumberFormat.FormatFloat(ts, ((PyFloat)self).Value, spec.Value));
        });
        InitHexMethods(t);
        t.AddGetSet("real", (ts, o) => new PyFloat(((PyFloat)o).Value));
        t.AddGetSet("imag", (ts, o) => new PyFloat(0.0));
    }

    private static bool TryDouble(PyObject o, out double d)
    {
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o is PyInt i) { d = i.ToDouble(); return true; }
        d = 0;
        return false;
    }

    private static void Bin(PyType t, BinOp op, Func<double, double, PyObject> f)
        => t.NbBinary[(int)op] = (ts, a, b) => TryDouble(a, out var x) && TryDouble(b, out var y) ? f(x, y) : PyNotImplemented.Value;

    private static PyObject RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyFloat fa) return PyNotImplemented.Value;
        double x = fa.Value;
        if (b is PyFloat fb)
        {
            double y = fb.Value;
            return PyBool.From(op switch
            {
                CompareOp.Lt => x < y, CompareOp.Le => x <= y, CompareOp.Eq => x == y,
                CompareOp.Ne => x != y, CompareOp.Gt => x > y, _ => x >= y,
            });
        }
        if (b is PyInt ib)
        {
            if (double.IsNaN(x)) return PyBool.From(op == CompareOp.Ne);
            int c = -PyIntArith.CompareWithDouble(ib, x);
            return PyBool.From(IntType.CompareResult(c, op));
        }
        return PyNotImplemented.Value;
    }

    internal static (double div, double mod) DivMod(double vx, double wx)
    {
        if (wx == 0) throw PyErr.ZeroDivisionError("division by zero");
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    private static PyObject Pow(double x, double y)
    {
        // 0.0 ** -inf is inf (IEEE, as CPython's float_pow); a finite negative power of zero raises.
        if (x == 0 && y < 0 && double.IsFinite(y)) throw PyErr.ZeroDivisionError("zero to a negative power");
        if (x < 0 && Math.Floor(y) != y && double.IsFinite(y) && double.IsFinite(x))
            // float_pow hands a negative base with a fractional exponent to complex pow (c_pow, with
            // its "complex exponentiation" OverflowError).
            return new PyComplex(ComplexType.Pow(new System.Numerics.Complex(x, 0), new System.Numerics.Complex(y, 0)));
        var r = Math.Pow(x, y);
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y))
            throw PyErr.New(PyExc.OverflowError, new PyTuple([PyInt.From(34), PyStr.From("Numerical result out of range")]));
        return new PyFloat(r);
    }

    public static PyInt ToInt(double v)
    {
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        var tr = Math.Truncate(v);
        if (tr >= long.MinValue && tr < 9.2233720368547758E18) return PyInt.From((long)tr);
        return PyInt.From(new System.Numerics.BigInteger(tr));
    }

    private static PyObject AsIntegerRatio(double v)
    {
        if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
        if (v == 0) return new PyTuple([PyInt.Zero, PyInt.One]);
        long bits = BitConverter.DoubleToInt64Bits(v);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++; else mant |= 1L << 52;
        exp -= 1075;
        System.Numerics.BigInteger num = mant, den = 1;
        if (mant != 0)
        {
            while ((mant & 1) == 0 && exp < 0) { mant >>= 1; exp++; }
            num = mant;
        }
        if (exp > 0) num <<= exp; else den <<= -exp;
        if (neg) num = -num;
        return new PyTuple([PyInt.From(num), PyInt.From(den)]);
    }

    /// <summary>round(x, n): correctly rounded through the decimal string, half to even.</summary>
    private static PyObject Round(ThreadState ts, double v, PyObject? ndigits)
    {
        if (ndigits == null || ndigits is PyNone)
        {
            var r = Math.Round(v, MidpointRounding.ToEven);
            return ToInt(r);
        }
        long n = Ops.IndexClamped(ts, ndigits);
        if (!double.IsFinite(v) || v == 0) return new PyFloat(v);
        if (n > 323) return new PyFloat(v);
        if (n < -308) return new PyFloat(Math.CopySign(0.0, v));
        // CPython rounds the exact binary value, so work on its exact ratio.
        var (num, den) = ExactRatio(v);
        System.Numerics.BigInteger scaledNum = num, scaledDen = den;
        if (n >= 0) scaledNum *= System.Numerics.BigInteger.Pow(10, (int)n);
        else scaledDen *= System.Numerics.BigInteger.Pow(10, (int)-n);
        var q = System.Numerics.BigInteger.DivRem(scaledNum, scaledDen, out var rem);
        if (rem.Sign < 0) { q -= 1; rem += scaledDen; }
        var twice = rem * 2;
        if (twice > scaledDen || (twice == scaledDen && !q.IsEven)) q += 1;
        string digits = System.Numerics.BigInteger.Abs(q).ToString(CultureInfo.InvariantCulture);
        string text = n >= 0
            ? (q.Sign < 0 ? "-" : "") + digits + "e-" + n.ToString(CultureInfo.InvariantCulture)
            : (q.Sign < 0 ? "-" : "") + digits + "e" + (-n).ToString(CultureInfo.InvariantCulture);
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (result == 0) result = Math.CopySign(0.0, v);
        if (double.IsInfinity(result)) throw PyErr.OverflowError("rounded value too large to represent");
        return new PyFloat(result);
    }

    private static (System.Numerics.BigInteger, System.Numerics.BigInteger) ExactRatio(double v)
    {
        var t = (PyTuple)AsIntegerRatio(v);
        return (((PyInt)t[0]).Big, ((PyInt)t[1]).Big);
    }

    /// <summary>float(x): __float__, __index__, or parsing a string.</summary>
    public static PyObject FromObject(ThreadState ts, PyObject x)
    {
        if (PyType.IsExact(x, BuiltinTypes.Float)) return x;
        if (PyType.IsExact(x, BuiltinTypes.Int)) return new PyFloat(((PyInt)x).ToDouble());
        // PyNumber_Float: __float__ first (also a float or int subclass's own override), then
        // __index__, then a float subclass's value, then text and buffers.
        var ff = x.ObType.NbFloat;
        if (ff != null && !(x is PyFloat && ReferenceEquals(ff, BuiltinTypes.Float.NbFloat)) && !(x is PyInt && ReferenceEquals(ff, BuiltinTypes.Int.NbFloat)))
        {
            var r = ff(ts, x);
            if (r is not PyFloat rf) throw PyErr.TypeError($"{x.ObType.Name}.__float__ returned non-float (type {r.ObType.Name})");
            if (PyType.IsExact(r, BuiltinTypes.Float)) return r;
            WarningsModule.Warn(ts, PyExc.DeprecationWarning, $"{x.ObType.Name}.__float__ returned non-float (type {r.ObType.Name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.");
            return new PyFloat(rf.Value);
        }
        if (x is PyFloat f) return new PyFloat(f.Value);
        if (x is PyInt i) return new PyFloat(i.ToDouble());
        if (x.ObType.NbIndex != null) return new PyFloat(Ops.Index(ts, x).ToDouble());
        if (x is PyStr s) return new PyFloat(ParseOrThrow(ts, StrUnicode.DecimalAndSpaceToAscii(s.Value), x));
        if (x is PyBytes b) return new PyFloat(ParseOrThrow(ts, System.Text.Encoding.Latin1.GetString(b.Value), x));
        if (x is PyByteArray ba) return new PyFloat(ParseOrThrow(ts, System.Text.Encoding.Latin1.GetString(ba.AsSpan()), x));
        if (x is PyMemoryView mv) return new PyFloat(ParseOrThrow(ts, System.Text.Encoding.Latin1.GetString(mv.Span), x));
        if (x is IBufferExporter be) return new PyFloat(ParseOrThrow(ts, System.Text.Encoding.Latin1.GetString(be.ExportBuffer()), x));
        throw PyErr.TypeError($"float() argument must be a string or a real number, not '{x.ObType.Name}'");
    }

    private static double ParseOrThrow(ThreadState ts, string s, PyObject orig)
        => TryParse(s, out var d) ? d : throw PyErr.ValueError($"could not convert string to float: {Ops.ReprString(ts, orig)}");

    /// <summary>Parses Python float text: whitespace, sign, underscores between digits, inf/nan words.</summary>
    public static bool TryParse(string text, out double d)
    {
        var s = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        d = 0;
        if (s.Length == 0) return false;
        var body = s.TrimStart('+', '-');
        if (s.Length - body.Length > 1) return false;
        bool neg = s[0] == '-';
        var lower = body.ToLowerInvariant();
        if (lower is "inf" or "infinity") { d = neg ? double.NegativeInfinity : double.PositiveInfinity; return true; }
        // .NET's double.NaN has the sign bit set; CPython's float("nan") is positive.
        if (lower == "nan") { d = neg ? -Math.Abs(double.NaN) : Math.Abs(double.NaN); return true; }
        // Underscores only between digits.
        var sb = new System.Text.StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '_')
            {
                if (i == 0 || i == body.Length - 1 || !char.IsAsciiDigit(body[i - 1]) || !char.IsAsciiDigit(body[i + 1])) return false;
                continue;
            }
            if (!(char.IsAsciiDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) return false;
            sb.Append(c);
        }
        var core = sb.ToString();
        if (core.Length == 0 || core == "." ) return false;
        if (!core.Any(char.IsAsciiDigit)) return false;
        if (!double.TryParse(core, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out d)) return false;
        int ePos = core.IndexOfAny(['e', 'E']);
        if (ePos >= 0 && (ePos == 0 || core[..ePos] == ".")) return false;
        if (neg) d = -d;
        return true;
    }
}
