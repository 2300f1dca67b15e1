using Kaa.Compiler.Ast;

namespace Kaa.Compiler.Parsing;

/// <summary>
/// The Python 3.14 parser: source text to <see cref="Ast"/> trees, with CPython's error messages and
/// positions for the common mistakes. Errors throw <see cref="SyntaxErrorException"/>.
/// </summary>
public static class Parser
{
    /// <summary>The text positions in the trees refer to: line endings and the BOM normalized as the tokenizer does.</summary>
    public static string NormalizeSource(string source) => Tokenizer.Normalize(source);

    /// <summary>Parses a module ('exec' mode).</summary>
    /// <param name="allowIncomplete">PyCF_ALLOW_INCOMPLETE_INPUT: input that ends inside a bracket or
    /// string raises "_IncompleteInputError" instead of the SyntaxError it would otherwise be.</param>
    public static ModuleNode ParseModule(string source, string filename, List<CompileWarning>? warnings = null, bool allowIncomplete = false)
        => Guard(filename, () => new ParserCore(source, filename, allowIncomplete) { Warnings = warnings }.ParseFile());

    /// <summary>Deeply nested input (thousands of unary operators, say) runs out of stack; CPython reports
    /// its own parser-stack limit in that case.</summary>
    static T Guard<T>(string filename, Func<T> parse)
    {
        try { return parse(); }
        catch (InsufficientExecutionStackException)
        {
            throw new SyntaxErrorException("SyntaxError", "Parser stack overflowed - Python source too complex to parse", filename, 1, 1, null);
        }
    }

    /// <summary>Parses one expression ('eval' mode). Leading whitespace is allowed, as in eval().</summary>
    public static Expression ParseExpression(string source, string filename, List<CompileWarning>? warnings = null)
    {
        // eval() strips leading spaces and tabs of the first line before compiling.
        int i = 0;
        while (i < source.Length && (source[i] == ' ' || source[i] == '\t')) i++;
        return Guard(filename, () => new ParserCore(source, filename, allowIncomplete: false, leadingTrim: i, evalMode: true) { Warnings = warnings }.ParseEval());
    }

    /// <summary>Parses one interactive statement ('single' mode). With <paramref name="allowIncomplete"/>
    /// (PyCF_ALLOW_INCOMPLETE_INPUT), input that ends inside an unfinished statement throws a
    /// SyntaxErrorException whose Kind is "_IncompleteInputError", so a REPL asks for more lines; with
    /// <paramref name="dontImplyDedent"/> too (PyCF_DONT_IMPLY_DEDENT, what codeop and the REPL pass) a
    /// compound statement is unfinished until a line break follows its last line.</summary>
    public static Interactive ParseInteractive(string source, string filename, List<CompileWarning>? warnings = null,
        bool allowIncomplete = false, bool dontImplyDedent = false)
        => Guard(filename, () => new ParserCore(source, filename, allowIncomplete) { Warnings = warnings, DontImplyDedent = dontImplyDedent }.ParseInteractive());
}

/// <summary>
/// The recursive-descent parser. One instance parses one source. The grammar follows CPython's
/// Grammar/python.gram; where the PEG grammar backtracks, this parser usually parses the more general form
/// (an expression) and then checks or converts it (to an assignment target, say), restoring the token
/// index only in the few places where that is not possible. Split in partial files by grammar area.
/// </summary>
internal sealed partial class ParserCore
{
    readonly string src;
    readonly string filename;
    readonly bool allowIncomplete;
    readonly Token[] toks;
    readonly Tokenizer.Bracket? unclosed;
    readonly SyntaxErrorException? deferred;
    /// <summary>Where SyntaxWarnings go (null: not collected); a literal re-read after backtracking warns once.</summary>
    internal List<CompileWarning>? Warnings
    {
        get => warnings;
        // The tokenizer has run by now (in the constructor): its warnings come first.
        init { warnings = value; value?.AddRange(tokenizerWarnings); }
    }
    readonly List<CompileWarning>? warnings;
    readonly List<CompileWarning> tokenizerWarnings;
    /// <summary>PyCF_DONT_IMPLY_DEDENT for 'single' input (see <see cref="Parser.ParseInteractive"/>).</summary>
    internal bool DontImplyDedent;
    HashSet<int>? warnedAt;
    int p;

    public ParserCore(string source, string filename, bool allowIncomplete, int leadingTrim = 0, bool evalMode = false)
    {
        this.filename = filename;
        this.allowIncomplete = allowIncomplete;
        src = Tokenizer.Normalize(source);
        // eval() strips leading spaces and tabs; columns are then relative to the stripped text, as in CPython.
        if (leadingTrim > 0) src = src[leadingTrim..];
        var t = Tokenizer.Run(src, filename, allowIncomplete, evalMode);
        tokenizerWarnings = t.Warnings;
        toks = t.Tokens;
        unclosed = t.UnclosedAtEof;
        deferred = t.DeferredError;
    }

    // ------------------------------------------------------------------ entry points

    public ModuleNode ParseFile()
    {
        var body = new List<Stmt>();
        try
        {
            while (Kind != TokenKind.EndMarker) ParseStatement(body);
        }
        catch (SyntaxErrorException e) when (e.Kind == "SyntaxError") { throw UnclosedOverride(TokenizerErrorFirst(e)); }
        return new ModuleNode(body);
    }

    public Expression ParseEval()
    {
        Expr e;
        try
        {
            e = ParseStarExpressions();
            while (Kind == TokenKind.Newline) p++;
            if (Kind != TokenKind.EndMarker) throw InvalidSyntax();
        }
        catch (SyntaxErrorException ex) when (ex.Kind == "SyntaxError") { throw UnclosedOverride(TokenizerErrorFirst(ex)); }
        return new Expression(e);
    }

    public Interactive ParseInteractive()
    {
        var body = new List<Stmt>();
        if (Kind == TokenKind.EndMarker) return new Interactive(body);
        bool compound = IsCompoundStart();
        try
        {
            ParseStatement(body);
        }
        catch (SyntaxErrorException e) when (e.Kind != "_IncompleteInputError")
        {
            // Input that stops where more tokens were needed is incomplete, not wrong (the parser
            // failed on the line break, dedents and end marker that follow the last token) -- unless
            // it failed on a line break the text really has: CPython's tokenizer had not reached the
            // end then ('x = 1 +\n' is invalid syntax, 'x = 1 +' incomplete).
            bool atRealLineBreak = p < toks.Length && toks[p].Kind == TokenKind.Newline && toks[p].Start < src.Length && src[toks[p].Start] == '\n';
            if (allowIncomplete && AtEndOfInput(p) && !atRealLineBreak) throw Incomplete();
            if (e.Kind == "SyntaxError") throw UnclosedOverride(TokenizerErrorFirst(e));
            throw;
        }
        if (Kind != TokenKind.EndMarker)
        {
            while (Kind is TokenKind.Dedent or TokenKind.Newline) p++;
            if (Kind != TokenKind.EndMarker)
                throw ErrorAt("multiple statements found while compiling a single statement", toks[p]);
        }
        // Without an implied dedent, a compound statement is complete only once a line break ends its
        // last line (the REPL's empty "..." line); before that it is incomplete, or invalid where
        // incomplete input is not allowed.
        if (compound && DontImplyDedent && !EndsWithBlankLine())
            throw allowIncomplete ? Incomplete() : ErrorAt("invalid syntax", toks[Math.Max(0, toks.Length - 2)]);
        return new Interactive(body);
    }

    bool AtEndOfInput(int i)
    {
        for (; i < toks.Length; i++)
            if (toks[i].Kind is not (TokenKind.Dedent or TokenKind.Newline or TokenKind.EndMarker)) return false;
        return true;
    }

    /// <summary>The REPL joins its lines with '\n'; an empty last line leaves the source ending in '\n'
    /// (codeop's rule for when a compound statement is finished).</summary>
    bool EndsWithBlankLine() => src.Length > 0 && src[^1] == '\n';

    bool IsCompoundStart()
    {
        switch (Kind)
        {
            case TokenKind.If: case TokenKind.While: case TokenKind.For: case TokenKind.Try: case TokenKind.With:
            case TokenKind.Def: case TokenKind.Class: case TokenKind.At: case TokenKind.Async:
                return true;
            case TokenKind.Name:
                return toks[p].Text == "match" && LooksLikeMatch();
            default:
                return false;
        }
    }

    SyntaxErrorException Incomplete()
        => new("_IncompleteInputError", "incomplete input", filename, toks[p].Line, toks[p].Col + 1, LineText(toks[p].Line));

    /// <summary>The deferred tokenizer error wins over the parser's error unless the parser stopped before
    /// reaching the bad token with a specific message (CPython would not have read that far).</summary>
    SyntaxErrorException TokenizerErrorFirst(SyntaxErrorException e)
    {
        if (deferred == null) return e;
        int errorIndex = toks.Length - 2;
        return p < errorIndex && e.Msg != "invalid syntax" ? e : deferred;
    }

    /// <summary>CPython reports "'(' was never closed" instead of a parse error found on a later line.</summary>
    SyntaxErrorException UnclosedOverride(SyntaxErrorException e)
    {
        // CPython's error pass usually runs into the end of input inside the bracket, which raises this.
        if (unclosed is { } b && (e.Lineno > b.Line || e.Msg != "invalid syntax" || OnlyEndTokensFrom(Math.Min(p, toks.Length - 1))))
            return NeverClosed(b);
        return e;
    }

    /// <summary>True when nothing but the implicit NEWLINE/DEDENT/ENDMARKER tokens of the end of input
    /// remain from token <paramref name="i"/> on (CPython's tokenizer hits EOF inside the bracket there).</summary>
    bool OnlyEndTokensFrom(int i)
    {
        for (; i < toks.Length; i++)
            if (toks[i].Kind is not (TokenKind.Newline or TokenKind.Dedent or TokenKind.EndMarker)) return false;
        return true;
    }

    SyntaxErrorException NeverClosed(Tokenizer.Bracket b)
        => new("SyntaxError", $"'{b.Ch}' was never closed", filename, b.Line, b.Col + 1, LineText(b.Line), b.Line, 0);

    /// <summary>Tokenizer-style IndentationErrors point past the indentation with no end column.</summary>
    SyntaxErrorException IndentError(string msg, in Token t)
        => new("IndentationError", msg, filename, t.Line, t.Kind == TokenKind.Indent ? t.EndCol : t.Col + 1, LineText(t.Line), t.Line, -1);

    // ------------------------------------------------------------------ token access

    TokenKind Kind => toks[p].Kind;
    ref Token Cur => ref toks[p];
    TokenKind PeekKind(int k) => toks[Math.Min(p + k, toks.Length - 1)].Kind;
    ref Token Prev => ref toks[p - 1];

    Token Next()
    {
        var t = toks[p];
        if (p < toks.Length - 1) p++;
        return t;
    }

    bool Accept(TokenKind k)
    {
        if (toks[p].Kind != k) return false;
        p++;
        return true;
    }

    Token Expect(TokenKind k)
    {
        if (toks[p].Kind != k)
        {
            if (k == TokenKind.Colon && toks[p].Kind == TokenKind.Newline) throw ErrorAt("expected ':'", toks[p]);
            throw InvalidSyntax();
        }
        return Next();
    }

    /// <summary>Expects ':'. Where CPython's grammar forces the token (`&&':'` after def, try, else,
    /// finally) any other token gives "expected ':'"; elsewhere only a NEWLINE does (the `invalid_*_stmt`
    /// rules), and anything else is a plain syntax error.</summary>
    void ExpectColon(bool forced = false)
    {
        if (Kind == TokenKind.Colon) { p++; return; }
        if (forced || Kind == TokenKind.Newline) throw ErrorAt("expected ':'", toks[p]);
        throw InvalidSyntax();
    }

    string ExpectName()
    {
        if (Kind != TokenKind.Name) throw InvalidSyntax();
        return Next().Text!;
    }

    // ------------------------------------------------------------------ positions

    /// <summary>Sets the node's start to the given token and its end to the last consumed token.</summary>
    T Fin<T>(T n, in Token start) where T : Node
    {
        ref Token e = ref toks[p - 1];
        n.Lineno = start.Line; n.ColOffset = start.Col; n.EndLineno = e.EndLine; n.EndColOffset = e.EndCol;
        return n;
    }

    T Fin<T>(T n, Node start) where T : Node
    {
        ref Token e = ref toks[p - 1];
        n.Lineno = start.Lineno; n.ColOffset = start.ColOffset; n.EndLineno = e.EndLine; n.EndColOffset = e.EndCol;
        return n;
    }

    static T Span<T>(T n, Node start, Node end) where T : Node
    {
        n.Lineno = start.Lineno; n.ColOffset = start.ColOffset; n.EndLineno = end.EndLineno; n.EndColOffset = end.EndColOffset;
        return n;
    }

    static T Span<T>(T n, in Token start, Node end) where T : Node
    {
        n.Lineno = start.Line; n.ColOffset = start.Col; n.EndLineno = end.EndLineno; n.EndColOffset = end.EndColOffset;
        return n;
    }

    static T TokPos<T>(T n, in Token t) where T : Node
    {
        n.Lineno = t.Line; n.ColOffset = t.Col; n.EndLineno = t.EndLine; n.EndColOffset = t.EndCol;
        return n;
    }

    // ------------------------------------------------------------------ errors

    /// <summary>The text of a parser error: the line with its newline, which CPython's tokenizer also
    /// supplies for a last line that has none (tokenizer errors keep the bare line).</summary>
    string LineText(int lineno)
    {
        var text = Tokenizer.LineText(src, lineno);
        return text.Length == 0 && !LineExists(lineno) ? text : text + "\n";
    }

    bool LineExists(int lineno)
    {
        int start = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = src.IndexOf('\n', start);
            if (nl < 0 || nl + 1 >= src.Length) return false;
            start = nl + 1;
        }
        return true;
    }

    SyntaxErrorException Error(string msg, int line, int col0, int endLine, int endCol0, string kind = "SyntaxError")
        => new(kind, msg, filename, line, col0 + 1, LineText(line), endLine, endCol0 + 1);

    /// <summary>Records a SyntaxWarning located at a token.</summary>
    void WarnAt(string msg, in Token t, string? errorMsg = null)
    {
        if (Warnings == null || !(warnedAt ??= []).Add(t.Start)) return;
        Warnings.Add(new CompileWarning(msg, t.Line, t.Col + 1, LineText(t.Line), t.EndLine, t.EndCol + 1, errorMsg));
    }

    /// <summary>
    /// Records an invalid escape sequence in a str or bytes literal token at the escape's own line, and at
    /// the column CPython 3.14 computes: counted from the token's column over the literal's body, plus the
    /// opening quotes only when the token has no prefix (so `b'\p'` points at the `b`), or from the line start
    /// after a newline in the literal. The span is the backslash and the next character.
    /// </summary>
    void WarnEscape(EscapeWarning w, in Token t, int prefixLength)
    {
        if (Warnings == null || !(warnedAt ??= []).Add(t.Start)) return;
        string text = t.Text!;
        int quotes = text.Length - prefixLength >= 6 && text[prefixLength + 1] == text[prefixLength] && text[prefixLength + 2] == text[prefixLength] ? 3 : 1;
        int bodyStart = prefixLength + quotes;
        int line = t.Line, col = t.Col;
        bool newline = false;
        for (int i = bodyStart; i < w.Index; i++)
        {
            if (text[i] == '\n') { line++; col = 0; newline = true; }
            else col++;
        }
        if (!newline && prefixLength == 0) col += quotes;
        Warnings.Add(new CompileWarning(w.Warning, line, col + 1, LineText(line), line, col + 3, w.Error));
    }

    /// <summary>An error located at a token (CPython's RAISE_SYNTAX_ERROR on the last token read).</summary>
    SyntaxErrorException ErrorAt(string msg, in Token t, string kind = "SyntaxError")
    {
        if (t.Kind == TokenKind.ErrorToken && msg != "invalid syntax") msg = "invalid syntax";
        return Error(msg, t.Line, t.Col, t.EndLine, t.EndCol, kind);
    }

    /// <summary>An error spanning a node (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).</summary>
    SyntaxErrorException ErrorAt(string msg, Node n)
        => Error(msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    SyntaxErrorException ErrorRange(string msg, Node a, Node b)
        => Error(msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);

    /// <summary>The generic error at the current token, with CPython's special cases for what that token is.</summary>
    SyntaxErrorException InvalidSyntax()
    {
        ref Token t = ref toks[p];
        if (allowIncomplete && t.Kind == TokenKind.EndMarker) return Incomplete();
        if (t.Kind == TokenKind.Indent) return IndentError("unexpected indent", t);
        if (t.Kind == TokenKind.Dedent && AtEndOfInput(p) is false) return ErrorAt("unexpected unindent", t, "IndentationError");
        if (t.Kind == TokenKind.EndMarker && unclosed is { } b) return NeverClosed(b);
        if (t.Kind == TokenKind.EndMarker || (t.Kind == TokenKind.Dedent))
        {
            // CPython points at the end of the last line.
            ref Token last = ref toks[Math.Max(0, p - 1)];
            return Error("invalid syntax", last.EndLine, last.EndCol, last.EndLine, last.EndCol);
        }
        return ErrorAt("invalid syntax", t);
    }

    // ------------------------------------------------------------------ targets

    /// <summary>CPython's `_PyPegen_get_expr_name`: how error messages name an expression.</summary>
    static string ExprName(Expr e) => e switch
    {
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        TemplateStr or Interpolation => "t-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            ConstantEllipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    enum TargetsType { Star, Del, For }

    /// <summary>`_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target, or null.</summary>
    static Expr? InvalidTarget(Expr e, TargetsType type)
    {
        switch (e)
        {
            case ListExpr l:
                foreach (var x in l.Elts) { var r = InvalidTarget(x, type); if (r != null) return r; }
                return null;
            case TupleExpr t:
                foreach (var x in t.Elts) { var r = InvalidTarget(x, type); if (r != null) return r; }
                return null;
            case Starred s:
                return type == TargetsType.Del ? e : InvalidTarget(s.Value, type);
            case Compare c:
                if (type == TargetsType.For) return c.Ops[0] == CmpOp.In ? InvalidTarget(c.Left, type) : null;
                return e;
            case Name or Subscript or Ast.Attribute:
                return null;
            default:
                return e;
        }
    }

    SyntaxErrorException InvalidTargetError(Expr e, TargetsType type)
    {
        var bad = InvalidTarget(e, type);
        if (bad == null) return InvalidSyntax();
        return ErrorAt(type == TargetsType.Del ? $"cannot delete {ExprName(bad)}" : $"cannot assign to {ExprName(bad)}", bad);
    }

    /// <summary>Checks that <paramref name="e"/> is a valid target and sets Store/Del context throughout.</summary>
    void SetContext(Expr e, ExprContext ctx, TargetsType type)
    {
        if (!TrySetContext(e, ctx, type == TargetsType.Del)) throw InvalidTargetError(e, type);
    }

    static bool TrySetContext(Expr e, ExprContext ctx, bool del)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; return true;
            case Ast.Attribute a: a.Ctx = ctx; return true;
            case Subscript s: s.Ctx = ctx; return true;
            case Starred st: if (del) return false; st.Ctx = ctx; return TrySetContext(st.Value, ctx, del);
            case TupleExpr t:
                foreach (var x in t.Elts) if (!TrySetContext(x, ctx, del)) return false;
                t.Ctx = ctx; return true;
            case ListExpr l:
                foreach (var x in l.Elts) if (!TrySetContext(x, ctx, del)) return false;
                l.Ctx = ctx; return true;
            default: return false;
        }
    }
}
