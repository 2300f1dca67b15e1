using Kaa.Runtime;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The registration table for static types defined outside the core files (set, bytes, range, the
/// eval loop's function/code/frame/generator types, module-defined types...). Each entry initializes
/// its types' slots and methods; <see cref="Types"/> lists them (bases before subclasses) so
/// <see cref="TypeInit"/> can add slot wrappers and freeze them. One explicit table, no reflection.
/// </summary>
public static partial class ExtraTypeInits
{
    public static readonly System.Collections.Immutable.ImmutableArray<Action> All = [.. Inits()];
    public static readonly System.Collections.Immutable.ImmutableArray<PyType> Types = [.. TypeList()];

    private static IEnumerable<Action> Inits()
    {
        yield return Kaa.Runtime.IoModule.InitTypes;
        yield return Kaa.Runtime.WeakrefModule.InitTypes;
        yield return SimpleNamespaceType.Init;
        yield return PyCallableIterator.Init;
        yield return PyLock.Init;
        yield return PyRLock.Init;
        yield return PyThreadHandle.Init;
        yield return PyThreadLocal.Init;
        yield return SetType.Init;
        yield return RangeType.Init;
        yield return DictViews.Init;
        yield return PyEnumerate.Init;
        yield return PyZip.Init;
        yield return PyMap.Init;
        yield return PyFilter.Init;
        yield return PyReversed.Init;
        yield return SuperType.Init;
        foreach (var init in Kaa.Runtime.Eval.EvalTypes.Inits()) yield return init;
        yield return BytesType.Init;
        yield return PyEncodingMap.Init;
        yield return ComplexType.Init;
        yield return PyMemoryView.Init;
        yield return Kaa.Runtime.SreModule.InitTypes;
        yield return PyGenericAlias.Init;
        yield return PyUnionType.Init;
        yield return Kaa.Runtime.ItertoolsModule.Init;
        yield return Kaa.Runtime.CollectionsModule.InitTypes;
        yield return PyInterpolation.Init;
        yield return PyTemplate.Init;
        yield return Kaa.Runtime.ContextvarsModule.InitTypes;
        yield return Kaa.Runtime.StructModule.InitTypes;
        yield return Kaa.Runtime.RandomModule.InitTypes;
        yield return Kaa.Runtime.TypingModule.InitTypes;
        yield return Kaa.Runtime.FunctoolsModule.InitTypes;
        yield return Kaa.Runtime.JsonModule.InitTypes;
        yield return Kaa.Runtime.OperatorModule.InitTypes;
        yield return Kaa.Runtime.Md5Module.InitTypes;
        yield return Kaa.Runtime.UnicodedataModule.InitTypes;
        yield return Kaa.Runtime.CsvModule.InitTypes;
        yield return Kaa.Runtime.ArrayModule.InitTypes;
        yield return Kaa.Runtime.ZlibModule.InitTypes;
        yield return Kaa.Runtime.SelectModule.InitTypes;
        yield return Kaa.Runtime.SocketModule.InitTypes;
    }

    private static IEnumerable<PyType> TypeList()
    {
        foreach (var t in Kaa.Runtime.IoModule.Types) yield return t;
        yield return Kaa.Runtime.IoErrors.UnsupportedOperation;
        yield return PyWeakref.RefType;
        yield return PyWeakref.ProxyType;
        yield return PyWeakref.CallableProxyType;
        yield return SimpleNamespaceType.TypeObject;
        yield return PyLock.TypeObject;
        yield return PyRLock.TypeObject;
        yield return PyThreadHandle.TypeObject;
        yield return PyThreadLocal.TypeObject;
        yield return SetType.IteratorType;
        yield return RangeType.IteratorType;
        yield return RangeType.LongIteratorType;
        foreach (var t in DictViews.All) yield return t;
        yield return PyEnumerate.TypeObject;
        yield return PyZip.TypeObject;
        yield return PyMap.TypeObject;
        yield return PyFilter.TypeObject;
        yield return PyReversed.TypeObject;
        foreach (var t in Kaa.Runtime.Eval.EvalTypes.Types()) yield return t;
        yield return BytesType.IteratorType;
        yield return StrType.NonAsciiIteratorType;
        yield return BytesType.ByteArrayIteratorType;
        yield return PyMemoryView.TypeObject;
        yield return PyEncodingMap.TypeObject;
        foreach (var t in Kaa.Runtime.SreModule.Types) yield return t;
        yield return PyGenericAlias.TypeObject;
        yield return PyUnionType.TypeObject;
        foreach (var t in Kaa.Runtime.ItertoolsModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.CollectionsModule.Types()) yield return t;
        yield return PyInterpolation.TypeObject;
        yield return PyTemplate.TypeObject;
        yield return PyTemplate.IteratorType;
        foreach (var t in Kaa.Runtime.ContextvarsModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.StructModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.RandomModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.TypingModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.FunctoolsModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.JsonModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.OperatorModule.Types()) yield return t;
        foreach (var t in PyHash.Types()) yield return t;
        foreach (var t in Kaa.Runtime.UnicodedataModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.CsvModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.ArrayModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.ZlibModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.SelectModule.Types()) yield return t;
        foreach (var t in Kaa.Runtime.SocketModule.Types()) yield return t;
    }
}
