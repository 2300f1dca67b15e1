using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The iterator types of the built-in containers (str_iterator, list_iterator, ...).</summary>
public static class IteratorTypes
{
    public static readonly PyType StrIterator = BuiltinTypes.CreateStatic("str_ascii_iterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ListIterator = BuiltinTypes.CreateStatic("list_iterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ListReverseIterator = BuiltinTypes.CreateStatic("list_reverseiterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType TupleIterator = BuiltinTypes.CreateStatic("tuple_iterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType DictKeyIterator = BuiltinTypes.CreateStatic("dict_keyiterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType DictValueIterator = BuiltinTypes.CreateStatic("dict_valueiterator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType DictItemIterator = BuiltinTypes.CreateStatic("dict_itemiterator", BuiltinTypes.Object, subclassable: false);

    internal static void Init()
    {
        Setup(StrIterator, (ts, o) => ((PyStrIterator)o).Next());
        Setup(ListIterator, (ts, o) => ((PyListIterator)o).Next());
        Setup(ListReverseIterator, (ts, o) => ((PyListReverseIterator)o).Next());
        Setup(TupleIterator, (ts, o) => ((PyTupleIterator)o).Next());
        Setup(DictKeyIterator, (ts, o) => ((PyDictIterator)o).Next());
        Setup(DictValueIterator, (ts, o) => ((PyDictIterator)o).Next());
        Setup(DictItemIterator, (ts, o) => ((PyDictIterator)o).Next());

        // Pickling support as in CPython: __reduce__ names builtins.iter/reversed over the container
        // (or over a list of what is left, for hash-ordered containers) plus an index for __setstate__.
        AddPickling(StrIterator, (ts, o) => ((PyStrIterator)o).Reduce(ts), (ts, o, st) => ((PyStrIterator)o).SetState(ts, st),
            o => ((PyStrIterator)o).LengthHint);
        AddPickling(ListIterator, (ts, o) => ((PyListIterator)o).Reduce(ts), (ts, o, st) => ((PyListIterator)o).SetState(AsCLong(ts, st)),
            o => ((PyListIterator)o).LengthHint);
        AddPickling(ListReverseIterator, (ts, o) => ((PyListReverseIterator)o).Reduce(ts), (ts, o, st) => ((PyListReverseIterator)o).SetState(AsCLong(ts, st)),
            o => ((PyListReverseIterator)o).LengthHint);
        AddPickling(TupleIterator, (ts, o) => ((PyTupleIterator)o).Reduce(ts), (ts, o, st) => ((PyTupleIterator)o).SetState(AsCLong(ts, st)),
            o => ((PyTupleIterator)o).LengthHint);
        foreach (var t in new[] { DictKeyIterator, DictValueIterator, DictItemIterator })
            AddPickling(t, (ts, o) => ReduceToList(ts, ((PyDictIterator)o).RemainingItems()), null, o => ((PyDictIterator)o).LengthHint);
    }

    internal static void AddPickling(PyType t, Func<ThreadState, PyObject, PyObject> reduce, Action<ThreadState, PyObject, PyObject>? setState,
        Func<PyObject, long>? lengthHint)
    {
        t.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact($"{t.Name}.__reduce__", args, kw, 0); return reduce(ts, self); });
        if (setState != null)
            t.AddMethod("__setstate__", (ts, self, args, kw) =>
            {
                Args.Exact($"{t.Name}.__setstate__", args, kw, 1);
                setState(ts, self, args[0]);
                return PyNone.Value;
            });
        if (lengthHint != null)
            t.AddMethod("__length_hint__", (ts, self, args, kw) => { Args.Exact($"{t.Name}.__length_hint__", args, kw, 0); return PyInt.From(lengthHint(self)); });
    }

    /// <summary>(iter, (list_of_remaining_items,)): how CPython pickles dict and set iterators.</summary>
    internal static PyObject ReduceToList(ThreadState ts, List<PyObject> items)
        => new PyTuple([Builtin(ts, "iter"), new PyTuple([new PyList(items.ToArray())])]);

    /// <summary>(iter, (seq,), index) for a live sequence iterator; (iter, ([],)) once it is exhausted.
    /// The builtin is looked up before the iterator's state is read (listiter_reduce_general): the
    /// lookup can run Python code (a builtins key's __eq__) that exhausts the iterator.</summary>
    internal static PyObject ReduceSeq(ThreadState ts, string builtin, Func<(PyObject? Seq, long Index)> state)
    {
        var fn = Builtin(ts, builtin);
        var (seq, index) = state();
        return seq != null
            ? new PyTuple([fn, new PyTuple([seq]), PyInt.From(index)])
            : new PyTuple([Builtin(ts, "iter"), new PyTuple([new PyList()])]);
    }

    private static void Setup(PyType t, IterNextFunc next)
    {
        t.TpIter = (ts, o) => o;
        t.TpIterNext = next;
    }

    /// <summary>_PyEval_GetBuiltin: the interpreter's builtins entry that __reduce__ results name
    /// (iter, reversed), so that unpickling rebuilds the iterator through them.</summary>
    internal static PyObject Builtin(ThreadState ts, string name) => Ops.GetBuiltin(ts, name);

    /// <summary>PyLong_AsLong: __index__, then OverflowError when the value does not fit.</summary>
    internal static long AsCLong(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        if (!i.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C long");
        return i.Small;
    }

    public static IEnumerable<PyType> All => [StrIterator, ListIterator, ListReverseIterator, TupleIterator, DictKeyIterator, DictValueIterator, DictItemIterator];
}

public sealed class PyListIterator(PyList list) : PyObject(IteratorTypes.ListIterator)
{
    private PyList? _list = list;
    private int _i;
    /// <summary>Made by GET_ITER for a loop: no Python code can reach it, so once FOR_ITER has run it to
    /// the end the thread keeps it for a later loop (<see cref="State.ThreadState.SpareListIterators"/>).</summary>
    internal bool LoopOwned;

    /// <summary>Starts a spare, exhausted loop iterator over <paramref name="list"/>.</summary>
    internal void Restart(PyList list)
    {
        _list = list;
        _i = 0;
    }

    public PyObject? Next()
    {
        var l = _list;
        if (l == null) return null;
        if (_i < l.Count) return l.Items[_i++];
        _list = null;
        return null;
    }

    public long LengthHint => _list != null && _i < _list.Count ? _list.Count - _i : 0;
    internal PyObject Reduce(ThreadState ts) => IteratorTypes.ReduceSeq(ts, "iter", () => (_list, _i));

    internal void SetState(long index)
    {
        if (_list == null) return;
        _i = (int)Math.Clamp(index, 0, _list.Count);
    }
}

public sealed class PyListReverseIterator(PyList list) : PyObject(IteratorTypes.ListReverseIterator)
{
    private PyList? _list = list;
    private int _i = list.Count - 1;

    public PyObject? Next()
    {
        var l = _list;
        if (l == null) return null;
        if (_i >= 0 && _i < l.Count) return l.Items[_i--];
        _list = null;
        return null;
    }

    public long LengthHint => _list != null && _i + 1 <= _list.Count ? _i + 1 : 0;
    internal PyObject Reduce(ThreadState ts) => IteratorTypes.ReduceSeq(ts, "reversed", () => (_list, _i));

    internal void SetState(long index)
    {
        if (_list == null) return;
        _i = (int)Math.Clamp(index, -1, _list.Count - 1);
    }
}

public sealed class PyTupleIterator(PyTuple t) : PyObject(IteratorTypes.TupleIterator)
{
    private readonly PyObject[] _items = t.Items;
    private PyTuple? _tuple = t;
    private int _i;

    public PyObject? Next()
    {
        if (_i < _items.Length) return _items[_i++];
        _tuple = null;
        return null;
    }

    public long LengthHint => _tuple != null ? _items.Length - _i : 0;
    internal PyObject Reduce(ThreadState ts)
    {
        var iter = IteratorTypes.Builtin(ts, "iter"); // first: see ReduceSeq
        return _tuple != null
            ? new PyTuple([iter, new PyTuple([_tuple]), PyInt.From(_i)])
            : new PyTuple([iter, new PyTuple([PyTuple.Empty])]);
    }

    internal void SetState(long index)
    {
        if (_tuple == null) return;
        _i = (int)Math.Clamp(index, 0, _items.Length);
    }
}

public enum DictIterKind { Keys, Values, Items }

public sealed class PyDictIterator : PyObject
{
    private readonly PyDict _dict;
    private readonly DictIterKind _kind;
    private int _size;
    private int _pos;
    private int _len;

    public PyDictIterator(PyDict dict, DictIterKind kind)
        : base(kind == DictIterKind.Keys ? IteratorTypes.DictKeyIterator : kind == DictIterKind.Values ? IteratorTypes.DictValueIterator : IteratorTypes.DictItemIterator)
    {
        _dict = dict;
        _kind = kind;
        _size = dict.Count;
        _len = dict.Count;
    }

    public PyObject? Next()
    {
        if (_pos < 0) return null;
        if (_dict.Count != _size)
        {
            _size = -1; // sticky, as CPython's di_used = -1: every later call raises too
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        int i = _dict.NextEntry(_pos, out var k, out var v);
        if (i < 0) { _pos = -1; return null; }
        // Same size but more entries than there were: keys were deleted and added meanwhile.
        if (_len <= 0)
        {
            _pos = -1;
            throw PyErr.RuntimeError("dictionary keys changed during iteration");
        }
        _pos = i + 1;
        _len--;
        return _kind switch
        {
            DictIterKind.Keys => k,
            DictIterKind.Values => v,
            _ => new PyTuple([k, v]),
        };
    }

    public long LengthHint => _pos >= 0 && _dict.Count == _size ? Math.Max(_len, 0) : 0;

    public bool IsItems => _kind == DictIterKind.Items;

    /// <summary>
    /// <see cref="Next"/> of an items iterator without the (key, value) tuple, for a loop that unpacks
    /// it at once: false when exhausted; the same size and key-change checks.
    /// </summary>
    public bool NextPair(out PyObject key, out PyObject value)
    {
        key = value = null!;
        if (_pos < 0) return false;
        if (_dict.Count != _size)
        {
            _size = -1; // sticky, as CPython's di_used = -1: every later call raises too
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        int i = _dict.NextEntry(_pos, out key, out value);
        if (i < 0) { _pos = -1; return false; }
        if (_len <= 0)
        {
            _pos = -1;
            throw PyErr.RuntimeError("dictionary keys changed during iteration");
        }
        _pos = i + 1;
        _len--;
        return true;
    }

    /// <summary>What is left to yield, without advancing (CPython copies the iterator and drains the copy).</summary>
    internal List<PyObject> RemainingItems()
    {
        var r = new List<PyObject>();
        if (_pos < 0 || _dict.Count != _size) return r;
        for (int i = _dict.NextEntry(_pos, out var k, out var v); i >= 0; i = _dict.NextEntry(i + 1, out k, out v))
            r.Add(_kind switch { DictIterKind.Keys => k, DictIterKind.Values => v, _ => new PyTuple([k, v]) });
        return r;
    }
}
