using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// functools.Placeholder, the singleton that marks a positional argument of a partial to be filled by
/// the call (3.14). Immutable and immortal, so one object serves every interpreter.
/// </summary>
public sealed class PyPlaceholder : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("_PlaceholderType", BuiltinTypes.Object, "functools", subclassable: false);
    public static readonly PyPlaceholder Value = new();

    private PyPlaceholder() : base(TypeObject) { }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("PlaceholderType takes no arguments");
            return Value;
        });
        t.TpRepr = (ts, o) => PyStr.From("Placeholder");
        t.AddMethod("__reduce__", (ts, self, args, kw) => PyStr.From("Placeholder"));
    }
}
