using System.Globalization;
using System.Numerics;
using Kaa.Compiler.Ast;

namespace Kaa.Compiler.Parsing;

// Expressions, from star_expressions down to atoms. Every composite node starts at the first token of
// its rule (so `(a) + b` starts at the parenthesis, as in CPython) and ends at the last token consumed.
internal sealed partial class ParserCore
{
    Expr ParseStarExpressions()
    {
        var start = Cur;
        var first = ParseStarExpression();
        if (Kind != TokenKind.Comma) return first;
        var elts = new List<Expr> { first };
        while (Kind == TokenKind.Comma)
        {
            p++;
            if (!StartsExpression(Kind)) break;
            elts.Add(ParseStarExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    Expr ParseStarExpression()
    {
        if (Kind != TokenKind.Star) return ParseExpression();
        var st = Next();
        var v = ParseBitwiseOr();
        return Fin(new Starred(v, ExprContext.Load), st);
    }

    Expr ParseStarNamedExpression()
    {
        if (Kind != TokenKind.Star) return ParseNamedExpression();
        var st = Next();
        var v = ParseBitwiseOr();
        return Fin(new Starred(v, ExprContext.Load), st);
    }

    Expr ParseNamedExpression()
    {
        if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual) return ParseWalrus();
        var e = ParseExpression();
        if (Kind == TokenKind.ColonEqual) throw ErrorAt($"cannot use assignment expressions with {ExprName(e)}", e);
        if (Kind == TokenKind.Equal) throw MisusedEqualError(e);
        return e;
    }

    Expr ParseWalrus()
    {
        var n = Next();
        p++;
        var v = ParseExpression();
        return Fin(new NamedExpr(TokPos(new Name(n.Text!, ExprContext.Store), n), v), n);
    }

    /// <summary>`if x = 1:` and friends (CPython's `invalid_named_expression`).</summary>
    SyntaxErrorException MisusedEqualError(Expr e)
    {
        int save = p;
        p++;
        Expr? b = null;
        try { if (StartsExpression(Kind) && Kind != TokenKind.Star) b = ParseBitwiseOr(); }
        catch (SyntaxErrorException) { b = null; }
        bool followedByAssign = Kind is TokenKind.Equal or TokenKind.ColonEqual;
        p = save;
        if (b != null && !followedByAssign)
        {
            if (e is Name && !IsParenthesized(e))
                return ErrorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
            if (!(e is ListExpr or GeneratorExp or TupleExpr || e is Constant { Value: null or bool })
                && IsBitwiseOrLevel(e))
                return ErrorAt($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e);
        }
        return InvalidSyntax();
    }

    Expr ParseExpression()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (Kind == TokenKind.Lambda) return ParseLambda();
        var start = Cur;
        var body = ParseDisjunction();
        if (Kind != TokenKind.If) return body;
        p++;
        var test = ParseDisjunction();
        if (Kind != TokenKind.Else)
        {
            if (Kind != TokenKind.Colon) throw ErrorRange("expected 'else' after 'if' expression", body, test);
            throw InvalidSyntax();
        }
        p++;
        var orelse = ParseExpression();
        return Fin(new IfExp(test, body, orelse), start);
    }

    Expr ParseLambda()
    {
        var start = Next();
        var args = ParseParameters(TokenKind.Colon, lambda: true);
        ExpectColon();
        if (Kind == TokenKind.FStringMiddle || (Kind is TokenKind.LBrace or TokenKind.RBrace && Prev.End == Cur.Start && InFStringSpec()))
            throw Error($"{EnclosingFStringWord()}: lambda expressions are not allowed without parentheses", start.Line, start.Col, Prev.EndLine, Prev.EndCol);
        var body = ParseExpression();
        return Fin(new Lambda(args, body), start);
    }

    Expr ParseYieldExpr()
    {
        var start = Next();
        if (Accept(TokenKind.From)) return Fin(new YieldFrom(ParseExpression()), start);
        Expr? v = StartsExpression(Kind) ? ParseStarExpressions() : null;
        return Fin(new Yield(v), start);
    }

    Expr ParseDisjunction()
    {
        var start = Cur;
        var e = ParseConjunction();
        if (Kind != TokenKind.Or) return e;
        var vals = new List<Expr> { e };
        while (Accept(TokenKind.Or)) vals.Add(ParseConjunction());
        return Fin(new BoolOp(BoolOperator.Or, vals), start);
    }

    Expr ParseConjunction()
    {
        var start = Cur;
        var e = ParseInversion();
        if (Kind != TokenKind.And) return e;
        var vals = new List<Expr> { e };
        while (Accept(TokenKind.And)) vals.Add(ParseInversion());
        return Fin(new BoolOp(BoolOperator.And, vals), start);
    }

    Expr ParseInversion()
    {
        if (Kind != TokenKind.Not) return ParseComparison();
        var start = Next();
        var operand = ParseInversion();
        return Fin(new UnaryOp(UnaryOperator.Not, operand), start);
    }

    Expr ParseComparison()
    {
        var start = Cur;
        var left = ParseBitwiseOr();
        List<CmpOp>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CmpOp op;
            switch (Kind)
            {
                case TokenKind.EqEqual: op = CmpOp.Eq; p++; break;
                case TokenKind.NotEqual: op = CmpOp.NotEq; p++; break;
                case TokenKind.Less: op = CmpOp.Lt; p++; break;
                case TokenKind.LessEqual: op = CmpOp.LtE; p++; break;
                case TokenKind.Greater: op = CmpOp.Gt; p++; break;
                case TokenKind.GreaterEqual: op = CmpOp.GtE; p++; break;
                case TokenKind.In: op = CmpOp.In; p++; break;
                case TokenKind.Not when PeekKind(1) == TokenKind.In: op = CmpOp.NotIn; p += 2; break;
                case TokenKind.Is:
                    p++;
                    if (Accept(TokenKind.Not)) op = CmpOp.IsNot; else op = CmpOp.Is;
                    break;
                default:
                    if (ops == null) return left;
                    return Fin(new Compare(left, ops, comparators!), start);
            }
            (ops ??= new()).Add(op);
            (comparators ??= new()).Add(ParseBitwiseOr());
        }
    }

    Expr ParseBitwiseOr()
    {
        var start = Cur;
        var e = ParseBitwiseXor();
        while (Kind == TokenKind.VBar) { p++; var r = ParseBitwiseXor(); e = Fin(new BinOp(e, Operator.BitOr, r), start); }
        return e;
    }

    Expr ParseBitwiseXor()
    {
        var start = Cur;
        var e = ParseBitwiseAnd();
        while (Kind == TokenKind.Circumflex) { p++; var r = ParseBitwiseAnd(); e = Fin(new BinOp(e, Operator.BitXor, r), start); }
        return e;
    }

    Expr ParseBitwiseAnd()
    {
        var start = Cur;
        var e = ParseShift();
        while (Kind == TokenKind.Amper) { p++; var r = ParseShift(); e = Fin(new BinOp(e, Operator.BitAnd, r), start); }
        return e;
    }

    Expr ParseShift()
    {
        var start = Cur;
        var e = ParseSum();
        while (true)
        {
            Operator op;
            if (Kind == TokenKind.LeftShift) op = Operator.LShift;
            else if (Kind == TokenKind.RightShift) op = Operator.RShift;
            else return e;
            p++;
            var r = ParseSum();
            e = Fin(new BinOp(e, op, r), start);
        }
    }

    Expr ParseSum()
    {
        var start = Cur;
        var e = ParseTerm();
        while (true)
        {
            Operator op;
            if (Kind == TokenKind.Plus) op = Operator.Add;
            else if (Kind == TokenKind.Minus) op = Operator.Sub;
            else return e;
            p++;
            var r = ParseTerm();
            e = Fin(new BinOp(e, op, r), start);
        }
    }

    Expr ParseTerm()
    {
        var start = Cur;
        var e = ParseFactor();
        while (true)
        {
            Operator op;
            switch (Kind)
            {
                case TokenKind.Star: op = Operator.Mult; break;
                case TokenKind.Slash: op = Operator.Div; break;
                case TokenKind.DoubleSlash: op = Operator.FloorDiv; break;
                case TokenKind.Percent: op = Operator.Mod; break;
                case TokenKind.At: op = Operator.MatMult; break;
                default: return e;
            }
            p++;
            var r = ParseFactor();
            e = Fin(new BinOp(e, op, r), start);
        }
    }

    Expr ParseFactor()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        var start = Next();
        var operand = ParseFactor();
        return Fin(new UnaryOp(op, operand), start);
    }

    Expr ParsePower()
    {
        var start = Cur;
        Expr e;
        if (Kind == TokenKind.Await)
        {
            p++;
            var v = ParsePrimary();
            e = Fin(new Await(v), start);
        }
        else e = ParsePrimary();
        if (Kind != TokenKind.DoubleStar) return e;
        p++;
        var r = ParseFactor();
        return Fin(new BinOp(e, Operator.Pow, r), start);
    }

    Expr ParsePrimary()
    {
        var start = Cur;
        var e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    p++;
                    if (Kind != TokenKind.Name) throw InvalidSyntax();
                    e = Fin(new Ast.Attribute(e, Next().Text!, ExprContext.Load), start);
                    break;
                case TokenKind.LPar:
                {
                    var lpar = Next();
                    var args = new List<Expr>();
                    var kws = new List<Keyword>();
                    ParseCallArguments(args, kws, lpar);
                    if (Kind != TokenKind.RPar) throw InvalidSyntax();
                    p++;
                    e = Fin(new Call(e, args, kws), start);
                    break;
                }
                case TokenKind.LSqb:
                {
                    p++;
                    var slice = ParseSlices();
                    if (Kind != TokenKind.RSqb) throw ForgotCommaOrInvalid(slice);
                    p++;
                    e = Fin(new Subscript(e, slice, ExprContext.Load), start);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    Expr ParseSlices()
    {
        var start = Cur;
        var first = ParseSlice();
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred) return Fin(new TupleExpr(new List<Expr> { first }, ExprContext.Load), start);
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb) break;
            elts.Add(ParseSlice());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    Expr ParseSlice()
    {
        var start = Cur;
        if (Kind == TokenKind.Star)
        {
            p++;
            return Fin(new Starred(ParseExpression(), ExprContext.Load), start);
        }
        Expr? lower = null;
        if (Kind != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (Kind != TokenKind.Colon) return lower;
        }
        p++;
        Expr? upper = Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.RSqb ? null : ParseExpression();
        Expr? step = null;
        if (Accept(TokenKind.Colon))
            step = Kind is TokenKind.Comma or TokenKind.RSqb ? null : ParseExpression();
        return Fin(new Slice(lower, upper, step), start);
    }

    /// <summary>Call arguments up to (not including) ')'. Also used for class bases.</summary>
    void ParseCallArguments(List<Expr> args, List<Keyword> kws, Token? lpar = null)
    {
        bool sawKw = false, sawKwUnpack = false;
        string? pending = null;    // CPython reports a positional-after-keyword error at the end of the arguments
        while (Kind != TokenKind.RPar)
        {
            var start = Cur;
            if (Kind == TokenKind.Star)
            {
                p++;
                var v = ParseExpression();
                if (sawKwUnpack)
                {
                    ref Token comma = ref toks[Math.Max(0, FindTokenAt(start.Line, start.Col) - 1)];
                    throw Error("iterable argument unpacking follows keyword argument unpacking", comma.Line, comma.Col, Prev.EndLine, Prev.EndCol);
                }
                args.Add(Fin(new Starred(v, ExprContext.Load), start));
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                p++;
                var v = ParseExpression();
                kws.Add(Fin(new Keyword(null, v), start));
                sawKwUnpack = true;
            }
            else if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                var n = Next();
                var eq = Next();
                if (Kind is TokenKind.Comma or TokenKind.RPar)
                    throw Error("expected argument value expression", n.Line, n.Col, eq.EndLine, eq.EndCol);
                var v = ParseExpression();
                if (Kind is TokenKind.For or TokenKind.Async)
                    throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n.Line, n.Col, eq.EndLine, eq.EndCol);
                kws.Add(Fin(new Keyword(n.Text, v), start));
                sawKw = true;
            }
            else
            {
                if (!StartsExpression(Kind)) throw InvalidSyntax();
                Expr e = Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual ? ParseWalrus() : ParseExpression();
                if (Kind == TokenKind.Equal)
                {
                    var eq = Cur;
                    if (e is Constant { Value: null or bool } c)
                    {
                        throw Error($"cannot assign to {ExprName(c)}", c.Lineno, c.ColOffset, eq.EndLine, eq.EndCol);
                    }
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", e.Lineno, e.ColOffset, eq.EndLine, eq.EndCol);
                }
                if (Kind == TokenKind.ColonEqual) throw ErrorAt($"cannot use assignment expressions with {ExprName(e)}", e);
                if (IsComprehensionStart())
                {
                    var gens = ParseComprehensionClauses();
                    bool sole = args.Count == 0 && kws.Count == 0 && Kind == TokenKind.RPar && lpar != null;
                    if (!sole && args.Count == 0 && kws.Count == 0 && Kind != TokenKind.Comma) throw InvalidSyntax();
                    if (!sole)
                    {
                        var lastGen = gens[^1];
                        Expr lastItem = lastGen.Ifs.Count > 0 ? lastGen.Ifs[^1] : lastGen.Iter;
                        throw ErrorRange("Generator expression must be parenthesized", e, lastItem);
                    }
                    var g = new GeneratorExp(e, gens);
                    Fin(g, lpar!.Value);
                    g.EndLineno = Cur.EndLine; g.EndColOffset = Cur.EndCol;   // through the closing ')'
                    args.Add(g);
                }
                else
                {
                    if ((sawKwUnpack || sawKw) && pending == null)
                        pending = sawKwUnpack ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
                    args.Add(e);
                }
            }
            if (Kind == TokenKind.Comma) { p++; continue; }
            if (Kind != TokenKind.RPar) throw ForgotCommaOrInvalid(args.Count > 0 ? args[^1] : kws.Count > 0 ? kws[^1].Value : null);
        }
        if (pending != null) throw ErrorAt(pending, Cur);
    }

    bool IsComprehensionStart() => Kind == TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For);

    List<Comprehension> ParseComprehensionClauses()
    {
        var gens = new List<Comprehension>();
        while (IsComprehensionStart())
        {
            bool isAsync = Accept(TokenKind.Async);
            p++;    // 'for'
            var target = ParseForTarget();
            if (Kind != TokenKind.In) throw InvalidSyntax();
            p++;
            var iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (Kind == TokenKind.If) { p++; ifs.Add(ParseDisjunction()); }
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /// <summary>Inside brackets, two expressions in a row: "invalid syntax. Perhaps you forgot a comma?"
    /// (CPython's `invalid_expression`), else the generic error.</summary>
    SyntaxErrorException ForgotCommaOrInvalid(Expr? a)
    {
        if (a != null && StartsExpression(Kind) && Kind != TokenKind.Star && a is not (Lambda or IfExp or Starred or NamedExpr or GeneratorExp))
        {
            // `!(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid`
            int aStart = FindTokenAt(a.Lineno, a.ColOffset);
            bool skip = aStart >= 0 && toks[aStart].Kind == TokenKind.Name &&
                        (toks[aStart + 1].Kind is TokenKind.String or TokenKind.FStringStart ||
                         toks[aStart].Text is "match" or "case" or "type" or "_");
            if (!skip)
            {
                int save = p;
                Expr? b = null;
                try { b = ParseExpression(); } catch (SyntaxErrorException) { }
                p = save;
                if (b != null) return ErrorRange("invalid syntax. Perhaps you forgot a comma?", a, b);
            }
        }
        return InvalidSyntax();
    }

    int FindTokenAt(int line, int col)
    {
        for (int i = p - 1; i >= 0; i--)
        {
            if (toks[i].Line == line && toks[i].Col == col) return i;
            if (toks[i].Line < line) break;
        }
        return -1;
    }

    // ------------------------------------------------------------------ atoms

    Expr ParseAtom()
    {
        ref Token t = ref Cur;
        switch (t.Kind)
        {
            case TokenKind.Name: p++; return TokPos(new Name(t.Text!, ExprContext.Load), t);
            case TokenKind.Number: p++; return TokPos(new Constant(ParseNumber(t.Text!)), t);
            case TokenKind.String: case TokenKind.FStringStart: return ParseStrings();
            case TokenKind.True: p++; return TokPos(new Constant(true), t);
            case TokenKind.False: p++; return TokPos(new Constant(false), t);
            case TokenKind.None: p++; return TokPos(new Constant(null), t);
            case TokenKind.Ellipsis: p++; return TokPos(new Constant(ConstantEllipsis.Instance), t);
            case TokenKind.LPar: return ParseParenAtom();
            case TokenKind.LSqb: return ParseListAtom();
            case TokenKind.LBrace: return ParseBraceAtom();
            default:
                if (allowIncomplete && t.Kind == TokenKind.EndMarker) throw Incomplete();
                throw InvalidSyntax();
        }
    }

    Expr ParseParenAtom()
    {
        var start = Next();
        if (Kind == TokenKind.RPar) { p++; return Fin(new TupleExpr(new List<Expr>(), ExprContext.Load), start); }
        if (Kind == TokenKind.Yield)
        {
            var y = ParseYieldExpr();
            if (Kind != TokenKind.RPar) throw InvalidSyntax();
            p++;
            return y;
        }
        var first = ParseStarNamedExpression();
        if (IsComprehensionStart())
        {
            if (first is Starred) throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensionClauses();
            if (Kind != TokenKind.RPar) throw InvalidSyntax();
            p++;
            return Fin(new GeneratorExp(first, gens), start);
        }
        if (Kind == TokenKind.RPar)
        {
            if (first is Starred) throw ErrorAt("cannot use starred expression here", first);
            p++;
            return first;
        }
        if (Kind != TokenKind.Comma) throw ForgotCommaOrInvalid(first);
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RPar) break;
            elts.Add(ParseStarNamedExpression());
            if (Kind is not (TokenKind.Comma or TokenKind.RPar)) throw ForgotCommaOrInvalid(elts[^1]);
        }
        p++;
        return Fin(new TupleExpr(elts, ExprContext.Load), start);
    }

    Expr ParseListAtom()
    {
        var start = Next();
        var elts = new List<Expr>();
        if (Kind == TokenKind.RSqb) { p++; return Fin(new ListExpr(elts, ExprContext.Load), start); }
        var first = ParseStarNamedExpression();
        if (IsComprehensionStart())
        {
            if (first is Starred) throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensionClauses();
            if (Kind != TokenKind.RSqb) throw InvalidSyntax();
            p++;
            return Fin(new ListComp(first, gens), start);
        }
        elts.Add(first);
        while (true)
        {
            if (Kind == TokenKind.RSqb) break;
            if (Kind != TokenKind.Comma) throw ForgotCommaOrInvalid(elts[^1]);
            p++;
            if (Kind == TokenKind.RSqb) break;
            elts.Add(ParseStarNamedExpression());
        }
        p++;
        return Fin(new ListExpr(elts, ExprContext.Load), start);
    }

    Expr ParseBraceAtom()
    {
        var start = Next();
        if (Kind == TokenKind.RBrace) { p++; return Fin(new Dict(new List<Expr?>(), new List<Expr>()), start); }
        if (Kind == TokenKind.DoubleStar) return ParseDictRest(start, null, null);
        var first = ParseStarNamedExpression();
        if (Kind == TokenKind.Colon && first is not Starred)
        {
            p++;
            if (Kind is TokenKind.Comma or TokenKind.RBrace)
                throw ErrorAt("expression expected after dictionary key and ':'", Prev);
            var value = ParseExpression();
            if (IsComprehensionStart())
            {
                var gens = ParseComprehensionClauses();
                if (Kind != TokenKind.RBrace) throw InvalidSyntax();
                p++;
                return Fin(new DictComp(first, value, gens), start);
            }
            return ParseDictRest(start, first, value);
        }
        if (IsComprehensionStart())
        {
            if (first is Starred) throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseComprehensionClauses();
            if (Kind != TokenKind.RBrace) throw InvalidSyntax();
            p++;
            return Fin(new SetComp(first, gens), start);
        }
        var elts = new List<Expr> { first };
        while (true)
        {
            if (Kind == TokenKind.RBrace) break;
            if (Kind != TokenKind.Comma) throw ForgotCommaOrInvalid(elts[^1]);
            p++;
            if (Kind == TokenKind.RBrace) break;
            elts.Add(ParseStarNamedExpression());
        }
        p++;
        return Fin(new SetExpr(elts), start);
    }

    Expr ParseDictRest(in Token start, Expr? firstKey, Expr? firstValue)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        if (firstValue != null)
        {
            keys.Add(firstKey); values.Add(firstValue);
            if (Kind == TokenKind.Comma) p++;
            else if (Kind != TokenKind.RBrace) throw ForgotCommaOrInvalid(firstValue);
        }
        while (Kind != TokenKind.RBrace)
        {
            if (Kind == TokenKind.DoubleStar)
            {
                p++;
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                var k = ParseExpression();
                if (Kind != TokenKind.Colon)
                {
                    if (Kind is TokenKind.Comma or TokenKind.RBrace)
                        throw new SyntaxErrorException("SyntaxError", "':' expected after dictionary key", filename, k.Lineno, k.ColOffset + 1, LineText(k.Lineno), k.EndLineno, 0);
                    throw ForgotCommaOrInvalid(k);
                }
                p++;
                if (Kind is TokenKind.Comma or TokenKind.RBrace)
                    throw ErrorAt("expression expected after dictionary key and ':'", Prev);
                keys.Add(k);
                values.Add(ParseExpression());
            }
            if (Kind == TokenKind.Comma) { p++; continue; }
            if (Kind != TokenKind.RBrace) throw ForgotCommaOrInvalid(values[^1]);
        }
        p++;
        return Fin(new Dict(keys, values), start);
    }

    // ------------------------------------------------------------------ numbers

    static object ParseNumber(string text)
    {
        string s = text.Contains('_') ? text.Replace("_", "") : text;
        char last = s[^1];
        if (last is 'j' or 'J')
            return new Complex(0, double.Parse(s.AsSpan(0, s.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        if (s.Length > 1 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
            if (radix == 16)
                return BigInteger.Parse("0" + s[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            BigInteger v = BigInteger.Zero;
            for (int i = 2; i < s.Length; i++) v = v * radix + (s[i] - '0');
            return v;
        }
        foreach (char c in s)
        {
            if (c is '.' or 'e' or 'E')
                return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        if (s.Length <= 18) return new BigInteger(long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));
        return BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
