namespace Kaa.Runtime.Objects;

/// <summary>A module object. Modules are per interpreter (DESIGN §2 rule 5).</summary>
public class PyModule : PyObject, IHasDict
{
    public PyDict Dict { get; set; }
    PyDict? IHasDict.Dict { get => Dict; set => Dict = value ?? new PyDict(); }

    /// <summary>The per-module state of a module written in C# (DESIGN §6), or null.</summary>
    public object? State;

    public PyModule(string name, PyDict? dict = null) : base(BuiltinTypes.Module)
    {
        Dict = dict ?? new PyDict();
        Dict.SetItemStr(Names.__name__, PyStr.From(name));
        if (!Dict.TryGetStr(Names.__doc__, out _)) Dict.SetItemStr(Names.__doc__, PyNone.Value);
    }

    protected PyModule(PyType type) : base(type) { Dict = new PyDict(); }

    /// <summary>module.__new__(module) before __init__: an empty dict, no __name__ (CPython's new_module).</summary>
    internal static PyModule CreateUninitialized() => new(BuiltinTypes.Module);

    public string Name => Dict.TryGetStr(Names.__name__, out var n) && n is PyStr s ? s.Value : "?";

    public void Set(string name, PyObject value) => Dict.SetItemStr(PyStr.From(name), value);
}
