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
            if (args.Length < 1) throw PyErr.TypeError("index expected at least 1 argument, got 0");
            var l = (PyList)self;
            long start = args.Length > 1 ? Ops.IndexClamped(ts, args[1]) : 0;
            long stop = args.Length > 2 ? Ops.IndexClamped(ts, args[2]) : l.Count;
            if (start < 0) start = Math.Max(0, start + l.Count);
            if (stop < 0) stop = Math.Max(0, stop + l.Count);
            for (long i = start; i < Math.Min(stop, l.Count); i++)
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
        t.AddClassMethod("__class_getitem__", (ts, self, args, kw) => throw PyErr.NotImplementedError("types.GenericAlias is not implemented yet"));
    }

    /// <summary>Stable sort with key and reverse; a list changed by a key or comparison raises ValueError.</summary>
    public static void Sort(ThreadState ts, PyList l, PyObject? key, bool reverse)
    {
        var items = l.ToArray();
        // While sorting, the list appears empty (as in CPython) so mutation can be detected.
        var saved = l.Items;
        l.Items = [];
        l.Count = 0;
        try
        {
            var keys = key == null ? items : items.Select(x => Ops.Call(ts, key, x)).ToArray();
            var idx = Enumerable.Range(0, items.Length).ToArray();
            if (reverse) Array.Reverse(idx);
            var comparer = Comparer<int>.Create((x, y) =>
            {
                if (Ops.RichCompareBool(ts, keys[x], keys[y], CompareOp.Lt)) return -1;
                if (Ops.RichCompareBool(ts, keys[y], keys[x], CompareOp.Lt)) return 1;
                return 0;
            });
            // Merge sort keeps equal elements in order (List.Sort is not stable).
            MergeSort(idx, comparer);
            if (reverse) Array.Reverse(idx);
            var sorted = new PyObject[items.Length];
            for (int i = 0; i < idx.Length; i++) sorted[i] = items[idx[i]];
            if (l.Count != 0 || l.Items.Length != 0)
                throw PyErr.ValueError("list modified during sort");
            l.Items = sorted;
            l.Count = sorted.Length;
        }
        catch
        {
            if (l.Count == 0 && l.Items.Length == 0) { l.Items = saved; l.Count = items.Length; }
            throw;
        }
    }

    private static void MergeSort(int[] a, IComparer<int> cmp)
    {
        if (a.Length < 2) return;
        var tmp = new int[a.Length];
        for (int width = 1; width < a.Length; width *= 2)
        {
            for (int lo = 0; lo < a.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, a.Length), hi = Math.Min(lo + 2 * width, a.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) tmp[k++] = cmp.Compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                while (i < mid) tmp[k++] = a[i++];
                while (j < hi) tmp[k++] = a[j++];
            }
            Array.Copy(tmp, a, a.Length);
        }
    }
}
