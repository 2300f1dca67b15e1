using System.Numerics;
using System.Runtime.CompilerServices;

namespace Kaa.Runtime.Objects;

/// <summary>
/// int: arbitrary precision with a fast path for values that fit in a long (DESIGN §4). A value is kept
/// in <see cref="Small"/> whenever it fits; <see cref="Big"/> is used only beyond that, so two equal ints
/// always have the same representation.
/// </summary>
public class PyInt : PyObject
{
    public readonly long Small;
    private readonly BigBox? _big;

    private sealed class BigBox(BigInteger v) { public readonly BigInteger V = v; }

    public PyInt(long v) : base(BuiltinTypes.Int) { Small = v; }
    private PyInt(BigInteger v) : base(BuiltinTypes.Int) { _big = new BigBox(v); }
    protected PyInt(PyType type, BigInteger v) : base(type)
    {
        if (v >= long.MinValue && v <= long.MaxValue) Small = (long)v;
        else _big = new BigBox(v);
    }

    public const int SmallMin = -5, SmallMax = 256;
    /// <summary>The immortal small ints -5..256 (DESIGN §2 rule 4).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<PyInt> SmallInts = [.. Enumerable.Range(SmallMin, SmallMax - SmallMin + 1).Select(i => new PyInt(i))];

    public static readonly PyInt Zero = SmallInts[-SmallMin];
    public static readonly PyInt One = SmallInts[1 - SmallMin];
    public static readonly PyInt MinusOne = SmallInts[-1 - SmallMin];

    public bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _big == null;
    }

    public BigInteger Big => _big == null ? Small : _big.V;

    public int Sign => _big == null ? Math.Sign(Small) : _big.V.Sign;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v)
    {
        if ((ulong)(v - SmallMin) <= (ulong)(SmallMax - SmallMin)) return SmallInts[(int)(v - SmallMin)];
        return new PyInt(v);
    }

    public static PyInt From(int v) => From((long)v);

    public static PyInt From(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return From((long)v);
        return new PyInt(v);
    }

    public static PyInt From(bool b) => b ? One : Zero;

    /// <summary>The value as an int when it fits, for indexes and counts.</summary>
    public bool TryGetInt32(out int v)
    {
        if (_big == null && Small >= int.MinValue && Small <= int.MaxValue) { v = (int)Small; return true; }
        v = 0;
        return false;
    }

    // ---- hashing: CPython's modular hash, so that equal int/float/complex hash equal ----
    public const long HashModulus = (1L << 61) - 1;

    public static long HashLong(long v)
    {
        if (v == long.MinValue) return HashBigInteger(v);
        long a = Math.Abs(v);
        long h = a % HashModulus;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public long HashBig() => HashBigInteger(Big);

    public static long HashBigInteger(BigInteger v)
    {
        var h = (long)(BigInteger.Abs(v) % HashModulus);
        if (v.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public long PyHash() => _big == null ? HashLong(Small) : HashBig();

    public double ToDouble()
    {
        if (_big == null) return Small;
        var d = BigToDouble(_big.V);
        if (double.IsInfinity(d)) throw PyErr.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>
    /// A BigInteger as the nearest double, ties to even (infinity past the float range). .NET's own
    /// conversion truncates, so keep 63 significant bits plus a sticky bit for the discarded ones and
    /// let the exact long-to-double conversion do the single rounding.
    /// </summary>
    public static double BigToDouble(BigInteger v)
    {
        var a = BigInteger.Abs(v);
        long bits = (long)a.GetBitLength();
        if (bits <= 63) return (double)(long)v;
        if (bits > 1100) return v.Sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
        int shift = (int)(bits - 62);
        long top = (long)(a >> shift);
        if ((long)BigInteger.TrailingZeroCount(a) < shift) top |= 1;
        double d = Math.ScaleB((double)top, shift);
        return v.Sign < 0 ? -d : d;
    }

    public override string ToString() => _big == null ? Small.ToString(System.Globalization.CultureInfo.InvariantCulture) : _big.V.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Subclass instances of int (`class I(int)`), which carry a __dict__.</summary>
public sealed class PyIntSub(PyType type, BigInteger v) : PyInt(type, v), IHasDict
{
    public PyDict? Dict { get; set; } = new PyDict();
}

/// <summary>bool: exactly two immortal instances.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    private PyBool(bool v) : base(BuiltinTypes.Bool, v ? 1 : 0) { }

    public bool Value => Small != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static new PyBool From(bool b) => b ? True : False;

    public override string ToString() => Value ? "True" : "False";
}
