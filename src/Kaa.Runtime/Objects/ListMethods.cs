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
                if (Ops.RichCompareBool(ts, l.Items[i], args[0], CompareOp.Eq)) { l.RemoveAt(i); return PyNone.Value; }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", (ts, self, args, kw) =>
        {
            Args.Range("index", args, kw, 1, 3);
            var l = (PyList)self;
            var (start, stop) = SeqHelpers.IndexBounds(ts, args, l.Count);
            // The list may shrink while comparing: re-check the bound every step.
            for (long i = start; i < stop && i < l.Count; i++)
                if (Ops.RichCompareBool(ts, l.Items[i], args[0], CompareOp.Eq)) return PyInt.From(i);
            throw PyErr.ValueError($"{Ops.ReprString(ts, args[0])} is not in list");
        });
        t.AddMethod("count", (ts, self, args, kw) =>
        {
            Args.Exact("list.count", args, kw, 1);
            var l = (PyList)self;
            int n = 0;
            for (int i = 0; i < l.Count; i++) if (Ops.RichCompareBool(ts, l.Items[i], args[0], CompareOp.Eq)) n++;
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
        public bool Less(PyObject a, PyObject b) => ((PyInt)a).Small < ((PyInt)b).Small;
    }

    private readonly struct FloatLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => ((PyFloat)a).Value < ((PyFloat)b).Value;
    }

    private readonly struct StrLess : ILess
    {
        public bool Less(PyObject a, PyObject b) => StrType.CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0;
    }

    private readonly struct GenericLess(ThreadState ts) : ILess
    {
        public bool Less(PyObject a, PyObject b) => Ops.RichCompareBool(ts, a, b, CompareOp.Lt);
    }

    private const int MinRun = 32;

    /// <summary>
    /// Stable merge sort: binary insertion sort on short runs, then bottom-up merges that skip runs
    /// already in order. Only `&lt;` is used, like CPython's sort.
    /// </summary>
    private static void MergeSort<T>(PyObject[] keys, PyObject[]? vals, T less) where T : struct, ILess
    {
        int n = keys.Length;
        for (int lo = 0; lo < n; lo += MinRun)
            InsertionSort(keys, vals, lo, Math.Min(lo + MinRun, n), less);
        if (n <= MinRun) return;
        var tmpK = new PyObject[n];
        var tmpV = vals == null ? null : new PyObject[n];
        for (int width = MinRun; width < n; width *= 2)
        {
            for (int lo = 0; lo < n - width; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, n);
                // Already ordered across the boundary: nothing to merge.
                if (!less.Less(keys[mid], keys[mid - 1])) continue;
                Array.Copy(keys, lo, tmpK, lo, mid - lo);
                if (vals != null) Array.Copy(vals, lo, tmpV!, lo, mid - lo);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                {
                    if (less.Less(keys[j], tmpK[i]))
                    {
                        if (vals != null) vals[k] = vals[j];
                        keys[k++] = keys[j++];
                    }
                    else
                    {
                        if (vals != null) vals[k] = tmpV![i];
                        keys[k++] = tmpK[i++];
                    }
                }
                while (i < mid)
                {
                    if (vals != null) vals[k] = tmpV![i];
                    keys[k++] = tmpK[i++];
                }
            }
        }
    }

    private static void InsertionSort<T>(PyObject[] keys, PyObject[]? vals, int lo, int hi, T less) where T : struct, ILess
    {
        for (int i = lo + 1; i < hi; i++)
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
            var v = vals?[i];
            Array.Copy(keys, left, keys, left + 1, i - left);
            keys[left] = k;
            if (vals != null)
            {
                Array.Copy(vals, left, vals, left + 1, i - left);
                vals[left] = v!;
            }
        }
    }
}
