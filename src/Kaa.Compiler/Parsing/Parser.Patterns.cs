using Kaa.Compiler.Ast;

namespace Kaa.Compiler.Parsing;

// The `match` statement (PEP 634) and its patterns. `match`, `case` and `_` are soft keywords, so a
// statement starting with the name `match` is tried as a match statement first and re-parsed as an
// ordinary statement when it is not one (restoring the token index).
internal sealed partial class ParserCore
{
    bool LooksLikeMatch()
    {
        var k = PeekKind(1);
        return (StartsExpression(k) || k == TokenKind.Yield) && k is not (TokenKind.Lambda);
    }

    Stmt? TryParseMatch()
    {
        int save = p;
        var start = Next();
        Expr subject;
        try
        {
            var sStart = Cur;
            var first = ParseStarNamedExpression();
            if (Kind == TokenKind.Comma)
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.Colon) break;
                    elts.Add(ParseStarNamedExpression());
                }
                subject = Fin(new TupleExpr(elts, ExprContext.Load), sStart);
            }
            else subject = first;
        }
        catch (SyntaxErrorException)
        {
            p = save;
            return null;
        }
        if (Kind != TokenKind.Colon)
        {
            if (Kind == TokenKind.Newline && subject is not Starred)
            {
                // `match x` + newline: CPython's invalid_match_stmt says "expected ':'" -- but only when
                // the line is not also a valid expression statement (`match(x)` is a call).
                if (!IsValidExpressionStatement(save)) throw ErrorAt("expected ':'", Cur);
            }
            p = save;
            return null;
        }
        if (PeekKind(1) != TokenKind.Newline) { p = save; return null; }
        p += 2;
        if (Kind != TokenKind.Indent)
        {
            if (allowIncomplete && Kind == TokenKind.EndMarker) throw Incomplete();
            throw ErrorAt($"expected an indented block after 'match' statement on line {start.Line}", Cur, "IndentationError");
        }
        p++;
        var cases = new List<MatchCase>();
        while (Kind == TokenKind.Name && Cur.Text == "case") cases.Add(ParseCase());
        if (cases.Count == 0) throw InvalidSyntax();
        if (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker) throw InvalidSyntax();
        Accept(TokenKind.Dedent);
        var m = new Match(subject, cases);
        StartAt(m, start);
        EndAtLastToken(m);
        return m;
    }

    bool IsValidExpressionStatement(int at)
    {
        int save = p;
        p = at;
        try
        {
            ParseYieldOrStarExpressions();
            return Kind == TokenKind.Newline;
        }
        catch (SyntaxErrorException) { return false; }
        finally { p = save; }
    }

    MatchCase ParseCase()
    {
        var caseTok = Next();
        var pattern = ParsePatterns();
        Expr? guard = null;
        if (Accept(TokenKind.If)) guard = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'case' statement", caseTok.Line);
        return new MatchCase(pattern, guard, body);
    }

    Pattern ParsePatterns()
    {
        var start = Cur;
        var first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar) return Fin(new MatchSequence(new List<Pattern> { first }), start);
            return first;
        }
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind is TokenKind.Colon or TokenKind.If) break;
            list.Add(ParseMaybeStarPattern());
        }
        return Fin(new MatchSequence(list), start);
    }

    Pattern ParseMaybeStarPattern()
    {
        if (Kind != TokenKind.Star) return ParsePattern();
        var star = Next();
        var n = Cur;
        if (Kind != TokenKind.Name) throw InvalidSyntax();
        p++;
        return Fin(new MatchStar(n.Text == "_" ? null : n.Text), star);
    }

    Pattern ParsePattern()
    {
        var start = Cur;
        var pat = ParseOrPattern();
        if (Kind != TokenKind.As) return pat;
        p++;
        if (Kind == TokenKind.Name && Cur.Text == "_" ) throw ErrorAt("cannot use '_' as a target", Cur);
        if (Kind != TokenKind.Name || PeekKind(1) is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
        {
            if (StartsExpression(Kind))
            {
                var e = ParseExpression();
                throw ErrorAt("invalid pattern target", e);
            }
            throw InvalidSyntax();
        }
        var name = Next().Text!;
        return Fin(new MatchAs(pat, name), start);
    }

    Pattern ParseOrPattern()
    {
        var start = Cur;
        var first = ParseClosedPattern();
        if (Kind != TokenKind.VBar) return first;
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) list.Add(ParseClosedPattern());
        return Fin(new MatchOr(list), start);
    }

    Pattern ParseClosedPattern()
    {
        var start = Cur;
        switch (Kind)
        {
            case TokenKind.None: p++; return TokPos(new MatchSingleton(null), start);
            case TokenKind.True: p++; return TokPos(new MatchSingleton(true), start);
            case TokenKind.False: p++; return TokPos(new MatchSingleton(false), start);
            case TokenKind.Number:
            case TokenKind.Minus:
                return Fin(new MatchValue(ParseSignedNumberOrComplex()), start);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Fin(new MatchValue(ParseStrings()), start);
            case TokenKind.LPar:
            {
                p++;
                if (Kind == TokenKind.RPar) { p++; return Fin(new MatchSequence(new List<Pattern>()), start); }
                var first = ParseMaybeStarPattern();
                if (Kind == TokenKind.RPar && first is not MatchStar) { p++; return first; }   // group pattern
                var list = new List<Pattern> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RPar) break;
                    list.Add(ParseMaybeStarPattern());
                }
                if (Kind != TokenKind.RPar) throw InvalidSyntax();
                p++;
                return Fin(new MatchSequence(list), start);
            }
            case TokenKind.LSqb:
            {
                p++;
                var list = new List<Pattern>();
                while (Kind != TokenKind.RSqb)
                {
                    list.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.Comma)) break;
                }
                if (Kind != TokenKind.RSqb) throw InvalidSyntax();
                p++;
                return Fin(new MatchSequence(list), start);
            }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
            {
                var n = Next();
                if (Kind != TokenKind.Dot && Kind != TokenKind.LPar)
                {
                    if (n.Text == "_") return TokPos(new MatchAs(null, null), n);
                    return TokPos(new MatchAs(null, n.Text), n);
                }
                Expr cls = TokPos(new Name(n.Text!, ExprContext.Load), n);
                while (Accept(TokenKind.Dot))
                {
                    if (Kind != TokenKind.Name) throw InvalidSyntax();
                    cls = Fin(new Ast.Attribute(cls, Next().Text!, ExprContext.Load), start);
                }
                if (Kind != TokenKind.LPar) return Fin(new MatchValue(cls), start);
                return ParseClassPattern(start, cls);
            }
            default:
                throw InvalidSyntax();
        }
    }

    Expr ParseSignedNumberOrComplex()
    {
        var start = Cur;
        Expr real;
        if (Kind == TokenKind.Minus)
        {
            var minus = Next();
            if (Kind != TokenKind.Number) throw InvalidSyntax();
            var num = Next();
            real = Fin(new UnaryOp(UnaryOperator.USub, TokPos(new Constant(ParseNumber(num.Text!)), num)), minus);
        }
        else
        {
            var num = Next();
            real = TokPos(new Constant(ParseNumber(num.Text!)), num);
        }
        if (Kind is not (TokenKind.Plus or TokenKind.Minus)) return real;
        var op = Next().Kind == TokenKind.Plus ? Operator.Add : Operator.Sub;
        if (Kind != TokenKind.Number) throw InvalidSyntax();
        var imagTok = Next();
        var imag = TokPos(new Constant(ParseNumber(imagTok.Text!)), imagTok);
        if (imag.Value is not System.Numerics.Complex) throw ErrorAt("imaginary number required in complex literal", imag);
        var realValue = real is Constant rc ? rc.Value : ((Constant)((UnaryOp)real).Operand).Value;
        if (realValue is System.Numerics.Complex) throw ErrorAt("real number required in complex literal", real);
        return Fin(new BinOp(real, op, imag), start);
    }

    Pattern ParseMappingPattern()
    {
        var start = Next();
        var keys = new List<Expr>();
        var pats = new List<Pattern>();
        string? rest = null;
        while (Kind != TokenKind.RBrace)
        {
            if (Kind == TokenKind.DoubleStar)
            {
                p++;
                if (Kind != TokenKind.Name) throw InvalidSyntax();
                rest = Next().Text;
                Accept(TokenKind.Comma);
                if (Kind != TokenKind.RBrace) throw InvalidSyntax();
                break;
            }
            keys.Add(ParseMappingKey());
            if (Kind != TokenKind.Colon) throw InvalidSyntax();
            p++;
            pats.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        if (Kind != TokenKind.RBrace) throw InvalidSyntax();
        p++;
        return Fin(new MatchMapping(keys, pats, rest), start);
    }

    Expr ParseMappingKey()
    {
        var start = Cur;
        switch (Kind)
        {
            case TokenKind.None: p++; return TokPos(new Constant(null), start);
            case TokenKind.True: p++; return TokPos(new Constant(true), start);
            case TokenKind.False: p++; return TokPos(new Constant(false), start);
            case TokenKind.Number: case TokenKind.Minus: return ParseSignedNumberOrComplex();
            case TokenKind.String: case TokenKind.FStringStart: return ParseStrings();
            case TokenKind.Name:
            {
                var n = Next();
                Expr e = TokPos(new Name(n.Text!, ExprContext.Load), n);
                if (Kind != TokenKind.Dot) throw InvalidSyntax();
                while (Accept(TokenKind.Dot))
                {
                    if (Kind != TokenKind.Name) throw InvalidSyntax();
                    e = Fin(new Ast.Attribute(e, Next().Text!, ExprContext.Load), start);
                }
                return e;
            }
            default: throw InvalidSyntax();
        }
    }

    Pattern ParseClassPattern(in Token start, Expr cls)
    {
        p++;    // '('
        var pats = new List<Pattern>();
        var kwNames = new List<string>();
        var kwPats = new List<Pattern>();
        while (Kind != TokenKind.RPar)
        {
            if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                var n = Next();
                p++;
                kwNames.Add(n.Text!);
                kwPats.Add(ParsePattern());
            }
            else
            {
                var pat = ParsePattern();
                if (kwNames.Count > 0) throw ErrorAt("positional patterns follow keyword patterns", pat);
                pats.Add(pat);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (Kind != TokenKind.RPar) throw InvalidSyntax();
        p++;
        return Fin(new MatchClass(cls, pats, kwNames, kwPats), start);
    }
}
