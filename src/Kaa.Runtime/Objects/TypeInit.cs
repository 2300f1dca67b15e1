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
    /// built-in iterators and views, generator-like objects, frames, regex results, weak proxies.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NotInstantiable = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "builtin_function_or_method", "method_descriptor", "classmethod_descriptor", "getset_descriptor",
        "member_descriptor", "wrapper_descriptor", "method-wrapper",
        "list_iterator", "list_reverseiterator", "tuple_iterator", "set_iterator", "range_iterator", "longrange_iterator",
        "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "dict_reversekeyiterator",
        "dict_reversevalueiterator", "dict_reverseitemiterator", "callable_iterator", "iterator",
        "dict_keys", "dict_values", "dict_items",
        "generator", "coroutine", "coroutine_wrapper", "async_generator", "async_generator_asend",
        "async_generator_athrow", "async_generator_wrapped_value", "anext_awaitable", "frame",
        "re.Match", "re.Pattern", "_sre.SRE_Scanner", "_sre.SRE_Template", "weakref.ProxyType",
        "weakref.CallableProxyType", "Token.MISSING", "EncodingMap", "string.templatelib.TemplateIter",
    ], StringComparer.Ordinal);

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
        // As CPython's type_ready: a static type of these kinds has no tp_new of its own and must not
        // inherit object's, so calling it raises instead of making a half-built object.
        foreach (var t in all)
            if (t.TpNew == null && NotInstantiable.Contains(t.TpName))
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
            if (TypeDocs.ByName.TryGetValue(t.ModuleName + "." + t.QualName, out var doc)) t.TpDoc = doc;
            if (!t.Dict.TryGetStr(Names.__doc__, out _))
                t.Dict.SetItemStr(Names.__doc__, t.TpDoc != null ? DescriptorTypes.DocWithoutSignature(t.Name, t.TpDoc) : PyNone.Value);
            t.AddSlotWrappers();
        }
        foreach (var t in all) t.FreezeStatic();
        return true;
    }
}
