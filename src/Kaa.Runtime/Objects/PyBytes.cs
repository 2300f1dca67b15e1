namespace Kaa.Runtime.Objects;

/// <summary>bytes: an immutable byte array.</summary>
public class PyBytes : PyObject
{
    public readonly byte[] Value;
    public static readonly PyBytes Empty = new([]);
    public PyBytes(byte[] v) : base(BuiltinTypes.Bytes) { Value = v; }
    protected PyBytes(PyType type, byte[] v) : base(type) { Value = v; }
}

public sealed class PyBytesSub(PyType type, byte[] v) : PyBytes(type, v), IHasDict
{
    public PyDict? Dict { get; set; } = new PyDict();
}
