using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _bisect module (Modules/_bisectmodule.c): bisect_left/right and insort_left/right with lo, hi and
/// key. Lib/bisect.py does `from _bisect import *` and then aliases bisect and insort to the _right ones.
/// Items are read with PySequence_GetItem semantics and compared with `&lt;` only.
/// </summary>
public static class BisectModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_bisect", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From(ModuleDoc));
        m.Set("bisect_right", new PyBuiltinFunction("bisect_right", (ts2, _, a, kw) =>
        {
            var (seq, x, lo, hi, key) = Parse(ts2, "bisect_right", a, kw);
            return PyInt.From(BisectRight(ts2, seq, x, lo, hi, key));
        }, m, BisectRightDoc));
        m.Set("insort_right", new PyBuiltinFunction("insort_right", (ts2, _, a, kw) =>
        {
            var (seq, x, lo, hi, key) = Parse(ts2, "insort_right", a, kw);
            var kx = key == null ? x : Ops.Call(ts2, key, x);
            return Insert(ts2, seq, BisectRight(ts2, seq, kx, lo, hi, key), x);
        }, m, InsortRightDoc));
        m.Set("bisect_left", new PyBuiltinFunction("bisect_left", (ts2, _, a, kw) =>
        {
            var (seq, x, lo, hi, key) = Parse(ts2, "bisect_left", a, kw);
            return PyInt.From(BisectLeft(ts2, seq, x, lo, hi, key));
        }, m, BisectLeftDoc));
        m.Set("insort_left", new PyBuiltinFunction("insort_left", (ts2, _, a, kw) =>
        {
            var (seq, x, lo, hi, key) = Parse(ts2, "insort_left", a, kw);
            var kx = key == null ? x : Ops.Call(ts2, key, x);
            return Insert(ts2, seq, BisectLeft(ts2, seq, kx, lo, hi, key), x);
        }, m, InsortLeftDoc));
    }

    /// <summary>Clinic's (a, x, lo: Py_ssize_t = 0, hi: Py_ssize_t(accept={int, NoneType}) = None, *,
    /// key=None): hi None is -1, and so is an explicit -1 (both mean len(a)); key None is null.</summary>
    private static (PyObject A, PyObject X, long Lo, long Hi, PyObject? Key) Parse(ThreadState ts, string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = Args.Parse(fname, args, kwnames, ["a", "x", "lo", "hi", "key"], 2, 0, 4);
        long lo = p[2] == null ? 0 : Ops.AsSsizeT(ts, p[2]!);
        long hi = -1;
        if (p[3] is { } h and not PyNone)
        {
            // _Py_convert_optional_to_ssize_t: PyNumber_AsSsize_t with OverflowError.
            if (!Ops.HasIndex(h)) throw PyErr.TypeError($"argument should be integer or None, not '{h.ObType.Name}'");
            var i = Ops.Index(ts, h);
            hi = i.IsSmall ? i.Small : throw PyErr.OverflowError($"cannot fit '{h.ObType.Name}' into an index-sized integer");
        }
        return (p[0]!, p[1]!, lo, hi, p[4] is null or PyNone ? null : p[4]);
    }

    /// <summary>The bounds checks both searches share: lo must be non-negative, hi -1 means len(a).</summary>
    private static long Bounds(ThreadState ts, PyObject seq, long lo, long hi)
    {
        if (lo < 0) throw PyErr.ValueError("lo must be non-negative");
        return hi == -1 ? SequenceSize(ts, seq) : hi;
    }

    private static long BisectRight(ThreadState ts, PyObject seq, PyObject item, long lo, long hi, PyObject? key)
    {
        hi = Bounds(ts, seq, lo, hi);
        while (lo < hi)
        {
            // As CPython's unsigned (lo + hi) / 2: no overflow for any two non-negative ssize_t values.
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var litem = SequenceItem(ts, seq, mid);
            if (key != null) litem = Ops.Call(ts, key, litem);
            if (Ops.RichCompareBool(ts, item, litem, CompareOp.Lt)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static long BisectLeft(ThreadState ts, PyObject seq, PyObject item, long lo, long hi, PyObject? key)
    {
        hi = Bounds(ts, seq, lo, hi);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var litem = SequenceItem(ts, seq, mid);
            if (key != null) litem = Ops.Call(ts, key, litem);
            if (Ops.RichCompareBool(ts, litem, item, CompareOp.Lt)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>PyList_Insert for an exact list (a subclass's insert() may be overridden, so it and any
    /// other sequence get a call of their insert method).</summary>
    private static PyObject Insert(ThreadState ts, PyObject seq, long index, PyObject x)
    {
        if (PyType.IsExact(seq, BuiltinTypes.List))
        {
            var l = (PyList)seq;
            l.Insert((int)Math.Min(index, l.Count), x);
        }
        else Ops.CallMethod(ts, seq, "insert", PyInt.From(index), x);
        return PyNone.Value;
    }

    /// <summary>PySequence_Size: a dict has only mapping length ("dict is not a sequence").</summary>
    private static long SequenceSize(ThreadState ts, PyObject seq)
    {
        if (PyType.IsExact(seq, BuiltinTypes.List)) return ((PyList)seq).Count;
        if (seq is PyDict) throw PyErr.TypeError($"{seq.ObType.Name} is not a sequence");
        return Ops.Length(ts, seq);
    }

    /// <summary>PySequence_GetItem with an index that is never negative; an exact list is read directly
    /// (its size re-read each time: a comparison may have shrunk it).</summary>
    private static PyObject SequenceItem(ThreadState ts, PyObject seq, long i)
    {
        if (PyType.IsExact(seq, BuiltinTypes.List))
        {
            var l = (PyList)seq;
            return i < l.Count ? l.Items[i] : throw PyErr.IndexError("list index out of range");
        }
        if (seq is PyDict) throw PyErr.TypeError($"{seq.ObType.Name} is not a sequence");
        return Ops.GetItem(ts, seq, PyInt.From(i));
    }

    // The docstrings, with clinic's text signatures, as CPython 3.14 has them.

    private const string ModuleDoc =
        "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\n"
        + "having to sort the list after each insertion. For long lists of items with\n"
        + "expensive comparison operations, this can be an improvement over the more\ncommon approach.\n";

    private const string BisectLeftDoc =
        "bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
        + "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
        + "The return value i is such that all e in a[:i] have e < x, and all e in\n"
        + "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
        + "insert just before the leftmost x already there.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";

    private const string BisectRightDoc =
        "bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
        + "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
        + "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
        + "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
        + "insert just after the rightmost x already there.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";

    private const string InsortLeftDoc =
        "insort_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
        + "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
        + "If x is already in a, insert it to the left of the leftmost x.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";

    private const string InsortRightDoc =
        "insort_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
        + "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
        + "If x is already in a, insert it to the right of the rightmost x.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";
}
