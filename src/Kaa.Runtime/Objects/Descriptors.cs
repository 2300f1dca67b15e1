using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>A built-in function, or a built-in method bound to its self (builtin_function_or_method).</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly string? Doc;
    public readonly BuiltinFunc? Func;
    public readonly BuiltinMethod? Method;
    public readonly PyObject? Self;
    public readonly PyModule? Module;
    /// <summary>Set on a type's __new__: the type whose tp_new this wraps.</summary>
    public PyType? NewOwner;
    /// <summary>A static method's class name: its __qualname__ is "bytes.maketrans", not "maketrans".</summary>
    public string? QualNamePrefix;

    public PyBuiltinFunction(string name, BuiltinFunc func, PyModule? module = null, string? doc = null) : base(BuiltinTypes.BuiltinFunction)
    {
        Name = name; Func = func; Module = module; Doc = doc;
    }

    public PyBuiltinFunction(string name, BuiltinMethod method, PyObject self, string? doc = null) : base(BuiltinTypes.BuiltinFunction)
    {
        Name = name; Method = method; Self = self; Doc = doc;
    }

    public PyObject Invoke(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        => Func != null ? Func(ts, Module, args, kwnames) : Method!(ts, Self!, args, kwnames);
}

/// <summary>A method of a built-in type, unbound (method_descriptor); binding gives a PyBuiltinFunction.</summary>
public sealed class PyMethodDescriptor(PyType owner, string name, BuiltinMethod method, string? doc = null) : PyObject(BuiltinTypes.MethodDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly BuiltinMethod Method = method;
    public readonly string? Doc = doc;
}

/// <summary>A classmethod of a built-in type (e.g. dict.fromkeys): binds to the class.</summary>
public sealed class PyClassMethodDescriptor(PyType owner, string name, BuiltinMethod method, string? doc = null) : PyObject(BuiltinTypes.ClassMethodDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly BuiltinMethod Method = method;
    public readonly string? Doc = doc;
}

/// <summary>A slot of a built-in type seen from Python (wrapper_descriptor, e.g. int.__add__).</summary>
public sealed class PySlotWrapper(PyType owner, string name, SlotDef def, Delegate function, (WrapperKind Kind, int Arg) kind)
    : PyObject(BuiltinTypes.WrapperDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly SlotDef Def = def;
    public readonly Delegate Function = function;
    public readonly WrapperKind Kind = kind.Kind;
    public readonly int Arg = kind.Arg;
}

/// <summary>A slot wrapper bound to an instance (method-wrapper, e.g. (1).__add__).</summary>
public sealed class PyMethodWrapper(PySlotWrapper wrapper, PyObject self) : PyObject(BuiltinTypes.MethodWrapper)
{
    public readonly PySlotWrapper Wrapper = wrapper;
    public readonly PyObject Self = self;
}

/// <summary>A computed attribute of a built-in type (getset_descriptor).</summary>
public sealed class PyGetSetDescriptor(PyType owner, string name, Func<ThreadState, PyObject, PyObject> getter,
    Action<ThreadState, PyObject, PyObject?>? setter = null, string? doc = null) : PyObject(BuiltinTypes.GetSetDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly Func<ThreadState, PyObject, PyObject> Getter = getter;
    public readonly Action<ThreadState, PyObject, PyObject?>? Setter = setter;
    public readonly string? Doc = doc;
}

/// <summary>A __slots__ entry (member_descriptor): reads and writes one cell of the instance's slot array.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    /// <summary>The __slots__ index; -1 for a read-only member of a built-in type.</summary>
    public readonly int Index;
    /// <summary>For a read-only member of a built-in type (CPython's PyMemberDef with Py_READONLY, e.g.
    /// slice.start, property.fget): reads the field; setting or deleting it is "readonly attribute".</summary>
    public readonly Func<ThreadState, PyObject, PyObject>? Getter;
    /// <summary>For a writable member of a built-in type (an exception's errno, a SyntaxError's lineno):
    /// stores the value, or clears it when given null (del); null for a read-only member.</summary>
    public readonly Action<ThreadState, PyObject, PyObject?>? Setter;
    public readonly string? Doc;

    public PyMemberDescriptor(PyType owner, string name, int index) : base(BuiltinTypes.MemberDescriptor)
    {
        Owner = owner; Name = name; Index = index;
    }

    public PyMemberDescriptor(PyType owner, string name, Func<ThreadState, PyObject, PyObject> getter, string? doc,
        Action<ThreadState, PyObject, PyObject?>? setter = null) : base(BuiltinTypes.MemberDescriptor)
    {
        Owner = owner; Name = name; Index = -1; Getter = getter; Doc = doc; Setter = setter;
    }
}

/// <summary>property.</summary>
public class PyProperty : PyObject, IHasDict
{
    public PyObject? Get, Set, Del, Doc;
    /// <summary>The docstring came from the getter (CPython's getter_doc), so copies take the new getter's.</summary>
    public bool GetterDoc;
    public PyObject? Name;
    public PyDict? Dict { get; set; }
    public PyProperty(PyType type) : base(type) { if (type.HasInstanceDict) Dict = new PyDict(); }
}

/// <summary>classmethod.</summary>
public sealed class PyClassMethod(PyType type, PyObject callable) : PyObject(type), IHasDict
{
    public PyObject Callable = callable;
    public PyDict? Dict { get; set; } = new PyDict();
}

/// <summary>staticmethod.</summary>
public sealed class PyStaticMethod(PyType type, PyObject callable) : PyObject(type), IHasDict
{
    public PyObject Callable = callable;
    public PyDict? Dict { get; set; } = new PyDict();
}
