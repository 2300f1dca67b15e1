using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>dict_keys, dict_values and dict_items: live views of a dict.</summary>
public sealed class PyDictView : PyObject
{
    public readonly PyDict Dict;
    public readonly DictIterKind Kind;

    public PyDictView(PyDict dict, DictIterKind kind) : base(DictViews.TypeFor(kind))
    {
        Dict = dict;
        Kind = kind;
    }
}

/// <summary>dict_reversekeyiterator and friends.</summary>
public sealed class PyDictReverseIterator : PyObject
{
    private readonly PyDict _dict;
    private readonly DictIterKind _kind;
    private int _used;
    private int _pos;
    private int _len;

    public PyDictReverseIterator(PyDict dict, DictIterKind kind)
        : base(kind == DictIterKind.Keys ? DictViews.ReverseKeyIterator : kind == DictIterKind.Values ? DictViews.ReverseValueIterator : DictViews.ReverseItemIterator)
    {
        _dict = dict;
        _kind = kind;
        _used = dict.Count;
        _len = dict.Count;
        _pos = dict.EntryEnd - 1;
    }

    public PyObject? Next()
    {
        if (_pos < 0) return null;
        if (_dict.Count != _used)
        {
            _used = -1; // sticky, as CPython's di_used = -1: every later call raises too
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        int i = _dict.PrevEntry(_pos, out var k, out var v);
        if (i < 0 || _len == 0) { _pos = -1; return null; }
        _pos = i - 1;
        _len--;
        return _kind switch
        {
            DictIterKind.Keys => k,
            DictIterKind.Values => v,
            _ => new PyTuple([k, v]),
        };
    }

    public int LengthHint => _pos < 0 || _dict.Count != _used ? 0 : _len;

    internal List<PyObject> RemainingItems()
    {
        var r = new List<PyObject>();
        if (_pos < 0 || _dict.Count != _used) return r;
        int pos = _pos, len = _len;
        while (len > 0)
        {
            int i = _dict.PrevEntry(pos, out var k, out var v);
            if (i < 0) break;
            pos = i - 1;
            len--;
            r.Add(_kind switch { DictIterKind.Keys => k, DictIterKind.Values => v, _ => new PyTuple([k, v]) });
        }
        return r;
    }
}

/// <summary>The behaviour of the dict views and their reverse iterators.</summary>
public static class DictViews
{
    public static readonly PyType Keys = BuiltinTypes.CreateStatic("dict_keys", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType Values = BuiltinTypes.CreateStatic("dict_values", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType Items = BuiltinTypes.CreateStatic("dict_items", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ReverseKeyIterator = BuiltinTypes.CreateStatic("dict_reversekeyiterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ReverseValueIterator = BuiltinTypes.CreateStatic("dict_reversevalueiterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ReverseItemIterator = BuiltinTypes.CreateStatic("dict_reverseitemiterator", BuiltinTypes.Object, subclassable: false);

    public static IEnumerable<PyType> All => [Keys, Values, Items, ReverseKeyIterator, ReverseValueIterator, ReverseItemIterator];

    internal static PyType TypeFor(DictIterKind kind) => kind switch
    {
        DictIterKind.Keys => Keys,
        DictIterKind.Values => Values,
        _ => Items,
    };

    internal static void Init()
    {
        foreach (var t in new[] { Keys, Values, Items })
        {
            t.MpLength = (ts, o) => ((PyDictView)o).Dict.Count;
            t.TpIter = (ts, o) => new PyDictIterator(((PyDictView)o).Dict, ((PyDictView)o).Kind);
            t.TpRepr = Repr;
            t.AddMethod("__reversed__", (ts, self, args, kw) => new PyDictReverseIterator(((PyDictView)self).Dict, ((PyDictView)self).Kind));
            t.AddGetSet("mapping", (ts, o) => new PyMappingProxy(((PyDictView)o).Dict));
        }
        Values.SqContains = (ts, o, x) => Ops.ContainsByIteration(ts, o, x);
        Keys.SqContains = (ts, o, k) => ((PyDictView)o).Dict.ContainsKey(ts, k);
        Items.SqContains = (ts, o, item) =>
        {
            if (item is not PyTuple { Count: 2 } tup) return false;
            var v = ((PyDictView)o).Dict.GetItem(ts, tup[0]);
            return v != null && Ops.RichCompareBool(ts, v, tup[1], CompareOp.Eq);
        };
        foreach (var t in new[] { Keys, Items })
        {
            t.TpRichCompare = RichCompare;
            t.TpHash = SeqHelpers.Unhashable;
            t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
            t.NbBinary[(int)BinOp.Sub] = (ts, a, b) =>
            {
                var r = ToSet(ts, a);
                SetType.DifferenceUpdate(ts, r, b);
                return r;
            };
            t.NbBinary[(int)BinOp.Or] = (ts, a, b) =>
            {
                var r = ToSet(ts, a);
                r.Update(ts, b);
                return r;
            };
            t.NbBinary[(int)BinOp.Xor] = (ts, a, b) =>
            {
                var r = ToSet(ts, a);
                SetType.SymmetricDifferenceUpdate(ts, r, b);
                return r;
            };
            t.NbBinary[(int)BinOp.And] = Intersect;
            t.AddMethod("isdisjoint", (ts, self, args, kw) =>
            {
                Args.Exact("isdisjoint", args, kw, 1);
                var other = args[0];
                if (ReferenceEquals(self, other)) return PyBool.From(((PyDictView)self).Dict.Count == 0);
                PyObject small = self, big = other;
                if ((other is PySet || other is PyDictView) && Ops.Length(ts, other) < Ops.Length(ts, self))
                {
                    small = other;
                    big = self;
                }
                var it = Ops.GetIter(ts, small);
                while (Ops.Next(ts, it) is { } x)
                    if (Ops.Contains(ts, big, x)) return PyBool.False;
                return PyBool.True;
            });
        }
        foreach (var t in new[] { ReverseKeyIterator, ReverseValueIterator, ReverseItemIterator })
        {
            t.TpIter = (ts, o) => o;
            t.TpIterNext = (ts, o) => ((PyDictReverseIterator)o).Next();
            t.AddMethod("__length_hint__", (ts, self, args, kw) => PyInt.From(((PyDictReverseIterator)self).LengthHint));
            IteratorTypes.AddPickling(t, (ts, o) => IteratorTypes.ReduceToList(ts, ((PyDictReverseIterator)o).RemainingItems()), null, null);
        }
    }

    private static PySet ToSet(ThreadState ts, PyObject o)
    {
        var s = new PySet();
        s.Update(ts, o);
        return s;
    }

    /// <summary>_PyDictView_Intersect: iterate the other operand, keep what the view contains.</summary>
    private static PyObject Intersect(ThreadState ts, PyObject a, PyObject b)
    {
        PyObject self = a, other = b;
        if (a is not PyDictView { Kind: not DictIterKind.Values }) { self = b; other = a; }
        long lenSelf = ((PyDictView)self).Dict.Count;
        if (other is PySet os && PyType.IsExact(os, BuiltinTypes.Set) && lenSelf <= os.Count)
            return SetType.Intersection(ts, os, self);
        if (other is PyDictView ov && ov.Kind != DictIterKind.Values && ov.Dict.Count > lenSelf)
            (self, other) = (other, self);
        var result = new PySet();
        var it = Ops.GetIter(ts, other);
        while (Ops.Next(ts, it) is { } x)
            if (Ops.Contains(ts, self, x)) result.Add(ts, x);
        return result;
    }

    private static PyObject RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PySet && b is not PyDictView { Kind: not DictIterKind.Values }) return PyNotImplemented.Value;
        long la = Ops.Length(ts, a), lb = Ops.Length(ts, b);
        bool ok = false;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                if (la == lb) ok = AllContainedIn(ts, a, b);
                if (op == CompareOp.Ne) ok = !ok;
                break;
            case CompareOp.Lt: if (la < lb) ok = AllContainedIn(ts, a, b); break;
            case CompareOp.Le: if (la <= lb) ok = AllContainedIn(ts, a, b); break;
            case CompareOp.Gt: if (la > lb) ok = AllContainedIn(ts, b, a); break;
            case CompareOp.Ge: if (la >= lb) ok = AllContainedIn(ts, b, a); break;
        }
        return PyBool.From(ok);
    }

    private static bool AllContainedIn(ThreadState ts, PyObject self, PyObject other)
    {
        var it = Ops.GetIter(ts, self);
        while (Ops.Next(ts, it) is { } x)
            if (!Ops.Contains(ts, other, x)) return false;
        return true;
    }

    private static PyObject Repr(ThreadState ts, PyObject o)
    {
        var v = (PyDictView)o;
        var name = o.ObType.Name;
        if (!ts.ReprEnter(o)) return PyStr.From("...");
        try
        {
            var sb = new StringBuilder(name).Append("([");
            var it = new PyDictIterator(v.Dict, v.Kind);
            bool first = true;
            while (it.Next() is { } x)
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(ts, x).Value);
            }
            return PyStr.From(sb.Append("])").ToString());
        }
        finally { ts.ReprLeave(o); }
    }
}
