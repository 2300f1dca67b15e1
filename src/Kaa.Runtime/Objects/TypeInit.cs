namespace Kaa.Runtime.Objects;

/// <summary>
/// Fills in the static built-in types once per process, in dependency order: slots, methods, the
/// Python-visible slot wrappers, then freezes each type so every interpreter can read it lock-free.
/// Kept apart from <see cref="BuiltinTypes"/> so that creating bare types never waits on this.
/// </summary>
public static class TypeInit
{
    /// <summary>object.__getattribute__ as one delegate instance, so fast paths can recognise it by reference.</summary>
    public static readonly GetAttroFunc GenericGetAttrDelegate = Ops.GenericGetAttr;

    /// <summary>Static types CPython marks Py_TPFLAGS_DISALLOW_INSTANTIATION (no tp_new): descriptors,
    /// built-in iterators and views, generator-like objects, frames, regex results, weak proxies. A switch, not
    /// a frozen set: nothing to build (or JIT-compile) at start-up.</summary>
    private static bool NotInstantiable(string name) => name is
        "builtin_function_or_method" or "method_descriptor" or "classmethod_descriptor" or "getset_descriptor" or
        "member_descriptor" or "wrapper_descriptor" or "method-wrapper" or "list_iterator" or
        "list_reverseiterator" or "tuple_iterator" or "set_iterator" or "range_iterator" or "longrange_iterator" or
        "dict_keyiterator" or "dict_valueiterator" or "dict_itemiterator" or "dict_reversekeyiterator" or
        "dict_reversevalueiterator" or "dict_reverseitemiterator" or "callable_iterator" or "iterator" or
        "dict_keys" or "dict_values" or "dict_items" or "generator" or "coroutine" or "coroutine_wrapper" or
        "async_generator" or "async_generator_asend" or "async_generator_athrow" or
        "async_generator_wrapped_value" or "anext_awaitable" or "frame" or "re.Match" or "re.Pattern" or
        "_sre.SRE_Scanner" or "_sre.SRE_Template" or "weakref.ProxyType" or "weakref.CallableProxyType" or
        "Token.MISSING" or "EncodingMap" or "string.templatelib.TemplateIter";

    private static readonly bool Done = Run();

    /// <summary>Ensures the static types are initialized (idempotent; the static constructor runs once).</summary>
    public static void EnsureInitialized() => _ = Done;

    private static bool Run()
    {
        ObjectType.Init(BuiltinTypes.Object);
        TypeType.Init(BuiltinTypes.Type);
        DescriptorTypes.Init();
        PropertyTypes.Init();
        IntType.Init(BuiltinTypes.Int);
        FloatType.Init(BuiltinTypes.Float);
        StrType.Init(BuiltinTypes.Str);
        TupleType.Init(BuiltinTypes.Tuple);
        ListType.Init(BuiltinTypes.List);
        DictType.Init(BuiltinTypes.Dict);
        SliceType.Init(BuiltinTypes.Slice);
        SimpleTypes.Init();
        IteratorTypes.Init();
        ExceptionTypes.Init();
        foreach (var init in ExtraTypeInits.All) init();
        MethodArity.Apply();

        var all = new List<PyType>
        {
            BuiltinTypes.Object, BuiltinTypes.Type, BuiltinTypes.Dict, BuiltinTypes.Tuple, BuiltinTypes.Str, BuiltinTypes.Int,
            BuiltinTypes.Bool, BuiltinTypes.Float, BuiltinTypes.Complex, BuiltinTypes.List, BuiltinTypes.NoneType,
            BuiltinTypes.NotImplementedType, BuiltinTypes.EllipsisType, BuiltinTypes.Bytes, BuiltinTypes.ByteArray,
            BuiltinTypes.Set, BuiltinTypes.FrozenSet, BuiltinTypes.Slice, BuiltinTypes.Range, BuiltinTypes.Module,
            BuiltinTypes.BuiltinFunction, BuiltinTypes.MethodDescriptor, BuiltinTypes.ClassMethodDescriptor,
            BuiltinTypes.WrapperDescriptor, BuiltinTypes.MethodWrapper, BuiltinTypes.GetSetDescriptor,
            BuiltinTypes.MemberDescriptor, BuiltinTypes.Property, BuiltinTypes.ClassMethod, BuiltinTypes.StaticMethod,
            BuiltinTypes.Super, BuiltinTypes.SeqIterator, BuiltinTypes.CallableIterator, BuiltinTypes.MappingProxy,
        };
        all.AddRange(PyExc.All);
        all.AddRange(IteratorTypes.All);
        all.AddRange(ExtraTypeInits.Types);
        Ready(all);
        LinkBuiltinSubclasses([.. all, .. SysModule.StructSeqTypes()]);
        return true;
    }

    /// <summary>
    /// Runs process-wide lazy initialisation (a module class's static initialisers) with no current
    /// thread state, as the eager start-up
    /// initialisation runs before any thread state exists: the objects it makes (type dicts, method
    /// descriptors) belong to no interpreter, so the isolation-check build lets every interpreter use them.
    /// </summary>
    internal static void RunOwnerless(Action action)
    {
        var previous = Kaa.Runtime.State.ThreadState.Current;
        Kaa.Runtime.State.ThreadState.Restore(null);
        try
        {
            action();
        }
        finally
        {
            Kaa.Runtime.State.ThreadState.Restore(previous);
        }
    }

    /// <summary>PyType_Ready's final passes over filled-in static types (bases before subclasses), then freezing them.</summary>
    private static void Ready(List<PyType> all)
    {
        // As CPython's type_ready: a static type of these kinds has no tp_new of its own and must not
        // inherit object's, so calling it raises instead of making a half-built object.
        foreach (var t in all)
            if (t.TpNew == null && NotInstantiable(t.TpName))
            {
                var name = t.TpName;
                t.DisallowInstantiation = true;
                t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError($"cannot create '{name}' instances");
            }
        // Inherit slots base-first (the list is ordered so that bases come before subclasses).
        foreach (var t in all)
            if (t.Base != null) t.InheritSlots(t.Base);
        foreach (var t in all)
        {
            // PyType_Ready: a static type's tp_doc becomes __doc__ in its dict unless the dict has one.
            if (TypeDocs.For(t.ModuleName + "." + t.QualName) is { } doc) t.TpDoc = doc;
            if (!t.Dict.TryGetStr(Names.__doc__, out _))
                t.Dict.SetItemStr(Names.__doc__, t.TpDoc != null ? DescriptorTypes.DocWithoutSignature(t.Name, t.TpDoc) : PyNone.Value);
            t.AddSlotWrappers();
        }
        foreach (var t in all) t.FreezeStatic();
    }

    /// <summary>
    /// Records each static type in its bases' <see cref="PyType.BuiltinSubclasses"/>, in readiness
    /// order (CPython's type_ready adds every static type to its bases' tp_subclasses): immutable facts
    /// computed once, so `int.__subclasses__()` holds bool in every interpreter at no start-up cost.
    /// </summary>
    private static void LinkBuiltinSubclasses(PyType[] all)
    {
        var seen = new HashSet<PyType>(ReferenceEqualityComparer.Instance);
        var subs = new Dictionary<PyType, List<PyType>>(ReferenceEqualityComparer.Instance);
        foreach (var t in all)
        {
            if (!seen.Add(t)) continue;
            foreach (var b in t.Bases.Items)
            {
                var bt = (PyType)b;
                if (!subs.TryGetValue(bt, out var list)) subs[bt] = list = [];
                list.Add(t);
            }
        }
        foreach (var (b, list) in subs) b.BuiltinSubclasses = [.. list];
    }
}
