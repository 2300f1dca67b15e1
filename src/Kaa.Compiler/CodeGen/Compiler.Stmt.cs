using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

public sealed partial class Compiler
{
    void VisitStmts(List<Stmt> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    void VisitStmt(Stmt s)
    {
        var saved = _u.Loc;
        _u.Loc = Loc.Of(s);
        switch (s)
        {
            case FunctionDef f: CompileFunctionDef(f); break;
            case ClassDef c: CompileClassDef(c); break;
            case Return r: CompileReturn(r); break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a:
                {
                    // `a, b = x, y` (2 or 3 names): push the values and reverse them with SWAP instead
                    // of building and unpacking a tuple, as CPython's compiler does.
                    if (a.Targets.Count == 1 && a.Targets[0] is TupleExpr or ListExpr && a.Value is TupleExpr tv
                        && SwapAssignable(a.Targets[0], tv))
                    {
                        foreach (var e in tv.Elts) VisitExpr(e);
                        Emit(OpCode.Swap, tv.Elts.Count);
                        foreach (var t in a.Targets[0] is TupleExpr tt ? tt.Elts : ((ListExpr)a.Targets[0]).Elts) VisitExpr(t);
                        break;
                    }
                    VisitExpr(a.Value);
                    for (int i = 0; i < a.Targets.Count; i++)
                    {
                        if (i < a.Targets.Count - 1) Emit(OpCode.Copy, 1);
                        VisitExpr(a.Targets[i]);
                    }
                    break;
                }
            case AugAssign ag: CompileAugAssign(ag); break;
            case AnnAssign aa: CompileAnnAssign(aa); break;
            case For f:
                if (f.IsAsync) CompileAsyncFor(f); else CompileFor(f);
                break;
            case While w: CompileWhile(w); break;
            case If i: CompileIf(i); break;
            case Match m: CompileMatch(m); break;
            case Raise r:
                {
                    int n = 0;
                    if (r.Exc != null)
                    {
                        VisitExpr(r.Exc);
                        n++;
                        if (r.Cause != null) { VisitExpr(r.Cause); n++; }
                    }
                    Emit(OpCode.RaiseVarargs, n);
                    break;
                }
            case Try t:
                if (t.IsStar)
                {
                    if (t.Finalbody.Count > 0) CompileTryFinally(t);
                    else CompileTryStarExcept(t);
                }
                else if (t.Finalbody.Count > 0) CompileTryFinally(t);
                else CompileTryExcept(t);
                break;
            case Assert a: CompileAssert(a); break;
            case Import im: CompileImport(im); break;
            case ImportFrom imf: CompileImportFrom(imf); break;
            case Global or Nonlocal: break;
            case ExprStmt e: CompileExprStmt(e); break;
            case Pass: Emit(OpCode.Nop); break;
            case Break: CompileBreak(); break;
            case Continue: CompileContinue(); break;
            case With w:
                if (w.IsAsync) CompileAsyncWith(w, 0); else CompileWith(w, 0);
                break;
            case TypeAlias ta: CompileTypeAlias(ta); break;
            default:
                throw new InvalidOperationException($"unknown statement {s.GetType().Name}");
        }
        _u.Loc = saved;
    }

    void CompileExprStmt(ExprStmt s)
    {
        var value = s.Value;
        if (_interactive > 0 && _u.ScopeType == CompilerScope.Module)
        {
            VisitExpr(value);
            Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.Print);
            Emit(OpCode.PopTop);
            return;
        }
        if (value is Constant)
        {
            // Constants have no effect; keep a NOP for the line number.
            Emit(OpCode.Nop);
            return;
        }
        VisitExpr(value);
        Emit(OpCode.PopTop, 0, Loc.None);
    }

    // ------------------------------------------------------------------ return / break / continue

    void CompileReturn(Return s)
    {
        var loc = Loc.Of(s);
        bool preserveTos = s.Value != null && s.Value is not Constant;
        if (!_u.Ste.IsFunctionLike) throw Error("'return' outside function", s);
        if (s.Value != null && _u.Ste.Coroutine && _u.Ste.Generator)
            throw Error("'return' with value in async generator", s);
        if (preserveTos) VisitExpr(s.Value!);
        else if (s.Value != null) Emit(OpCode.Nop, 0, Loc.Of(s.Value));
        if (s.Value == null || s.Value.Lineno != s.Lineno) Emit(OpCode.Nop, 0, loc);
        UnwindFBlockStack(ref loc, preserveTos, out _, forLoop: false);
        if (s.Value == null) Emit(OpCode.ReturnConst, AddConst(null), loc);
        else if (!preserveTos) Emit(OpCode.ReturnConst, AddConst(((Constant)s.Value).Value), loc);
        else Emit(OpCode.ReturnValue, 0, loc);
    }

    void CompileBreak()
    {
        var loc = _u.Loc;
        Emit(OpCode.Nop, 0, loc);
        UnwindFBlockStack(ref loc, false, out var loop, forLoop: true);
        if (loop == null) throw ErrorAt("'break' outside loop", _u.Loc);
        UnwindFBlock(ref loc, loop, false);
        EmitJump(OpCode.Jump, loop.Exit!, loc);
    }

    void CompileContinue()
    {
        var loc = _u.Loc;
        Emit(OpCode.Nop, 0, loc);
        UnwindFBlockStack(ref loc, false, out var loop, forLoop: true);
        if (loop == null) throw ErrorAt("'continue' not properly in loop", _u.Loc);
        EmitJump(OpCode.JumpBackward, loop.Block!, loc);
    }

    /// <summary>Emits the cleanup of every enclosing block up to (not including) the innermost loop
    /// when <paramref name="forLoop"/>, else all of them.</summary>
    void UnwindFBlockStack(ref Loc loc, bool preserveTos, out FBlock? loop, bool forLoop)
    {
        loop = null;
        var blocks = _u.FBlocks;
        if (blocks.Count == 0) return;
        var top = blocks[^1];
        if (top.Type == FBlockType.ExceptionGroupHandler)
            throw ErrorAt("'break', 'continue' and 'return' cannot appear in an except* block", loc);
        if (forLoop && top.Type is FBlockType.WhileLoop or FBlockType.ForLoop)
        {
            loop = top;
            return;
        }
        blocks.RemoveAt(blocks.Count - 1);
        UnwindFBlock(ref loc, top, preserveTos);
        UnwindFBlockStack(ref loc, preserveTos, out loop, forLoop);
        blocks.Add(top);
    }

    void UnwindFBlock(ref Loc loc, FBlock info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop:
            case FBlockType.ExceptionHandler:
            case FBlockType.ExceptionGroupHandler:
            case FBlockType.AsyncComprehensionGenerator:
                return;
            case FBlockType.ForLoop:
                if (preserveTos) Emit(OpCode.Swap, 2, loc);
                Emit(OpCode.PopTop, 0, loc);
                return;
            case FBlockType.TryExcept:
                _u.E.PopHandler();
                return;
            case FBlockType.FinallyTry:
                _u.E.PopHandler();
                if (preserveTos) PushFBlock(FBlockType.PopValue, null, null);
                VisitStmts((List<Stmt>)info.Datum!);
                if (preserveTos) PopFBlock(FBlockType.PopValue);
                loc = Loc.None;
                return;
            case FBlockType.FinallyEnd:
                if (preserveTos) Emit(OpCode.Swap, 2, loc);
                Emit(OpCode.PopTop, 0, loc); // exc_value
                if (preserveTos) Emit(OpCode.Swap, 2, loc);
                _u.E.PopHandler();
                Emit(OpCode.PopExcept, 0, loc);
                return;
            case FBlockType.With:
            case FBlockType.AsyncWith:
                loc = info.Loc;
                _u.E.PopHandler();
                if (preserveTos) Emit(OpCode.Swap, 2, loc);
                CallExitWithNones(loc);
                if (info.Type == FBlockType.AsyncWith)
                {
                    Emit(OpCode.GetAwaitable, 2, loc);
                    LoadConst(null, loc);
                    AddYieldFrom(loc, await: true);
                }
                Emit(OpCode.PopTop, 0, loc);
                loc = Loc.None;
                return;
            case FBlockType.HandlerCleanup:
                {
                    string? name = (string?)info.Datum;
                    if (name != null) _u.E.PopHandler();
                    if (preserveTos) Emit(OpCode.Swap, 2, loc);
                    _u.E.PopHandler();
                    Emit(OpCode.PopExcept, 0, loc);
                    if (name != null)
                    {
                        LoadConst(null, loc);
                        NameOp(name, ExprContext.Store, loc);
                        NameOp(name, ExprContext.Del, loc);
                    }
                    return;
                }
            case FBlockType.PopValue:
                if (preserveTos) Emit(OpCode.Swap, 2, loc);
                Emit(OpCode.PopTop, 0, loc);
                return;
        }
    }

    // ------------------------------------------------------------------ if / while / for

    void CompileIf(If s)
    {
        var end = new Label();
        var next = s.Orelse.Count > 0 ? new Label() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            EmitJump(OpCode.Jump, end, Loc.None);
            Bind(next);
            VisitStmts(s.Orelse);
        }
        Bind(end);
    }

    void CompileWhile(While s)
    {
        var loop = new Label();
        var body = new Label();
        var anchor = new Label();
        var end = new Label();
        Bind(loop);
        PushFBlock(FBlockType.WhileLoop, loop, end);
        JumpIf(s.Test, anchor, false);
        Bind(body);
        VisitStmts(s.Body);
        EmitJump(OpCode.JumpBackward, loop, Loc.None);
        PopFBlock(FBlockType.WhileLoop);
        Bind(anchor);
        VisitStmts(s.Orelse);
        Bind(end);
    }

    void CompileFor(For s)
    {
        var start = new Label();
        var cleanup = new Label();
        var end = new Label();
        VisitIterable(s.Iter);
        Emit(OpCode.GetIter, 0, Loc.Of(s.Iter));
        Bind(start);
        PushFBlock(FBlockType.ForLoop, start, end);
        EmitJump(OpCode.ForIter, cleanup, Loc.Of(s.Iter));
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        EmitJump(OpCode.JumpBackward, start, Loc.None);
        PopFBlock(FBlockType.ForLoop);
        Bind(cleanup);
        VisitStmts(s.Orelse);
        Bind(end);
    }

    /// <summary>Visits the iterable of a for loop; a list display of constants becomes a tuple constant.</summary>
    void VisitIterable(Expr iter)
    {
        if (iter is ListExpr l && l.Elts.Count > 0 && TryFoldConstantSequence(l.Elts, out var items))
        {
            var saved = _u.Loc;
            _u.Loc = Loc.Of(iter);
            LoadConst(items);
            _u.Loc = saved;
            return;
        }
        VisitExpr(iter);
    }

    void CompileAsyncFor(For s)
    {
        if (IsTopLevelAwait()) _u.Ste.Coroutine = true;
        else if (_u.ScopeType != CompilerScope.AsyncFunction)
            throw Error("'async for' outside async function", s);
        var start = new Label();
        var except = new Label();
        var end = new Label();
        var loc = Loc.Of(s);
        VisitExpr(s.Iter);
        Emit(OpCode.GetAIter, 0, Loc.Of(s.Iter));
        Bind(start);
        PushFBlock(FBlockType.ForLoop, start, end);
        _u.E.PushHandler(except, _u.E.Depth, false);
        Emit(OpCode.GetANext, 0, loc);
        LoadConst(null, loc);
        AddYieldFrom(loc, await: true);
        _u.E.PopHandler();
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        EmitJump(OpCode.JumpBackward, start, Loc.None);
        PopFBlock(FBlockType.ForLoop);
        Bind(except);
        Emit(OpCode.EndAsyncFor, 0, Loc.Of(s.Iter));
        VisitStmts(s.Orelse);
        Bind(end);
    }

    bool IsTopLevelAwait() => _options.AllowTopLevelAwait && _u.ScopeType == CompilerScope.Module;

    // ------------------------------------------------------------------ assignments

    void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        var loc = Loc.Of(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                Emit(OpCode.Copy, 1, loc);
                Emit(OpCode.LoadAttr, AddName(Mangle(a.Attr)) << 1, loc);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                Emit(OpCode.Copy, 2, loc);
                Emit(OpCode.Copy, 2, loc);
                Emit(OpCode.BinarySubscr, 0, loc);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load, loc);
                break;
            default:
                throw Error("illegal expression for augmented assignment", e);
        }
        VisitExpr(s.Value);
        Emit(OpCode.BinaryOp, (int)InplaceOp(s.Op) | TempOperandFlag(s.Value, BinaryOpFlags.RightIsTemp), Loc.Of(s));
        switch (e)
        {
            case Attribute a:
                Emit(OpCode.Swap, 2, loc);
                Emit(OpCode.StoreAttr, AddName(Mangle(a.Attr)), loc);
                break;
            case Subscript:
                Emit(OpCode.Swap, 3, loc);
                Emit(OpCode.Swap, 2, loc);
                Emit(OpCode.StoreSubscr, 0, loc);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store, loc);
                break;
        }
    }

    void CompileAnnAssign(AnnAssign s)
    {
        var target = s.Target;
        if (s.Value != null)
        {
            VisitExpr(s.Value);
            VisitExpr(target);
        }
        switch (target)
        {
            case Name n:
                if (n.Id == "__debug__") throw Error("cannot assign to __debug__", n);
                if (s.Simple && _u.ScopeType is CompilerScope.Module or CompilerScope.Class)
                {
                    if (_futureAnnotations)
                    {
                        VisitAnnotationValue(s.Annotation);
                        Emit(OpCode.LoadName, AddName("__annotations__"));
                        LoadConst(Mangle(n.Id));
                        Emit(OpCode.StoreSubscr);
                    }
                    else AddDeferredAnnotation(s);
                }
                break;
            case Attribute a:
                if (s.Value == null) CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value == null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }
                break;
            default:
                throw Error($"invalid node type ({target.GetType().Name}) for annotated assignment", target);
        }
        // 3.14 never evaluates the annotation of a complex target (x.y: T, x[0]: T, (x): T).
    }

    void CheckAnnExpr(Expr e)
    {
        VisitExpr(e);
        Emit(OpCode.PopTop);
    }

    void CheckAnnSubscr(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower != null) CheckAnnExpr(sl.Lower);
                if (sl.Upper != null) CheckAnnExpr(sl.Upper);
                if (sl.Step != null) CheckAnnExpr(sl.Step);
                break;
            case TupleExpr t:
                foreach (var x in t.Elts) CheckAnnSubscr(x);
                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }

    /// <summary>Pushes an annotation's value: the evaluated expression, or its source text under
    /// `from __future__ import annotations`.</summary>
    void VisitAnnotationValue(Expr annotation)
    {
        if (_futureAnnotations) LoadConst(Unparser.Unparse(annotation));
        else VisitExpr(annotation);
    }

    // ------------------------------------------------------------------ assert / import

    void CompileAssert(Assert s)
    {
        if (_options.Optimize > 0) return;
        CheckAssert(s);
        var end = new Label();
        JumpIf(s.Test, end, true);
        Emit(OpCode.LoadAssertionError);
        if (s.Msg != null)
        {
            VisitExpr(s.Msg);
            Emit(OpCode.Call, 0);
        }
        Emit(OpCode.RaiseVarargs, 1, Loc.Of(s.Test));
        Bind(end);
    }

    void CompileImport(Import s)
    {
        foreach (var alias in s.Names)
        {
            LoadConst(System.Numerics.BigInteger.Zero);
            LoadConst(null);
            Emit(OpCode.ImportName, AddName(alias.AliasName));
            if (alias.Asname != null) ImportAs(alias.AliasName, alias.Asname);
            else
            {
                string store = alias.AliasName;
                int dot = store.IndexOf('.');
                if (dot >= 0) store = store[..dot];
                NameOp(store, ExprContext.Store);
            }
        }
    }

    void ImportAs(string name, string asname)
    {
        int dot = name.IndexOf('.');
        if (dot >= 0)
        {
            while (true)
            {
                int pos = dot + 1;
                dot = name.IndexOf('.', pos);
                string attr = dot >= 0 ? name[pos..dot] : name[pos..];
                Emit(OpCode.ImportFrom, AddName(attr));
                if (dot < 0) break;
                Emit(OpCode.Swap, 2);
                Emit(OpCode.PopTop);
            }
            NameOp(asname, ExprContext.Store);
            Emit(OpCode.PopTop);
            return;
        }
        NameOp(asname, ExprContext.Store);
    }

    void CompileImportFrom(ImportFrom s)
    {
        if (s.Module == "__future__" && s.Level == 0 && !IsLeadingFutureImport(s))
            throw Error("from __future__ imports must occur at the beginning of the file", s);
        LoadConst(new System.Numerics.BigInteger(s.Level));
        var names = new object?[s.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = s.Names[i].AliasName;
        LoadConst(names);
        Emit(OpCode.ImportName, AddName(s.Module ?? ""));
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.AliasName == "*")
            {
                Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.ImportStar);
                Emit(OpCode.PopTop, 0, Loc.None);
                return;
            }
            Emit(OpCode.ImportFrom, AddName(alias.AliasName));
            NameOp(alias.Asname ?? alias.AliasName, ExprContext.Store);
        }
        Emit(OpCode.PopTop);
    }

    /// <summary>Future imports are valid only among the first statements of a module (after an
    /// optional docstring and other future imports).</summary>
    bool IsLeadingFutureImport(ImportFrom s)
    {
        if (_u.ScopeType != CompilerScope.Module || _u.Parent != null) return false;
        if (_st.Top.Node is not ModuleNode and not Interactive) return false;
        var body = _st.Top.Node is ModuleNode m ? m.Body : ((Interactive)_st.Top.Node!).Body;
        int i = 0;
        if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string } }) i = 1;
        for (; i < body.Count; i++)
        {
            if (ReferenceEquals(body[i], s)) return true;
            if (body[i] is not ImportFrom { Module: "__future__", Level: 0 }) return false;
        }
        return false;
    }

    // ------------------------------------------------------------------ operators

    static BinaryOperator BinOpOf(Operator op) => op switch
    {
        Operator.Add => BinaryOperator.Add,
        Operator.Sub => BinaryOperator.Subtract,
        Operator.Mult => BinaryOperator.Multiply,
        Operator.MatMult => BinaryOperator.MatrixMultiply,
        Operator.Div => BinaryOperator.TrueDivide,
        Operator.Mod => BinaryOperator.Remainder,
        Operator.Pow => BinaryOperator.Power,
        Operator.LShift => BinaryOperator.LShift,
        Operator.RShift => BinaryOperator.RShift,
        Operator.BitOr => BinaryOperator.Or,
        Operator.BitXor => BinaryOperator.Xor,
        Operator.BitAnd => BinaryOperator.And,
        Operator.FloorDiv => BinaryOperator.FloorDivide,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    static BinaryOperator InplaceOp(Operator op) => BinOpOf(op) + 13;

    /// <summary>Whether `targets = values` can be compiled with SWAP: 2 or 3 items on each side and no
    /// starred item (the values are all evaluated before any store, as with unpacking).</summary>
    static bool SwapAssignable(Expr target, TupleExpr values)
    {
        var elts = target is TupleExpr t ? t.Elts : ((ListExpr)target).Elts;
        int n = values.Elts.Count;
        if (n is < 2 or > 3 || elts.Count != n) return false;
        foreach (var e in values.Elts) if (e is Starred) return false;
        foreach (var e in elts) if (e is Starred) return false;
        return true;
    }
}
