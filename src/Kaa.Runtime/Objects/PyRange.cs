using System.Numerics;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// range: start, stop, step and the precomputed length as ints of any size. When all four fit in a
/// long (the usual case) <see cref="IsSmall"/> is set and iteration, indexing and `in` use longs only.
/// Immutable, so it is shareable between interpreters (DESIGN §5).
/// </summary>
public sealed class PyRange : PyObject
{
    public readonly PyInt Start, Stop, Step, Length;
    public readonly bool IsSmall;
    public readonly long SStart, SStep, SLength;

    public PyRange(PyInt start, PyInt stop, PyInt step) : base(BuiltinTypes.Range)
    {
        Start = start; Stop = stop; Step = step;
        Length = ComputeLength(start, stop, step);
        IsSmall = start.IsSmall && stop.IsSmall && step.IsSmall && Length.IsSmall;
        if (IsSmall) { SStart = start.Small; SStep = step.Small; SLength = Length.Small; }
    }

    public PyRange(long start, long stop, long step = 1) : this(PyInt.From(start), PyInt.From(stop), PyInt.From(step)) { }

    private static PyInt ComputeLength(PyInt start, PyInt stop, PyInt step)
    {
        if (start.IsSmall && stop.IsSmall && step.IsSmall)
        {
            long lo = start.Small, hi = stop.Small, st = step.Small;
            // Int128 keeps (hi - lo) exact for any pair of longs.
            Int128 diff = st > 0 ? (Int128)hi - lo : (Int128)lo - hi;
            if (diff <= 0) return PyInt.Zero;
            Int128 s = st > 0 ? st : -(Int128)st;
            Int128 n = (diff - 1) / s + 1;
            return n <= long.MaxValue ? PyInt.From((long)n) : PyInt.From((BigInteger)n);
        }
        BigInteger a = start.Big, b = stop.Big, c = step.Big;
        BigInteger d = c.Sign > 0 ? b - a : a - b;
        if (d.Sign <= 0) return PyInt.Zero;
        return PyInt.From((d - 1) / BigInteger.Abs(c) + 1);
    }

    /// <summary>The i-th item (0 &lt;= i &lt; length).</summary>
    public PyInt Item(BigInteger i) => IsSmall ? PyInt.From(SStart + (long)i * SStep) : PyInt.From(Start.Big + i * Step.Big);

    /// <summary>O(1) membership for an int; CPython's range_contains_long.</summary>
    public bool ContainsInt(PyInt v)
    {
        if (IsSmall && v.IsSmall)
        {
            long x = v.Small;
            if (SLength == 0) return false;
            if (SStep > 0) { if (x < SStart || x >= Stop.Small) return false; }
            else if (x > SStart || x <= Stop.Small) return false;
            return ((Int128)x - SStart) % SStep == 0;
        }
        BigInteger val = v.Big, start = Start.Big, stop = Stop.Big, step = Step.Big;
        if (step.Sign > 0) { if (val < start || val >= stop) return false; }
        else if (val > start || val <= stop) return false;
        return BigInteger.Remainder(val - start, step).IsZero;
    }
}

/// <summary>range_iterator: yields PyInt.From(i) with no other allocation.</summary>
public sealed class PyRangeIterator(long next, long step, long remaining) : PyObject(RangeType.IteratorType)
{
    private long _next = next;
    private readonly long _step = step;
    private long _remaining = remaining;

    public PyObject? Next()
    {
        if (_remaining <= 0) return null;
        long v = _next;
        _remaining--;
        // The step past the last item may overflow; it is never observed.
        _next = unchecked(v + _step);
        return PyInt.From(v);
    }

    public long Remaining => Math.Max(_remaining, 0);
    internal (long next, long step, long remaining) State => (_next, _step, _remaining);

    /// <summary>rangeiter_reduce: iter(range(next, next + remaining*step, step)); the stop may not fit a long.</summary>
    internal PyObject Reduce(ThreadState ts)
    {
        long rem = Remaining;
        var stop = (Int128)_next + (Int128)rem * _step;
        var range = new PyRange(PyInt.From(_next), PyInt.From((BigInteger)stop), PyInt.From(_step));
        return new PyTuple([IteratorTypes.Builtin(ts, "iter"), new PyTuple([range]), PyNone.Value]);
    }

    /// <summary>rangeiter_setstate: skips `index` items, clipped to [0, remaining].</summary>
    internal void SetState(long index)
    {
        long rem = Remaining;
        if (index < 0) index = 0;
        else if (index > rem) index = rem;
        _next = unchecked(_next + index * _step);
        _remaining = rem - index;
    }
}

/// <summary>longrange_iterator: for ranges whose bounds do not fit in a long.</summary>
public sealed class PyLongRangeIterator(BigInteger next, BigInteger step, BigInteger remaining) : PyObject(RangeType.LongIteratorType)
{
    private BigInteger _next = next;
    private readonly BigInteger _step = step;
    private BigInteger _remaining = remaining;

    public PyObject? Next()
    {
        if (_remaining.Sign <= 0) return null;
        var v = _next;
        _remaining -= 1;
        _next = v + _step;
        return PyInt.From(v);
    }

    public BigInteger Remaining => _remaining.Sign > 0 ? _remaining : BigInteger.Zero;

    internal PyObject Reduce(ThreadState ts)
    {
        var range = new PyRange(PyInt.From(_next), PyInt.From(_next + Remaining * _step), PyInt.From(_step));
        return new PyTuple([IteratorTypes.Builtin(ts, "iter"), new PyTuple([range]), PyNone.Value]);
    }

    /// <summary>longrangeiter_setstate: the state must be an exact int, clipped to [0, remaining].</summary>
    internal void SetState(PyObject state)
    {
        if (!PyType.IsExact(state, BuiltinTypes.Int)) throw PyErr.TypeError($"state must be an int, not {state.ObType.Name}");
        var index = ((PyInt)state).Big;
        var rem = Remaining;
        if (index.Sign < 0) index = BigInteger.Zero;
        else if (index > rem) index = rem;
        _next += index * _step;
        _remaining = rem - index;
    }
}

/// <summary>The behaviour of range and its iterators.</summary>
public static class RangeType
{
    public static readonly PyType IteratorType = BuiltinTypes.CreateStatic("range_iterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType LongIteratorType = BuiltinTypes.CreateStatic("longrange_iterator", BuiltinTypes.Object, subclassable: false);

    internal static void Init()
    {
        var t = BuiltinTypes.Range;
        t.SetNew(New);
        t.TpRepr = (ts, o) =>
        {
            var r = (PyRange)o;
            return PyStr.From(r.Step.IsSmall && r.Step.Small == 1
                ? $"range({r.Start}, {r.Stop})"
                : $"range({r.Start}, {r.Stop}, {r.Step})");
        };
        t.NbBool = (ts, o) => ((PyRange)o).Length.Sign != 0;
        t.MpLength = (ts, o) =>
        {
            var l = ((PyRange)o).Length;
            if (!l.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            return l.Small;
        };
        t.TpIter = (ts, o) => Iter((PyRange)o);
        t.SqContains = (ts, o, v) =>
        {
            var r = (PyRange)o;
            if (v is PyInt i && (PyType.IsExact(v, BuiltinTypes.Int) || v is PyBool)) return r.ContainsInt(i);
            return Ops.ContainsByIteration(ts, o, v);
        };
        t.MpSubscript = GetItem;
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (a is not PyRange x || b is not PyRange y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Value;
            bool eq = Equal(x, y);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.TpHash = (ts, o) =>
        {
            var r = (PyRange)o;
            PyObject start = r.Start, step = r.Step;
            if (r.Length.Sign == 0) { start = PyNone.Value; step = PyNone.Value; }
            else if (r.Length.IsSmall && r.Length.Small == 1) step = PyNone.Value;
            return SeqHelpers.HashTuple(ts, [r.Length, start, step]);
        };
        t.AddMember("start", (ts, o) => ((PyRange)o).Start);
        t.AddMember("stop", (ts, o) => ((PyRange)o).Stop);
        t.AddMember("step", (ts, o) => ((PyRange)o).Step);
        t.AddMethod("__reversed__", (ts, self, args, kw) => Reversed((PyRange)self));
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var r = (PyRange)self;
            return new PyTuple([BuiltinTypes.Range, new PyTuple([r.Start, r.Stop, r.Step])]);
        });
        t.AddMethod("count", (ts, self, args, kw) =>
        {
            Args.Exact("count", args, kw, 1);
            var r = (PyRange)self;
            var v = args[0];
            if (v is PyInt i && (PyType.IsExact(v, BuiltinTypes.Int) || v is PyBool)) return PyInt.From(r.ContainsInt(i) ? 1 : 0);
            long n = 0;
            var it = Iter(r);
            while (Ops.Next(ts, it) is { } x) if (Ops.RichCompareBool(ts, x, v, CompareOp.Eq)) n++;
            return PyInt.From(n);
        });
        t.AddMethod("index", (ts, self, args, kw) =>
        {
            Args.Exact("index", args, kw, 1);
            var r = (PyRange)self;
            var v = args[0];
            if (v is PyInt i && (PyType.IsExact(v, BuiltinTypes.Int) || v is PyBool))
            {
                if (!r.ContainsInt(i)) throw PyErr.ValueError("range.index(x): x not in range");
                if (r.IsSmall && i.IsSmall) return PyInt.From((i.Small - r.SStart) / r.SStep);
                return PyInt.From((i.Big - r.Start.Big) / r.Step.Big);
            }
            long idx = 0;
            var it = Iter(r);
            while (Ops.Next(ts, it) is { } x)
            {
                if (Ops.RichCompareBool(ts, x, v, CompareOp.Eq)) return PyInt.From(idx);
                idx++;
            }
            throw PyErr.ValueError("sequence.index(x): x not in sequence");
        });

        IteratorType.TpIter = (ts, o) => o;
        IteratorType.TpIterNext = (ts, o) => ((PyRangeIterator)o).Next();
        IteratorType.AddMethod("__length_hint__", (ts, self, args, kw) => PyInt.From(((PyRangeIterator)self).Remaining));
        LongIteratorType.TpIter = (ts, o) => o;
        LongIteratorType.TpIterNext = (ts, o) => ((PyLongRangeIterator)o).Next();
        LongIteratorType.AddMethod("__length_hint__", (ts, self, args, kw) => PyInt.From(((PyLongRangeIterator)self).Remaining));
        IteratorType.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact("__reduce__", args, kw, 0); return ((PyRangeIterator)self).Reduce(ts); });
        IteratorType.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            Args.Exact("__setstate__", args, kw, 1);
            ((PyRangeIterator)self).SetState(IteratorTypes.AsCLong(ts, args[0]));
            return PyNone.Value;
        });
        LongIteratorType.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact("__reduce__", args, kw, 0); return ((PyLongRangeIterator)self).Reduce(ts); });
        LongIteratorType.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            Args.Exact("__setstate__", args, kw, 1);
            ((PyLongRangeIterator)self).SetState(args[0]);
            return PyNone.Value;
        });
    }

    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.NoKeywords("range", kw);
        switch (args.Length)
        {
            case 1: return new PyRange(PyInt.Zero, ExactIndex(ts, args[0]), PyInt.One);
            case 2: return new PyRange(ExactIndex(ts, args[0]), ExactIndex(ts, args[1]), PyInt.One);
            case 3:
                var start = ExactIndex(ts, args[0]);
                var stop = ExactIndex(ts, args[1]);
                var step = ExactIndex(ts, args[2]);
                if (step.Sign == 0) throw PyErr.ValueError("range() arg 3 must not be zero");
                return new PyRange(start, stop, step);
            case 0: throw PyErr.TypeError("range expected at least 1 argument, got 0");
            default: throw PyErr.TypeError($"range expected at most 3 arguments, got {args.Length}");
        }
    }

    /// <summary>operator.index() as an exact int (True becomes 1), as range stores them.</summary>
    private static PyInt ExactIndex(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        return i is PyBool b ? PyInt.From(b.Small) : i;
    }

    public static PyObject Iter(PyRange r)
    {
        // CPython's range_iter: the long iterator also when stop + step could overflow, so the
        // iterator's type (visible through pickling) is the same as CPython's.
        if (r.IsSmall && (r.SLength == 0 || (r.SStep > 0
                ? (Int128)r.Stop.Small <= (Int128)long.MaxValue - (r.SStep - 1)
                : (Int128)r.Stop.Small >= (Int128)long.MinValue + (-1 - (Int128)r.SStep))))
            return new PyRangeIterator(r.SStart, r.SStep, r.SLength);
        return new PyLongRangeIterator(r.Start.Big, r.Step.Big, r.Length.Big);
    }

    public static PyObject Reversed(PyRange r)
    {
        if (r.IsSmall && r.SStep != long.MinValue)
        {
            // CPython's range_reverse: the long iterator unless start - step and the last item fit in a long.
            Int128 beforeFirst = (Int128)r.SStart - r.SStep;
            Int128 last = (Int128)r.SStart + (Int128)(r.SLength - 1) * r.SStep;
            if (beforeFirst >= long.MinValue && beforeFirst <= long.MaxValue)
            {
                if (r.SLength == 0) return new PyRangeIterator(0, 1, 0);
                if (last >= long.MinValue && last <= long.MaxValue) return new PyRangeIterator((long)last, -r.SStep, r.SLength);
            }
        }
        var len = r.Length.Big;
        var lastBig = r.Start.Big + (len - 1) * r.Step.Big;
        return new PyLongRangeIterator(len.IsZero ? BigInteger.Zero : lastBig, -r.Step.Big, len);
    }

    private static bool Equal(PyRange x, PyRange y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (PyIntArith.Compare(x.Length, y.Length) != 0) return false;
        if (x.Length.Sign == 0) return true;
        if (PyIntArith.Compare(x.Start, y.Start) != 0) return false;
        if (x.Length.IsSmall && x.Length.Small == 1) return true;
        return PyIntArith.Compare(x.Step, y.Step) == 0;
    }

    private static PyObject GetItem(ThreadState ts, PyObject o, PyObject key)
    {
        var r = (PyRange)o;
        if (key is PyInt ki && ki.IsSmall && r.IsSmall)
        {
            long i = ki.Small;
            if (i < 0) i += r.SLength;
            if ((ulong)i >= (ulong)r.SLength) throw PyErr.IndexError("range object index out of range");
            return PyInt.From(r.SStart + i * r.SStep);
        }
        if (key is PySlice sl) return Slice(ts, r, sl);
        if (!Ops.HasIndex(key)) throw PyErr.TypeError($"range indices must be integers or slices, not {key.ObType.Name}");
        var idx = Ops.Index(ts, key).Big;
        var len = r.Length.Big;
        if (idx.Sign < 0) idx += len;
        if (idx.Sign < 0 || idx >= len) throw PyErr.IndexError("range object index out of range");
        return r.Item(idx);
    }

    /// <summary>CPython's compute_slice: slice indices over the (possibly huge) length, mapped through the range.</summary>
    private static PyObject Slice(ThreadState ts, PyRange r, PySlice sl)
    {
        var (start, stop, step) = SliceIndicesBig(ts, sl, r.Length.Big);
        var rStart = r.Start.Big;
        var rStep = r.Step.Big;
        return new PyRange(PyInt.From(rStart + start * rStep), PyInt.From(rStart + stop * rStep), PyInt.From(step * rStep));
    }

    /// <summary>_PySlice_GetLongIndices: like slice.indices(length) with unbounded ints.</summary>
    internal static (BigInteger start, BigInteger stop, BigInteger step) SliceIndicesBig(ThreadState ts, PySlice sl, BigInteger length)
    {
        BigInteger step = 1;
        if (sl.Step is not PyNone)
        {
            step = Ops.Index(ts, sl.Step).Big;
            if (step.IsZero) throw PyErr.ValueError("slice step cannot be zero");
        }
        bool neg = step.Sign < 0;
        BigInteger lower = neg ? -1 : 0;
        BigInteger upper = neg ? length - 1 : length;
        BigInteger Adjust(PyObject v, BigInteger dflt)
        {
            if (v is PyNone) return dflt;
            var x = Ops.Index(ts, v).Big;
            if (x.Sign < 0)
            {
                x += length;
                if (x < lower) x = lower;
            }
            else if (x > upper) x = upper;
            return x;
        }
        var start = Adjust(sl.Start, neg ? upper : lower);
        var stop = Adjust(sl.Stop, neg ? lower : upper);
        return (start, stop, step);
    }
}
