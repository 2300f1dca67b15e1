using Kaa.Runtime.CrossInterpreter;

namespace Kaa.Runtime.Hosting;

/// <summary>
/// A Python exception that escaped to .NET from <see cref="KaaInterpreter"/>. It carries a snapshot
/// (type name, message, formatted traceback), never the Python exception object itself, so it is safe
/// to keep and inspect on any thread after the interpreter has moved on or been disposed.
/// </summary>
public sealed class PythonException : Exception
{
    internal PythonException(ExcInfo info, long interpreterId)
        : base(info.Formatted ?? info.TypeName ?? "Python exception")
    {
        TypeName = info.TypeName ?? "Exception";
        QualifiedTypeName = info.TypeModule is null or "builtins" ? (info.TypeQualName ?? TypeName) : $"{info.TypeModule}.{info.TypeQualName ?? TypeName}";
        PythonMessage = info.Message ?? "";
        FormattedTraceback = info.ErrDisplay ?? info.Formatted ?? TypeName;
        InterpreterId = interpreterId;
    }

    /// <summary>The exception class's <c>__name__</c>, e.g. <c>ValueError</c>.</summary>
    public string TypeName { get; }

    /// <summary>The class with its module unless it is a built-in one, e.g. <c>ValueError</c> or <c>json.decoder.JSONDecodeError</c>.</summary>
    public string QualifiedTypeName { get; }

    /// <summary><c>str(exc)</c>.</summary>
    public string PythonMessage { get; }

    /// <summary>The traceback as Python prints it ("Traceback (most recent call last): ...").</summary>
    public string FormattedTraceback { get; }

    /// <summary>The interpreter the exception was raised in.</summary>
    public long InterpreterId { get; }

    public override string ToString() => FormattedTraceback + Environment.NewLine + base.ToString();
}
