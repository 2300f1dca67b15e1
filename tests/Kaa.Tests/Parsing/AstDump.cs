using System.Globalization;
using System.Numerics;
using System.Text;
using Kaa.Compiler.Ast;

namespace Kaa.Tests.Parsing;

/// <summary>
/// Prints a Kaa AST exactly like CPython's <c>ast.dump(tree, include_attributes=True)</c>, so parser output
/// can be compared with CPython's for a corpus of snippets. None-valued optional fields and empty lists
/// are omitted (except Constant/MatchSingleton values), as ast.dump does.
/// </summary>
public static class AstDump
{
    public static string Dump(Node node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    sealed class Fields(StringBuilder sb)
    {
        bool first = true;
        void Sep() { if (!first) sb.Append(", "); first = false; }

        public Fields F(string name, object? value)
        {
            if (value == null) return this;
            if (value is System.Collections.IList { Count: 0 }) return this;
            Sep();
            sb.Append(name).Append('=');
            WriteValue(sb, value);
            return this;
        }

        /// <summary>A field printed even when None (Constant.value, MatchSingleton.value).</summary>
        public Fields Always(string name, object? value)
        {
            Sep();
            sb.Append(name).Append('=');
            if (value == null) sb.Append("None"); else WriteValue(sb, value);
            return this;
        }

        public Fields Raw(string name, string text)
        {
            Sep();
            sb.Append(name).Append('=').Append(text);
            return this;
        }

        public void Pos(Node n)
        {
            Raw("lineno", n.Lineno.ToString(CultureInfo.InvariantCulture));
            Raw("col_offset", n.ColOffset.ToString(CultureInfo.InvariantCulture));
            Raw("end_lineno", n.EndLineno.ToString(CultureInfo.InvariantCulture));
            Raw("end_col_offset", n.EndColOffset.ToString(CultureInfo.InvariantCulture));
        }
    }

    static void WriteValue(StringBuilder sb, object value)
    {
        switch (value)
        {
            case Node n: Write(sb, n); break;
            case byte[] bytes: sb.Append(BytesRepr(bytes)); break;
            case string s: sb.Append(StrRepr(s)); break;
            case System.Collections.IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (list[i] == null) sb.Append("None"); else WriteValue(sb, list[i]!);
                }
                sb.Append(']');
                break;
            case ExprContext c: sb.Append(c).Append("()"); break;
            case Operator o: sb.Append(o).Append("()"); break;
            case BoolOperator b: sb.Append(b).Append("()"); break;
            case UnaryOperator u: sb.Append(u).Append("()"); break;
            case CmpOp c: sb.Append(c).Append("()"); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            default: sb.Append(ConstRepr(value)); break;
        }
    }

    static void Write(StringBuilder sb, Node node)
    {
        string name = NodeName(node);
        sb.Append(name).Append('(');
        var f = new Fields(sb);
        bool attrs = true;
        switch (node)
        {
            case ModuleNode m: f.F("body", m.Body).F("type_ignores", m.TypeIgnores); attrs = false; break;
            case Interactive m: f.F("body", m.Body); attrs = false; break;
            case Expression m: f.F("body", m.Body); attrs = false; break;
            case FunctionDef d:
                f.F("name", d.Name).F("args", d.Args).F("body", d.Body).F("decorator_list", d.DecoratorList)
                 .F("returns", d.Returns).F("type_comment", d.TypeComment).F("type_params", d.TypeParams);
                break;
            case ClassDef c:
                f.F("name", c.Name).F("bases", c.Bases).F("keywords", c.Keywords).F("body", c.Body)
                 .F("decorator_list", c.DecoratorList).F("type_params", c.TypeParams);
                break;
            case Return r: f.F("value", r.Value); break;
            case Delete d: f.F("targets", d.Targets); break;
            case Assign a: f.F("targets", a.Targets).F("value", a.Value).F("type_comment", a.TypeComment); break;
            case TypeAlias t: f.F("name", t.NameTarget).F("type_params", t.TypeParams).F("value", t.Value); break;
            case AugAssign a: f.F("target", a.Target).F("op", a.Op).F("value", a.Value); break;
            case AnnAssign a: f.F("target", a.Target).F("annotation", a.Annotation).F("value", a.Value).F("simple", a.Simple ? 1 : 0); break;
            case For x: f.F("target", x.Target).F("iter", x.Iter).F("body", x.Body).F("orelse", x.Orelse).F("type_comment", x.TypeComment); break;
            case While w: f.F("test", w.Test).F("body", w.Body).F("orelse", w.Orelse); break;
            case If i: f.F("test", i.Test).F("body", i.Body).F("orelse", i.Orelse); break;
            case With w: f.F("items", w.Items).F("body", w.Body).F("type_comment", w.TypeComment); break;
            case Match m: f.F("subject", m.Subject).F("cases", m.Cases); break;
            case Raise r: f.F("exc", r.Exc).F("cause", r.Cause); break;
            case Try t: f.F("body", t.Body).F("handlers", t.Handlers).F("orelse", t.Orelse).F("finalbody", t.Finalbody); break;
            case Kaa.Compiler.Ast.Assert a: f.F("test", a.Test).F("msg", a.Msg); break;
            case Import i: f.F("names", i.Names); break;
            case ImportFrom i: f.F("module", i.Module).F("names", i.Names).F("level", i.Level); break;
            case Global g: f.F("names", g.Names); break;
            case Nonlocal n: f.F("names", n.Names); break;
            case ExprStmt e: f.F("value", e.Value); break;
            case Pass or Break or Continue: break;

            case BoolOp b: f.F("op", b.Op).F("values", b.Values); break;
            case NamedExpr n: f.F("target", n.Target).F("value", n.Value); break;
            case BinOp b: f.F("left", b.Left).F("op", b.Op).F("right", b.Right); break;
            case UnaryOp u: f.F("op", u.Op).F("operand", u.Operand); break;
            case Lambda l: f.F("args", l.Args).F("body", l.Body); break;
            case IfExp i: f.F("test", i.Test).F("body", i.Body).F("orelse", i.Orelse); break;
            case Dict d: f.F("keys", d.Keys).F("values", d.Values); break;
            case SetExpr s: f.F("elts", s.Elts); break;
            case ListComp c: f.F("elt", c.Elt).F("generators", c.Generators); break;
            case SetComp c: f.F("elt", c.Elt).F("generators", c.Generators); break;
            case DictComp c: f.F("key", c.Key).F("value", c.Value).F("generators", c.Generators); break;
            case GeneratorExp c: f.F("elt", c.Elt).F("generators", c.Generators); break;
            case Await a: f.F("value", a.Value); break;
            case Yield y: f.F("value", y.Value); break;
            case YieldFrom y: f.F("value", y.Value); break;
            case Compare c: f.F("left", c.Left).F("ops", c.Ops).F("comparators", c.Comparators); break;
            case Call c: f.F("func", c.Func).F("args", c.Args).F("keywords", c.Keywords); break;
            case FormattedValue v: f.F("value", v.Value).F("conversion", v.Conversion).F("format_spec", v.FormatSpec); break;
            case JoinedStr j: f.F("values", j.Values); break;
            case Constant c: f.Always("value", c.Value).F("kind", c.Kind); break;
            case Kaa.Compiler.Ast.Attribute a: f.F("value", a.Value).F("attr", a.Attr).F("ctx", a.Ctx); break;
            case Subscript s: f.F("value", s.Value).F("slice", s.Slice).F("ctx", s.Ctx); break;
            case Starred s: f.F("value", s.Value).F("ctx", s.Ctx); break;
            case Name n: f.F("id", n.Id).F("ctx", n.Ctx); break;
            case ListExpr l: f.F("elts", l.Elts).F("ctx", l.Ctx); break;
            case TupleExpr t: f.F("elts", t.Elts).F("ctx", t.Ctx); break;
            case Slice s: f.F("lower", s.Lower).F("upper", s.Upper).F("step", s.Step); break;

            case Comprehension c: f.F("target", c.Target).F("iter", c.Iter).F("ifs", c.Ifs).F("is_async", c.IsAsync ? 1 : 0); attrs = false; break;
            case ExceptHandler h: f.F("type", h.Type).F("name", h.Name).F("body", h.Body); break;
            case Arguments a:
                f.F("posonlyargs", a.PosOnlyArgs).F("args", a.Args).F("vararg", a.VarArg).F("kwonlyargs", a.KwOnlyArgs)
                 .F("kw_defaults", a.KwDefaults).F("kwarg", a.KwArg).F("defaults", a.Defaults);
                attrs = false;
                break;
            case Arg a: f.F("arg", a.ArgName).F("annotation", a.Annotation).F("type_comment", a.TypeComment); break;
            case Keyword k: f.F("arg", k.Arg).F("value", k.Value); break;
            case Alias a: f.F("name", a.AliasName).F("asname", a.Asname); break;
            case WithItem w: f.F("context_expr", w.ContextExpr).F("optional_vars", w.OptionalVars); attrs = false; break;
            case MatchCase m: f.F("pattern", m.Pattern).F("guard", m.Guard).F("body", m.Body); attrs = false; break;

            case MatchValue m: f.F("value", m.Value); break;
            case MatchSingleton m: f.Always("value", m.Value); break;
            case MatchSequence m: f.F("patterns", m.Patterns); break;
            case MatchMapping m: f.F("keys", m.Keys).F("patterns", m.Patterns).F("rest", m.Rest); break;
            case MatchClass m: f.F("cls", m.Cls).F("patterns", m.Patterns).F("kwd_attrs", m.KwdAttrs).F("kwd_patterns", m.KwdPatterns); break;
            case MatchStar m: f.F("name", m.Name); break;
            case MatchAs m: f.F("pattern", m.Pattern).F("name", m.Name); break;
            case MatchOr m: f.F("patterns", m.Patterns); break;

            case TypeVar t: f.F("name", t.Name).F("bound", t.Bound).F("default_value", t.DefaultValue); break;
            case ParamSpec t: f.F("name", t.Name).F("default_value", t.DefaultValue); break;
            case TypeVarTuple t: f.F("name", t.Name).F("default_value", t.DefaultValue); break;
            case TypeIgnore t: f.F("lineno", t.IgnoreLineno).F("tag", t.Tag); attrs = false; break;
            default: throw new InvalidOperationException("unknown node " + node.GetType().Name);
        }
        if (attrs) f.Pos(node);
        sb.Append(')');
    }

    static string NodeName(Node n) => n switch
    {
        ModuleNode => "Module",
        FunctionDef { IsAsync: true } => "AsyncFunctionDef",
        For { IsAsync: true } => "AsyncFor",
        With { IsAsync: true } => "AsyncWith",
        Try { IsStar: true } => "TryStar",
        ExprStmt => "Expr",
        SetExpr => "Set",
        ListExpr => "List",
        TupleExpr => "Tuple",
        Comprehension => "comprehension",
        Arguments => "arguments",
        Arg => "arg",
        Keyword => "keyword",
        Alias => "alias",
        WithItem => "withitem",
        MatchCase => "match_case",
        TypeIgnore => "TypeIgnore",
        _ => n.GetType().Name,
    };

    // ------------------------------------------------------------------ Python reprs

    public static string ConstRepr(object? v) => v switch
    {
        null => "None",
        true => "True",
        false => "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex c => ComplexRepr(c),
        string s => StrRepr(s),
        byte[] b => BytesRepr(b),
        ConstantEllipsis => "Ellipsis",
        _ => v.ToString() ?? "",
    };

    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        // Shortest round-trip digits, then Python's repr layout: exponent form below 1e-4 or from 1e16.
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        // Extract digits and exponent from the shortest form.
        bool neg = shortest.StartsWith('-');
        if (neg) shortest = shortest[1..];
        int exp;
        string mant;
        int ePos = shortest.IndexOfAny(['E', 'e']);
        if (ePos >= 0) { mant = shortest[..ePos]; exp = int.Parse(shortest[(ePos + 1)..], CultureInfo.InvariantCulture); }
        else { mant = shortest; exp = 0; }
        int dot = mant.IndexOf('.');
        string intPart = dot >= 0 ? mant[..dot] : mant;
        string frac = dot >= 0 ? mant[(dot + 1)..] : "";
        string digits = (intPart + frac).TrimStart('0');
        int lead = (intPart + frac).Length - digits.Length;
        int decExp = intPart.Length + exp - lead;     // value = 0.digits * 10^decExp
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int sciExp = decExp - 1;
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (sciExp < -4 || sciExp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(sciExp < 0 ? '-' : '+').Append(Math.Abs(sciExp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decExp <= 0)
        {
            sb.Append("0.").Append('0', -decExp).Append(digits);
        }
        else if (digits.Length <= decExp)
        {
            sb.Append(digits).Append('0', decExp - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decExp).Append('.').Append(digits, decExp, digits.Length - decExp);
        }
        return sb.ToString();
    }

    static string ComplexRepr(Complex c)
    {
        string im = FloatRepr(c.Imaginary);
        if (im.EndsWith(".0", StringComparison.Ordinal)) im = im[..^2];
        if (c.Real == 0 && !double.IsNegative(c.Real)) return im + "j";
        string re = FloatRepr(c.Real);
        if (re.EndsWith(".0", StringComparison.Ordinal)) re = re[..^2];
        return "(" + re + (im.StartsWith('-') ? "" : "+") + im + "j)";
    }

    public static string StrRepr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder();
        sb.Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == q || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else if (c < 0x7f) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                i++;
            }
            else if (IsPrintable(c)) sb.Append(c);
            else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        sb.Append(q);
        return sb.ToString();
    }

    static bool IsPrintable(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.SpaceSeparator => cp == ' ',
            _ => true,
        };
    }

    static string BytesRepr(byte[] b)
    {
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b");
        sb.Append(q);
        foreach (byte x in b)
        {
            if (x == q || x == '\\') sb.Append('\\').Append((char)x);
            else if (x == '\n') sb.Append("\\n");
            else if (x == '\r') sb.Append("\\r");
            else if (x == '\t') sb.Append("\\t");
            else if (x < 0x20 || x >= 0x7f) sb.Append("\\x").Append(x.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)x);
        }
        sb.Append(q);
        return sb.ToString();
    }
}
