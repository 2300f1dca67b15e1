using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>array.arrayiterator: walks the array by index, seeing later appends (as CPython's does).</summary>
public sealed class PyArrayIterator : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("arrayiterator", BuiltinTypes.Object, "array", subclassable: false);

    private PyArray? _array;
    private long _index;

    internal PyArrayIterator(PyArray a) : base(TypeObject) { _array = a; }

    private PyObject? Next()
    {
        if (_array == null) return null;
        if (_index < _array.Length) return _array.GetItem((int)_index++);
        _array = null;
        return null;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create 'array.arrayiterator' instances");
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyArrayIterator)o).Next();
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            var it = (PyArrayIterator)self;
            var iter = Ops.GetBuiltin(ts, "iter");
            if (it._array == null) return new PyTuple([iter, new PyTuple([PyTuple.Empty])]);
            return new PyTuple([iter, new PyTuple([it._array]), PyInt.From(it._index)]);
        }, "__reduce__($self, /)\n--\n\nReturn state information for pickling.");
        t.AddMethod("__setstate__", (ts, self, a, kw) =>
        {
            Args.Exact("__setstate__", a, kw, 1);
            var it = (PyArrayIterator)self;
            long i = Ops.IndexAsLong(ts, a[0]);
            if (it._array != null)
            {
                if (i < 0) i = 0;
                else if (i > it._array.Length) i = it._array.Length;
                it._index = i;
            }
            return PyNone.Value;
        }, "__setstate__($self, state, /)\n--\n\nSet state information for unpickling.");
    }
}
