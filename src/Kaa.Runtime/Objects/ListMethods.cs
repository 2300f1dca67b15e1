using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class ListType
{
    private static void InitMethods(PyType t)
    {
        t.AddMethod("append", (ts, self, args, kw) =>
        {
            Args.Exact("list.append", args, kw, 1);
            ((PyList)self).Append(args[0]);
            return PyNone.Value;
        });
        t.AddMethod("extend", (ts, self, args, kw) =>
        {
            Args.Exact("list.extend", args, kw, 1);
            Extend(ts, (PyList)self, args[0]);
            return PyNone.Value;
        });
        t.AddMethod("pop", (ts, self, args, kw) =>
        {
            Args.Range("pop", args, kw, 0, 1);
            var l = (PyList)self;
            if (l.Count == 0) throw PyErr.IndexError("pop from empty list");
            long i = args.Length == 0 ? l.Count - 1 : Ops.IndexAsLong(ts, args[0]);
            if (i < 0) i += l.Count;
            if (i < 0 || i >= l.Count) throw PyErr.IndexError("pop index out of range");
            var v = l.Items[i];
            l.RemoveAt((int)i);
            return v;
        });
        t.AddMethod("insert", (ts, self, args, kw) =>
        {
            if (args.Length != 2) throw PyErr.TypeError($"insert expected 2 arguments, got {args.Length}");
            var l = (PyList)self;
            long i = Ops.IndexClamped(ts, args[0]);
            if (i < 0) i = Math.Max(0, i + l.Count);
            if (i > l.Count) i = l.Count;
            l.Insert((int)i, args[1]);
            return PyNone.Value;
        });
        t.AddMethod("remove", (ts, self, args, kw) =>
        {
            Args.Exact("list.remove", args, kw, 1);
            var l = (PyList)self;
            for (int i = 0; i < l.Count; i++)
                if (ItemEquals(ts, l.Items[i], args[0])) { l.RemoveAt(i); return PyNone.Value; }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", (ts, self, args, kw) =>
        {
            Args.Range("index", args, kw, 1, 3);
            var l = (PyList)self;
            var (start, stop) = SeqHelpers.IndexBounds(ts, args, l.Count);
            // The list may shrink while comparing: re-check the bound every step.
            for (long i = start; i < stop && i < l.Count; i++)
                if (ItemEquals(ts, l.Items[i], args[0])) return PyInt.From(i);
            throw PyErr.ValueError($"{Ops.ReprString(ts, args[0])} is not in list");
        });
        t.AddMethod("count", (ts, self, args, kw) =>
        {
            Args.Exact("list.count", args, kw, 1);
            var l = (PyList)self;
            int n = 0;
            for (int i = 0; i < l.Count; i++) if (ItemEquals(ts, l.Items[i], args[0])) n++;
            return PyInt.From(n);
        });
        t.AddMethod("clear", (ts, self, args, kw) => { ((PyList)self).Clear(); return PyNone.Value; });
        t.AddMethod("copy", (ts, self, args, kw) => new PyList(((PyList)self).ToArray()));
        t.AddMethod("reverse", (ts, self, args, kw) => { var l = (PyList)self; Array.Reverse(l.Items, 0, l.Count); return PyNone.Value; });
        t.AddMethod("sort", (ts, self, args, kw) =>
        {
            var a = Args.Parse("sort", args, kw, ["key", "reverse"], 0, kwOnlyFrom: 0);
            Sort(ts, (PyList)self, a[0] is PyNone ? null : a[0], a[1] != null && Ops.IsTrue(ts, a[1]!));
            return PyNone.Value;
        });
        t.AddMethod("__reversed__", (ts, self, args, kw) => new PyListReverseIterator((PyList)self));
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
    }

    /// <summary>
    /// list.sort: stable, with key and reverse. While sorting the list appears empty (as in CPython), so a
    /// key or comparison that changes it is detected: the sorted items are stored back and ValueError raised.
    /// Homogeneous keys (exact int, float or str) are compared without calling into the type's slots.
    /// </summary>
    public static void Sort(ThreadState ts, PyList l, PyObject? key, bool reverse)
    {
        int n = l.Count;
        var saved = l.Items;
        var values = l.ToArray();
        l.Items = [];
        l.Count = 0;
        PyObject[] keys;
        try
        {
            if (key == null) keys = values;
            else
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.Call(ts, key, values[i]);
            }
        }
        catch
        {
            if (l.Count == 0 && l.Items.Length == 0) { l.Items = saved; l.Count = n; }
            throw;
        }
        var vals = ReferenceEquals(keys, values) ? null : values;
        // Reverse, stable-sort, reverse back: equal items keep their original order, as in CPython.
        if (reverse)
        {
            Array.Reverse(keys);
            if (vals != null) Array.Reverse(vals);
        }
        PyException? error = null;
        try
        {
            if (n > 1) SortKeys(ts, keys, vals);
        }
        catch (PyException e) { error = e; }
        if (reverse)
        {
            Array.Reverse(keys);
            if (vals != null) Array.Reverse(vals);
        }
        bool modified = l.Count != 0 || l.Items.Length != 0;
        l.Items = vals ?? keys;
        l.Count = n;
        if (error != null) throw error;
        if (modified) throw PyErr.ValueError("list modified during sort");
    }

    private static void SortKeys(ThreadState ts, PyObject[] keys, PyObject[]? vals)
    {
        var t = keys[0].ObType;
        bool same = true;
        for (int i = 1; i < keys.Length && same; i++) same = ReferenceEquals(keys[i].ObType, t);
        if (same && ReferenceEquals(t, BuiltinTypes.Int))
        {
            bool small = true;
            foreach (var k in keys) if (!((PyInt)k).IsSmall) { small = false; break; }
            if (small) { MergeSort(keys, vals, new SmallIntLess()); return; }
        }
        if (same && ReferenceEquals(t, BuiltinTypes.Float)) { MergeSort(keys, vals, new FloatLess()); return; }
        if (same && ReferenceEquals(t, BuiltinTypes.Str)) { MergeSort(keys, vals, new StrLess()); return; }
        MergeSort(keys, vals, new GenericLess(ts));
    }

    private interface ILess { bool Less(PyObject a, PyObject b); }

    private readonly struct SmallIntLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => Unsafe.As<PyInt>(a).Small < Unsafe.As<PyInt>(b).Small;
    }

    private readonly struct FloatLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => Unsafe.As<PyFloat>(a).Value < Unsafe.As<PyFloat>(b).Value;
    }

    private readonly struct StrLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => StrType.CompareCodePoints(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value) < 0;
    }

    private readonly struct GenericLess(ThreadState ts) : ILess
    {
        public bool Less(PyObject a, PyObject b)
        {
            // Exact tuples (common keys) are compared here, as tuple's richcompare would, without
            // the slot dispatch and the intermediate bool object per comparison.
            if (ReferenceEquals(a.ObType, BuiltinTypes.Tuple) && ReferenceEquals(b.ObType, BuiltinTypes.Tuple))
            {
                var x = Unsafe.As<PyTuple>(a).Items;
                var y = Unsafe.As<PyTuple>(b).Items;
                int n = Math.Min(x.Length, y.Length), i = 0;
                while (i < n && Ops.RichCompareBool(ts, x[i], y[i], CompareOp.Eq)) i++;
                return i >= n ? x.Length < y.Length : Ops.RichCompareBool(ts, x[i], y[i], CompareOp.Lt);
            }
            return Ops.RichCompareBool(ts, a, b, CompareOp.Lt);
        }
    }

    private const int MinRun = 32;

    /// <summary>
    /// Stable natural merge sort in the spirit of CPython's timsort: the keys are split into runs that
    /// are already ascending (or descending, reversed in place), short runs are extended to
    /// <see cref="MinRun"/> by binary insertion, then neighbouring runs are merged pairwise. Only `&lt;`
    /// is used, like CPython's sort, and if a comparison raises the arrays still hold every item once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MergeSort<T>(PyObject[] keyArr, PyObject[]? valArr, T less) where T : struct, ILess
    {
        int n = keyArr.Length;
        // Spans rather than arrays: stores into a Span<PyObject> skip the covariant array-store check.
        Span<PyObject> keys = keyArr;
        Span<PyObject> vals = valArr;
        var bounds = new List<int>();
        int lo = 0;
        while (lo < n)
        {
            // An ascending (non-decreasing) run, or a descending one whose groups of equal keys are
            // reversed first so that reversing the whole run keeps equal keys in order (CPython 3.13).
            int hi = lo + 1;
            while (hi < n && !less.Less(keys[hi], keys[hi - 1])) hi++;
            if (hi < n && (hi - lo == 1 || !less.Less(keys[lo], keys[hi - 1])))
            {
                // keys[hi] < keys[hi - 1] and everything before it is equal: a descending run.
                ReverseRange(keys, vals, valArr != null, lo, hi);
                int eq = hi++;
                while (hi < n)
                {
                    if (less.Less(keys[hi], keys[hi - 1]))
                    {
                        ReverseRange(keys, vals, valArr != null, eq, hi);
                        eq = hi;
                    }
                    else if (less.Less(keys[hi - 1], keys[hi])) break;
                    hi++;
                }
                ReverseRange(keys, vals, valArr != null, eq, hi);
                ReverseRange(keys, vals, valArr != null, lo, hi);
                // The reversed run may go on ascending, as in [3, 2, 3, 4].
                while (hi < n && !less.Less(keys[hi], keys[hi - 1])) hi++;
            }
            if (hi - lo < MinRun && hi < n)
            {
                int end = Math.Min(lo + MinRun, n);
                InsertionSort(keys, vals, valArr != null, lo, hi, end, less);
                hi = end;
            }
            bounds.Add(lo);
            lo = hi;
        }
        if (bounds.Count <= 1) return;
        bounds.Add(n);
        var tmpK = new PyObject[n];
        var tmpV = valArr == null ? null : new PyObject[n];
        while (bounds.Count > 2)
        {
            int runs = bounds.Count - 1;
            var next = new List<int>(runs / 2 + 2);
            for (int r = 0; r < runs; r += 2)
            {
                next.Add(bounds[r]);
                if (r + 2 <= runs) Merge(keys, vals, tmpK, tmpV, bounds[r], bounds[r + 1], bounds[r + 2], less);
            }
            next.Add(n);
            bounds = next;
        }
    }

    private static void ReverseRange(Span<PyObject> keys, Span<PyObject> vals, bool hasVals, int lo, int hi)
    {
        if (hi - lo < 2) return;
        keys[lo..hi].Reverse();
        if (hasVals) vals[lo..hi].Reverse();
    }

    /// <summary>Merges the sorted runs [lo, mid) and [mid, hi) in place, stably.</summary>
    private static void Merge<T>(Span<PyObject> keys, Span<PyObject> vals, PyObject[] tmpKArr, PyObject[]? tmpVArr,
        int lo, int mid, int hi, T less) where T : struct, ILess
    {
        // Already ordered across the boundary: nothing to merge.
        if (!less.Less(keys[mid], keys[mid - 1])) return;
        // Items of the left run not greater than the right run's first are already in place, and so
        // are items of the right run not less than the left run's last.
        int l = lo, r = mid - 1;
        var first = keys[mid];
        while (l < r)
        {
            int m = (l + r) >> 1;
            if (less.Less(first, keys[m])) r = m;
            else l = m + 1;
        }
        lo = l;
        var last = keys[mid - 1];
        l = mid; r = hi;
        while (l < r)
        {
            int m = (l + r) >> 1;
            if (less.Less(keys[m], last)) l = m + 1;
            else r = m;
        }
        hi = l;
        bool hasVals = tmpVArr != null;
        Span<PyObject> tmpK = tmpKArr;
        Span<PyObject> tmpV = tmpVArr;
        keys[lo..mid].CopyTo(tmpK[lo..]);
        if (hasVals) vals[lo..mid].CopyTo(tmpV[lo..]);
        int i = lo, j = mid, k = lo;
        try
        {
            while (i < mid && j < hi)
            {
                if (less.Less(keys[j], tmpK[i]))
                {
                    if (hasVals) vals[k] = vals[j];
                    keys[k++] = keys[j++];
                }
                else
                {
                    if (hasVals) vals[k] = tmpV[i];
                    keys[k++] = tmpK[i++];
                }
            }
        }
        finally
        {
            // Also on a raising comparison: the rest of the left run goes back, so no item is lost.
            tmpK[i..mid].CopyTo(keys[k..]);
            if (hasVals) tmpV[i..mid].CopyTo(vals[k..]);
        }
    }

    /// <summary>Binary insertion sort of [lo, end) whose prefix [lo, start) is already sorted.</summary>
    private static void InsertionSort<T>(Span<PyObject> keys, Span<PyObject> vals, bool hasVals, int lo, int start, int end, T less) where T : struct, ILess
    {
        for (int i = start; i < end; i++)
        {
            var k = keys[i];
            if (!less.Less(k, keys[i - 1])) continue;
            // Binary search for the first position whose key is greater than k (keeps equal keys in order).
            int left = lo, right = i - 1;
            while (left < right)
            {
                int m = (left + right) >> 1;
                if (less.Less(k, keys[m])) right = m;
                else left = m + 1;
            }
            keys[left..i].CopyTo(keys[(left + 1)..]);
            keys[left] = k;
            if (hasVals)
            {
                var v = vals[i];
                vals[left..i].CopyTo(vals[(left + 1)..]);
                vals[left] = v;
            }
        }
    }
}
