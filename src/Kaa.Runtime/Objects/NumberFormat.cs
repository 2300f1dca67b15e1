using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The format mini-language for numbers (format(), f-strings, str.format).</summary>
public static partial class NumberFormat
{
    public static string FormatInt(ThreadState ts, PyInt v, string spec)
    {
        if (spec.Length == 0) return IntType.ToDecimalString(v);
        throw PyErr.NotImplementedError($"format spec '{spec}' for int is not implemented yet");
    }

    public static string FormatFloat(ThreadState ts, double v, string spec)
    {
        if (spec.Length == 0) return FloatFormat.Repr(v);
        throw PyErr.NotImplementedError($"format spec '{spec}' for float is not implemented yet");
    }
}
