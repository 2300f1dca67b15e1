using System.Numerics;

namespace Kaa.Runtime.Objects;

/// <summary>complex.</summary>
public class PyComplex : PyObject
{
    public readonly Complex Value;
    public PyComplex(Complex v) : base(BuiltinTypes.Complex) { Value = v; }
    public PyComplex(double re, double im) : this(new Complex(re, im)) { }
    protected PyComplex(PyType type, Complex v) : base(type) { Value = v; }
}

public sealed class PyComplexSub(PyType type, Complex v) : PyComplex(type, v), IHasDict
{
    public PyDict? Dict { get; set; } = new PyDict();
}
