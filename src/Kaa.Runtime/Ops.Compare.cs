using System.Runtime.CompilerServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

public static partial class Ops
{
    private static readonly System.Collections.Immutable.ImmutableArray<CompareOp> Swapped =
        [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    public static readonly System.Collections.Immutable.ImmutableArray<string> CompareSymbols = ["<", "<=", "==", "!=", ">", ">="];

    /// <summary>CPython's do_richcompare: reflected first for a subclass, then the left, then the right,
    /// and identity for == and != when both return NotImplemented.</summary>
    public static PyObject RichCompare(ThreadState ts, PyObject v, PyObject w, CompareOp op)
    {
        Isolation.Check(ts, v);
        Isolation.Check(ts, w);
        // Container comparisons recurse through here: a self-containing or deeply nested structure must
        // raise RecursionError (Py_EnterRecursiveCall), never overflow the .NET stack.
        if (++ts.RecursionDepth > ts.Interp.RecursionLimit)
        {
            ts.RecursionDepth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded in comparison");
        }
        try
        {
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw PyErr.RecursionError("maximum recursion depth exceeded in comparison");
            return RichCompareSlots(ts, v, w, op);
        }
        finally { ts.RecursionDepth--; }
    }

    static PyObject RichCompareSlots(ThreadState ts, PyObject v, PyObject w, CompareOp op)
    {
        bool checkedReverse = false;
        RichCompareFunc? f;
        if (!ReferenceEquals(v.ObType, w.ObType) && w.ObType.IsSubtype(v.ObType) && (f = w.ObType.TpRichCompare) != null)
        {
            checkedReverse = true;
            var r = f(ts, w, v, Swapped[(int)op]);
            if (r is not PyNotImplemented) return r;
        }
        if ((f = v.ObType.TpRichCompare) != null)
        {
            var r = f(ts, v, w, op);
            if (r is not PyNotImplemented) return r;
        }
        if (!checkedReverse && (f = w.ObType.TpRichCompare) != null)
        {
            var r = f(ts, w, v, Swapped[(int)op]);
            if (r is not PyNotImplemented) return r;
        }
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(ReferenceEquals(v, w));
            case CompareOp.Ne: return PyBool.From(!ReferenceEquals(v, w));
            default:
                throw PyErr.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{v.ObType.TpName}' and '{w.ObType.TpName}'");
        }
    }

    /// <summary>PyObject_RichCompareBool: identity implies equality for == and !=.</summary>
    public static bool RichCompareBool(ThreadState ts, PyObject v, PyObject w, CompareOp op)
    {
        if (ReferenceEquals(v, w))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        // Exact int, str and float pairs (dict probes, `in`, sort and tuple comparison) skip the slots.
        var t = v.ObType;
        if (ReferenceEquals(t, w.ObType))
        {
            if (ReferenceEquals(t, BuiltinTypes.Int))
            {
                var x = Unsafe.As<PyInt>(v);
                var y = Unsafe.As<PyInt>(w);
                if (x.IsSmall && y.IsSmall) return IntType.CompareResult(x.Small.CompareTo(y.Small), op);
            }
            else if (ReferenceEquals(t, BuiltinTypes.Str))
            {
                var x = Unsafe.As<PyStr>(v);
                var y = Unsafe.As<PyStr>(w);
                if (op == CompareOp.Eq) return PyStr.ValueEquals(x, y);
                if (op == CompareOp.Ne) return !PyStr.ValueEquals(x, y);
                return IntType.CompareResult(StrType.CompareCodePoints(x, y), op);
            }
            else if (ReferenceEquals(t, BuiltinTypes.Float))
            {
                double x = Unsafe.As<PyFloat>(v).Value, y = Unsafe.As<PyFloat>(w).Value;
                return op switch
                {
                    CompareOp.Lt => x < y,
                    CompareOp.Le => x <= y,
                    CompareOp.Eq => x == y,
                    CompareOp.Ne => x != y,
                    CompareOp.Gt => x > y,
                    _ => x >= y,
                };
            }
        }
        var r = RichCompare(ts, v, w, op);
        return r is PyBool b ? b.Value : IsTrue(ts, r);
    }

    public static bool Eq(ThreadState ts, PyObject v, PyObject w) => RichCompareBool(ts, v, w, CompareOp.Eq);
}
