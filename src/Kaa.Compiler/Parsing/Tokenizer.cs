using System.Text;
using Kaa.Compiler.Unicode;

namespace Kaa.Compiler.Parsing;

/// <summary>
/// Turns source text into an array of tokens in one pass, following CPython's tokenizer.c: INDENT/DEDENT
/// from an indentation stack (tabs to multiples of 8, plus the "alternate" stack with tabs of width 1 that
/// detects inconsistent tab use), NEWLINE only outside brackets, and PEP 701 f-strings tokenized as
/// FSTRING_START / FSTRING_MIDDLE / expression tokens / FSTRING_END using a stack of f-string modes.
/// PEP 750 t-strings use the same tokens (CPython's TSTRING_*); the parser tells them apart by the prefix.
/// Errors throw <see cref="SyntaxErrorException"/> right away: CPython re-tokenizes the whole source after a
/// parse failure and lets tokenizer errors win, so raising them before parsing gives the same result.
/// </summary>
internal sealed class Tokenizer
{
    const int TabSize = 8;

    readonly string src;
    readonly string filename;
    readonly bool allowIncomplete;
    bool evalMode;          // 'eval' input gets no implicit final newline, so a final '\' is followed by EOF
    int pos, line = 1, lineStart;
    readonly List<Token> toks = new(256);
    int[] ind = new int[16], altInd = new int[16];
    int indTop;
    readonly List<Bracket> brackets = new();
    readonly List<FMode> fmodes = new();
    bool lineHasTokens;    // the current logical line produced a token, so its '\n' is a NEWLINE
    bool atBol = true;
    readonly StringBuilder sb = new();

    internal readonly record struct Bracket(char Ch, int Line, int Col);

    sealed class Field { public int Depth; public bool InSpec; }

    sealed class FMode
    {
        public char Quote; public bool Triple, Raw;
        public bool Template;    // a PEP 750 t-string: same tokens, "t-string" in the messages
        public int Line, Col;
        public string Word => Template ? "t-string" : "f-string";
        public readonly List<Field> Fields = new();   // open replacement fields, innermost last
    }

    /// <summary>SyntaxWarnings the tokenizer found (a number run into a keyword: "1if x else 2").</summary>
    public List<CompileWarning> Warnings { get; } = new();

    /// <summary>The innermost bracket still open at end of input, if any ("'(' was never closed").</summary>
    public Bracket? UnclosedAtEof { get; private set; }

    Tokenizer(string src, string filename, bool allowIncomplete)
    {
        this.src = src; this.filename = filename; this.allowIncomplete = allowIncomplete;
    }

    /// <summary>Normalizes line endings and the BOM the way CPython's string tokenizer does.</summary>
    public static string Normalize(string source)
    {
        if (source.Length > 0 && source[0] == '\uFEFF') source = source[1..];
        if (source.Contains('\r')) source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        return source;
    }

    public static Tokenizer Run(string normalizedSource, string filename, bool allowIncomplete, bool evalMode = false)
    {
        var t = new Tokenizer(normalizedSource, filename, allowIncomplete) { evalMode = evalMode };
        try { t.TokenizeAll(); }
        catch (SyntaxErrorException e) when (e.Kind == "SyntaxError" && t.fmodes.Count > 0)
        {
            // CPython tokenizes lazily, so an error in an f-string's replacement field that the parser diagnoses
            // before reading on (f'{!', f'{3!:') beats the tokenizer's error at the end of the literal. The
            // tokens so far end in an ErrorToken; the parser raises this error when it gets there.
            t.DeferredError = e;
            t.toks.Add(new Token { Kind = TokenKind.ErrorToken, Start = t.pos, End = t.pos, Line = t.line, Col = t.pos - t.lineStart, EndLine = t.line, EndCol = t.pos - t.lineStart });
            t.toks.Add(new Token { Kind = TokenKind.EndMarker, Start = t.pos, End = t.pos, Line = t.line, Col = t.pos - t.lineStart, EndLine = t.line, EndCol = t.pos - t.lineStart });
            t.Tokens = t.toks.ToArray();
        }
        return t;
    }

    public Token[] Tokens { get; private set; } = [];

    /// <summary>A tokenizer error inside an f-string, raised by the parser once it reaches the final
    /// ErrorToken (or fails with a generic "invalid syntax" before it).</summary>
    public SyntaxErrorException? DeferredError { get; private set; }

    // ------------------------------------------------------------------ errors

    public static string LineText(string src, int lineno)
    {
        int start = 0;
        for (int l = 1; l < lineno; l++)
        {
            int nl = src.IndexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = src.IndexOf('\n', start);
        return end < 0 ? src[start..] : src[start..end];
    }

    SyntaxErrorException Error(string msg, int lineno, int offset, int endLineno = 0, int endOffset = 0, string kind = "SyntaxError")
        => new(kind, msg, filename, lineno, offset, LineText(src, lineno), endLineno == 0 ? lineno : endLineno, endOffset == 0 ? offset : endOffset);

    /// <summary>An error at the current position, as CPython's tokenizer `syntaxerror()` reports it: the
    /// 1-based offset is the number of characters consumed on the line.</summary>
    /// <summary>An error with explicit 1-based offsets (CPython's tokenizer reports some with end 0 or -1).</summary>
    SyntaxErrorException Raw(string msg, int lineno, int offset, int endOffset, string kind = "SyntaxError")
        => new(kind, msg, filename, lineno, offset, LineText(src, lineno), lineno, endOffset);

    /// <summary>tokenizer.c's verify_identifier/tok_get: a character that starts no token, named unless
    /// str.isprintable() would be False for it (controls, format characters, separators other than ' ').</summary>
    SyntaxErrorException InvalidCharacter(int cp, int offset)
    {
        bool printable = cp == ' ' || UnicodeDatabase.Instance.Category(cp) is not ("Cc" or "Cf" or "Cs" or "Co" or "Cn" or "Zl" or "Zp" or "Zs");
        return printable ? Error($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})", line, offset)
                         : Error($"invalid non-printable character U+{cp:X4}", line, offset);
    }

    SyntaxErrorException ErrorHere(string msg) => Error(msg, line, pos - lineStart);

    SyntaxErrorException Incomplete() => new("_IncompleteInputError", "incomplete input", filename, line, pos - lineStart + 1, LineText(src, line));

    // ------------------------------------------------------------------ emission

    void Add(TokenKind kind, int start, int startLine, int startCol, string? text = null)
    {
        toks.Add(new Token
        {
            Kind = kind, Start = start, End = pos, Line = startLine, Col = startCol,
            EndLine = line, EndCol = pos - lineStart, Text = text,
        });
        if (kind != TokenKind.Newline && kind != TokenKind.Indent && kind != TokenKind.Dedent) lineHasTokens = true;
    }

    void AddOp(TokenKind kind, int len)
    {
        int s = pos; pos += len;
        Add(kind, s, line, s - lineStart);
    }

    void NewLine() { line++; lineStart = pos; }

    // ------------------------------------------------------------------ main loop

    void TokenizeAll()
    {
        ind[0] = 0; altInd[0] = 0;
        while (true)
        {
            if (fmodes.Count > 0)
            {
                var m = fmodes[^1];
                if (m.Fields.Count == 0 || m.Fields[^1].InSpec) { ScanFStringLiteral(m); continue; }
            }
            if (atBol) { atBol = false; if (brackets.Count == 0 && fmodes.Count == 0) Indentation(); }

            // whitespace
            while (pos < src.Length)
            {
                char w = src[pos];
                if (w == ' ' || w == '\t' || w == '\f') pos++;
                else break;
            }
            if (pos >= src.Length) { AtEof(); break; }
            char c = src[pos];
            if (c == '#')
            {
                int nl = src.IndexOf('\n', pos);
                pos = nl < 0 ? src.Length : nl;
                continue;
            }
            if (c == '\n')
            {
                if (brackets.Count == 0 && lineHasTokens)
                {
                    int s = pos; pos++;
                    toks.Add(new Token { Kind = TokenKind.Newline, Start = s, End = pos, Line = line, Col = s - lineStart, EndLine = line, EndCol = pos - lineStart });
                    lineHasTokens = false;
                }
                else pos++;
                NewLine();
                atBol = true;
                continue;
            }
            if (c == '\\')
            {
                if (evalMode && pos + 1 >= src.Length)
                    throw Raw("unexpected character after line continuation character", line, pos - lineStart + 1, 0);
                if (pos + 1 >= src.Length || (src[pos + 1] == '\n' && pos + 2 >= src.Length))
                {
                    if (allowIncomplete) throw Incomplete();
                    throw Raw("unexpected EOF while parsing", line, pos - lineStart + 2, -1);
                }
                if (src[pos + 1] != '\n')
                    throw Raw("unexpected character after line continuation character", line, pos - lineStart + 2, 0);
                pos += 2; NewLine();
                continue;
            }
            if (IsAsciiLetter(c) || c == '_' || c >= 128) { ScanNameOrString(); continue; }
            if (IsDigit(c) || (c == '.' && pos + 1 < src.Length && IsDigit(src[pos + 1]))) { ScanNumber(); continue; }
            if (c == '"' || c == '\'') { ScanString(pos, pos, false, false); continue; }
            ScanOperator(c);
        }
        Tokens = toks.ToArray();
    }

    void AtEof()
    {
        if (fmodes.Count > 0)
        {
            var m = fmodes[^1];
            if (allowIncomplete && (m.Triple || m.Fields.Count > 0)) throw Incomplete();
            if (m.Fields.Count > 0 && brackets.Count > 0)
            {
                var b = brackets[^1];
                throw Raw($"'{b.Ch}' was never closed", b.Line, b.Col + 1, 0);
            }
            throw Error(m.Triple ? $"unterminated triple-quoted {m.Word} literal (detected at line {DetectedLine})"
                                 : $"unterminated {m.Word} literal (detected at line {DetectedLine})", m.Line, m.Col + 1);
        }
        if (brackets.Count > 0)
        {
            if (allowIncomplete) throw Incomplete();
            UnclosedAtEof = brackets[^1];
        }
        if (lineHasTokens)
        {
            toks.Add(new Token { Kind = TokenKind.Newline, Start = pos, End = pos, Line = line, Col = pos - lineStart, EndLine = line, EndCol = pos - lineStart + 1 });
            lineHasTokens = false;
        }
        for (; indTop > 0; indTop--)
            toks.Add(new Token { Kind = TokenKind.Dedent, Start = pos, End = pos, Line = line, Col = pos - lineStart, EndLine = line, EndCol = pos - lineStart });
        toks.Add(new Token { Kind = TokenKind.EndMarker, Start = pos, End = pos, Line = line, Col = pos - lineStart, EndLine = line, EndCol = pos - lineStart });
    }

    /// <summary>Measures the indentation of a new line and emits INDENT/DEDENT tokens (tokenizer.c's
    /// `tok_get_normal_mode` start-of-line block). Blank and comment-only lines are ignored.</summary>
    void Indentation()
    {
        int col = 0, altcol = 0, p = pos;
        for (; p < src.Length; p++)
        {
            char c = src[p];
            if (c == ' ') { col++; altcol++; }
            else if (c == '\t') { col = (col / TabSize + 1) * TabSize; altcol++; }
            else if (c == '\f') { col = altcol = 0; }
            else break;
        }
        if (p >= src.Length || src[p] == '#' || src[p] == '\n') return;   // blank line
        if (src[p] == '\\' && p + 1 < src.Length && src[p + 1] == '\n') return;
        pos = p;
        int tokCol = pos - lineStart;
        if (col == ind[indTop])
        {
            if (altcol != altInd[indTop]) throw TabError();
        }
        else if (col > ind[indTop])
        {
            if (altcol <= altInd[indTop]) throw TabError();
            if (indTop + 1 >= ind.Length) { Array.Resize(ref ind, ind.Length * 2); Array.Resize(ref altInd, altInd.Length * 2); }
            indTop++; ind[indTop] = col; altInd[indTop] = altcol;
            if (indTop >= 100) throw Error("too many levels of indentation", line, tokCol + 1, kind: "IndentationError");
            toks.Add(new Token { Kind = TokenKind.Indent, Start = lineStart, End = pos, Line = line, Col = 0, EndLine = line, EndCol = tokCol });
        }
        else
        {
            while (indTop > 0 && col < ind[indTop])
            {
                indTop--;
                toks.Add(new Token { Kind = TokenKind.Dedent, Start = pos, End = pos, Line = line, Col = tokCol, EndLine = line, EndCol = tokCol });
            }
            if (col != ind[indTop])
                throw Raw("unindent does not match any outer indentation level", line, LineText(src, line).Length + 1, -1, "IndentationError");
            if (altcol != altInd[indTop]) throw TabError();
        }
    }

    /// <summary>The line CPython names in "unterminated ... (detected at line N)": a final newline does not
    /// start another line.</summary>
    int DetectedLine => pos >= src.Length && src.Length > 0 && src[^1] == '\n' ? line - 1 : line;

    SyntaxErrorException TabError() => Raw("inconsistent use of tabs and spaces in indentation", line, pos - lineStart, 0, "TabError");

    // ------------------------------------------------------------------ names, numbers, operators

    static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
    static bool IsDigit(char c) => (uint)(c - '0') <= 9;
    static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    static bool IsIdStart(int cp)
    {
        if (cp < 128) return IsAsciiLetter((char)cp) || cp == '_';
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.LetterNumber
            || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 || cp == 0x1886;
    }

    static bool IsIdContinue(int cp)
    {
        if (cp < 128) return IsAsciiLetter((char)cp) || cp == '_' || IsDigit((char)cp);
        if (IsIdStart(cp)) return true;
        var cat = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation
            || cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }

    int CodePointAt(int p, out int len)
    {
        char c = src[p];
        if (char.IsHighSurrogate(c) && p + 1 < src.Length && char.IsLowSurrogate(src[p + 1])) { len = 2; return char.ConvertToUtf32(c, src[p + 1]); }
        len = 1; return c;
    }

    void ScanNameOrString()
    {
        int start = pos, startCol = pos - lineStart;
        bool ascii = true;
        while (pos < src.Length)
        {
            char c = src[pos];
            if (c < 128)
            {
                if (IsAsciiLetter(c) || IsDigit(c) || c == '_') { pos++; continue; }
                break;
            }
            int cp = CodePointAt(pos, out int len);
            bool ok = pos == start ? IsIdStart(cp) : IsIdContinue(cp);
            if (!ok) break;
            ascii = false; pos += len;
        }
        if (pos == start)
        {
            int cp = CodePointAt(pos, out _);
            pos++;
            throw InvalidCharacter(cp, startCol + 1);
        }
        // A string prefix followed by a quote starts a string literal.
        int n = pos - start;
        if (n <= 2 && pos < src.Length && (src[pos] == '"' || src[pos] == '\''))
        {
            bool b = false, r = false, u = false, f = false, t = false, valid = true;
            for (int i = start; i < pos; i++)
            {
                switch (src[i] | 0x20)
                {
                    case 'b': valid &= !b && !u && !f && !t; b = true; break;
                    case 'r': valid &= !r && !u; r = true; break;
                    case 'u': valid &= !u && !b && !r && !f && !t && n == 1; u = true; break;
                    case 'f': valid &= !f && !b && !u && !t; f = true; break;
                    case 't': valid &= !t && !b && !u && !f; t = true; break;
                    default: valid = false; break;
                }
            }
            if (valid)
            {
                if (f || t) { StartFString(start, r, t); return; }
                ScanString(start, pos, r, b);
                return;
            }
        }
        string name = src.Substring(start, n);
        if (!ascii)
        {
            // CPython normalizes identifiers to NFKC, with its own Unicode tables (not the platform's ICU,
            // which may be absent or of another version).
            name = Kaa.Compiler.Unicode.UnicodeDatabase.Instance.Normalize("NFKC", name);
        }
        if (TokenText.TryGetKeyword(name, out var kw)) Add(kw, start, line, startCol);
        else Add(TokenKind.Name, start, line, startCol, string.IsInterned(name) ?? name);
        // A non-identifier non-ASCII character glued to the name is an error on its own.
        if (pos < src.Length && src[pos] >= 128)
        {
            int cp = CodePointAt(pos, out _);
            if (!IsIdContinue(cp) && !char.IsWhiteSpace(src[pos]))
            {
                int col = pos - lineStart;
                pos++;
                throw InvalidCharacter(cp, col + 1);
            }
        }
    }

    void ScanNumber()
    {
        int start = pos, startCol = pos - lineStart;
        char c = src[pos];
        if (c == '0' && pos + 1 < src.Length && (src[pos + 1] | 0x20) is 'x' or 'o' or 'b')
        {
            char k = (char)(src[pos + 1] | 0x20);
            pos += 2;
            string kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            Func<char, bool> isDig = k == 'x' ? IsHex : k == 'o' ? ch => (uint)(ch - '0') <= 7 : ch => ch == '0' || ch == '1';
            do
            {
                if (Cur() == '_') pos++;
                if (!isDig(Cur()))
                {
                    if (k != 'x' && IsDigit(Cur())) { pos++; throw ErrorHere($"invalid digit '{src[pos - 1]}' in {kind} literal"); }
                    throw ErrorHere($"invalid {kind} literal");
                }
                while (isDig(Cur())) pos++;
            } while (Cur() == '_');
            if (k != 'x' && IsDigit(Cur())) { pos++; throw ErrorHere($"invalid digit '{src[pos - 1]}' in {kind} literal"); }
            VerifyEnd(kind);
        }
        else
        {
            bool isFloat = false;
            if (c == '0')
            {
                bool nonzero = false;
                pos++;
                while (true)
                {
                    if (Cur() == '_') { pos++; if (!IsDigit(Cur())) throw ErrorHere("invalid decimal literal"); }
                    if (Cur() != '0') break;
                    pos++;
                }
                int zerosEnd = pos;
                if (IsDigit(Cur())) { nonzero = true; DecimalTail(); }
                char d = Cur();
                if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J') isFloat = true;
                else if (nonzero)
                    throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, startCol + 1, line, zerosEnd - lineStart + 1);
            }
            else if (c != '.') DecimalTail();
            if (c == '.' || isFloat || Cur() is '.' or 'e' or 'E' or 'j' or 'J')
            {
                if (Cur() == '.')
                {
                    pos++;
                    if (IsDigit(Cur())) DecimalTail();
                }
                if (Cur() is 'e' or 'E')
                {
                    int ePos = pos;
                    pos++;
                    if (Cur() is '+' or '-')
                    {
                        pos++;
                        if (!IsDigit(Cur())) throw ErrorHere("invalid decimal literal");
                        DecimalTail();
                    }
                    else if (!IsDigit(Cur()))
                    {
                        // "1else": the 'e' belongs to the next token.
                        pos = ePos;
                        VerifyEnd("decimal");
                        Add(TokenKind.Number, start, line, startCol, src.Substring(start, pos - start));
                        return;
                    }
                    else DecimalTail();
                }
                if (Cur() is 'j' or 'J') { pos++; VerifyEnd("imaginary"); }
                else VerifyEnd("decimal");
            }
            else VerifyEnd("decimal");
        }
        Add(TokenKind.Number, start, line, startCol, src.Substring(start, pos - start));
    }

    char Cur() => pos < src.Length ? src[pos] : '\0';

    void DecimalTail()
    {
        while (true)
        {
            while (IsDigit(Cur())) pos++;
            if (Cur() != '_') break;
            pos++;
            if (!IsDigit(Cur())) throw ErrorHere("invalid decimal literal");
        }
    }

    /// <summary>tokenizer.c `verify_end_of_number`: a letter right after a number is an error, except the
    /// keywords that may legally follow one ("1if x else 2" only warns).</summary>
    void VerifyEnd(string kind)
    {
        char c = Cur();
        if (c == '\0') return;
        bool kw = c switch
        {
            'a' => Lookahead("and"), 'e' => Lookahead("else"), 'f' => Lookahead("for"), 'o' => Lookahead("or"),
            'n' => Lookahead("not"),
            'i' => pos + 1 < src.Length && src[pos + 1] is 'f' or 'n' or 's',
            _ => false,
        };
        if (kw)
        {
            // Still valid code, but deprecated: CPython warns (parser_warn) and reads on.
            string text = LineText(src, line);
            Warnings.Add(new CompileWarning($"invalid {kind} literal", line, pos - lineStart + 1, text, line, pos - lineStart + 1));
            return;
        }
        if (c < 128 && (IsAsciiLetter(c) || IsDigit(c) || c == '_'))
            throw ErrorHere($"invalid {kind} literal");
        if (c >= 128 && IsIdStart(CodePointAt(pos, out _)))
            throw ErrorHere($"invalid {kind} literal");
    }

    bool Lookahead(string s) => string.CompareOrdinal(src, pos, s, 0, s.Length) == 0;

    void ScanOperator(char c)
    {
        char c1 = pos + 1 < src.Length ? src[pos + 1] : '\0';
        char c2 = pos + 2 < src.Length ? src[pos + 2] : '\0';
        switch (c)
        {
            case '(': case '[': case '{':
                // tokenizer.c's MAXLEVEL; also bounds the parser's recursion on nested brackets.
                if (brackets.Count >= 200) { pos++; throw ErrorHere("too many nested parentheses"); }
                brackets.Add(new Bracket(c, line, pos - lineStart));
                AddOp(c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace, 1);
                return;
            case ')': case ']': case '}':
                CloseBracket(c);
                return;
            case ':':
                if (fmodes.Count > 0 && fmodes[^1].Fields.Count > 0 && brackets.Count == fmodes[^1].Fields[^1].Depth)
                {
                    // CPython's MAX_EXPR_NESTING: a format spec may hold fields two levels deep, no more.
                    if (fmodes[^1].Fields.Count >= 3)
                        throw Error($"{fmodes[^1].Word}: expressions nested too deeply", line, pos - lineStart + 1);
                    AddOp(TokenKind.Colon, 1);
                    fmodes[^1].Fields[^1].InSpec = true;
                    return;
                }
                if (c1 == '=') AddOp(TokenKind.ColonEqual, 2); else AddOp(TokenKind.Colon, 1);
                return;
            case ',': AddOp(TokenKind.Comma, 1); return;
            case ';': AddOp(TokenKind.Semi, 1); return;
            case '~': AddOp(TokenKind.Tilde, 1); return;
            case '.':
                if (c1 == '.' && c2 == '.') AddOp(TokenKind.Ellipsis, 3); else AddOp(TokenKind.Dot, 1);
                return;
            case '+': if (c1 == '=') AddOp(TokenKind.PlusEqual, 2); else AddOp(TokenKind.Plus, 1); return;
            case '-':
                if (c1 == '=') AddOp(TokenKind.MinEqual, 2);
                else if (c1 == '>') AddOp(TokenKind.RArrow, 2);
                else AddOp(TokenKind.Minus, 1);
                return;
            case '*':
                if (c1 == '*') { if (c2 == '=') AddOp(TokenKind.DoubleStarEqual, 3); else AddOp(TokenKind.DoubleStar, 2); }
                else if (c1 == '=') AddOp(TokenKind.StarEqual, 2);
                else AddOp(TokenKind.Star, 1);
                return;
            case '/':
                if (c1 == '/') { if (c2 == '=') AddOp(TokenKind.DoubleSlashEqual, 3); else AddOp(TokenKind.DoubleSlash, 2); }
                else if (c1 == '=') AddOp(TokenKind.SlashEqual, 2);
                else AddOp(TokenKind.Slash, 1);
                return;
            case '%': if (c1 == '=') AddOp(TokenKind.PercentEqual, 2); else AddOp(TokenKind.Percent, 1); return;
            case '&': if (c1 == '=') AddOp(TokenKind.AmperEqual, 2); else AddOp(TokenKind.Amper, 1); return;
            case '|': if (c1 == '=') AddOp(TokenKind.VBarEqual, 2); else AddOp(TokenKind.VBar, 1); return;
            case '^': if (c1 == '=') AddOp(TokenKind.CircumflexEqual, 2); else AddOp(TokenKind.Circumflex, 1); return;
            case '@': if (c1 == '=') AddOp(TokenKind.AtEqual, 2); else AddOp(TokenKind.At, 1); return;
            case '=': if (c1 == '=') AddOp(TokenKind.EqEqual, 2); else AddOp(TokenKind.Equal, 1); return;
            case '!': if (c1 == '=') AddOp(TokenKind.NotEqual, 2); else AddOp(TokenKind.Exclamation, 1); return;
            case '<':
                if (c1 == '<') { if (c2 == '=') AddOp(TokenKind.LeftShiftEqual, 3); else AddOp(TokenKind.LeftShift, 2); }
                else if (c1 == '=') AddOp(TokenKind.LessEqual, 2);
                else AddOp(TokenKind.Less, 1);
                return;
            case '>':
                if (c1 == '>') { if (c2 == '=') AddOp(TokenKind.RightShiftEqual, 3); else AddOp(TokenKind.RightShift, 2); }
                else if (c1 == '=') AddOp(TokenKind.GreaterEqual, 2);
                else AddOp(TokenKind.Greater, 1);
                return;
            default:
                if (c < 128 && !char.IsControl(c)) { AddOp(TokenKind.ErrorToken, 1); return; }
                pos++;
                throw InvalidCharacter(c, pos - lineStart);
        }
    }

    void CloseBracket(char c)
    {
        var fm = fmodes.Count > 0 ? fmodes[^1] : null;
        if (brackets.Count == 0)
        {
            pos++;
            throw ErrorHere($"unmatched '{c}'");
        }
        var open = brackets[^1];
        char want = open.Ch == '(' ? ')' : open.Ch == '[' ? ']' : '}';
        if (c != want)
        {
            pos++;
            if (fm != null && fm.Fields.Count > 0 && brackets.Count == fm.Fields[^1].Depth)
                throw ErrorHere($"{fm.Word}: unmatched '{c}'");
            if (open.Line != line)
                throw ErrorHere($"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}' on line {open.Line}");
            throw ErrorHere($"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}'");
        }
        bool closesField = fm != null && fm.Fields.Count > 0 && brackets.Count == fm.Fields[^1].Depth;
        brackets.RemoveAt(brackets.Count - 1);
        AddOp(c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace, 1);
        if (closesField) fm!.Fields.RemoveAt(fm.Fields.Count - 1);
    }

    // ------------------------------------------------------------------ strings

    /// <summary>Scans a complete (non-f) string literal starting at <paramref name="start"/> (its prefix);
    /// <paramref name="quotePos"/> is the opening quote. The token text is the whole literal.</summary>
    void ScanString(int start, int quotePos, bool raw, bool bytes)
    {
        int startLine = line, startLineStart = lineStart, startCol = start - lineStart;
        pos = quotePos;
        // CPython's MAXFSTRINGLEVEL (150 tokenizer modes, the regular one included).
        if (fmodes.Count + 2 > 150) throw Error("too many nested f-strings or t-strings", line, startCol + 1);
        char q = src[pos];
        bool triple = pos + 2 < src.Length && src[pos + 1] == q && src[pos + 2] == q;
        pos += triple ? 3 : 1;
        bool escapedQuote = false;
        while (true)
        {
            if (pos >= src.Length || (!triple && src[pos] == '\n'))
                throw Unterminated(triple, startLine, startLineStart, startCol, q, escapedQuote);
            char c = src[pos];
            if (c == q)
            {
                if (!triple) { pos++; break; }
                if (pos + 2 < src.Length && src[pos + 1] == q && src[pos + 2] == q) { pos += 3; break; }
                pos++;
            }
            else if (c == '\\')
            {
                pos++;
                if (pos < src.Length)
                {
                    if (src[pos] == '\n') { pos++; NewLine(); }
                    else { escapedQuote = src[pos] == q; pos++; }
                }
            }
            else if (c == '\n') { pos++; NewLine(); }
            else pos++;
        }
        toks.Add(new Token
        {
            Kind = TokenKind.String, Start = start, End = pos, Line = startLine, Col = startCol,
            EndLine = line, EndCol = pos - lineStart, Text = src.Substring(start, pos - start),
        });
        lineHasTokens = true;
    }

    SyntaxErrorException Unterminated(bool triple, int startLine, int startLineStart, int startCol, char q, bool escapedQuote)
    {
        // Inside an f-string replacement field a string using the f-string's own quote that never ends
        // means the field itself was not closed.
        if (fmodes.Count > 0 && fmodes[^1].Quote == q && fmodes[^1].Triple == triple)
            return Error($"{fmodes[^1].Word}: expecting '}}'", startLine, startCol + 1);
        if (triple)
        {
            if (allowIncomplete) return Incomplete();
            return Error($"unterminated triple-quoted string literal (detected at line {DetectedLine})", startLine, startCol + 1);
        }
        return Error(escapedQuote ? $"unterminated string literal (detected at line {DetectedLine}); perhaps you escaped the end quote?"
                                  : $"unterminated string literal (detected at line {DetectedLine})", startLine, startCol + 1);
    }

    void StartFString(int start, bool raw, bool template)
    {
        int startCol = start - lineStart;
        // CPython's MAXFSTRINGLEVEL (150 tokenizer modes, the regular one included).
        if (fmodes.Count + 2 > 150) throw Error("too many nested f-strings or t-strings", line, startCol + 1);
        char q = src[pos];
        bool triple = pos + 2 < src.Length && src[pos + 1] == q && src[pos + 2] == q;
        pos += triple ? 3 : 1;
        Add(TokenKind.FStringStart, start, line, startCol, src.Substring(start, pos - start));
        fmodes.Add(new FMode { Quote = q, Triple = triple, Raw = raw, Template = template, Line = line, Col = startCol });
    }

    /// <summary>Scans f-string literal text up to the next replacement field, the end of a format spec, or
    /// the closing quote. "{{" and "}}" become single braces (not inside format specs); backslash escapes
    /// are left for <see cref="StringLiterals"/> to decode.</summary>
    void ScanFStringLiteral(FMode m)
    {
        bool inSpec = m.Fields.Count > 0;
        int start = pos, startLine = line, startCol = pos - lineStart;
        sb.Clear();
        while (true)
        {
            if (pos >= src.Length)
            {
                if (allowIncomplete && m.Triple) throw Incomplete();
                throw Error(m.Triple ? $"unterminated triple-quoted {m.Word} literal (detected at line {DetectedLine})"
                                     : $"unterminated {m.Word} literal (detected at line {DetectedLine})", m.Line, m.Col + 1);
            }
            char c = src[pos];
            if (c == m.Quote && (!m.Triple || (pos + 2 < src.Length && src[pos + 1] == c && src[pos + 2] == c)))
            {
                if (inSpec) throw Error($"{m.Word}: expecting '}}', or format specs", line, pos - lineStart + 1, line, pos - lineStart + 2);
                EmitMiddle(start, startLine, startCol);
                int s = pos; pos += m.Triple ? 3 : 1;
                Add(TokenKind.FStringEnd, s, line, s - lineStart);
                fmodes.RemoveAt(fmodes.Count - 1);
                return;
            }
            if (c == '\n')
            {
                if (!m.Triple)
                    throw Error($"unterminated {m.Word} literal (detected at line {DetectedLine})", m.Line, m.Col + 1);
                sb.Append(c); pos++; NewLine();
                continue;
            }
            if (c == '\\' && pos + 1 < src.Length)
            {
                char n = src[pos + 1];
                if (!m.Raw && n == 'N' && pos + 2 < src.Length && src[pos + 2] == '{')
                {
                    int close = src.IndexOf('}', pos);
                    int nl = src.IndexOf('\n', pos);
                    if (close > 0 && (nl < 0 || close < nl))
                    {
                        sb.Append(src, pos, close + 1 - pos); pos = close + 1;
                        continue;
                    }
                }
                if (n == '{' || n == '}') { sb.Append(c); pos++; continue; }
                sb.Append(c).Append(n); pos += 2;
                if (n == '\n') NewLine();
                continue;
            }
            if (c == '{')
            {
                if (!inSpec && pos + 1 < src.Length && src[pos + 1] == '{') { sb.Append('{'); pos += 2; continue; }
                EmitMiddle(start, startLine, startCol);
                brackets.Add(new Bracket('{', line, pos - lineStart));
                AddOp(TokenKind.LBrace, 1);
                m.Fields.Add(new Field { Depth = brackets.Count });
                return;
            }
            if (c == '}')
            {
                if (!inSpec && pos + 1 < src.Length && src[pos + 1] == '}') { sb.Append('}'); pos += 2; continue; }
                if (!inSpec) { pos++; throw ErrorHere($"{m.Word}: single '}}' is not allowed"); }
                // The end of a format spec closes the replacement field that owns it.
                EmitMiddle(start, startLine, startCol);
                brackets.RemoveAt(brackets.Count - 1);
                AddOp(TokenKind.RBrace, 1);
                m.Fields.RemoveAt(m.Fields.Count - 1);
                return;
            }
            sb.Append(c); pos++;
        }
    }

    void EmitMiddle(int start, int startLine, int startCol)
    {
        if (pos == start) return;
        toks.Add(new Token
        {
            Kind = TokenKind.FStringMiddle, Start = start, End = pos, Line = startLine, Col = startCol,
            EndLine = line, EndCol = pos - lineStart, Text = sb.ToString(),
        });
        lineHasTokens = true;
    }
}
