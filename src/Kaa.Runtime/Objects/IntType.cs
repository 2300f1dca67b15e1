using System.Globalization;
using System.Numerics;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of int (and the inherited parts of bool).</summary>
public static partial class IntType
{
    internal static void Init(PyType t)
    {
        t.TpRepr = (ts, o) => Repr(ts, (PyInt)o);
        t.TpHash = (ts, o) => ((PyInt)o).PyHash();
        t.NbBool = (ts, o) => ((PyInt)o).Sign != 0;
        t.TpRichCompare = RichCompare;
        t.NbIndex = (ts, o) => Exact((PyInt)o);
        t.NbInt = (ts, o) => Exact((PyInt)o);
        t.NbFloat = (ts, o) => new PyFloat(((PyInt)o).ToDouble());
        t.NbNegative = (ts, o) => PyIntArith.Negate((PyInt)o);
        t.NbPositive = (ts, o) => Exact((PyInt)o);
        t.NbAbsolute = (ts, o) => ((PyInt)o).Sign < 0 ? PyIntArith.Negate((PyInt)o) : Exact((PyInt)o);
        t.NbInvert = (ts, o) => PyIntArith.Sub(PyIntArith.Negate((PyInt)o), PyInt.One);
        Bin(t, BinOp.Add, PyIntArith.Add);
        Bin(t, BinOp.Sub, PyIntArith.Sub);
        Bin(t, BinOp.Mul, PyIntArith.Mul);
        Bin(t, BinOp.FloorDiv, PyIntArith.FloorDiv);
        Bin(t, BinOp.Mod, PyIntArith.Mod);
        Bin(t, BinOp.TrueDiv, PyIntArith.TrueDiv);
        Bin(t, BinOp.Pow, PyIntArith.Pow);
        t.NbPowerMod = (ts, a, b, m) => a is PyInt x && b is PyInt y && m is PyInt z ? PyIntArith.PowMod(x, y, z) : PyNotImplemented.Value;
        Bin(t, BinOp.LShift, PyIntArith.LShift);
        Bin(t, BinOp.RShift, PyIntArith.RShift);
        Bin(t, BinOp.And, PyIntArith.And);
        Bin(t, BinOp.Or, PyIntArith.Or);
        Bin(t, BinOp.Xor, PyIntArith.Xor);
        Bin(t, BinOp.DivMod, (a, b) => new PyTuple([PyIntArith.FloorDiv(a, b), PyIntArith.Mod(a, b)]));
        t.InstanceFactory = null;
        t.SetNew(New);
        t.AddMethod("bit_length", (ts, self, args, kw) =>
        {
            Args.Exact("bit_length", args, kw, 0);
            var v = (PyInt)self;
            return PyInt.From(v.IsSmall ? (v.Small == 0 ? 0 : 64 - BitOperations.LeadingZeroCount((ulong)(v.Small == long.MinValue ? long.MinValue : Math.Abs(v.Small))) ) : (long)BigInteger.Abs(v.Big).GetBitLength());
        });
        t.AddMethod("bit_count", (ts, self, args, kw) =>
        {
            var v = BigInteger.Abs(((PyInt)self).Big);
            long n = 0;
            foreach (var b in v.ToByteArray()) n += BitOperations.PopCount(b);
            return PyInt.From(n);
        });
        t.AddMethod("conjugate", (ts, self, args, kw) => Exact((PyInt)self));
        t.AddMethod("is_integer", (ts, self, args, kw) => PyBool.True);
        t.AddMethod("as_integer_ratio", (ts, self, args, kw) => new PyTuple([Exact((PyInt)self), PyInt.One]));
        t.AddMethod("__trunc__", (ts, self, args, kw) => Exact((PyInt)self));
        t.AddMethod("__floor__", (ts, self, args, kw) => Exact((PyInt)self));
        t.AddMethod("__ceil__", (ts, self, args, kw) => Exact((PyInt)self));
        t.AddMethod("__round__", (ts, self, args, kw) =>
        {
            Args.Range("__round__", args, kw, 0, 1);
            // 3.14 (gh-120080): None means "no ndigits", as for float.__round__.
            if (args.Length == 0 || args[0] is PyNone) return Exact((PyInt)self);
            var nd = Ops.Index(ts, args[0]);
            if (nd.Sign >= 0) return Exact((PyInt)self);
            // Round to a negative number of digits, half to even.
            var pow = BigInteger.Pow(10, (int)Math.Min(-(long)nd.Big, 100000));
            var v = ((PyInt)self).Big;
            var q = BigInteger.DivRem(v, pow, out var r);
            if (r.Sign < 0) { q -= 1; r += pow; }
            var twice = r * 2;
            if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
            return PyInt.From(q * pow);
        });
        t.AddMethod("__getnewargs__", (ts, self, args, kw) => new PyTuple([Exact((PyInt)self)]));
        t.AddMethod("__format__", (ts, self, args, kw) =>
        {
            Args.Exact("__format__", args, kw, 1);
            if (args[0] is not PyStr spec) throw PyErr.TypeError($"__format__() argument must be str, not {PyErr.ArgTypeName(args[0])}");
            return PyStr.From(NumberFormat.FormatInt(ts, (PyInt)self, spec.Value));
        });
        InitBytesMethods(t);
        t.AddGetSet("real", (ts, o) => Exact((PyInt)o));
        t.AddGetSet("imag", (ts, o) => PyInt.Zero);
        t.AddGetSet("numerator", (ts, o) => Exact((PyInt)o));
        t.AddGetSet("denominator", (ts, o) => PyInt.One);
    }

    private static PyInt Exact(PyInt v) => PyType.IsExact(v, BuiltinTypes.Int) ? v : PyInt.From(v.Big);

    private static void Bin(PyType t, BinOp op, Func<PyInt, PyInt, PyObject> f)
        => t.NbBinary[(int)op] = (ts, a, b) => a is PyInt x && b is PyInt y ? f(x, y) : PyNotImplemented.Value;

    private static PyObject RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Value;
        int c = PyIntArith.Compare(x, y);
        return PyBool.From(CompareResult(c, op));
    }

    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0, CompareOp.Le => c <= 0, CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0, CompareOp.Gt => c > 0, _ => c >= 0,
    };

    /// <summary>The default max digits for int&lt;-&gt;str conversion (CPython's 4300-digit limit).</summary>
    public const int MaxStrDigits = 4300;

    /// <summary>Decimal text of an int; <paramref name="limit"/> is the interpreter's
    /// sys.get_int_max_str_digits() (0: no limit).</summary>
    /// <summary>The reprs of the immortal small ints, immortal too: `str(i % 97)` allocates nothing. A
    /// class of its own so that they are made on the first repr, after the str type exists.</summary>
    private static class SmallReprs
    {
        internal static readonly System.Collections.Immutable.ImmutableArray<PyStr> Values =
            [.. Enumerable.Range(PyInt.SmallMin, PyInt.SmallMax - PyInt.SmallMin + 1).Select(i => PyStr.FromUnits(i.ToString(CultureInfo.InvariantCulture), false))];
    }

    /// <summary>int.__repr__: decimal digits are ASCII, so the str knows its code-point count.</summary>
    private static PyStr Repr(ThreadState ts, PyInt v)
    {
        if (v.IsSmall)
        {
            long s = v.Small;
            if ((ulong)(s - PyInt.SmallMin) <= (ulong)(PyInt.SmallMax - PyInt.SmallMin)) return SmallReprs.Values[(int)(s - PyInt.SmallMin)];
            return PyStr.FromUnits(s.ToString(CultureInfo.InvariantCulture), false);
        }
        return PyStr.FromUnits(ToDecimalString(v, ts.Interp.IntMaxStrDigits), false);
    }

    public static string ToDecimalString(PyInt v, int limit = MaxStrDigits)
    {
        if (v.IsSmall) return v.Small.ToString(CultureInfo.InvariantCulture);
        var big = v.Big;
        if (limit > 0)
        {
            // CPython's guard before any quadratic work: a value of 10*limit/(3*30)+2 or more 30-bit
            // digits certainly has more than `limit` decimal digits, so it fails without converting.
            long size30 = (BigInteger.Abs(big).GetBitLength() + 29) / 30;
            if (size30 >= 10L * limit / (3 * 30) + 2) throw TooManyDigitsToStr(limit);
            var text = big.ToString(CultureInfo.InvariantCulture);
            if (text.Length - (big.Sign < 0 ? 1 : 0) > limit) throw TooManyDigitsToStr(limit);
            return text;
        }
        return big.ToString(CultureInfo.InvariantCulture);
    }

    private static PyException TooManyDigitsToStr(int limit)
        => PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        // CPython's long_vectorcall (exact int, no keywords) has its own message.
        if (ReferenceEquals(cls, BuiltinTypes.Int) && (kw == null || kw.Count == 0) && args.Length > 2)
            throw PyErr.TypeError($"int expected at most 2 arguments, got {args.Length}");
        var a = Args.Parse("int", args, kw, ["x", "base"], 0, posOnly: 1);
        PyInt result;
        if (a[0] == null)
        {
            if (a[1] != null) throw PyErr.TypeError("int() missing string argument");
            result = PyInt.Zero;
        }
        else if (a[1] == null) result = FromObject(ts, a[0]!);
        else
        {
            // A base too large for a C long is out of range too, not an overflow.
            var bi = Ops.Index(ts, a[1]!);
            long b = bi.IsSmall ? bi.Small : -1;
            if (b != 0 && (b < 2 || b > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
            string s = a[0] switch
            {
                PyStr ps => StrUnicode.DecimalAndSpaceToAscii(ps.Value),
                PyBytes pb => System.Text.Encoding.Latin1.GetString(pb.Value),
                PyByteArray ba => System.Text.Encoding.Latin1.GetString(ba.AsSpan()),
                _ => throw PyErr.TypeError("int() can't convert non-string with explicit base"),
            };
            result = Parse(s, (int)b, ts.Interp.IntMaxStrDigits) ?? throw PyErr.ValueError($"invalid literal for int() with base {b}: {Ops.ReprString(ts, a[0]!)}");
        }
        if (ReferenceEquals(cls, BuiltinTypes.Int)) return result;
        return new PyIntSub(cls, result.Big);
    }

    /// <summary>The ValueError for a string that int() cannot parse in base <paramref name="b"/>.</summary>
    public static PyBaseException InvalidLiteral(ThreadState ts, PyObject text, long b)
        => PyBaseException.Create(PyExc.ValueError, new PyTuple([PyStr.From($"invalid literal for int() with base {b}: {Ops.ReprString(ts, text)}")]));

    /// <summary>int(x) for one argument: __int__, __index__, __trunc__, or parsing a string.</summary>
    public static PyInt FromObject(ThreadState ts, PyObject x)
    {
        // An int subclass that overrides __int__ goes through it, as PyNumber_Long does.
        if (x is PyInt i && (PyType.IsExact(x, BuiltinTypes.Int) || x.ObType.NbInt == null || ReferenceEquals(x.ObType.NbInt, BuiltinTypes.Int.NbInt)))
            return Exact(i);
        if (x is PyStr s)
            return Parse(StrUnicode.DecimalAndSpaceToAscii(s.Value), 10, ts.Interp.IntMaxStrDigits) ?? throw new PyException(InvalidLiteral(ts, x, 10));
        if (x is PyBytes b)
            return Parse(System.Text.Encoding.Latin1.GetString(b.Value), 10, ts.Interp.IntMaxStrDigits) ?? throw PyErr.ValueError($"invalid literal for int() with base 10: {Ops.ReprString(ts, x)}");
        if (x is PyByteArray ba)
            return Parse(System.Text.Encoding.Latin1.GetString(ba.AsSpan()), 10, ts.Interp.IntMaxStrDigits) ?? throw PyErr.ValueError($"invalid literal for int() with base 10: {Ops.ReprString(ts, x)}");
        if (x.ObType.NbInt is { } f)
        {
            var r = f(ts, x);
            if (r is not PyInt ri) throw PyErr.TypeError($"__int__ returned non-int (type {r.ObType.Name})");
            if (!PyType.IsExact(r, BuiltinTypes.Int))
            {
                WarningsModule.Warn(ts, PyExc.DeprecationWarning, $"__int__ returned non-int (type {r.ObType.Name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
                return PyInt.From(ri.Big);
            }
            return ri;
        }
        if (x.ObType.NbIndex != null)
        {
            var r = Ops.Index(ts, x);
            return r is PyBool ? PyInt.From(r.Big) : r;
        }
        if (x is PyMemoryView or IBufferExporter)
        {
            // Any other buffer (memoryview, array.array, ...): CPython copies it and parses it like
            // bytes; the error shows those bytes.
            var data = x is PyMemoryView mv ? mv.Span.ToArray() : ((IBufferExporter)x).ExportBuffer().ToArray();
            return Parse(System.Text.Encoding.Latin1.GetString(data), 10, ts.Interp.IntMaxStrDigits)
                ?? throw PyErr.ValueError($"invalid literal for int() with base 10: {Ops.ReprString(ts, new PyBytes(data))}");
        }
        // 3.14 no longer delegates to __trunc__ (deprecated since 3.11).
        throw PyErr.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.ObType.Name}'");
    }

    /// <summary>Parses Python integer text (whitespace, sign, underscores between digits, base prefixes). Null if invalid.</summary>
    public static PyInt? Parse(string text, int b, int limit = MaxStrDigits)
    {
        // Spans and a stack buffer: int(text) on short text allocates nothing but the result.
        var s = text.AsSpan().Trim(" \t\n\r\f\v");
        int i = 0;
        bool neg = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        if (b == 0 || b == 16 || b == 8 || b == 2)
        {
            if (i + 1 < s.Length && s[i] == '0')
            {
                char p = char.ToLowerInvariant(s[i + 1]);
                int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
                if (pb != 0 && (b == 0 || b == pb))
                {
                    b = pb;
                    i += 2;
                    if (i < s.Length && s[i] == '_') i++;
                }
            }
            if (b == 0)
            {
                // Base 0: decimal, but a leading zero is only allowed for zero itself.
                b = 10;
                if (i < s.Length && s[i] == '0')
                {
                    for (int k = i; k < s.Length; k++)
                        if (s[k] != '0' && s[k] != '_') return null;
                }
            }
        }
        if (i >= s.Length) return null;
        // First pass: validate and collect the digit values, so the size limit is checked before
        // any (super-linear) conversion work, as CPython does.
        Span<byte> values = s.Length - i <= 64 ? stackalloc byte[64] : new byte[s.Length - i];
        int digits = 0;
        bool lastUnderscore = true;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore) return null;
                lastUnderscore = true;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= b) return null;
            lastUnderscore = false;
            values[digits++] = (byte)d;
        }
        if (lastUnderscore || digits == 0) return null;
        bool powerOfTwo = (b & (b - 1)) == 0;
        if (!powerOfTwo && limit > 0 && digits > limit)
            throw PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        ReadOnlySpan<byte> span = values[..digits];
        int chunk = DigitsPerLong(b);
        if (digits <= chunk)
        {
            long small = 0;
            foreach (var d in span) small = small * b + d;
            return PyInt.From(neg ? -small : small);
        }
        var acc = powerOfTwo ? FromPowerOfTwoDigits(span, b) : FromDigits(span, b, chunk);
        return PyInt.From(neg ? -acc : acc);
    }

    /// <summary>How many base-b digits always fit in a long.</summary>
    private static int DigitsPerLong(int b)
    {
        int n = 0;
        for (long v = 1; v <= long.MaxValue / b; v *= b) n++;
        return n;
    }

    /// <summary>Linear-time conversion for bases 2, 4, 8, 16 and 32: the digits' bits are packed directly.</summary>
    private static BigInteger FromPowerOfTwoDigits(ReadOnlySpan<byte> digits, int b)
    {
        int bitsPer = BitOperations.Log2((uint)b);
        var bytes = new byte[((long)digits.Length * bitsPer + 7) / 8 + 1];
        long bit = 0;
        for (int k = digits.Length - 1; k >= 0; k--, bit += bitsPer)
        {
            int v = digits[k];
            for (int j = 0; j < bitsPer; j++)
                if ((v >> j & 1) != 0) bytes[(bit + j) >> 3] |= (byte)(1 << (int)((bit + j) & 7));
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>Divide and conquer over long-sized chunks: each level joins neighbours with
    /// hi * b^(chunk*2^level) + lo, so the cost follows BigInteger multiplication, not digits squared.</summary>
    private static BigInteger FromDigits(ReadOnlySpan<byte> digits, int b, int chunk)
    {
        int n = (digits.Length + chunk - 1) / chunk;
        var parts = new BigInteger[n];
        // parts[0] holds the least significant chunk.
        for (int p = 0; p < n; p++)
        {
            int end = digits.Length - p * chunk, start = Math.Max(0, end - chunk);
            long v = 0;
            for (int k = start; k < end; k++) v = v * b + digits[k];
            parts[p] = v;
        }
        BigInteger pow = BigInteger.Pow(b, chunk);
        while (n > 1)
        {
            int m = (n + 1) / 2;
            for (int p = 0; p < m; p++)
                parts[p] = 2 * p + 1 < n ? parts[2 * p + 1] * pow + parts[2 * p] : parts[2 * p];
            n = m;
            if (n > 1) pow *= pow;
        }
        return parts[0];
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (char.IsDigit(c)) return (int)char.GetNumericValue(c);
        return -1;
    }
}
