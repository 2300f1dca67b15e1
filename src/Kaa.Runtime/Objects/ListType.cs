using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of list.</summary>
public static partial class ListType
{
    internal static void Init(PyType t)
    {
        t.TpRepr = (ts, o) => PyStr.From(SeqHelpers.ReprItems(ts, o, ((PyList)o).AsSpan(), "[", "]"));
        t.MpLength = (ts, o) => ((PyList)o).Count;
        t.TpRichCompare = (ts, a, b, op) => a is PyList x && b is PyList y ? Compare(ts, x, y, op) : PyNotImplemented.Value;
        t.TpIter = (ts, o) => new PyListIterator((PyList)o);
        t.SqContains = (ts, o, item) =>
        {
            var l = (PyList)o;
            for (int i = 0; i < l.Count; i++)
                if (ItemEquals(ts, l.Items[i], item)) return true;
            return false;
        };
        t.SqConcat = (ts, a, b) =>
        {
            if (b is not PyList y) throw PyErr.TypeError($"can only concatenate list (not \"{b.ObType.Name}\") to list");
            var x = (PyList)a;
            var r = new PyList(x.Count + y.Count);
            x.AsSpan().CopyTo(r.Items);
            y.AsSpan().CopyTo(r.Items.AsSpan(x.Count));
            r.Count = x.Count + y.Count;
            return r;
        };
        t.SqRepeat = (ts, a, n) =>
        {
            long count = SeqHelpers.RepeatCount(ts, n);
            var x = (PyList)a;
            if (count <= 0 || x.Count == 0) return new PyList();
            var r = new PyList(SeqHelpers.RepeatLength(x.Count, count));
            for (long k = 0; k < count; k++) x.AsSpan().CopyTo(r.Items.AsSpan((int)(k * x.Count)));
            r.Count = (int)(x.Count * count);
            return r;
        };
        t.NbInplace[(int)BinOp.Add] = (ts, a, b) =>
        {
            Extend(ts, (PyList)a, b);
            return a;
        };
        t.NbInplace[(int)BinOp.Mul] = (ts, a, n) =>
        {
            if (!Ops.HasIndex(n)) return PyNotImplemented.Value;
            var x = (PyList)a;
            long count = SeqHelpers.RepeatCount(ts, n);
            if (count <= 0 || x.Count == 0) { x.Clear(); return a; }
            if (count == 1) return a;
            int len = x.Count;
            if ((Int128)len * count > Array.MaxLength) throw PyErr.MemoryError();
            x.Grow((int)(len * count));
            for (long k = 1; k < count; k++) Array.Copy(x.Items, 0, x.Items, k * len, len);
            x.Count = (int)(len * count);
            return a;
        };
        t.MpSubscript = GetItem;
        t.MpAssSubscript = SetItem;
        t.InstanceFactory = cls => new PyListSub(cls);
        t.SetNew((ts, cls, args, kw) => ReferenceEquals(cls, BuiltinTypes.List) ? new PyList() : new PyListSub(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            // As CPython's list___init__: keywords are refused unless a subclass has its own __new__.
            if (ReferenceEquals(self.ObType, BuiltinTypes.List) || ReferenceEquals(self.ObType.TpNew, BuiltinTypes.List.TpNew))
                Args.NoKeywords("list", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"list expected at most 1 argument, got {npos}");
            var l = (PyList)self;
            l.Clear();
            if (npos == 1) Extend(ts, l, args[0]);
        };
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.TpHash = SeqHelpers.Unhashable;
        InitMethods(t);
    }

    /// <summary>
    /// Presizing from a length hint stops here (8 MB of references): a hint is only a guess, a range
    /// can be huge and a comprehension may raise early; longer lists grow as usual past it.
    /// </summary>
    private const int MaxPresize = 1 << 20;

    /// <summary>
    /// How many items iterating <paramref name="o"/> gives, for the built-in containers and iterators
    /// that know it without running Python code; 0 when unknown. Only a capacity hint (CPython's
    /// PyObject_LengthHint without the calls): the caller still iterates, so a wrong hint costs memory,
    /// never correctness.
    /// </summary>
    internal static int LengthHint(PyObject o)
    {
        var t = o.ObType;
        long n;
        if (o is PyListIterator li) n = li.LengthHint;
        else if (o is PyRangeIterator ri) n = ri.Remaining;
        else if (o is PyTupleIterator ti) n = ti.LengthHint;
        else if (o is PyDictIterator di) n = di.LengthHint;
        else if (o is PySetIterator si) n = si.LengthHint;
        else if (ReferenceEquals(t, BuiltinTypes.Tuple)) n = Unsafe.As<PyTuple>(o).Items.Length;
        else if (ReferenceEquals(t, BuiltinTypes.List)) n = Unsafe.As<PyList>(o).Count;
        else if (ReferenceEquals(t, BuiltinTypes.Dict)) n = Unsafe.As<PyDict>(o).Count;
        else if (o is PyDictView v) n = v.Dict.Count;
        else if (ReferenceEquals(t, BuiltinTypes.Set) || ReferenceEquals(t, BuiltinTypes.FrozenSet)) n = Unsafe.As<PySet>(o).Count;
        else if (ReferenceEquals(t, BuiltinTypes.Range) && Unsafe.As<PyRange>(o).IsSmall) n = Unsafe.As<PyRange>(o).SLength;
        else return 0;
        return (int)Math.Clamp(n, 0, MaxPresize);
    }

    /// <summary>
    /// PyObject_RichCompareBool(stored, x, Py_EQ) as list_contains/index/count/remove use it, comparing
    /// exact ints and exact strs directly (their __eq__ cannot be overridden and runs no Python code).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ItemEquals(ThreadState ts, PyObject stored, PyObject x)
    {
        if (ReferenceEquals(stored, x)) return true;
        var st = stored.ObType;
        if (ReferenceEquals(st, x.ObType))
        {
            if (ReferenceEquals(st, BuiltinTypes.Int) && Unsafe.As<PyInt>(stored).IsSmall && Unsafe.As<PyInt>(x).IsSmall)
                return Unsafe.As<PyInt>(stored).Small == Unsafe.As<PyInt>(x).Small;
            if (ReferenceEquals(st, BuiltinTypes.Str))
                return PyStr.ValueEquals(Unsafe.As<PyStr>(stored), Unsafe.As<PyStr>(x));
        }
        return Ops.RichCompareBool(ts, stored, x, CompareOp.Eq);
    }

    internal static void Extend(ThreadState ts, PyList l, PyObject iterable)
    {
        // The direct copies only when the source's iteration is the built-in one: a subclass may
        // override __iter__ (CPython's list_extend checks the exact types too).
        if (iterable is PyList src && ReferenceEquals(src.ObType.TpIter, BuiltinTypes.List.TpIter))
        {
            int n = src.Count;
            if (l.Count + n > l.Items.Length) l.Grow(l.Count + n);
            // Also right for l.extend(l): the source span is read before Count moves.
            src.Items.AsSpan(0, n).CopyTo(l.Items.AsSpan(l.Count));
            l.Count += n;
            return;
        }
        if (ReferenceEquals(iterable.ObType, BuiltinTypes.Dict))
        {
            // Appending runs no Python code, so the dict cannot change meanwhile.
            var d = Unsafe.As<PyDict>(iterable);
            l.EnsureCapacity(l.Count + d.Count);
            for (int pos = 0; (pos = d.NextEntry(pos, out var k, out _)) >= 0; pos++) l.Append(k);
            return;
        }
        if (iterable is PyTuple tup && ReferenceEquals(tup.ObType.TpIter, BuiltinTypes.Tuple.TpIter))
        {
            if (l.Count + tup.Count > l.Items.Length) l.Grow(l.Count + tup.Count);
            tup.Items.CopyTo(l.Items, l.Count);
            l.Count += tup.Count;
            return;
        }
        var it = Ops.GetIter(ts, iterable);
        // A class written in Python may define __len__ or __length_hint__ (and CPython's list() calls
        // them, errors included); the built-in iterators answer without a call.
        int hint = iterable.ObType.IsHeapType ? (int)Math.Clamp(Ops.LengthHint(ts, iterable, 8), 0, MaxPresize) : LengthHint(it);
        if (hint > 0) l.EnsureCapacity(l.Count + hint);
        while (Ops.Next(ts, it) is { } x) l.Append(x);
    }

    private static PyObject GetItem(ThreadState ts, PyObject o, PyObject key)
    {
        var l = (PyList)o;
        if (key is PyInt ki && ki.IsSmall)
        {
            long i = ki.Small;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyErr.IndexError("list index out of range");
            return l.Items[i];
        }
        if (key is PySlice sl)
        {
            var (start, _, step, count) = sl.Indices(ts, l.Count);
            var r = new PyList((int)count);
            if (step == 1) Array.Copy(l.Items, start, r.Items, 0, count);
            else
            {
                // Spans: array stores would check covariance per element.
                Span<PyObject> dst = r.Items;
                ReadOnlySpan<PyObject> src = l.Items;
                for (long k = 0, i = start; k < count; k++, i += step) dst[(int)k] = src[(int)i];
            }
            r.Count = (int)count;
            return r;
        }
        if (!Ops.HasIndex(key)) throw PyErr.TypeError($"list indices must be integers or slices, not {key.ObType.Name}");
        return l.Items[SeqHelpers.NormalizeIndex(ts, key, l.Count, "list")];
    }

    private static void SetItem(ThreadState ts, PyObject o, PyObject key, PyObject? value)
    {
        var l = (PyList)o;
        if (key is PySlice sl)
        {
            // The new items are materialized before the slice is resolved: iterating them may
            // change the list's length (gh-120384).
            var items = value == null ? null : ReferenceEquals(value, l) ? l.ToArray() : Ops.ToArray(ts, value);
            var (start, stop, step, count) = sl.Indices(ts, l.Count);
            if (items == null)
            {
                if (step == 1) { RemoveRange(l, (int)start, (int)count); return; }
                var del = new bool[l.Count];
                for (long k = 0, i = start; k < count; k++, i += step) del[i] = true;
                var keep = new PyObject[l.Count - count];
                int n = 0;
                for (int i = 0; i < l.Count; i++) if (!del[i]) keep[n++] = l.Items[i];
                l.Items = keep;
                l.Count = n;
                return;
            }
            if (step == 1)
            {
                if (stop < start) stop = start;
                var tail = l.Items.AsSpan((int)stop, l.Count - (int)stop).ToArray();
                l.Count = (int)start;
                if (l.Count + items.Length + tail.Length > l.Items.Length) l.Grow(l.Count + items.Length + tail.Length);
                items.CopyTo(l.Items, l.Count);
                l.Count += items.Length;
                tail.CopyTo(l.Items, l.Count);
                l.Count += tail.Length;
                return;
            }
            if (items.Length != count)
                throw PyErr.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {count}");
            for (long k = 0, i = start; k < count; k++, i += step) l.Items[i] = items[k];
            return;
        }
        if (!Ops.HasIndex(key)) throw PyErr.TypeError($"list indices must be integers or slices, not {key.ObType.Name}");
        long idx = Ops.IndexAsLong(ts, key);
        if (idx < 0) idx += l.Count;
        if (idx < 0 || idx >= l.Count)
            throw PyErr.IndexError(value == null ? "list assignment index out of range" : "list assignment index out of range");
        if (value == null) l.RemoveAt((int)idx);
        else l.Items[idx] = value;
    }

    /// <summary>list_richcompare: lengths may change while items compare, so bounds are re-read every step.</summary>
    private static PyObject Compare(ThreadState ts, PyList v, PyList w, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && v.Count != w.Count) return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        for (; i < v.Count && i < w.Count; i++)
        {
            var vi = v.Items[i];
            var wi = w.Items[i];
            if (ReferenceEquals(vi, wi)) continue;
            if (!Ops.RichCompareBool(ts, vi, wi, CompareOp.Eq)) break;
        }
        if (i >= v.Count || i >= w.Count) return PyBool.From(IntType.CompareResult(v.Count.CompareTo(w.Count), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(ts, v.Items[i], w.Items[i], op);
    }

    private static void RemoveRange(PyList l, int start, int count)
    {
        if (count <= 0) return;
        Array.Copy(l.Items, start + count, l.Items, start, l.Count - start - count);
        for (int i = l.Count - count; i < l.Count; i++) l.Items[i] = null!;
        l.Count -= count;
    }
}
