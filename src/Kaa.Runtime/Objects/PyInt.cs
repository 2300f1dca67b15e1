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
    /// <summary>The value when it fits in a long (<see cref="IsSmall"/>); 0 for a big int, whose value
    /// lives in the subclass (<see cref="BigValue"/>). Keeping the BigInteger out of this class makes
    /// every machine-size int 8 bytes smaller (32 instead of 40 on 64-bit), and ints are the most
    /// allocated objects.</summary>
    /// <remarks>Not readonly only for the eval loop: an int it has just allocated for a binary
    /// operation, and that nothing but its value stack can reach, may be reused for the next
    /// operation's result (Interpreter.IntResult). Everything else treats ints as immutable.</remarks>
    public long Small;

    private PyInt(long v) : base(BuiltinTypes.Int) { Small = v; }
    /// <summary>A big int or an int-subtype instance (the subclass says which; <see cref="HasBigValue"/>).</summary>
    private protected PyInt(PyType type, long small) : base(type) { Small = small; }

    /// <summary>True for a value beyond the long range (only subclasses can hold one).</summary>
    private protected virtual bool HasBigValue => false;

    /// <summary>The value of a big int; only called when <see cref="IsSmall"/> is false.</summary>
    private protected virtual BigInteger BigValue => Small;

    public const int SmallMin = -5, SmallMax = 256;
    /// <summary>The immortal small ints -5..256 (DESIGN §2 rule 4).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<PyInt> SmallInts = [.. Enumerable.Range(SmallMin, SmallMax - SmallMin + 1).Select(i => new PyInt(i))];

    public static readonly PyInt Zero = SmallInts[-SmallMin];
    public static readonly PyInt One = SmallInts[1 - SmallMin];
    public static readonly PyInt MinusOne = SmallInts[-1 - SmallMin];

    public bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        // An exact machine-size int is the common case: one method-table compare.
        get => GetType() == typeof(PyInt) || !HasBigValue;
    }

    public BigInteger Big => IsSmall ? Small : BigValue;

    public int Sign => IsSmall ? Math.Sign(Small) : BigValue.Sign;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v)
    {
        if ((ulong)(v - SmallMin) <= (ulong)(SmallMax - SmallMin)) return SmallInts[(int)(v - SmallMin)];
        return new PyInt(v);
    }

    public static PyInt From(int v) => From((long)v);

    /// <summary>A new machine-size int outside the cached small range (the caller checked the range).</summary>
    internal static PyInt NewUncached(long v) => new(v);

    /// <summary>True when this exact int holds a value outside the cached small range, so it is not one
    /// of the shared immortal small ints.</summary>
    internal bool IsUncachedSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => GetType() == typeof(PyInt) && (ulong)(Small - SmallMin) > (ulong)(SmallMax - SmallMin);
    }

    public static PyInt From(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return From((long)v);
        return new PyBigInt(v);
    }

    public static PyInt From(bool b) => b ? One : Zero;

    /// <summary>The value as an int when it fits, for indexes and counts.</summary>
    public bool TryGetInt32(out int v)
    {
        if (IsSmall && Small >= int.MinValue && Small <= int.MaxValue) { v = (int)Small; return true; }
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

    public long PyHash() => IsSmall ? HashLong(Small) : HashBig();

    public double ToDouble()
    {
        if (IsSmall) return Small;
        var d = BigToDouble(BigValue);
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

    public override string ToString() => Big.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An exact int beyond the machine-size range.</summary>
internal sealed class PyBigInt(BigInteger v) : PyInt(BuiltinTypes.Int, 0)
{
    private readonly BigInteger _value = v;
    private protected override bool HasBigValue => true;
    private protected override BigInteger BigValue => _value;
}

/// <summary>Subclass instances of int (`class I(int)`), which carry a __dict__.</summary>
public sealed class PyIntSub : PyInt, IHasDict
{
    /// <summary>The value when it does not fit <see cref="PyInt.Small"/>.</summary>
    private readonly BigInteger _bigValue;
    private readonly bool _isBig;

    public PyIntSub(PyType type, BigInteger v) : base(type, v >= long.MinValue && v <= long.MaxValue ? (long)v : 0)
    {
        _isBig = v < long.MinValue || v > long.MaxValue;
        if (_isBig) _bigValue = v;
    }

    private protected override bool HasBigValue => _isBig;
    private protected override BigInteger BigValue => _bigValue;

    public PyDict? Dict { get; set; } = new PyDict();
}

/// <summary>bool: exactly two immortal instances.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    private PyBool(bool v) : base(BuiltinTypes.Bool, v ? 1L : 0L) { }

    public bool Value => Small != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static new PyBool From(bool b) => b ? True : False;

    public override string ToString() => Value ? "True" : "False";
}
