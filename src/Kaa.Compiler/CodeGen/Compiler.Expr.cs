using System.Numerics;
using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

public sealed partial class Compiler
{
    void VisitExpr(Expr e)
    {
        var saved = _u.Loc;
        _u.Loc = Loc.Of(e);
        VisitExprInner(e);
        _u.Loc = saved;
    }

    void VisitExprInner(Expr e)
    {
        switch (e)
        {
            case Constant c:
                LoadConst(c.Value);
                break;
            case Name n:
                NameOp(n.Id, n.Ctx);
                break;
            case Attribute a:
                VisitAttribute(a);
                break;
            case Subscript s:
                if (s.Ctx == ExprContext.Load) CheckSubscript(s);
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                Emit(s.Ctx switch
                {
                    ExprContext.Load => OpCode.BinarySubscr,
                    ExprContext.Store => OpCode.StoreSubscr,
                    _ => OpCode.DeleteSubscr,
                });
                break;
            case Starred st:
                if (st.Ctx == ExprContext.Store)
                    throw Error("starred assignment target must be in a list or tuple", e);
                throw Error("can't use starred expression here", e);
            case ListExpr l:
                VisitSequence(l.Elts, l.Ctx, isTuple: false, e);
                break;
            case TupleExpr t:
                VisitSequence(t.Elts, t.Ctx, isTuple: true, e);
                break;
            case SetExpr s:
                StarUnpackHelper(s.Elts, 0, OpCode.BuildSet, OpCode.SetAdd, OpCode.SetUpdate, tuple: false);
                break;
            case Dict d:
                VisitDict(d);
                break;
            case BinOp b:
                if (TryFold(b, out var folded)) { LoadConst(folded); break; }
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                Emit(OpCode.BinaryOp, (int)BinOpOf(b.Op) | TempOperandFlag(b.Left, BinaryOpFlags.LeftIsTemp) | TempOperandFlag(b.Right, BinaryOpFlags.RightIsTemp));
                break;
            case UnaryOp u:
                if (TryFold(u, out var ufolded)) { LoadConst(ufolded); break; }
                VisitExpr(u.Operand);
                switch (u.Op)
                {
                    case UnaryOperator.Not: Emit(OpCode.UnaryNot); break;
                    case UnaryOperator.USub: Emit(OpCode.UnaryNegative); break;
                    case UnaryOperator.Invert: Emit(OpCode.UnaryInvert); break;
                    case UnaryOperator.UAdd: Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.UnaryPositive); break;
                }
                break;
            case BoolOp b:
                {
                    var end = new Label();
                    var op = b.Op == BoolOperator.And ? OpCode.JumpIfFalseOrPop : OpCode.JumpIfTrueOrPop;
                    for (int i = 0; i < b.Values.Count - 1; i++)
                    {
                        VisitExpr(b.Values[i]);
                        EmitJump(op, end);
                    }
                    VisitExpr(b.Values[^1]);
                    Bind(end);
                    break;
                }
            case Compare c:
                VisitCompare(c);
                break;
            case IfExp i:
                {
                    var end = new Label();
                    var next = new Label();
                    JumpIf(i.Test, next, false);
                    VisitExpr(i.Body);
                    EmitJump(OpCode.Jump, end, Loc.None);
                    Bind(next);
                    VisitExpr(i.Orelse);
                    Bind(end);
                    break;
                }
            case Call call:
                VisitCall(call);
                break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                Emit(OpCode.Copy, 1);
                VisitExpr(ne.Target);
                break;
            case Lambda l:
                CompileLambda(l);
                break;
            case ListComp lc:
                CompileComprehension(e, "<listcomp>", ComprehensionType.List, lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                CompileComprehension(e, "<setcomp>", ComprehensionType.Set, sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                CompileComprehension(e, "<dictcomp>", ComprehensionType.Dict, dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                CompileComprehension(e, "<genexpr>", ComprehensionType.Generator, ge.Generators, ge.Elt, null);
                break;
            case Yield y:
                if (!_u.Ste.IsFunctionLike) throw Error("'yield' outside function", e);
                if (y.Value != null) VisitExpr(y.Value);
                else LoadConst(null);
                AddYield(_u.Loc);
                break;
            case YieldFrom yf:
                if (!_u.Ste.IsFunctionLike) throw Error("'yield' outside function", e);
                if (_u.ScopeType == CompilerScope.AsyncFunction) throw Error("'yield from' inside async function", e);
                VisitExpr(yf.Value);
                Emit(OpCode.GetYieldFromIter);
                LoadConst(null);
                AddYieldFrom(_u.Loc, await: false);
                break;
            case Await aw:
                if (!IsTopLevelAwait())
                {
                    if (!_u.Ste.IsFunctionLike) throw Error("'await' outside function", e);
                    if (_u.ScopeType is not CompilerScope.AsyncFunction and not CompilerScope.Comprehension)
                        throw Error("'await' outside async function", e);
                }
                VisitExpr(aw.Value);
                Emit(OpCode.GetAwaitable, 0);
                LoadConst(null);
                AddYieldFrom(_u.Loc, await: true);
                break;
            case JoinedStr js:
                VisitJoinedStr(js);
                break;
            case TemplateStr tstr:
                VisitTemplateStr(tstr);
                break;
            case Interpolation ip:
                VisitInterpolation(ip);
                break;
            case FormattedValue fv:
                VisitFormattedValue(fv);
                break;
            case Slice sl:
                {
                    int n = 2;
                    if (sl.Lower != null) VisitExpr(sl.Lower); else LoadConst(null);
                    if (sl.Upper != null) VisitExpr(sl.Upper); else LoadConst(null);
                    if (sl.Step != null) { VisitExpr(sl.Step); n = 3; }
                    Emit(OpCode.BuildSlice, n);
                    break;
                }
            default:
                throw new InvalidOperationException($"unknown expression {e.GetType().Name}");
        }
    }

    void VisitAttribute(Attribute a)
    {
        VisitExpr(a.Value);
        var loc = AttrLoc(a);
        int name = AddName(Mangle(a.Attr));
        switch (a.Ctx)
        {
            case ExprContext.Load: Emit(OpCode.LoadAttr, name << 1, loc); break;
            case ExprContext.Store:
                if (a.Value is Name { Id: "self" }) AddStaticAttribute(a.Attr);
                Emit(OpCode.StoreAttr, name, loc);
                break;
            default: Emit(OpCode.DeleteAttr, name, loc); break;
        }
    }

    /// <summary>For multi-line attribute chains CPython reports the attribute's own line.</summary>
    Loc AttrLoc(Attribute a)
    {
        var loc = Loc.Of(a);
        if (a.Lineno != a.EndLineno)
            return new Loc(a.EndLineno, a.EndLineno, loc.Col, loc.EndCol);
        return loc;
    }

    void AddStaticAttribute(string attr)
    {
        for (var u = _u; u != null; u = u.Parent)
        {
            if (u.ScopeType == CompilerScope.Class)
            {
                if (!u.StaticAttributes!.Contains(attr)) u.StaticAttributes.Add(attr);
                return;
            }
        }
    }

    // ------------------------------------------------------------------ sequences

    void VisitSequence(List<Expr> elts, ExprContext ctx, bool isTuple, Expr e)
    {
        switch (ctx)
        {
            case ExprContext.Store:
                AssignmentHelper(elts, e);
                break;
            case ExprContext.Load:
                if (isTuple) StarUnpackHelper(elts, 0, OpCode.BuildList, OpCode.ListAppend, OpCode.ListExtend, tuple: true);
                else StarUnpackHelper(elts, 0, OpCode.BuildList, OpCode.ListAppend, OpCode.ListExtend, tuple: false);
                break;
            default:
                foreach (var x in elts) VisitExpr(x);
                break;
        }
    }

    void UnpackHelper(List<Expr> elts, Expr at)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred)
            {
                if (seenStar) throw Error("multiple starred expressions in assignment", elts[i]);
                if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking assignment", at);
                Emit(OpCode.UnpackEx, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) Emit(OpCode.UnpackSequence, n);
    }

    void AssignmentHelper(List<Expr> elts, Expr at)
    {
        UnpackHelper(elts, at);
        foreach (var elt in elts) VisitExpr(elt is Starred s ? s.Value : elt);
    }

    void StarUnpackHelper(List<Expr> elts, int pushed, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && TryFoldConstantSequence(elts, out var folded))
        {
            if (tuple && pushed == 0) { LoadConst(folded); return; }
            Emit(build, pushed);
            LoadConst(add == OpCode.SetAdd ? new ConstFrozenSet(folded) : folded);
            Emit(extend, 1);
            if (tuple) Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.ListToTuple);
            return;
        }
        if (tuple && pushed == 0 && n > 0 && TryFoldConstantSequence(elts, out folded))
        {
            LoadConst(folded);
            return;
        }
        bool big = n + pushed > StackUseGuideline;
        bool seenStar = false;
        foreach (var elt in elts) if (elt is Starred) { seenStar = true; break; }
        if (!seenStar && !big)
        {
            foreach (var elt in elts) VisitExpr(elt);
            Emit(tuple ? OpCode.BuildTuple : build, n + pushed);
            return;
        }
        bool built = false;
        if (big) { Emit(build, pushed); built = true; }
        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!built) { Emit(build, i + pushed); built = true; }
                VisitExpr(st.Value);
                Emit(extend, 1);
            }
            else
            {
                VisitExpr(elt);
                if (built) Emit(add, 1);
            }
        }
        if (tuple) Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.ListToTuple);
    }

    void VisitDict(Dict d)
    {
        int n = d.Values.Count;
        int elements = 0;
        bool haveDict = false;
        for (int i = 0; i < n; i++)
        {
            if (d.Keys[i] == null)
            {
                if (elements > 0)
                {
                    SubDict(d, i - elements, i);
                    if (haveDict) Emit(OpCode.DictUpdate, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) { Emit(OpCode.BuildMap, 0); haveDict = true; }
                VisitExpr(d.Values[i]);
                Emit(OpCode.DictUpdate, 1);
            }
            else
            {
                if (elements * 2 > StackUseGuideline)
                {
                    SubDict(d, i - elements, i + 1);
                    if (haveDict) Emit(OpCode.DictUpdate, 1);
                    haveDict = true;
                    elements = 0;
                }
                else elements++;
            }
        }
        if (elements > 0)
        {
            SubDict(d, n - elements, n);
            if (haveDict) Emit(OpCode.DictUpdate, 1);
            haveDict = true;
        }
        if (!haveDict) Emit(OpCode.BuildMap, 0);
    }

    void SubDict(Dict d, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            var keys = new object?[n];
            bool allConst = true;
            for (int i = begin; i < end; i++)
            {
                if (d.Keys[i] is Constant c) keys[i - begin] = c.Value;
                else { allConst = false; break; }
            }
            if (allConst)
            {
                for (int i = begin; i < end; i++) VisitExpr(d.Values[i]);
                LoadConst(keys);
                Emit(OpCode.BuildConstKeyMap, n);
                return;
            }
        }
        if (big) Emit(OpCode.BuildMap, 0);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(d.Keys[i]!);
            VisitExpr(d.Values[i]);
            if (big) Emit(OpCode.MapAdd, 1);
        }
        if (!big) Emit(OpCode.BuildMap, n);
    }

    // ------------------------------------------------------------------ comparisons and conditions

    static (OpCode op, int arg) CompareOpOf(CmpOp op) => op switch
    {
        CmpOp.Eq => (OpCode.CompareOp, (int)CompareOperator.Eq),
        CmpOp.NotEq => (OpCode.CompareOp, (int)CompareOperator.Ne),
        CmpOp.Lt => (OpCode.CompareOp, (int)CompareOperator.Lt),
        CmpOp.LtE => (OpCode.CompareOp, (int)CompareOperator.Le),
        CmpOp.Gt => (OpCode.CompareOp, (int)CompareOperator.Gt),
        CmpOp.GtE => (OpCode.CompareOp, (int)CompareOperator.Ge),
        CmpOp.Is => (OpCode.IsOp, 0),
        CmpOp.IsNot => (OpCode.IsOp, 1),
        CmpOp.In => (OpCode.ContainsOp, 0),
        CmpOp.NotIn => (OpCode.ContainsOp, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    void EmitCompare(CmpOp op)
    {
        var (opc, arg) = CompareOpOf(op);
        Emit(opc, arg);
    }

    /// <summary>Visits a comparison operand; `x in [consts]` / `x in {consts}` use a constant
    /// tuple / frozenset.</summary>
    void VisitComparator(Expr e, CmpOp op)
    {
        if (op is CmpOp.In or CmpOp.NotIn)
        {
            if (e is ListExpr l && TryFoldConstantSequence(l.Elts, out var items))
            {
                var saved = _u.Loc; _u.Loc = Loc.Of(e);
                LoadConst(items);
                _u.Loc = saved;
                return;
            }
            if (e is SetExpr s && TryFoldConstantSequence(s.Elts, out var sitems))
            {
                var saved = _u.Loc; _u.Loc = Loc.Of(e);
                LoadConst(new ConstFrozenSet(sitems));
                _u.Loc = saved;
                return;
            }
        }
        VisitExpr(e);
    }

    void VisitCompare(Compare c)
    {
        CheckCompare(c);
        int n = c.Ops.Count - 1;
        if (n == 0 && TryCompareTupleDisplays(c)) return;
        VisitExpr(c.Left);
        if (n == 0)
        {
            VisitComparator(c.Comparators[0], c.Ops[0]);
            EmitCompare(c.Ops[0]);
            return;
        }
        var cleanup = new Label();
        for (int i = 0; i < n; i++)
        {
            VisitComparator(c.Comparators[i], c.Ops[i]);
            Emit(OpCode.Swap, 2);
            Emit(OpCode.Copy, 2);
            EmitCompare(c.Ops[i]);
            EmitJump(OpCode.JumpIfFalseOrPop, cleanup);
        }
        VisitComparator(c.Comparators[n], c.Ops[n]);
        EmitCompare(c.Ops[n]);
        var end = new Label();
        EmitJump(OpCode.Jump, end, Loc.None);
        Bind(cleanup);
        Emit(OpCode.Swap, 2, Loc.None);
        Emit(OpCode.PopTop, 0, Loc.None);
        Bind(end);
    }

    /// <summary>
    /// `(a, b) &lt; (c, d)`, common in `__lt__` methods, compares the two element lists with COMPARE_TUPLES
    /// instead of building two tuples only to compare them. The tuples would be fresh exact tuples, so
    /// the result is the same: item by item equality, then the operator on the first unequal pair
    /// (returning its result object) or on the lengths.
    /// </summary>
    bool TryCompareTupleDisplays(Compare c)
    {
        static bool Fusable(Expr e, out List<Expr> elts)
        {
            elts = null!;
            if (e is not TupleExpr { Ctx: ExprContext.Load } t || t.Elts.Count == 0 || t.Elts.Count > 16) return false;
            foreach (var x in t.Elts) if (x is Starred) return false;
            elts = t.Elts;
            return true;
        }
        var op = c.Ops[0];
        if (op is CmpOp.Is or CmpOp.IsNot or CmpOp.In or CmpOp.NotIn) return false;
        if (!Fusable(c.Left, out var left) || !Fusable(c.Comparators[0], out var right)) return false;
        foreach (var x in left) VisitExpr(x);
        foreach (var x in right) VisitExpr(x);
        Emit(OpCode.CompareTuples, CompareOpOf(op).arg | (left.Count << 3) | (right.Count << 11));
        return true;
    }

    /// <summary>Jumps to <paramref name="target"/> when the truth of <paramref name="e"/> equals <paramref name="cond"/>.</summary>
    void JumpIf(Expr e, Label target, bool cond)
    {
        var saved = _u.Loc;
        _u.Loc = Loc.Of(e);
        JumpIfInner(e, target, cond);
        _u.Loc = saved;
    }

    void JumpIfInner(Expr e, Label target, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } u:
                JumpIf(u.Operand, target, !cond);
                return;
            case BoolOp b:
                {
                    bool cond2 = b.Op == BoolOperator.Or;
                    var next2 = target;
                    if (cond2 != cond) next2 = new Label();
                    for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, cond2);
                    JumpIf(b.Values[^1], target, cond);
                    if (!ReferenceEquals(next2, target)) Bind(next2);
                    return;
                }
            case IfExp i:
                {
                    var end = new Label();
                    var next2 = new Label();
                    JumpIf(i.Test, next2, false);
                    JumpIf(i.Body, target, cond);
                    EmitJump(OpCode.Jump, end, Loc.None);
                    Bind(next2);
                    JumpIf(i.Orelse, target, cond);
                    Bind(end);
                    return;
                }
            case Compare c when c.Ops.Count > 1:
                {
                    CheckCompare(c);
                    int n = c.Ops.Count - 1;
                    VisitExpr(c.Left);
                    var cleanup = new Label();
                    for (int i = 0; i < n; i++)
                    {
                        VisitComparator(c.Comparators[i], c.Ops[i]);
                        Emit(OpCode.Swap, 2);
                        Emit(OpCode.Copy, 2);
                        EmitCompare(c.Ops[i]);
                        EmitJump(OpCode.PopJumpIfFalse, cleanup);
                    }
                    VisitComparator(c.Comparators[n], c.Ops[n]);
                    EmitCompare(c.Ops[n]);
                    EmitJump(cond ? OpCode.PopJumpIfTrue : OpCode.PopJumpIfFalse, target);
                    var end = new Label();
                    EmitJump(OpCode.Jump, end, Loc.None);
                    Bind(cleanup);
                    Emit(OpCode.PopTop, 0, Loc.None);
                    if (!cond) EmitJump(OpCode.Jump, target, Loc.None);
                    Bind(end);
                    return;
                }
            case Compare c when c.Ops[0] is CmpOp.Is or CmpOp.IsNot && c.Comparators[0] is Constant { Value: null }:
                {
                    // `x is None` / `x is not None` jump directly on None-ness.
                    VisitExpr(c.Left);
                    bool jumpIfNone = (c.Ops[0] == CmpOp.Is) == cond;
                    EmitJump(jumpIfNone ? OpCode.PopJumpIfNone : OpCode.PopJumpIfNotNone, target);
                    return;
                }
            case Constant k:
                {
                    bool truth = ConstantTruth(k.Value);
                    if (truth == cond) EmitJump(OpCode.Jump, target);
                    else Emit(OpCode.Nop);
                    return;
                }
        }
        VisitExpr(e);
        EmitJump(cond ? OpCode.PopJumpIfTrue : OpCode.PopJumpIfFalse, target);
    }

    static bool ConstantTruth(object? v) => v switch
    {
        null => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0.0,
        Complex c => c != Complex.Zero,
        string s => s.Length > 0,
        byte[] b => b.Length > 0,
        object?[] t => t.Length > 0,
        _ => true,
    };

    // ------------------------------------------------------------------ calls

    void VisitCall(Call call)
    {
        if (TryOptimizedMethodCall(call)) return;
        CheckKeywords(call.Keywords);
        CheckCaller(call.Func);
        if (call.Func is Name n && TryLoadGlobalForCall(n.Id, Loc.Of(n)))
        {
        }
        else
        {
            VisitExpr(call.Func);
            Emit(OpCode.PushNull);
        }
        CallHelper(0, call.Args, call.Keywords, Loc.Of(call));
    }

    void CheckKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var k = keywords[i];
            if (k.Arg == null) continue;
            if (k.Arg == "__debug__") throw Error("cannot assign to __debug__", k);
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].Arg == k.Arg)
                    throw Error($"keyword argument repeated: {k.Arg}", keywords[j]);
        }
    }

    bool TryOptimizedMethodCall(Call call)
    {
        if (call.Func is not Attribute { Ctx: ExprContext.Load } meth) return false;
        if (call.Args.Count + call.Keywords.Count >= StackUseGuideline) return false;
        foreach (var a in call.Args) if (a is Starred) return false;
        foreach (var k in call.Keywords) if (k.Arg == null) return false;
        CheckKeywords(call.Keywords);
        VisitExpr(meth.Value);
        Emit(OpCode.LoadAttr, (AddName(Mangle(meth.Attr)) << 1) | 1, AttrLoc(meth));
        foreach (var a in call.Args) VisitExpr(a);
        EmitCallWithKeywords(call.Args.Count, call.Keywords, Loc.Of(call));
        return true;
    }

    void EmitCallWithKeywords(int nargs, List<Keyword> keywords, Loc loc)
    {
        if (keywords.Count > 0)
        {
            var names = new object?[keywords.Count];
            for (int i = 0; i < keywords.Count; i++)
            {
                VisitExpr(keywords[i].Value);
                names[i] = keywords[i].Arg;
            }
            LoadConst(names, loc);
            Emit(OpCode.CallKw, nargs + keywords.Count, loc);
        }
        else Emit(OpCode.Call, nargs, loc);
    }

    /// <summary>Pushes the arguments and emits the call. <paramref name="n"/> positional arguments
    /// are already on the stack (e.g. the body function and the name for __build_class__).</summary>
    void CallHelper(int n, List<Expr> args, List<Keyword> keywords, Loc loc)
    {
        bool exCall = n + args.Count + keywords.Count > StackUseGuideline;
        if (!exCall)
        {
            foreach (var a in args) if (a is Starred) { exCall = true; break; }
            foreach (var k in keywords) if (k.Arg == null) { exCall = true; break; }
        }
        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            EmitCallWithKeywords(n + args.Count, keywords, loc);
            return;
        }
        // Positional arguments.
        if (n == 0 && args.Count == 1 && args[0] is Starred only)
            VisitExpr(only.Value);
        else
            StarUnpackHelper(args, n, OpCode.BuildList, OpCode.ListAppend, OpCode.ListExtend, tuple: true);
        // Keyword arguments.
        int nkw = keywords.Count;
        if (nkw > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++)
            {
                var kw = keywords[i];
                if (kw.Arg == null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) Emit(OpCode.DictMerge, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) { Emit(OpCode.BuildMap, 0); haveDict = true; }
                    VisitExpr(kw.Value);
                    Emit(OpCode.DictMerge, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, nkw - nseen, nkw);
                if (haveDict) Emit(OpCode.DictMerge, 1);
            }
        }
        Emit(OpCode.CallFunctionEx, nkw > 0 ? 1 : 0, loc);
    }

    void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            var keys = new object?[n];
            for (int i = begin; i < end; i++)
            {
                VisitExpr(keywords[i].Value);
                keys[i - begin] = keywords[i].Arg;
            }
            LoadConst(keys);
            Emit(OpCode.BuildConstKeyMap, n);
            return;
        }
        if (big) Emit(OpCode.BuildMap, 0);
        for (int i = begin; i < end; i++)
        {
            LoadConst(keywords[i].Arg);
            VisitExpr(keywords[i].Value);
            if (big) Emit(OpCode.MapAdd, 1);
        }
        if (!big) Emit(OpCode.BuildMap, n);
    }

    // ------------------------------------------------------------------ f-strings

    void VisitJoinedStr(JoinedStr js)
    {
        int n = js.Values.Count;
        if (n == 0) { LoadConst(""); return; }
        if (n > StackUseGuideline)
        {
            // ''.join([...])
            LoadConst("");
            Emit(OpCode.LoadAttr, (AddName("join") << 1) | 1);
            Emit(OpCode.BuildList, 0);
            foreach (var v in js.Values)
            {
                VisitExpr(v);
                Emit(OpCode.ListAppend, 1);
            }
            Emit(OpCode.Call, 1);
            return;
        }
        foreach (var v in js.Values) VisitExpr(v);
        if (n != 1) Emit(OpCode.BuildString, n);
    }

    void VisitFormattedValue(FormattedValue fv)
    {
        VisitExpr(fv.Value);
        switch (fv.Conversion)
        {
            case 's': Emit(OpCode.ConvertValue, 1); break;
            case 'r': Emit(OpCode.ConvertValue, 2); break;
            case 'a': Emit(OpCode.ConvertValue, 3); break;
        }
        if (fv.FormatSpec != null)
        {
            VisitExpr(fv.FormatSpec);
            Emit(OpCode.FormatWithSpec);
        }
        else Emit(OpCode.FormatSimple);
    }

    // ------------------------------------------------------------------ t-strings (PEP 750)

    /// <summary>A template's strings are a constant tuple with one more item than there are interpolations
    /// ("" between adjacent ones); the interpolations are built at run time.</summary>
    void VisitTemplateStr(TemplateStr tstr)
    {
        var strings = new List<object?>();
        var interpolations = new List<Interpolation>();
        // The parser has merged adjacent constant parts, so each run between interpolations is one constant.
        object pending = "";
        foreach (var v in tstr.Values)
        {
            if (v is Constant c && StrConstant.IsStr(c.Value)) pending = StrConstant.Concat(pending, c.Value!)!;
            else
            {
                strings.Add(pending);
                pending = "";
                interpolations.Add((Interpolation)v);
            }
        }
        strings.Add(pending);
        LoadConst(strings.ToArray());
        foreach (var ip in interpolations) VisitInterpolation(ip);
        Emit(OpCode.BuildTuple, interpolations.Count);
        Emit(OpCode.CallIntrinsic2, (int)Intrinsic2.BuildTemplate);
    }

    void VisitInterpolation(Interpolation ip)
    {
        VisitExpr(ip.Value);
        LoadConst(ip.Str);
        LoadConst(ip.Conversion > 0 ? ((char)ip.Conversion).ToString() : null);
        if (ip.FormatSpec != null) VisitExpr(ip.FormatSpec);
        else LoadConst("");
        Emit(OpCode.BuildTuple, 4);
        Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.BuildInterpolation);
    }

    // ------------------------------------------------------------------ constant folding

    bool TryFoldConstantSequence(List<Expr> elts, out object?[] items)
    {
        items = new object?[elts.Count];
        for (int i = 0; i < elts.Count; i++)
        {
            if (!TryGetConstant(elts[i], out var v)) { items = null!; return false; }
            items[i] = v;
        }
        return true;
    }

    bool TryGetConstant(Expr e, out object? value)
    {
        switch (e)
        {
            case Constant c: value = c.Value; return true;
            case TupleExpr { Ctx: ExprContext.Load } t:
                if (TryFoldConstantSequence(t.Elts, out var items)) { value = items; return true; }
                break;
            case UnaryOp u: return TryFold(u, out value);
            case BinOp b: return TryFold(b, out value);
        }
        value = null;
        return false;
    }

    bool TryFold(UnaryOp u, out object? value)
    {
        value = null;
        if (u.Op == UnaryOperator.Not) return false;
        if (!TryGetConstant(u.Operand, out var v)) return false;
        switch (u.Op, v)
        {
            case (UnaryOperator.USub, BigInteger i): value = -i; return true;
            case (UnaryOperator.USub, double d): value = -d; return true;
            case (UnaryOperator.USub, Complex c): value = -c; return true;
            case (UnaryOperator.UAdd, BigInteger i): value = i; return true;
            case (UnaryOperator.UAdd, double d): value = d; return true;
            case (UnaryOperator.UAdd, Complex c): value = c; return true;
            case (UnaryOperator.Invert, BigInteger i): value = -i - 1; return true;
        }
        return false;
    }

    const int MaxFoldedIntBits = 128;
    const int MaxFoldedStrLength = 4096;

    bool TryFold(BinOp b, out object? value)
    {
        value = null;
        if (!TryGetConstant(b.Left, out var l) || !TryGetConstant(b.Right, out var r)) return false;
        switch (l, r)
        {
            case (BigInteger x, BigInteger y):
                {
                    BigInteger res;
                    switch (b.Op)
                    {
                        case Operator.Add: res = x + y; break;
                        case Operator.Sub: res = x - y; break;
                        case Operator.Mult:
                            if (BitLength(x) + BitLength(y) > MaxFoldedIntBits) return false;
                            res = x * y; break;
                        case Operator.FloorDiv:
                            if (y.IsZero) return false;
                            res = FloorDiv(x, y); break;
                        case Operator.Mod:
                            if (y.IsZero) return false;
                            res = x - FloorDiv(x, y) * y; break;
                        case Operator.Pow:
                            if (y.Sign < 0 || y > MaxFoldedIntBits) return false;
                            if (BitLength(x) * (long)y > MaxFoldedIntBits) return false;
                            res = BigInteger.Pow(x, (int)y); break;
                        case Operator.LShift:
                            if (y.Sign < 0 || y > MaxFoldedIntBits || BitLength(x) + (long)y > MaxFoldedIntBits) return false;
                            res = x << (int)y; break;
                        case Operator.RShift:
                            if (y.Sign < 0) return false;
                            res = y > 100000 ? (x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : x >> (int)y; break;
                        case Operator.BitAnd: res = x & y; break;
                        case Operator.BitOr: res = x | y; break;
                        case Operator.BitXor: res = x ^ y; break;
                        default: return false;
                    }
                    value = res;
                    return true;
                }
            case (double or BigInteger, double or BigInteger):
                {
                    double x = ToDouble(l!), y = ToDouble(r!);
                    if (double.IsInfinity(x) || double.IsInfinity(y)) return false;
                    switch (b.Op)
                    {
                        case Operator.Add: value = x + y; return true;
                        case Operator.Sub: value = x - y; return true;
                        case Operator.Mult: value = x * y; return true;
                        case Operator.Div:
                            if (y == 0) return false;
                            value = x / y; return true;
                    }
                    return false;
                }
            case (double or BigInteger or Complex, double or BigInteger or Complex):
                {
                    Complex x = ToComplex(l!), y = ToComplex(r!);
                    switch (b.Op)
                    {
                        case Operator.Add: value = x + y; return true;
                        case Operator.Sub: value = x - y; return true;
                    }
                    return false;
                }
            case (string or SeparatedStr, string or SeparatedStr) when b.Op == Operator.Add:
                if (StrConstant.Text(l!).Length + StrConstant.Text(r!).Length > MaxFoldedStrLength) return false;
                // '\ud800' + '\udc00' keeps two code points; a result that cannot be represented is left to run time.
                value = StrConstant.Concat(l!, r!);
                return value != null;
        }
        return false;
    }

    static long BitLength(BigInteger x) => x.IsZero ? 0 : (long)BigInteger.Abs(x).GetBitLength();

    static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    static double ToDouble(object o) => o is double d ? d : (double)(BigInteger)o;
    static Complex ToComplex(object o) => o is Complex c ? c : new Complex(ToDouble(o), 0);

    /// <summary><paramref name="flag"/> when <paramref name="operand"/> is itself a binary operation, whose
    /// result the stack holds and nothing else can see (see <see cref="BinaryOpFlags"/>).</summary>
    static int TempOperandFlag(Expr operand, int flag) => operand is BinOp ? flag : 0;
}
