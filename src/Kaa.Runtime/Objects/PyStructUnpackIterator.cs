namespace Kaa.Runtime.Objects;

/// <summary>
/// _struct.unpack_iterator, returned by iter_unpack: yields one record per Struct.size bytes. It keeps
/// the buffer object and reads it on each step, so (like CPython, which holds the buffer export) it
/// sees the bytes as they are when each record is unpacked.
/// </summary>
public sealed class PyStructUnpackIterator : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("unpack_iterator", BuiltinTypes.Object, "_struct", subclassable: false);

    private readonly PyStruct _struct;
    private PyObject? _buffer;
    private long _index;

    internal PyStructUnpackIterator(PyStruct s, PyObject buffer) : base(TypeObject)
    {
        _struct = s;
        _buffer = buffer;
    }

    private PyObject? Next()
    {
        if (_buffer == null) return null;
        var data = PyStruct.ReadBuffer(_buffer);
        if (_index + _struct.Size > data.Length)
        {
            _buffer = null;
            return null;
        }
        var r = _struct.UnpackFrom(data[(int)_index..]);
        _index += _struct.Size;
        return r;
    }

    private long Remaining => _buffer == null ? 0 : (PyStruct.ReadBuffer(_buffer).Length - _index) / _struct.Size;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        // A null slot would be inherited from object; this one refuses like CPython's type without tp_new.
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create '_struct.unpack_iterator' instances");
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyStructUnpackIterator)o).Next();
        t.AddMethod("__length_hint__", (ts, self, a, kw) => PyInt.From(Math.Max(0, ((PyStructUnpackIterator)self).Remaining)));
    }
}
