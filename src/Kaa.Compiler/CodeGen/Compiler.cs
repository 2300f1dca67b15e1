using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

/// <summary>Options of one compilation (the parts of CPython's compile() flags the code generator needs).</summary>
public sealed record CompileOptions
{
    /// <summary>0: normal; 1: -O (no asserts, __debug__ is False); 2: -OO (also no docstrings).</summary>
    public int Optimize { get; init; }
    /// <summary>`from __future__ import annotations` inherited from the caller.</summary>
    public bool FutureAnnotations { get; init; }
    /// <summary>PyCF_ALLOW_TOP_LEVEL_AWAIT.</summary>
    public bool AllowTopLevelAwait { get; init; }
    /// <summary>PyCF_ALLOW_INCOMPLETE_INPUT: unfinished input raises _IncompleteInputError (codeop, the REPL).</summary>
    public bool AllowIncompleteInput { get; init; }
    /// <summary>PyCF_DONT_IMPLY_DEDENT: a 'single' compound statement needs a final line break.</summary>
    public bool DontImplyDedent { get; init; }
    /// <summary>The source text, for SyntaxError.text.</summary>
    public string? Source { get; init; }

    public static readonly CompileOptions Default = new();
}

internal enum CompilerScope
{
    Module, Class, Function, AsyncFunction, Lambda, Comprehension,
    /// <summary>"&lt;generic parameters of X&gt;" (PEP 695).</summary>
    TypeParams,
    /// <summary>A lazily evaluated annotation scope taking `.format`: type parameter bounds/defaults, alias values.</summary>
    Annotation,
}

internal enum FBlockType
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

internal sealed class FBlock(FBlockType type, Label? block, Label? exit, object? datum, Loc loc)
{
    public readonly FBlockType Type = type;
    public readonly Label? Block = block;
    public readonly Label? Exit = exit;
    public readonly object? Datum = datum;
    public readonly Loc Loc = loc;
}

/// <summary>Per-scope compiler state (CPython's compiler_unit).</summary>
internal sealed class CompilerUnit
{
    public required SymbolTableEntry Ste;
    public required CompilerScope ScopeType;
    public required string Name;
    public string QualName = "";
    public string? Private;
    public int FirstLineNo;
    public readonly Emitter E = new();
    public readonly Dictionary<object, int> ConstIndex = new(ConstantKeyComparer.Instance!);
    public readonly List<object?> Consts = new();
    public int NoneConstIndex = -1;
    public readonly Dictionary<string, int> NameIndex = new(StringComparer.Ordinal);
    public readonly List<string> Names = new();
    public readonly List<string> VarNames = new();
    public readonly Dictionary<string, int> VarIndex = new(StringComparer.Ordinal);
    public readonly List<string> CellVars = new();
    public readonly List<string> FreeVars = new();
    public readonly Dictionary<string, int> CellSlot = new(StringComparer.Ordinal);
    public readonly Dictionary<string, int> FreeSlot = new(StringComparer.Ordinal);
    public readonly List<FBlock> FBlocks = new();
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    public string? Docstring;
    public List<string>? StaticAttributes;   // class units only
    /// <summary>PEP 649: the `x: T` statements of a module or class body, with their index in
    /// `__conditional_annotations__` (-1 when unconditional), compiled into __annotate__ at its end.</summary>
    public List<(AnnAssign Stmt, int Index)>? DeferredAnnotations;
    public int NextConditionalAnnotationIndex;
    /// <summary>Module units: each annotation's index, numbered before the body is compiled.</summary>
    public Dictionary<AnnAssign, int>? ModuleAnnotationIndex;
    public Loc Loc;
    public CompilerUnit? Parent;
    /// <summary>A list/set/dict comprehension: CPython 3.12+ inlines those (PEP 709), so it carries its
    /// enclosing scope's name, and names nested in it are qualified as if it were not there.</summary>
    public bool Inlined;
    /// <summary>See <see cref="CodeUnit.ListLengthFromIterator"/>.</summary>
    public bool ListLengthFromIterator;
}

/// <summary>
/// The bytecode compiler: AST + symbol table → <see cref="CodeUnit"/>s. A port of the structure of
/// CPython 3.13's compile.c/codegen.c, producing Kaa's instruction set.
/// </summary>
public sealed partial class Compiler
{
    const int StackUseGuideline = 30;

    readonly string _filename;
    readonly CompileOptions _options;
    SymbolTable _st = null!;
    CompilerUnit _u = null!;
    bool _futureAnnotations;
    int _interactive;   // > 0 while compiling top-level interactive statements

    Compiler(string filename, CompileOptions options)
    {
        _filename = filename;
        _options = options;
        _futureAnnotations = options.FutureAnnotations;
    }

    // ------------------------------------------------------------------ entry points

    /// <summary>Compiles a parsed module, expression or interactive statement.</summary>
    /// <param name="warnings">Receives the code generator's SyntaxWarnings (see Compiler.Warnings.cs).</param>
    public static CodeUnit Compile(Mod mod, string filename, CompileOptions? options = null, List<CompileWarning>? warnings = null)
    {
        options ??= CompileOptions.Default;
        var c = new Compiler(filename, options) { _warnings = warnings };
        return c.CompileMod(mod);
    }

    /// <summary>True when the module body starts with `from __future__ import annotations`
    /// (used by the runtime to propagate the flag to exec/compile).</summary>
    public bool FutureAnnotationsActive => _futureAnnotations;

    CodeUnit CompileMod(Mod mod)
    {
        if (mod is ModuleNode m) { CheckFutureImports(m.Body); CheckFinallyControlFlow(m.Body); }
        else if (mod is Interactive i) { CheckFutureImports(i.Body); CheckFinallyControlFlow(i.Body); }
        _st = SymbolTable.Build(mod, _filename, _options.Source, _futureAnnotations);
        EnterScope("<module>", CompilerScope.Module, mod, 1);
        switch (mod)
        {
            case ModuleNode mn:
                CompileBody(mn.Body, isModule: true);
                break;
            case Interactive inter:
                if (_futureAnnotations && FindAnnotations(inter.Body)) Emit(OpCode.SetupAnnotations, 0, Loc.None);
                StartConditionalAnnotations();
                StartModuleAnnotations(inter.Body);
                _interactive++;
                foreach (var s in inter.Body) VisitStmt(s);
                _interactive--;
                break;
            case Expression ex:
                VisitExpr(ex.Body);
                Emit(OpCode.ReturnValue, 0);
                return ExitScope(addReturn: false);
        }
        return ExitScope(addReturn: true);
    }

    // ------------------------------------------------------------------ future imports

    void CheckFutureImports(List<Stmt> body)
    {
        int i = 0;
        // A docstring may precede the future imports.
        if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string } }) i = 1;
        for (; i < body.Count; i++)
        {
            if (body[i] is not ImportFrom { Module: "__future__", Level: 0 } f) break;
            foreach (var a in f.Names)
            {
                switch (a.AliasName)
                {
                    case "annotations": _futureAnnotations = true; break;
                    case "nested_scopes" or "generators" or "division" or "absolute_import" or "with_statement"
                        or "print_function" or "unicode_literals" or "barry_as_FLUFL" or "generator_stop":
                        break;
                    case "braces": throw Error("not a chance", a);
                    default: throw Error($"future feature {a.AliasName} is not defined", a);
                }
            }
        }
    }

    // ------------------------------------------------------------------ errors

    SyntaxErrorException Error(string msg, Node? at) => CompileErrors.Make(msg, _filename, _options.Source, at);

    SyntaxErrorException ErrorAt(string msg, Loc loc)
    {
        string? text = CompileErrors.FileLine(_filename, loc.Line);
        return new SyntaxErrorException("SyntaxError", msg, _filename, loc.Line, loc.Col + 1, text, loc.EndLine, loc.EndCol + 1);
    }

    // ------------------------------------------------------------------ scopes

    void EnterScope(string name, CompilerScope scopeType, Node key, int firstLine) => EnterScope(name, scopeType, key, firstLine, key);

    /// <param name="key">The symbol table key of the scope (a node, or a PEP 695 key object).</param>
    /// <param name="at">The node that gives the scope its location.</param>
    /// <param name="privateName">Overrides the inherited private (mangling) name.</param>
    void EnterScope(string name, CompilerScope scopeType, object key, int firstLine, Node at, string? privateName = null)
    {
        var ste = _st.Lookup(key);
        var u = new CompilerUnit
        {
            Ste = ste,
            ScopeType = scopeType,
            Name = name,
            FirstLineNo = firstLine,
            Parent = _u,
        };
        u.Private = privateName ?? (ste.Type == BlockType.Class ? name : _u?.Private);
        if (ste.Type == BlockType.Class) u.StaticAttributes = new List<string>();

        // Fast locals: parameters first, then the other local names of function-like scopes.
        foreach (var p in ste.VarNames) AddVarName(u, p);
        if (ste.IsFunctionLike)
            foreach (var n in ste.SymbolOrder)
                if (ste.GetScope(n) == Scope.Local) AddVarName(u, n);

        var cells = new List<string>();
        foreach (var n in ste.SymbolOrder)
            if (ste.GetScope(n) == Scope.Cell) cells.Add(n);
        cells.Sort(StringComparer.Ordinal);
        if (ste.NeedsClassClosure) cells.Add("__class__");
        if (ste.NeedsClassDict) cells.Add("__classdict__");
        if (ste.Type == BlockType.Class && ste.HasConditionalAnnotations) cells.Add("__conditional_annotations__");
        var frees = new List<string>();
        foreach (var n in ste.SymbolOrder)
        {
            int flags = ste.Symbols[n];
            if (ste.GetScope(n) == Scope.Free || (flags & Def.FreeClass) != 0) frees.Add(n);
        }
        frees.Sort(StringComparer.Ordinal);
        u.CellVars.AddRange(cells);
        u.FreeVars.AddRange(frees);
        int next = u.VarNames.Count;
        foreach (var cname in cells)
        {
            if (u.VarIndex.TryGetValue(cname, out int slot)) u.CellSlot[cname] = slot;
            else u.CellSlot[cname] = next++;
        }
        foreach (var fname in frees) u.FreeSlot[fname] = next++;

        u.Loc = at is Mod ? new Loc(1, 1, 0, 0) : Loc.Of(at);
        _u = u;
        SetQualName();
    }

    static void AddVarName(CompilerUnit u, string name)
    {
        if (u.VarIndex.ContainsKey(name)) return;
        u.VarIndex[name] = u.VarNames.Count;
        u.VarNames.Add(name);
    }

    void SetQualName()
    {
        var u = _u;
        var parent = u.Parent;
        while (parent is { Inlined: true }) parent = parent.Parent;
        // A definition inside a type parameter or annotation scope is named as if that scope were not there.
        if (parent is { ScopeType: CompilerScope.TypeParams or CompilerScope.Annotation })
        {
            if (parent.Parent == null || parent.Parent.ScopeType == CompilerScope.Module)
            {
                u.QualName = u.Name;
                return;
            }
            parent = parent.Parent;
        }
        if (parent == null || parent.ScopeType == CompilerScope.Module)
        {
            u.QualName = u.Name;
            return;
        }
        bool forceGlobal = false;
        if (u.ScopeType is CompilerScope.Function or CompilerScope.AsyncFunction or CompilerScope.Class)
        {
            string mangled = Mangler.Mangle(parent.Private, u.Name);
            if (parent.Ste.GetScope(mangled) == Scope.GlobalExplicit) forceGlobal = true;
        }
        if (forceGlobal) { u.QualName = u.Name; return; }
        string baseName = parent.ScopeType is CompilerScope.Function or CompilerScope.AsyncFunction or CompilerScope.Lambda
            ? parent.QualName + ".<locals>"
            : parent.QualName;
        u.QualName = baseName + "." + u.Name;
    }

    CodeUnit ExitScope(bool addReturn)
    {
        var u = _u;
        if (addReturn && u.E.Reachable)
        {
            // The implicit `return None` belongs to the last line of the body.
            EmitReturnNone(Loc.None);
        }
        var (code, positions, table) = u.E.Assemble(u.FirstLineNo);
        var flags = ComputeFlags(u);
        int nl = u.VarNames.Count;
        var names = new List<string>(u.VarNames);
        var kinds = new List<LocalKind>();
        for (int i = 0; i < nl; i++)
            kinds.Add(u.CellSlot.ContainsKey(u.VarNames[i]) ? LocalKind.Local | LocalKind.Cell : LocalKind.Local);
        foreach (var c in u.CellVars)
            if (!u.VarIndex.ContainsKey(c)) { names.Add(c); kinds.Add(LocalKind.Cell); }
        foreach (var f in u.FreeVars) { names.Add(f); kinds.Add(LocalKind.Free); }
        var cellSlots = new List<int>();
        for (int i = 0; i < kinds.Count; i++) if ((kinds[i] & LocalKind.Cell) != 0) cellSlots.Add(i);

        var unit = new CodeUnit
        {
            Name = u.Name,
            QualName = u.QualName,
            Filename = _filename,
            FirstLineNo = u.FirstLineNo,
            Flags = flags,
            ArgCount = u.ArgCount,
            PosOnlyArgCount = u.PosOnlyArgCount,
            KwOnlyArgCount = u.KwOnlyArgCount,
            LocalsPlusNames = names.ToArray(),
            LocalsPlusKinds = kinds.ToArray(),
            VarNames = u.VarNames.ToArray(),
            CellVars = u.CellVars.ToArray(),
            FreeVars = u.FreeVars.ToArray(),
            Names = u.Names.ToArray(),
            Constants = u.Consts.ToArray(),
            Code = code,
            ExceptionTable = table,
            Positions = positions,
            StackSize = u.E.MaxDepth,
            CellSlots = cellSlots.ToArray(),
            FreeStart = names.Count - u.FreeVars.Count,
            Docstring = u.Docstring,
            InlinedComprehension = u.Inlined,
            ListLengthFromIterator = u.ListLengthFromIterator,
        };
        _u = u.Parent!;
        return unit;
    }

    CodeFlags ComputeFlags(CompilerUnit u)
    {
        var ste = u.Ste;
        CodeFlags flags = CodeFlags.None;
        if (ste.IsFunctionLike)
        {
            flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
            if (ste.IsNested) flags |= CodeFlags.Nested;
            if (ste.Generator && !ste.Coroutine) flags |= CodeFlags.Generator;
            else if (!ste.Generator && ste.Coroutine) flags |= CodeFlags.Coroutine;
            else if (ste.Generator && ste.Coroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.VarArgs) flags |= CodeFlags.VarArgs;
            if (ste.VarKeywords) flags |= CodeFlags.VarKeywords;
        }
        else if (u.ScopeType == CompilerScope.Module && _options.AllowTopLevelAwait && ste.Coroutine)
            flags |= CodeFlags.Coroutine;
        if (u.FreeVars.Count == 0 && u.CellVars.Count == 0) flags |= CodeFlags.NoFree;
        if (_futureAnnotations) flags |= CodeFlags.FutureAnnotations;
        if (u.Docstring != null) flags |= CodeFlags.HasDocstring;
        return flags;
    }

    // ------------------------------------------------------------------ emitting

    void Emit(OpCode op, int arg = 0) => _u.E.Emit(op, arg, _u.Loc);
    void Emit(OpCode op, int arg, Loc loc) => _u.E.Emit(op, arg, loc);
    void EmitJump(OpCode op, Label target) => _u.E.EmitJump(op, target, _u.Loc);
    void EmitJump(OpCode op, Label target, Loc loc) => _u.E.EmitJump(op, target, loc);
    void Bind(Label l) => _u.E.Bind(l);

    int AddConst(object? value)
    {
        var u = _u;
        if (value == null)
        {
            if (u.NoneConstIndex < 0) { u.NoneConstIndex = u.Consts.Count; u.Consts.Add(null); }
            return u.NoneConstIndex;
        }
        if (value is CodeUnit)
        {
            u.Consts.Add(value);
            return u.Consts.Count - 1;
        }
        if (u.ConstIndex.TryGetValue(value, out int idx)) return idx;
        idx = u.Consts.Count;
        u.Consts.Add(value);
        u.ConstIndex[value] = idx;
        return idx;
    }

    void LoadConst(object? value) => Emit(OpCode.LoadConst, AddConst(value));
    void LoadConst(object? value, Loc loc) => Emit(OpCode.LoadConst, AddConst(value), loc);

    void EmitReturnNone(Loc loc) => Emit(OpCode.ReturnConst, AddConst(null), loc);

    int AddName(string name)
    {
        var u = _u;
        if (u.NameIndex.TryGetValue(name, out int idx)) return idx;
        idx = u.Names.Count;
        u.Names.Add(name);
        u.NameIndex[name] = idx;
        return idx;
    }

    /// <summary>_Py_MaybeMangle: a generic class's type parameter scopes mangle only type parameter names.</summary>
    string Mangle(string name)
    {
        var names = _u.Ste.MangledNames;
        if (names != null && !names.Contains(name)) return name;
        return Mangler.Mangle(_u.Private, name);
    }

    // ------------------------------------------------------------------ names

    enum NameOpType { Fast, Deref, Global, Name }

    void NameOp(string name, ExprContext ctx, Loc? at = null)
    {
        var loc = at ?? _u.Loc;
        if (name == "__debug__")
        {
            if (ctx == ExprContext.Store) throw ErrorAt("cannot assign to __debug__", loc);
            if (ctx == ExprContext.Del) throw ErrorAt("cannot delete __debug__", loc);
            LoadConst(_options.Optimize == 0, loc);
            return;
        }
        string mangled = Mangle(name);
        var ste = _u.Ste;
        var scope = ste.GetScope(mangled);
        var opType = NameOpType.Name;
        switch (scope)
        {
            case Scope.Free:
            case Scope.Cell:
                opType = NameOpType.Deref;
                break;
            case Scope.Local:
                if (ste.IsFunctionLike) opType = NameOpType.Fast;
                break;
            case Scope.GlobalImplicit:
                if (ste.IsFunctionLike) opType = NameOpType.Global;
                break;
            case Scope.GlobalExplicit:
                opType = NameOpType.Global;
                break;
        }
        switch (opType)
        {
            case NameOpType.Deref:
                {
                    int slot = scope == Scope.Cell ? _u.CellSlot[mangled] : _u.FreeSlot[mangled];
                    switch (ctx)
                    {
                        case ExprContext.Load:
                            if (ste.Type == BlockType.Class)
                            {
                                Emit(OpCode.LoadLocals, 0, loc);
                                Emit(OpCode.LoadFromDictOrDeref, slot, loc);
                            }
                            else if (ste.CanSeeClassScope)
                            {
                                Emit(OpCode.LoadDeref, _u.FreeSlot["__classdict__"], loc);
                                Emit(OpCode.LoadFromDictOrDeref, slot, loc);
                            }
                            else Emit(OpCode.LoadDeref, slot, loc);
                            break;
                        case ExprContext.Store: Emit(OpCode.StoreDeref, slot, loc); break;
                        case ExprContext.Del: Emit(OpCode.DeleteDeref, slot, loc); break;
                    }
                    return;
                }
            case NameOpType.Fast:
                {
                    int slot = _u.VarIndex[mangled];
                    Emit(ctx switch
                    {
                        ExprContext.Load => OpCode.LoadFast,
                        ExprContext.Store => OpCode.StoreFast,
                        _ => OpCode.DeleteFast,
                    }, slot, loc);
                    return;
                }
            case NameOpType.Global:
                {
                    int idx = AddName(mangled);
                    switch (ctx)
                    {
                        case ExprContext.Load:
                            if (ste.CanSeeClassScope && scope == Scope.GlobalImplicit)
                            {
                                Emit(OpCode.LoadDeref, _u.FreeSlot["__classdict__"], loc);
                                Emit(OpCode.LoadFromDictOrGlobals, idx, loc);
                            }
                            else Emit(OpCode.LoadGlobal, idx << 1, loc);
                            break;
                        case ExprContext.Store: Emit(OpCode.StoreGlobal, idx, loc); break;
                        case ExprContext.Del: Emit(OpCode.DeleteGlobal, idx, loc); break;
                    }
                    return;
                }
            default:
                {
                    int idx = AddName(mangled);
                    Emit(ctx switch
                    {
                        ExprContext.Load => OpCode.LoadName,
                        ExprContext.Store => OpCode.StoreName,
                        _ => OpCode.DeleteName,
                    }, idx, loc);
                    return;
                }
        }
    }

    /// <summary>Loads a global for a call (LOAD_GLOBAL with the push-NULL bit) when the name is a
    /// global in a function; returns false when the caller must load it normally.</summary>
    bool TryLoadGlobalForCall(string name, Loc loc)
    {
        if (name == "__debug__") return false;
        string mangled = Mangle(name);
        var ste = _u.Ste;
        var scope = ste.GetScope(mangled);
        bool global = scope == Scope.GlobalExplicit || (scope == Scope.GlobalImplicit && ste.IsFunctionLike);
        if (!global || ste.CanSeeClassScope) return false;
        Emit(OpCode.LoadGlobal, (AddName(mangled) << 1) | 1, loc);
        return true;
    }

    // ------------------------------------------------------------------ bodies

    static string? GetDocstring(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string s } } ? CleanDoc(s) : null;

    /// <summary>_PyCompile_CleanDoc (3.13): docstrings are stored with tabs expanded, the first line's
    /// leading spaces removed and the common indentation of the other lines removed (blank lines do not
    /// count towards it and lose up to that much).</summary>
    internal static string CleanDoc(string doc)
    {
        if (doc.Contains('\t')) doc = ExpandTabs(doc);
        var lines = doc.Split('\n');
        int margin = int.MaxValue;
        for (int i = 1; i < lines.Length; i++)
        {
            int ind = LeadingSpaces(lines[i]);
            if (ind < lines[i].Length) margin = Math.Min(margin, ind);
        }
        if (margin == int.MaxValue) margin = 0;
        lines[0] = lines[0].TrimStart(' ');
        for (int i = 1; i < lines.Length; i++) lines[i] = lines[i][Math.Min(margin, LeadingSpaces(lines[i]))..];
        return string.Join('\n', lines);

        static int LeadingSpaces(string l)
        {
            int n = 0;
            while (n < l.Length && l[n] == ' ') n++;
            return n;
        }
    }

    /// <summary>str.expandtabs() with the default tab size 8.</summary>
    static string ExpandTabs(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length + 16);
        int col = 0;
        foreach (char c in s)
        {
            if (c == '\t') { int n = 8 - col % 8; sb.Append(' ', n); col += n; }
            else { sb.Append(c); col = c is '\n' or '\r' ? 0 : col + 1; }
        }
        return sb.ToString();
    }

    void CompileBody(List<Stmt> body, bool isModule)
    {
        int start = 0;
        // PEP 649: without the __future__ import, annotations go into a lazily called __annotate__.
        if (_futureAnnotations && FindAnnotations(body)) Emit(OpCode.SetupAnnotations, 0, Loc.None);
        if (isModule)
        {
            StartConditionalAnnotations();
            StartModuleAnnotations(body);
        }
        string? doc = GetDocstring(body);
        if (doc != null)
        {
            start = 1;
            if (_options.Optimize < 2)
            {
                var first = body[0];
                _u.Loc = Loc.Of(first);
                LoadConst(doc);
                NameOp("__doc__", ExprContext.Store);
                _u.Docstring = doc;
            }
        }
        for (int i = start; i < body.Count; i++) VisitStmt(body[i]);
        ProcessDeferredAnnotations();
    }

    /// <summary>Whether the statements contain a variable annotation (SETUP_ANNOTATIONS needed).</summary>
    static bool FindAnnotations(List<Stmt> stmts)
    {
        foreach (var s in stmts)
        {
            switch (s)
            {
                case AnnAssign: return true;
                case For f: if (FindAnnotations(f.Body) || FindAnnotations(f.Orelse)) return true; break;
                case While w: if (FindAnnotations(w.Body) || FindAnnotations(w.Orelse)) return true; break;
                case If i: if (FindAnnotations(i.Body) || FindAnnotations(i.Orelse)) return true; break;
                case With w: if (FindAnnotations(w.Body)) return true; break;
                case Match m:
                    foreach (var c in m.Cases) if (FindAnnotations(c.Body)) return true;
                    break;
                case Try t:
                    if (FindAnnotations(t.Body) || FindAnnotations(t.Orelse) || FindAnnotations(t.Finalbody)) return true;
                    foreach (var h in t.Handlers) if (FindAnnotations(h.Body)) return true;
                    break;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ fblocks

    void PushFBlock(FBlockType type, Label? block, Label? exit, object? datum = null, Loc? loc = null)
    {
        if (_u.FBlocks.Count >= 20) throw ErrorAt("too many statically nested blocks", _u.Loc);
        _u.FBlocks.Add(new FBlock(type, block, exit, datum, loc ?? _u.Loc));
    }

    void PopFBlock(FBlockType type)
    {
        var top = _u.FBlocks[^1];
        if (top.Type != type) throw new InvalidOperationException($"fblock mismatch: {top.Type} vs {type}");
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }
}
