using System.Globalization;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of complex (CPython's Objects/complexobject.c, 3.13 semantics and messages).</summary>
public static class ComplexType
{
    private static readonly PyStr ComplexDunder = PyStr.Immortal("__complex__");

    internal static void Init()
    {
        var t = BuiltinTypes.Complex;
        t.InstanceFactory = null;
        t.SetNew(New);
        t.TpRepr = (ts, o) => PyStr.From(NumberFormat.ComplexRepr(Re(o), Im(o)));
        // A NaN part hashes by the object's identity, as CPython's _Py_HashDouble(inst, v).
        t.TpHash = (ts, o) => double.IsNaN(Re(o)) || double.IsNaN(Im(o))
            ? HashWithNaN(o, Re(o), Im(o))
            : Hash(Re(o), Im(o));
        t.NbBool = (ts, o) => Re(o) != 0 || Im(o) != 0;
        t.TpRichCompare = RichCompare;
        t.NbNegative = (ts, o) => new PyComplex(-Re(o), -Im(o));
        t.NbPositive = (ts, o) => PyType.IsExact(o, BuiltinTypes.Complex) ? o : new PyComplex(Re(o), Im(o));
        t.NbAbsolute = (ts, o) => new PyFloat(Abs(Re(o), Im(o)));
        Bin(t, BinOp.Add, (a, b) => new PyComplex(a.Real + b.Real, a.Imaginary + b.Imaginary));
        Bin(t, BinOp.Sub, (a, b) => new PyComplex(a.Real - b.Real, a.Imaginary - b.Imaginary));
        Bin(t, BinOp.Mul, (a, b) => Make(Prod(a, b)));
        Bin(t, BinOp.TrueDiv, (a, b) =>
        {
            var r = Quot(a, b, out bool zero);
            if (zero) throw PyErr.ZeroDivisionError("division by zero");
            return Make(r);
        });
        Bin(t, BinOp.Pow, (a, b) => Make(Pow(a, b)));
        t.NbPowerMod = (ts, a, b, m) => TryComplex(a, out _) && TryComplex(b, out _) ? throw PyErr.ValueError("complex modulo") : PyNotImplemented.Value;
        t.AddMethod("conjugate", (ts, self, a, kw) => { Args.Exact("complex.conjugate", a, kw, 0); return new PyComplex(Re(self), -Im(self)); });
        t.AddMethod("__getnewargs__", (ts, self, a, kw) => new PyTuple([new PyFloat(Re(self)), new PyFloat(Im(self))]));
        t.AddMethod("__complex__", (ts, self, a, kw) => PyType.IsExact(self, BuiltinTypes.Complex) ? self : new PyComplex(Re(self), Im(self)));
        t.AddMethod("__format__", (ts, self, a, kw) =>
        {
            Args.Exact("__format__", a, kw, 1);
            if (a[0] is not PyStr spec) throw PyErr.TypeError($"__format__() argument must be str, not {PyErr.ArgTypeName(a[0])}");
            return PyStr.From(NumberFormat.FormatComplex(ts, Re(self), Im(self), spec.Value));
        });
        t.AddMember("real", (ts, o) => new PyFloat(Re(o)), doc: "the real part of a complex number");
        t.AddMember("imag", (ts, o) => new PyFloat(Im(o)), doc: "the imaginary part of a complex number");
    }

    private static double Re(PyObject o) => ((PyComplex)o).Value.Real;
    private static double Im(PyObject o) => ((PyComplex)o).Value.Imaginary;
    private static PyComplex Make(System.Numerics.Complex c) => new(c.Real, c.Imaginary);

    /// <summary>An operand as a complex: complex, float or int (int too large for a float raises OverflowError).</summary>
    private static bool TryComplex(PyObject o, out System.Numerics.Complex c)
    {
        switch (o)
        {
            case PyComplex z: c = z.Value; return true;
            case PyFloat f: c = new(f.Value, 0.0); return true;
            case PyInt i: c = new(i.ToDouble(), 0.0); return true;
            default: c = default; return false;
        }
    }

    private static void Bin(PyType t, BinOp op, Func<System.Numerics.Complex, System.Numerics.Complex, PyObject> f)
        => t.NbBinary[(int)op] = (ts, a, b) => TryComplex(a, out var x) && TryComplex(b, out var y) ? f(x, y) : PyNotImplemented.Value;

    /// <summary>CPython's complex hash: hash(real) + 1000003 * hash(imag), so complex(n, 0) hashes like n.</summary>
    public static long Hash(double re, double im)
    {
        ulong combined = (ulong)PyFloat.HashDouble(re) + 1000003UL * (ulong)PyFloat.HashDouble(im);
        long h = (long)combined;
        return h == -1 ? -2 : h;
    }

    private static long HashWithNaN(PyObject o, double re, double im)
    {
        long id = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        ulong hr = double.IsNaN(re) ? (ulong)id : (ulong)PyFloat.HashDouble(re);
        ulong hi = double.IsNaN(im) ? (ulong)id : (ulong)PyFloat.HashDouble(im);
        long h = (long)(hr + 1000003UL * hi);
        return h == -1 ? -2 : h;
    }

    public static double Abs(double re, double im)
    {
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re) || double.IsInfinity(im)) return double.PositiveInfinity;
            return double.NaN;
        }
        double r = Hypot(re, im);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("absolute value too large");
        return r;
    }

    /// <summary>abs() of a complex is libm's hypot in CPython: the correctly scaled norm math.hypot uses
    /// (a plain x*sqrt(1+r*r) is an ulp off for many inputs).</summary>
    private static double Hypot(double x, double y) => CmathModule.Hypot(x, y);

    private static PyObject RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Value;
        if (a is not PyComplex z) return PyNotImplemented.Value;
        bool eq;
        switch (b)
        {
            case PyInt i:
                // Compare the real part with the int exactly (no rounding of big ints).
                eq = z.Value.Imaginary == 0.0 && Ops.RichCompareBool(ts, new PyFloat(z.Value.Real), i, CompareOp.Eq);
                break;
            case PyFloat f: eq = z.Value.Real == f.Value && z.Value.Imaginary == 0.0; break;
            case PyComplex w: eq = z.Value.Real == w.Value.Real && z.Value.Imaginary == w.Value.Imaginary; break;
            default: return PyNotImplemented.Value;
        }
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    // ---- arithmetic (CPython's _Py_c_prod, _Py_c_quot, _Py_c_pow, c_powi) ----

    private static System.Numerics.Complex Prod(System.Numerics.Complex a, System.Numerics.Complex b)
        => new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    private static System.Numerics.Complex Quot(System.Numerics.Complex a, System.Numerics.Complex b, out bool divByZero)
    {
        divByZero = false;
        double ar = a.Real, ai = a.Imaginary, br = b.Real, bi = b.Imaginary;
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        double rr, ri;
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                divByZero = true;
                return default;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            rr = (ar + ai * ratio) / denom;
            ri = (ai - ar * ratio) / denom;
        }
        else if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            rr = (ar * ratio + ai) / denom;
            ri = (ai * ratio - ar) / denom;
        }
        else
        {
            rr = ri = double.NaN;
        }
        return new(rr, ri);
    }

    private static System.Numerics.Complex PowU(System.Numerics.Complex x, long n)
    {
        System.Numerics.Complex r = new(1, 0), p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Prod(r, p);
            mask <<= 1;
            p = Prod(p, p);
        }
        return r;
    }

    internal static System.Numerics.Complex Pow(System.Numerics.Complex a, System.Numerics.Complex b)
    {
        System.Numerics.Complex r;
        bool domain = false;
        if (b.Imaginary == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
        {
            long n = (long)b.Real;
            if (n > 0) r = PowU(a, n);
            else r = Quot(new(1, 0), PowU(a, -n), out domain);
        }
        else if (b.Real == 0.0 && b.Imaginary == 0.0) r = new(1, 0);
        else if (a.Real == 0.0 && a.Imaginary == 0.0)
        {
            if (b.Imaginary != 0.0 || b.Real < 0.0) domain = true;
            r = new(0, 0);
        }
        else
        {
            double vabs = Hypot(a.Real, a.Imaginary);
            double len = Math.Pow(vabs, b.Real);
            double at = Math.Atan2(a.Imaginary, a.Real);
            double phase = at * b.Real;
            if (b.Imaginary != 0.0)
            {
                len /= Math.Exp(at * b.Imaginary);
                phase += b.Imaginary * Math.Log(vabs);
            }
            r = new(len * Math.Cos(phase), len * Math.Sin(phase));
        }
        if (domain) throw PyErr.ZeroDivisionError("zero to a negative or complex power");
        if (double.IsInfinity(r.Real) || double.IsInfinity(r.Imaginary)) throw PyErr.OverflowError("complex exponentiation");
        return r;
    }

    // ---- construction ----

    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Args.Parse("complex", args, kw, ["real", "imag"], 0);
        bool single = args.Length == 1 && (kw == null || kw.Count == 0);
        var (re, im) = single ? FromOneArg(ts, cls, p[0]!, out var same) : FromParts(ts, p[0] ?? PyInt.Zero, p[1], out same);
        if (same != null) return same;
        return ReferenceEquals(cls, BuiltinTypes.Complex) ? new PyComplex(re, im) : new PyComplexSub(cls, new(re, im));
    }

    /// <summary>complex(x) with one positional argument: CPython 3.14's actual_complex_new.</summary>
    private static (double, double) FromOneArg(ThreadState ts, PyType cls, PyObject arg, out PyObject? same)
    {
        same = null;
        if (PyType.IsExact(arg, BuiltinTypes.Complex) && ReferenceEquals(cls, BuiltinTypes.Complex))
        {
            same = arg;
            return default;
        }
        if (arg is PyStr s) return Parse(StrUnicode.DecimalAndSpaceToAscii(s.Value));
        if (TryComplexMethod(ts, arg) is { } c) return (c.Value.Real, c.Value.Imaginary);
        if (arg is PyComplex ac) return (ac.Value.Real, ac.Value.Imaginary);
        if (IsRealNumber(arg)) return (Ops.AsDouble(ts, arg), 0);
        throw PyErr.TypeError($"complex() argument must be a string or a number, not {arg.ObType.QualifiedName}");
    }

    /// <summary>
    /// complex(real, imag), or either by keyword: CPython 3.14's complex_new_impl. Both must be real numbers;
    /// a complex (or, for real, an object with __complex__) is still accepted with a DeprecationWarning.
    /// </summary>
    private static (double, double) FromParts(ThreadState ts, PyObject r, PyObject? i, out PyObject? same)
    {
        same = null;
        var rc = TryComplexMethod(ts, r) ?? r as PyComplex;
        if (rc == null && !IsRealNumber(r))
            throw PyErr.TypeError($"complex() argument 'real' must be a real number, not {r.ObType.QualifiedName}");
        if (i != null && i is not PyComplex && !IsRealNumber(i))
            throw PyErr.TypeError($"complex() argument 'imag' must be a real number, not {i.ObType.QualifiedName}");
        double crRe, crIm = 0, ciRe, ciIm = 0;
        if (rc != null)
        {
            crRe = rc.Value.Real;
            crIm = rc.Value.Imaginary;
            if (i == null || !IsRealNumber(r))
                WarningsModule.Warn(ts, PyExc.DeprecationWarning, $"complex() argument 'real' must be a real number, not {r.ObType.QualifiedName}");
        }
        else crRe = Ops.AsDouble(ts, r);
        if (i == null) ciRe = crIm;
        else if (i is PyComplex ic)
        {
            WarningsModule.Warn(ts, PyExc.DeprecationWarning, $"complex() argument 'imag' must be a real number, not {i.ObType.QualifiedName}");
            ciRe = ic.Value.Real;
            ciIm = ic.Value.Imaginary;
        }
        else ciRe = Ops.AsDouble(ts, i);
        if (i is PyComplex) crRe -= ciIm;
        if (rc != null && i != null) ciRe += crIm;
        return (crRe, ciRe);
    }

    /// <summary>A number type with __float__ or __index__ (nb_float / nb_index).</summary>
    private static bool IsRealNumber(PyObject o) => o.ObType.NbFloat != null || o.ObType.NbIndex != null;

    /// <summary>The result of o.__complex__() (CPython's try_complex_special_method), or null when o has none.</summary>
    private static PyComplex? TryComplexMethod(ThreadState ts, PyObject o)
    {
        if (PyType.IsExact(o, BuiltinTypes.Complex)) return null;
        var meth = o.ObType.Lookup(ComplexDunder);
        if (meth == null) return null;
        var c = Ops.CallUnbound(ts, meth, o, []);
        if (c is not PyComplex pc) throw PyErr.TypeError($"__complex__ returned non-complex (type {c.ObType.Name})");
        if (!PyType.IsExact(c, BuiltinTypes.Complex))
            WarningsModule.Warn(ts, PyExc.DeprecationWarning, $"__complex__ returned non-complex (type {c.ObType.Name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.");
        return pc;
    }

    /// <summary>complex('1+2j'): CPython's complex_from_string_inner.</summary>
    public static (double re, double im) Parse(string text)
    {
        var s = StripUnderscores(text);
        if (s == null) throw Malformed();
        int pos = 0, n = s.Length;
        double x = 0, y = 0;
        bool bracket = false;
        while (pos < n && char.IsWhiteSpace(s[pos])) pos++;
        if (pos < n && s[pos] == '(')
        {
            bracket = true;
            pos++;
            while (pos < n && char.IsWhiteSpace(s[pos])) pos++;
        }
        int len = ScanFloat(s, pos, out double z);
        if (len > 0)
        {
            pos += len;
            if (pos < n && (s[pos] == '+' || s[pos] == '-'))
            {
                x = z;
                int len2 = ScanFloat(s, pos, out double z2);
                if (len2 > 0) { y = z2; pos += len2; }
                else { y = s[pos] == '+' ? 1.0 : -1.0; pos++; }
                if (!(pos < n && (s[pos] == 'j' || s[pos] == 'J'))) throw Malformed();
                pos++;
            }
            else if (pos < n && (s[pos] == 'j' || s[pos] == 'J')) { pos++; y = z; }
            else x = z;
        }
        else
        {
            if (pos < n && (s[pos] == '+' || s[pos] == '-')) { y = s[pos] == '+' ? 1.0 : -1.0; pos++; }
            else y = 1.0;
            if (!(pos < n && (s[pos] == 'j' || s[pos] == 'J'))) throw Malformed();
            pos++;
        }
        while (pos < n && char.IsWhiteSpace(s[pos])) pos++;
        if (bracket)
        {
            if (!(pos < n && s[pos] == ')')) throw Malformed();
            pos++;
            while (pos < n && char.IsWhiteSpace(s[pos])) pos++;
        }
        if (pos != n) throw Malformed();
        return (x, y);
    }

    private static PyException Malformed() => PyErr.ValueError("complex() arg is a malformed string");

    /// <summary>Underscores are allowed only between digits (as in float()); null when misplaced.</summary>
    private static string? StripUnderscores(string s)
    {
        if (s.IndexOf('_') < 0) return s;
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '_')
            {
                if (i == 0 || i + 1 >= s.Length || !char.IsAsciiDigit(s[i - 1]) || !char.IsAsciiDigit(s[i + 1])) return null;
                continue;
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>The longest float literal at pos (PyOS_string_to_double with an end pointer): its length, 0 if none.</summary>
    private static int ScanFloat(string s, int pos, out double value)
    {
        value = 0;
        int i = pos, n = s.Length;
        bool neg = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        foreach (var word in new[] { "infinity", "inf", "nan" })
        {
            if (n - i >= word.Length && string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                value = word == "nan" ? double.NaN : neg ? double.NegativeInfinity : double.PositiveInfinity;
                return i + word.Length - pos;
            }
        }
        int start = i;
        int digits = 0;
        while (i < n && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < n && s[i] == '.')
        {
            i++;
            while (i < n && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) return 0;
        if (i < n && (s[i] == 'e' || s[i] == 'E'))
        {
            int j = i + 1;
            if (j < n && (s[j] == '+' || s[j] == '-')) j++;
            int expDigits = 0;
            while (j < n && char.IsAsciiDigit(s[j])) { j++; expDigits++; }
            if (expDigits > 0) i = j;
        }
        value = double.Parse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (neg) value = -value;
        return i - pos;
    }
}
