using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// Code objects compare by content, as CPython's code_richcompare: two compilations of the same text
/// are equal (codeop's tests compare `compile_command(src)` with `compile(...)`). The file name is not
/// part of it; the name, argument counts, flags, first line, bytecode, names, locals, positions,
/// exception table and constants are. Constants compare by type and value, so 0, 0.0, -0.0 and False
/// differ (_PyCode_ConstantKey).
/// </summary>
public sealed partial class PyCode
{
    internal static bool ContentEquals(ThreadState ts, PyCode a, PyCode b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Name.Value != b.Name.Value || a.Flags != b.Flags || a.ArgCount != b.ArgCount
            || a.PosOnlyArgCount != b.PosOnlyArgCount || a.KwOnlyArgCount != b.KwOnlyArgCount
            || a.FirstLineNo != b.FirstLineNo)
            return false;
        var ua = a.Unit;
        var ub = b.Unit;
        if (!a.Instructions.AsSpan().SequenceEqual(b.Instructions) || !ua.Positions.AsSpan().SequenceEqual(ub.Positions)
            || !ua.ExceptionTable.AsSpan().SequenceEqual(ub.ExceptionTable)
            || !ua.Names.AsSpan().SequenceEqual(ub.Names) || !ua.LocalsPlusNames.AsSpan().SequenceEqual(ub.LocalsPlusNames)
            || a.Consts.Length != b.Consts.Length)
            return false;
        for (int i = 0; i < a.Consts.Length; i++)
            if (!ConstantEquals(ts, a.Consts[i], b.Consts[i])) return false;
        return true;
    }

    /// <summary>Equality of _PyCode_ConstantKey(x) and _PyCode_ConstantKey(y).</summary>
    private static bool ConstantEquals(ThreadState ts, PyObject x, PyObject y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (!ReferenceEquals(x.ObType, y.ObType)) return false;
        switch (x)
        {
            case PyFloat fx:
                // The sign of a zero is part of the key; a NaN equals only itself (a tuple compares identity first).
                double dx = fx.Value, dy = ((PyFloat)y).Value;
                return dx == dy && double.IsNegative(dx) == double.IsNegative(dy);
            case PyComplex cx:
                System.Numerics.Complex vx = cx.Value, vy = ((PyComplex)y).Value;
                return vx.Real == vy.Real && vx.Imaginary == vy.Imaginary
                    && double.IsNegative(vx.Real) == double.IsNegative(vy.Real) && double.IsNegative(vx.Imaginary) == double.IsNegative(vy.Imaginary);
            case PyTuple tx:
                var ty = (PyTuple)y;
                if (tx.Count != ty.Count) return false;
                for (int i = 0; i < tx.Count; i++)
                    if (!ConstantEquals(ts, tx.Items[i], ty.Items[i])) return false;
                return true;
            case PyCode kx:
                return ContentEquals(ts, kx, (PyCode)y);
            default:
                return Ops.RichCompareBool(ts, x, y, CompareOp.Eq);
        }
    }

    /// <summary>A hash consistent with <see cref="ContentEquals"/> (code_hash mixes the same fields).</summary>
    internal long ContentHash()
    {
        var h = new HashCode();
        h.Add(Name.Value);
        h.Add(Flags);
        h.Add(ArgCount);
        h.Add(PosOnlyArgCount);
        h.Add(KwOnlyArgCount);
        h.Add(FirstLineNo);
        h.Add(Instructions.Length);
        foreach (int w in Instructions) h.Add(w);
        h.Add(Consts.Length);
        long r = h.ToHashCode();
        return r == -1 ? -2 : r;
    }
}
