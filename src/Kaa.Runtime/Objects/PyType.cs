using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// A Python type object. Static built-in types are created once per process, are immutable from
/// Python and shared by every interpreter (DESIGN §2 rule 4); heap types (classes made by Python
/// code) belong to the interpreter that created them.
/// </summary>
public sealed partial class PyType : PyObject, IHasDict
{
    public string Name;
    public string QualName;
    public PyType? Base;
    public PyTuple Bases;
    /// <summary>The method resolution order, this type first.</summary>
    public PyType[] MroArray = [];
    public PyTuple Mro = null!;
    public PyDict Dict { get; set; }
    PyDict? IHasDict.Dict { get => Dict; set => Dict = value ?? throw PyErr.TypeError("can't delete a type's __dict__"); }
    public bool IsHeapType;
    /// <summary>Static built-in types and types created with Py_TPFLAGS_IMMUTABLETYPE refuse attribute assignment.</summary>
    public bool IsImmutable;
    /// <summary>False for types that cannot be subclassed (bool, NoneType, ...).</summary>
    public bool IsBaseType = true;
    public bool HasInstanceDict;
    /// <summary>A class whose __slots__ leave out __weakref__ (and whose base has no weak-reference
    /// slot either): its instances cannot be weakly referenced (CPython's tp_weaklistoffset == 0).</summary>
    public bool NoWeakrefSlot;
    public bool IsAbstract;
    /// <summary>CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION: calling the type raises TypeError.</summary>
    public bool DisallowInstantiation;
    /// <summary>CPython's Py_TPFLAGS_METHOD_DESCRIPTOR: instances bind like functions, so callers may pass self as the first argument instead of binding.</summary>
    public bool IsMethodDescriptor;
    /// <summary>Number of __slots__ entries in instances (including inherited ones).</summary>
    public int SlotCount;
    /// <summary>The built-in type whose C# layout instances of this type use (int for `class A(int)`).</summary>
    public PyType SolidBase = null!;
    /// <summary>For a metaclass's instances: weak list of direct subclasses (heap types only; static ones keep theirs per interpreter).</summary>
    internal List<WeakReference<PyType>>? HeapSubclasses;
    /// <summary>The static types that name this static type as a base, in the order they were readied
    /// (as CPython's tp_subclasses fills up at start-up). Set once before the types are frozen, never
    /// changed: the same for every interpreter, which add their own subclasses beside it.</summary>
    internal PyType[] BuiltinSubclasses = [];
    /// <summary>Creates a bare instance for `cls` whose solid base is this built-in type.</summary>
    public Func<PyType, PyObject>? InstanceFactory;

    private Dictionary<PyStr, PyObject?>? _lookupCache;
    /// <summary>Changes whenever a lookup through this type may give a different result (the eval loop's
    /// attribute caches are keyed by type and version, like CPython's tp_version_tag).</summary>
    public int VersionTag;
    /// <summary>The eval loop's CALL cache for instantiating this type: the Python `__init__` it runs as
    /// an inline frame (null when the call must go through tp_call), valid while
    /// <see cref="InlineInitVersion"/> equals <see cref="VersionTag"/>.</summary>
    internal PyFunction? InlineInit;
    internal int InlineInitVersion = -1;
    /// <summary>With <see cref="InlineInit"/>: `__new__` is object's, so the instance comes straight
    /// from <see cref="InstanceFactory"/>; otherwise from the built-in tp_new.</summary>
    internal bool InlineInitObjectNew;
    private Dictionary<PyStr, PyObject>? _frozenLookup;

    /// <summary>Bootstrap constructor for `type` and `object`, whose ObType is patched afterwards.</summary>
    private PyType(string name) : base()
    {
        Name = QualName = name;
        Bases = null!;
        Dict = null!;
    }

    internal PyType(PyType metatype, string name, PyType? baseType) : base(metatype)
    {
        Name = QualName = name;
        Base = baseType;
        Bases = null!;
        Dict = null!;
    }

    internal static PyType CreateBootstrap(string name) => new(name);

    internal void SetMetatype(PyType meta) => ObType = meta;

    /// <summary>Looks a name up along the MRO (CPython's _PyType_Lookup). Null when absent.</summary>
    public PyObject? Lookup(PyStr name)
    {
        if (_frozenLookup != null)
            return _frozenLookup.TryGetValue(name, out var v) ? v : null;
        var cache = _lookupCache ??= new Dictionary<PyStr, PyObject?>();
        if (cache.TryGetValue(name, out var cached)) return cached;
        PyObject? found = null;
        foreach (var t in MroArray)
        {
            if (t.Dict.TryGetStr(name, out var value)) { found = value; break; }
        }
        cache[name] = found;
        return found;
    }

    public PyObject? Lookup(string name) => Lookup(PyStr.From(name));

    /// <summary>Called after a static type is fully built: its lookups never change again, so they can be
    /// read by every interpreter at once without a lock.</summary>
    internal void FreezeStatic()
    {
        var table = new Dictionary<PyStr, PyObject>();
        for (int i = MroArray.Length - 1; i >= 0; i--)
            foreach (var (k, v) in MroArray[i].Dict.EnumerateItems())
                if (k is PyStr s) table[s] = v;
        _frozenLookup = table;
        IsImmutable = true;
    }

    /// <summary>Drops cached lookups of this type and every subclass (after a dict change or __bases__ assignment).</summary>
    internal void InvalidateLookupCaches(ThreadState ts)
    {
        _lookupCache?.Clear();
        VersionTag++;
        foreach (var sub in GetSubclasses(ts)) sub.InvalidateLookupCaches(ts);
    }

    public bool IsSubtype(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = MroArray;
        for (int i = 1; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    public List<PyType> GetSubclasses(ThreadState ts)
    {
        var list = IsHeapType ? HeapSubclasses : (ts.Interp.StaticTypeSubclasses.TryGetValue(this, out var l) ? l : null);
        var result = new List<PyType>();
        if (list == null) return result;
        list.RemoveAll(w => !w.TryGetTarget(out _));
        foreach (var w in list)
            if (w.TryGetTarget(out var t)) result.Add(t);
        return result;
    }

    /// <summary>type.__subclasses__(): the built-in subclasses of a static type, then the ones this
    /// interpreter made (for a heap type, just its own list).</summary>
    public List<PyType> SubclassesForPython(ThreadState ts)
    {
        var user = GetSubclasses(ts);
        if (BuiltinSubclasses.Length == 0) return user;
        var result = new List<PyType>(BuiltinSubclasses.Length + user.Count);
        result.AddRange(BuiltinSubclasses);
        result.AddRange(user);
        return result;
    }

    /// <summary>
    /// Lists a static type made after start-up (a struct sequence such as sys.flags) in its bases'
    /// __subclasses__() for this interpreter, when the module that exposes it is set up here: CPython
    /// readies those types with the module, so tuple.__subclasses__() shows them from then on.
    /// </summary>
    internal void ShowInBasesSubclasses(ThreadState ts)
    {
        foreach (var b in Bases.Items)
        {
            var bt = (PyType)b;
            if (!bt.GetSubclasses(ts).Contains(this)) bt.AddSubclass(ts, this);
        }
    }

    internal void AddSubclass(ThreadState ts, PyType sub)
    {
        List<WeakReference<PyType>> list;
        if (IsHeapType) list = HeapSubclasses ??= new();
        else if (!ts.Interp.StaticTypeSubclasses.TryGetValue(this, out list!))
            ts.Interp.StaticTypeSubclasses[this] = list = new();
        list.Add(new WeakReference<PyType>(sub));
    }

    internal void RemoveSubclass(ThreadState ts, PyType sub)
    {
        var list = IsHeapType ? HeapSubclasses : (ts.Interp.StaticTypeSubclasses.TryGetValue(this, out var l) ? l : null);
        list?.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, sub));
    }

    /// <summary>The module name shown in repr: __module__ of heap types, 'builtins' or the dotted prefix of static ones.</summary>
    public string ModuleName
    {
        get
        {
            if (IsHeapType)
                return Dict.TryGetStr(PyStr.From("__module__"), out var m) && m is PyStr s ? s.Value : "builtins";
            return StaticModule ?? "builtins";
        }
    }

    /// <summary>For static types defined by a module other than builtins (e.g. 'collections').</summary>
    public string? StaticModule;

    /// <summary>CPython's tp_doc of a static type (from <see cref="TypeDocs"/>), with its "name(sig)\n--\n\n"
    /// prefix: type.__doc__ and type.__text_signature__ read it.</summary>
    public string? TpDoc;

    /// <summary>CPython's tp_name, used in many error messages: a static type's dotted name
    /// ('collections.deque'), a heap type's bare name.</summary>
    public string TpName => IsHeapType || StaticModule is null or "builtins" ? Name : StaticModule + "." + Name;

    /// <summary>The fully qualified name of PyUnicode_FromFormat's %T: module.qualname, without the module
    /// for builtins and __main__.</summary>
    public string QualifiedName
    {
        get
        {
            var module = ModuleName;
            return module is "builtins" or "__main__" ? QualName : module + "." + QualName;
        }
    }

    public override string ToString() => $"<class '{Name}'>";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(PyObject o, PyType t) => ReferenceEquals(o.ObType, t);
}
