using System.Text;
using Kaa.Compiler.Ast;

namespace Kaa.Compiler.Parsing;

// String literals, implicit concatenation and PEP 701 f-strings. Concatenation follows CPython's
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
        bool fFound = false, strFound = false, bytesFound = false;
        while (Kind is TokenKind.String or TokenKind.FStringStart)
        {
            if (Kind == TokenKind.String)
            {
                var t = Next();
                var c = DecodeStringToken(t);
                if (c.Value is byte[]) bytesFound = true; else strFound = true;
                parts.Add(c);
            }
            else
            {
                fFound = true;
                ParseFString(parts);
            }
        }
        if (bytesFound && (strFound || fFound))
            throw ErrorAt("cannot mix bytes and nonbytes literals", Cur);
        if (bytesFound)
        {
            var ms = new MemoryStream();
            foreach (var part in parts) ms.Write((byte[])((Constant)part).Value!);
            return Fin(new Constant(ms.ToArray()) { Kind = ((Constant)parts[0]).Kind }, start);
        }
        var values = FoldConstants(parts, dropEmpty: fFound);
        if (!fFound) return values[0];
        return Fin(new JoinedStr(values), start);
    }

    static List<Expr> FoldConstants(List<Expr> parts, bool dropEmpty)
    {
        var values = new List<Expr>(parts.Count);
        for (int i = 0; i < parts.Count; i++)
        {
            var elem = parts[i];
            if (elem is Constant first)
            {
                if (i + 1 < parts.Count && parts[i + 1] is Constant)
                {
                    var sb = new StringBuilder();
                    Constant last = first;
                    int j = i;
                    for (; j < parts.Count && parts[j] is Constant cj; j++) { sb.Append((string)cj.Value!); last = cj; }
                    i = j - 1;
                    elem = new Constant(sb.ToString()) { Kind = first.Kind };
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
        try { value = StringLiterals.DecodeLiteral(t.Text!, out prefix); }
        catch (StringLiterals.DecodeError e) { throw ErrorAt(e.Message, t); }
        return TokPos(new Constant(value) { Kind = prefix.U ? "u" : null }, t);
    }

    string DecodeMiddle(in Token t, bool raw)
    {
        if (raw) return t.Text!;
        try { return StringLiterals.DecodeStr(t.Text!, 0, t.Text!.Length); }
        catch (StringLiterals.DecodeError e) { throw ErrorAt(e.Message, t); }
    }

    /// <summary>Parses FSTRING_START ... FSTRING_END, adding its parts (constants and formatted values) to
    /// <paramref name="parts"/>.</summary>
    void ParseFString(List<Expr> parts)
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
            else if (Kind == TokenKind.LBrace) ParseReplacementField(parts, raw);
            else throw InvalidSyntax();
        }
        p++;
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

    void ParseReplacementField(List<Expr> parts, bool raw)
    {
        var lbrace = Next();
        switch (Kind)
        {
            case TokenKind.Equal: case TokenKind.Exclamation: case TokenKind.Colon: case TokenKind.RBrace:
                throw ErrorAt($"f-string: valid expression required before '{TokenText.Of(Kind)}'", Cur);
        }
        if (!StartsExpression(Kind) && Kind != TokenKind.Yield)
            throw ErrorAt("f-string: expecting a valid expression after '{'", Cur);
        var e = ParseYieldOrStarExpressions();
        Constant? debug = null;
        if (Kind == TokenKind.Equal)
        {
            p++;
            if (Kind is not (TokenKind.Exclamation or TokenKind.Colon or TokenKind.RBrace))
                throw ErrorAt("f-string: expecting '!', or ':', or '}'", Cur);
            debug = new Constant(src.Substring(lbrace.End, Cur.Start - lbrace.End))
            {
                Lineno = lbrace.EndLine, ColOffset = lbrace.EndCol, EndLineno = Cur.Line, EndColOffset = Cur.Col,
            };
        }
        int conversion = -1;
        if (Kind == TokenKind.Exclamation)
        {
            var ex = Next();
            if (Kind is TokenKind.Colon or TokenKind.RBrace) throw ErrorAt("f-string: missing conversion character", Cur);
            if (Kind != TokenKind.Name && !TokenText.IsKeyword(Kind)) throw ErrorAt("f-string: invalid conversion character", Cur);
            var n = Next();
            if (n.Start != ex.End)
                throw Error("f-string: conversion type must come right after the exclamanation mark", ex.Line, ex.Col, n.EndLine, n.EndCol);
            string name = n.Text ?? TokenText.Of(n.Kind);
            conversion = name switch { "s" => 's', "r" => 'r', "a" => 'a', _ => -2 };
            if (conversion == -2)
                throw ErrorAt($"f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'", n);
        }
        else if (Kind is not (TokenKind.Colon or TokenKind.RBrace))
        {
            if (debug == null && StartsExpression(Kind)) throw ForgotCommaOrInvalid(e);
            throw ErrorAt(debug != null ? "f-string: expecting '!', or ':', or '}'" : "f-string: expecting '=', or '!', or ':', or '}'", Cur);
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
                else if (Kind == TokenKind.LBrace) ParseReplacementField(specParts, raw);
                else break;
            }
            specParts.RemoveAll(x => x is Constant { Value: string { Length: 0 } });
            spec = Fin(new JoinedStr(specParts), colon);
        }
        if (Kind != TokenKind.RBrace)
            throw ErrorAt(spec != null ? "f-string: expecting '}', or format specs" : "f-string: expecting ':' or '}'", Cur);
        p++;
        if (debug != null)
        {
            parts.Add(debug);
            if (conversion == -1 && spec == null) conversion = 'r';
        }
        parts.Add(Fin(new FormattedValue(e, conversion, spec), lbrace));
    }
}
