namespace Kaa.Runtime.Objects;

/// <summary>tuple. Items are never written after construction.</summary>
public class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    public static readonly PyTuple Empty = new([]);

    public PyTuple(PyObject[] items) : base(BuiltinTypes.Tuple) { Items = items; }
    protected PyTuple(PyType type, PyObject[] items) : base(type) { Items = items; }

    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];

    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
}

/// <summary>Subclass instances of tuple (namedtuple-style classes), which carry a __dict__ unless __slots__ = ().</summary>
public sealed class PyTupleSub(PyType type, PyObject[] items) : PyTuple(type, items), IHasDict
{
    public PyDict? Dict { get; set; } = type.HasInstanceDict ? new PyDict() : null;
}
