namespace Kaa.Runtime.Objects;

/// <summary>
/// <c>type.__flags__</c>: CPython's <c>tp_flags</c> bits as Kaa's types would have them. Python code tests
/// single bits (inspect.isabstract reads IS_ABSTRACT, copyreg's protocol 0/1 reduce stops at the first
/// non-HEAPTYPE base, typing and pickle helpers read the *_SUBCLASS bits), so every bit CPython documents
/// is derived from the type's real properties; the memory-layout bits follow CPython's rules for the
/// equivalent type.
/// </summary>
internal static class TypeFlags
{
    private const long StaticBuiltin = 1L << 1, InlineValues = 1L << 2, ManagedWeakref = 1L << 3, ManagedDict = 1L << 4,
        Sequence = 1L << 5, Mapping = 1L << 6, DisallowInstantiation = 1L << 7, ImmutableType = 1L << 8,
        HeapType = 1L << 9, BaseType = 1L << 10, HaveVectorcall = 1L << 11, Ready = 1L << 12, HaveGc = 1L << 14,
        MethodDescriptor = 1L << 17, IsAbstract = 1L << 20, MatchSelf = 1L << 22, ItemsAtEnd = 1L << 23,
        LongSubclass = 1L << 24, ListSubclass = 1L << 25, TupleSubclass = 1L << 26, BytesSubclass = 1L << 27,
        UnicodeSubclass = 1L << 28, DictSubclass = 1L << 29, BaseExcSubclass = 1L << 30, TypeSubclass = 1L << 31;

    public static long Compute(PyType t)
    {
        long f = Ready;
        if (t.IsHeapType)
        {
            f |= HeapType | HaveGc;
            if (t.IsImmutable) f |= ImmutableType;
        }
        else
        {
            f |= StaticBuiltin | ImmutableType;
            if (HasGcWhenStatic(t)) f |= HaveGc;
            if (t.DisallowInstantiation) f |= DisallowInstantiation;
        }
        if (t.IsBaseType) f |= BaseType;
        if (t.IsAbstract) f |= IsAbstract;
        if (t.IsMethodDescriptor) f |= MethodDescriptor;
        foreach (var b in t.MroArray) f |= InheritedBits(b);
        if (t.IsHeapType) f |= HeapLayoutBits(t);
        return f;
    }

    /// <summary>Bits a type gets from having <paramref name="b"/> in its MRO (CPython inherits them).</summary>
    private static long InheritedBits(PyType b)
    {
        if (b.IsHeapType) return 0;
        if (ReferenceEquals(b, BuiltinTypes.Int)) return LongSubclass | MatchSelf;
        if (ReferenceEquals(b, BuiltinTypes.Bool) || ReferenceEquals(b, BuiltinTypes.Float) || ReferenceEquals(b, BuiltinTypes.ByteArray)
            || ReferenceEquals(b, BuiltinTypes.Set) || ReferenceEquals(b, BuiltinTypes.FrozenSet))
            return MatchSelf;
        if (ReferenceEquals(b, BuiltinTypes.List)) return ListSubclass | MatchSelf | Sequence;
        if (ReferenceEquals(b, BuiltinTypes.Tuple)) return TupleSubclass | MatchSelf | Sequence;
        if (ReferenceEquals(b, BuiltinTypes.Bytes)) return BytesSubclass | MatchSelf;
        if (ReferenceEquals(b, BuiltinTypes.Str)) return UnicodeSubclass | MatchSelf;
        if (ReferenceEquals(b, BuiltinTypes.Dict)) return DictSubclass | MatchSelf | Mapping;
        if (ReferenceEquals(b, PyExc.BaseException)) return BaseExcSubclass;
        if (ReferenceEquals(b, BuiltinTypes.Type)) return TypeSubclass | ItemsAtEnd | HaveVectorcall;
        if (ReferenceEquals(b, BuiltinTypes.Range) || ReferenceEquals(b, PyMemoryView.TypeObject) || ReferenceEquals(b, PyDeque.TypeObject))
            return Sequence;
        if (ReferenceEquals(b, PyFunction.TypeObject) || ReferenceEquals(b, BuiltinTypes.BuiltinFunction)
            || ReferenceEquals(b, BuiltinTypes.MethodDescriptor) || ReferenceEquals(b, PyMethod.TypeObject)
            || ReferenceEquals(b, PyGenericAlias.TypeObject))
            return HaveVectorcall;
        return 0;
    }

    /// <summary>Static types without references to other objects are not tracked by CPython's GC.</summary>
    private static bool HasGcWhenStatic(PyType t) =>
        !(ReferenceEquals(t, BuiltinTypes.Object) || ReferenceEquals(t, BuiltinTypes.Int) || ReferenceEquals(t, BuiltinTypes.Bool)
          || ReferenceEquals(t, BuiltinTypes.Float) || ReferenceEquals(t, BuiltinTypes.Complex) || ReferenceEquals(t, BuiltinTypes.Str)
          || ReferenceEquals(t, BuiltinTypes.Bytes) || ReferenceEquals(t, BuiltinTypes.ByteArray) || ReferenceEquals(t, BuiltinTypes.NoneType)
          || ReferenceEquals(t, BuiltinTypes.Range) || ReferenceEquals(t, BuiltinTypes.NotImplementedType)
          || ReferenceEquals(t, BuiltinTypes.EllipsisType));

    /// <summary>Where a class's instances keep their __dict__ and weak references (CPython's managed
    /// dict/weakref and inline values): only for classes whose layout Python code controls.</summary>
    private static long HeapLayoutBits(PyType t)
    {
        var solid = t.SolidBase;
        // A metaclass's instances are types, which keep their dict and weak references themselves.
        if (solid != null && solid.IsSubtype(BuiltinTypes.Type)) return 0;
        bool exception = solid != null && solid.IsSubtype(PyExc.BaseException);
        // Variable-size built-ins (int, bytes, tuple) leave no room for a weak-reference slot.
        bool varSize = solid != null && (solid.IsSubtype(BuiltinTypes.Int) || solid.IsSubtype(BuiltinTypes.Bytes) || solid.IsSubtype(BuiltinTypes.Tuple));
        long f = 0;
        if (t.HasInstanceDict && !exception)
        {
            f |= ManagedDict;
            // 3.14's type_ready_managed_dict: every fixed-size managed-dict layout keeps inline values
            // (3.13 only did for direct subclasses of object).
            if (!varSize) f |= InlineValues;
        }
        // A weak-reference slot this class (or a Python base) added; a built-in base such as set keeps
        // its own list, outside the managed layout.
        bool builtinWeakref = solid != null && !solid.IsHeapType && !ReferenceEquals(solid, BuiltinTypes.Object) && PyWeakref.IsWeakrefable(solid);
        if (!varSize && !t.NoWeakrefSlot && !builtinWeakref) f |= ManagedWeakref;
        return f;
    }
}
