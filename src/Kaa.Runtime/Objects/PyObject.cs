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

/// <summary>Objects whose type declares __slots__: values are reached by the member descriptors' indices.</summary>
public interface IHasSlots
{
    /// <summary>The value of slot <paramref name="index"/>; null when unset (or out of range).</summary>
    PyObject? GetSlot(int index);
    void SetSlot(int index, PyObject? value);
}

/// <summary>
/// An instance of a class defined in Python whose solid base is <c>object</c>. <see cref="Create"/>
/// keeps the values of up to four __slots__ in fields of the object itself (<see cref="PyInstance2"/>,
/// <see cref="PyInstance4"/>): a separate array would add its own header and length (40 bytes for
/// two slots) to every instance of a small `__slots__` class.
/// </summary>
public class PyInstance : PyObject, IHasDict, IHasSlots
{
    public PyDict? Dict { get; set; }
    private readonly PyObject?[]? _slotValues;

    public PyInstance(PyType type) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
        if (type.SlotCount > 0) _slotValues = new PyObject?[type.SlotCount];
    }

    /// <summary>For the subclasses that store the slot values in fields.</summary>
    private protected PyInstance(PyType type, bool inlineSlots) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
    }

    /// <summary>A new instance of <paramref name="type"/> with the storage its slot count needs. The
    /// choice depends only on the slot count, which `__class__` assignment keeps equal.</summary>
    public static PyInstance Create(PyType type) => type.SlotCount switch
    {
        0 => new PyInstance(type),
        <= 2 => new PyInstance2(type),
        <= 4 => new PyInstance4(type),
        _ => new PyInstance(type),
    };

    public virtual PyObject? GetSlot(int index)
    {
        var v = _slotValues;
        return v != null && (uint)index < (uint)v.Length ? v[index] : null;
    }

    public virtual void SetSlot(int index, PyObject? value)
    {
        var v = _slotValues ?? throw PyErr.TypeError("member descriptor on an object without slots");
        v[index] = value;
    }
}

/// <summary>A <see cref="PyInstance"/> whose class has one or two slots, kept in fields.</summary>
public sealed class PyInstance2 : PyInstance
{
    private PyObject? _s0, _s1;

    public PyInstance2(PyType type) : base(type, inlineSlots: true) { }

    public override PyObject? GetSlot(int index) => index switch { 0 => _s0, 1 => _s1, _ => null };

    public override void SetSlot(int index, PyObject? value)
    {
        switch (index)
        {
            case 0: _s0 = value; break;
            case 1: _s1 = value; break;
            default: throw new IndexOutOfRangeException();
        }
    }
}

/// <summary>A <see cref="PyInstance"/> whose class has three or four slots, kept in fields.</summary>
public sealed class PyInstance4 : PyInstance
{
    private PyObject? _s0, _s1, _s2, _s3;

    public PyInstance4(PyType type) : base(type, inlineSlots: true) { }

    public override PyObject? GetSlot(int index) => index switch { 0 => _s0, 1 => _s1, 2 => _s2, 3 => _s3, _ => null };

    public override void SetSlot(int index, PyObject? value)
    {
        switch (index)
        {
            case 0: _s0 = value; break;
            case 1: _s1 = value; break;
            case 2: _s2 = value; break;
            case 3: _s3 = value; break;
            default: throw new IndexOutOfRangeException();
        }
    }
}

/// <summary>A closure cell (implemented by the eval loop's PyCell); type creation fills __classcell__ through it.</summary>
public interface ICell
{
    PyObject? CellContents { get; set; }
}
