using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The behaviour of set and frozenset (CPython's Objects/setobject.c).</summary>
public static class SetType
{
    public static readonly PyType IteratorType = BuiltinTypes.CreateStatic("set_iterator", BuiltinTypes.Object, subclassable: false);

    internal static void Init()
    {
        var set = BuiltinTypes.Set;
        var fs = BuiltinTypes.FrozenSet;
        foreach (var t in new[] { set, fs })
        {
            t.TpRepr = Repr;
            t.MpLength = (ts, o) => ((PySet)o).Count;
            t.TpIter = (ts, o) => new PySetIterator((PySet)o);
            t.SqContains = (ts, o, k) => ((PySet)o).Contains(ts, k);
            t.TpRichCompare = RichCompare;
            t.NbBinary[(int)BinOp.Or] = (ts, a, b) => a is PySet x && b is PySet y ? Union(ts, x, [y]) : PyNotImplemented.Value;
            t.NbBinary[(int)BinOp.And] = (ts, a, b) => a is PySet x && b is PySet y ? Intersection(ts, x, y) : PyNotImplemented.Value;
            t.NbBinary[(int)BinOp.Sub] = (ts, a, b) => a is PySet x && b is PySet y ? Difference(ts, x, y) : PyNotImplemented.Value;
            t.NbBinary[(int)BinOp.Xor] = (ts, a, b) => a is PySet x && b is PySet y ? SymmetricDifference(ts, x, y) : PyNotImplemented.Value;
            t.InstanceFactory = cls => new PySetSub(cls);
            InitCommonMethods(t);
        }
        IteratorType.TpIter = (ts, o) => o;
        IteratorType.TpIterNext = (ts, o) => ((PySetIterator)o).Next();
        IteratorType.AddMethod("__length_hint__", (ts, self, args, kw) => PyInt.From(((PySetIterator)self).LengthHint));
        IteratorTypes.AddPickling(IteratorType, (ts, o) => IteratorTypes.ReduceToList(ts, ((PySetIterator)o).RemainingItems()), null, null);

        // set
        set.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        set.TpHash = SeqHelpers.Unhashable;
        set.SetNew((ts, cls, args, kw) =>
        {
            if (ReferenceEquals(cls, BuiltinTypes.Set)) Args.NoKeywords("set", kw);
            return PySet.NewOfType(cls);
        });
        set.TpInit = (ts, self, args, kw) =>
        {
            Args.NoKeywords("set", kw);
            if (args.Length > 1) throw PyErr.TypeError($"{self.ObType.Name} expected at most 1 argument, got {args.Length}");
            var s = (PySet)self;
            if (s.Count > 0) s.Clear();
            if (args.Length == 1) s.Update(ts, args[0]);
        };
        set.NbInplace[(int)BinOp.Or] = (ts, a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Value;
            ((PySet)a).Update(ts, b);
            return a;
        };
        set.NbInplace[(int)BinOp.And] = (ts, a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Value;
            var s = (PySet)a;
            s.SwapBodies(Intersection(ts, s, b));
            return a;
        };
        set.NbInplace[(int)BinOp.Sub] = (ts, a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Value;
            DifferenceUpdate(ts, (PySet)a, b);
            return a;
        };
        set.NbInplace[(int)BinOp.Xor] = (ts, a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Value;
            SymmetricDifferenceUpdate(ts, (PySet)a, b);
            return a;
        };
        set.AddMethod("add", (ts, self, args, kw) =>
        {
            Args.Exact("set.add", args, kw, 1);
            ((PySet)self).Add(ts, args[0]);
            return PyNone.Value;
        });
        set.AddMethod("discard", (ts, self, args, kw) =>
        {
            Args.Exact("set.discard", args, kw, 1);
            ((PySet)self).Discard(ts, args[0]);
            return PyNone.Value;
        });
        set.AddMethod("remove", (ts, self, args, kw) =>
        {
            Args.Exact("set.remove", args, kw, 1);
            if (!((PySet)self).Discard(ts, args[0])) throw PyErr.KeyError(args[0]);
            return PyNone.Value;
        });
        set.AddMethod("pop", (ts, self, args, kw) =>
        {
            Args.Exact("set.pop", args, kw, 0);
            return ((PySet)self).PopAny() ?? throw PyErr.New(PyExc.KeyError, "pop from an empty set");
        });
        set.AddMethod("clear", (ts, self, args, kw) =>
        {
            Args.Exact("set.clear", args, kw, 0);
            ((PySet)self).Clear();
            return PyNone.Value;
        });
        set.AddMethod("update", (ts, self, args, kw) =>
        {
            Args.NoKeywords("set.update", kw);
            foreach (var o in args) ((PySet)self).Update(ts, o);
            return PyNone.Value;
        });
        set.AddMethod("intersection_update", (ts, self, args, kw) =>
        {
            Args.NoKeywords("set.intersection_update", kw);
            var s = (PySet)self;
            s.SwapBodies(IntersectionMulti(ts, s, args));
            return PyNone.Value;
        });
        set.AddMethod("difference_update", (ts, self, args, kw) =>
        {
            Args.NoKeywords("set.difference_update", kw);
            foreach (var o in args) DifferenceUpdate(ts, (PySet)self, o);
            return PyNone.Value;
        });
        set.AddMethod("symmetric_difference_update", (ts, self, args, kw) =>
        {
            Args.Exact("set.symmetric_difference_update", args, kw, 1);
            SymmetricDifferenceUpdate(ts, (PySet)self, args[0]);
            return PyNone.Value;
        });

        // frozenset
        fs.TpHash = (ts, o) =>
        {
            var s = (PySet)o;
            // A frozenset may be shared by reference between interpreters (DESIGN §5): one 64-bit
            // field, read and published with Volatile, so no thread sees a torn or reordered hash.
            long h = Volatile.Read(ref s.CachedHash);
            if (h != -1) return h;
            h = s.ComputeFrozenHash();
            Volatile.Write(ref s.CachedHash, h);
            return h;
        };
        fs.SetNew((ts, cls, args, kw) =>
        {
            if (ReferenceEquals(cls, BuiltinTypes.FrozenSet) || ReferenceEquals(cls.TpInit, BuiltinTypes.FrozenSet.TpInit))
                Args.NoKeywords("frozenset", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyErr.TypeError($"{cls.Name} expected at most 1 argument, got {npos}");
            if (npos == 1 && ReferenceEquals(cls, BuiltinTypes.FrozenSet) && PyType.IsExact(args[0], BuiltinTypes.FrozenSet))
                return args[0];
            var s = PySet.NewOfType(cls);
            if (npos == 1) s.Update(ts, args[0]);
            return s;
        });
    }

    private static void InitCommonMethods(PyType t)
    {
        string n = t.Name;
        t.AddMethod("copy", (ts, self, args, kw) =>
        {
            Args.Exact($"{n}.copy", args, kw, 0);
            var s = (PySet)self;
            if (PyType.IsExact(s, BuiltinTypes.FrozenSet)) return s;
            return CopyBase(ts, s);
        });
        t.AddMethod("union", (ts, self, args, kw) =>
        {
            Args.NoKeywords($"{n}.union", kw);
            return Union(ts, (PySet)self, args);
        });
        t.AddMethod("intersection", (ts, self, args, kw) =>
        {
            Args.NoKeywords($"{n}.intersection", kw);
            return IntersectionMulti(ts, (PySet)self, args);
        });
        t.AddMethod("difference", (ts, self, args, kw) =>
        {
            Args.NoKeywords($"{n}.difference", kw);
            var s = (PySet)self;
            if (args.Length == 0) return CopyBase(ts, s);
            if (args.Length == 1) return Difference(ts, s, args[0]);
            var r = CopyBase(ts, s);
            foreach (var o in args) DifferenceUpdate(ts, r, o);
            return r;
        });
        t.AddMethod("symmetric_difference", (ts, self, args, kw) =>
        {
            Args.Exact($"{n}.symmetric_difference", args, kw, 1);
            return SymmetricDifference(ts, (PySet)self, args[0]);
        });
        t.AddMethod("issubset", (ts, self, args, kw) =>
        {
            Args.Exact($"{n}.issubset", args, kw, 1);
            return PyBool.From(IsSubset(ts, (PySet)self, args[0]));
        });
        t.AddMethod("issuperset", (ts, self, args, kw) =>
        {
            Args.Exact($"{n}.issuperset", args, kw, 1);
            return PyBool.From(IsSuperset(ts, (PySet)self, args[0]));
        });
        t.AddMethod("isdisjoint", (ts, self, args, kw) =>
        {
            Args.Exact($"{n}.isdisjoint", args, kw, 1);
            return PyBool.From(IsDisjoint(ts, (PySet)self, args[0]));
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var state = self is IHasDict { Dict: { Count: > 0 } d } ? (PyObject)d : PyNone.Value;
            return new PyTuple([self.ObType, new PyTuple([new PyList(((PySet)self).ToArray())]), state]);
        });
        t.AddMethod("__sizeof__", (ts, self, args, kw) => PyInt.From(200 + 16L * ((PySet)self).Count));
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
    }

    private static PyObject Repr(ThreadState ts, PyObject o)
    {
        var s = (PySet)o;
        var name = o.ObType.Name;
        if (!ts.ReprEnter(o)) return PyStr.From(name + "(...)");
        try
        {
            if (s.Count == 0) return PyStr.From(name + "()");
            var items = s.ToArray();
            bool exact = PyType.IsExact(o, BuiltinTypes.Set);
            var sb = new StringBuilder();
            sb.Append(exact ? "{" : name + "({");
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(ts, items[i]).Value);
            }
            sb.Append(exact ? "}" : "})");
            return PyStr.From(sb.ToString());
        }
        finally { ts.ReprLeave(o); }
    }

    private static PyObject RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PySet v || b is not PySet w) return PyNotImplemented.Value;
        switch (op)
        {
            case CompareOp.Eq:
                if (v.Count != w.Count) return PyBool.False;
                if (v.CachedHash != -1 && w.CachedHash != -1 && v.CachedHash != w.CachedHash) return PyBool.False;
                return PyBool.From(IsSubset(ts, v, w));
            case CompareOp.Ne:
                if (v.Count != w.Count) return PyBool.True;
                if (v.CachedHash != -1 && w.CachedHash != -1 && v.CachedHash != w.CachedHash) return PyBool.True;
                return PyBool.From(!IsSubset(ts, v, w));
            case CompareOp.Le: return PyBool.From(IsSubset(ts, v, w));
            case CompareOp.Ge: return PyBool.From(IsSubset(ts, w, v));
            case CompareOp.Lt: return PyBool.From(v.Count < w.Count && IsSubset(ts, v, w));
            default: return PyBool.From(v.Count > w.Count && IsSubset(ts, w, v));
        }
    }

    /// <summary>A new set of the left operand's base kind (set or frozenset), like make_new_set_basetype.</summary>
    private static PySet NewBase(PySet like) => PySet.NewExact(!like.ObType.IsSubtype(BuiltinTypes.Set));

    private static PySet CopyBase(ThreadState ts, PySet s)
    {
        var r = NewBase(s);
        r.Merge(ts, s);
        return r;
    }

    public static PySet Union(ThreadState ts, PySet s, ReadOnlySpan<PyObject> others)
    {
        var r = CopyBase(ts, s);
        foreach (var o in others)
            if (!ReferenceEquals(o, s)) r.Update(ts, o);
        return r;
    }

    public static PySet Intersection(ThreadState ts, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return CopyBase(ts, so);
        var result = NewBase(so);
        if (other is PySet os)
        {
            PySet small = os, big = so;
            if (os.Count > so.Count) { small = so; big = os; }
            int pos = 0;
            while ((pos = small.NextEntry(pos, out var key, out var hash)) >= 0)
            {
                pos++;
                if (big.ContainsEntry(ts, key, hash)) result.AddEntry(ts, key, hash);
            }
            return result;
        }
        var it = Ops.GetIter(ts, other);
        while (Ops.Next(ts, it) is { } x)
        {
            long h = PySet.HashOf(ts, x);
            if (so.ContainsEntry(ts, x, h)) result.AddEntry(ts, x, h);
        }
        return result;
    }

    private static PySet IntersectionMulti(ThreadState ts, PySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return CopyBase(ts, so);
        var result = so;
        foreach (var o in others) result = Intersection(ts, result, o);
        if (ReferenceEquals(result, so)) result = CopyBase(ts, so);
        return result;
    }

    public static PySet Difference(ThreadState ts, PySet so, PyObject other)
    {
        int otherSize;
        if (other is PySet os) otherSize = os.Count;
        else if (other is PyDict d && PyType.IsExact(d, BuiltinTypes.Dict)) otherSize = d.Count;
        else
        {
            var c = CopyBase(ts, so);
            DifferenceUpdate(ts, c, other);
            return c;
        }
        if ((so.Count >> 2) > otherSize)
        {
            var c = CopyBase(ts, so);
            DifferenceUpdate(ts, c, other);
            return c;
        }
        var result = NewBase(so);
        int pos = 0;
        while ((pos = so.NextEntry(pos, out var key, out var hash)) >= 0)
        {
            pos++;
            bool found = other is PySet o2 ? o2.ContainsEntry(ts, key, hash) : ((PyDict)other).ContainsKnownHash(ts, key, hash);
            if (!found) result.AddEntry(ts, key, hash);
        }
        return result;
    }

    public static void DifferenceUpdate(ThreadState ts, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) { so.Clear(); return; }
        if (other is PySet os)
        {
            if ((os.Count >> 3) > so.Count) os = Intersection(ts, so, os);
            foreach (var (key, hash) in Entries(os)) so.DiscardEntry(ts, key, hash);
        }
        else
        {
            var it = Ops.GetIter(ts, other);
            while (Ops.Next(ts, it) is { } x) so.Discard(ts, x);
        }
        so.CompactIfSparse();
    }

    public static PySet SymmetricDifference(ThreadState ts, PySet so, PyObject other)
    {
        var result = NewBase(so);
        result.Update(ts, other);
        SymmetricDifferenceUpdate(ts, result, so);
        return result;
    }

    public static void SymmetricDifferenceUpdate(ThreadState ts, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) { so.Clear(); return; }
        PySet os;
        if (other is PySet s) os = s;
        else
        {
            os = NewBase(so);
            os.Update(ts, other);
        }
        foreach (var (key, hash) in Entries(os))
            if (!so.DiscardEntry(ts, key, hash)) so.AddEntry(ts, key, hash);
    }

    /// <summary>A snapshot of (key, hash) pairs, so callers may mutate other sets while walking it.</summary>
    private static (PyObject, long)[] Entries(PySet s)
    {
        var a = new (PyObject, long)[s.Count];
        int n = 0, pos = 0;
        while (n < a.Length && (pos = s.NextEntry(pos, out var key, out var hash)) >= 0)
        {
            a[n++] = (key, hash);
            pos++;
        }
        return a;
    }

    public static bool IsSubset(ThreadState ts, PySet so, PyObject other)
    {
        if (other is not PySet os)
        {
            os = PySet.NewExact(false);
            os.Update(ts, other);
        }
        if (so.Count > os.Count) return false;
        int pos = 0;
        while ((pos = so.NextEntry(pos, out var key, out var hash)) >= 0)
        {
            pos++;
            if (!os.ContainsEntry(ts, key, hash)) return false;
        }
        return true;
    }

    public static bool IsSuperset(ThreadState ts, PySet so, PyObject other)
    {
        if (other is PySet os) return IsSubset(ts, os, so);
        var it = Ops.GetIter(ts, other);
        while (Ops.Next(ts, it) is { } x)
            if (!so.Contains(ts, x)) return false;
        return true;
    }

    public static bool IsDisjoint(ThreadState ts, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Count == 0;
        if (other is PySet os)
        {
            PySet small = so, big = os;
            if (os.Count < so.Count) { small = os; big = so; }
            int pos = 0;
            while ((pos = small.NextEntry(pos, out var key, out var hash)) >= 0)
            {
                pos++;
                if (big.ContainsEntry(ts, key, hash)) return false;
            }
            return true;
        }
        var it = Ops.GetIter(ts, other);
        while (Ops.Next(ts, it) is { } x)
            if (so.Contains(ts, x)) return false;
        return true;
    }
}
