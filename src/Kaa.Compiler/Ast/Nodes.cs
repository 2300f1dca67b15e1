// The abstract syntax tree. The node set, field names and field order follow CPython 3.14's `ast`
// module exactly, so that a later `ast` module can expose these nodes one to one.
// Positions: Lineno/EndLineno are 1-based; ColOffset/EndColOffset are 0-based offsets in UTF-16
// code units of the source line (CPython uses UTF-8 bytes; the `ast` module converts when exposing).
namespace Kaa.Compiler.Ast;

public abstract class Node
{
    public int Lineno, ColOffset, EndLineno, EndColOffset;

    public T At<T>(Node from) where T : Node
    {
        Lineno = from.Lineno; ColOffset = from.ColOffset; EndLineno = from.EndLineno; EndColOffset = from.EndColOffset;
        return (T)this;
    }
}

// ---------------------------------------------------------------- mod
public abstract class Mod : Node { }
public sealed class ModuleNode(List<Stmt> body) : Mod { public List<Stmt> Body = body; public List<TypeIgnore> TypeIgnores = new(); }
public sealed class Interactive(List<Stmt> body) : Mod { public List<Stmt> Body = body; }
public sealed class Expression(Expr body) : Mod { public Expr Body = body; }
public sealed class TypeIgnore(int lineno, string tag) : Node { public int IgnoreLineno = lineno; public string Tag = tag; }

// ---------------------------------------------------------------- stmt
public abstract class Stmt : Node { }

public sealed class FunctionDef : Stmt
{
    public string Name = "";
    public Arguments Args = new();
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public Expr? Returns;
    public string? TypeComment;
    public List<TypeParam> TypeParams = new();
    public bool IsAsync;          // AsyncFunctionDef in CPython's ast
}

public sealed class ClassDef : Stmt
{
    public string Name = "";
    public List<Expr> Bases = new();
    public List<Keyword> Keywords = new();
    public List<Stmt> Body = new();
    public List<Expr> DecoratorList = new();
    public List<TypeParam> TypeParams = new();
}

public sealed class Return(Expr? value) : Stmt { public Expr? Value = value; }
public sealed class Delete(List<Expr> targets) : Stmt { public List<Expr> Targets = targets; }
public sealed class Assign(List<Expr> targets, Expr value) : Stmt { public List<Expr> Targets = targets; public Expr Value = value; public string? TypeComment; }
public sealed class TypeAlias(Name name, List<TypeParam> typeParams, Expr value) : Stmt { public Name NameTarget = name; public List<TypeParam> TypeParams = typeParams; public Expr Value = value; }
public sealed class AugAssign(Expr target, Operator op, Expr value) : Stmt { public Expr Target = target; public Operator Op = op; public Expr Value = value; }
public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, bool simple) : Stmt { public Expr Target = target; public Expr Annotation = annotation; public Expr? Value = value; public bool Simple = simple; }

public sealed class For : Stmt
{
    public Expr Target = null!; public Expr Iter = null!;
    public List<Stmt> Body = new(); public List<Stmt> Orelse = new();
    public string? TypeComment;
    public bool IsAsync;          // AsyncFor
}

public sealed class While(Expr test, List<Stmt> body, List<Stmt> orelse) : Stmt { public Expr Test = test; public List<Stmt> Body = body; public List<Stmt> Orelse = orelse; }
public sealed class If(Expr test, List<Stmt> body, List<Stmt> orelse) : Stmt { public Expr Test = test; public List<Stmt> Body = body; public List<Stmt> Orelse = orelse; }

public sealed class With : Stmt
{
    public List<WithItem> Items = new(); public List<Stmt> Body = new();
    public string? TypeComment;
    public bool IsAsync;          // AsyncWith
}

public sealed class Match(Expr subject, List<MatchCase> cases) : Stmt { public Expr Subject = subject; public List<MatchCase> Cases = cases; }
public sealed class Raise(Expr? exc, Expr? cause) : Stmt { public Expr? Exc = exc; public Expr? Cause = cause; }

public sealed class Try : Stmt
{
    public List<Stmt> Body = new(); public List<ExceptHandler> Handlers = new();
    public List<Stmt> Orelse = new(); public List<Stmt> Finalbody = new();
    public bool IsStar;           // TryStar (except*)
}

public sealed class Assert(Expr test, Expr? msg) : Stmt { public Expr Test = test; public Expr? Msg = msg; }
public sealed class Import(List<Alias> names) : Stmt { public List<Alias> Names = names; }
public sealed class ImportFrom(string? module, List<Alias> names, int level) : Stmt { public string? Module = module; public List<Alias> Names = names; public int Level = level; }
public sealed class Global(List<string> names) : Stmt { public List<string> Names = names; }
public sealed class Nonlocal(List<string> names) : Stmt { public List<string> Names = names; }
public sealed class ExprStmt(Expr value) : Stmt { public Expr Value = value; }   // ast.Expr
public sealed class Pass : Stmt { }
public sealed class Break : Stmt { }
public sealed class Continue : Stmt { }

// ---------------------------------------------------------------- expr
public enum ExprContext { Load, Store, Del }

public abstract class Expr : Node { }

public sealed class BoolOp(BoolOperator op, List<Expr> values) : Expr { public BoolOperator Op = op; public List<Expr> Values = values; }
public sealed class NamedExpr(Name target, Expr value) : Expr { public Name Target = target; public Expr Value = value; }
public sealed class BinOp(Expr left, Operator op, Expr right) : Expr { public Expr Left = left; public Operator Op = op; public Expr Right = right; }
public sealed class UnaryOp(UnaryOperator op, Expr operand) : Expr { public UnaryOperator Op = op; public Expr Operand = operand; }
public sealed class Lambda(Arguments args, Expr body) : Expr { public Arguments Args = args; public Expr Body = body; }
public sealed class IfExp(Expr test, Expr body, Expr orelse) : Expr { public Expr Test = test; public Expr Body = body; public Expr Orelse = orelse; }
public sealed class Dict(List<Expr?> keys, List<Expr> values) : Expr { public List<Expr?> Keys = keys; public List<Expr> Values = values; } // null key = **mapping
public sealed class SetExpr(List<Expr> elts) : Expr { public List<Expr> Elts = elts; }
public sealed class ListComp(Expr elt, List<Comprehension> generators) : Expr { public Expr Elt = elt; public List<Comprehension> Generators = generators; }
public sealed class SetComp(Expr elt, List<Comprehension> generators) : Expr { public Expr Elt = elt; public List<Comprehension> Generators = generators; }
public sealed class DictComp(Expr key, Expr value, List<Comprehension> generators) : Expr { public Expr Key = key; public Expr Value = value; public List<Comprehension> Generators = generators; }
public sealed class GeneratorExp(Expr elt, List<Comprehension> generators) : Expr { public Expr Elt = elt; public List<Comprehension> Generators = generators; }
public sealed class Await(Expr value) : Expr { public Expr Value = value; }
public sealed class Yield(Expr? value) : Expr { public Expr? Value = value; }
public sealed class YieldFrom(Expr value) : Expr { public Expr Value = value; }
public sealed class Compare(Expr left, List<CmpOp> ops, List<Expr> comparators) : Expr { public Expr Left = left; public List<CmpOp> Ops = ops; public List<Expr> Comparators = comparators; }
public sealed class Call(Expr func, List<Expr> args, List<Keyword> keywords) : Expr { public Expr Func = func; public List<Expr> Args = args; public List<Keyword> Keywords = keywords; }
/// <summary>One `{value!conversion:format_spec}` part of an f-string. Conversion is -1, 's', 'r' or 'a'.</summary>
public sealed class FormattedValue(Expr value, int conversion, Expr? formatSpec) : Expr { public Expr Value = value; public int Conversion = conversion; public Expr? FormatSpec = formatSpec; }
/// <summary>An f-string: Values are Constant(str) and FormattedValue parts (format specs are JoinedStr too).</summary>
public sealed class JoinedStr(List<Expr> values) : Expr { public List<Expr> Values = values; }
/// <summary>One `{value!conversion:format_spec}` part of a PEP 750 t-string. Str is the expression's source
/// text; Conversion is -1, 's', 'r' or 'a'; FormatSpec is a JoinedStr.</summary>
public sealed class Interpolation(Expr value, string str, int conversion, Expr? formatSpec) : Expr { public Expr Value = value; public string Str = str; public int Conversion = conversion; public Expr? FormatSpec = formatSpec; }
/// <summary>A t-string (PEP 750): Values are Constant(str) and Interpolation parts.</summary>
public sealed class TemplateStr(List<Expr> values) : Expr { public List<Expr> Values = values; }
/// <summary>A literal. Value is one of: null (None), bool, System.Numerics.BigInteger, double,
/// System.Numerics.Complex (imaginary literal), string, byte[], ConstantEllipsis.Instance.
/// Kind is "u" for u-prefixed strings, else null.</summary>
public sealed class Constant(object? value) : Expr { public object? Value = value; public string? Kind; }
public sealed class ConstantEllipsis { public static readonly ConstantEllipsis Instance = new(); private ConstantEllipsis() { } }
public sealed class Attribute(Expr value, string attr, ExprContext ctx) : Expr { public Expr Value = value; public string Attr = attr; public ExprContext Ctx = ctx; }
public sealed class Subscript(Expr value, Expr slice, ExprContext ctx) : Expr { public Expr Value = value; public Expr Slice = slice; public ExprContext Ctx = ctx; }
public sealed class Starred(Expr value, ExprContext ctx) : Expr { public Expr Value = value; public ExprContext Ctx = ctx; }
public sealed class Name(string id, ExprContext ctx) : Expr { public string Id = id; public ExprContext Ctx = ctx; }
public sealed class ListExpr(List<Expr> elts, ExprContext ctx) : Expr { public List<Expr> Elts = elts; public ExprContext Ctx = ctx; }
public sealed class TupleExpr(List<Expr> elts, ExprContext ctx) : Expr { public List<Expr> Elts = elts; public ExprContext Ctx = ctx; }
public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr { public Expr? Lower = lower; public Expr? Upper = upper; public Expr? Step = step; }

// ---------------------------------------------------------------- operators
public enum BoolOperator { And, Or }
public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
public enum UnaryOperator { Invert, Not, UAdd, USub }
public enum CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

// ---------------------------------------------------------------- helpers
public sealed class Comprehension(Expr target, Expr iter, List<Expr> ifs, bool isAsync) : Node
{ public Expr Target = target; public Expr Iter = iter; public List<Expr> Ifs = ifs; public bool IsAsync = isAsync; }

public sealed class ExceptHandler(Expr? type, string? name, List<Stmt> body) : Node
{ public Expr? Type = type; public string? Name = name; public List<Stmt> Body = body; }

public sealed class Arguments : Node
{
    public List<Arg> PosOnlyArgs = new();
    public List<Arg> Args = new();
    public Arg? VarArg;
    public List<Arg> KwOnlyArgs = new();
    public List<Expr?> KwDefaults = new();   // parallel to KwOnlyArgs; null = no default
    public Arg? KwArg;
    public List<Expr> Defaults = new();      // for the last len(Defaults) of PosOnlyArgs+Args
}

public sealed class Arg(string name, Expr? annotation) : Node { public string ArgName = name; public Expr? Annotation = annotation; public string? TypeComment; }
public sealed class Keyword(string? arg, Expr value) : Node { public string? Arg = arg; public Expr Value = value; }  // Arg null = **kwargs
public sealed class Alias(string name, string? asname) : Node { public string AliasName = name; public string? Asname = asname; }
public sealed class WithItem(Expr contextExpr, Expr? optionalVars) : Node { public Expr ContextExpr = contextExpr; public Expr? OptionalVars = optionalVars; }
public sealed class MatchCase(Pattern pattern, Expr? guard, List<Stmt> body) : Node { public Pattern Pattern = pattern; public Expr? Guard = guard; public List<Stmt> Body = body; }

// ---------------------------------------------------------------- patterns
public abstract class Pattern : Node { }
public sealed class MatchValue(Expr value) : Pattern { public Expr Value = value; }
public sealed class MatchSingleton(object? value) : Pattern { public object? Value = value; }   // null, true, false
public sealed class MatchSequence(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns = patterns; }
public sealed class MatchMapping(List<Expr> keys, List<Pattern> patterns, string? rest) : Pattern { public List<Expr> Keys = keys; public List<Pattern> Patterns = patterns; public string? Rest = rest; }
public sealed class MatchClass(Expr cls, List<Pattern> patterns, List<string> kwdAttrs, List<Pattern> kwdPatterns) : Pattern { public Expr Cls = cls; public List<Pattern> Patterns = patterns; public List<string> KwdAttrs = kwdAttrs; public List<Pattern> KwdPatterns = kwdPatterns; }
public sealed class MatchStar(string? name) : Pattern { public string? Name = name; }
public sealed class MatchAs(Pattern? pattern, string? name) : Pattern { public Pattern? Pattern = pattern; public string? Name = name; }
public sealed class MatchOr(List<Pattern> patterns) : Pattern { public List<Pattern> Patterns = patterns; }

// ---------------------------------------------------------------- type parameters (PEP 695 / 696)
public abstract class TypeParam : Node
{
    public string Name = ""; public Expr? DefaultValue;
    /// <summary>Identity of the default's lazy scope in the symbol table (the bound's is the node itself).</summary>
    public readonly object DefaultKey = new();
}
public sealed class TypeVar : TypeParam { public Expr? Bound; }
public sealed class ParamSpec : TypeParam { }
public sealed class TypeVarTuple : TypeParam { }
