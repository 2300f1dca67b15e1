using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of dict (views come with the types issue).</summary>
internal static class DictType
{
    internal static void Init(PyType t)
    {
        t.TpRepr = Repr;
        t.MpLength = (ts, o) => ((PyDict)o).Count;
        t.TpIter = (ts, o) => new PyDictIterator((PyDict)o, DictIterKind.Keys);
        t.SqContains = (ts, o, k) => ((PyDict)o).GetItem(ts, k) != null;
        t.MpSubscript = (ts, o, k) =>
        {
            var d = (PyDict)o;
            var v = d.GetItem(ts, k);
            if (v != null) return v;
            if (!PyType.IsExact(o, BuiltinTypes.Dict) && o.ObType.Lookup(Names.__missing__) is { } missing)
                return Ops.CallUnbound(ts, missing, o, [k]);
            throw PyErr.KeyError(k);
        };
        t.MpAssSubscript = (ts, o, k, v) =>
        {
            var d = (PyDict)o;
            if (v != null) d.SetItem(ts, k, v);
            else if (!d.DelItem(ts, k)) throw PyErr.KeyError(k);
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (a is not PyDict x || b is not PyDict y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Value;
            bool eq = x.Count == y.Count;
            if (eq)
            {
                int pos = 0;
                while ((pos = x.NextEntry(pos, out var k, out var v)) >= 0)
                {
                    pos++;
                    var w = y.GetItem(ts, k);
                    if (w == null || !Ops.RichCompareBool(ts, v, w, CompareOp.Eq)) { eq = false; break; }
                }
            }
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.NbBinary[(int)BinOp.Or] = (ts, a, b) =>
        {
            if (a is not PyDict x || b is not PyDict) return PyNotImplemented.Value;
            // dict_or copies into a plain dict (PyDict_Copy), whatever subclass the left operand is.
            var r = Ops.Call(ts, BuiltinTypes.Dict, x);
            Update(ts, (PyDict)r, b);
            return r;
        };
        t.NbInplace[(int)BinOp.Or] = (ts, a, b) => { Update(ts, (PyDict)a, b); return a; };
        t.InstanceFactory = cls => new PyDictSub(cls);
        t.SetNew((ts, cls, args, kw) => ReferenceEquals(cls, BuiltinTypes.Dict) ? new PyDict() : new PyDictSub(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos > 1) throw PyErr.TypeError($"dict expected at most 1 argument, got {npos}");
            var d = (PyDict)self;
            if (npos == 1) Update(ts, d, args[0]);
            for (int i = 0; i < nkw; i++) d.SetItem(ts, kw!.Items[i], args[npos + i]);
        };
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.TpHash = SeqHelpers.Unhashable;

        t.AddMethod("get", (ts, self, args, kw) =>
        {
            Args.Range("get", args, kw, 1, 2);
            return ((PyDict)self).GetItem(ts, args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Value);
        });
        t.AddMethod("setdefault", (ts, self, args, kw) =>
        {
            Args.Range("setdefault", args, kw, 1, 2);
            return ((PyDict)self).SetDefault(ts, args[0], args.Length > 1 ? args[1] : PyNone.Value);
        });
        t.AddMethod("pop", (ts, self, args, kw) =>
        {
            Args.Range("pop", args, kw, 1, 2);
            // An empty dict answers without hashing the key (CPython's dict_pop_default fast path).
            var v = ((PyDict)self).Count == 0 ? null : ((PyDict)self).Pop(ts, args[0]);
            if (v != null) return v;
            if (args.Length > 1) return args[1];
            throw PyErr.KeyError(args[0]);
        });
        t.AddMethod("popitem", (ts, self, args, kw) =>
        {
            if (!((PyDict)self).PopLast(out var k, out var v)) throw PyErr.New(PyExc.KeyError, "popitem(): dictionary is empty");
            return new PyTuple([k, v]);
        });
        t.AddMethod("update", (ts, self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos > 1) throw PyErr.TypeError($"update expected at most 1 argument, got {npos}");
            var d = (PyDict)self;
            if (npos == 1) Update(ts, d, args[0]);
            for (int i = 0; i < nkw; i++) d.SetItem(ts, kw!.Items[i], args[npos + i]);
            return PyNone.Value;
        });
        t.AddMethod("clear", (ts, self, args, kw) => { ((PyDict)self).Clear(); return PyNone.Value; });
        t.AddMethod("copy", (ts, self, args, kw) => ((PyDict)self).Copy());
        t.AddMethod("keys", (ts, self, args, kw) => { Args.Exact("dict.keys", args, kw, 0); return new PyDictView((PyDict)self, DictIterKind.Keys); });
        t.AddMethod("values", (ts, self, args, kw) => { Args.Exact("dict.values", args, kw, 0); return new PyDictView((PyDict)self, DictIterKind.Values); });
        t.AddMethod("items", (ts, self, args, kw) => { Args.Exact("dict.items", args, kw, 0); return new PyDictView((PyDict)self, DictIterKind.Items); });
        t.AddMethod("__reversed__", (ts, self, args, kw) => new PyDictReverseIterator((PyDict)self, DictIterKind.Keys));
        t.AddMethod("__sizeof__", (ts, self, args, kw) => PyInt.From(48 + 24L * ((PyDict)self).Count));
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
        t.AddClassMethod("fromkeys", (ts, self, args, kw) =>
        {
            // Clinic names the class in the keyword message only: "dict.fromkeys() takes no keyword arguments".
            Args.NoKeywords("dict.fromkeys", kw);
            Args.Range("fromkeys", args, kw, 1, 2);
            var d = Ops.Call(ts, self);
            var v = args.Length > 1 ? args[1] : PyNone.Value;
            if (d is PyDict nd && PyType.IsExact(nd, BuiltinTypes.Dict))
            {
                if (args[0] is PyDict src && PyType.IsExact(src, BuiltinTypes.Dict))
                {
                    foreach (var (k, h, _) in src.EnumerateWithHash()) nd.InsertKnownHash(ts, k, h, v);
                    return nd;
                }
                if (args[0] is PySet ss)
                {
                    int p = 0;
                    while ((p = ss.NextEntry(p, out var k, out var h)) >= 0) { p++; nd.InsertKnownHash(ts, k, h, v); }
                    return nd;
                }
            }
            var it = Ops.GetIter(ts, args[0]);
            while (Ops.Next(ts, it) is { } k) Ops.SetItem(ts, d, k, v);
            return d;
        });
    }

    private static PyObject Repr(ThreadState ts, PyObject o)
    {
        var d = (PyDict)o;
        if (d.Count == 0) return PyStr.From("{}");
        if (!ts.ReprEnter(o)) return PyStr.From("{...}");
        try
        {
            var sb = new StringBuilder("{");
            bool first = true;
            int pos = 0;
            // Position-based walk: a repr that mutates the dict cannot crash it (like PyDict_Next).
            while ((pos = d.NextEntry(pos, out var k, out var v)) >= 0)
            {
                pos++;
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(ts, k).Value).Append(": ").Append(Ops.Repr(ts, v).Value);
            }
            return PyStr.From(sb.Append('}').ToString());
        }
        finally { ts.ReprLeave(o); }
    }

    /// <summary>dict.update(other): a mapping (has keys()) or an iterable of pairs.</summary>
    internal static void Update(ThreadState ts, PyDict d, PyObject other)
    {
        if (other is PyDict od && PyType.IsExact(od, BuiltinTypes.Dict))
        {
            if (ReferenceEquals(od, d)) return;
            int pos = 0, size = od.Count;
            while ((pos = od.NextEntry(pos, out var k, out long h, out var v)) >= 0)
            {
                pos++;
                d.InsertKnownHash(ts, k, h, v);
                // Comparing keys runs Python code, which may change the source (CPython's dict_merge).
                if (od.Count != size) throw PyErr.RuntimeError("dict mutated during update");
            }
            return;
        }
        if (Ops.TryGetAttr(ts, other, Names.keys, out var keys))
        {
            var it = Ops.GetIter(ts, Ops.Call(ts, keys!));
            while (Ops.Next(ts, it) is { } k) d.SetItem(ts, k, Ops.GetItem(ts, other, k));
            return;
        }
        var pairs = Ops.GetIter(ts, other);
        int idx = 0;
        while (Ops.Next(ts, pairs) is { } p)
        {
            PyObject[] kv;
            if (PyType.IsExact(p, BuiltinTypes.Tuple)) kv = ((PyTuple)p).Items;
            else if (PyType.IsExact(p, BuiltinTypes.List)) kv = ((PyList)p).ToArray();
            else kv = UpdateElement(ts, p, idx);
            if (kv.Length != 2)
                throw PyErr.ValueError($"dictionary update sequence element #{idx} has length {kv.Length}; 2 is required");
            d.SetItem(ts, kv[0], kv[1]);
            idx++;
        }
    }

    /// <summary>
    /// One element of dict(iterable) that is not an exact tuple or list, as a sequence: CPython 3.14's
    /// PySequence_Fast(item, "object is not iterable"), with a note naming the element on any TypeError.
    /// </summary>
    private static PyObject[] UpdateElement(ThreadState ts, PyObject item, int idx)
    {
        try
        {
            PyObject it;
            try { it = Ops.GetIter(ts, item); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError)) { throw PyErr.TypeError("object is not iterable"); }
            var items = new List<PyObject>(2);
            while (Ops.Next(ts, it) is { } x) items.Add(x);
            return [.. items];
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            e.Value.AddNote($"Cannot convert dictionary update sequence element #{idx} to a sequence");
            throw;
        }
    }
}
