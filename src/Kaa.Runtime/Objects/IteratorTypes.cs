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
    }

    private static void Setup(PyType t, IterNextFunc next)
    {
        t.TpIter = (ts, o) => o;
        t.TpIterNext = next;
    }

    public static IEnumerable<PyType> All => [StrIterator, ListIterator, ListReverseIterator, TupleIterator, DictKeyIterator, DictValueIterator, DictItemIterator];
}

public sealed class PyListIterator(PyList list) : PyObject(IteratorTypes.ListIterator)
{
    private PyList? _list = list;
    private int _i;

    public PyObject? Next()
    {
        var l = _list;
        if (l == null) return null;
        if (_i < l.Count) return l.Items[_i++];
        _list = null;
        return null;
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
}

public sealed class PyTupleIterator(PyTuple t) : PyObject(IteratorTypes.TupleIterator)
{
    private readonly PyObject[] _items = t.Items;
    private int _i;

    public PyObject? Next() => _i < _items.Length ? _items[_i++] : null;
}

public enum DictIterKind { Keys, Values, Items }

public sealed class PyDictIterator : PyObject
{
    private readonly PyDict _dict;
    private readonly DictIterKind _kind;
    private readonly int _size;
    private int _pos;

    public PyDictIterator(PyDict dict, DictIterKind kind)
        : base(kind == DictIterKind.Keys ? IteratorTypes.DictKeyIterator : kind == DictIterKind.Values ? IteratorTypes.DictValueIterator : IteratorTypes.DictItemIterator)
    {
        _dict = dict;
        _kind = kind;
        _size = dict.Count;
    }

    public PyObject? Next()
    {
        if (_pos < 0) return null;
        if (_dict.Count != _size)
        {
            _pos = -1;
            throw PyErr.RuntimeError("dictionary changed size during iteration");
        }
        int i = _dict.NextEntry(_pos, out var k, out var v);
        if (i < 0) { _pos = -1; return null; }
        _pos = i + 1;
        return _kind switch
        {
            DictIterKind.Keys => k,
            DictIterKind.Values => v,
            _ => new PyTuple([k, v]),
        };
    }
}
