namespace Kaa.Runtime.Objects;

/// <summary>
/// The static built-in type objects: created once per process, immortal, shared by every interpreter
/// (DESIGN §2 rule 4). This class only creates them bare (name, base, empty dict, MRO) so that its
/// static constructor depends on nothing else; <see cref="TypeInit"/> fills in methods and slots.
/// </summary>
public static class BuiltinTypes
{
    public static readonly PyType Type;
    public static readonly PyType Object;
    public static readonly PyType Dict;
    public static readonly PyType Tuple;
    public static readonly PyType Str;
    public static readonly PyType Int;
    public static readonly PyType Bool;
    public static readonly PyType Float;
    public static readonly PyType Complex;
    public static readonly PyType List;
    public static readonly PyType NoneType;
    public static readonly PyType NotImplementedType;
    public static readonly PyType EllipsisType;
    public static readonly PyType Bytes;
    public static readonly PyType ByteArray;
    public static readonly PyType Set;
    public static readonly PyType FrozenSet;
    public static readonly PyType Slice;
    public static readonly PyType Range;
    public static readonly PyType Module;
    public static readonly PyType BuiltinFunction;
    public static readonly PyType MethodDescriptor;
    public static readonly PyType ClassMethodDescriptor;
    public static readonly PyType WrapperDescriptor;
    public static readonly PyType MethodWrapper;
    public static readonly PyType GetSetDescriptor;
    public static readonly PyType MemberDescriptor;
    public static readonly PyType Property;
    public static readonly PyType ClassMethod;
    public static readonly PyType StaticMethod;
    public static readonly PyType Super;
    public static readonly PyType SeqIterator;
    public static readonly PyType CallableIterator;
    public static readonly PyType MappingProxy;
    public static readonly PyType BaseException;

    static BuiltinTypes()
    {
        Type = PyType.CreateBootstrap("type");
        Object = PyType.CreateBootstrap("object");
        Type.SetMetatype(Type);
        Object.SetMetatype(Type);
        Type.Base = Object;
        Dict = new PyType(Type, "dict", Object);
        Tuple = new PyType(Type, "tuple", Object);
        Str = new PyType(Type, "str", Object);
        Int = new PyType(Type, "int", Object);
        Bool = new PyType(Type, "bool", Int) { IsBaseType = false };
        Float = new PyType(Type, "float", Object);
        Complex = new PyType(Type, "complex", Object);
        List = new PyType(Type, "list", Object);
        NoneType = new PyType(Type, "NoneType", Object) { IsBaseType = false };
        NotImplementedType = new PyType(Type, "NotImplementedType", Object) { IsBaseType = false };
        EllipsisType = new PyType(Type, "ellipsis", Object) { IsBaseType = false };
        Bytes = new PyType(Type, "bytes", Object);
        ByteArray = new PyType(Type, "bytearray", Object);
        Set = new PyType(Type, "set", Object);
        FrozenSet = new PyType(Type, "frozenset", Object);
        Slice = new PyType(Type, "slice", Object) { IsBaseType = false };
        Range = new PyType(Type, "range", Object) { IsBaseType = false };
        Module = new PyType(Type, "module", Object);
        BuiltinFunction = new PyType(Type, "builtin_function_or_method", Object) { IsBaseType = false };
        MethodDescriptor = new PyType(Type, "method_descriptor", Object) { IsBaseType = false };
        ClassMethodDescriptor = new PyType(Type, "classmethod_descriptor", Object) { IsBaseType = false };
        WrapperDescriptor = new PyType(Type, "wrapper_descriptor", Object) { IsBaseType = false };
        MethodWrapper = new PyType(Type, "method-wrapper", Object) { IsBaseType = false };
        GetSetDescriptor = new PyType(Type, "getset_descriptor", Object) { IsBaseType = false };
        MemberDescriptor = new PyType(Type, "member_descriptor", Object) { IsBaseType = false };
        Property = new PyType(Type, "property", Object);
        ClassMethod = new PyType(Type, "classmethod", Object);
        StaticMethod = new PyType(Type, "staticmethod", Object);
        Super = new PyType(Type, "super", Object);
        SeqIterator = new PyType(Type, "iterator", Object) { IsBaseType = false };
        CallableIterator = new PyType(Type, "callable_iterator", Object) { IsBaseType = false };
        MappingProxy = new PyType(Type, "mappingproxy", Object) { IsBaseType = false };
        BaseException = new PyType(Type, "BaseException", Object);

        foreach (var t in new[] { Type, Object, Dict, Tuple, Str, Int, Bool, Float, Complex, List, NoneType, NotImplementedType,
                                  EllipsisType, Bytes, ByteArray, Set, FrozenSet, Slice, Range, Module, BuiltinFunction,
                                  MethodDescriptor, ClassMethodDescriptor, WrapperDescriptor, MethodWrapper, GetSetDescriptor,
                                  MemberDescriptor, Property, ClassMethod, StaticMethod, Super, SeqIterator, CallableIterator,
                                  MappingProxy, BaseException })
            FinishBare(t);
    }

    /// <summary>Gives a bare static type its empty dict, bases and single-inheritance MRO.</summary>
    internal static void FinishBare(PyType t)
    {
        t.Dict = new PyDict();
        t.Bases = t.Base == null ? PyTuple.Empty : new PyTuple([t.Base]);
        var mro = new List<PyType>();
        for (var c = t; c != null; c = c.Base) mro.Add(c);
        t.MroArray = mro.ToArray();
        t.Mro = new PyTuple(t.MroArray);
        t.SolidBase = t;
    }

    /// <summary>Creates a further static type (for modules and exceptions) after the core ones exist.</summary>
    public static PyType CreateStatic(string name, PyType baseType, string? module = null, bool subclassable = true)
    {
        var t = new PyType(Type, name, baseType) { IsBaseType = subclassable, StaticModule = module };
        FinishBare(t);
        return t;
    }
}
