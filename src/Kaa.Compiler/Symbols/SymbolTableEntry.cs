using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;

namespace Kaa.Compiler.Symbols;

/// <summary>Symbol flags, as CPython's DEF_* constants.</summary>
public static class Def
{
    public const int Global = 1;        // global statement
    public const int Local = 2;         // assignment
    public const int Param = 4;         // parameter
    public const int Nonlocal = 8;      // nonlocal statement
    public const int Use = 16;          // name is used
    public const int FreeClass = 64;    // free variable of a method, also bound in the class
    public const int Import = 128;      // bound by import
    public const int Annot = 256;       // annotated
    public const int CompIter = 512;    // comprehension iteration variable
    public const int TypeParam = 1024;  // PEP 695 type parameter
    public const int CompCell = 2048;
    public const int Bound = Local | Param | Import;
    public const int ScopeOffset = 12;
    public const int ScopeMask = 0x7;
}

/// <summary>Resolved scope of a name (CPython's LOCAL ... CELL).</summary>
public enum Scope { None = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 }

public enum BlockType { Function, Class, Module, Annotation, TypeAlias, TypeParameters, TypeVariable }

public enum ComprehensionType { None, List, Set, Dict, Generator }

/// <summary>One scope of the symbol table (CPython's PySTEntryObject).</summary>
public sealed class SymbolTableEntry
{
    public readonly string Name;
    public readonly BlockType Type;
    public readonly Node? Node;
    public readonly int Lineno, ColOffset;
    public readonly SymbolTableEntry? Parent;

    /// <summary>Name → flags, in order of first appearance.</summary>
    public readonly Dictionary<string, int> Symbols = new(StringComparer.Ordinal);
    public readonly List<string> SymbolOrder = new();
    public readonly List<string> VarNames = new();   // parameters, in order
    public readonly List<SymbolTableEntry> Children = new();
    /// <summary>Where global/nonlocal directives were written, for error positions.</summary>
    public readonly Dictionary<string, Node> Directives = new(StringComparer.Ordinal);

    public bool IsNested, HasFree, ChildFree, Generator, Coroutine, VarArgs, VarKeywords, ReturnsValue;
    public bool NeedsClassClosure, NeedsClassDict, CanSeeClassScope;
    /// <summary>PEP 649 bookkeeping of a module or class body: whether the symbol-table walk is inside a
    /// compound statement, whether some annotation is conditional (a `__conditional_annotations__` set
    /// records which ran), and the body's __annotate__ scope with the key the compiler finds it by.</summary>
    public bool InConditionalBlock, HasConditionalAnnotations;
    public SymbolTableEntry? AnnotationBlock;
    public readonly object AnnotationBlockKey = new();
    public readonly HashSet<Ast.AnnAssign> ConditionalAnnotations = new(ReferenceEqualityComparer.Instance);
    public ComprehensionType Comprehension;
    public bool CompIterTarget;
    public int CompIterExpr;
    /// <summary>The class name used for private name mangling inside this scope, if any.</summary>
    public string? Private;
    /// <summary>What a TypeVariable scope evaluates ("a TypeVar bound", ...), for error messages.</summary>
    public string? ScopeInfo;
    /// <summary>In a generic class's type parameter scopes: the only names that are mangled (CPython's
    /// ste_mangled_names); null means mangle every private name.</summary>
    public HashSet<string>? MangledNames;

    public SymbolTableEntry(string name, BlockType type, Node? node, SymbolTableEntry? parent, int lineno, int col)
    {
        Name = name; Type = type; Node = node; Parent = parent; Lineno = lineno; ColOffset = col;
    }

    public bool IsFunctionLike => Type is BlockType.Function or BlockType.Annotation or BlockType.TypeVariable
        or BlockType.TypeAlias or BlockType.TypeParameters;

    public int Lookup(string name) => Symbols.TryGetValue(name, out var f) ? f : 0;

    public void SetFlags(string name, int flags)
    {
        if (!Symbols.ContainsKey(name)) SymbolOrder.Add(name);
        Symbols[name] = flags;
    }

    public Scope GetScope(string name) => (Scope)((Lookup(name) >> Def.ScopeOffset) & Def.ScopeMask);

    public override string ToString() => $"<{Type} {Name}>";
}
