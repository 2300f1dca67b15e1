using System.Numerics;
using Kaa.Compiler.Ast;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;
using A = Kaa.Compiler.Ast;

namespace Kaa.Runtime;

public static partial class AstModule
{
    /// <summary>isinstance(obj, ast.AST) (PyAST_Check).</summary>
    public static bool IsAstNode(ThreadState ts, PyObject obj)
        => AstState.TryGet(ts) is { Ast: { } astType } && obj.ObType.IsSubtype(astType);   // no node can exist before the classes do

    /// <summary>PyAST_obj2mod + _PyAST_Validate: `ast` objects back to the compiler's tree, with CPython's
    /// TypeError for malformed nodes and ValueError for trees the compiler must not see.</summary>
    public static Mod FromPython(ThreadState ts, PyObject obj, string mode)
    {
        var st = AstState.Get(ts);
        var (want, name) = mode switch
        {
            "exec" => (st.Types["Module"], "Module"),
            "eval" => (st.Types["Expression"], "Expression"),
            "single" => (st.Types["Interactive"], "Interactive"),
            _ => (st.Types["FunctionType"], "FunctionType"),
        };
        if (!obj.ObType.IsSubtype(want)) throw PyErr.TypeError($"expected {name} node, got {obj.ObType.Name}");
        if (mode == "func_type") throw PyErr.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        return new FromPy(ts, st).Mod(obj);
    }

    /// <summary>obj2ast_* and the validator (Python/ast.c), one method per ASDL type.</summary>
    sealed class FromPy(ThreadState ts, AstState st)
    {
        readonly ThreadState ts = ts;
        int depth;

        bool Is(PyObject o, string type) => o.ObType.IsSubtype(st.Types[type]);

        PyObject? Get(PyObject obj, string field) => Ops.TryGetAttr(ts, obj, PyStr.From(field), out var v) ? v : null;

        PyObject Req(PyObject obj, string field, string owner)
            => Get(obj, field) ?? throw PyErr.TypeError($"required field \"{field}\" missing from {owner}");

        /// <summary>A required field whose value may not be None (the _PyAST_* constructors' check).</summary>
        PyObject ReqNode(PyObject obj, string field, string owner)
            => Req(obj, field, owner) is var v && v is PyNone ? throw PyErr.ValueError($"field '{field}' is required for {owner}") : v;

        PyObject? Opt(PyObject obj, string field) => Get(obj, field) is { } v && v is not PyNone ? v : null;

        static PyException Invalid(string msg) => PyErr.ValueError(msg);

        void Enter()
        {
            if (++depth > 3000) throw new PyException(Interpreter.MakeException(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction"));
        }

        List<T> Seq<T>(PyObject obj, string field, string owner, Func<PyObject, T> conv)
        {
            var v = Req(obj, field, owner);
            if (v is not PyList list) throw PyErr.TypeError($"{owner} field \"{field}\" must be a list, not a {v.ObType.Name}");
            int n = list.Count;
            var result = new List<T>(n);
            for (int i = 0; i < n; i++)
            {
                result.Add(conv(list.Items[i]));
                if (list.Count != n) throw PyErr.RuntimeError($"{owner} field \"{field}\" changed size during iteration");
            }
            return result;
        }

        int Int(PyObject obj, string field, string owner) => IntValue(Req(obj, field, owner));

        static int IntValue(PyObject v)
        {
            if (v is not PyInt i) throw PyErr.ValueError($"invalid integer value: {ReprQuick(v)}");
            return (int)i.Big;
        }

        static string ReprQuick(PyObject v) => Ops.ReprString(ThreadState.Current!, v);

        string Identifier(PyObject v)
        {
            if (v is not PyStr s || s.ObType != BuiltinTypes.Str) throw PyErr.TypeError("AST identifier must be of type str");
            return s.Value;
        }

        string Ident(PyObject obj, string field, string owner) => Identifier(ReqNode(obj, field, owner));
        string? OptIdent(PyObject obj, string field) => Opt(obj, field) is { } v ? Identifier(v) : null;

        string? OptString(PyObject obj, string field)
        {
            if (Opt(obj, field) is not { } v) return null;
            if (v is not PyStr s) throw PyErr.TypeError("AST string must be of type str");
            return s.Value;
        }

        /// <summary>The location attributes; end positions default to the start (obj2ast).</summary>
        T Loc<T>(T node, PyObject obj, string abstractName) where T : Node
        {
            node.Lineno = Int(obj, "lineno", abstractName);
            node.ColOffset = Int(obj, "col_offset", abstractName);
            node.EndLineno = Opt(obj, "end_lineno") is { } el ? IntValue(el) : node.Lineno;
            node.EndColOffset = Opt(obj, "end_col_offset") is { } ec ? IntValue(ec) : node.ColOffset;
            return node;
        }

        // ------------------------------------------------------------------ mod

        public Mod Mod(PyObject obj)
        {
            if (Is(obj, "Module"))
            {
                var m = new ModuleNode(Stmts(obj, "body", "Module"));
                m.TypeIgnores = Seq(obj, "type_ignores", "Module", TypeIgnore);
                return m;
            }
            if (Is(obj, "Interactive")) return new A.Interactive(Stmts(obj, "body", "Interactive"));
            if (Is(obj, "Expression"))
            {
                var body = Expr(Req(obj, "body", "Expression"));
                Validate(body, ExprContext.Load);
                return new Expression(body);
            }
            throw PyErr.TypeError($"expected some sort of mod, but got {ReprQuick(obj)}");
        }

        A.TypeIgnore TypeIgnore(PyObject obj)
        {
            if (!Is(obj, "TypeIgnore")) throw PyErr.TypeError($"expected some sort of type_ignore, but got {ReprQuick(obj)}");
            var tag = Req(obj, "tag", "TypeIgnore");
            if (tag is not PyStr ts1) throw PyErr.TypeError("AST string must be of type str");
            return new A.TypeIgnore(Int(obj, "lineno", "TypeIgnore"), ts1.Value);
        }

        List<Stmt> Stmts(PyObject obj, string field, string owner) => Seq(obj, field, owner, Stmt);

        List<Stmt> Body(PyObject obj, string field, string owner)
        {
            var b = Stmts(obj, field, owner);
            if (b.Count == 0) throw Invalid($"empty {field} on {owner}");
            return b;
        }

        List<Expr> Exprs(PyObject obj, string field, string owner, ExprContext ctx = ExprContext.Load)
            => Seq(obj, field, owner, o => o is PyNone ? throw Invalid("None disallowed in expression list") : Checked(o, ctx));

        Expr Checked(PyObject o, ExprContext ctx)
        {
            var e = Expr(o);
            Validate(e, ctx);
            return e;
        }

        Expr ReqExpr(PyObject obj, string field, string owner, ExprContext ctx = ExprContext.Load) => Checked(ReqNode(obj, field, owner), ctx);
        Expr? OptExpr(PyObject obj, string field, ExprContext ctx = ExprContext.Load) => Opt(obj, field) is { } v ? Checked(v, ctx) : null;

        // ------------------------------------------------------------------ stmt

        Stmt Stmt(PyObject obj)
        {
            Enter();
            try { return Loc(StmtInner(obj), obj, "stmt"); }
            finally { depth--; }
        }

        Stmt StmtInner(PyObject obj)
        {
            if (obj is PyNone) throw Invalid("None disallowed in statement list");
            // Attributes are read first, as CPython does: a missing lineno is reported before anything else.
            Loc(new A.Pass(), obj, "stmt");
            string k = obj.ObType.IsSubtype(st.Types["stmt"]) ? ConcreteName(obj) : throw PyErr.TypeError($"expected some sort of stmt, but got {ReprQuick(obj)}");
            switch (k)
            {
                case "FunctionDef":
                case "AsyncFunctionDef":
                    return new FunctionDef
                    {
                        Name = Ident(obj, "name", k), Args = Arguments(ReqNode(obj, "args", k)), Body = Body(obj, "body", k),
                        DecoratorList = Exprs(obj, "decorator_list", k), Returns = OptExpr(obj, "returns"),
                        TypeComment = OptString(obj, "type_comment"), TypeParams = TypeParams(obj, k), IsAsync = k == "AsyncFunctionDef",
                    };
                case "ClassDef":
                    return new ClassDef
                    {
                        Name = Ident(obj, "name", k), Bases = Exprs(obj, "bases", k), Keywords = Seq(obj, "keywords", k, Keyword),
                        Body = Body(obj, "body", k), DecoratorList = Exprs(obj, "decorator_list", k), TypeParams = TypeParams(obj, k),
                    };
                case "Return": return new Return(OptExpr(obj, "value"));
                case "Delete": return new Delete(NonEmpty(Exprs(obj, "targets", k, ExprContext.Del), "targets", k));
                case "Assign":
                    return new Assign(NonEmpty(Exprs(obj, "targets", k, ExprContext.Store), "targets", k), ReqExpr(obj, "value", k))
                    { TypeComment = OptString(obj, "type_comment") };
                case "TypeAlias":
                {
                    var name = ReqExpr(obj, "name", k, ExprContext.Store);
                    if (name is not Name n) throw PyErr.TypeError("TypeAlias with non-Name name");
                    return new TypeAlias(n, TypeParams(obj, k), ReqExpr(obj, "value", k));
                }
                case "AugAssign": return new AugAssign(ReqExpr(obj, "target", k, ExprContext.Store), Operator(Req(obj, "op", k)), ReqExpr(obj, "value", k));
                case "AnnAssign":
                {
                    var target = ReqExpr(obj, "target", k, ExprContext.Store);
                    var simple = Int(obj, "simple", k);
                    if (simple != 0 && target is not Name) throw PyErr.TypeError("AnnAssign with simple non-Name target");
                    return new AnnAssign(target, ReqExpr(obj, "annotation", k), OptExpr(obj, "value"), simple != 0);
                }
                case "For":
                case "AsyncFor":
                    return new For
                    {
                        Target = ReqExpr(obj, "target", k, ExprContext.Store), Iter = ReqExpr(obj, "iter", k), Body = Body(obj, "body", k),
                        Orelse = Stmts(obj, "orelse", k), TypeComment = OptString(obj, "type_comment"), IsAsync = k == "AsyncFor",
                    };
                case "While": return new While(ReqExpr(obj, "test", k), Body(obj, "body", k), Stmts(obj, "orelse", k));
                case "If": return new If(ReqExpr(obj, "test", k), Body(obj, "body", k), Stmts(obj, "orelse", k));
                case "With":
                case "AsyncWith":
                {
                    var items = Seq(obj, "items", k, WithItem);
                    if (items.Count == 0) throw Invalid($"empty items on {k}");
                    return new With { Items = items, Body = Body(obj, "body", k), TypeComment = OptString(obj, "type_comment"), IsAsync = k == "AsyncWith" };
                }
                case "Match":
                {
                    var subject = ReqExpr(obj, "subject", k);
                    var cases = Seq(obj, "cases", k, MatchCase);
                    if (cases.Count == 0) throw Invalid("empty cases on Match");
                    return new Match(subject, cases);
                }
                case "Raise":
                {
                    var exc = OptExpr(obj, "exc");
                    var cause = OptExpr(obj, "cause");
                    if (exc == null && cause != null) throw Invalid("Raise with cause but no exception");
                    return new Raise(exc, cause);
                }
                case "Try":
                case "TryStar":
                {
                    var t = new Try
                    {
                        Body = Body(obj, "body", k), Handlers = Seq(obj, "handlers", k, Handler), Orelse = Stmts(obj, "orelse", k),
                        Finalbody = Stmts(obj, "finalbody", k), IsStar = k == "TryStar",
                    };
                    if (t.Handlers.Count == 0 && t.Finalbody.Count == 0) throw Invalid($"{k} has neither except handlers nor finally clause");
                    if (t.Handlers.Count == 0 && t.Orelse.Count > 0) throw Invalid($"{k} has orelse but no except handlers");
                    return t;
                }
                case "Assert": return new Assert(ReqExpr(obj, "test", k), OptExpr(obj, "msg"));
                case "Import": return new Import(NonEmpty(Seq(obj, "names", k, Alias), "names", k));
                case "ImportFrom":
                {
                    var module = OptIdent(obj, "module");
                    var names = Seq(obj, "names", k, Alias);
                    int level = Opt(obj, "level") is { } lv ? IntValue(lv) : 0;
                    if (level < 0) throw Invalid("Negative ImportFrom level");
                    return new ImportFrom(module, NonEmpty(names, "names", k), level);
                }
                case "Global": return new Global(NonEmpty(Seq(obj, "names", k, Identifier), "names", k));
                case "Nonlocal": return new Nonlocal(NonEmpty(Seq(obj, "names", k, Identifier), "names", k));
                case "Expr": return new ExprStmt(ReqExpr(obj, "value", k));
                case "Pass": return new A.Pass();
                case "Break": return new Break();
                case "Continue": return new Continue();
            }
            throw PyErr.TypeError($"expected some sort of stmt, but got {ReprQuick(obj)}");
        }

        static List<T> NonEmpty<T>(List<T> l, string field, string owner)
            => l.Count == 0 ? throw Invalid($"empty {field} on {owner}") : l;

        /// <summary>The name of the `ast` class the object is an instance of (the first in its MRO that is one).</summary>
        string ConcreteName(PyObject obj)
        {
            foreach (var t in obj.ObType.MroArray)
                if (st.Types.TryGetValue(t.Name, out var at) && ReferenceEquals(at, t)) return t.Name;
            return "";
        }

        List<A.TypeParam> TypeParams(PyObject obj, string owner) => Seq(obj, "type_params", owner, TypeParam);

        A.TypeParam TypeParam(PyObject obj)
        {
            var probe = Loc(new A.ParamSpec(), obj, "type_param");
            if (!Is(obj, "type_param")) throw PyErr.TypeError($"expected some sort of type_param, but got {ReprQuick(obj)}");
            var k = ConcreteName(obj);
            A.TypeParam tp = k switch
            {
                "TypeVar" => new A.TypeVar { Bound = OptExpr(obj, "bound") },
                "ParamSpec" => new A.ParamSpec(),
                "TypeVarTuple" => new A.TypeVarTuple(),
                _ => throw PyErr.TypeError($"expected some sort of type_param, but got {ReprQuick(obj)}"),
            };
            Loc(tp, obj, "type_param");
            tp.Name = Ident(obj, "name", k);
            tp.DefaultValue = OptExpr(obj, "default_value");
            return tp;
        }

        ExceptHandler Handler(PyObject obj)
        {
            Loc(new A.Pass(), obj, "excepthandler");
            if (!Is(obj, "ExceptHandler")) throw PyErr.TypeError($"expected some sort of excepthandler, but got {ReprQuick(obj)}");
            var h = new ExceptHandler(OptExpr(obj, "type"), OptIdent(obj, "name"), Body(obj, "body", "ExceptHandler"));
            return Loc(h, obj, "excepthandler");
        }

        A.Arguments Arguments(PyObject obj)
        {
            const string k = "arguments";
            var a = new A.Arguments
            {
                PosOnlyArgs = Seq(obj, "posonlyargs", k, Arg), Args = Seq(obj, "args", k, Arg),
                VarArg = Opt(obj, "vararg") is { } va ? Arg(va) : null,
                KwOnlyArgs = Seq(obj, "kwonlyargs", k, Arg),
                KwDefaults = Seq(obj, "kw_defaults", k, o => o is PyNone ? null : Checked(o, ExprContext.Load)),
                KwArg = Opt(obj, "kwarg") is { } ka ? Arg(ka) : null,
                Defaults = Exprs(obj, "defaults", k),
            };
            if (a.Defaults.Count > a.PosOnlyArgs.Count + a.Args.Count) throw Invalid("more positional defaults than args on arguments");
            if (a.KwDefaults.Count != a.KwOnlyArgs.Count) throw Invalid("length of kwonlyargs is not the same as kw_defaults on arguments");
            return a;
        }

        A.Arg Arg(PyObject obj)
        {
            var a = new A.Arg(Ident(obj, "arg", "arg"), OptExpr(obj, "annotation")) { TypeComment = OptString(obj, "type_comment") };
            return Loc(a, obj, "arg");
        }

        A.Keyword Keyword(PyObject obj)
        {
            return Loc(new A.Keyword(OptIdent(obj, "arg"), ReqExpr(obj, "value", "keyword")), obj, "keyword");
        }

        A.Alias Alias(PyObject obj)
        {
            return Loc(new A.Alias(Ident(obj, "name", "alias"), OptIdent(obj, "asname")), obj, "alias");
        }

        A.WithItem WithItem(PyObject obj)
        {
            return new A.WithItem(ReqExpr(obj, "context_expr", "withitem"), OptExpr(obj, "optional_vars", ExprContext.Store));
        }

        A.MatchCase MatchCase(PyObject obj)
        {
            return new A.MatchCase(Pattern(ReqNode(obj, "pattern", "match_case")), OptExpr(obj, "guard"), Body(obj, "body", "match_case"));
        }

        A.Comprehension Comprehension(PyObject obj)
        {
            const string k = "comprehension";
            return new A.Comprehension(ReqExpr(obj, "target", k, ExprContext.Store), ReqExpr(obj, "iter", k), Exprs(obj, "ifs", k), Int(obj, "is_async", k) != 0);
        }

        List<A.Comprehension> Generators(PyObject obj, string owner)
        {
            var g = Seq(obj, "generators", owner, Comprehension);
            if (g.Count == 0) throw Invalid($"comprehension with no generators");
            return g;
        }

        // ------------------------------------------------------------------ expr

        Expr Expr(PyObject obj)
        {
            Enter();
            try
            {
                var probe = Loc(new A.Name("", ExprContext.Load), obj, "expr");
                if (!obj.ObType.IsSubtype(st.Types["expr"])) throw PyErr.TypeError($"expected some sort of expr, but got {ReprQuick(obj)}");
                var e = ExprInner(obj, ConcreteName(obj));
                e.Lineno = probe.Lineno; e.ColOffset = probe.ColOffset; e.EndLineno = probe.EndLineno; e.EndColOffset = probe.EndColOffset;
                return e;
            }
            finally { depth--; }
        }

        Expr ExprInner(PyObject obj, string k)
        {
            switch (k)
            {
                case "BoolOp":
                {
                    var op = Req(obj, "op", k);
                    var values = Exprs(obj, "values", k);
                    if (values.Count < 2) throw Invalid("BoolOp with less than 2 values");
                    return new BoolOp(Is(op, "And") ? BoolOperator.And : Is(op, "Or") ? BoolOperator.Or
                        : throw PyErr.TypeError($"expected some sort of boolop, but got {ReprQuick(op)}"), values);
                }
                case "NamedExpr":
                {
                    var target = ReqExpr(obj, "target", k, ExprContext.Store);
                    if (target is not Name n) throw PyErr.TypeError("NamedExpr target must be a Name");
                    return new NamedExpr(n, ReqExpr(obj, "value", k));
                }
                case "BinOp": return new A.BinOp(ReqExpr(obj, "left", k), Operator(Req(obj, "op", k)), ReqExpr(obj, "right", k));
                case "UnaryOp": return new UnaryOp(UnaryOperator(Req(obj, "op", k)), ReqExpr(obj, "operand", k));
                case "Lambda": return new Lambda(Arguments(ReqNode(obj, "args", k)), ReqExpr(obj, "body", k));
                case "IfExp": return new IfExp(ReqExpr(obj, "test", k), ReqExpr(obj, "body", k), ReqExpr(obj, "orelse", k));
                case "Dict":
                {
                    var keys = Seq(obj, "keys", k, o => o is PyNone ? null : Checked(o, ExprContext.Load));
                    var values = Exprs(obj, "values", k);
                    if (keys.Count != values.Count) throw Invalid("Dict doesn't have the same number of keys as values");
                    return new A.Dict(keys, values);
                }
                case "Set": return new SetExpr(Exprs(obj, "elts", k));
                case "ListComp": return new ListComp(ReqExpr(obj, "elt", k), Generators(obj, k));
                case "SetComp": return new SetComp(ReqExpr(obj, "elt", k), Generators(obj, k));
                case "DictComp": return new DictComp(ReqExpr(obj, "key", k), ReqExpr(obj, "value", k), Generators(obj, k));
                case "GeneratorExp": return new GeneratorExp(ReqExpr(obj, "elt", k), Generators(obj, k));
                case "Await": return new Await(ReqExpr(obj, "value", k));
                case "Yield": return new Yield(OptExpr(obj, "value"));
                case "YieldFrom": return new YieldFrom(ReqExpr(obj, "value", k));
                case "Compare":
                {
                    var left = ReqExpr(obj, "left", k);
                    var ops = Seq(obj, "ops", k, CmpOperator);
                    var comparators = Exprs(obj, "comparators", k);
                    if (comparators.Count == 0) throw Invalid("Compare with no comparators");
                    if (comparators.Count != ops.Count) throw Invalid("Compare has a different number of comparators and operands");
                    return new Compare(left, ops, comparators);
                }
                case "Call": return new Call(ReqExpr(obj, "func", k), Exprs(obj, "args", k), Seq(obj, "keywords", k, Keyword));
                case "FormattedValue": return new FormattedValue(ReqExpr(obj, "value", k), Int(obj, "conversion", k), OptExpr(obj, "format_spec"));
                case "Interpolation":
                {
                    var value = ReqExpr(obj, "value", k);
                    var str = Req(obj, "str", k);
                    return new A.Interpolation(value, str is PyStr s ? s.Value : Ops.StrString(ts, str), Int(obj, "conversion", k), OptExpr(obj, "format_spec"));
                }
                case "JoinedStr": return new JoinedStr(Exprs(obj, "values", k));
                case "TemplateStr": return new TemplateStr(Exprs(obj, "values", k));
                case "Constant":
                {
                    var value = Req(obj, "value", k);
                    var c = new Constant(ConstantValue(value));
                    c.Kind = OptString(obj, "kind");
                    return c;
                }
                case "Attribute": return new A.Attribute(ReqExpr(obj, "value", k), Ident(obj, "attr", k), Ctx(Req(obj, "ctx", k)));
                case "Subscript": return new Subscript(ReqExpr(obj, "value", k), ReqExpr(obj, "slice", k), Ctx(Req(obj, "ctx", k)));
                case "Starred":
                {
                    var ctx = Ctx(Req(obj, "ctx", k));
                    return new Starred(ReqExpr(obj, "value", k, ctx), ctx);
                }
                case "Name":
                {
                    var id = Ident(obj, "id", k);
                    return new Name(id, Ctx(Req(obj, "ctx", k)));
                }
                case "List":
                {
                    var ctx = Ctx(Req(obj, "ctx", k));
                    return new ListExpr(Exprs(obj, "elts", k, ctx), ctx);
                }
                case "Tuple":
                {
                    var ctx = Ctx(Req(obj, "ctx", k));
                    return new TupleExpr(Exprs(obj, "elts", k, ctx), ctx);
                }
                case "Slice": return new A.Slice(OptExpr(obj, "lower"), OptExpr(obj, "upper"), OptExpr(obj, "step"));
            }
            throw PyErr.TypeError($"expected some sort of expr, but got {ReprQuick(obj)}");
        }

        /// <summary>validate_expr's context rule: Name, Attribute, Subscript, Starred, List and Tuple must carry
        /// the context their position requires; other expressions can only be loaded.</summary>
        static void Validate(Expr e, ExprContext want)
        {
            ExprContext? actual = e switch
            {
                Name n => n.Ctx,
                A.Attribute a => a.Ctx,
                Subscript s => s.Ctx,
                Starred s => s.Ctx,
                ListExpr l => l.Ctx,
                TupleExpr t => t.Ctx,
                _ => null,
            };
            if (actual is { } a2)
            {
                if (a2 != want) throw Invalid($"expression must have {want} context but has {a2} instead");
            }
            else if (want != ExprContext.Load)
                throw Invalid($"expression which can't be assigned to in {want} context");
            if (e is Name { Id: "None" or "True" or "False" } nm)
                throw Invalid($"identifier field can't represent '{nm.Id}' constant");
        }

        /// <summary>validate_constant: None, bool, int, float, complex, str, bytes, Ellipsis, and tuples or
        /// frozensets of those.</summary>
        object? ConstantValue(PyObject v)
        {
            switch (v)
            {
                case PyNone: return null;
                case PyBool b: return b.Value;
                case PyInt i when i.ObType == BuiltinTypes.Int: return i.Big;
                case PyFloat f when f.ObType == BuiltinTypes.Float: return f.Value;
                case PyComplex z when z.ObType == BuiltinTypes.Complex: return z.Value;
                case PyStr s when s.ObType == BuiltinTypes.Str: return s.SeparateSurrogates ? new Kaa.Compiler.Ast.SeparatedStr(s.Value) : s.Value;
                case PyBytes bs when bs.ObType == BuiltinTypes.Bytes: return bs.Value;
                case PyEllipsis: return ConstantEllipsis.Instance;
                case PyTuple t when t.ObType == BuiltinTypes.Tuple: return t.Items.Select(ConstantValue).ToArray();
                case PySet fs when fs.ObType == BuiltinTypes.FrozenSet: return new ConstFrozenSet(Ops.ToArray(ts, fs).Select(ConstantValue).ToArray());
            }
            throw PyErr.TypeError($"got an invalid type in Constant: {v.ObType.Name}");
        }

        ExprContext Ctx(PyObject o)
            => Is(o, "Load") ? ExprContext.Load : Is(o, "Store") ? ExprContext.Store : Is(o, "Del") ? ExprContext.Del
            : throw PyErr.TypeError($"expected some sort of expr_context, but got {ReprQuick(o)}");

        Operator Operator(PyObject o)
        {
            foreach (var op in Enum.GetValues<Operator>()) if (Is(o, op.ToString())) return op;
            throw PyErr.TypeError($"expected some sort of operator, but got {ReprQuick(o)}");
        }

        UnaryOperator UnaryOperator(PyObject o)
        {
            foreach (var op in Enum.GetValues<UnaryOperator>()) if (Is(o, op.ToString())) return op;
            throw PyErr.TypeError($"expected some sort of unaryop, but got {ReprQuick(o)}");
        }

        CmpOp CmpOperator(PyObject o)
        {
            foreach (var op in Enum.GetValues<CmpOp>()) if (Is(o, op.ToString())) return op;
            throw PyErr.TypeError($"expected some sort of cmpop, but got {ReprQuick(o)}");
        }

        // ------------------------------------------------------------------ pattern

        A.Pattern Pattern(PyObject obj)
        {
            Enter();
            try
            {
                var probe = Loc(new MatchStar(null), obj, "pattern");
                if (!Is(obj, "pattern")) throw PyErr.TypeError($"expected some sort of pattern, but got {ReprQuick(obj)}");
                var k = ConcreteName(obj);
                A.Pattern p = k switch
                {
                    "MatchValue" => new MatchValue(ReqExpr(obj, "value", k)),
                    "MatchSingleton" => new MatchSingleton(ConstantValue(Req(obj, "value", k))),
                    "MatchSequence" => new MatchSequence(Seq(obj, "patterns", k, Pattern)),
                    "MatchMapping" => new MatchMapping(Exprs(obj, "keys", k), Seq(obj, "patterns", k, Pattern), OptIdent(obj, "rest")),
                    "MatchClass" => new MatchClass(ReqExpr(obj, "cls", k), Seq(obj, "patterns", k, Pattern), Seq(obj, "kwd_attrs", k, Identifier), Seq(obj, "kwd_patterns", k, Pattern)),
                    "MatchStar" => new MatchStar(OptIdent(obj, "name")),
                    "MatchAs" => new MatchAs(Opt(obj, "pattern") is { } sub ? Pattern(sub) : null, OptIdent(obj, "name")),
                    "MatchOr" => new MatchOr(Seq(obj, "patterns", k, Pattern)),
                    _ => throw PyErr.TypeError($"expected some sort of pattern, but got {ReprQuick(obj)}"),
                };
                p.Lineno = probe.Lineno; p.ColOffset = probe.ColOffset; p.EndLineno = probe.EndLineno; p.EndColOffset = probe.EndColOffset;
                return p;
            }
            finally { depth--; }
        }
    }
}
