using Kaa.Compiler.Ast;

namespace Kaa.Compiler.Parsing;

// Statements: simple statements, assignments and the compound statements (except `match`, in
// Parser.Patterns.cs). Compound statements end where the last statement of their last block ends.
internal sealed partial class ParserCore
{
    void ParseStatement(List<Stmt> body)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (Kind)
        {
            case TokenKind.If: body.Add(ParseIf(isElif: false)); return;
            case TokenKind.While: body.Add(ParseWhile()); return;
            case TokenKind.For: body.Add(ParseFor(null)); return;
            case TokenKind.Try: body.Add(ParseTry()); return;
            case TokenKind.With: body.Add(ParseWith(null)); return;
            case TokenKind.Def: body.Add(ParseFunctionDef(null, new List<Expr>())); return;
            case TokenKind.Class: body.Add(ParseClassDef(new List<Expr>())); return;
            case TokenKind.At: body.Add(ParseDecorated()); return;
            case TokenKind.Async:
            {
                var start = Cur;
                switch (PeekKind(1))
                {
                    case TokenKind.Def: p++; body.Add(ParseFunctionDef(start, new List<Expr>())); return;
                    case TokenKind.For: p++; body.Add(ParseFor(start)); return;
                    case TokenKind.With: p++; body.Add(ParseWith(start)); return;
                }
                p++;
                throw InvalidSyntax();
            }
            case TokenKind.Name when Cur.Text == "match" && LooksLikeMatch():
                if (TryParseMatch() is { } m) { body.Add(m); return; }
                break;
            case TokenKind.Indent:
                throw IndentError("unexpected indent", Cur);
            case TokenKind.Dedent:
                throw ErrorAt("unindent does not match any outer indentation level", Cur, "IndentationError");
        }
        ParseSimpleStatements(body);
    }

    void ParseSimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (Kind == TokenKind.Semi)
            {
                p++;
                if (Kind == TokenKind.Newline) break;
                continue;
            }
            break;
        }
        if (Kind != TokenKind.Newline) throw AfterStatementError();
        p++;
    }

    /// <summary>The error for a token that cannot follow a complete simple statement.</summary>
    SyntaxErrorException AfterStatementError()
    {
        ref Token t = ref Cur;
        ref Token prev = ref Prev;
        // `print "x"` and `exec "x"`: Python 2 statements.
        if (p >= 1 && prev.Kind == TokenKind.Name && (prev.Text == "print" || prev.Text == "exec") &&
            (p == 1 || toks[p - 2].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.Semi) &&
            StartsExpression(t.Kind))
        {
            int save = p;
            var arg = ParseStarExpressions();
            p = save;
            return Error($"Missing parentheses in call to '{prev.Text}'. Did you mean {prev.Text}(...)?", prev.Line, prev.Col, arg.EndLineno, arg.EndColOffset);
        }
        return InvalidSyntax();
    }

    static bool StartsExpression(TokenKind k) => k switch
    {
        TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringStart or TokenKind.LPar or
        TokenKind.LSqb or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or
        TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.None or TokenKind.True or
        TokenKind.False or TokenKind.Ellipsis or TokenKind.Star => true,
        _ => false,
    };

    Stmt ParseSimpleStatement()
    {
        var start = Cur;
        switch (Kind)
        {
            case TokenKind.Pass: p++; return TokPos(new Pass(), start);
            case TokenKind.Break: p++; return TokPos(new Break(), start);
            case TokenKind.Continue: p++; return TokPos(new Continue(), start);
            case TokenKind.Return:
            {
                p++;
                Expr? v = StartsExpression(Kind) ? ParseStarExpressions() : null;
                return Fin(new Return(v), start);
            }
            case TokenKind.Raise:
            {
                p++;
                Expr? exc = null, cause = null;
                if (StartsExpression(Kind))
                {
                    exc = ParseExpression();
                    if (Accept(TokenKind.From)) cause = ParseExpression();
                }
                return Fin(new Raise(exc, cause), start);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                p++;
                var names = new List<string> { ExpectName() };
                while (Accept(TokenKind.Comma)) names.Add(ExpectName());
                return start.Kind == TokenKind.Global ? Fin(new Global(names), start) : Fin(new Nonlocal(names), start);
            }
            case TokenKind.Del: return ParseDel();
            case TokenKind.Assert:
            {
                p++;
                var test = ParseExpression();
                Expr? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                return Fin(new Assert(test, msg), start);
            }
            case TokenKind.Import: return ParseImport();
            case TokenKind.From: return ParseFromImport();
            case TokenKind.Name when Cur.Text == "type" && PeekKind(1) == TokenKind.Name:
                return ParseTypeAlias();
        }
        return ParseExpressionStatement();
    }

    Stmt ParseDel()
    {
        var start = Next();
        var targets = new List<Expr>();
        while (true)
        {
            targets.Add(Kind == TokenKind.Star ? ParseStarExpression() : ParseExpression());
            if (Kind != TokenKind.Comma) break;
            p++;
            if (Kind is TokenKind.Newline or TokenKind.Semi) break;
        }
        if (Kind is not (TokenKind.Newline or TokenKind.Semi))
        {
            // `del x + 1`, `del f() if a else b`...: report the whole expression's invalid part.
            throw InvalidSyntax();
        }
        foreach (var t in targets)
        {
            if (!TrySetContext(t, ExprContext.Del, del: true)) throw InvalidTargetError(t, TargetsType.Del);
        }
        return Fin(new Delete(targets), start);
    }

    Stmt ParseImport()
    {
        var start = Next();
        var names = new List<Alias>();
        do
        {
            if (Kind != TokenKind.Name) throw InvalidSyntax();
            var aStart = Cur;
            string name = ParseDottedName();
            string? asname = null;
            if (Accept(TokenKind.As)) asname = ExpectName();
            names.Add(Fin(new Alias(name, asname), aStart));
        } while (Accept(TokenKind.Comma));
        if (Kind == TokenKind.From)
        {
            // `import a from b`
            p++;
            if (Kind == TokenKind.Name) ParseDottedName();
            throw Error("Did you mean to use 'from ... import ...' instead?", start.Line, start.Col, Prev.EndLine, Prev.EndCol);
        }
        return Fin(new Import(names), start);
    }

    string ParseDottedName()
    {
        string name = ExpectName();
        if (Kind != TokenKind.Dot) return name;
        var parts = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot)) parts.Append('.').Append(ExpectName());
        return parts.ToString();
    }

    Stmt ParseFromImport()
    {
        var start = Next();
        int level = 0;
        while (true)
        {
            if (Kind == TokenKind.Dot) { level++; p++; }
            else if (Kind == TokenKind.Ellipsis) { level += 3; p++; }
            else break;
        }
        string? module = null;
        if (Kind == TokenKind.Name) module = ParseDottedName();
        else if (level == 0) throw InvalidSyntax();
        if (Kind != TokenKind.Import) throw InvalidSyntax();
        p++;
        if (Kind == TokenKind.Newline)
            throw Error("Expected one or more names after 'import'", Cur.Line, Cur.Col, Cur.Line, Cur.Col);
        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            names.Add(TokPos(new Alias("*", null), Next()));
        }
        else if (Accept(TokenKind.LPar))
        {
            ParseImportAsNames(names);
            if (Accept(TokenKind.Comma) && Kind != TokenKind.RPar) throw InvalidSyntax();
            Expect(TokenKind.RPar);
        }
        else
        {
            ParseImportAsNames(names);
            if (Kind == TokenKind.Comma)
            {
                if (PeekKind(1) == TokenKind.Newline)
                    throw ErrorAt("trailing comma not allowed without surrounding parentheses", toks[p + 1]);
                throw InvalidSyntax();
            }
        }
        return Fin(new ImportFrom(module, names, level), start);
    }

    void ParseImportAsNames(List<Alias> names)
    {
        while (true)
        {
            if (Kind != TokenKind.Name) throw InvalidSyntax();
            var aStart = Next();
            string? asname = Accept(TokenKind.As) ? ExpectName() : null;
            names.Add(Fin(new Alias(aStart.Text!, asname), aStart));
            if (Kind != TokenKind.Comma || PeekKind(1) != TokenKind.Name) break;
            p++;
        }
    }

    Stmt ParseTypeAlias()
    {
        var start = Next();    // soft keyword 'type'
        var nameTok = Next();
        var name = TokPos(new Name(nameTok.Text!, ExprContext.Store), nameTok);
        var tparams = Kind == TokenKind.LSqb ? ParseTypeParams() : new List<TypeParam>();
        Expect(TokenKind.Equal);
        var value = ParseExpression();
        return Fin(new TypeAlias(name, tparams, value), start);
    }

    // ------------------------------------------------------------------ expression statements

    static bool IsAugAssign(TokenKind k, out Operator op)
    {
        op = k switch
        {
            TokenKind.PlusEqual => Operator.Add, TokenKind.MinEqual => Operator.Sub, TokenKind.StarEqual => Operator.Mult,
            TokenKind.AtEqual => Operator.MatMult, TokenKind.SlashEqual => Operator.Div, TokenKind.PercentEqual => Operator.Mod,
            TokenKind.AmperEqual => Operator.BitAnd, TokenKind.VBarEqual => Operator.BitOr, TokenKind.CircumflexEqual => Operator.BitXor,
            TokenKind.LeftShiftEqual => Operator.LShift, TokenKind.RightShiftEqual => Operator.RShift,
            TokenKind.DoubleStarEqual => Operator.Pow, TokenKind.DoubleSlashEqual => Operator.FloorDiv,
            _ => (Operator)(-1),
        };
        return (int)op >= 0;
    }

    Expr ParseYieldOrStarExpressions() => Kind == TokenKind.Yield ? ParseYieldExpr() : ParseStarExpressions();

    Stmt ParseExpressionStatement()
    {
        var start = Cur;
        int startIdx = p;
        if (!StartsExpression(Kind) && Kind != TokenKind.Yield) throw InvalidSyntax();
        Expr first = ParseYieldOrStarExpressions();
        switch (Kind)
        {
            case TokenKind.Equal:
            {
                var targets = new List<Expr> { first };
                Expr value;
                while (true)
                {
                    p++;
                    var rhs = ParseYieldOrStarExpressions();
                    if (Kind == TokenKind.Equal) { targets.Add(rhs); continue; }
                    value = rhs;
                    break;
                }
                for (int i = 0; i < targets.Count; i++)
                {
                    if (!TrySetContext(targets[i], ExprContext.Store, del: false))
                        throw AssignTargetError(targets[i], i, targets.Count, value);
                }
                return Fin(new Assign(targets, value), start);
            }
            case TokenKind.Colon:
            {
                bool parenthesized = toks[startIdx].Kind == TokenKind.LPar;
                switch (first)
                {
                    case Name:
                    case Ast.Attribute:
                    case Subscript:
                        break;
                    case TupleExpr t:
                        throw ErrorAt("only single target (not tuple) can be annotated", parenthesized || t.Elts.Count == 0 ? t : t.Elts[0]);
                    case ListExpr:
                        throw ErrorAt("only single target (not list) can be annotated", first);
                    default:
                        throw ErrorAt("illegal target for annotation", first);
                }
                TrySetContext(first, ExprContext.Store, del: false);
                p++;
                var annotation = ParseExpression();
                Expr? value = null;
                if (Accept(TokenKind.Equal)) value = ParseYieldOrStarExpressions();
                return Fin(new AnnAssign(first, annotation, value, first is Name && !parenthesized), start);
            }
            default:
                if (IsAugAssign(Kind, out var op))
                {
                    if (first is not (Name or Ast.Attribute or Subscript))
                        throw ErrorAt($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
                    TrySetContext(first, ExprContext.Store, del: false);
                    p++;
                    var value = ParseYieldOrStarExpressions();
                    return Fin(new AugAssign(first, op, value), start);
                }
                return Fin(new ExprStmt(first), start);
        }
    }

    /// <summary>CPython's `invalid_assignment` and `invalid_named_expression` messages.</summary>
    SyntaxErrorException AssignTargetError(Expr target, int index, int count, Expr value)
    {
        if (target is Yield or YieldFrom && !IsParenthesized(target)) return ErrorAt("assignment to yield expression not possible", target);
        if (index == 0 && count == 1)
        {
            // `f() = 1`: the last element before '=' gets "... here. Maybe you meant '==' instead of '='?".
            Expr candidate = target is TupleExpr t && !IsParenTuple(t) && t.Elts.Count > 0 ? t.Elts[^1] : target;
            if (candidate is Name && !IsParenthesized(candidate) && StartsWithBitwiseOr(value))
                return ErrorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", candidate, LeftmostBitwiseOr(value));
            if (!TrySetContextDry(candidate) && IsBitwiseOrLevel(candidate) && StartsWithBitwiseOr(value) &&
                candidate is not (ListExpr or GeneratorExp or TupleExpr) &&
                !(candidate is Constant { Value: null or bool }) && !(candidate is Starred))
            {
                var bad = candidate;
                return ErrorAt($"cannot assign to {ExprName(bad)} here. Maybe you meant '==' instead of '='?", bad);
            }
        }
        return InvalidTargetError(target, TargetsType.Star);
    }

    static bool TrySetContextDry(Expr e) => InvalidTarget(e, TargetsType.Star) == null;

    /// <summary>Whether the expression's source is wrapped in parentheses (only used to pick error messages).</summary>
    bool IsParenthesized(Expr e)
    {
        int s = OffsetOf(e.Lineno, e.ColOffset) - 1;
        while (s >= 0 && (src[s] == ' ' || src[s] == '\t' || src[s] == '\n' || src[s] == '\\')) s--;
        return s >= 0 && src[s] == '(';
    }

    /// <summary>A tuple's own span includes its parentheses when it has them.</summary>
    bool IsParenTuple(TupleExpr t) => src[OffsetOf(t.Lineno, t.ColOffset)] == '(';

    int OffsetOf(int line, int col)
    {
        int o = 0;
        for (int l = 1; l < line; l++) o = src.IndexOf('\n', o) + 1;
        return o + col;
    }

    bool IsBitwiseOrLevel(Expr e)
    {
        if (IsParenthesized(e)) return true;
        return e switch
        {
            Compare or BoolOp or IfExp or Lambda or Starred or NamedExpr or Yield or YieldFrom => false,
            UnaryOp { Op: UnaryOperator.Not } => false,
            _ => true,
        };
    }

    Expr LeftmostBitwiseOr(Expr e)
    {
        if (e is TupleExpr t && !IsParenTuple(t) && t.Elts.Count > 0) e = t.Elts[0];
        if (IsParenthesized(e)) return e;
        return e switch
        {
            BoolOp b => LeftmostBitwiseOr(b.Values[0]),
            Compare c => LeftmostBitwiseOr(c.Left),
            IfExp i => LeftmostBitwiseOr(i.Body),
            _ => e,
        };
    }

    bool StartsWithBitwiseOr(Expr e)
    {
        if (e is TupleExpr t && !IsParenTuple(t) && t.Elts.Count > 0) e = t.Elts[0];
        if (IsParenthesized(e)) return true;
        return e switch
        {
            Yield or YieldFrom or Lambda or Starred => false,
            UnaryOp { Op: UnaryOperator.Not } => false,
            BoolOp b => StartsWithBitwiseOr(b.Values[0]),
            Compare c => StartsWithBitwiseOr(c.Left),
            IfExp i => StartsWithBitwiseOr(i.Body),
            _ => true,
        };
    }

    // ------------------------------------------------------------------ blocks

    List<Stmt> ParseBlock(string what, int line)
    {
        var list = new List<Stmt>();
        if (Kind == TokenKind.Newline)
        {
            p++;
            if (Kind != TokenKind.Indent)
            {
                if (allowIncomplete && Kind == TokenKind.EndMarker) throw Incomplete();
                string msg = $"expected an indented block after {what} on line {line}";
                if (Kind == TokenKind.EndMarker)
                    throw new SyntaxErrorException("IndentationError", msg, filename, Prev.Line, Prev.Col + 1, LineText(Prev.Line), Prev.Line, -1);
                throw ErrorAt(msg, Cur, "IndentationError");
            }
            p++;
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker) ParseStatement(list);
            Accept(TokenKind.Dedent);
        }
        else
        {
            if (allowIncomplete && Kind == TokenKind.EndMarker) throw Incomplete();
            ParseSimpleStatements(list);
        }
        return list;
    }

    /// <summary>Compound statements end at the last token that is not NEWLINE/INDENT/DEDENT (so a
    /// trailing ';' of the last simple statement counts), like CPython's EXTRA positions.</summary>
    void EndAtLastToken(Node s)
    {
        int i = p - 1;
        while (i > 0 && toks[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent) i--;
        s.EndLineno = toks[i].EndLine; s.EndColOffset = toks[i].EndCol;
    }

    static void StartAt(Node n, in Token t) { n.Lineno = t.Line; n.ColOffset = t.Col; }

    Stmt ParseIf(bool isElif)
    {
        var start = Next();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock(isElif ? "'elif' statement" : "'if' statement", start.Line);
        var orelse = new List<Stmt>();
        if (Kind == TokenKind.Elif) orelse.Add(ParseIf(isElif: true));
        else if (Kind == TokenKind.Else) orelse = ParseElse();
        var s = new If(test, body, orelse);
        StartAt(s, start);
        EndAtLastToken(s);
        return s;
    }

    List<Stmt> ParseElse()
    {
        var e = Next();
        ExpectColon(forced: true);
        return ParseBlock("'else' statement", e.Line);
    }

    Stmt ParseWhile()
    {
        var start = Next();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'while' statement", start.Line);
        var orelse = Kind == TokenKind.Else ? ParseElse() : new List<Stmt>();
        var s = new While(test, body, orelse);
        StartAt(s, start);
        EndAtLastToken(s);
        return s;
    }

    Stmt ParseFor(Token? asyncTok)
    {
        var forTok = Next();
        var target = ParseForTarget();
        if (Kind != TokenKind.In) throw InvalidSyntax();
        p++;
        var iter = ParseStarExpressions();
        ExpectColon();
        var body = ParseBlock("'for' statement", forTok.Line);
        var orelse = Kind == TokenKind.Else ? ParseElse() : new List<Stmt>();
        var s = new For { Target = target, Iter = iter, Body = body, Orelse = orelse, IsAsync = asyncTok != null };
        StartAt(s, asyncTok ?? forTok);
        EndAtLastToken(s);
        return s;
    }

    /// <summary>`star_targets` before 'in' (for statements and comprehensions). Parsed as primaries so that
    /// 'in' is not taken as a comparison; on failure, CPython's `invalid_for_target` message.</summary>
    Expr ParseForTarget()
    {
        var start = Cur;
        int save = p;
        var elts = new List<Expr>();
        bool comma = false;
        while (true)
        {
            var e = ParseStarTarget();
            if (e == null) break;
            elts.Add(e);
            if (Kind != TokenKind.Comma) break;
            comma = true;
            p++;
            if (Kind == TokenKind.In) break;
        }
        if (elts.Count > 0 && Kind == TokenKind.In)
        {
            Expr target = comma ? Fin(new TupleExpr(elts, ExprContext.Store), start) : elts[0];
            if (TrySetContext(target, ExprContext.Store, del: false)) return target;
        }
        // Re-parse as expressions to name the invalid target the way CPython does.
        p = save;
        var all = ParseStarExpressions();
        var bad = InvalidTarget(all, TargetsType.For);
        if (bad != null) throw ErrorAt($"cannot assign to {ExprName(bad)}", bad);
        throw InvalidSyntax();
    }

    Expr? ParseStarTarget()
    {
        if (Kind == TokenKind.Star)
        {
            var st = Next();
            var inner = ParseStarTarget();
            if (inner == null) return null;
            return Fin(new Starred(inner, ExprContext.Store), st);
        }
        if (!StartsExpression(Kind)) return null;
        return ParsePrimary();
    }

    Stmt ParseWith(Token? asyncTok)
    {
        var withTok = Next();
        var items = new List<WithItem>();
        bool done = false;
        if (Kind == TokenKind.LPar && ParenFollowedByColon())
        {
            // `with (a as b, c):` -- parenthesized items; falls back to a parenthesized expression.
            int save = p;
            try
            {
                p++;
                while (true)
                {
                    items.Add(ParseWithItem());
                    if (!Accept(TokenKind.Comma) || Kind == TokenKind.RPar) break;
                }
                if (Accept(TokenKind.RPar) && Kind == TokenKind.Colon) done = true;
            }
            catch (SyntaxErrorException) { }
            if (!done) { p = save; items.Clear(); }
        }
        if (!done)
        {
            do items.Add(ParseWithItem()); while (Accept(TokenKind.Comma));
        }
        ExpectColon();
        var body = ParseBlock("'with' statement", withTok.Line);
        var s = new With { Items = items, Body = body, IsAsync = asyncTok != null };
        StartAt(s, asyncTok ?? withTok);
        EndAtLastToken(s);
        return s;
    }

    bool ParenFollowedByColon()
    {
        int depth = 0;
        for (int i = p; i < toks.Length; i++)
        {
            switch (toks[i].Kind)
            {
                case TokenKind.LPar: case TokenKind.LSqb: case TokenKind.LBrace: depth++; break;
                case TokenKind.RPar: case TokenKind.RSqb: case TokenKind.RBrace:
                    if (--depth == 0) return toks[i + 1].Kind == TokenKind.Colon;
                    break;
                case TokenKind.Newline: case TokenKind.EndMarker: return false;
            }
        }
        return false;
    }

    WithItem ParseWithItem()
    {
        var e = ParseExpression();
        Expr? vars = null;
        if (Accept(TokenKind.As))
        {
            int save = p;
            vars = ParseStarTarget();
            if (vars == null || Kind is not (TokenKind.Comma or TokenKind.RPar or TokenKind.Colon) ||
                !TrySetContext(vars, ExprContext.Store, del: false))
            {
                p = save;
                var all = ParseExpression();
                if (Kind is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon) throw InvalidTargetError(all, TargetsType.Star);
                throw InvalidSyntax();
            }
        }
        return new WithItem(e, vars);
    }

    Stmt ParseTry()
    {
        var start = Next();
        ExpectColon(forced: true);
        var s = new Try { Body = ParseBlock("'try' statement", start.Line) };
        bool sawPlain = false, sawStar = false;
        while (Kind == TokenKind.Except)
        {
            var exTok = Next();
            bool star = Accept(TokenKind.Star);
            if (star) sawStar = true; else sawPlain = true;
            if (sawStar && sawPlain)
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", exTok.Line, exTok.Col, Prev.EndLine, Prev.EndCol);
            Expr? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                var tStart = Cur;
                type = ParseExpression();
                if (Kind == TokenKind.Comma)
                {
                    // PEP 758 (3.14): `except A, B:` without parentheses, when there is no 'as'.
                    var elts = new List<Expr> { type };
                    while (Accept(TokenKind.Comma)) elts.Add(ParseExpression());
                    type = Fin(new TupleExpr(elts, ExprContext.Load), tStart);
                    if (Kind == TokenKind.As) throw ErrorAt("multiple exception types must be parenthesized", type);
                }
                if (Accept(TokenKind.As)) name = ExpectName();
            }
            else if (star) throw ErrorAt("expected one or more exception types", Cur);
            ExpectColon();
            var body = ParseBlock(star ? "'except*' statement" : "'except' statement", exTok.Line);
            var h = new ExceptHandler(type, name, body);
            StartAt(h, exTok);
            EndAtLastToken(h);
            s.Handlers.Add(h);
        }
        s.IsStar = sawStar;
        if (Kind == TokenKind.Else)
        {
            if (s.Handlers.Count == 0) throw ErrorAt("expected 'except' or 'finally' block", Cur);
            s.Orelse = ParseElse();
        }
        if (Kind == TokenKind.Finally)
        {
            var f = Next();
            ExpectColon(forced: true);
            s.Finalbody = ParseBlock("'finally' statement", f.Line);
        }
        if (s.Handlers.Count == 0 && s.Finalbody.Count == 0) throw ErrorAt("expected 'except' or 'finally' block", Cur);
        StartAt(s, start);
        EndAtLastToken(s);
        return s;
    }

    Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Kind == TokenKind.At)
        {
            p++;
            decorators.Add(ParseNamedExpression());
            if (Kind != TokenKind.Newline) throw InvalidSyntax();
            p++;
        }
        switch (Kind)
        {
            case TokenKind.Def: return ParseFunctionDef(null, decorators);
            case TokenKind.Class: return ParseClassDef(decorators);
            case TokenKind.Async when PeekKind(1) == TokenKind.Def:
                var a = Next();
                return ParseFunctionDef(a, decorators);
            default:
                if (allowIncomplete && Kind == TokenKind.EndMarker) throw Incomplete();
                throw InvalidSyntax();
        }
    }

    Stmt ParseFunctionDef(Token? asyncTok, List<Expr> decorators)
    {
        var defTok = Next();
        if (Kind != TokenKind.Name) throw InvalidSyntax();
        var name = Next().Text!;
        var tparams = Kind == TokenKind.LSqb ? ParseTypeParams() : new List<TypeParam>();
        if (Kind != TokenKind.LPar) throw ErrorAt("expected '('", Cur);
        p++;
        var args = ParseParameters(TokenKind.RPar, lambda: false);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (Accept(TokenKind.RArrow)) returns = ParseExpression();
        ExpectColon(forced: true);
        var body = ParseBlock("function definition", defTok.Line);
        var f = new FunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns, TypeParams = tparams, IsAsync = asyncTok != null };
        StartAt(f, asyncTok ?? defTok);
        EndAtLastToken(f);
        return f;
    }

    Stmt ParseClassDef(List<Expr> decorators)
    {
        var classTok = Next();
        if (Kind != TokenKind.Name) throw InvalidSyntax();
        var name = Next().Text!;
        var tparams = Kind == TokenKind.LSqb ? ParseTypeParams() : new List<TypeParam>();
        var c = new ClassDef { Name = name, DecoratorList = decorators, TypeParams = tparams };
        if (Accept(TokenKind.LPar))
        {
            ParseCallArguments(c.Bases, c.Keywords);
            Expect(TokenKind.RPar);
        }
        ExpectColon();
        c.Body = ParseBlock("class definition", classTok.Line);
        StartAt(c, classTok);
        EndAtLastToken(c);
        return c;
    }
}
