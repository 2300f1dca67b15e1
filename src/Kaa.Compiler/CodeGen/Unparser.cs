using System.Globalization;
using System.Numerics;
using System.Text;
using Kaa.Compiler.Ast;
using Attribute = Kaa.Compiler.Ast.Attribute;

namespace Kaa.Compiler.CodeGen;

/// <summary>Expression → source text, as CPython's ast_unparse.c (used for stringified
/// annotations and in some error messages).</summary>
public static class Unparser
{
    enum Pr { Tuple, Test, Or, And, Not, Cmp, Expr, BOr = Expr, BXor, BAnd, Shift, Arith, Term, Factor, Power, Await, Atom }

    public static string Unparse(Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, Pr.Test);
        return sb.ToString();
    }

    static void Append(StringBuilder sb, Expr e, Pr level)
    {
        switch (e)
        {
            case BoolOp b:
                {
                    var pr = b.Op == BoolOperator.And ? Pr.And : Pr.Or;
                    string op = b.Op == BoolOperator.And ? " and " : " or ";
                    if (level > pr) sb.Append('(');
                    for (int i = 0; i < b.Values.Count; i++)
                    {
                        if (i > 0) sb.Append(op);
                        Append(sb, b.Values[i], pr + 1);
                    }
                    if (level > pr) sb.Append(')');
                    break;
                }
            case BinOp b:
                {
                    var (op, pr) = b.Op switch
                    {
                        Operator.Add => (" + ", Pr.Arith),
                        Operator.Sub => (" - ", Pr.Arith),
                        Operator.Mult => (" * ", Pr.Term),
                        Operator.MatMult => (" @ ", Pr.Term),
                        Operator.Div => (" / ", Pr.Term),
                        Operator.Mod => (" % ", Pr.Term),
                        Operator.LShift => (" << ", Pr.Shift),
                        Operator.RShift => (" >> ", Pr.Shift),
                        Operator.BitOr => (" | ", Pr.BOr),
                        Operator.BitXor => (" ^ ", Pr.BXor),
                        Operator.BitAnd => (" & ", Pr.BAnd),
                        Operator.FloorDiv => (" // ", Pr.Term),
                        _ => (" ** ", Pr.Power),
                    };
                    bool rassoc = b.Op == Operator.Pow;
                    if (level > pr) sb.Append('(');
                    Append(sb, b.Left, rassoc ? pr + 1 : pr);
                    sb.Append(op);
                    Append(sb, b.Right, rassoc ? pr : pr + 1);
                    if (level > pr) sb.Append(')');
                    break;
                }
            case UnaryOp u:
                {
                    var (op, pr) = u.Op switch
                    {
                        UnaryOperator.Invert => ("~", Pr.Factor),
                        UnaryOperator.Not => ("not ", Pr.Not),
                        UnaryOperator.UAdd => ("+", Pr.Factor),
                        _ => ("-", Pr.Factor),
                    };
                    if (level > pr) sb.Append('(');
                    sb.Append(op);
                    Append(sb, u.Operand, pr);
                    if (level > pr) sb.Append(')');
                    break;
                }
            case Lambda l:
                if (level > Pr.Test) sb.Append('(');
                sb.Append("lambda");
                var args = new StringBuilder();
                AppendArgs(args, l.Args);
                if (args.Length > 0) sb.Append(' ').Append(args);
                sb.Append(": ");
                Append(sb, l.Body, Pr.Test);
                if (level > Pr.Test) sb.Append(')');
                break;
            case IfExp i:
                if (level > Pr.Test) sb.Append('(');
                Append(sb, i.Body, Pr.Test + 1);
                sb.Append(" if ");
                Append(sb, i.Test, Pr.Test + 1);
                sb.Append(" else ");
                Append(sb, i.Orelse, Pr.Test);
                if (level > Pr.Test) sb.Append(')');
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] == null) { sb.Append("**"); Append(sb, d.Values[i], Pr.Expr); }
                    else { Append(sb, d.Keys[i]!, Pr.Test); sb.Append(": "); Append(sb, d.Values[i], Pr.Test); }
                }
                sb.Append('}');
                break;
            case SetExpr s:
                if (s.Elts.Count == 0) { sb.Append("{*()}"); break; }
                sb.Append('{');
                AppendList(sb, s.Elts);
                sb.Append('}');
                break;
            case ListComp lc: sb.Append('['); Append(sb, lc.Elt, Pr.Test); AppendComps(sb, lc.Generators); sb.Append(']'); break;
            case SetComp sc: sb.Append('{'); Append(sb, sc.Elt, Pr.Test); AppendComps(sb, sc.Generators); sb.Append('}'); break;
            case DictComp dc:
                sb.Append('{'); Append(sb, dc.Key, Pr.Test); sb.Append(": "); Append(sb, dc.Value, Pr.Test);
                AppendComps(sb, dc.Generators); sb.Append('}');
                break;
            case GeneratorExp g: sb.Append('('); Append(sb, g.Elt, Pr.Test); AppendComps(sb, g.Generators); sb.Append(')'); break;
            case Yield y:
                if (level > Pr.Tuple) sb.Append('(');
                sb.Append("yield");
                if (y.Value != null) { sb.Append(' '); Append(sb, y.Value, Pr.Test); }
                if (level > Pr.Tuple) sb.Append(')');
                break;
            case YieldFrom yf:
                if (level > Pr.Tuple) sb.Append('(');
                sb.Append("yield from ");
                Append(sb, yf.Value, Pr.Test);
                if (level > Pr.Tuple) sb.Append(')');
                break;
            case Await a:
                if (level > Pr.Await) sb.Append('(');
                sb.Append("await ");
                Append(sb, a.Value, Pr.Atom);
                if (level > Pr.Await) sb.Append(')');
                break;
            case Compare c:
                if (level > Pr.Cmp) sb.Append('(');
                Append(sb, c.Left, Pr.Cmp + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(c.Ops[i] switch
                    {
                        CmpOp.Eq => " == ", CmpOp.NotEq => " != ", CmpOp.Lt => " < ", CmpOp.LtE => " <= ",
                        CmpOp.Gt => " > ", CmpOp.GtE => " >= ", CmpOp.Is => " is ", CmpOp.IsNot => " is not ",
                        CmpOp.In => " in ", _ => " not in ",
                    });
                    Append(sb, c.Comparators[i], Pr.Cmp + 1);
                }
                if (level > Pr.Cmp) sb.Append(')');
                break;
            case Call call:
                {
                    Append(sb, call.Func, Pr.Atom);
                    if (call.Args.Count == 1 && call.Keywords.Count == 0 && call.Args[0] is GeneratorExp ge)
                    {
                        Append(sb, ge, Pr.Test);
                        break;
                    }
                    sb.Append('(');
                    bool first = true;
                    foreach (var a in call.Args)
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        Append(sb, a, Pr.Test);
                    }
                    foreach (var k in call.Keywords)
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        if (k.Arg == null) { sb.Append("**"); Append(sb, k.Value, Pr.Expr); }
                        else { sb.Append(k.Arg).Append('='); Append(sb, k.Value, Pr.Test); }
                    }
                    sb.Append(')');
                    break;
                }
            case Constant k:
                AppendConstant(sb, k.Value, k.Kind);
                break;
            case JoinedStr js:
                sb.Append('f').Append(Repr(FStringBody(js, false)));
                break;
            case FormattedValue fv:
                sb.Append('f').Append(Repr(FStringBody(new JoinedStr(new List<Expr> { fv }), false)));
                break;
            case TemplateStr ts:
                sb.Append('t').Append(Repr(FStringBody(new JoinedStr(ts.Values), false)));
                break;
            case Interpolation ip:
                sb.Append('t').Append(Repr(FStringBody(new JoinedStr(new List<Expr> { ip }), false)));
                break;
            case Attribute a:
                Append(sb, a.Value, Pr.Atom);
                // Special case: "1.real" must be written "1 .real".
                if (a.Value is Constant { Value: BigInteger }) sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, Pr.Atom);
                sb.Append('[');
                if (s.Slice is TupleExpr { Elts.Count: > 0 } t)
                {
                    for (int i = 0; i < t.Elts.Count; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        Append(sb, t.Elts[i], Pr.Test);
                    }
                    if (t.Elts.Count == 1) sb.Append(',');
                }
                else Append(sb, s.Slice, Pr.Tuple);
                sb.Append(']');
                break;
            case Starred st:
                sb.Append('*');
                Append(sb, st.Value, Pr.Expr);
                break;
            case Name n:
                sb.Append(n.Id);
                break;
            case ListExpr l:
                sb.Append('[');
                AppendList(sb, l.Elts);
                sb.Append(']');
                break;
            case TupleExpr tup:
                if (tup.Elts.Count == 0) { sb.Append("()"); break; }
                if (level > Pr.Tuple) sb.Append('(');
                AppendList(sb, tup.Elts);
                if (tup.Elts.Count == 1) sb.Append(',');
                if (level > Pr.Tuple) sb.Append(')');
                break;
            case Slice sl:
                if (sl.Lower != null) Append(sb, sl.Lower, Pr.Test);
                sb.Append(':');
                if (sl.Upper != null) Append(sb, sl.Upper, Pr.Test);
                if (sl.Step != null) { sb.Append(':'); Append(sb, sl.Step, Pr.Test); }
                break;
            case NamedExpr ne:
                if (level > Pr.Tuple) sb.Append('(');
                Append(sb, ne.Target, Pr.Atom);
                sb.Append(" := ");
                Append(sb, ne.Value, Pr.Atom);
                if (level > Pr.Tuple) sb.Append(')');
                break;
            default:
                sb.Append('?');
                break;
        }
    }

    static void AppendList(StringBuilder sb, List<Expr> elts)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, elts[i], Pr.Test);
        }
    }

    static void AppendComps(StringBuilder sb, List<Comprehension> gens)
    {
        foreach (var g in gens)
        {
            sb.Append(g.IsAsync ? " async for " : " for ");
            Append(sb, g.Target, Pr.Tuple);
            sb.Append(" in ");
            Append(sb, g.Iter, Pr.Test + 1);
            foreach (var cond in g.Ifs)
            {
                sb.Append(" if ");
                Append(sb, cond, Pr.Test + 1);
            }
        }
    }

    static void AppendArgs(StringBuilder sb, Arguments a)
    {
        bool first = true;
        void Sep() { if (!first) sb.Append(", "); first = false; }
        void One(Arg arg, Expr? def)
        {
            Sep();
            sb.Append(arg.ArgName);
            if (arg.Annotation != null) { sb.Append(": "); Append(sb, arg.Annotation, Pr.Test); }
            if (def != null) { sb.Append('='); Append(sb, def, Pr.Test); }
        }
        int npos = a.PosOnlyArgs.Count + a.Args.Count;
        int firstDefault = npos - a.Defaults.Count;
        for (int i = 0; i < npos; i++)
        {
            var arg = i < a.PosOnlyArgs.Count ? a.PosOnlyArgs[i] : a.Args[i - a.PosOnlyArgs.Count];
            One(arg, i >= firstDefault ? a.Defaults[i - firstDefault] : null);
            if (i == a.PosOnlyArgs.Count - 1) { Sep(); sb.Append('/'); }
        }
        if (a.VarArg != null || a.KwOnlyArgs.Count > 0)
        {
            Sep();
            sb.Append('*');
            if (a.VarArg != null)
            {
                sb.Append(a.VarArg.ArgName);
                if (a.VarArg.Annotation != null) { sb.Append(": "); Append(sb, a.VarArg.Annotation, Pr.Test); }
            }
        }
        for (int i = 0; i < a.KwOnlyArgs.Count; i++)
            One(a.KwOnlyArgs[i], i < a.KwDefaults.Count ? a.KwDefaults[i] : null);
        if (a.KwArg != null)
        {
            Sep();
            sb.Append("**").Append(a.KwArg.ArgName);
            if (a.KwArg.Annotation != null) { sb.Append(": "); Append(sb, a.KwArg.Annotation, Pr.Test); }
        }
    }

    static string FStringBody(JoinedStr js, bool isSpec)
    {
        var sb = new StringBuilder();
        foreach (var v in js.Values)
        {
            if (v is Constant c && StrConstant.IsStr(c.Value)) sb.Append(StrConstant.Text(c.Value!).Replace("{", "{{").Replace("}", "}}"));
            else if (v is FormattedValue or Interpolation)
            {
                var (value, conversion, formatSpec) = v is FormattedValue fv
                    ? (fv.Value, fv.Conversion, fv.FormatSpec)
                    : (((Interpolation)v).Value, ((Interpolation)v).Conversion, ((Interpolation)v).FormatSpec);
                var inner = new StringBuilder();
                Append(inner, value, Pr.Test + 1);
                string text = inner.ToString();
                sb.Append('{');
                if (text.StartsWith('{')) sb.Append(' ');
                sb.Append(text);
                if (conversion > 0) sb.Append('!').Append((char)conversion);
                if (formatSpec is JoinedStr spec) sb.Append(':').Append(FStringBody(spec, true));
                sb.Append('}');
            }
        }
        _ = isSpec;
        return sb.ToString();
    }

    static void AppendConstant(StringBuilder sb, object? v, string? kind)
    {
        switch (v)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case BigInteger i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(double.IsInfinity(d) ? (d > 0 ? "1e309" : "-1e309") : FloatRepr(d)); break;
            case Complex c:
                if (c.Real == 0 && !double.IsNegative(c.Real))
                    sb.Append(double.IsInfinity(c.Imaginary) ? "1e309" : FloatRepr(c.Imaginary).Replace(".0", "", StringComparison.Ordinal)).Append('j');
                else
                    sb.Append('(').Append(FloatRepr(c.Real)).Append('+').Append(FloatRepr(c.Imaginary)).Append("j)");
                break;
            case string s:
                if (kind == "u") sb.Append('u');
                sb.Append(Repr(s));
                break;
            case SeparatedStr s:
                if (kind == "u") sb.Append('u');
                sb.Append(Repr(s.Text, separate: true));
                break;
            case byte[] b: sb.Append(BytesRepr(b)); break;
            case ConstantEllipsis: sb.Append("..."); break;
            case object?[] t:
                sb.Append('(');
                for (int i = 0; i < t.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendConstant(sb, t[i], null);
                }
                if (t.Length == 1) sb.Append(',');
                sb.Append(')');
                break;
            default: sb.Append(v); break;
        }
    }

    /// <summary>Python's repr() of a float.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        // Split into digits and exponent, then lay out as Python does (repr switches to exponent
        // notation when the decimal exponent is < -4 or >= 16).
        bool neg = r.StartsWith('-');
        if (neg) r = r[1..];
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int dot = r.IndexOf('.');
        string digits;
        int pointPos;
        if (dot >= 0) { digits = r[..dot] + r[(dot + 1)..]; pointPos = dot; }
        else { digits = r; pointPos = r.Length; }
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
        digits = digits[lead..];
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) { digits = "0"; }
        int decExp = pointPos + exp; // value = 0.digits * 10^decExp
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (digits == "0")
        {
            sb.Append("0.0");
            return sb.ToString();
        }
        int sciExp = decExp - 1;
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
        else if (decExp >= digits.Length)
        {
            sb.Append(digits).Append('0', decExp - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decExp).Append('.').Append(digits, decExp, digits.Length - decExp);
        }
        return sb.ToString();
    }

    /// <summary>Python's repr() of a str.</summary>
    public static string Repr(string s, bool separate = false)
    {
        char quote = '\'';
        if (s.Contains('\'') && !s.Contains('"')) quote = '"';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) && !separate)
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                i++;
                continue;
            }
            if (IsPrintable(c)) sb.Append(c);
            else if (c < 0x100) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        if (cp < 0x20 || cp == 0x7F) return false;
        var cat = cp <= 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>Python's repr() of bytes.</summary>
    public static string BytesRepr(byte[] b)
    {
        char quote = '\'';
        bool hasSingle = Array.IndexOf(b, (byte)'\'') >= 0, hasDouble = Array.IndexOf(b, (byte)'"') >= 0;
        if (hasSingle && !hasDouble) quote = '"';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append('b').Append(quote);
        foreach (var x in b)
        {
            if (x == quote || x == '\\') sb.Append('\\').Append((char)x);
            else if (x == '\t') sb.Append("\\t");
            else if (x == '\n') sb.Append("\\n");
            else if (x == '\r') sb.Append("\\r");
            else if (x < 0x20 || x >= 0x7F) sb.Append("\\x").Append(x.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)x);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
