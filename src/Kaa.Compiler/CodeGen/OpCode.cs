namespace Kaa.Compiler.CodeGen;

/// <summary>
/// Kaa's bytecode. Close to CPython 3.13's instruction set (same stack layouts, same names), with
/// a few simplifications: jumps use absolute targets, there are no CACHE entries and no
/// RESUME/EXTENDED_ARG, and MAKE_FUNCTION takes its optional attributes through its flags.
/// An instruction is one int: opcode in the low 8 bits, argument in the high 24 bits.
/// Stack layouts quoted in comments read bottom → top.
/// </summary>
public enum OpCode : byte
{
    Nop,
    PopTop,
    PushNull,            // push a NULL (C# null) marker
    Copy,                // arg n: push stack[-n]
    Swap,                // arg n: swap stack[-1] and stack[-n]

    LoadConst,           // arg: constant index
    LoadFast,            // arg: local slot; UnboundLocalError when empty
    StoreFast,
    DeleteFast,
    LoadFastLoadFast,    // arg: (slot1 << 12) | slot2, both < 4096
    StoreFastLoadFast,   // arg: (store slot << 12) | load slot
    StoreFastStoreFast,  // arg: (slot1 << 12) | slot2: stores TOS to slot1, then the next to slot2
    LoadClosure,         // arg: slot; pushes the cell object itself
    LoadDeref,           // arg: slot holding a cell
    StoreDeref,
    DeleteDeref,
    LoadFromDictOrDeref, // mapping -- value: look up the slot's name in the mapping, else the cell
    LoadGlobal,          // arg: (name index << 1) | push NULL after
    StoreGlobal,         // arg: name index
    DeleteGlobal,
    LoadName,            // arg: name index; locals, then globals, then builtins
    StoreName,
    DeleteName,
    LoadFromDictOrGlobals, // mapping -- value
    LoadLocals,          // push the frame's locals mapping

    LoadAttr,            // arg: (name index << 1) | method form. owner -- attr [self_or_null]
    StoreAttr,           // value owner --
    DeleteAttr,          // owner --
    LoadSuperAttr,       // reserved

    BinaryOp,            // arg: BinaryOperator (inplace variants included)
    BinarySubscr,        // container key -- value
    StoreSubscr,         // value container key --
    DeleteSubscr,        // container key --
    BinarySlice,         // container start stop -- value
    StoreSlice,          // value container start stop --

    UnaryNegative,
    UnaryNot,
    UnaryInvert,
    ToBool,              // value -- bool (used only where a real bool is observable)

    CompareOp,           // arg: CompareOperator
    IsOp,                // arg: 1 = "is not"
    ContainsOp,          // arg: 1 = "not in"

    Jump,                // arg: absolute target (no eval-breaker check)
    JumpBackward,        // arg: absolute target; checks the eval breaker
    PopJumpIfFalse,      // arg: target; truth-tests TOS
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
    JumpIfFalseOrPop,    // arg: target; jumps keeping TOS if false, else pops
    JumpIfTrueOrPop,

    GetIter,
    ForIter,             // arg: target. iter -- iter next | on exhaustion pops iter and jumps

    ReturnValue,
    ReturnConst,         // arg: constant index

    BuildTuple,          // arg: n
    BuildList,
    BuildSet,
    BuildMap,            // arg: n pairs, key value key value ...
    BuildConstKeyMap,    // values... keys_tuple -- dict
    BuildString,         // arg: n strings
    BuildSlice,          // arg: 2 or 3
    ListAppend,          // arg i: list at stack[-(i+1)] after ... value
    SetAdd,
    MapAdd,              // arg i: dict ... key value
    ListExtend,
    SetUpdate,
    DictUpdate,
    DictMerge,           // like DictUpdate, duplicate keys are errors (calls), callable at stack[-(i+4)]

    UnpackSequence,      // arg n: seq -- item[n-1] ... item[0]
    UnpackEx,            // arg: before | (after << 8)

    FormatSimple,        // value -- str
    FormatWithSpec,      // value spec -- str
    ConvertValue,        // arg: 1 str, 2 repr, 3 ascii

    Call,                // arg n: callable self_or_null args[n] -- result
    CallKw,              // arg n: callable self_or_null args[n] kwnames -- result (n counts kw values)
    CallFunctionEx,      // arg flags&1: callable null args_tuple [kwargs_dict] -- result
    MakeFunction,        // arg: MakeFunctionFlags. [defaults] [kwdefaults] [annotations or __annotate__] [closure] code -- func
    CallIntrinsic1,      // arg: Intrinsic1
    CallIntrinsic2,      // arg: Intrinsic2

    RaiseVarargs,        // arg: 0 (re-raise), 1 (exc), 2 (exc cause)
    Reraise,             // arg n: values[n] exc --; when n, restores lasti from values[0]
    PushExcInfo,         // exc -- prev_exc exc
    PopExcept,           // prev_exc --
    CheckExcMatch,       // exc type -- exc bool
    CheckEgMatch,        // exc type -- rest match
    WithExceptStart,     // exit lasti prev exc -- exit lasti prev exc result
    BeforeWith,          // mgr -- exit enter_result
    BeforeAsyncWith,     // mgr -- exit awaitable
    LoadAssertionError,
    LoadBuildClass,
    SetupAnnotations,

    ImportName,          // arg: name index. level fromlist -- module
    ImportFrom,          // arg: name index. module -- module attr

    GetYieldFromIter,
    Send,                // arg: target. receiver value -- receiver value' | on return: receiver retval, jump
    YieldValue,          // arg: 1 when inside yield from/await. value -- sent
    EndSend,             // receiver value -- value
    CleanupThrow,        // sub_iter last_sent exc -- none value
    GetAwaitable,        // arg: 0 plain await, 1 after __aenter__, 2 after __aexit__
    GetAIter,
    GetANext,            // aiter -- aiter awaitable
    EndAsyncFor,         // aiter exc --

    MatchClass,          // arg nargs: subject cls names -- attrs_or_None
    MatchMapping,        // subject -- subject bool
    MatchSequence,       // subject -- subject bool
    MatchKeys,           // subject keys -- subject keys values_or_None
    GetLen,              // obj -- obj len

    // Superinstructions for common pairs (emitted by the peephole pass).
    CompareOpJumpIfFalse, // a b --   arg: (target << 4) | CompareOperator; jumps when the comparison is false
    CompareOpJumpIfTrue,
    LoadFastLoadConst,    // arg: (slot << 12) | const  (both < 4096)
    // Kaa only: a comparison of two tuple displays without building them.
    CompareTuples,        // a1..an b1..bm -- result   arg: CompareOperator | (n << 3) | (m << 11), n, m in 1..16
}

/// <summary>BINARY_OP arguments, numbered as CPython's NB_* constants.</summary>
public enum BinaryOperator
{
    Add, And, FloorDivide, LShift, MatrixMultiply, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
    InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatrixMultiply, InplaceMultiply,
    InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract, InplaceTrueDivide, InplaceXor,
}

/// <summary>
/// Flags above the operator in a BINARY_OP argument: the operand was computed by a nested binary
/// operation of the same expression and sits only on the value stack. The eval loop may then reuse a
/// number object it has just allocated for that operand as the result, instead of allocating another
/// (it also checks at run time that the object is the one it allocated; see Interpreter.BinaryOp).
/// </summary>
public static class BinaryOpFlags
{
    public const int OperatorMask = 0xFF;
    public const int LeftIsTemp = 1 << 8;
    public const int RightIsTemp = 1 << 9;
}

/// <summary>COMPARE_OP arguments (Python's rich comparison order: Py_LT .. Py_GE).</summary>
public enum CompareOperator { Lt, Le, Eq, Ne, Gt, Ge }

/// <summary>MAKE_FUNCTION flags; the values are popped in the reverse order of these bits.</summary>
[Flags]
public enum MakeFunctionFlags
{
    None = 0,
    Defaults = 0x01,     // tuple
    KwDefaults = 0x02,   // dict
    Annotations = 0x04,  // tuple (name, value, name, value, ...)
    Closure = 0x08,      // tuple of cells
    Annotate = 0x10,     // the __annotate__ function (PEP 649), in the annotations' stack slot
}

public enum Intrinsic1
{
    Invalid, Print, ImportStar, StopIterationError, AsyncGenWrap, UnaryPositive, ListToTuple,
    TypeVar, ParamSpec, TypeVarTuple, SubscriptGeneric, TypeAlias,
    BuildInterpolation,  // (value, expression_text, conversion_or_None, format_spec) -- Interpolation (CPython's BUILD_INTERPOLATION)
    CheckAnnotateFormat, // format -- None: NotImplementedError when format > 2 (start of a PEP 649/695 annotation scope)
}

public enum Intrinsic2
{
    Invalid, PrepReraiseStar, TypeVarWithBound, TypeVarWithConstraints, SetFunctionTypeParams, SetTypeParamDefault,
    BuildTemplate,       // strings_tuple interpolations_tuple -- Template (CPython's BUILD_TEMPLATE)
}

/// <summary>Opcode metadata: stack effects and jump kinds.</summary>
public static class OpInfo
{
    public static bool IsJump(OpCode op) => op switch
    {
        OpCode.Jump or OpCode.JumpBackward or OpCode.PopJumpIfFalse or OpCode.PopJumpIfTrue or OpCode.PopJumpIfNone
            or OpCode.PopJumpIfNotNone or OpCode.JumpIfFalseOrPop or OpCode.JumpIfTrueOrPop or OpCode.ForIter
            or OpCode.Send => true,
        _ => false,
    };

    /// <summary>Instructions after which control never falls through.</summary>
    public static bool IsTerminator(OpCode op) => op switch
    {
        OpCode.Jump or OpCode.JumpBackward or OpCode.ReturnValue or OpCode.ReturnConst or OpCode.RaiseVarargs
            or OpCode.Reraise => true,
        _ => false,
    };

    /// <summary>The net stack effect; <paramref name="jump"/> selects the taken-branch effect for jumps.</summary>
    public static int StackEffect(OpCode op, int arg, bool jump)
    {
        switch (op)
        {
            case OpCode.Nop: return 0;
            case OpCode.PopTop: return -1;
            case OpCode.PushNull: return 1;
            case OpCode.Copy: return 1;
            case OpCode.Swap: return 0;
            case OpCode.LoadConst: case OpCode.LoadFast: case OpCode.LoadClosure: case OpCode.LoadDeref:
            case OpCode.LoadName: case OpCode.LoadLocals: case OpCode.LoadAssertionError: case OpCode.LoadBuildClass:
                return 1;
            case OpCode.LoadFastLoadFast: case OpCode.LoadFastLoadConst: return 2;
            case OpCode.StoreFastLoadFast: return 0;
            case OpCode.StoreFastStoreFast: return -2;
            case OpCode.StoreFast: case OpCode.StoreDeref: case OpCode.StoreGlobal: case OpCode.StoreName: return -1;
            case OpCode.DeleteFast: case OpCode.DeleteDeref: case OpCode.DeleteGlobal: case OpCode.DeleteName: return 0;
            case OpCode.LoadFromDictOrDeref: case OpCode.LoadFromDictOrGlobals: return 0;
            case OpCode.LoadGlobal: return (arg & 1) != 0 ? 2 : 1;
            case OpCode.LoadAttr: return (arg & 1) != 0 ? 1 : 0;
            case OpCode.LoadSuperAttr: return (arg & 1) != 0 ? -1 : -2;
            case OpCode.StoreAttr: return -2;
            case OpCode.DeleteAttr: return -1;
            case OpCode.BinaryOp: return -1;
            case OpCode.BinarySubscr: return -1;
            case OpCode.StoreSubscr: return -3;
            case OpCode.DeleteSubscr: return -2;
            case OpCode.BinarySlice: return -2;
            case OpCode.StoreSlice: return -4;
            case OpCode.UnaryNegative: case OpCode.UnaryNot: case OpCode.UnaryInvert: case OpCode.ToBool: return 0;
            case OpCode.CompareOp: case OpCode.IsOp: case OpCode.ContainsOp: return -1;
            case OpCode.CompareTuples: return 1 - ((arg >> 3) & 0xFF) - (arg >> 11);
            case OpCode.Jump: case OpCode.JumpBackward: return 0;
            case OpCode.PopJumpIfFalse: case OpCode.PopJumpIfTrue: case OpCode.PopJumpIfNone: case OpCode.PopJumpIfNotNone:
                return -1;
            case OpCode.JumpIfFalseOrPop: case OpCode.JumpIfTrueOrPop: return jump ? 0 : -1;
            case OpCode.CompareOpJumpIfFalse: case OpCode.CompareOpJumpIfTrue: return -2;
            case OpCode.GetIter: return 0;
            case OpCode.ForIter: return jump ? -1 : 1;
            case OpCode.ReturnValue: return -1;
            case OpCode.ReturnConst: return 0;
            case OpCode.BuildTuple: case OpCode.BuildList: case OpCode.BuildSet: case OpCode.BuildString: return 1 - arg;
            case OpCode.BuildMap: return 1 - 2 * arg;
            case OpCode.BuildConstKeyMap: return -arg;
            case OpCode.BuildSlice: return 1 - arg;
            case OpCode.ListAppend: case OpCode.SetAdd: case OpCode.ListExtend: case OpCode.SetUpdate:
            case OpCode.DictUpdate: case OpCode.DictMerge:
                return -1;
            case OpCode.MapAdd: return -2;
            case OpCode.UnpackSequence: return arg - 1;
            case OpCode.UnpackEx: return (arg & 0xFF) + (arg >> 8);
            case OpCode.FormatSimple: case OpCode.ConvertValue: return 0;
            case OpCode.FormatWithSpec: return -1;
            case OpCode.Call: return -1 - arg;
            case OpCode.CallKw: return -2 - arg;
            case OpCode.CallFunctionEx: return (arg & 1) != 0 ? -3 : -2;
            case OpCode.MakeFunction:
                {
                    int n = 0;
                    for (int bit = 1; bit <= (int)MakeFunctionFlags.Annotate; bit <<= 1) if ((arg & bit) != 0) n++;
                    return -n;
                }
            case OpCode.CallIntrinsic1: return 0;
            case OpCode.CallIntrinsic2: return -1;
            case OpCode.RaiseVarargs: return -arg;
            case OpCode.Reraise: return -1;
            case OpCode.PushExcInfo: return 1;
            case OpCode.PopExcept: return -1;
            case OpCode.CheckExcMatch: return 0;
            case OpCode.CheckEgMatch: return 0;
            case OpCode.WithExceptStart: return 1;
            case OpCode.BeforeWith: case OpCode.BeforeAsyncWith: return 1;
            case OpCode.SetupAnnotations: return 0;
            case OpCode.ImportName: return -1;
            case OpCode.ImportFrom: return 1;
            case OpCode.GetYieldFromIter: return 0;
            case OpCode.Send: return 0;
            case OpCode.YieldValue: return 0;
            case OpCode.EndSend: return -1;
            case OpCode.CleanupThrow: return -1;
            case OpCode.GetAwaitable: case OpCode.GetAIter: return 0;
            case OpCode.GetANext: return 1;
            case OpCode.EndAsyncFor: return -2;
            case OpCode.MatchClass: return -2;
            case OpCode.MatchMapping: case OpCode.MatchSequence: case OpCode.GetLen: return 1;
            case OpCode.MatchKeys: return 1;
            default: throw new InvalidOperationException($"no stack effect for {op}");
        }
    }
}
