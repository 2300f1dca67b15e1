namespace Kaa.Runtime.Objects;

/// <summary>float: an IEEE double.</summary>
public class PyFloat : PyObject
{
    /// <remarks>Not readonly only for the eval loop, which may reuse a float it has just allocated for
    /// a binary operation, and that only its value stack can reach, as the next operation's result.
    /// Everything else treats floats as immutable.</remarks>
    public double Value;

    public PyFloat(double v) : base(BuiltinTypes.Float) { Value = v; }
    protected PyFloat(PyType type, double v) : base(type) { Value = v; }

    public override string ToString() => FloatFormat.Repr(Value);

    /// <summary>CPython's _Py_HashDouble: equal to the hash of an equal int.</summary>
    public static long HashDouble(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (double.IsNaN(v)) return 0;
        double m = Math.Abs(v);
        int e;
        // frexp
        if (m == 0) return 0;
        long bits = BitConverter.DoubleToInt64Bits(m);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0) { m *= Math.Pow(2, 54); bits = BitConverter.DoubleToInt64Bits(m); exp = (int)((bits >> 52) & 0x7FF) - 54; }
        e = exp - 1022;
        m = BitConverter.Int64BitsToDouble((bits & ~(0x7FFL << 52)) | (1022L << 52));
        // m in [0.5, 1)
        ulong x = 0;
        const int bitsPerStep = 28;
        const ulong modulus = (1UL << 61) - 1;
        while (m != 0)
        {
            x = ((x << bitsPerStep) & modulus) | (x >> (61 - bitsPerStep));
            m *= 268435456.0; // 2**28
            e -= bitsPerStep;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= modulus) x -= modulus;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & modulus) | (x >> (61 - e));
        long h = (long)x;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }
}

public sealed class PyFloatSub(PyType type, double v) : PyFloat(type, v), IHasDict
{
    public PyDict? Dict { get; set; } = new PyDict();
}
