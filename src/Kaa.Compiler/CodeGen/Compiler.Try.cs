using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;

namespace Kaa.Compiler.CodeGen;

// try/except/finally, except*, with, async with — CPython 3.12's code shapes. Handler stacks:
//   SETUP_FINALLY(L)  → on error cut the stack to the current depth, push exc, go to L
//   SETUP_CLEANUP(L)  → same, but push lasti before exc
//   SETUP_WITH(L)     → cut to depth-1 (drop __enter__'s result), push lasti and exc
public sealed partial class Compiler
{
    void SetupFinally(Label target) => _u.E.PushHandler(target, _u.E.Depth, false);
    void SetupCleanup(Label target) => _u.E.PushHandler(target, _u.E.Depth, true);
    void SetupWith(Label target) => _u.E.PushHandler(target, _u.E.Depth - 1, true);
    void PopBlock() => _u.E.PopHandler();

    void PopExceptAndReraise(Loc loc)
    {
        Emit(OpCode.Copy, 3, loc);
        Emit(OpCode.PopExcept, 0, loc);
        Emit(OpCode.Reraise, 1, loc);
    }

    void CompileTryExcept(Try s)
    {
        var body = new Label();
        var except = new Label();
        var end = new Label();
        var cleanup = new Label();
        var loc = Loc.Of(s);

        SetupFinally(except);
        Bind(body);
        PushFBlock(FBlockType.TryExcept, body, null);
        VisitStmts(s.Body);
        PopFBlock(FBlockType.TryExcept);
        PopBlock();
        VisitStmts(s.Orelse);
        EmitJump(OpCode.Jump, end, Loc.None);

        Bind(except);
        SetupCleanup(cleanup);
        Emit(OpCode.PushExcInfo, 0, Loc.None);
        PushFBlock(FBlockType.ExceptionHandler, null, null, null, loc);
        int n = s.Handlers.Count;
        for (int i = 0; i < n; i++)
        {
            var handler = s.Handlers[i];
            var hloc = Loc.Of(handler);
            _u.Loc = hloc;
            if (handler.Type == null && i < n - 1) throw Error("default 'except:' must be last", handler);
            var nextExcept = new Label();
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Emit(OpCode.CheckExcMatch, 0, hloc);
                EmitJump(OpCode.PopJumpIfFalse, nextExcept, hloc);
            }
            if (handler.Name != null)
            {
                var cleanupEnd = new Label();
                var cleanupBody = new Label();
                NameOp(handler.Name, Ast.ExprContext.Store, hloc);
                SetupCleanup(cleanupEnd);
                Bind(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.Name, hloc);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup);
                PopBlock();
                PopBlock();
                Emit(OpCode.PopExcept, 0, Loc.None);
                LoadConst(null, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Store, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Del, Loc.None);
                EmitJump(OpCode.Jump, end, Loc.None);

                Bind(cleanupEnd);
                LoadConst(null, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Store, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Del, Loc.None);
                Emit(OpCode.Reraise, 1, Loc.None);
            }
            else
            {
                var cleanupBody = new Label();
                Emit(OpCode.PopTop, 0, hloc);
                Bind(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null, hloc);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup);
                PopBlock();
                Emit(OpCode.PopExcept, 0, Loc.None);
                EmitJump(OpCode.Jump, end, Loc.None);
            }
            Bind(nextExcept);
        }
        _u.Loc = loc;
        PopFBlock(FBlockType.ExceptionHandler);
        Emit(OpCode.Reraise, 0, Loc.None);
        Bind(cleanup);
        PopExceptAndReraise(Loc.None);
        Bind(end);
    }

    void CompileTryFinally(Try s)
    {
        var body = new Label();
        var end = new Label();
        var exit = new Label();
        var cleanup = new Label();

        SetupFinally(end);
        Bind(body);
        PushFBlock(FBlockType.FinallyTry, body, end, s.Finalbody);
        if (s.Handlers.Count > 0)
        {
            if (s.IsStar) CompileTryStarExcept(s);
            else CompileTryExcept(s);
        }
        else VisitStmts(s.Body);
        PopBlock();
        PopFBlock(FBlockType.FinallyTry);
        VisitStmts(s.Finalbody);
        EmitJump(OpCode.Jump, exit, Loc.None);

        Bind(end);
        SetupCleanup(cleanup);
        Emit(OpCode.PushExcInfo, 0, Loc.None);
        PushFBlock(FBlockType.FinallyEnd, end, null);
        VisitStmts(s.Finalbody);
        PopFBlock(FBlockType.FinallyEnd);
        Emit(OpCode.Reraise, 0, Loc.None);
        Bind(cleanup);
        PopExceptAndReraise(Loc.None);
        Bind(exit);
    }

    void CompileTryStarExcept(Try s)
    {
        var loc = Loc.Of(s);
        var body = new Label();
        var except = new Label();
        var orelse = new Label();
        var end = new Label();
        var cleanup = new Label();
        var reraiseStar = new Label();

        SetupFinally(except);
        Bind(body);
        PushFBlock(FBlockType.TryExcept, body, null);
        VisitStmts(s.Body);
        PopFBlock(FBlockType.TryExcept);
        PopBlock();
        EmitJump(OpCode.Jump, orelse, Loc.None);
        int n = s.Handlers.Count;

        Bind(except);
        SetupCleanup(cleanup);
        Emit(OpCode.PushExcInfo, 0, Loc.None);
        PushFBlock(FBlockType.ExceptionGroupHandler, null, null, null, loc);
        for (int i = 0; i < n; i++)
        {
            var handler = s.Handlers[i];
            var hloc = Loc.Of(handler);
            _u.Loc = hloc;
            var nextExcept = new Label();
            var exceptWithError = new Label();
            var noMatch = new Label();
            if (i == 0)
            {
                // [orig] -> [orig, [], orig]: a list collecting what the handlers raise, and the
                // exception still to be matched.
                Emit(OpCode.BuildList, 0, hloc);
                Emit(OpCode.Copy, 2, hloc);
            }
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Emit(OpCode.CheckEgMatch, 0, hloc);
                Emit(OpCode.Copy, 1, hloc);
                EmitJump(OpCode.PopJumpIfNone, noMatch, hloc);
            }
            var cleanupEnd = new Label();
            var cleanupBody = new Label();
            if (handler.Name != null) NameOp(handler.Name, Ast.ExprContext.Store, hloc);
            else Emit(OpCode.PopTop, 0, hloc);

            SetupCleanup(cleanupEnd);
            Bind(cleanupBody);
            PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.Name, hloc);
            VisitStmts(handler.Body);
            PopFBlock(FBlockType.HandlerCleanup);
            PopBlock();
            if (handler.Name != null)
            {
                LoadConst(null, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Store, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Del, Loc.None);
            }
            EmitJump(OpCode.Jump, nextExcept, Loc.None);

            Bind(cleanupEnd);
            if (handler.Name != null)
            {
                LoadConst(null, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Store, Loc.None);
                NameOp(handler.Name, Ast.ExprContext.Del, Loc.None);
            }
            // Collect the exception raised by the handler body.
            Emit(OpCode.ListAppend, 3, Loc.None);
            Emit(OpCode.PopTop, 0, Loc.None); // lasti
            EmitJump(OpCode.Jump, exceptWithError, Loc.None);

            Bind(nextExcept);
            Emit(OpCode.Nop, 0, Loc.None);
            EmitJump(OpCode.Jump, exceptWithError, Loc.None);

            Bind(noMatch);
            Emit(OpCode.PopTop, 0, hloc); // match (None)

            Bind(exceptWithError);
            if (i == n - 1)
            {
                // Add the unhandled rest (may be None) to the list.
                Emit(OpCode.ListAppend, 1, Loc.None);
                EmitJump(OpCode.Jump, reraiseStar, Loc.None);
            }
        }
        _u.Loc = loc;
        PopFBlock(FBlockType.ExceptionGroupHandler);
        var reraise = new Label();
        Bind(reraiseStar);
        Emit(OpCode.CallIntrinsic2, (int)Intrinsic2.PrepReraiseStar, Loc.None);
        Emit(OpCode.Copy, 1, Loc.None);
        EmitJump(OpCode.PopJumpIfNotNone, reraise, Loc.None);
        // Nothing to re-raise.
        Emit(OpCode.PopTop, 0, Loc.None);
        PopBlock();
        Emit(OpCode.PopExcept, 0, Loc.None);
        EmitJump(OpCode.Jump, end, Loc.None);

        Bind(reraise);
        PopBlock();
        Emit(OpCode.Swap, 2, Loc.None);
        Emit(OpCode.PopExcept, 0, Loc.None);
        Emit(OpCode.Reraise, 0, Loc.None);

        Bind(cleanup);
        PopExceptAndReraise(Loc.None);

        Bind(orelse);
        VisitStmts(s.Orelse);
        Bind(end);
    }

    // ------------------------------------------------------------------ with

    void CallExitWithNones(Loc loc)
    {
        LoadConst(null, loc);
        LoadConst(null, loc);
        LoadConst(null, loc);
        Emit(OpCode.Call, 2, loc);
    }

    void WithExceptFinish(Label cleanup)
    {
        var suppress = new Label();
        var exit = new Label();
        EmitJump(OpCode.PopJumpIfTrue, suppress, Loc.None);
        Emit(OpCode.Reraise, 2, Loc.None);
        Bind(suppress);
        Emit(OpCode.PopTop, 0, Loc.None); // exc_value
        PopBlock();
        Emit(OpCode.PopExcept, 0, Loc.None);
        Emit(OpCode.PopTop, 0, Loc.None); // lasti
        Emit(OpCode.PopTop, 0, Loc.None); // exit
        EmitJump(OpCode.Jump, exit, Loc.None);
        Bind(cleanup);
        PopExceptAndReraise(Loc.None);
        Bind(exit);
    }

    void CompileWith(With s, int pos)
    {
        var item = s.Items[pos];
        var block = new Label();
        var final = new Label();
        var exit = new Label();
        var cleanup = new Label();

        VisitExpr(item.ContextExpr);
        var loc = Loc.Of(item.ContextExpr);
        Emit(OpCode.BeforeWith, 0, loc);
        SetupWith(final);
        Bind(block);
        PushFBlock(FBlockType.With, block, final, s, Loc.Of(s));
        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.PopTop, 0, loc);
        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileWith(s, pos);
        PopFBlock(FBlockType.With);

        // __exit__ calls keep the context expression's location (CPython's compiler_with), so a
        // traceback through __exit__ points at `with <expr>:` only.
        PopBlock();
        CallExitWithNones(loc);
        Emit(OpCode.PopTop, 0, loc);
        EmitJump(OpCode.Jump, exit, loc);

        Bind(final);
        SetupCleanup(cleanup);
        Emit(OpCode.PushExcInfo, 0, loc);
        Emit(OpCode.WithExceptStart, 0, loc);
        WithExceptFinish(cleanup);
        Bind(exit);
    }

    void CompileAsyncWith(With s, int pos)
    {
        if (IsTopLevelAwait()) _u.Ste.Coroutine = true;
        else if (_u.ScopeType != CompilerScope.AsyncFunction)
            throw Error("'async with' outside async function", s);
        var item = s.Items[pos];
        var block = new Label();
        var final = new Label();
        var exit = new Label();
        var cleanup = new Label();

        VisitExpr(item.ContextExpr);
        var loc = Loc.Of(item.ContextExpr);
        Emit(OpCode.BeforeAsyncWith, 0, loc);
        Emit(OpCode.GetAwaitable, 1, loc);
        LoadConst(null, loc);
        AddYieldFrom(loc, await: true);
        SetupWith(final);
        Bind(block);
        PushFBlock(FBlockType.AsyncWith, block, final, s, Loc.Of(s));
        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.PopTop, 0, loc);
        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileAsyncWith(s, pos);
        PopFBlock(FBlockType.AsyncWith);

        PopBlock();
        CallExitWithNones(loc);
        Emit(OpCode.GetAwaitable, 2, loc);
        LoadConst(null, loc);
        AddYieldFrom(loc, await: true);
        Emit(OpCode.PopTop, 0, loc);
        EmitJump(OpCode.Jump, exit, loc);

        Bind(final);
        SetupCleanup(cleanup);
        Emit(OpCode.PushExcInfo, 0, loc);
        Emit(OpCode.WithExceptStart, 0, loc);
        Emit(OpCode.GetAwaitable, 2, loc);
        LoadConst(null, loc);
        AddYieldFrom(loc, await: true);
        WithExceptFinish(cleanup);
        Bind(exit);
    }

    /// <summary>The SEND loop of `yield from` / `await`: receiver value -- result.</summary>
    void AddYieldFrom(Loc loc, bool await)
    {
        var send = new Label();
        var fail = new Label();
        var exit = new Label();
        Bind(send);
        EmitJump(OpCode.Send, exit, loc);
        // A virtual try/except handles StopIteration raised while throwing into / closing the receiver.
        SetupFinally(fail);
        Emit(OpCode.YieldValue, 1, loc);
        PopBlock();
        EmitJump(OpCode.Jump, send, loc);
        Bind(fail);
        Emit(OpCode.CleanupThrow, 0, loc);
        Bind(exit);
        Emit(OpCode.EndSend, 0, loc);
        _ = await;
    }

    /// <summary>YIELD_VALUE for a `yield` expression (async generators wrap the value so the
    /// runtime can tell it from values passing through an await).</summary>
    void AddYield(Loc loc)
    {
        if (_u.Ste.Generator && _u.Ste.Coroutine)
            Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.AsyncGenWrap, loc);
        Emit(OpCode.YieldValue, 0, loc);
    }
}
