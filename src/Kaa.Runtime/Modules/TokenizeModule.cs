using System.Text;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _tokenize module behind Lib/tokenize.py: TokenizerIter(readline, *, extra_tokens, encoding) yields
/// CPython 3.14's token tuples (type, string, (srow, scol), (erow, ecol), line), including COMMENT and
/// NL tokens and the FSTRING_*/TSTRING_* tokens of f- and t-strings. This is a tokenizer of its own
/// (the compiler's drops comments and blank lines); columns count code points, as tokenize does.
/// </summary>
public static class TokenizeModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_tokenize", Exec = Exec };

    // Token numbers of Lib/token.py (3.14).
    const int ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6, OP = 55,
        FSTRING_START = 59, FSTRING_MIDDLE = 60, FSTRING_END = 61, TSTRING_START = 62, TSTRING_MIDDLE = 63,
        TSTRING_END = 64, COMMENT = 65, NL = 66;

    static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("TokenizerIter", new PyBuiltinFunction("TokenizerIter", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("TokenizerIter", a, kw, ["readline", "extra_tokens", "encoding"], 1, posOnly: 1, kwOnlyFrom: 1);
            string? encoding = p[2] is PyStr e ? e.Value : null;
            var text = ReadAll(ts2, p[0]!, encoding);
            var scanner = new Scanner(text);
            List<PyObject> tokens;
            try { tokens = scanner.Run(); }
            catch (PyException error)
            {
                // As CPython's TokenizerIter, the tokens before the error come out first; the error is
                // raised by the next() that would have produced the bad token.
                var before = scanner.Tokens;
                int i = 0;
                var sentinel = new PyList();   // never returned: the function ends by raising
                var next = new PyBuiltinFunction("__next__", (ts3, _, a2, kw2) =>
                {
                    if (i < before.Count) return before[i++];
                    throw new PyException(error.Value);
                });
                return new PyCallableIterator(next, sentinel);
            }
            return Ops.GetIter(ts2, new PyList(tokens.ToArray()));
        }, m));
    }

    /// <summary>Calls readline until it returns an empty line or raises StopIteration.</summary>
    static string ReadAll(ThreadState ts, PyObject readline, string? encoding)
    {
        var sb = new StringBuilder();
        while (true)
        {
            PyObject line;
            try { line = Ops.Call(ts, readline); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopIteration)) { break; }
            string s;
            if (line is PyStr ps) s = ps.Value;
            else if (line is PyBytes pb)
            {
                if (encoding == null) throw PyErr.TypeError("readline() returned a non-string object");
                s = Ops.StrString(ts, Ops.CallMethod(ts, pb, "decode", PyStr.From(encoding)));
            }
            else throw PyErr.TypeError($"readline() returned a non-string object");
            if (s.Length == 0) break;
            sb.Append(s);
        }
        return sb.ToString();
    }

    static readonly System.Collections.Immutable.ImmutableArray<string> Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]",
        "{", "}", ",", ":", ";", ".", "=", "@", "!",
    ];

    /// <summary>One f-/t-string being scanned: its quote, and a stack of the replacement fields open in it
    /// (the bracket depth inside each, and whether its format spec is being read).</summary>
    sealed class FString(string quote, bool raw, bool template)
    {
        public readonly string Quote = quote;
        public readonly bool Raw = raw, Template = template;
        public readonly Stack<(int Depth, bool Spec)> Fields = new();
        public bool InLiteral => Fields.Count == 0 || Fields.Peek().Spec;
        public bool InFormatSpec => Fields.Count > 0 && Fields.Peek().Spec;
    }

    sealed class Scanner(string src)
    {
        readonly List<PyObject> toks = new();
        /// <summary>The tokens produced so far (all of them after <see cref="Run"/> returns).</summary>
        public List<PyObject> Tokens => toks;
        readonly List<int> lineStarts = ComputeLineStarts(src);
        readonly Stack<FString> fstrings = new();
        int pos, depth;

        static List<int> ComputeLineStarts(string s)
        {
            var l = new List<int> { 0 };
            for (int i = 0; i < s.Length; i++) if (s[i] == '\n') l.Add(i + 1);
            return l;
        }

        (int Row, int Col) RowCol(int at)
        {
            int lo = 0, hi = lineStarts.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (lineStarts[mid] <= at) lo = mid; else hi = mid - 1;
            }
            int start = lineStarts[lo];
            return (lo + 1, CodePoints(start, at));
        }

        int CodePoints(int from, int to)
        {
            int n = 0;
            for (int i = from; i < to; i++) if (!char.IsLowSurrogate(src[i]) || i == from || !char.IsHighSurrogate(src[i - 1])) n++;
            return n;
        }

        /// <summary>The physical lines the span touches, as CPython reports for multi-line tokens.</summary>
        string LinesOf(int start, int end)
        {
            int ls = src.LastIndexOf('\n', Math.Max(0, Math.Min(start, src.Length) - 1)) + 1;
            if (start == 0) ls = 0;
            int le = src.IndexOf('\n', Math.Max(end - 1, ls));
            le = le < 0 ? src.Length : le + 1;
            return src[ls..le];
        }

        void Add(int type, int start, int end, string? text = null, string? line = null)
        {
            var (sr, sc) = RowCol(start);
            var (er, ec) = RowCol(end);
            toks.Add(PyTuple.Create(PyInt.From(type), PyStr.From(text ?? src[start..end]),
                PyTuple.Create(PyInt.From(sr), PyInt.From(sc)), PyTuple.Create(PyInt.From(er), PyInt.From(ec)),
                PyStr.From(line ?? LinesOf(start, end))));
        }

        PyException ErrorAtRowCol(string msg, int row, int offset)
        {
            var exc = Ops.Call(ThreadState.Current!, PyExc.SyntaxError, PyStr.From(msg));
            Ops.SetAttr(ThreadState.Current!, exc, PyStr.From("lineno"), PyInt.From(row));
            Ops.SetAttr(ThreadState.Current!, exc, PyStr.From("offset"), PyInt.From(offset));
            return new PyException((PyBaseException)exc);
        }

        PyException Error(string msg, int at)
        {
            var (r, c) = RowCol(at);
            var exc = Ops.Call(ThreadState.Current!, PyExc.SyntaxError, PyStr.From(msg));
            Ops.SetAttr(ThreadState.Current!, exc, PyStr.From("lineno"), PyInt.From(r));
            Ops.SetAttr(ThreadState.Current!, exc, PyStr.From("offset"), PyInt.From(c + 1));
            return new PyException((PyBaseException)exc);
        }

        public List<PyObject> Run()
        {
            var indents = new Stack<int>();
            indents.Push(0);
            bool atLineStart = true, continued = false;
            while (pos < src.Length)
            {
                if (fstrings.Count > 0 && fstrings.Peek().InLiteral) { FStringLiteral(); continue; }
                if (atLineStart && (depth > 0 || continued)) atLineStart = false;
                if (atLineStart)
                {
                    atLineStart = false;
                    int ls = pos, col = 0;
                    while (pos < src.Length && src[pos] is ' ' or '\t' or '\f')
                    {
                        col = src[pos] == '\t' ? (col / 8 + 1) * 8 : src[pos] == '\f' ? 0 : col + 1;
                        pos++;
                    }
                    if (pos >= src.Length) break;
                    if (src[pos] is '#' or '\n' or '\r')
                    {
                        if (src[pos] == '#') Comment();
                        NewlineToken(NL);
                        atLineStart = true;
                        continue;
                    }
                    if (col > indents.Peek())
                    {
                        indents.Push(col);
                        Add(INDENT, ls, pos);
                    }
                    else
                    {
                        // The mismatch is found before any DEDENT is produced (as CPython's tokenizer).
                        if (!indents.Contains(col))
                        {
                            // E_DEDENT: an IndentationError with CPython's details tuple (offset: the
                            // length of the line the tokenizer held, text: the line without its newline).
                            var (row, _) = RowCol(pos);
                            var line = LineAt(row);
                            var details = PyTuple.Create(PyStr.From("<string>"), PyInt.From(row), PyInt.From(line.Length),
                                PyStr.From(line.TrimEnd('\n', '\r')), PyNone.Value, PyNone.Value);
                            throw new PyException((PyBaseException)Ops.Call(ThreadState.Current!, PyExc.IndentationError,
                                PyStr.From("unindent does not match any outer indentation level"), details));
                        }
                        while (col < indents.Peek())
                        {
                            indents.Pop();
                            Add(DEDENT, pos, pos, "", LinesOf(pos, pos + 1));
                        }
                    }
                }
                continued = false;
                char c = src[pos];
                if (c is ' ' or '\t' or '\f') { pos++; continue; }
                if (c == '#') { Comment(); continue; }
                if (c is '\n' or '\r')
                {
                    bool logical = depth == 0 && LastSignificant() is { } last && !IsTrivia(last);
                    NewlineToken(logical ? NEWLINE : NL);
                    atLineStart = true;
                    continue;
                }
                if (c == '\\' && pos + 1 < src.Length && src[pos + 1] is '\n' or '\r')
                {
                    pos += src[pos + 1] == '\r' && pos + 2 < src.Length && src[pos + 2] == '\n' ? 3 : 2;
                    continued = true;
                    continue;
                }
                if (fstrings.Count > 0 && FieldPunctuation()) continue;
                if (IsIdStart(c) && StringPrefixAt(out int qpos)) { StringToken(qpos); continue; }
                if (IsIdStart(c)) { Name(); continue; }
                if (char.IsAsciiDigit(c) || (c == '.' && pos + 1 < src.Length && char.IsAsciiDigit(src[pos + 1]))) { Number(); continue; }
                if (c is '"' or '\'') { StringToken(pos); continue; }
                Operator();
            }
            // End of input inside brackets or right after a backslash continuation: CPython's tokenizer
            // reports E_EOF at the line it was reading (offset: what its buffer held then).
            if (depth > 0 && fstrings.Count == 0)
                throw ErrorAtRowCol("unexpected EOF in multi-line statement", lineStarts.Count - (src.EndsWith('\n') ? 1 : 0), 0);
            if (continued)
            {
                var (row, _) = RowCol(Math.Max(0, src.Length - 1));
                throw ErrorAtRowCol("unexpected EOF in multi-line statement", row, src.Length - lineStarts[row - 1]);
            }
            // End of input: a final NEWLINE when the last line had none, then DEDENTs and ENDMARKER.
            if (toks.Count > 0 && !IsTrivia(toks[^1]) && depth == 0)
            {
                Add(NEWLINE, src.Length, src.Length, "", "");
                FixLastEnd();
            }
            int end = src.Length;
            while (indents.Count > 1) { indents.Pop(); AddAtEnd(DEDENT); }
            AddAtEnd(ENDMARKER);
            return toks;
        }

        /// <summary>A NEWLINE added at the very end of text without a final newline spans one column.</summary>
        void FixLastEnd()
        {
            var t = (PyTuple)toks[^1];
            var (r, c) = RowCol(src.Length);
            toks[^1] = PyTuple.Create(t[0], t[1], PyTuple.Create(PyInt.From(r), PyInt.From(c)),
                PyTuple.Create(PyInt.From(r), PyInt.From(c + 1)), PyStr.From(LinesOf(src.Length - 1 < 0 ? 0 : src.Length - 1, src.Length)));
        }

        void AddAtEnd(int type)
        {
            int row = lineStarts.Count + (src.Length > 0 && src[^1] != '\n' ? 1 : 0);
            if (src.Length == 0) row = 1;
            toks.Add(PyTuple.Create(PyInt.From(type), PyStr.Empty, PyTuple.Create(PyInt.From(row), PyInt.From(0)),
                PyTuple.Create(PyInt.From(row), PyInt.From(0)), PyStr.Empty));
        }

        PyObject? LastSignificant()
        {
            for (int i = toks.Count - 1; i >= 0; i--)
                if ((int)((PyInt)((PyTuple)toks[i])[0]).Small != COMMENT) return toks[i];
            return null;
        }

        static bool IsTrivia(PyObject tok)
        {
            int t = (int)((PyInt)((PyTuple)tok)[0]).Small;
            return t is NEWLINE or NL or COMMENT or INDENT or DEDENT;
        }

        void Comment()
        {
            int s = pos;
            while (pos < src.Length && src[pos] is not ('\n' or '\r')) pos++;
            Add(COMMENT, s, pos);
        }

        void NewlineToken(int type)
        {
            int s = pos;
            if (pos < src.Length && src[pos] == '\r' && pos + 1 < src.Length && src[pos + 1] == '\n') pos += 2;
            else if (pos < src.Length) pos++;
            // The newline ends on its own line, one column further per character ('\r\n' spans two).
            var (r, c) = RowCol(s);
            toks.Add(PyTuple.Create(PyInt.From(type), PyStr.From(src[s..pos]), PyTuple.Create(PyInt.From(r), PyInt.From(c)),
                PyTuple.Create(PyInt.From(r), PyInt.From(c + Math.Max(1, pos - s))), PyStr.From(LinesOf(s, s + 1))));
        }

        static bool IsIdStart(char c) => c == '_' || char.IsLetter(c) || c >= 0x80 && !char.IsWhiteSpace(c) && !char.IsPunctuation(c);
        static bool IsIdChar(char c) => IsIdStart(c) || char.IsDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

        void Name()
        {
            int s = pos;
            while (pos < src.Length && IsIdChar(src[pos])) pos++;
            Add(NAME, s, pos);
        }

        void Number()
        {
            int s = pos;
            bool Digits(Func<char, bool> ok)
            {
                bool any = false;
                while (pos < src.Length && (ok(src[pos]) || src[pos] == '_' && pos + 1 < src.Length && ok(src[pos + 1]))) { pos++; any = true; }
                return any;
            }
            if (src[pos] == '0' && pos + 1 < src.Length && src[pos + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
            {
                char k = char.ToLowerInvariant(src[pos + 1]);
                pos += 2;
                Digits(k == 'x' ? char.IsAsciiHexDigit : k == 'o' ? c => c is >= '0' and <= '7' : c => c is '0' or '1');
            }
            else
            {
                Digits(char.IsAsciiDigit);
                if (pos < src.Length && src[pos] == '.') { pos++; Digits(char.IsAsciiDigit); }
                if (pos < src.Length && src[pos] is 'e' or 'E')
                {
                    int save = pos++;
                    if (pos < src.Length && src[pos] is '+' or '-') pos++;
                    if (!Digits(char.IsAsciiDigit)) pos = save;
                }
                if (pos < src.Length && src[pos] is 'j' or 'J') pos++;
            }
            Add(NUMBER, s, pos);
        }

        /// <summary>Whether a string prefix (r, b, u, f, t and combinations) followed by a quote starts here.</summary>
        bool StringPrefixAt(out int quotePos)
        {
            int i = pos;
            while (i < src.Length && i - pos < 3 && src[i] is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F' or 't' or 'T') i++;
            quotePos = i;
            if (i == pos || i >= src.Length || src[i] is not ('"' or '\'')) return false;
            var prefix = src[pos..i].ToLowerInvariant();
            return prefix is "r" or "b" or "u" or "f" or "t" or "br" or "rb" or "fr" or "rf" or "tr" or "rt";
        }

        void StringToken(int quotePos)
        {
            int s = pos;
            var prefix = src[s..quotePos].ToLowerInvariant();
            char q = src[quotePos];
            bool triple = quotePos + 2 < src.Length && src[quotePos + 1] == q && src[quotePos + 2] == q;
            string quote = triple ? new string(q, 3) : q.ToString();
            bool raw = prefix.Contains('r');
            if (prefix.Contains('f') || prefix.Contains('t'))
            {
                pos = quotePos + quote.Length;
                var fs = new FString(quote, raw, prefix.Contains('t'));
                fstrings.Push(fs);
                Add(fs.Template ? TSTRING_START : FSTRING_START, s, pos);
                return;
            }
            pos = quotePos + quote.Length;
            while (true)
            {
                if (pos >= src.Length)
                    throw Error($"{(triple ? "unterminated triple-quoted string literal" : "unterminated string literal")} (detected at line {RowCol(Math.Max(s, src.Length - 1)).Row})", s);
                char c = src[pos];
                if (c == '\\' && pos + 1 < src.Length) { pos += 2; continue; }
                if (!triple && c == '\n') throw Error($"unterminated string literal (detected at line {RowCol(s).Row})", s);
                if (string.CompareOrdinal(src, pos, quote, 0, quote.Length) == 0) { pos += quote.Length; break; }
                pos++;
            }
            Add(STRING, s, pos);
        }

        /// <summary>Literal text of the innermost f-string (or of a format spec): FSTRING_MIDDLE up to a
        /// replacement field, the closing quote, or (in a format spec) the closing brace.</summary>
        void FStringLiteral()
        {
            var fs = fstrings.Peek();
            int s = pos;
            var text = new StringBuilder();
            int middle = fs.Template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
            void Flush(int end)
            {
                if (text.Length > 0) Add(middle, s, s + text.Length, text.ToString(), LinesOf(s, end));
                text.Clear();
            }
            while (true)
            {
                if (pos >= src.Length) throw Error(fs.Quote.Length == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal", s);
                char c = src[pos];
                if (!fs.InFormatSpec && string.CompareOrdinal(src, pos, fs.Quote, 0, fs.Quote.Length) == 0)
                {
                    Flush(pos);
                    int e = pos + fs.Quote.Length;
                    Add(fs.Template ? TSTRING_END : FSTRING_END, pos, e);
                    pos = e;
                    fstrings.Pop();
                    return;
                }
                if (c == '\n' && fs.Quote.Length == 1) throw Error("unterminated f-string literal", s);
                if (c is '{' or '}')
                {
                    if (!fs.InFormatSpec && pos + 1 < src.Length && src[pos + 1] == c)
                    {
                        // A doubled brace is one literal brace; the text so far ends there.
                        text.Append(c);
                        Flush(pos + 1);
                        pos += 2;
                        s = pos;
                        continue;
                    }
                    if (c == '}' && fs.InFormatSpec)
                    {
                        // The end of the format spec: an (possibly empty) middle, then the field's '}'.
                        Add(middle, s, pos, text.ToString(), LinesOf(s, pos));
                        Add(OP, pos, pos + 1);
                        pos++;
                        fs.Fields.Pop();
                        depth--;
                        return;
                    }
                    Flush(pos);
                    if (c == '{')
                    {
                        Add(OP, pos, pos + 1);
                        pos++;
                        depth++;
                        fs.Fields.Push((depth, false));
                        return;
                    }
                    throw Error("f-string: single '}' is not allowed", pos);
                }
                if (c == '\\' && !fs.Raw && pos + 1 < src.Length)
                {
                    if (src[pos + 1] == 'N' && pos + 2 < src.Length && src[pos + 2] == '{')
                    {
                        int close = src.IndexOf('}', pos);
                        if (close > 0) { text.Append(src, pos, close + 1 - pos); pos = close + 1; continue; }
                    }
                    text.Append(c).Append(src[pos + 1]);
                    pos += 2;
                    continue;
                }
                text.Append(c);
                pos++;
            }
        }

        /// <summary>Inside a replacement field: '}' closing it, ':' starting its format spec, '!' and '='.</summary>
        bool FieldPunctuation()
        {
            var fs = fstrings.Peek();
            if (fs.Fields.Count == 0 || depth != fs.Fields.Peek().Depth) return false;
            char c = src[pos];
            if (c == '}')
            {
                Add(OP, pos, pos + 1);
                pos++;
                depth--;
                fs.Fields.Pop();
                return true;
            }
            if (c == ':' && !(pos + 1 < src.Length && src[pos + 1] == '='))
            {
                Add(OP, pos, pos + 1);
                pos++;
                fs.Fields.Push((fs.Fields.Pop().Depth, true));
                return true;
            }
            if (c == '!' && !(pos + 1 < src.Length && src[pos + 1] == '='))
            {
                Add(OP, pos, pos + 1);
                pos++;
                return true;
            }
            return false;
        }

        void Operator()
        {
            foreach (var op in Operators)
            {
                if (string.CompareOrdinal(src, pos, op, 0, op.Length) == 0)
                {
                    if (op is "(" or "[" or "{") depth++;
                    else if (op is ")" or "]" or "}") depth = Math.Max(0, depth - 1);
                    Add(OP, pos, pos + op.Length);
                    pos += op.Length;
                    return;
                }
            }
            if (src[pos] == '\\')
            {
                // E_LINECONT (a backslash followed by something other than a newline).
                var (row, _) = RowCol(pos);
                throw ErrorAtRowCol("unexpected character after line continuation character", row, LineAt(row).Length);
            }
            // As CPython's tokenizer (_PyToken_OneChar): any other ASCII character is a one-character OP
            // that only the parser rejects (inspect tokenizes "($module, x, /)" signatures this way).
            if (src[pos] < 128)
            {
                Add(OP, pos, pos + 1);
                pos++;
                return;
            }
            throw Error($"invalid character '{src[pos]}' (U+{(int)src[pos]:X4})", pos);
        }

        /// <summary>Line <paramref name="row"/> (1-based) with its newline.</summary>
        string LineAt(int row)
        {
            int start = lineStarts[row - 1];
            int end = row < lineStarts.Count ? lineStarts[row] : src.Length;
            return src[start..end];
        }
    }
}
