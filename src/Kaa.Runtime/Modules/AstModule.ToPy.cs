using System.Numerics;
using System.Text;
using Kaa.Compiler.Ast;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;
using A = Kaa.Compiler.Ast;

namespace Kaa.Runtime;

public static partial class AstModule
{
    /// <summary>PyAST_mod2obj: the compiler's tree as `ast` node objects. <paramref name="source"/> is the
    /// normalized text the tree was parsed from: CPython's column offsets count UTF-8 bytes, the compiler's
    /// count UTF-16 units, and the line text converts one to the other.</summary>
    public static PyObject ToPython(ThreadState ts, Mod mod, string source) => new ToPy(ts, AstState.Get(ts), source).Mod(mod);

    /// <summary>ast2obj_*: one method per ASDL type.</summary>
    sealed class ToPy(ThreadState ts, AstState st, string source)
    {
        readonly ThreadState ts = ts;
        List<int>? lineStarts;

        /// <summary>The UTF-8 byte offset of UTF-16 column <paramref name="col"/> on line <paramref name="lineno"/>.</summary>
        int ByteCol(int lineno, int col)
        {
            if (col <= 0 || lineno <= 0) return col;
            if (lineStarts == null)
            {
                lineStarts = [0];
                for (int i = 0; i < source.Length; i++) if (source[i] == '\n') lineStarts.Add(i + 1);
            }
            if (lineno > lineStarts.Count) return col;
            int start = lineStarts[lineno - 1];
            int end = Math.Min(source.Length, start + col);
            int bytes = 0;
            for (int i = start; i < end; i++)
            {
                char c = source[i];
                if (c < 0x80) bytes++;
                else if (c < 0x800) bytes += 2;
                else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(source[i + 1])) { bytes += 4; i++; }
                else bytes += 3;
            }
            return bytes + (start + col - end);
        }

        PyInstance New(string type) => new(st.Types[type]);

        static void Set(PyInstance o, string name, PyObject value) => o.Dict!.SetItemStr(name, value);

        /// <summary>Adds lineno, col_offset, end_lineno, end_col_offset after the fields, as CPython orders them.</summary>
        T Pos<T>(T o, Node n) where T : PyInstance
        {
            Set(o, "lineno", PyInt.From(n.Lineno));
            Set(o, "col_offset", PyInt.From(ByteCol(n.Lineno, n.ColOffset)));
            Set(o, "end_lineno", PyInt.From(n.EndLineno));
            Set(o, "end_col_offset", PyInt.From(ByteCol(n.EndLineno, n.EndColOffset)));
            return o;
        }

        static PyObject Str(string? s) => s == null ? PyNone.Value : PyStr.From(s);
        static PyObject Int(int v) => PyInt.From(v);
        PyObject Opt(Expr? e) => e == null ? PyNone.Value : Expr(e);

        PyList List<T>(List<T> items, Func<T, PyObject> f)
        {
            var arr = new PyObject[items.Count];
            for (int i = 0; i < arr.Length; i++) arr[i] = f(items[i]);
            return new PyList(arr);
        }
        PyList Stmts(List<Stmt> b) => List(b, Stmt);
        PyList Exprs(List<Expr> b) => List(b, Expr);
        PyList Strs(List<string> b) => List(b, s => (PyObject)PyStr.From(s));

        PyObject Node(string type, params (string Name, PyObject Value)[] fields)
        {
            var o = New(type);
            foreach (var (name, value) in fields) Set(o, name, value);
            return o;
        }

        PyObject At(Node n, string type, params (string Name, PyObject Value)[] fields) => Pos((PyInstance)Node(type, fields), n);

        public PyObject Mod(Mod m) => m switch
        {
            ModuleNode x => Node("Module", ("body", Stmts(x.Body)), ("type_ignores", List(x.TypeIgnores, TypeIgnore))),
            A.Interactive x => Node("Interactive", ("body", Stmts(x.Body))),
            Expression x => Node("Expression", ("body", Expr(x.Body))),
            _ => throw PyErr.SystemError($"unknown mod {m.GetType().Name}"),
        };

        PyObject TypeIgnore(A.TypeIgnore t) => Node("TypeIgnore", ("lineno", Int(t.IgnoreLineno)), ("tag", PyStr.From(t.Tag)));

        public PyObject Stmt(Stmt s) => s switch
        {
            FunctionDef x => At(x, x.IsAsync ? "AsyncFunctionDef" : "FunctionDef", ("name", PyStr.From(x.Name)), ("args", Arguments(x.Args)),
                ("body", Stmts(x.Body)), ("decorator_list", Exprs(x.DecoratorList)), ("returns", Opt(x.Returns)),
                ("type_comment", Str(x.TypeComment)), ("type_params", List(x.TypeParams, TypeParam))),
            ClassDef x => At(x, "ClassDef", ("name", PyStr.From(x.Name)), ("bases", Exprs(x.Bases)), ("keywords", List(x.Keywords, Keyword)),
                ("body", Stmts(x.Body)), ("decorator_list", Exprs(x.DecoratorList)), ("type_params", List(x.TypeParams, TypeParam))),
            Return x => At(x, "Return", ("value", Opt(x.Value))),
            Delete x => At(x, "Delete", ("targets", Exprs(x.Targets))),
            Assign x => At(x, "Assign", ("targets", Exprs(x.Targets)), ("value", Expr(x.Value)), ("type_comment", Str(x.TypeComment))),
            TypeAlias x => At(x, "TypeAlias", ("name", Expr(x.NameTarget)), ("type_params", List(x.TypeParams, TypeParam)), ("value", Expr(x.Value))),
            AugAssign x => At(x, "AugAssign", ("target", Expr(x.Target)), ("op", Op(x.Op)), ("value", Expr(x.Value))),
            AnnAssign x => At(x, "AnnAssign", ("target", Expr(x.Target)), ("annotation", Expr(x.Annotation)), ("value", Opt(x.Value)), ("simple", Int(x.Simple ? 1 : 0))),
            For x => At(x, x.IsAsync ? "AsyncFor" : "For", ("target", Expr(x.Target)), ("iter", Expr(x.Iter)), ("body", Stmts(x.Body)),
                ("orelse", Stmts(x.Orelse)), ("type_comment", Str(x.TypeComment))),
            While x => At(x, "While", ("test", Expr(x.Test)), ("body", Stmts(x.Body)), ("orelse", Stmts(x.Orelse))),
            If x => At(x, "If", ("test", Expr(x.Test)), ("body", Stmts(x.Body)), ("orelse", Stmts(x.Orelse))),
            With x => At(x, x.IsAsync ? "AsyncWith" : "With", ("items", List(x.Items, WithItem)), ("body", Stmts(x.Body)), ("type_comment", Str(x.TypeComment))),
            Match x => At(x, "Match", ("subject", Expr(x.Subject)), ("cases", List(x.Cases, MatchCase))),
            Raise x => At(x, "Raise", ("exc", Opt(x.Exc)), ("cause", Opt(x.Cause))),
            Try x => At(x, x.IsStar ? "TryStar" : "Try", ("body", Stmts(x.Body)), ("handlers", List(x.Handlers, Handler)),
                ("orelse", Stmts(x.Orelse)), ("finalbody", Stmts(x.Finalbody))),
            Assert x => At(x, "Assert", ("test", Expr(x.Test)), ("msg", Opt(x.Msg))),
            Import x => At(x, "Import", ("names", List(x.Names, Alias))),
            ImportFrom x => At(x, "ImportFrom", ("module", Str(x.Module)), ("names", List(x.Names, Alias)), ("level", Int(x.Level))),
            Global x => At(x, "Global", ("names", Strs(x.Names))),
            Nonlocal x => At(x, "Nonlocal", ("names", Strs(x.Names))),
            ExprStmt x => At(x, "Expr", ("value", Expr(x.Value))),
            Pass x => At(x, "Pass"),
            Break x => At(x, "Break"),
            Continue x => At(x, "Continue"),
            _ => throw PyErr.SystemError($"unknown stmt {s.GetType().Name}"),
        };

        public PyObject Expr(Expr e) => e switch
        {
            BoolOp x => At(x, "BoolOp", ("op", st.Singletons[x.Op.ToString()]), ("values", Exprs(x.Values))),
            NamedExpr x => At(x, "NamedExpr", ("target", Expr(x.Target)), ("value", Expr(x.Value))),
            A.BinOp x => At(x, "BinOp", ("left", Expr(x.Left)), ("op", Op(x.Op)), ("right", Expr(x.Right))),
            UnaryOp x => At(x, "UnaryOp", ("op", st.Singletons[x.Op.ToString()]), ("operand", Expr(x.Operand))),
            Lambda x => At(x, "Lambda", ("args", Arguments(x.Args)), ("body", Expr(x.Body))),
            IfExp x => At(x, "IfExp", ("test", Expr(x.Test)), ("body", Expr(x.Body)), ("orelse", Expr(x.Orelse))),
            A.Dict x => At(x, "Dict", ("keys", List(x.Keys, Opt)), ("values", Exprs(x.Values))),
            SetExpr x => At(x, "Set", ("elts", Exprs(x.Elts))),
            ListComp x => At(x, "ListComp", ("elt", Expr(x.Elt)), ("generators", List(x.Generators, Comprehension))),
            SetComp x => At(x, "SetComp", ("elt", Expr(x.Elt)), ("generators", List(x.Generators, Comprehension))),
            DictComp x => At(x, "DictComp", ("key", Expr(x.Key)), ("value", Expr(x.Value)), ("generators", List(x.Generators, Comprehension))),
            GeneratorExp x => At(x, "GeneratorExp", ("elt", Expr(x.Elt)), ("generators", List(x.Generators, Comprehension))),
            Await x => At(x, "Await", ("value", Expr(x.Value))),
            Yield x => At(x, "Yield", ("value", Opt(x.Value))),
            YieldFrom x => At(x, "YieldFrom", ("value", Expr(x.Value))),
            Compare x => At(x, "Compare", ("left", Expr(x.Left)), ("ops", List(x.Ops, o => st.Singletons[o.ToString()])), ("comparators", Exprs(x.Comparators))),
            Call x => At(x, "Call", ("func", Expr(x.Func)), ("args", Exprs(x.Args)), ("keywords", List(x.Keywords, Keyword))),
            FormattedValue x => At(x, "FormattedValue", ("value", Expr(x.Value)), ("conversion", Int(x.Conversion)), ("format_spec", Opt(x.FormatSpec))),
            A.Interpolation x => At(x, "Interpolation", ("value", Expr(x.Value)), ("str", PyStr.From(x.Str)), ("conversion", Int(x.Conversion)), ("format_spec", Opt(x.FormatSpec))),
            JoinedStr x => At(x, "JoinedStr", ("values", Exprs(x.Values))),
            TemplateStr x => At(x, "TemplateStr", ("values", Exprs(x.Values))),
            Constant x => At(x, "Constant", ("value", ConstantValue(x.Value)), ("kind", Str(x.Kind))),
            A.Attribute x => At(x, "Attribute", ("value", Expr(x.Value)), ("attr", PyStr.From(x.Attr)), ("ctx", Ctx(x.Ctx))),
            Subscript x => At(x, "Subscript", ("value", Expr(x.Value)), ("slice", Expr(x.Slice)), ("ctx", Ctx(x.Ctx))),
            Starred x => At(x, "Starred", ("value", Expr(x.Value)), ("ctx", Ctx(x.Ctx))),
            Name x => At(x, "Name", ("id", PyStr.From(x.Id)), ("ctx", Ctx(x.Ctx))),
            ListExpr x => At(x, "List", ("elts", Exprs(x.Elts)), ("ctx", Ctx(x.Ctx))),
            TupleExpr x => At(x, "Tuple", ("elts", Exprs(x.Elts)), ("ctx", Ctx(x.Ctx))),
            A.Slice x => At(x, "Slice", ("lower", Opt(x.Lower)), ("upper", Opt(x.Upper)), ("step", Opt(x.Step))),
            _ => throw PyErr.SystemError($"unknown expr {e.GetType().Name}"),
        };

        PyObject Op(Operator op) => st.Singletons[op.ToString()];
        PyObject Ctx(ExprContext c) => st.Singletons[c.ToString()];

        public static PyObject ConstantValue(object? v)
            => PyCode.ScalarConstant(v) ?? throw PyErr.SystemError($"unknown constant {v!.GetType().Name}");

        PyObject Comprehension(A.Comprehension c) => Node("comprehension", ("target", Expr(c.Target)), ("iter", Expr(c.Iter)),
            ("ifs", Exprs(c.Ifs)), ("is_async", Int(c.IsAsync ? 1 : 0)));

        PyObject Handler(ExceptHandler h) => At(h, "ExceptHandler", ("type", Opt(h.Type)), ("name", Str(h.Name)), ("body", Stmts(h.Body)));

        PyObject Arguments(A.Arguments a) => Node("arguments", ("posonlyargs", List(a.PosOnlyArgs, Arg)), ("args", List(a.Args, Arg)),
            ("vararg", a.VarArg == null ? PyNone.Value : Arg(a.VarArg)), ("kwonlyargs", List(a.KwOnlyArgs, Arg)),
            ("kw_defaults", List(a.KwDefaults, Opt)), ("kwarg", a.KwArg == null ? PyNone.Value : Arg(a.KwArg)),
            ("defaults", Exprs(a.Defaults)));

        PyObject Arg(A.Arg a) => At(a, "arg", ("arg", PyStr.From(a.ArgName)), ("annotation", Opt(a.Annotation)), ("type_comment", Str(a.TypeComment)));
        PyObject Keyword(A.Keyword k) => At(k, "keyword", ("arg", Str(k.Arg)), ("value", Expr(k.Value)));
        PyObject Alias(A.Alias a) => At(a, "alias", ("name", PyStr.From(a.AliasName)), ("asname", Str(a.Asname)));
        PyObject WithItem(A.WithItem w) => Node("withitem", ("context_expr", Expr(w.ContextExpr)), ("optional_vars", Opt(w.OptionalVars)));
        PyObject MatchCase(A.MatchCase m) => Node("match_case", ("pattern", Pattern(m.Pattern)), ("guard", Opt(m.Guard)), ("body", Stmts(m.Body)));

        PyObject Pattern(A.Pattern p) => p switch
        {
            MatchValue x => At(x, "MatchValue", ("value", Expr(x.Value))),
            MatchSingleton x => At(x, "MatchSingleton", ("value", ConstantValue(x.Value))),
            MatchSequence x => At(x, "MatchSequence", ("patterns", List(x.Patterns, Pattern))),
            MatchMapping x => At(x, "MatchMapping", ("keys", Exprs(x.Keys)), ("patterns", List(x.Patterns, Pattern)), ("rest", Str(x.Rest))),
            MatchClass x => At(x, "MatchClass", ("cls", Expr(x.Cls)), ("patterns", List(x.Patterns, Pattern)), ("kwd_attrs", Strs(x.KwdAttrs)),
                ("kwd_patterns", List(x.KwdPatterns, Pattern))),
            MatchStar x => At(x, "MatchStar", ("name", Str(x.Name))),
            MatchAs x => At(x, "MatchAs", ("pattern", x.Pattern == null ? PyNone.Value : Pattern(x.Pattern)), ("name", Str(x.Name))),
            MatchOr x => At(x, "MatchOr", ("patterns", List(x.Patterns, Pattern))),
            _ => throw PyErr.SystemError($"unknown pattern {p.GetType().Name}"),
        };

        PyObject TypeParam(A.TypeParam t) => t switch
        {
            A.TypeVar x => At(x, "TypeVar", ("name", PyStr.From(x.Name)), ("bound", Opt(x.Bound)), ("default_value", Opt(x.DefaultValue))),
            A.ParamSpec x => At(x, "ParamSpec", ("name", PyStr.From(x.Name)), ("default_value", Opt(x.DefaultValue))),
            A.TypeVarTuple x => At(x, "TypeVarTuple", ("name", PyStr.From(x.Name)), ("default_value", Opt(x.DefaultValue))),
            _ => throw PyErr.SystemError($"unknown type_param {t.GetType().Name}"),
        };
    }
}
