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
            long i = args.Length == 0 ? l.Count - 1 : Ops.AsSsizeT(ts, args[0]);
            if (l.Count == 0) throw PyErr.IndexError("pop from empty list");
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
            long i = Ops.AsSsizeT(ts, args[0]);
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
                if (ItemEquals(ts, l.Items[i], args[0]))
                {
                    // As list_ass_slice(i, i+1): __eq__ may have shrunk the list meanwhile.
                    if (i < l.Count) l.RemoveAt(i);
                    return PyNone.Value;
                }
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
            throw PyErr.ValueError("list.index(x): x not in list");
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
}
