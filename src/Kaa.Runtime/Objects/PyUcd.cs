namespace Kaa.Runtime.Objects;

/// <summary>
/// unicodedata.UCD: the type of <c>unicodedata.ucd_3_2_0</c>, an object with the module's query functions
/// answering for Unicode 3.2.0 (the methods are installed by <see cref="UnicodedataModule.InitTypes"/>).
/// It cannot be instantiated from Python, as in CPython.
/// </summary>
public sealed class PyUcd : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("UCD", BuiltinTypes.Object, "unicodedata", subclassable: false);

    public readonly string Version;

    public PyUcd(string version) : base(TypeObject) { Version = version; }
}
