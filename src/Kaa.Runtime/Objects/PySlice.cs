using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>slice.</summary>
public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject(BuiltinTypes.Slice)
{
    public readonly PyObject Start = start, Stop = stop, Step = step;

    /// <summary>CPython's PySlice_Unpack + AdjustIndices: normalized start, stop, step and the item count.</summary>
    public (long start, long stop, long step, long count) Indices(ThreadState ts, long length)
    {
        long step = 1;
        if (Step is not PyNone)
        {
            step = SliceIndex(ts, Step);
            if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        long start, stop;
        if (Start is PyNone) start = step < 0 ? long.MaxValue : 0;
        else start = SliceIndex(ts, Start);
        if (Stop is PyNone) stop = step < 0 ? long.MinValue : long.MaxValue;
        else stop = SliceIndex(ts, Stop);
        return Adjust(start, stop, step, length);
    }

    /// <summary>_PyEval_SliceIndex: an index clamped to a long, with its own TypeError for a non-index.</summary>
    private static long SliceIndex(ThreadState ts, PyObject v)
    {
        if (!Ops.HasIndex(v)) throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.IndexClamped(ts, v);
    }

    /// <summary>PySlice_AdjustIndices: start and stop (None already replaced by the extremes) clipped
    /// to a sequence of <paramref name="length"/>, and the item count; step is nonzero.</summary>
    public static (long start, long stop, long step, long count) Adjust(long start, long stop, long step, long length)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;

        long count;
        if (step < 0) count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
        return (start, stop, step, count);
    }
}

internal static class SliceType
{
    internal static void Init(PyType t)
    {
        t.SetNew((ts, cls, args, kw) =>
        {
            Args.NoKeywords("slice", kw);
            return args.Length switch
            {
                1 => new PySlice(PyNone.Value, args[0], PyNone.Value),
                2 => new PySlice(args[0], args[1], PyNone.Value),
                3 => new PySlice(args[0], args[1], args[2]),
                0 => throw PyErr.TypeError("slice expected at least 1 argument, got 0"),
                _ => throw PyErr.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        });
        t.TpRepr = (ts, o) =>
        {
            var s = (PySlice)o;
            return PyStr.From($"slice({Ops.ReprString(ts, s.Start)}, {Ops.ReprString(ts, s.Stop)}, {Ops.ReprString(ts, s.Step)})");
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (a is not PySlice x || b is not PySlice y) return PyNotImplemented.Value;
            var ta = new PyTuple([x.Start, x.Stop, x.Step]);
            var tb = new PyTuple([y.Start, y.Stop, y.Step]);
            return Ops.RichCompare(ts, ta, tb, op);
        };
        t.TpHash = (ts, o) =>
        {
            // CPython's slice_hash: the tuple hash (xxHash lanes) of (start, stop, step) without the
            // final length mix-in, so hash(slice(a, b)) != hash((a, b, None)), as there.
            var s = (PySlice)o;
            const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
            ulong acc = Prime5;
            foreach (var item in (ReadOnlySpan<PyObject>)[s.Start, s.Stop, s.Step])
            {
                acc += (ulong)Ops.Hash(ts, item) * Prime2;
                acc = (acc << 31) | (acc >> 33);
                acc *= Prime1;
            }
            return acc == ulong.MaxValue ? 1546275796 : (long)acc;
        };
        t.AddMember("start", (ts, o) => ((PySlice)o).Start);
        t.AddMember("stop", (ts, o) => ((PySlice)o).Stop);
        t.AddMember("step", (ts, o) => ((PySlice)o).Step);
        t.AddMethod("indices", (ts, self, args, kw) =>
        {
            Args.Exact("indices", args, kw, 1);
            var len = Ops.Index(ts, args[0]);
            if (len.Sign < 0) throw PyErr.ValueError("length should not be negative");
            return LongIndices(ts, (PySlice)self, len.Big);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var s = (PySlice)self;
            return new PyTuple([BuiltinTypes.Slice, new PyTuple([s.Start, s.Stop, s.Step])]);
        });
    }

    /// <summary>_PySlice_GetLongIndices: slice.indices() with ints of any size (no clamping to a long).</summary>
    private static PyTuple LongIndices(ThreadState ts, PySlice s, System.Numerics.BigInteger length)
    {
        System.Numerics.BigInteger step = s.Step is PyNone ? System.Numerics.BigInteger.One : SliceIndex(ts, s.Step);
        if (step.IsZero) throw PyErr.ValueError("slice step cannot be zero");
        bool negative = step.Sign < 0;
        var lower = negative ? System.Numerics.BigInteger.MinusOne : System.Numerics.BigInteger.Zero;
        var upper = negative ? length - 1 : length;
        System.Numerics.BigInteger Bound(PyObject o, System.Numerics.BigInteger dflt)
        {
            if (o is PyNone) return dflt;
            var v = SliceIndex(ts, o);
            if (v.Sign < 0) { v += length; if (v < lower) v = lower; }
            else if (v > upper) v = upper;
            return v;
        }
        var start = Bound(s.Start, negative ? upper : lower);
        var stop = Bound(s.Stop, negative ? lower : upper);
        return new PyTuple([PyInt.From(start), PyInt.From(stop), PyInt.From(step)]);
    }

    private static System.Numerics.BigInteger SliceIndex(ThreadState ts, PyObject o)
    {
        if (o is not PyInt && o.ObType.NbIndex == null)
            throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.Index(ts, o).Big;
    }
}
