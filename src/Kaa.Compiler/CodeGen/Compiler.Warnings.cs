using System.Numerics;
using Kaa.Compiler.Ast;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// The SyntaxWarnings CPython's code generator issues for code that is valid but almost certainly
/// wrong (codegen.c's check_compare, check_caller, check_subscripter, check_index and the assert
/// check): `x is 1`, `[1, 2] (3, 4)` (a missing comma), `assert (x, "msg")`.
/// </summary>
public sealed partial class Compiler
{
    /// <summary>Where the warnings go (null: not collected, e.g. compile() of an AST object).</summary>
    List<CompileWarning>? _warnings;

    void Warn(string msg, Node at)
    {
        _warnings?.Add(new CompileWarning(msg, at.Lineno, at.ColOffset + 1, CompileErrors.FileLine(_filename, at.Lineno),
            at.EndLineno, at.EndColOffset + 1));
    }

    /// <summary>A constant other than None, True, False and Ellipsis: `is` against it compares identity
    /// with an object the program cannot otherwise reach.</summary>
    /// <remarks>Tuples of constants count, as CPython 3.14 folds them in the AST before this check; `-1` and
    /// `2 ** 8` do not (3.14 folds operators later, in the code generator's output).</remarks>
    bool IsLiteralForIdentity(Expr e) => IsAstConstant(e, out var isTuple) && (isTuple || e is Constant { Value: not (null or bool or ConstantEllipsis) });

    /// <summary>A Constant, or a tuple display of them (nested ones too), as 3.14's AST preprocessing leaves it.</summary>
    static bool IsAstConstant(Expr e, out bool isTuple)
    {
        isTuple = false;
        if (e is Constant) return true;
        if (e is not TupleExpr { Ctx: ExprContext.Load } t) return false;
        foreach (var item in t.Elts)
            if (!IsAstConstant(item, out _)) return false;
        isTuple = true;
        return true;
    }

    /// <summary>check_compare: `is`/`is not` with a literal operand.</summary>
    void CheckCompare(Compare c)
    {
        Expr left = c.Left;
        for (int i = 0; i < c.Ops.Count; i++)
        {
            var right = c.Comparators[i];
            if (c.Ops[i] is CmpOp.Is or CmpOp.IsNot && (IsLiteralForIdentity(left) || IsLiteralForIdentity(right)))
            {
                var literal = IsLiteralForIdentity(left) ? left : right;
                Warn(c.Ops[i] == CmpOp.Is
                    ? $"\"is\" with '{LiteralTypeName(literal)}' literal. Did you mean \"==\"?"
                    : $"\"is not\" with '{LiteralTypeName(literal)}' literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
        }
    }

    /// <summary>check_caller: calling a literal or display, as in `[a, b] (c, d)`.</summary>
    void CheckCaller(Expr func)
    {
        if (func is Constant or TupleExpr or ListExpr or ListComp or Dict or DictComp or SetExpr or SetComp
            or GeneratorExp or JoinedStr or FormattedValue)
            Warn($"'{InferTypeName(func)}' object is not callable; perhaps you missed a comma?", func);
    }

    /// <summary>check_subscripter and check_index: subscripting something that cannot be, or a sequence
    /// literal with an index that is not an integer, as in `[1, 2] [3, 4]`.</summary>
    void CheckSubscript(Subscript s)
    {
        var v = s.Value;
        if ((v is Constant k && k.Value is null or bool or BigInteger or double or Complex or ConstantEllipsis)
            || v is SetExpr or SetComp or GeneratorExp or Lambda)
        {
            Warn($"'{InferTypeName(v)}' object is not subscriptable; perhaps you missed a comma?", v);
            return;
        }
        if (!(v is Constant { Value: string or byte[] or object?[] } || v is TupleExpr or ListExpr or ListComp or JoinedStr or FormattedValue))
            return;
        var index = s.Slice;
        bool notInteger = index is Constant ik
            ? ik.Value is not (BigInteger or bool)
            : index is TupleExpr or ListExpr or ListComp or Dict or DictComp or SetExpr or SetComp or GeneratorExp
                or JoinedStr or FormattedValue or Lambda;
        if (notInteger)
            Warn($"{InferTypeName(v)} indices must be integers or slices, not {InferTypeName(index)}; perhaps you missed a comma?", v);
    }

    /// <summary>The assert check: `assert (test, msg)` is a non-empty tuple, always true.</summary>
    void CheckAssert(Assert a)
    {
        if (a.Test is TupleExpr { Elts.Count: > 0 } || a.Test is Constant { Value: object?[] { Length: > 0 } })
            Warn("assertion is always true, perhaps remove parentheses?", a);
    }

    string LiteralTypeName(Expr e) => TryGetConstant(e, out var v) ? InferTypeName(new Constant(v)) : InferTypeName(e);

    /// <summary>infer_type: the type a literal or display evaluates to, by name.</summary>
    static string InferTypeName(Expr e) => e switch
    {
        TupleExpr => "tuple",
        ListExpr or ListComp => "list",
        Dict or DictComp => "dict",
        SetExpr or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        Constant k => k.Value switch
        {
            null => "NoneType",
            bool => "bool",
            BigInteger => "int",
            double => "float",
            Complex => "complex",
            string => "str",
            byte[] => "bytes",
            object?[] => "tuple",
            ConstantEllipsis => "ellipsis",
            _ => "object",
        },
        _ => "object",
    };
}
