using System.Runtime.CompilerServices;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>Helpers of the eval loop's list, tuple and dict fast paths.</summary>
public static partial class Interpreter
{
    /// <summary>The instruction word of UNPACK_SEQUENCE 2.</summary>
    private const int UnpackPairWord = (int)OpCode.UnpackSequence | (2 << 8);

    /// <summary>
    /// Built-in iterators whose items are fresh 2-tuples that FOR_ITER can hand over unboxed when
    /// UNPACK_SEQUENCE 2 follows: only the exact types, whose __next__ cannot be overridden.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPairIterator(PyObject it)
    {
        var t = it.ObType;
        return ReferenceEquals(t, PyEnumerate.TypeObject)
            || (ReferenceEquals(t, IteratorTypes.DictItemIterator) && Unsafe.As<PyDictIterator>(it).IsItems)
            || (ReferenceEquals(t, PyZip.TypeObject) && Unsafe.As<PyZip>(it).IsPair);
    }

    /// <summary>
    /// <c>seq[start:stop:step]</c> for an exact list, tuple or str whose bounds are None or exact ints that
    /// fit a long, without the slice object BUILD_SLICE would make for the BINARY_SUBSCR that follows
    /// (CPython 3.12+ has BINARY_SLICE for this). False for anything else (including a zero step): the
    /// caller then builds the slice and subscripts as usual, which raises what CPython raises.
    /// </summary>
    private static bool TrySlice(PyObject seq, PyObject start, PyObject stop, PyObject step, out PyObject result)
    {
        result = null!;
        var t = seq.ObType;
        bool isList = ReferenceEquals(t, BuiltinTypes.List);
        bool isStr = ReferenceEquals(t, BuiltinTypes.Str);
        if (!isList && !isStr && !ReferenceEquals(t, BuiltinTypes.Tuple)) return false;
        long st = 1, a, b;
        if (step is not PyNone)
        {
            if (!SmallInt(step, out st) || st == 0) return false;
            if (st < -long.MaxValue) st = -long.MaxValue;
        }
        if (start is PyNone) a = st < 0 ? long.MaxValue : 0;
        else if (!SmallInt(start, out a)) return false;
        if (stop is PyNone) b = st < 0 ? long.MinValue : long.MaxValue;
        else if (!SmallInt(stop, out b)) return false;
        if (isStr) return TryStrSlice(Unsafe.As<PyStr>(seq), a, b, st, out result);
        if (isList)
        {
            var l = Unsafe.As<PyList>(seq);
            var (from, _, by, count) = PySlice.Adjust(a, b, st, l.Count);
            var r = new PyList((int)count);
            if (by == 1) Array.Copy(l.Items, from, r.Items, 0, count);
            else
            {
                Span<PyObject> dst = r.Items;
                ReadOnlySpan<PyObject> src = l.Items;
                for (long k = 0, i = from; k < count; k++, i += by) dst[(int)k] = src[(int)i];
            }
            r.Count = (int)count;
            result = r;
            return true;
        }
        var items = Unsafe.As<PyTuple>(seq).Items;
        var (tfrom, _, tby, tcount) = PySlice.Adjust(a, b, st, items.Length);
        if (tcount == items.Length && tby == 1)
        {
            result = seq;   // an exact tuple's full slice is itself, as in CPython
            return true;
        }
        var ti = new PyObject[tcount];
        for (long k = 0, i = tfrom; k < tcount; k++, i += tby) ti[k] = items[i];
        result = PyTuple.Create(ti);
        return true;
    }

    /// <summary>
    /// The contiguous slice of an exact str without surrogate pairs (the tokenizer-style `s[i:j]`), as
    /// str's own subscript computes it; other strs and steps take the slice-object path.
    /// </summary>
    private static bool TryStrSlice(PyStr s, long a, long b, long st, out PyObject result)
    {
        result = null!;
        if (st != 1 || !s.IsSimple) return false;
        var (from, _, _, count) = PySlice.Adjust(a, b, 1, s.CodePointLength);
        if (count == 0) result = PyStr.Empty;
        else if (count == s.CodePointLength) result = s;   // an exact str's full slice is itself, as in CPython
        else result = PyStr.FromSimple(s.Value.Substring((int)from, (int)count));
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SmallInt(PyObject o, out long v)
    {
        if (ReferenceEquals(o.ObType, BuiltinTypes.Int) && Unsafe.As<PyInt>(o).IsSmall)
        {
            v = Unsafe.As<PyInt>(o).Small;
            return true;
        }
        v = 0;
        return false;
    }

    /// <summary>The next pair of an <see cref="IsPairIterator"/> iterator; false when exhausted.</summary>
    private static bool NextPair(ThreadState ts, PyObject it, out PyObject first, out PyObject second)
    {
        if (it is PyEnumerate en) return en.NextPair(ts, out first, out second);
        if (it is PyDictIterator di) return di.NextPair(out first, out second);
        return Unsafe.As<PyZip>(it).NextPair(ts, out first, out second);
    }
}
