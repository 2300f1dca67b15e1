namespace Kaa.Runtime.Objects;

/// <summary>
/// The .NET exception that carries a Python exception out of a built-in. Python code never throws it:
/// the eval loop unwinds through its exception table (DESIGN §4); built-ins throw it and the loop
/// catches it once.
/// </summary>
public sealed class PyException : Exception
{
    public PyException(PyBaseException value) : base(null) { Value = value; }

    public PyBaseException Value { get; }

    public override string Message
    {
        get
        {
            try { return $"{Value.ObType.Name}: {Value.StrForDotnet()}"; }
            catch { return Value.ObType.Name; }
        }
    }
}
