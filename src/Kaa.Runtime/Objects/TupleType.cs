using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of tuple.</summary>
internal static class TupleType
{
    internal static void Init(PyType t)
    {
        t.TpRepr = (ts, o) =>
        {
            var items = ((PyTuple)o).Items;
            if (items.Length == 0) return PyStr.From("()");
            // A one-tuple that contains itself (through a list) prints "(...)" like any other.
            return PyStr.From(SeqHelpers.ReprItems(ts, o, items, "(", items.Length == 1 ? ",)" : ")"));
        };
        t.TpHash = (ts, o) => SeqHelpers.HashTuple(ts, ((PyTuple)o).Items);
        t.MpLength = (ts, o) => ((PyTuple)o).Items.Length;
        t.TpRichCompare = (ts, a, b, op) => a is PyTuple x && b is PyTuple y ? SeqHelpers.Compare(ts, x.Items, y.Items, op) : PyNotImplemented.Value;
        t.TpIter = (ts, o) => new PyTupleIterator((PyTuple)o);
        t.SqContains = (ts, o, item) =>
        {
            foreach (var x in ((PyTuple)o).Items)
                if (Ops.RichCompareBool(ts, x, item, CompareOp.Eq)) return true;
            return false;
        };
        t.SqConcat = (ts, a, b) =>
        {
            if (b is not PyTuple y) throw PyErr.TypeError($"can only concatenate tuple (not \"{b.ObType.Name}\") to tuple");
            var x = (PyTuple)a;
            if (y.Count == 0 && PyType.IsExact(x, BuiltinTypes.Tuple)) return x;
            var r = new PyObject[x.Count + y.Count];
            x.Items.CopyTo(r, 0);
            y.Items.CopyTo(r, x.Count);
            return new PyTuple(r);
        };
        t.SqRepeat = (ts, a, n) =>
        {
            long count = SeqHelpers.RepeatCount(ts, n);
            var items = ((PyTuple)a).Items;
            if (count <= 0 || items.Length == 0) return PyTuple.Empty;
            if (count == 1 && PyType.IsExact(a, BuiltinTypes.Tuple)) return a;
            var r = new PyObject[SeqHelpers.RepeatLength(items.Length, count)];
            for (long k = 0; k < count; k++) items.CopyTo(r, k * items.Length);
            return new PyTuple(r);
        };
        t.MpSubscript = (ts, o, key) =>
        {
            var items = ((PyTuple)o).Items;
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(ts, items.Length);
                if (count == items.Length && step == 1 && PyType.IsExact(o, BuiltinTypes.Tuple)) return o;
                var r = new PyObject[count];
                for (long k = 0, i = start; k < count; k++, i += step) r[k] = items[i];
                return PyTuple.Create(r);
            }
            if (!Ops.HasIndex(key)) throw PyErr.TypeError($"tuple indices must be integers or slices, not {key.ObType.Name}");
            return items[SeqHelpers.NormalizeIndex(ts, key, items.Length, "tuple")];
        };
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            // As CPython's tuple_new: keywords are refused unless a subclass has its own __init__.
            if (ReferenceEquals(cls, BuiltinTypes.Tuple) || ReferenceEquals(cls.TpInit, BuiltinTypes.Tuple.TpInit))
                Args.NoKeywords("tuple", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"tuple expected at most 1 argument, got {npos}");
            var items = npos == 0 ? [] : Ops.ToArray(ts, args[0]);
            if (ReferenceEquals(cls, BuiltinTypes.Tuple))
                return args.Length > 0 && PyType.IsExact(args[0], BuiltinTypes.Tuple) ? args[0] : PyTuple.Create(items);
            return new PyTupleSub(cls, items);
        });
        t.AddMethod("index", (ts, self, args, kw) =>
        {
            Args.Range("index", args, kw, 1, 3);
            var items = ((PyTuple)self).Items;
            var (start, stop) = SeqHelpers.IndexBounds(ts, args, items.Length);
            for (long i = start; i < stop; i++)
                if (Ops.RichCompareBool(ts, items[i], args[0], CompareOp.Eq)) return PyInt.From(i);
            throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
        t.AddMethod("count", (ts, self, args, kw) =>
        {
            Args.Exact("count", args, kw, 1);
            int n = 0;
            foreach (var x in ((PyTuple)self).Items)
                if (Ops.RichCompareBool(ts, x, args[0], CompareOp.Eq)) n++;
            return PyInt.From(n);
        });
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
        t.AddMethod("__getnewargs__", (ts, self, args, kw) => new PyTuple([new PyTuple(((PyTuple)self).Items)]));
    }
}
