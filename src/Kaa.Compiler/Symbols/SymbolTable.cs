using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;

namespace Kaa.Compiler.Symbols;

/// <summary>
/// Builds the symbol table of a module (a port of CPython's symtable.c): one pass records how each
/// name is used in each scope, a second pass resolves every name to LOCAL / GLOBAL / FREE / CELL.
/// </summary>
public sealed class SymbolTable
{
    public readonly string Filename;
    public readonly SymbolTableEntry Top;
    /// <summary>Scopes by their key: the node that opens them, or for PEP 695 scopes the type parameter
    /// list (CPython keys those by the asdl sequence) or <see cref="TypeParam.DefaultKey"/>.</summary>
    readonly Dictionary<object, SymbolTableEntry> _byNode = new(ReferenceEqualityComparer.Instance);
    readonly bool _futureAnnotations;
    readonly string? _source;
    readonly List<SymbolTableEntry> _stack = new();
    SymbolTableEntry _cur;
    string? _private;

    SymbolTable(string filename, string? source, bool futureAnnotations, Node root, string topName)
    {
        Filename = filename;
        _source = source;
        _futureAnnotations = futureAnnotations;
        Top = new SymbolTableEntry(topName, BlockType.Module, root, null, 0, 0);
        _byNode[root] = Top;
        _cur = Top;
        _stack.Add(Top);
    }

    public SymbolTableEntry Lookup(object key) =>
        _byNode.TryGetValue(key, out var e) ? e : throw new InvalidOperationException("no symbol table entry for node");

    public bool TryLookup(object key, out SymbolTableEntry entry) => _byNode.TryGetValue(key, out entry!);

    public static SymbolTable Build(Mod mod, string filename, string? source, bool futureAnnotations)
    {
        var st = new SymbolTable(filename, source, futureAnnotations, mod, "top");
        switch (mod)
        {
            case ModuleNode m: st.VisitStmts(m.Body); break;
            case Interactive i: st.VisitStmts(i.Body); break;
            case Expression e: st.VisitExpr(e.Body); break;
        }
        st.Analyze();
        return st;
    }

    // ------------------------------------------------------------------ errors

    internal SyntaxErrorException Error(string msg, Node? at) => CompileErrors.Make(msg, Filename, _source, at);

    // ------------------------------------------------------------------ blocks

    void EnterBlock(string name, BlockType type, Node node, int lineno, int col, object? key = null)
    {
        var prev = _cur;
        var ste = new SymbolTableEntry(name, type, node, prev, lineno, col);
        ste.Private = _private;
        ste.CompIterExpr = prev.CompIterExpr;
        if (prev.IsNested || prev.IsFunctionLike) ste.IsNested = true;
        if (type == BlockType.Annotation) ste.IsNested = prev.IsNested || prev.IsFunctionLike;
        // Scopes inside a generic class's type parameter scope mangle only the type parameter names.
        if (type != BlockType.Class) ste.MangledNames = prev.MangledNames;
        prev.Children.Add(ste);
        _byNode[key ?? node] = ste;
        _stack.Add(ste);
        _cur = ste;
    }

    void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _cur = _stack[^1];
    }

    // ------------------------------------------------------------------ definitions

    void AddDef(string name, int flag, Node at) => AddDefHelper(name, flag, _cur, at);

    /// <summary>_Py_MaybeMangle: in a generic class's type parameter scopes only type parameter names
    /// are mangled.</summary>
    string MaybeMangle(string name, SymbolTableEntry? ste = null)
    {
        var names = (ste ?? _cur).MangledNames;
        if (names != null && !names.Contains(name)) return name;
        return Mangler.Mangle(_private, name);
    }

    void AddDefHelper(string name, int flag, SymbolTableEntry ste, Node at)
    {
        if ((flag & Def.TypeParam) != 0 && ste.MangledNames != null) ste.MangledNames.Add(name);
        string mangled = MaybeMangle(name, ste);
        int val;
        if (ste.Symbols.TryGetValue(mangled, out var old))
        {
            if ((flag & Def.Param) != 0 && (old & Def.Param) != 0)
                throw Error($"duplicate argument '{name}' in function definition", at);
            if ((flag & Def.TypeParam) != 0 && (old & Def.TypeParam) != 0)
                throw Error($"duplicate type parameter '{name}'", at);
            val = old | flag;
        }
        else val = flag;
        if (ste.CompIterTarget)
        {
            if ((val & (Def.Global | Def.Nonlocal)) != 0)
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{name}'", at);
            val |= Def.CompIter;
        }
        ste.SetFlags(mangled, val);
        if ((flag & Def.Param) != 0) ste.VarNames.Add(mangled);
        else if ((flag & Def.Global) != 0)
        {
            int g = flag;
            if (Top.Symbols.TryGetValue(mangled, out var og)) g |= og;
            Top.SetFlags(mangled, g);
        }
    }

    // ------------------------------------------------------------------ statements

    void VisitStmts(List<Stmt> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    void VisitStmt(Stmt s)
    {
        // PEP 649: an annotation inside a compound statement of a class body is "conditional" (the
        // module's are always conditional): __annotate__ includes it only if its statement ran.
        if (s is For or While or If or Match or Try or With)
        {
            var ste = _cur;
            bool saved = ste.InConditionalBlock;
            ste.InConditionalBlock = true;
            VisitStmtCore(s);
            ste.InConditionalBlock = saved;
        }
        else VisitStmtCore(s);
    }

    void VisitStmtCore(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                {
                    AddDef(f.Name, Def.Local, f);
                    VisitDefaults(f.Args);
                    foreach (var d in f.DecoratorList) VisitExpr(d);
                    bool generic = f.TypeParams.Count > 0;
                    if (generic)
                    {
                        EnterTypeParamBlock(f.Name, f, f.TypeParams, isClass: false,
                            hasDefaults: f.Args.Defaults.Count > 0,
                            hasKwDefaults: f.Args.KwDefaults.Exists(d => d != null));
                        foreach (var tp in f.TypeParams) VisitTypeParam(tp);
                    }
                    VisitFunctionAnnotations(f);
                    EnterBlock(f.Name, BlockType.Function, f, f.Lineno, f.ColOffset);
                    if (f.IsAsync) _cur.Coroutine = true;
                    VisitParams(f.Args);
                    VisitStmts(f.Body);
                    ExitBlock();
                    if (generic) ExitBlock();
                    break;
                }
            case ClassDef c:
                {
                    AddDef(c.Name, Def.Local, c);
                    string? savedPrivate = _private;
                    bool generic = c.TypeParams.Count > 0;
                    if (generic)
                    {
                        // Decorators run outside the type parameter scope; bases and keywords inside it.
                        foreach (var d in c.DecoratorList) VisitExpr(d);
                        EnterTypeParamBlock(c.Name, c, c.TypeParams, isClass: true, hasDefaults: false, hasKwDefaults: false);
                        _private = c.Name;
                        _cur.Private = c.Name;
                        _cur.MangledNames = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var tp in c.TypeParams) VisitTypeParam(tp);
                    }
                    foreach (var b in c.Bases) VisitExpr(b);
                    foreach (var k in c.Keywords) VisitExpr(k.Value);
                    if (!generic) foreach (var d in c.DecoratorList) VisitExpr(d);
                    EnterBlock(c.Name, BlockType.Class, c, c.Lineno, c.ColOffset);
                    _private = c.Name;
                    _cur.Private = c.Name;
                    if (generic)
                    {
                        AddDef("__type_params__", Def.Local, c);
                        AddDef(".type_params", Def.Use, c);
                    }
                    VisitStmts(c.Body);
                    ExitBlock();
                    if (generic) ExitBlock();
                    _private = savedPrivate;
                    break;
                }
            case TypeAlias ta:
                {
                    VisitExpr(ta.NameTarget);
                    bool inClass = _cur.Type == BlockType.Class;
                    bool generic = ta.TypeParams.Count > 0;
                    if (generic)
                    {
                        EnterTypeParamBlock(ta.NameTarget.Id, ta, ta.TypeParams, isClass: false, hasDefaults: false, hasKwDefaults: false);
                        foreach (var tp in ta.TypeParams) VisitTypeParam(tp);
                    }
                    EnterBlock(ta.NameTarget.Id, BlockType.TypeAlias, ta, ta.Lineno, ta.ColOffset);
                    _cur.CanSeeClassScope = inClass;
                    if (inClass) AddDef("__classdict__", Def.Use, ta.Value);
                    AddDef(".format", Def.Param, ta.Value);
                    VisitExpr(ta.Value);
                    ExitBlock();
                    if (generic) ExitBlock();
                    break;
                }
            case Return r:
                if (r.Value != null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }
                break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a:
                foreach (var t in a.Targets) VisitExpr(t);
                VisitExpr(a.Value);
                break;
            case AnnAssign aa:
                {
                    if (aa.Target is Name n)
                    {
                        int cur = _cur.Lookup(MaybeMangle(n.Id));
                        if ((cur & (Def.Global | Def.Nonlocal)) != 0 && _cur != Top && aa.Simple)
                            throw Error((cur & Def.Global) != 0
                                ? $"annotated name '{n.Id}' can't be global"
                                : $"annotated name '{n.Id}' can't be nonlocal", aa);
                        if (aa.Simple) AddDef(n.Id, Def.Annot | Def.Local, n);
                        else if (aa.Value != null) AddDef(n.Id, Def.Local, n);
                    }
                    else VisitExpr(aa.Target);
                    VisitVariableAnnotation(aa);
                    if (aa.Value != null) VisitExpr(aa.Value);
                    break;
                }
            case AugAssign ag:
                VisitExpr(ag.Target);
                VisitExpr(ag.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.Orelse);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var mc in m.Cases)
                {
                    VisitPattern(mc.Pattern);
                    if (mc.Guard != null) VisitExpr(mc.Guard);
                    VisitStmts(mc.Body);
                }
                break;
            case Raise r:
                if (r.Exc != null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause != null) VisitExpr(r.Cause);
                }
                break;
            case Try t:
                VisitStmts(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type != null) VisitExpr(h.Type);
                    if (h.Name != null) AddDef(h.Name, Def.Local, h);
                    VisitStmts(h.Body);
                }
                VisitStmts(t.Orelse);
                VisitStmts(t.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg != null) VisitExpr(a.Msg);
                break;
            case Import im:
                foreach (var al in im.Names) VisitAlias(al);
                break;
            case ImportFrom imf:
                foreach (var al in imf.Names) VisitAlias(al);
                break;
            case Global g:
                foreach (var name in g.Names)
                {
                    int cur = _cur.Lookup(MaybeMangle(name));
                    if ((cur & (Def.Param | Def.Local | Def.Use | Def.Annot)) != 0)
                    {
                        string msg = (cur & Def.Param) != 0 ? $"name '{name}' is parameter and global"
                            : (cur & Def.Use) != 0 ? $"name '{name}' is used prior to global declaration"
                            : (cur & Def.Annot) != 0 ? $"annotated name '{name}' can't be global"
                            : $"name '{name}' is assigned to before global declaration";
                        throw Error(msg, g);
                    }
                    AddDef(name, Def.Global, g);
                    RecordDirective(name, g);
                }
                break;
            case Nonlocal nl:
                foreach (var name in nl.Names)
                {
                    int cur = _cur.Lookup(MaybeMangle(name));
                    if ((cur & (Def.Param | Def.Local | Def.Use | Def.Annot)) != 0)
                    {
                        string msg = (cur & Def.Param) != 0 ? $"name '{name}' is parameter and nonlocal"
                            : (cur & Def.Use) != 0 ? $"name '{name}' is used prior to nonlocal declaration"
                            : (cur & Def.Annot) != 0 ? $"annotated name '{name}' can't be nonlocal"
                            : $"name '{name}' is assigned to before nonlocal declaration";
                        throw Error(msg, nl);
                    }
                    AddDef(name, Def.Nonlocal, nl);
                    RecordDirective(name, nl);
                }
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
            case Pass or Break or Continue:
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
                }
                VisitStmts(w.Body);
                break;
            default:
                throw new InvalidOperationException($"unknown statement {s.GetType().Name}");
        }
    }

    void RecordDirective(string name, Node at) => _cur.Directives[MaybeMangle(name)] = at;

    void VisitAlias(Alias a)
    {
        string storeName = a.Asname ?? a.AliasName;
        int dot = storeName.IndexOf('.');
        if (a.Asname == null && dot >= 0) storeName = storeName[..dot];
        if (storeName == "*")
        {
            if (_cur.Type != BlockType.Module)
                throw Error("import * only allowed at module level", a);
            return;
        }
        AddDef(storeName, Def.Import, a);
    }

    // ------------------------------------------------------------------ PEP 695 type parameters

    /// <summary>symtable_enter_type_param_block: the annotation scope that holds a generic definition's
    /// type parameters (and, for a function, receives its defaults as the parameters .defaults/.kwdefaults).</summary>
    void EnterTypeParamBlock(string name, Node owner, List<TypeParam> key, bool isClass, bool hasDefaults, bool hasKwDefaults)
    {
        bool inClass = _cur.Type == BlockType.Class;
        EnterBlock(name, BlockType.TypeParameters, owner, owner.Lineno, owner.ColOffset, key);
        if (inClass)
        {
            _cur.CanSeeClassScope = true;
            AddDef("__classdict__", Def.Use, owner);
        }
        if (isClass)
        {
            // Set when the type parameter tuple is built, used for __type_params__ and the Generic base.
            AddDef(".type_params", Def.Local, owner);
            AddDef(".type_params", Def.Use, owner);
            AddDef(".generic_base", Def.Local, owner);
            AddDef(".generic_base", Def.Use, owner);
        }
        if (hasDefaults) AddDef(".defaults", Def.Param, owner);
        if (hasKwDefaults) AddDef(".kwdefaults", Def.Param, owner);
    }

    void VisitTypeParam(TypeParam tp)
    {
        AddDef(tp.Name, Def.TypeParam | Def.Local, tp);
        switch (tp)
        {
            case TypeVar tv:
                if (tv.Bound != null)
                    VisitTypeParamBoundOrDefault(tv.Bound, tp.Name, tp, tv.Bound is TupleExpr ? "a TypeVar constraint" : "a TypeVar bound");
                if (tp.DefaultValue != null)
                    VisitTypeParamBoundOrDefault(tp.DefaultValue, tp.Name, tp.DefaultKey, "a TypeVar default");
                break;
            case TypeVarTuple:
                if (tp.DefaultValue != null)
                    VisitTypeParamBoundOrDefault(tp.DefaultValue, tp.Name, tp.DefaultKey, "a TypeVarTuple default");
                break;
            case ParamSpec:
                if (tp.DefaultValue != null)
                    VisitTypeParamBoundOrDefault(tp.DefaultValue, tp.Name, tp.DefaultKey, "a ParamSpec default");
                break;
        }
    }

    /// <summary>A bound, constraint tuple or default is evaluated lazily by its own annotation scope,
    /// which (as in 3.14) takes the annotation format as its only parameter, `.format`.</summary>
    void VisitTypeParamBoundOrDefault(Expr e, string name, object key, string scopeInfo)
    {
        bool inClass = _cur.CanSeeClassScope;
        EnterBlock(name, BlockType.TypeVariable, e, e.Lineno, e.ColOffset, key);
        _cur.CanSeeClassScope = inClass;
        if (inClass) AddDef("__classdict__", Def.Use, e);
        _cur.ScopeInfo = scopeInfo;
        AddDef(".format", Def.Param, e);
        VisitExpr(e);
        ExitBlock();
    }

    void VisitDefaults(Arguments args)
    {
        foreach (var d in args.Defaults) VisitExpr(d);
        foreach (var d in args.KwDefaults) if (d != null) VisitExpr(d);
    }

    /// <summary>Whether a def has any annotation (its arguments or its return).</summary>
    public static bool HasAnnotations(Arguments args, Expr? returns)
    {
        if (returns != null) return true;
        foreach (var a in args.PosOnlyArgs) if (a.Annotation != null) return true;
        foreach (var a in args.Args) if (a.Annotation != null) return true;
        foreach (var a in args.KwOnlyArgs) if (a.Annotation != null) return true;
        return args.VarArg?.Annotation != null || args.KwArg?.Annotation != null;
    }

    /// <summary>
    /// PEP 649 (3.14): a def's annotations are evaluated lazily by its __annotate__ function, an
    /// annotation scope keyed by the def's Arguments node that takes `.format` and can see the
    /// enclosing class's names through __classdict__. Under `from __future__ import annotations`
    /// they are strings and bind nothing.
    /// </summary>
    void VisitFunctionAnnotations(FunctionDef f)
    {
        if (_futureAnnotations || !HasAnnotations(f.Args, f.Returns)) return;
        bool inClass = _cur.Type == BlockType.Class || _cur.CanSeeClassScope;
        EnterBlock("__annotate__", BlockType.Annotation, f, f.Lineno, f.ColOffset, f.Args);
        if (inClass)
        {
            _cur.CanSeeClassScope = true;
            AddDef("__classdict__", Def.Use, f);
        }
        AddDef(".format", Def.Param, f);
        VisitAnnotations(f.Args, f.Returns);
        ExitBlock();
    }

    void VisitAnnotations(Arguments args, Expr? returns)
    {
        void One(Arg? a) { if (a?.Annotation != null) VisitAnnotation(a.Annotation); }
        foreach (var a in args.PosOnlyArgs) One(a);
        foreach (var a in args.Args) One(a);
        One(args.VarArg);
        foreach (var a in args.KwOnlyArgs) One(a);
        One(args.KwArg);
        if (returns != null) VisitAnnotation(returns);
    }

    /// <summary>
    /// symtable_visit_annotation for `x: T` statements (PEP 649): in a module or class body the
    /// annotations are evaluated later by one __annotate__ annotation scope per body (keyed by
    /// <see cref="SymbolTableEntry.AnnotationBlockKey"/>), which can see the class's names through
    /// __classdict__; in functions they are never evaluated, so they bind nothing.
    /// </summary>
    void VisitVariableAnnotation(AnnAssign aa)
    {
        var annotation = aa.Annotation;
        if (_futureAnnotations) return;
        var parent = _cur;
        if (parent.Type is not (BlockType.Module or BlockType.Class)) return;
        bool conditional = parent.Type == BlockType.Module || parent.InConditionalBlock;
        if (conditional)
        {
            parent.ConditionalAnnotations.Add(aa);
            if (!parent.HasConditionalAnnotations)
            {
                parent.HasConditionalAnnotations = true;
                AddDef("__conditional_annotations__", Def.Use, annotation);
            }
        }
        if (parent.AnnotationBlock == null)
        {
            EnterBlock("__annotate__", BlockType.Annotation, annotation, annotation.Lineno, annotation.ColOffset, parent.AnnotationBlockKey);
            parent.AnnotationBlock = _cur;
            if (parent.Type == BlockType.Class)
            {
                _cur.CanSeeClassScope = true;
                AddDef("__classdict__", Def.Use, annotation);
            }
            AddDef(".format", Def.Param, annotation);
        }
        else
        {
            _stack.Add(parent.AnnotationBlock);
            _cur = parent.AnnotationBlock;
        }
        // __annotate__ reads the set of annotations whose statements ran (a class cell, or a global).
        if (conditional) AddDef("__conditional_annotations__", Def.Use, annotation);
        VisitExpr(annotation);
        ExitBlock();
    }

    void VisitAnnotation(Expr annotation)
    {
        // Under `from __future__ import annotations` annotations become strings and bind nothing.
        if (_futureAnnotations) return;
        VisitExpr(annotation);
    }

    void VisitParams(Arguments args)
    {
        foreach (var a in args.PosOnlyArgs) AddDef(a.ArgName, Def.Param, a);
        foreach (var a in args.Args) AddDef(a.ArgName, Def.Param, a);
        foreach (var a in args.KwOnlyArgs) AddDef(a.ArgName, Def.Param, a);
        if (args.VarArg != null) { AddDef(args.VarArg.ArgName, Def.Param, args.VarArg); _cur.VarArgs = true; }
        if (args.KwArg != null) { AddDef(args.KwArg.ArgName, Def.Param, args.KwArg); _cur.VarKeywords = true; }
    }

    // ------------------------------------------------------------------ expressions

    void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    void VisitExpr(Expr e)
    {
        switch (e)
        {
            case NamedExpr ne:
                HandleNamedExpr(ne);
                break;
            case BoolOp b: VisitExprs(b.Values); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                {
                    VisitDefaults(l.Args);
                    EnterBlock("lambda", BlockType.Function, l, l.Lineno, l.ColOffset);
                    VisitParams(l.Args);
                    VisitExpr(l.Body);
                    ExitBlock();
                    break;
                }
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case Dict d:
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] != null) VisitExpr(d.Keys[i]!);
                    VisitExpr(d.Values[i]);
                }
                break;
            case SetExpr s: VisitExprs(s.Elts); break;
            case GeneratorExp g: HandleComprehension(g, "genexpr", g.Generators, g.Elt, null, ComprehensionType.Generator); break;
            case ListComp lc: HandleComprehension(lc, "listcomp", lc.Generators, lc.Elt, null, ComprehensionType.List); break;
            case SetComp sc: HandleComprehension(sc, "setcomp", sc.Generators, sc.Elt, null, ComprehensionType.Set); break;
            case DictComp dc: HandleComprehension(dc, "dictcomp", dc.Generators, dc.Key, dc.Value, ComprehensionType.Dict); break;
            case Yield y:
                CheckYieldAllowed(e, "yield");
                if (y.Value != null) VisitExpr(y.Value);
                _cur.Generator = true;
                break;
            case YieldFrom yf:
                CheckYieldAllowed(e, "yield from");
                VisitExpr(yf.Value);
                _cur.Generator = true;
                break;
            case Await aw:
                RaiseIfAnnotationBlock("await expression", e);
                VisitExpr(aw.Value);
                _cur.Coroutine = true;
                break;
            case Compare c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec != null) VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js: VisitExprs(js.Values); break;
            case Interpolation ip:
                VisitExpr(ip.Value);
                if (ip.FormatSpec != null) VisitExpr(ip.FormatSpec);
                break;
            case TemplateStr tstr: VisitExprs(tstr.Values); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case Slice sl:
                if (sl.Lower != null) VisitExpr(sl.Lower);
                if (sl.Upper != null) VisitExpr(sl.Upper);
                if (sl.Step != null) VisitExpr(sl.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? Def.Use : Def.Local, n);
                // Zero-argument super() needs the implicit __class__ cell.
                if (n.Ctx == ExprContext.Load && _cur.IsFunctionLike && n.Id == "super")
                    AddDef("__class__", Def.Use, n);
                break;
            case ListExpr l: VisitExprs(l.Elts); break;
            case TupleExpr t: VisitExprs(t.Elts); break;
            default:
                throw new InvalidOperationException($"unknown expression {e.GetType().Name}");
        }
    }

    /// <summary>symtable_raise_if_annotation_block: yield, await and := are not allowed in annotation scopes.</summary>
    void RaiseIfAnnotationBlock(string what, Expr e)
    {
        switch (_cur.Type)
        {
            case BlockType.Annotation: throw Error($"{what} cannot be used within an annotation", e);
            case BlockType.TypeVariable: throw Error($"{what} cannot be used within {_cur.ScopeInfo}", e);
            case BlockType.TypeAlias: throw Error($"{what} cannot be used within a type alias", e);
            case BlockType.TypeParameters: throw Error($"{what} cannot be used within the definition of a generic", e);
        }
    }

    void CheckYieldAllowed(Expr e, string what)
    {
        RaiseIfAnnotationBlock($"{what} expression", e);
        if (_cur.Comprehension != ComprehensionType.None)
        {
            string kind = _cur.Comprehension switch
            {
                ComprehensionType.List => "list comprehension",
                ComprehensionType.Set => "set comprehension",
                ComprehensionType.Dict => "dict comprehension",
                _ => "generator expression",
            };
            throw Error($"'yield' inside {kind}", e);
        }
    }

    void HandleNamedExpr(NamedExpr e)
    {
        RaiseIfAnnotationBlock("named expression", e);
        if (_cur.CompIterExpr > 0)
            throw Error("assignment expression cannot be used in a comprehension iterable expression", e);
        if (_cur.Comprehension != ComprehensionType.None)
        {
            // Bind the target in the nearest enclosing function or module scope.
            ExtendNamedExprScope(e.Target);
            VisitExpr(e.Value);
            return;
        }
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    void ExtendNamedExprScope(Name target)
    {
        string name = target.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.Comprehension != ComprehensionType.None)
            {
                int inScope = ste.Lookup(MaybeMangle(name, ste));
                if ((inScope & Def.CompIter) != 0 && (inScope & Def.Local) != 0)
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (ste.Type == BlockType.Function)
            {
                int inScope = ste.Lookup(MaybeMangle(name, ste));
                AddDef(name, (inScope & Def.Global) != 0 ? Def.Global : Def.Nonlocal, target);
                RecordDirective(name, target);
                AddDefHelper(name, Def.Local, ste, target);
                return;
            }
            if (ste.Type == BlockType.Module)
            {
                AddDef(name, Def.Global, target);
                RecordDirective(name, target);
                AddDefHelper(name, Def.Global, ste, target);
                return;
            }
            throw Error(ste.Type switch
            {
                BlockType.Class => "assignment expression within a comprehension cannot be used in a class body",
                BlockType.TypeAlias => "assignment expression within a comprehension cannot be used in a type alias",
                BlockType.TypeVariable => "assignment expression within a comprehension cannot be used in a TypeVar bound",
                _ => "assignment expression within a comprehension cannot be used within the definition of a generic",
            }, target);
        }
        throw new InvalidOperationException("unreachable: no module scope");
    }

    void HandleComprehension(Expr e, string scopeName, List<Comprehension> generators, Expr elt, Expr? value, ComprehensionType type)
    {
        bool isGenerator = type == ComprehensionType.Generator;
        var outermost = generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        EnterBlock(scopeName, BlockType.Function, e, e.Lineno, e.ColOffset);
        _cur.Comprehension = type;
        if (outermost.IsAsync) _cur.Coroutine = true;
        // The outermost iterator is passed in as the implicit parameter ".0".
        AddDef(".0", Def.Param, e);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            _cur.CompIterTarget = true;
            VisitExpr(g.Target);
            _cur.CompIterTarget = false;
            _cur.CompIterExpr++;
            VisitExpr(g.Iter);
            _cur.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync) _cur.Coroutine = true;
        }
        if (value != null) VisitExpr(value);
        VisitExpr(elt);
        _cur.Generator = isGenerator;
        bool isAsync = _cur.Coroutine && !isGenerator;
        ExitBlock();
        if (isAsync && !IsAsyncDef() && _cur.Comprehension == ComprehensionType.None)
            throw Error("asynchronous comprehension outside of an asynchronous function", e);
        if (isAsync) _cur.Coroutine = true;
    }

    bool IsAsyncDef() => _cur.Type == BlockType.Function && _cur.Node is FunctionDef { IsAsync: true };

    // ------------------------------------------------------------------ patterns

    void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue mv: VisitExpr(mv.Value); break;
            case MatchSingleton: break;
            case MatchSequence ms: foreach (var q in ms.Patterns) VisitPattern(q); break;
            case MatchStar st: if (st.Name != null) AddDef(st.Name, Def.Local, p); break;
            case MatchMapping mm:
                VisitExprs(mm.Keys);
                foreach (var q in mm.Patterns) VisitPattern(q);
                if (mm.Rest != null) AddDef(mm.Rest, Def.Local, p);
                break;
            case MatchClass mc:
                VisitExpr(mc.Cls);
                foreach (var q in mc.Patterns) VisitPattern(q);
                foreach (var q in mc.KwdPatterns) VisitPattern(q);
                break;
            case MatchAs ma:
                if (ma.Pattern != null) VisitPattern(ma.Pattern);
                if (ma.Name != null) AddDef(ma.Name, Def.Local, p);
                break;
            case MatchOr mo: foreach (var q in mo.Patterns) VisitPattern(q); break;
        }
    }

    // ------------------------------------------------------------------ analysis

    void Analyze()
    {
        var free = new HashSet<string>(StringComparer.Ordinal);
        var global = new HashSet<string>(StringComparer.Ordinal);
        AnalyzeBlock(Top, null, free, global, new HashSet<string>(StringComparer.Ordinal), null);
    }

    void AnalyzeName(SymbolTableEntry ste, Dictionary<string, Scope> scopes, string name, int flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, SymbolTableEntry? classEntry)
    {
        if ((flags & Def.Global) != 0)
        {
            if ((flags & Def.Nonlocal) != 0)
                throw Error($"name '{name}' is nonlocal and global", ste.Directives.GetValueOrDefault(name));
            scopes[name] = Scope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & Def.Nonlocal) != 0)
        {
            var at = ste.Directives.GetValueOrDefault(name);
            if (bound == null) throw Error("nonlocal declaration not allowed at module level", at);
            if (!bound.Contains(name)) throw Error($"no binding for nonlocal '{name}' found", at);
            if (typeParams.Contains(name)) throw Error($"nonlocal binding not allowed for type parameter '{name}'", at);
            scopes[name] = Scope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & Def.Bound) != 0)
        {
            scopes[name] = Scope.Local;
            local.Add(name);
            global.Remove(name);
            // Names that are type parameters of an enclosing generic scope (and not rebound since).
            if ((flags & Def.TypeParam) != 0) typeParams.Add(name);
            else typeParams.Remove(name);
            return;
        }
        if (classEntry != null)
        {
            int classFlags = classEntry.Lookup(name);
            if ((classFlags & Def.Global) != 0) { scopes[name] = Scope.GlobalExplicit; return; }
            if ((classFlags & Def.Bound) != 0 && (classFlags & Def.Nonlocal) == 0)
            {
                scopes[name] = Scope.GlobalImplicit;
                return;
            }
        }
        if (bound != null && bound.Contains(name))
        {
            scopes[name] = Scope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            scopes[name] = Scope.GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        scopes[name] = Scope.GlobalImplicit;
    }

    void AnalyzeBlock(SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, SymbolTableEntry? classEntry)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new Dictionary<string, Scope>(StringComparer.Ordinal);
        var newGlobal = new HashSet<string>(StringComparer.Ordinal);
        var newFree = new HashSet<string>(StringComparer.Ordinal);
        var newBound = new HashSet<string>(StringComparer.Ordinal);

        // A class namespace does not affect the names visible in nested functions.
        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound != null) newBound.UnionWith(bound);
        }
        foreach (var name in ste.SymbolOrder)
            AnalyzeName(ste, scopes, name, ste.Symbols[name], bound, local, free, global, typeParams, classEntry);

        if (ste.Type != BlockType.Class)
        {
            if (ste.IsFunctionLike) newBound.UnionWith(local);
            if (bound != null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
            newBound.Add("__classdict__");
            newBound.Add("__conditional_annotations__");
        }

        foreach (var child in ste.Children)
        {
            SymbolTableEntry? newClassEntry = null;
            if (child.CanSeeClassScope)
                newClassEntry = ste.Type == BlockType.Class ? ste : classEntry;
            var childFree = new HashSet<string>(StringComparer.Ordinal);
            AnalyzeBlock(child, new HashSet<string>(newBound, StringComparer.Ordinal), childFree,
                new HashSet<string>(newGlobal, StringComparer.Ordinal), new HashSet<string>(typeParams, StringComparer.Ordinal),
                newClassEntry);
            newFree.UnionWith(childFree);
            if (child.HasFree || child.ChildFree) ste.ChildFree = true;
        }

        if (ste.IsFunctionLike) AnalyzeCells(scopes, newFree);
        else if (ste.Type == BlockType.Class) DropClassFree(ste, newFree);

        UpdateSymbols(ste, scopes, bound, newFree, ste.Type == BlockType.Class || ste.CanSeeClassScope);
        free.UnionWith(newFree);
    }

    static void AnalyzeCells(Dictionary<string, Scope> scopes, HashSet<string> free)
    {
        foreach (var name in scopes.Keys.ToList())
        {
            if (scopes[name] != Scope.Local) continue;
            if (!free.Contains(name)) continue;
            scopes[name] = Scope.Cell;
            free.Remove(name);
        }
    }

    static void DropClassFree(SymbolTableEntry ste, HashSet<string> free)
    {
        if (free.Remove("__class__")) ste.NeedsClassClosure = true;
        if (free.Remove("__classdict__")) ste.NeedsClassDict = true;
        if (free.Remove("__conditional_annotations__")) ste.HasConditionalAnnotations = true;
    }

    static void UpdateSymbols(SymbolTableEntry ste, Dictionary<string, Scope> scopes, HashSet<string>? bound,
        HashSet<string> free, bool classFlag)
    {
        foreach (var name in ste.SymbolOrder)
        {
            int flags = ste.Symbols[name];
            flags |= (int)scopes[name] << Def.ScopeOffset;
            ste.Symbols[name] = flags;
        }
        foreach (var name in free)
        {
            if (ste.Symbols.TryGetValue(name, out int flags))
            {
                // A method's free variable that is also bound in the class body.
                if (classFlag) ste.Symbols[name] = flags | Def.FreeClass;
                continue;
            }
            if (bound != null && !bound.Contains(name)) continue; // a global
            ste.SetFlags(name, (int)Scope.Free << Def.ScopeOffset);
        }
    }
}

/// <summary>Private name mangling (CPython's _Py_Mangle).</summary>
public static class Mangler
{
    public static string Mangle(string? privateName, string name)
    {
        if (privateName == null || !name.StartsWith("__", StringComparison.Ordinal)) return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        string stripped = privateName.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }
}

/// <summary>Builds <see cref="SyntaxErrorException"/>s with CPython's positions (1-based offsets).</summary>
public static class CompileErrors
{
    public static SyntaxErrorException Make(string msg, string filename, string? source, Node? at, string kind = "SyntaxError")
    {
        if (at == null) return new SyntaxErrorException(kind, msg, filename, 0, 0, null);
        string? text = FileLine(filename, at.Lineno);
        return new SyntaxErrorException(kind, msg, filename, at.Lineno, at.ColOffset + 1, text,
            at.EndLineno, at.EndColOffset + 1);
    }

    /// <summary>
    /// The text of an error found after parsing (symbol table, code generation): as CPython's
    /// PyErr_ProgramTextObject, line <paramref name="lineno"/> of the file named <paramref name="filename"/>
    /// with its newline, or null when there is no such file ("&lt;string&gt;", "&lt;stdin&gt;"...), whatever
    /// source was compiled.
    /// </summary>
    public static string? FileLine(string filename, int lineno)
    {
        if (lineno < 1 || filename.Length == 0 || filename[0] == '<') return null;
        try
        {
            if (!File.Exists(filename)) return null;
            int line = 0;
            foreach (var l in File.ReadLines(filename))
                if (++line == lineno) return l + "\n";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    public static string? GetLine(string? source, int lineno)
    {
        if (source == null || lineno < 1) return null;
        int line = 1, start = 0;
        while (line < lineno)
        {
            int nl = source.IndexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
            line++;
        }
        int end = source.IndexOf('\n', start);
        string text = end < 0 ? source[start..] : source.Substring(start, end - start + 1);
        return text;
    }
}
