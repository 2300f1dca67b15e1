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
                throw PyErr.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{v.ObType.Name}' and '{w.ObType.Name}'");
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
        var r = RichCompare(ts, v, w, op);
        return r is PyBool b ? b.Value : IsTrue(ts, r);
    }

    public static bool Eq(ThreadState ts, PyObject v, PyObject w) => RichCompareBool(ts, v, w, CompareOp.Eq);
}
