using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The base of every Python object. <see cref="ObType"/> is CPython's ob_type: a plain field, so type
/// checks in hot paths are one load and a reference compare. There is no reference count: the .NET GC
/// owns memory (DESIGN §2).
/// </summary>
public abstract class PyObject
{
    public PyType ObType;

#if KAA_ISOLATION_CHECKS
    /// <summary>The interpreter that created this object; null for objects made outside any interpreter
    /// (immortal singletons and static types). Only in the isolation-check build (DESIGN §2 rule 3).</summary>
    public readonly Kaa.Runtime.State.InterpreterState? OwnerInterpreter = Kaa.Runtime.State.ThreadState.Current?.Interp;
#endif

    protected PyObject(PyType type) { ObType = type; }

    /// <summary>For the few bootstrap objects created before their type exists (type itself).</summary>
    protected PyObject() { ObType = null!; }

    public override string ToString() => $"<{ObType?.Name ?? "?"} object>";
}

/// <summary>Objects that carry an instance __dict__ (heap-type instances and subclass instances of built-ins).</summary>
public interface IHasDict
{
    PyDict? Dict { get; set; }
}

/// <summary>Objects whose type declares __slots__: values live in an array indexed by member descriptors.</summary>
public interface IHasSlots
{
    PyObject?[]? SlotValues { get; }
}

/// <summary>
/// An instance of a class defined in Python whose solid base is <c>object</c>.
/// </summary>
public class PyInstance : PyObject, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    public PyObject?[]? SlotValues { get; }

    public PyInstance(PyType type) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
        if (type.SlotCount > 0) SlotValues = new PyObject?[type.SlotCount];
    }
}

/// <summary>A closure cell (implemented by the eval loop's PyCell); type creation fills __classcell__ through it.</summary>
public interface ICell
{
    PyObject? CellContents { get; set; }
}
