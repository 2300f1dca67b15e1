using System.Collections.Immutable;

namespace Kaa.Runtime;

/// <summary>One field of a node class: its ASDL type name and quantifier ('\0' plain, '?' optional, '*' list).</summary>
internal sealed record AstFieldSpec(string Name, string Type, char Quant)
{
    public override string ToString() => Type + (Quant == '\0' ? "" : Quant.ToString()) + " " + Name;
}

/// <summary>One class of the `_ast` module: an abstract sum type (stmt, expr, ...), a constructor of one,
/// or a product type (arguments, keyword, ...).</summary>
internal sealed record AstClassSpec(string Name, string? Base, ImmutableArray<AstFieldSpec> Fields,
    ImmutableArray<AstFieldSpec> Attributes, string Doc, bool IsAbstract, bool IsSingleton);

/// <summary>
/// CPython 3.14's Parser/Python.asdl, from which the node classes of `_ast` are built (as CPython's
/// asdl_c.py generates Python-ast.c from it): names, field order, field types, attributes and docstrings
/// all derive from this one text.
/// </summary>
internal static class AstSpec
{
    const string Asdl = """
        mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
        stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) | TypeAlias(expr name, type_param* type_params, expr value) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) | FormattedValue(expr value, int conversion, expr? format_spec) | Interpolation(expr value, constant str, int conversion, expr? format_spec) | JoinedStr(expr* values) | TemplateStr(expr* values) | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step) attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        expr_context = Load | Store | Del
        boolop = And | Or
        operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
        unaryop = Invert | Not | UAdd | USub
        cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
        comprehension = (expr target, expr iter, expr* ifs, int is_async)
        excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
        arg = (identifier arg, expr? annotation, string? type_comment) attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        keyword = (identifier? arg, expr value) attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        alias = (identifier name, identifier? asname) attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        withitem = (expr context_expr, expr? optional_vars)
        match_case = (pattern pattern, expr? guard, stmt* body)
        pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns) attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        type_ignore = TypeIgnore(int lineno, string tag)
        type_param = TypeVar(identifier name, expr? bound, expr? default_value) | ParamSpec(identifier name, expr? default_value) | TypeVarTuple(identifier name, expr? default_value) attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
        """;

    /// <summary>Every class in definition order (a base before its constructors), as CPython creates them.</summary>
    public static readonly ImmutableArray<AstClassSpec> Classes = Parse();

    /// <summary>The ASDL builtin types, which are not node classes.</summary>
    public static bool IsBuiltinType(string t) => t is "identifier" or "string" or "int" or "constant";

    static ImmutableArray<AstClassSpec> Parse()
    {
        var result = ImmutableArray.CreateBuilder<AstClassSpec>();
        foreach (var raw in Asdl.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            int eq = line.IndexOf(" = ", StringComparison.Ordinal);
            string name = line[..eq];
            string rest = line[(eq + 3)..];
            var attrs = ImmutableArray<AstFieldSpec>.Empty;
            int at = rest.IndexOf(" attributes (", StringComparison.Ordinal);
            if (at >= 0)
            {
                attrs = ParseFields(rest[(at + 13)..^1]);
                rest = rest[..at];
            }
            if (rest.StartsWith('('))
            {
                // A product type: one concrete class.
                var fields = ParseFields(rest[1..^1]);
                result.Add(new AstClassSpec(name, null, fields, attrs, name + "(" + string.Join(", ", fields) + ")", false, false));
                continue;
            }
            var ctors = rest.Split(" | ");
            bool simple = ctors.All(c => !c.Contains('('));
            string doc = simple
                ? name + " = " + string.Join(" | ", ctors)
                : name + " = " + string.Join("\n" + new string(' ', name.Length + 1) + "| ", ctors);
            result.Add(new AstClassSpec(name, null, [], attrs, doc, true, false));
            foreach (var c in ctors)
            {
                int paren = c.IndexOf('(');
                var cname = paren < 0 ? c : c[..paren];
                var fields = paren < 0 ? ImmutableArray<AstFieldSpec>.Empty : ParseFields(c[(paren + 1)..^1]);
                result.Add(new AstClassSpec(cname, name, fields, [], c, false, simple));
            }
        }
        return result.ToImmutable();
    }

    static ImmutableArray<AstFieldSpec> ParseFields(string text)
    {
        var b = ImmutableArray.CreateBuilder<AstFieldSpec>();
        foreach (var part in text.Split(", "))
        {
            var sp = part.Split(' ');
            var t = sp[0];
            char q = '\0';
            if (t.EndsWith('?') || t.EndsWith('*')) { q = t[^1]; t = t[..^1]; }
            b.Add(new AstFieldSpec(sp[1], t, q));
        }
        return b.ToImmutable();
    }
}
