using System.Numerics;
using Kaa.Compiler.Ast;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

// PEP 695/696: generic functions, classes and `type` statements. As in CPython 3.14 each generic
// definition runs inside an annotation scope "<generic parameters of X>" that creates the type
// parameters (CALL_INTRINSIC TypeVar/ParamSpec/...) and binds them, so the definition can see them;
// bounds, constraints, defaults and alias values are compiled into lazy one-argument (`.format`)
// functions that the runtime objects call on first use.
public sealed partial class Compiler
{
    /// <summary>Pushes the tuple of the type parameters, binding each one in the current scope.</summary>
    void CompileTypeParams(List<TypeParam> typeParams)
    {
        bool seenDefault = false;
        foreach (var tp in typeParams)
        {
            var loc = Loc.Of(tp);
            LoadConst(tp.Name, loc);
            switch (tp)
            {
                case Ast.TypeVar { Bound: { } bound }:
                    TypeParamLazyValue(bound, tp.Name, tp, allowStarred: false);
                    Emit(OpCode.CallIntrinsic2, (int)(bound is TupleExpr ? Intrinsic2.TypeVarWithConstraints : Intrinsic2.TypeVarWithBound), loc);
                    break;
                case Ast.TypeVar:
                    Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.TypeVar, loc);
                    break;
                case Ast.TypeVarTuple:
                    Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.TypeVarTuple, loc);
                    break;
                case Ast.ParamSpec:
                    Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.ParamSpec, loc);
                    break;
            }
            if (tp.DefaultValue != null)
            {
                seenDefault = true;
                TypeParamLazyValue(tp.DefaultValue, tp.Name, tp.DefaultKey, allowStarred: tp is Ast.TypeVarTuple);
                Emit(OpCode.CallIntrinsic2, (int)Intrinsic2.SetTypeParamDefault, loc);
            }
            else if (seenDefault)
                throw Error($"non-default type parameter '{tp.Name}' follows default type parameter", tp);
            Emit(OpCode.Copy, 1, loc);
            NameOp(tp.Name, ExprContext.Store, loc);
        }
        Emit(OpCode.BuildTuple, typeParams.Count, Loc.Of(typeParams[0]));
    }

    /// <summary>Pushes the lazy evaluation function of a bound, constraints or default.</summary>
    void TypeParamLazyValue(Expr e, string name, object key, bool allowStarred)
    {
        var loc = Loc.Of(e);
        LoadConst(new object?[] { BigInteger.One }, loc);   // .format defaults to 1 (VALUE)
        EnterAnnotationScope(name, key, e, loc);
        if (allowStarred && e is Starred st)
        {
            VisitExpr(st.Value);
            Emit(OpCode.UnpackSequence, 1, loc);
        }
        else VisitExpr(e);
        Emit(OpCode.ReturnValue, 0, loc);
        var code = ExitScope(addReturn: false);
        MakeClosure(code, MakeFunctionFlags.Defaults, loc);
    }

    /// <summary>codegen_setup_annotations_scope: a scope whose only (positional-only) parameter is
    /// `.format`; formats above VALUE_WITH_FAKE_GLOBALS (2) raise NotImplementedError.</summary>
    void EnterAnnotationScope(string name, object key, Node at, Loc loc)
    {
        EnterScope(name, CompilerScope.Annotation, key, at.Lineno, at);
        _u.ArgCount = 1;
        _u.PosOnlyArgCount = 1;
        Emit(OpCode.LoadFast, 0, loc);
        Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.CheckAnnotateFormat, loc);
        Emit(OpCode.PopTop, 0, loc);
    }

    void EnterTypeParamsScope(string name, List<TypeParam> typeParams, Node owner, int firstLine, string? privateName = null)
    {
        EnterScope($"<generic parameters of {name}>", CompilerScope.TypeParams, typeParams, firstLine, owner, privateName);
    }

    /// <summary>`type X[T] = value`: TypeAliasType(name, type_params, lazy value).</summary>
    void CompileTypeAlias(TypeAlias s)
    {
        var loc = Loc.Of(s);
        string name = s.NameTarget.Id;
        bool generic = s.TypeParams.Count > 0;
        if (generic)
        {
            EnterTypeParamsScope(name, s.TypeParams, s, s.Lineno);
            LoadConst(name, loc);
            CompileTypeParams(s.TypeParams);
        }
        else
        {
            LoadConst(name, loc);
            LoadConst(null, loc);
        }
        LoadConst(new object?[] { BigInteger.One }, loc);
        EnterAnnotationScope(name, s, s, loc);
        VisitExpr(s.Value);
        Emit(OpCode.ReturnValue, 0, loc);
        var code = ExitScope(addReturn: false);
        MakeClosure(code, MakeFunctionFlags.Defaults, loc);
        Emit(OpCode.BuildTuple, 3, loc);
        Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.TypeAlias, loc);
        if (generic) CallTypeParamsScope(loc, 0);
        NameOp(name, ExprContext.Store, loc);
    }

    /// <summary>Leaves a "&lt;generic parameters of X&gt;" scope (whose result is on its stack) and calls it
    /// with the <paramref name="nargs"/> values pushed before it was entered.</summary>
    void CallTypeParamsScope(Loc loc, int nargs)
    {
        Emit(OpCode.ReturnValue, 0, loc);
        _u.ArgCount = nargs;
        var code = ExitScope(addReturn: false);
        MakeClosure(code, MakeFunctionFlags.None, loc);
        if (nargs > 0)
        {
            // [args..., fn] → [fn, args...]: the first argument sits in the self_or_null slot.
            Emit(OpCode.Swap, nargs + 1, loc);
            Emit(OpCode.Call, nargs - 1, loc);
        }
        else
        {
            Emit(OpCode.PushNull, 0, loc);
            Emit(OpCode.Call, 0, loc);
        }
    }

    /// <summary>The implicit `.generic_base` base of a generic class, appended to its bases.</summary>
    static List<Expr> BasesWithGenericBase(ClassDef s)
    {
        var bases = new List<Expr>(s.Bases);
        var name = new Name(".generic_base", ExprContext.Load);
        name.Lineno = s.Lineno; name.ColOffset = s.ColOffset; name.EndLineno = s.EndLineno; name.EndColOffset = s.EndColOffset;
        bases.Add(name);
        return bases;
    }
}
