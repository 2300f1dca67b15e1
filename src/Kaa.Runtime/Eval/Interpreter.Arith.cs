using System.Runtime.CompilerServices;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.Eval;

/// <summary>
/// Results of BINARY_OP's int and float fast paths. Without reference counts a number object cannot be
/// recycled when it dies, but the compiler marks an operand that a nested binary operation of the same
/// expression computed (<see cref="BinaryOpFlags"/>), and the dispatch loop remembers the object that the
/// most recent BINARY_OP allocated ("fresh"; forgotten at the start of every BINARY_OP and every frame
/// switch). An operand that is both marked and that very object can only be reached through its stack
/// slot, which this operation consumes, so its value is overwritten with the result instead of
/// allocating: `x*x + y*y + z*z` allocates three floats instead of five, `n += i * i` one int instead
/// of two.
/// </summary>
public static partial class Interpreter
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyInt IntResult(long r, PyObject a, PyObject b, int arg, PyObject? lastFresh)
    {
        if ((ulong)(r - PyInt.SmallMin) <= (ulong)(PyInt.SmallMax - PyInt.SmallMin)) return PyInt.From(r);
        if (lastFresh != null)
        {
            // Both operands are exact ints here; a cached small int is never overwritten.
            if ((arg & BinaryOpFlags.RightIsTemp) != 0 && ReferenceEquals(b, lastFresh) && Unsafe.As<PyInt>(b).IsUncachedSmall)
            {
                Unsafe.As<PyInt>(b).Small = r;
                return Unsafe.As<PyInt>(b);
            }
            if ((arg & BinaryOpFlags.LeftIsTemp) != 0 && ReferenceEquals(a, lastFresh) && Unsafe.As<PyInt>(a).IsUncachedSmall)
            {
                Unsafe.As<PyInt>(a).Small = r;
                return Unsafe.As<PyInt>(a);
            }
        }
        return PyInt.NewUncached(r);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyFloat FloatResult(double r, PyObject a, PyObject b, int arg, PyObject? lastFresh)
    {
        if (lastFresh != null)
        {
            if ((arg & BinaryOpFlags.RightIsTemp) != 0 && ReferenceEquals(b, lastFresh) && ReferenceEquals(b.ObType, BuiltinTypes.Float))
            {
                Unsafe.As<PyFloat>(b).Value = r;
                return Unsafe.As<PyFloat>(b);
            }
            if ((arg & BinaryOpFlags.LeftIsTemp) != 0 && ReferenceEquals(a, lastFresh) && ReferenceEquals(a.ObType, BuiltinTypes.Float))
            {
                Unsafe.As<PyFloat>(a).Value = r;
                return Unsafe.As<PyFloat>(a);
            }
        }
        return new PyFloat(r);
    }
}
