using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// collections.deque (CPython's Modules/_collectionsmodule.c): a ring buffer with an optional maxlen.
/// <see cref="State"/> changes on every structural mutation so iterators can detect them.
/// </summary>
public sealed class PyDeque : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("deque", BuiltinTypes.Object, "collections");
    public static readonly PyType IteratorType = BuiltinTypes.CreateStatic("_deque_iterator", BuiltinTypes.Object, "_collections", subclassable: false);
    public static readonly PyType ReverseIteratorType = BuiltinTypes.CreateStatic("_deque_reverse_iterator", BuiltinTypes.Object, "_collections", subclassable: false);

    private PyObject[] _items = new PyObject[8];
    private int _head;
    public int Count;
    /// <summary>-1: unbounded.</summary>
    public long MaxLen = -1;
    public long State;
    public PyDict? Dict { get; set; }

    public PyDeque(PyType type) : base(type)
    {
        if (type.IsHeapType) Dict = new PyDict();
    }

    public PyObject this[int i]
    {
        get => _items[(_head + i) & (_items.Length - 1)];
        set => _items[(_head + i) & (_items.Length - 1)] = value;
    }

    private void Grow()
    {
        var n = new PyObject[_items.Length * 2];
        for (int i = 0; i < Count; i++) n[i] = this[i];
        _items = n;
        _head = 0;
    }

    public void AppendRight(PyObject x)
    {
        if (MaxLen == 0) return;
        if (Count == _items.Length) Grow();
        this[Count] = x;
        Count++;
        State++;
        if (MaxLen >= 0 && Count > MaxLen) PopLeft();
    }

    public void AppendLeft(PyObject x)
    {
        if (MaxLen == 0) return;
        if (Count == _items.Length) Grow();
        _head = (_head - 1) & (_items.Length - 1);
        _items[_head] = x;
        Count++;
        State++;
        if (MaxLen >= 0 && Count > MaxLen) PopRight();
    }

    public PyObject PopRight()
    {
        if (Count == 0) throw PyErr.IndexError("pop from an empty deque");
        Count--;
        var x = this[Count];
        this[Count] = null!;
        State++;
        return x;
    }

    public PyObject PopLeft()
    {
        if (Count == 0) throw PyErr.IndexError("pop from an empty deque");
        var x = _items[_head];
        _items[_head] = null!;
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        State++;
        return x;
    }

    public void Clear()
    {
        _items = new PyObject[8];
        _head = 0;
        Count = 0;
        State++;
    }

    public PyObject[] ToArray()
    {
        var a = new PyObject[Count];
        for (int i = 0; i < Count; i++) a[i] = this[i];
        return a;
    }

    public void Rotate(long n)
    {
        if (Count <= 1) return;
        n %= Count;
        if (n < 0) n += Count;
        if (n == 0) return;
        var a = ToArray();
        for (int i = 0; i < Count; i++) this[(int)((i + n) % Count)] = a[i];
        State++;
    }

    /// <summary>Removes the item at position i (shifting the shorter side).</summary>
    public void RemoveAt(int i)
    {
        var a = ToArray();
        var list = new List<PyObject>(a);
        list.RemoveAt(i);
        Reset(list);
    }

    public void Insert(int i, PyObject x)
    {
        var list = new List<PyObject>(ToArray());
        list.Insert(i, x);
        Reset(list);
    }

    private void Reset(List<PyObject> list)
    {
        int cap = 8;
        while (cap < list.Count) cap *= 2;
        _items = new PyObject[cap];
        for (int i = 0; i < list.Count; i++) _items[i] = list[i];
        _head = 0;
        Count = list.Count;
        State++;
    }

    public void Extend(ThreadState ts, PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(ts, iterable);
        while (Ops.Next(ts, it) is { } x) AppendRight(x);
    }

    public void ExtendLeft(ThreadState ts, PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(ts, iterable);
        while (Ops.Next(ts, it) is { } x) AppendLeft(x);
    }

    /// <summary>An iterator over a deque; `reverse` walks from the right.</summary>
    private sealed class Iter(PyDeque d, bool reverse, int index = 0) : PyObject(reverse ? ReverseIteratorType : IteratorType)
    {
        readonly long _state = d.State;
        int _index = index;
        public PyObject? Next()
        {
            if (d.State != _state) throw PyErr.RuntimeError("deque mutated during iteration");
            if (_index >= d.Count) return null;
            var r = reverse ? d[d.Count - 1 - _index] : d[_index];
            _index++;
            return r;
        }
        public int Remaining => Math.Max(0, d.Count - _index);
    }

    private static PyDeque Self(PyObject o) => (PyDeque)o;

    private static long CheckedIndex(ThreadState ts, PyDeque d, PyObject key)
    {
        long i = Ops.IndexAsLong(ts, key);
        if (i < 0) i += d.Count;
        if (i < 0 || i >= d.Count) throw PyErr.IndexError("deque index out of range");
        return i;
    }

    private static PyDeque NewLike(ThreadState ts, PyDeque d, PyObject[] items)
    {
        if (PyType.IsExact(d, TypeObject))
        {
            var r = new PyDeque(TypeObject) { MaxLen = d.MaxLen };
            foreach (var x in items) r.AppendRight(x);
            return r;
        }
        var maxlen = d.MaxLen < 0 ? (PyObject)PyNone.Value : PyInt.From(d.MaxLen);
        var res = Ops.Call(ts, d.ObType, new PyList(items), maxlen);
        return res as PyDeque ?? throw PyErr.TypeError($"{d.ObType.Name}() must return a deque, not {res.ObType.Name}");
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyDeque(cls);
        t.SetNew((ts, cls, args, kw) => new PyDeque(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            var p = Args.Parse("deque", args, kw, ["iterable", "maxlen"], 0);
            var d = Self(self);
            long maxlen = -1;
            if (p[1] != null && p[1] is not PyNone)
            {
                maxlen = Ops.IndexAsLong(ts, p[1]!);
                if (maxlen < 0) throw PyErr.ValueError("maxlen must be non-negative");
            }
            d.MaxLen = maxlen;
            if (d.Count > 0) d.Clear();
            if (p[0] != null) d.Extend(ts, p[0]!);
        };
        t.TpRepr = (ts, o) =>
        {
            var d = Self(o);
            string name = o.ObType.Name;
            if (!ts.ReprEnter(o)) return PyStr.From("[...]");
            string inner;
            try { inner = SeqHelpers.ReprItems(ts, new PyList(), d.ToArray(), "[", "]"); }
            finally { ts.ReprLeave(o); }
            return PyStr.From(d.MaxLen >= 0 ? $"{name}({inner}, maxlen={d.MaxLen})" : $"{name}({inner})");
        };
        t.MpLength = (ts, o) => Self(o).Count;
        t.NbBool = (ts, o) => Self(o).Count > 0;
        t.TpIter = (ts, o) => new Iter(Self(o), false);
        t.TpHash = (ts, o) => throw PyErr.TypeError($"unhashable type: '{(PyType.IsExact(o, TypeObject) ? "collections.deque" : o.ObType.Name)}'");
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.SqContains = (ts, o, x) =>
        {
            var d = Self(o);
            long state = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                var item = d[i];
                if (ReferenceEquals(item, x) || Ops.RichCompareBool(ts, item, x, CompareOp.Eq)) return true;
                if (state != d.State) throw PyErr.RuntimeError("deque mutated during iteration");
            }
            return false;
        };
        t.MpSubscript = (ts, o, key) =>
        {
            var d = Self(o);
            if (key is PySlice || !Ops.HasIndex(key))
                throw PyErr.TypeError($"sequence index must be integer, not '{key.ObType.Name}'");
            return d[(int)CheckedIndex(ts, d, key)];
        };
        t.MpAssSubscript = (ts, o, key, v) =>
        {
            var d = Self(o);
            if (key is PySlice || !Ops.HasIndex(key))
                throw PyErr.TypeError($"sequence index must be integer, not '{key.ObType.Name}'");
            int i = (int)CheckedIndex(ts, d, key);
            if (v != null) d[i] = v;
            else d.RemoveAt(i);
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (a is not PyDeque x || b is not PyDeque y) return PyNotImplemented.Value;
            return SeqHelpers.Compare(ts, x.ToArray(), y.ToArray(), op);
        };
        t.SqConcat = (ts, a, b) =>
        {
            if (b is not PyDeque y)
                throw PyErr.TypeError($"can only concatenate deque (not \"{b.ObType.Name}\") to deque");
            var x = Self(a);
            var r = NewLike(ts, x, x.ToArray());
            foreach (var item in y.ToArray()) r.AppendRight(item);
            return r;
        };
        t.SqRepeat = (ts, a, n) =>
        {
            var x = Self(a);
            long count = Ops.IndexClamped(ts, n);
            var items = x.ToArray();
            var r = NewLike(ts, x, []);
            for (long k = 0; k < count && items.Length > 0; k++)
            {
                foreach (var item in items) r.AppendRight(item);
                if (r.MaxLen >= 0 && k * items.Length > r.MaxLen + items.Length) break;
            }
            return r;
        };
        t.NbInplace[(int)BinOp.Add] = (ts, a, b) =>
        {
            if (a is not PyDeque x) return PyNotImplemented.Value;
            x.Extend(ts, b);
            return x;
        };
        t.NbInplace[(int)BinOp.Mul] = (ts, a, b) =>
        {
            if (a is not PyDeque x || !Ops.HasIndex(b)) return PyNotImplemented.Value;
            long count = Ops.IndexClamped(ts, b);
            var items = x.ToArray();
            if (count <= 0) { x.Clear(); return x; }
            for (long k = 1; k < count && items.Length > 0; k++)
            {
                foreach (var item in items) x.AppendRight(item);
                if (x.MaxLen >= 0 && k * items.Length > x.MaxLen + items.Length) break;
            }
            return x;
        };

        t.AddGetSet("maxlen", (ts, o) => Self(o).MaxLen < 0 ? PyNone.Value : PyInt.From(Self(o).MaxLen));
        t.AddMethod("append", (ts, self, a, kw) => { Args.Exact("append", a, kw, 1); Self(self).AppendRight(a[0]); return PyNone.Value; });
        t.AddMethod("appendleft", (ts, self, a, kw) => { Args.Exact("appendleft", a, kw, 1); Self(self).AppendLeft(a[0]); return PyNone.Value; });
        t.AddMethod("pop", (ts, self, a, kw) => { Args.Exact("pop", a, kw, 0); return Self(self).PopRight(); });
        t.AddMethod("popleft", (ts, self, a, kw) => { Args.Exact("popleft", a, kw, 0); return Self(self).PopLeft(); });
        t.AddMethod("clear", (ts, self, a, kw) => { Args.Exact("clear", a, kw, 0); Self(self).Clear(); return PyNone.Value; });
        t.AddMethod("extend", (ts, self, a, kw) => { Args.Exact("extend", a, kw, 1); Self(self).Extend(ts, a[0]); return PyNone.Value; });
        t.AddMethod("extendleft", (ts, self, a, kw) => { Args.Exact("extendleft", a, kw, 1); Self(self).ExtendLeft(ts, a[0]); return PyNone.Value; });
        BuiltinMethod copy = (ts, self, a, kw) => { Args.Exact("copy", a, kw, 0); var d = Self(self); return NewLike(ts, d, d.ToArray()); };
        t.AddMethod("copy", copy);
        t.AddMethod("__copy__", copy);
        t.AddMethod("count", (ts, self, a, kw) =>
        {
            Args.Exact("count", a, kw, 1);
            var d = Self(self);
            long state = d.State, n = 0;
            for (int i = 0; i < d.Count; i++)
            {
                var item = d[i];
                if (ReferenceEquals(item, a[0]) || Ops.RichCompareBool(ts, item, a[0], CompareOp.Eq)) n++;
                if (state != d.State) throw PyErr.RuntimeError("deque mutated during iteration");
            }
            return PyInt.From(n);
        });
        t.AddMethod("index", (ts, self, a, kw) =>
        {
            Args.Range("index", a, kw, 1, 3);
            var d = Self(self);
            var (start, stop) = SeqHelpers.IndexBounds(ts, a, d.Count);
            long state = d.State;
            for (long i = start; i < stop && i < d.Count; i++)
            {
                var item = d[(int)i];
                if (ReferenceEquals(item, a[0]) || Ops.RichCompareBool(ts, item, a[0], CompareOp.Eq)) return PyInt.From(i);
                if (state != d.State) throw PyErr.RuntimeError("deque mutated during iteration");
            }
            throw PyErr.ValueError("deque.index(x): x not in deque");
        });
        t.AddMethod("insert", (ts, self, a, kw) =>
        {
            Args.Exact("insert", a, kw, 2);
            var d = Self(self);
            if (d.MaxLen >= 0 && d.Count >= d.MaxLen) throw PyErr.IndexError("deque already at its maximum size");
            long i = Ops.IndexClamped(ts, a[0]);
            if (i < 0) i = Math.Max(0, i + d.Count);
            if (i > d.Count) i = d.Count;
            d.Insert((int)i, a[1]);
            return PyNone.Value;
        });
        t.AddMethod("remove", (ts, self, a, kw) =>
        {
            Args.Exact("remove", a, kw, 1);
            var d = Self(self);
            long state = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                var item = d[i];
                bool eq = ReferenceEquals(item, a[0]) || Ops.RichCompareBool(ts, item, a[0], CompareOp.Eq);
                if (state != d.State) throw PyErr.IndexError("deque mutated during remove().");
                if (eq)
                {
                    d.RemoveAt(i);
                    return PyNone.Value;
                }
            }
            throw PyErr.ValueError("deque.remove(x): x not in deque");
        });
        t.AddMethod("reverse", (ts, self, a, kw) =>
        {
            Args.Exact("reverse", a, kw, 0);
            var d = Self(self);
            var items = d.ToArray();
            Array.Reverse(items);
            for (int i = 0; i < items.Length; i++) d[i] = items[i];
            d.State++;
            return PyNone.Value;
        });
        t.AddMethod("rotate", (ts, self, a, kw) =>
        {
            Args.Range("rotate", a, kw, 0, 1);
            long n = a.Length > 0 ? Ops.IndexClamped(ts, a[0]) : 1;
            Self(self).Rotate(n);
            return PyNone.Value;
        });
        t.AddMethod("__reversed__", (ts, self, a, kw) => new Iter(Self(self), true));
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            var d = Self(self);
            var state = d.Dict is { Count: > 0 } ? (PyObject)d.Dict : PyNone.Value;
            var ctorArgs = d.MaxLen < 0 ? new PyTuple([PyTuple.Empty]) : new PyTuple([PyTuple.Empty, PyInt.From(d.MaxLen)]);
            return new PyTuple([d.ObType, ctorArgs, state, new Iter(d, false)]);
        });
        t.AddMethod("__sizeof__", (ts, self, a, kw) => PyInt.From(64 + 8L * Self(self)._items.Length));
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);

        foreach (var it in new[] { IteratorType, ReverseIteratorType })
        {
            it.InstanceFactory = null;
            it.TpIter = (ts, o) => o;
            it.TpIterNext = (ts, o) => ((Iter)o).Next();
            it.AddMethod("__length_hint__", (ts, self, a, kw) => PyInt.From(((Iter)self).Remaining));
        }
        IteratorType.SetNew((ts, cls, args, kw) =>
        {
            Args.Range("_deque_iterator", args, kw, 1, 2);
            if (args[0] is not PyDeque d) throw PyErr.TypeError($"argument 1 must be collections.deque, not {PyErr.ArgTypeName(args[0])}");
            int index = args.Length > 1 ? (int)Math.Clamp(Ops.IndexClamped(ts, args[1]), 0, d.Count) : 0;
            return new Iter(d, false, index);
        });
    }
}
