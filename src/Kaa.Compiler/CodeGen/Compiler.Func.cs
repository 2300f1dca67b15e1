using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

// Functions, lambdas, classes and comprehensions: everything that makes a nested code object.
public sealed partial class Compiler
{
    void VisitDecorators(List<Expr> decorators)
    {
        foreach (var d in decorators) VisitExpr(d);
    }

    void ApplyDecorators(List<Expr> decorators)
    {
        // [deco, func] CALL 0 calls deco(func): the function sits in the self_or_null slot.
        for (int i = decorators.Count - 1; i >= 0; i--)
            Emit(OpCode.Call, 0, Loc.Of(decorators[i]));
    }

    MakeFunctionFlags DefaultArguments(Arguments args)
    {
        var flags = MakeFunctionFlags.None;
        if (args.Defaults.Count > 0)
        {
            if (TryFoldConstantSequence(args.Defaults, out var items)) LoadConst(items);
            else
            {
                foreach (var d in args.Defaults) VisitExpr(d);
                Emit(OpCode.BuildTuple, args.Defaults.Count);
            }
            flags |= MakeFunctionFlags.Defaults;
        }
        int count = 0;
        for (int i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d == null) continue;
            LoadConst(Mangle(args.KwOnlyArgs[i].ArgName));
            VisitExpr(d);
            count++;
        }
        if (count > 0)
        {
            Emit(OpCode.BuildMap, count);
            flags |= MakeFunctionFlags.KwDefaults;
        }
        return flags;
    }

    bool VisitArgAnnotations(Arguments args, Expr? returns) => VisitArgAnnotations(args, returns, buildTuple: true) > 0;

    /// <summary>Pushes (name, value) pairs of the annotations; returns how many items it pushed.</summary>
    int VisitArgAnnotations(Arguments args, Expr? returns, bool buildTuple)
    {
        int n = 0;
        void One(string name, Expr? annotation)
        {
            if (annotation == null) return;
            LoadConst(Mangle(name));
            if (_futureAnnotations) LoadConst(Unparser.Unparse(annotation));
            else if (annotation is Starred st)
            {
                VisitExpr(st.Value);
                Emit(OpCode.UnpackSequence, 1);
            }
            else VisitExpr(annotation);
            n += 2;
        }
        foreach (var a in args.Args) One(a.ArgName, a.Annotation);
        foreach (var a in args.PosOnlyArgs) One(a.ArgName, a.Annotation);
        if (args.VarArg != null) One(args.VarArg.ArgName, args.VarArg.Annotation);
        foreach (var a in args.KwOnlyArgs) One(a.ArgName, a.Annotation);
        if (args.KwArg != null) One(args.KwArg.ArgName, args.KwArg.Annotation);
        One("return", returns);
        if (n > 0 && buildTuple) Emit(OpCode.BuildTuple, n);
        return n;
    }

    void CheckArgNames(Arguments args)
    {
        void Check(Arg? a)
        {
            if (a != null && a.ArgName == "__debug__") throw Error("cannot assign to __debug__", a);
        }
        foreach (var a in args.PosOnlyArgs) Check(a);
        foreach (var a in args.Args) Check(a);
        foreach (var a in args.KwOnlyArgs) Check(a);
        Check(args.VarArg);
        Check(args.KwArg);
    }

    void CompileFunctionDef(FunctionDef s)
    {
        CheckArgNames(s.Args);
        VisitDecorators(s.DecoratorList);
        int firstLine = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        var flags = DefaultArguments(s.Args);
        bool generic = s.TypeParams.Count > 0;
        int typeParamArgs = 0;
        if (generic)
        {
            // The defaults are evaluated outside and passed to the type parameter scope as .defaults/.kwdefaults.
            if ((flags & MakeFunctionFlags.Defaults) != 0) typeParamArgs++;
            if ((flags & MakeFunctionFlags.KwDefaults) != 0) typeParamArgs++;
            if (typeParamArgs == 2) Emit(OpCode.Swap, 2, Loc.Of(s));
            EnterTypeParamsScope(s.Name, s.TypeParams, s, firstLine);
            CompileTypeParams(s.TypeParams);
            for (int i = 0; i < typeParamArgs; i++) Emit(OpCode.LoadFast, i, Loc.Of(s));
        }
        if (_futureAnnotations)
        {
            if (VisitArgAnnotations(s.Args, s.Returns)) flags |= MakeFunctionFlags.Annotations;
        }
        bool lazyAnnotations = !_futureAnnotations && SymbolTable.HasAnnotations(s.Args, s.Returns);

        EnterScope(s.Name, s.IsAsync ? CompilerScope.AsyncFunction : CompilerScope.Function, s, firstLine);
        string? doc = GetDocstring(s.Body);
        if (doc != null && _options.Optimize < 2)
        {
            // 3.14: CO_HAS_DOCSTRING says co_consts[0] is the docstring, so it is the first constant.
            _u.Docstring = doc;
            if (_u.Consts.Count != 0) throw new InvalidOperationException("docstring must be the first constant");
            AddConst(doc);
        }
        _u.ArgCount = s.Args.PosOnlyArgs.Count + s.Args.Args.Count;
        _u.PosOnlyArgCount = s.Args.PosOnlyArgs.Count;
        _u.KwOnlyArgCount = s.Args.KwOnlyArgs.Count;
        for (int i = doc != null ? 1 : 0; i < s.Body.Count; i++) VisitStmt(s.Body[i]);
        if (s.Body.Count == 1 && doc != null) Emit(OpCode.Nop, 0, Loc.Of(s.Body[0]));
        var code = ExitScope(addReturn: true);

        if (lazyAnnotations)
        {
            // PEP 649: the annotations become the function's lazily called `f.__annotate__` (compiled
            // after the body only so that its qualified name can follow the function's).
            var aloc = Loc.Of(s);
            EnterAnnotationScope("__annotate__", s.Args, s, aloc);
            _u.QualName = code.QualName + ".__annotate__";
            int n = VisitArgAnnotations(s.Args, s.Returns, buildTuple: false);
            Emit(OpCode.BuildMap, n / 2, aloc);
            Emit(OpCode.ReturnValue, 0, aloc);
            MakeClosure(ExitScope(addReturn: false), MakeFunctionFlags.None, aloc);
            flags |= MakeFunctionFlags.Annotate;
        }
        MakeClosure(code, flags, Loc.Of(s));
        if (generic)
        {
            Emit(OpCode.Swap, 2, Loc.Of(s));
            Emit(OpCode.CallIntrinsic2, (int)Intrinsic2.SetFunctionTypeParams, Loc.Of(s));
            CallTypeParamsScope(Loc.Of(s), typeParamArgs);
        }
        ApplyDecorators(s.DecoratorList);
        NameOp(s.Name, ExprContext.Store);
    }

    void CompileLambda(Lambda e)
    {
        CheckArgNames(e.Args);
        var flags = DefaultArguments(e.Args);
        EnterScope("<lambda>", CompilerScope.Lambda, e, e.Lineno);
        _u.ArgCount = e.Args.PosOnlyArgs.Count + e.Args.Args.Count;
        _u.PosOnlyArgCount = e.Args.PosOnlyArgs.Count;
        _u.KwOnlyArgCount = e.Args.KwOnlyArgs.Count;
        VisitExpr(e.Body);
        CodeUnit code;
        if (_u.Ste.Generator)
        {
            Emit(OpCode.PopTop, 0, Loc.None);
            code = ExitScope(addReturn: true);
        }
        else
        {
            Emit(OpCode.ReturnValue, 0, new Loc(e.Lineno, e.Lineno, -1, -1));
            code = ExitScope(addReturn: false);
        }
        MakeClosure(code, flags, Loc.Of(e));
    }

    /// <summary>Pushes a function made from <paramref name="code"/>, with its closure cells.</summary>
    void MakeClosure(CodeUnit code, MakeFunctionFlags flags, Loc loc)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var name in code.FreeVars)
            {
                int slot;
                if (_u.ScopeType == CompilerScope.Class && name is "__class__" or "__classdict__")
                    slot = _u.CellSlot[name];
                else if (_u.Ste.GetScope(name) == Scope.Cell)
                    slot = _u.CellSlot[name];
                else if (_u.FreeSlot.TryGetValue(name, out var fs))
                    slot = fs;
                else if (_u.CellSlot.TryGetValue(name, out var cs))
                    slot = cs;
                else
                    throw new InvalidOperationException($"compiler: no cell for free variable '{name}' of {code.QualName} in {_u.QualName}");
                Emit(OpCode.LoadClosure, slot, loc);
            }
            Emit(OpCode.BuildTuple, code.FreeVars.Length, loc);
            flags |= MakeFunctionFlags.Closure;
        }
        LoadConst(code, loc);
        Emit(OpCode.MakeFunction, (int)flags, loc);
    }

    // ------------------------------------------------------------------ classes

    void CompileClassDef(ClassDef s)
    {
        VisitDecorators(s.DecoratorList);
        int firstLine = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        bool generic = s.TypeParams.Count > 0;
        if (generic)
        {
            EnterTypeParamsScope(s.Name, s.TypeParams, s, firstLine, privateName: s.Name);
            CompileTypeParams(s.TypeParams);
            NameOp(".type_params", ExprContext.Store, Loc.Of(s));
        }

        EnterScope(s.Name, CompilerScope.Class, s, firstLine);
        var loc = new Loc(firstLine, firstLine, 0, 0);
        _u.Loc = loc;
        _u.Private = s.Name;
        NameOp("__name__", ExprContext.Load, loc);
        NameOp("__module__", ExprContext.Store, loc);
        LoadConst(_u.QualName, loc);
        NameOp("__qualname__", ExprContext.Store, loc);
        LoadConst(new System.Numerics.BigInteger(firstLine), loc);
        NameOp("__firstlineno__", ExprContext.Store, loc);
        if (generic)
        {
            NameOp(".type_params", ExprContext.Load, loc);
            NameOp("__type_params__", ExprContext.Store, loc);
        }
        if (_u.Ste.NeedsClassDict)
        {
            Emit(OpCode.LoadLocals, 0, loc);
            Emit(OpCode.StoreDeref, _u.CellSlot["__classdict__"], loc);
        }
        StartConditionalAnnotations();
        CompileBody(s.Body, isModule: false);
        var attrs = _u.StaticAttributes!.ToArray();
        Array.Sort(attrs, StringComparer.Ordinal);
        LoadConst(attrs.Cast<object?>().ToArray(), Loc.None);
        NameOp("__static_attributes__", ExprContext.Store, Loc.None);
        if (_u.Ste.NeedsClassDict)
        {
            Emit(OpCode.LoadClosure, _u.CellSlot["__classdict__"], Loc.None);
            NameOp("__classdictcell__", ExprContext.Store, Loc.None);
        }
        if (_u.Ste.NeedsClassClosure)
        {
            Emit(OpCode.LoadClosure, _u.CellSlot["__class__"], Loc.None);
            Emit(OpCode.Copy, 1, Loc.None);
            NameOp("__classcell__", ExprContext.Store, Loc.None);
        }
        else LoadConst(null, Loc.None);
        Emit(OpCode.ReturnValue, 0, Loc.None);
        var code = ExitScope(addReturn: false);

        var cloc = Loc.Of(s);
        _u.Loc = cloc;
        Emit(OpCode.LoadBuildClass, 0, cloc);
        Emit(OpCode.PushNull, 0, cloc);
        MakeClosure(code, MakeFunctionFlags.None, cloc);
        LoadConst(s.Name, cloc);
        CheckKeywords(s.Keywords);
        if (generic)
        {
            NameOp(".type_params", ExprContext.Load, cloc);
            Emit(OpCode.CallIntrinsic1, (int)Intrinsic1.SubscriptGeneric, cloc);
            NameOp(".generic_base", ExprContext.Store, cloc);
            CallHelper(2, BasesWithGenericBase(s), s.Keywords, cloc);
            CallTypeParamsScope(cloc, 0);
        }
        else CallHelper(2, s.Bases, s.Keywords, cloc);
        ApplyDecorators(s.DecoratorList);
        NameOp(s.Name, ExprContext.Store);
    }

    // ------------------------------------------------------------------ comprehensions

    void CompileComprehension(Expr e, string name, ComprehensionType type, List<Comprehension> generators, Expr elt, Expr? val)
    {
        var outermost = generators[0];
        var parentScope = _u.ScopeType;
        EnterScope(name, CompilerScope.Comprehension, e, e.Lineno);
        if (type != ComprehensionType.Generator)
        {
            _u.Inlined = true;
            _u.ListLengthFromIterator = type == ComprehensionType.List && generators.Count == 1
                && generators[0].Ifs.Count == 0 && !generators[0].IsAsync;
            _u.Name = _u.Parent!.Name;
            _u.QualName = _u.Parent.QualName;
        }
        var loc = Loc.Of(e);
        bool isAsyncGenerator = _u.Ste.Coroutine;
        if (isAsyncGenerator && type != ComprehensionType.Generator
            && parentScope is not CompilerScope.AsyncFunction and not CompilerScope.Comprehension
            && !(_options.AllowTopLevelAwait && parentScope == CompilerScope.Module))
            throw Error("asynchronous comprehension outside of an asynchronous function", e);
        _u.ArgCount = 1;
        switch (type)
        {
            case ComprehensionType.List: Emit(OpCode.BuildList, 0, loc); break;
            case ComprehensionType.Set: Emit(OpCode.BuildSet, 0, loc); break;
            case ComprehensionType.Dict: Emit(OpCode.BuildMap, 0, loc); break;
        }
        ComprehensionGenerator(generators, 0, 0, elt, val, type);
        CodeUnit code;
        if (type != ComprehensionType.Generator)
        {
            Emit(OpCode.ReturnValue, 0, loc);
            code = ExitScope(addReturn: false);
        }
        else code = ExitScope(addReturn: true);

        MakeClosure(code, MakeFunctionFlags.None, loc);
        VisitExpr(outermost.Iter);
        Emit(outermost.IsAsync ? OpCode.GetAIter : OpCode.GetIter, 0, loc);
        Emit(OpCode.Call, 0, loc);
        if (isAsyncGenerator && type != ComprehensionType.Generator)
        {
            Emit(OpCode.GetAwaitable, 0, loc);
            LoadConst(null, loc);
            AddYieldFrom(loc, await: true);
        }
    }

    void ComprehensionGenerator(List<Comprehension> gens, int idx, int depth, Expr elt, Expr? val, ComprehensionType type)
    {
        if (gens[idx].IsAsync) AsyncComprehensionGenerator(gens, idx, depth, elt, val, type);
        else SyncComprehensionGenerator(gens, idx, depth, elt, val, type);
    }

    void SyncComprehensionGenerator(List<Comprehension> gens, int idx, int depth, Expr elt, Expr? val, ComprehensionType type)
    {
        var start = new Label();
        var ifCleanup = new Label();
        var anchor = new Label();
        var gen = gens[idx];
        bool loop = true;
        if (idx == 0)
        {
            Emit(OpCode.LoadFast, 0);
        }
        else
        {
            // `for y in [f(x)]` binds y without a loop.
            List<Expr>? elts = gen.Iter switch { ListExpr l => l.Elts, TupleExpr t => t.Elts, _ => null };
            if (elts is { Count: 1 } && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                loop = false;
            }
            else
            {
                VisitExpr(gen.Iter);
                Emit(OpCode.GetIter, 0, Loc.Of(gen.Iter));
            }
        }
        if (loop)
        {
            depth++;
            Bind(start);
            EmitJump(OpCode.ForIter, anchor, Loc.Of(gen.Iter));
        }
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        if (++idx < gens.Count) ComprehensionGenerator(gens, idx, depth, elt, val, type);
        else EmitComprehensionElement(depth, elt, val, type);
        Bind(ifCleanup);
        if (loop)
        {
            EmitJump(OpCode.JumpBackward, start, Loc.None);
            Bind(anchor);
        }
    }

    void AsyncComprehensionGenerator(List<Comprehension> gens, int idx, int depth, Expr elt, Expr? val, ComprehensionType type)
    {
        var start = new Label();
        var except = new Label();
        var ifCleanup = new Label();
        var gen = gens[idx];
        var loc = Loc.Of(gen.Iter);
        if (idx == 0) Emit(OpCode.LoadFast, 0);
        else
        {
            VisitExpr(gen.Iter);
            Emit(OpCode.GetAIter, 0, loc);
        }
        Bind(start);
        SetupFinally(except);
        Emit(OpCode.GetANext, 0, loc);
        LoadConst(null, loc);
        AddYieldFrom(loc, await: true);
        PopBlock();
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        depth++;
        if (++idx < gens.Count) ComprehensionGenerator(gens, idx, depth, elt, val, type);
        else EmitComprehensionElement(depth, elt, val, type);
        Bind(ifCleanup);
        EmitJump(OpCode.JumpBackward, start, Loc.None);
        Bind(except);
        Emit(OpCode.EndAsyncFor, 0, loc);
    }

    void EmitComprehensionElement(int depth, Expr elt, Expr? val, ComprehensionType type)
    {
        var eltLoc = Loc.Of(elt);
        switch (type)
        {
            case ComprehensionType.Generator:
                VisitExpr(elt);
                AddYield(eltLoc);
                Emit(OpCode.PopTop, 0, eltLoc);
                break;
            case ComprehensionType.List:
                VisitExpr(elt);
                Emit(OpCode.ListAppend, depth + 1, eltLoc);
                break;
            case ComprehensionType.Set:
                VisitExpr(elt);
                Emit(OpCode.SetAdd, depth + 1, eltLoc);
                break;
            case ComprehensionType.Dict:
                VisitExpr(elt);
                VisitExpr(val!);
                Emit(OpCode.MapAdd, depth + 1, new Loc(elt.Lineno, val!.EndLineno, elt.ColOffset, val.EndColOffset));
                break;
        }
    }
}
