using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>Instances of BaseException and every subclass.</summary>
public class PyBaseException : PyObject, IHasDict
{
    public PyTuple Args = PyTuple.Empty;
    /// <summary>The traceback object (a PyTraceback from the eval loop) or null.</summary>
    public PyObject? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    public PyDict? Dict { get; set; }

    public PyBaseException(PyType type) : base(type) { }

    public PyBaseException(PyType type, PyTuple args) : base(type) { Args = args; }

    /// <summary>Looks up an attribute set by __init__ (stored in the instance dict), or null.</summary>
    public PyObject? GetExtra(string name)
        => Dict != null && Dict.TryGetStr(PyStr.From(name), out var v) ? v : null;

    public void SetExtra(string name, PyObject value)
    {
        Dict ??= new PyDict();
        Dict.SetItemStr(PyStr.From(name), value);
    }

    /// <summary>str() without calling Python code, for .NET diagnostics only.</summary>
    public string StrForDotnet()
    {
        if (Args.Items.Length == 1 && Args.Items[0] is PyStr s) return s.Value;
        if (Args.Items.Length == 0) return "";
        return string.Join(", ", Args.Items.Select(a => a.ToString()));
    }
}
