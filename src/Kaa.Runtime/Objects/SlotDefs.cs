using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>How a <see cref="PySlotWrapper"/> calls its slot function from a Python-level call.</summary>
public enum WrapperKind
{
    Unary, BinaryLeft, BinaryRight, RichCompare, Hash, Call, GetAttribute, SetAttr, DelAttr, Iter, Next,
    DescrGet, DescrSet, DescrDelete, Init, Bool, Len, GetItem, SetItem, DelItem, Contains,
    /// <summary>__pow__ / __rpow__: a binary slot whose wrapper also takes CPython's optional modulus.</summary>
    PowerLeft, PowerRight,
    /// <summary>sq_repeat as __mul__/__rmul__: the argument is converted with __index__ first (wrap_indexargfunc).</summary>
    IndexArg,
}

/// <summary>
/// One entry of CPython's slotdefs table: the dunder names that feed a slot, how to read and write the
/// slot on a type, the generic function a heap type uses when the name resolves to Python code, and the
/// wrappers a static type exposes for it.
/// </summary>
public sealed class SlotDef
{
    public required System.Collections.Immutable.ImmutableArray<PyStr> Names { get; init; }
    public required Func<PyType, Delegate?> Get { get; init; }
    public required Action<PyType, Delegate?> Set { get; init; }
    public required Delegate Generic { get; init; }
    public System.Collections.Immutable.ImmutableArray<SlotWrapperSpec> Wrappers { get; init; } = [];
    public bool IsNew { get; init; }
}

/// <summary>One Python-visible wrapper of a slot (its name, and how the wrapper calls the slot). A class,
/// not a value tuple: ImmutableArray's code over a value tuple cannot be precompiled (ReadyToRun) and would
/// be JIT-compiled at every start-up.</summary>
public sealed record SlotWrapperSpec(PyStr Name, (WrapperKind Kind, int Arg) Kind);

public static class SlotDefs
{
    public const int BinOpCount = 14;

    public static readonly System.Collections.Immutable.ImmutableArray<SlotDef> All = [.. Build()];

    /// <summary>The generic binary power slot of heap types (tells Python-level __pow__ from a built-in's).</summary>
    public static readonly Delegate PowerGeneric = All.First(d => d.Names[0].Value == "__pow__").Generic;

    /// <summary>
    /// sq_repeat seen from Python as __mul__ and __rmul__ on the built-in sequences. It is not in
    /// <see cref="All"/>: as in CPython, a Python-level __mul__ never fills sq_repeat, so heap types only
    /// inherit the slot, and the nb_multiply of a str subclass stays empty (see FixupSlots).
    /// </summary>
    public static readonly SlotDef SeqRepeat = new()
    {
        Names = N("__mul__", "__rmul__"), Get = t => t.SqRepeat, Set = (t, f) => t.SqRepeat = (BinaryFunc?)f,
        Generic = (BinaryFunc)((ts, a, b) => PyNotImplemented.Value),
        Wrappers = W(("__mul__", WrapperKind.IndexArg, 0), ("__rmul__", WrapperKind.IndexArg, 0)),
    };

    /// <summary>
    /// sq_concat seen from Python as __add__ (and no __radd__) on the built-in sequences: str, bytes,
    /// tuple, list... have no nb_add in CPython, so `str.__add__('a', 1)` raises the concatenation
    /// TypeError and a subclass's Python-level __add__ empties the slot (see FixupSlots).
    /// </summary>
    public static readonly SlotDef SeqConcat = new()
    {
        Names = N("__add__"), Get = t => t.SqConcat, Set = (t, f) => t.SqConcat = (BinaryFunc?)f,
        Generic = (BinaryFunc)((ts, a, b) => PyNotImplemented.Value),
        Wrappers = W(("__add__", WrapperKind.BinaryLeft, 0)),
    };

    /// <summary>The sequence slots: fed by Python-visible wrappers, never by Python-level methods.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<SlotDef> Sequence = [SeqConcat, SeqRepeat];

    private static System.Collections.Immutable.ImmutableArray<SlotWrapperSpec> W(params (string name, WrapperKind kind, int arg)[] ws)
    {
        var specs = new SlotWrapperSpec[ws.Length];
        for (int i = 0; i < ws.Length; i++) specs[i] = new SlotWrapperSpec(PyStr.Immortal(ws[i].name), (ws[i].kind, ws[i].arg));
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(specs);
    }

    private static System.Collections.Immutable.ImmutableArray<PyStr> N(params string[] names) => [.. names.Select(PyStr.Immortal)];

    private static SlotDef[] Build()
    {
        var defs = new List<SlotDef>
        {
            new() { Names = N("__repr__"), Get = t => t.TpRepr, Set = (t, f) => t.TpRepr = (UnaryFunc?)f,
                    Generic = (UnaryFunc)SlotFunctions.Repr, Wrappers = W(("__repr__", WrapperKind.Unary, 0)) },
            new() { Names = N("__str__"), Get = t => t.TpStr, Set = (t, f) => t.TpStr = (UnaryFunc?)f,
                    Generic = (UnaryFunc)SlotFunctions.Str, Wrappers = W(("__str__", WrapperKind.Unary, 0)) },
            new() { Names = N("__hash__"), Get = t => t.TpHash, Set = (t, f) => t.TpHash = (HashFunc?)f,
                    Generic = (HashFunc)SlotFunctions.Hash, Wrappers = W(("__hash__", WrapperKind.Hash, 0)) },
            new() { Names = N("__call__"), Get = t => t.TpCall, Set = (t, f) => t.TpCall = (CallFunc?)f,
                    Generic = (CallFunc)SlotFunctions.Call, Wrappers = W(("__call__", WrapperKind.Call, 0)) },
            new() { Names = N("__getattribute__", "__getattr__"), Get = t => t.TpGetAttro, Set = (t, f) => t.TpGetAttro = (GetAttroFunc?)f,
                    Generic = (GetAttroFunc)SlotFunctions.GetAttrHook, Wrappers = W(("__getattribute__", WrapperKind.GetAttribute, 0)) },
            new() { Names = N("__setattr__", "__delattr__"), Get = t => t.TpSetAttro, Set = (t, f) => t.TpSetAttro = (SetAttroFunc?)f,
                    Generic = (SetAttroFunc)SlotFunctions.SetAttr,
                    Wrappers = W(("__setattr__", WrapperKind.SetAttr, 0), ("__delattr__", WrapperKind.DelAttr, 0)) },
            new() { Names = N("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"), Get = t => t.TpRichCompare,
                    Set = (t, f) => t.TpRichCompare = (RichCompareFunc?)f, Generic = (RichCompareFunc)SlotFunctions.RichCompare,
                    Wrappers = W(("__lt__", WrapperKind.RichCompare, 0), ("__le__", WrapperKind.RichCompare, 1), ("__eq__", WrapperKind.RichCompare, 2),
                                 ("__ne__", WrapperKind.RichCompare, 3), ("__gt__", WrapperKind.RichCompare, 4), ("__ge__", WrapperKind.RichCompare, 5)) },
            new() { Names = N("__iter__"), Get = t => t.TpIter, Set = (t, f) => t.TpIter = (UnaryFunc?)f,
                    Generic = (UnaryFunc)SlotFunctions.Iter, Wrappers = W(("__iter__", WrapperKind.Unary, 0)) },
            new() { Names = N("__next__"), Get = t => t.TpIterNext, Set = (t, f) => t.TpIterNext = (IterNextFunc?)f,
                    Generic = (IterNextFunc)SlotFunctions.IterNext, Wrappers = W(("__next__", WrapperKind.Next, 0)) },
            new() { Names = N("__get__"), Get = t => t.TpDescrGet, Set = (t, f) => t.TpDescrGet = (DescrGetFunc?)f,
                    Generic = (DescrGetFunc)SlotFunctions.DescrGet, Wrappers = W(("__get__", WrapperKind.DescrGet, 0)) },
            new() { Names = N("__set__", "__delete__"), Get = t => t.TpDescrSet, Set = (t, f) => t.TpDescrSet = (DescrSetFunc?)f,
                    Generic = (DescrSetFunc)SlotFunctions.DescrSet,
                    Wrappers = W(("__set__", WrapperKind.DescrSet, 0), ("__delete__", WrapperKind.DescrDelete, 0)) },
            new() { Names = N("__init__"), Get = t => t.TpInit, Set = (t, f) => t.TpInit = (InitFunc?)f,
                    Generic = (InitFunc)SlotFunctions.Init, Wrappers = W(("__init__", WrapperKind.Init, 0)) },
            new() { Names = N("__new__"), Get = t => t.TpNew, Set = (t, f) => t.TpNew = (NewFunc?)f,
                    Generic = (NewFunc)SlotFunctions.New, IsNew = true },
            new() { Names = N("__bool__"), Get = t => t.NbBool, Set = (t, f) => t.NbBool = (InquiryFunc?)f,
                    Generic = (InquiryFunc)SlotFunctions.Bool, Wrappers = W(("__bool__", WrapperKind.Bool, 0)) },
            new() { Names = N("__len__"), Get = t => t.MpLength, Set = (t, f) => t.MpLength = (LenFunc?)f,
                    Generic = (LenFunc)SlotFunctions.Len, Wrappers = W(("__len__", WrapperKind.Len, 0)) },
            new() { Names = N("__getitem__"), Get = t => t.MpSubscript, Set = (t, f) => t.MpSubscript = (BinaryFunc?)f,
                    Generic = (BinaryFunc)SlotFunctions.GetItem, Wrappers = W(("__getitem__", WrapperKind.GetItem, 0)) },
            new() { Names = N("__setitem__", "__delitem__"), Get = t => t.MpAssSubscript, Set = (t, f) => t.MpAssSubscript = (SetItemFunc?)f,
                    Generic = (SetItemFunc)SlotFunctions.SetItem,
                    Wrappers = W(("__setitem__", WrapperKind.SetItem, 0), ("__delitem__", WrapperKind.DelItem, 0)) },
            new() { Names = N("__contains__"), Get = t => t.SqContains, Set = (t, f) => t.SqContains = (ContainsFunc?)f,
                    Generic = (ContainsFunc)SlotFunctions.Contains, Wrappers = W(("__contains__", WrapperKind.Contains, 0)) },
            Unary("__neg__", t => t.NbNegative, (t, f) => t.NbNegative = f),
            Unary("__pos__", t => t.NbPositive, (t, f) => t.NbPositive = f),
            Unary("__abs__", t => t.NbAbsolute, (t, f) => t.NbAbsolute = f),
            Unary("__invert__", t => t.NbInvert, (t, f) => t.NbInvert = f),
            Unary("__int__", t => t.NbInt, (t, f) => t.NbInt = f),
            Unary("__float__", t => t.NbFloat, (t, f) => t.NbFloat = f),
            Unary("__index__", t => t.NbIndex, (t, f) => t.NbIndex = f),
        };
        string[] binNames = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "divmod"];
        for (int i = 0; i < BinOpCount; i++)
        {
            int op = i;
            string l = $"__{binNames[i]}__", r = $"__r{binNames[i]}__";
            var generic = SlotFunctions.MakeBinary((BinOp)op, PyStr.Immortal(l), PyStr.Immortal(r));
            defs.Add(new SlotDef
            {
                Names = N(l, r), Get = t => t.NbBinary[op], Set = (t, f) => t.NbBinary[op] = (BinaryFunc?)f,
                Generic = generic,
                Wrappers = op == (int)BinOp.Pow
                    ? W((l, WrapperKind.PowerLeft, 0), (r, WrapperKind.PowerRight, 0))
                    : W((l, WrapperKind.BinaryLeft, 0), (r, WrapperKind.BinaryRight, 0)),
            });
            if (op == (int)BinOp.DivMod) continue;
            string ip = $"__i{binNames[i]}__";
            var ipName = PyStr.Immortal(ip);
            defs.Add(new SlotDef
            {
                Names = N(ip), Get = t => t.NbInplace[op], Set = (t, f) => t.NbInplace[op] = (BinaryFunc?)f,
                Generic = (BinaryFunc)((ts, a, b) => SlotFunctions.CallSpecialOrNotImplemented(ts, a, ipName, b)),
                Wrappers = W((ip, WrapperKind.BinaryLeft, 0)),
            });
        }
        return defs.ToArray();
    }

    private static SlotDef Unary(string name, Func<PyType, UnaryFunc?> get, Action<PyType, UnaryFunc?> set)
    {
        var pyName = PyStr.Immortal(name);
        return new SlotDef
        {
            Names = [pyName], Get = get, Set = (t, f) => set(t, (UnaryFunc?)f),
            Generic = (UnaryFunc)((ts, a) => SlotFunctions.CallSpecial(ts, a, pyName)),
            Wrappers = W((name, WrapperKind.Unary, 0)),
        };
    }
}
