namespace Kaa.Runtime.Objects;

/// <summary>None: immortal, shared by all interpreters.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Value = new();
    private PyNone() : base(BuiltinTypes.NoneType) { }
    public override string ToString() => "None";
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Value = new();
    private PyNotImplemented() : base(BuiltinTypes.NotImplementedType) { }
    public override string ToString() => "NotImplemented";
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Value = new();
    private PyEllipsis() : base(BuiltinTypes.EllipsisType) { }
    public override string ToString() => "Ellipsis";
}
