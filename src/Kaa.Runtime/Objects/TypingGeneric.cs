using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// typing.Generic (CPython 3.14's Objects/typevarobject.c): the implicit base of PEP 695 generic
/// classes. Its __class_getitem__ and __init_subclass__ are typing.py's _generic_class_getitem and
/// _generic_init_subclass, called the way CPython calls them.
/// </summary>
public static class TypingGeneric
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Generic", BuiltinTypes.Object, "typing");

    internal static void Init()
    {
        var t = TypeObject;
        t.AddAttr("__module__", PyStr.Immortal("typing"));
        // Generic adds no instance state (basicsize is object's), so it never conflicts with another base's layout.
        t.SolidBase = BuiltinTypes.Object;
        t.AddClassMethod("__class_getitem__", (ts, cls, args, kw) => CallWithClass(ts, "_generic_class_getitem", cls, args, kw),
            "Parameterizes a generic class.\n\nAt least, parameterizing a generic class is the *main* thing this\nmethod does.  For example, for some generic class `Foo`, this is\ncalled when we do `Foo[int]` - there, with `cls=Foo` and\n`params=int`.\n\nHowever, note that this method is also called when defining generic\nclasses in the first place with `class Foo[T]: ...`.");
        t.AddClassMethod("__init_subclass__", (ts, cls, args, kw) => CallWithClass(ts, "_generic_init_subclass", cls, args, kw),
            "Function to initialize subclasses.");
        t.AddAttr("__doc__", PyStr.Immortal("Abstract base class for generic types.\n\nOn Python 3.12 and newer, generic classes implicitly inherit from\nGeneric when they declare a parameter list after the class's name::\n\n    class Mapping[KT, VT]:\n        def __getitem__(self, key: KT) -> VT:\n            ...\n        # Etc.\n\nOn older versions of Python, however, generic classes have to\nexplicitly inherit from Generic.\n\nAfter a class has been declared to be generic, it can then be used as\nfollows::\n\n    def lookup_name[KT, VT](mapping: Mapping[KT, VT], key: KT, default: VT) -> VT:\n        try:\n            return mapping[key]\n        except KeyError:\n            return default\n"));
    }

    /// <summary>call_typing_args_kwargs: typing.&lt;name&gt;(cls, *args, **kwargs).</summary>
    static PyObject CallWithClass(ThreadState ts, string name, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var func = Ops.GetAttr(ts, TypingModule.ImportTyping(ts), name);
        var all = new PyObject[args.Length + 1];
        all[0] = cls;
        args.CopyTo(all.AsSpan(1));
        return Ops.Call(ts, func, all, kwnames);
    }
}
