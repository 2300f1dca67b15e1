using Kaa.Compiler.Ast;

namespace Kaa.Compiler.Parsing;

// Parameter lists of `def` and `lambda`, and PEP 695/696 type parameter lists.
internal sealed partial class ParserCore
{
    /// <summary>Parses parameters up to (not including) <paramref name="closer"/> (')' for def, ':' for
    /// lambda). Lambda parameters have no annotations.</summary>
    Arguments ParseParameters(TokenKind closer, bool lambda)
    {
        var a = new Arguments();
        var plain = new List<Arg>();
        var defaults = new List<Expr>();
        bool sawSlash = false, sawStar = false, sawDefault = false, bareStar = false;
        Token starTok = default;
        while (Kind != closer)
        {
            switch (Kind)
            {
                case TokenKind.Slash:
                {
                    var slash = Cur;
                    if (sawSlash) throw ErrorAt("/ may appear only once", slash);
                    if (sawStar) throw ErrorAt("/ must be ahead of *", slash);
                    if (plain.Count == 0) throw ErrorAt("at least one argument must precede /", slash);
                    p++;
                    a.PosOnlyArgs = plain;
                    plain = new List<Arg>();
                    sawSlash = true;
                    break;
                }
                case TokenKind.Star:
                {
                    starTok = Cur;
                    if (sawStar) throw ErrorAt("* argument may appear only once", starTok);
                    p++;
                    sawStar = true;
                    if (Kind == TokenKind.Comma || Kind == closer)
                    {
                        bareStar = true;
                        if (Kind == closer || PeekKind(1) == closer || PeekKind(1) == TokenKind.DoubleStar)
                            throw ErrorAt("named arguments must follow bare *", lambda ? toks[Kind == closer ? p : p + 1] : starTok);
                    }
                    else
                    {
                        a.VarArg = ParseParam(lambda, starAnnotation: true);
                        if (Kind == TokenKind.Equal) throw ErrorAt("var-positional argument cannot have default value", Cur);
                    }
                    break;
                }
                case TokenKind.DoubleStar:
                {
                    p++;
                    a.KwArg = ParseParam(lambda, starAnnotation: false);
                    if (Kind == TokenKind.Equal) throw ErrorAt("var-keyword argument cannot have default value", Cur);
                    if (Kind == TokenKind.Comma) p++;
                    if (Kind != closer)
                    {
                        if (Kind is TokenKind.Name or TokenKind.Star or TokenKind.DoubleStar)
                            throw ErrorAt("arguments cannot follow var-keyword argument", Cur);
                        throw InvalidSyntax();
                    }
                    goto done;
                }
                default:
                {
                    if (Kind != TokenKind.Name)
                    {
                        if (Kind == TokenKind.LPar && !lambda) throw InvalidSyntax();
                        throw InvalidSyntax();
                    }
                    var arg = ParseParam(lambda, starAnnotation: false);
                    Expr? def = null;
                    if (Accept(TokenKind.Equal))
                    {
                        if (Kind == TokenKind.Comma || Kind == closer) throw ErrorAt("expected default value expression", Prev);
                        def = ParseExpression();
                    }
                    if (sawStar) { a.KwOnlyArgs.Add(arg); a.KwDefaults.Add(def); }
                    else
                    {
                        if (def != null) { defaults.Add(def); sawDefault = true; }
                        else if (sawDefault) throw ErrorAt("parameter without a default follows parameter with a default", arg);
                        plain.Add(arg);
                    }
                    break;
                }
            }
            if (Kind == TokenKind.Comma) { p++; continue; }
            if (Kind != closer)
            {
                if (!lambda && Kind == TokenKind.Colon && plain.Count > 0) throw InvalidSyntax();
                throw InvalidSyntax();
            }
        }
        done:
        if (bareStar && a.KwOnlyArgs.Count == 0) throw ErrorAt("named arguments must follow bare *", starTok);
        a.Args = plain;
        a.Defaults = defaults;
        return a;
    }

    Arg ParseParam(bool lambda, bool starAnnotation)
    {
        if (Kind != TokenKind.Name) throw InvalidSyntax();
        var n = Next();
        Expr? ann = null;
        if (!lambda && Accept(TokenKind.Colon))
            ann = starAnnotation && Kind == TokenKind.Star ? ParseStarExpression() : ParseExpression();
        return Fin(new Arg(n.Text!, ann), n);
    }

    List<TypeParam> ParseTypeParams()
    {
        p++;    // '['

        var list = new List<TypeParam>();
        if (Kind == TokenKind.RSqb)
            throw new SyntaxErrorException("SyntaxError", "Type parameter list cannot be empty", filename, Cur.Line, Cur.Col + 1, LineText(Cur.Line), Cur.Line, Cur.Col + 1);
        while (Kind != TokenKind.RSqb)
        {
            var start = Cur;
            TypeParam tp;
            if (Accept(TokenKind.Star))
            {
                string name = ExpectName();
                if (Kind == TokenKind.Colon)
                {
                    var colon = Next();
                    var bound = ParseExpression();
                    throw Error(bound is TupleExpr ? "cannot use constraints with TypeVarTuple" : "cannot use bound with TypeVarTuple", colon.Line, colon.Col, bound.EndLineno, bound.EndColOffset);
                }
                tp = new TypeVarTuple { Name = name };
                if (Accept(TokenKind.Equal)) tp.DefaultValue = ParseStarExpression();
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                string name = ExpectName();
                if (Kind == TokenKind.Colon)
                {
                    var colon = Next();
                    var bound = ParseExpression();
                    throw Error(bound is TupleExpr ? "cannot use constraints with ParamSpec" : "cannot use bound with ParamSpec", colon.Line, colon.Col, bound.EndLineno, bound.EndColOffset);
                }
                tp = new ParamSpec { Name = name };
                if (Accept(TokenKind.Equal)) tp.DefaultValue = ParseExpression();
            }
            else
            {
                string name = ExpectName();
                var tv = new TypeVar { Name = name };
                if (Accept(TokenKind.Colon)) tv.Bound = ParseExpression();
                if (Accept(TokenKind.Equal)) tv.DefaultValue = ParseExpression();
                tp = tv;
            }
            list.Add(Fin(tp, start));
            if (!Accept(TokenKind.Comma)) break;
        }
        if (Kind != TokenKind.RSqb) throw InvalidSyntax();
        p++;
        return list;
    }
}
