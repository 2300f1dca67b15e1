using System.Text;
using Kaa.Compiler.Ast;

namespace Kaa.Compiler.Parsing;

// String literals, implicit concatenation, PEP 701 f-strings and PEP 750 t-strings (which may only be
// concatenated with each other). Concatenation follows CPython's
// `_PyPegen_concatenate_strings`: flatten all parts, fold adjacent constants (the folded constant spans
// from the first to the last folded part), drop empty constants when an f-string is involved.
internal sealed partial class ParserCore
{
    Expr ParseStrings()
    {
        var start = Cur;
        // Fast path: one plain string.
        if (Kind == TokenKind.String && PeekKind(1) is not (TokenKind.String or TokenKind.FStringStart))
        {
            p++;
            return DecodeStringToken(start);
        }
        var parts = new List<Expr>();
        bool fFound = false, strFound = false, bytesFound = false, tFound = false;
        Token prevPart = default;
        bool prevWasT = false, first = true;
        while (Kind is TokenKind.String or TokenKind.FStringStart)
        {
            var partStart = Cur;
            bool isT = Kind == TokenKind.FStringStart && StringLiterals.ParsePrefix(Cur.Text!).Template;
            if (Kind == TokenKind.String)
            {
                var t = Next();
                var c = DecodeStringToken(t);
                if (c.Value is byte[]) bytesFound = true; else strFound = true;
                parts.Add(c);
            }
            else
            {
                if (isT) tFound = true; else fFound = true;
                ParseFString(parts, isT);
            }
            // CPython's invalid_string_tstring_concat: the range runs from the last literal of one kind
            // to the first of the other.
            if (!first && isT != prevWasT)
                throw Error("cannot mix t-string literals with string or bytes literals", prevPart.Line, prevPart.Col, Prev.EndLine, Prev.EndCol);
            first = false; prevWasT = isT; prevPart = partStart;
        }
        if (bytesFound && (strFound || fFound))
            throw ErrorAt("cannot mix bytes and nonbytes literals", Cur);
        if (bytesFound)
        {
            var ms = new MemoryStream();
            foreach (var part in parts) ms.Write((byte[])((Constant)part).Value!);
            return Fin(new Constant(ms.ToArray()) { Kind = ((Constant)parts[0]).Kind }, start);
        }
        if (tFound) return Fin(new TemplateStr(FoldConstants(parts, dropEmpty: true)), start);
        var values = FoldConstants(parts, dropEmpty: fFound);
        if (!fFound) return values[0];
        return Fin(new JoinedStr(values), start);
    }

    List<Expr> FoldConstants(List<Expr> parts, bool dropEmpty)
    {
        var values = new List<Expr>(parts.Count);
        for (int i = 0; i < parts.Count; i++)
        {
            var elem = parts[i];
            if (elem is Constant first)
            {
                if (i + 1 < parts.Count && parts[i + 1] is Constant)
                {
                    object text = first.Value!;
                    Constant last = first;
                    int j = i + 1;
                    for (; j < parts.Count && parts[j] is Constant cj; j++)
                    {
                        // '\ud800' '\udc00' is two code points (StrConstant.Concat keeps them apart).
                        text = StrConstant.Concat(text, cj.Value!) ?? throw Error(StrConstant.MixedMessage, first.Lineno, first.ColOffset, cj.EndLineno, cj.EndColOffset);
                        last = cj;
                    }
                    i = j - 1;
                    elem = new Constant(text) { Kind = first.Kind };
                    Span(elem, first, last);
                }
                if (dropEmpty && ((Constant)elem).Value is string { Length: 0 }) continue;
            }
            values.Add(elem);
        }
        return values;
    }

    Constant DecodeStringToken(in Token t)
    {
        object value;
        StringLiterals.Prefix prefix;
        EscapeWarning? warning;
        try { value = StringLiterals.DecodeLiteral(t.Text!, out prefix, out warning); }
        catch (StringLiterals.DecodeError e) { throw ErrorAt(e.Message, t); }
        if (warning is { } w) WarnEscape(w, t, prefix.Length);
        return TokPos(new Constant(value) { Kind = prefix.U ? "u" : null }, t);
    }

    object DecodeMiddle(in Token t, bool raw)
    {
        if (raw) return t.Text!;
        string value;
        EscapeWarning? warning;
        bool separate;
        try { value = StringLiterals.DecodeStr(t.Text!, 0, t.Text!.Length, out warning, out separate); }
        catch (StringLiterals.DecodeError e) { throw ErrorAt(e.Message, t); }
        // A backslash right before a replacement field (f'\{6*7}') is the invalid escape '\{'.
        if (warning == null && Kind == TokenKind.LBrace && EndsWithLoneBackslash(t.Text!)) warning = new EscapeWarning("{", false, t.Text!.Length - 1);
        // The f-string middle's own position (CPython computes one of its own here, not the escape's).
        if (warning is { } w) WarnAt(w.Warning, t, w.Error);
        return StrConstant.Make(value, separate);
    }

    static bool EndsWithLoneBackslash(string text)
    {
        int n = 0;
        for (int i = text.Length - 1; i >= 0 && text[i] == '\\'; i--) n++;
        return n % 2 == 1;
    }

    /// <summary>Parses FSTRING_START ... FSTRING_END (or a t-string's TSTRING_START ... TSTRING_END), adding
    /// its parts (constants and formatted values or interpolations) to <paramref name="parts"/>.</summary>
    void ParseFString(List<Expr> parts, bool template)
    {
        var st = Next();
        bool raw = StringLiterals.ParsePrefix(st.Text!).Raw;
        while (Kind != TokenKind.FStringEnd)
        {
            if (Kind == TokenKind.FStringMiddle)
            {
                var t = Next();
                parts.Add(TokPos(new Constant(DecodeMiddle(t, raw)), t));
            }
            else if (Kind == TokenKind.LBrace) ParseReplacementField(parts, raw, template, template ? "t-string" : "f-string");
            else throw InvalidSyntax();
        }
        p++;
    }

    /// <summary>"f-string" or "t-string": the kind of the innermost string literal whose replacement field
    /// encloses the current token (for error messages).</summary>
    string EnclosingFStringWord()
    {
        int depth = 0;
        for (int i = p - 1; i >= 0; i--)
        {
            if (toks[i].Kind == TokenKind.FStringEnd) depth++;
            else if (toks[i].Kind == TokenKind.FStringStart)
            {
                if (depth == 0) return StringLiterals.ParsePrefix(toks[i].Text!).Template ? "t-string" : "f-string";
                depth--;
            }
        }
        return "f-string";
    }

    /// <summary>The source text between two token indices with comments removed, as CPython records an
    /// interpolation's expression (and the text of a `{x=}` debug field).</summary>
    string SourceWithoutComments(int fromOffset, int firstTok, int lastTok, int toOffset)
    {
        var text = src.Substring(fromOffset, toOffset - fromOffset);
        if (text.IndexOf('#') < 0) return text;
        var sb = new StringBuilder();
        int at = fromOffset;
        for (int i = firstTok; i <= lastTok; i++)
        {
            int gapEnd = i < lastTok ? toks[i].Start : toOffset;
            // The gap before token i holds only whitespace, line continuations and comments.
            int gapStart = at;
            for (int k = gapStart; k < gapEnd; k++)
            {
                if (src[k] == '#')
                {
                    int nl = src.IndexOf('\n', k);
                    if (nl < 0 || nl > gapEnd) nl = gapEnd;
                    k = nl - 1;
                    continue;
                }
                sb.Append(src[k]);
            }
            if (i < lastTok) { sb.Append(src, toks[i].Start, toks[i].End - toks[i].Start); at = toks[i].End; }
        }
        return sb.ToString();
    }

    /// <summary>Whether the ':' just consumed started an f-string format spec (the next token is spec text or
    /// a nested field): only used to diagnose an unparenthesized lambda.</summary>
    bool InFStringSpec()
    {
        int depth = 0;
        for (int i = p - 1; i >= 0; i--)
        {
            switch (toks[i].Kind)
            {
                case TokenKind.RPar: case TokenKind.RSqb: case TokenKind.RBrace: depth++; break;
                case TokenKind.LPar: case TokenKind.LSqb: if (depth == 0) return false; depth--; break;
                case TokenKind.LBrace:
                    if (depth == 0) return i > 0 && toks[i - 1].Kind is TokenKind.FStringStart or TokenKind.FStringMiddle or TokenKind.LBrace or TokenKind.RBrace;
                    depth--;
                    break;
                case TokenKind.FStringStart: return false;
            }
        }
        return false;
    }

    /// <summary>Parses one `{...}` field. <paramref name="template"/>: the field belongs directly to a t-string
    /// (an Interpolation; fields nested in its format spec are ordinary formatted values). <paramref name="word"/>
    /// names the enclosing literal kind in error messages.</summary>
    void ParseReplacementField(List<Expr> parts, bool raw, bool template, string word)
    {
        var lbrace = Next();
        int lbraceIndex = p - 1;
        switch (Kind)
        {
            case TokenKind.Equal: case TokenKind.Exclamation: case TokenKind.Colon: case TokenKind.RBrace:
                throw ErrorAt($"{word}: valid expression required before '{TokenText.Of(Kind)}'", Cur);
        }
        if (!StartsExpression(Kind) && Kind != TokenKind.Yield)
            throw ErrorAt($"{word}: expecting a valid expression after '{{'", Cur);
        Expr e;
        // invalid_replacement_field's `'{' !(yield_expr | star_expressions)`: an expression that fails to
        // parse without a more specific error.
        try { e = ParseYieldOrStarExpressions(); }
        catch (SyntaxErrorException ex) when (ex.Msg == "invalid syntax")
        {
            // Located where the expression failed (RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: the last token read).
            throw new SyntaxErrorException(ex.Kind, $"{word}: expecting a valid expression after '{{'", ex.Filename,
                ex.Lineno, ex.Offset, ex.Text, ex.EndLineno, ex.EndOffset);
        }
        string? exprText = template ? SourceWithoutComments(lbrace.End, lbraceIndex + 1, p, Cur.Start) : null;
        Constant? debug = null;
        if (Kind == TokenKind.Equal)
        {
            p++;
            if (Kind is not (TokenKind.Exclamation or TokenKind.Colon or TokenKind.RBrace))
                throw ErrorAt($"{word}: expecting '!', or ':', or '}}'", Cur);
            debug = new Constant(SourceWithoutComments(lbrace.End, lbraceIndex + 1, p, Cur.Start))
            {
                Lineno = lbrace.EndLine, ColOffset = lbrace.EndCol, EndLineno = Cur.Line, EndColOffset = Cur.Col,
            };
        }
        int conversion = -1;
        if (Kind == TokenKind.Exclamation)
        {
            var ex = Next();
            if (Kind is TokenKind.Colon or TokenKind.RBrace) throw ErrorAt($"{word}: missing conversion character", Cur);
            if (Kind != TokenKind.Name && !TokenText.IsKeyword(Kind)) throw ErrorAt($"{word}: invalid conversion character", Cur);
            var n = Next();
            if (n.Start != ex.End)
                throw Error($"{word}: conversion type must come right after the exclamanation mark", ex.Line, ex.Col, n.EndLine, n.EndCol);
            string name = n.Text ?? TokenText.Of(n.Kind);
            conversion = name switch { "s" => 's', "r" => 'r', "a" => 'a', _ => -2 };
            if (conversion == -2)
                throw ErrorAt($"{word}: invalid conversion character '{name}': expected 's', 'r', or 'a'", n);
        }
        else if (Kind is not (TokenKind.Colon or TokenKind.RBrace))
        {
            if (debug == null && StartsExpression(Kind)) throw ForgotCommaOrInvalid(e);
            // Raised on the token itself even when it is an ErrorToken such as '$' (f'{a $ b}').
            throw Error(debug != null ? $"{word}: expecting '!', or ':', or '}}'" : $"{word}: expecting '=', or '!', or ':', or '}}'",
                Cur.Line, Cur.Col, Cur.EndLine, Cur.EndCol);
        }
        JoinedStr? spec = null;
        if (Kind == TokenKind.Colon)
        {
            var colon = Next();
            var specParts = new List<Expr>();
            while (true)
            {
                if (Kind == TokenKind.FStringMiddle)
                {
                    var t = Next();
                    specParts.Add(TokPos(new Constant(DecodeMiddle(t, raw)), t));
                }
                else if (Kind == TokenKind.LBrace) ParseReplacementField(specParts, raw, false, word);
                else break;
            }
            specParts.RemoveAll(x => x is Constant { Value: string { Length: 0 } });
            spec = Fin(new JoinedStr(specParts), colon);
        }
        if (Kind != TokenKind.RBrace)
            throw ErrorAt(spec != null ? $"{word}: expecting '}}', or format specs" : $"{word}: expecting ':' or '}}'", Cur);
        p++;
        if (debug != null)
        {
            parts.Add(debug);
            if (conversion == -1 && spec == null) conversion = 'r';
        }
        if (template) parts.Add(Fin(new Interpolation(e, exprText!, conversion, spec), lbrace));
        else parts.Add(Fin(new FormattedValue(e, conversion, spec), lbrace));
    }
}
