using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>Shared pieces of tuple and list: repr with recursion guard, comparisons, hashing.</summary>
public static class SeqHelpers
{
    public static string ReprItems(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> items, string open, string close)
    {
        if (!ts.ReprEnter(self)) return open + "..." + (close == ",)" ? ")" : close);
        try
        {
            var sb = new StringBuilder(open);
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(ts, items[i]).Value);
            }
            sb.Append(close);
            return sb.ToString();
        }
        finally { ts.ReprLeave(self); }
    }

    /// <summary>Lexicographic rich comparison (tuple and list).</summary>
    public static PyObject Compare(ThreadState ts, ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && a.Length != b.Length)
            return PyBool.From(op == CompareOp.Ne);
        int n = Math.Min(a.Length, b.Length);
        int i = 0;
        for (; i < n; i++)
            if (!Ops.RichCompareBool(ts, a[i], b[i], CompareOp.Eq)) break;
        if (i >= a.Length || i >= b.Length)
            return PyBool.From(IntType.CompareResult(a.Length.CompareTo(b.Length), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(ts, a[i], b[i], op);
    }

    /// <summary>CPython's tuple hash (xxHash-based), so equal tuples hash equal to CPython's where observable.</summary>
    public static long HashTuple(ThreadState ts, ReadOnlySpan<PyObject> items)
    {
        const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
        ulong acc = P5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Ops.Hash(ts, item);
            acc += lane * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += (ulong)items.Length ^ (P5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    /// <summary>tp_hash of mutable containers (PyObject_HashNotImplemented): pair it with __hash__ = None in the type's dict.</summary>
    /// <summary>The count of a sequence repeat: TypeError for a non-index, OverflowError when it does
    /// not fit (CPython's PyNumber_AsSsize_t(n, PyExc_OverflowError)).</summary>
    public static long RepeatCount(ThreadState ts, PyObject n)
    {
        if (!Ops.HasIndex(n)) throw PyErr.TypeError($"can't multiply sequence by non-int of type '{n.ObType.Name}'");
        var i = Ops.Index(ts, n);
        if (!i.IsSmall) throw PyErr.OverflowError($"cannot fit '{n.ObType.Name}' into an index-sized integer");
        return i.Small;
    }

    /// <summary>Length of a repeat result; MemoryError when no array can hold it.</summary>
    public static int RepeatLength(int length, long count)
    {
        if ((Int128)length * count > Array.MaxLength) throw PyErr.MemoryError();
        return (int)(length * count);
    }

    public static long Unhashable(ThreadState ts, PyObject o) => throw PyErr.TypeError($"unhashable type: '{o.ObType.Name}'");

    /// <summary>The optional start/stop arguments of index() (args[1], args[2]) with slice clamping.</summary>
    public static (long start, long stop) IndexBounds(ThreadState ts, ReadOnlySpan<PyObject> args, int count)
    {
        long start = args.Length > 1 ? SliceIndexNotNone(ts, args[1]) : 0;
        long stop = args.Length > 2 ? SliceIndexNotNone(ts, args[2]) : count;
        if (start < 0) start = Math.Max(0, start + count);
        if (stop < 0) stop = Math.Max(0, stop + count);
        return (start, Math.Min(stop, count));
    }

    /// <summary>_PyEval_SliceIndexNotNone, the start/stop converter of list/tuple/deque/array.index.</summary>
    private static long SliceIndexNotNone(ThreadState ts, PyObject o)
        => Ops.HasIndex(o) ? Ops.IndexClamped(ts, o) : throw PyErr.TypeError("slice indices must be integers or have an __index__ method");

    public static long NormalizeIndex(ThreadState ts, PyObject key, int count, string what)
    {
        long i = Ops.IndexAsLong(ts, key);
        if (i < 0) i += count;
        if (i < 0 || i >= count) throw PyErr.IndexError($"{what} index out of range");
        return i;
    }
}
