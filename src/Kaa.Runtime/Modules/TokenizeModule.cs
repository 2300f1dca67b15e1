using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _tokenize module behind Lib/tokenize.py (Python/Python-tokenize.c): TokenizerIter(readline,
/// *, extra_tokens, encoding) yields (type, string, start, end, line) tuples the way CPython's C
/// tokenizer does in extra_tokens mode (operators as OP, COMMENT and NL tokens, the line text each
/// token spans). Lines are read lazily from readline. f-strings and t-strings (FSTRING_START/MIDDLE/END)
/// are not tokenized yet: reaching one raises NotImplementedError.
/// </summary>
public static class TokenizeModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_tokenize", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.Empty);
        m.Set("TokenizerIter", PyTokenizerIter.TypeObject);
    }
}

/// <summary>_tokenize.TokenizerIter: a lazy iterator of token tuples.</summary>
public sealed class PyTokenizerIter : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("TokenizerIter", BuiltinTypes.Object, "_tokenize", subclassable: false);

    private readonly PyObject _readline;
    private readonly string? _encoding;
    private readonly Dictionary<string, int> _types;
    private readonly Queue<PyObject> _pending = new();
    private readonly List<int> _indents = [0];
    private int _lnum, _parenlev;
    private bool _continued, _done;
    private PyException? _error;
    private string _line = "", _lastLine = "";
    // A string spanning lines: its text so far, start, the lines it covers, and whether it is triple-quoted.
    private string? _contStr;
    private string _contLines = "", _contQuote = "";
    private (int Line, int Col) _strStart;

    private PyTokenizerIter(PyObject readline, string? encoding, Dictionary<string, int> types) : base(TypeObject)
    {
        _readline = readline;
        _encoding = encoding;
        _types = types;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            var p = Args.Parse("TokenizerIter", args, kw, ["readline", "extra_tokens", "encoding"], 2, posOnly: 1, kwOnlyFrom: 1);
            if (!Ops.IsTrue(ts, p[1]!))
                throw PyErr.NotImplementedError("_tokenize.TokenizerIter without extra_tokens is not implemented in Kaa");
            string? encoding = p[2] == null || p[2] is PyNone ? null : Ops.StrString(ts, p[2]!);
            var tokenMod = ImportSystem.ImportModuleLevel(ts, "token", null, null, 0);
            var types = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in (string[])["ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "OP", "COMMENT", "NL"])
                types[name] = (int)Ops.IndexAsLong(ts, Ops.GetAttr(ts, tokenMod, PyStr.From(name)));
            return new PyTokenizerIter(p[0]!, encoding, types);
        });
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyTokenizerIter)o).Next(ts);
    }

    private PyObject? Next(ThreadState ts)
    {
        while (_pending.Count == 0)
        {
            if (_error != null) { var e = _error; _error = null; _done = true; throw e; }
            if (_done) return null;
            try
            {
                ReadLine(ts);
            }
            catch (PyException e) when (_pending.Count > 0)
            {
                // As the C tokenizer: the tokens before the error come out first.
                _error = e;
            }
        }
        return _pending.Dequeue();
    }

    private void Emit(string type, string s, int sl, int sc, int el, int ec, string line)
        => _pending.Enqueue(new PyTuple([PyInt.From(_types[type]), PyStr.From(s),
            new PyTuple([PyInt.From(sl), PyInt.From(sc)]), new PyTuple([PyInt.From(el), PyInt.From(ec)]), PyStr.From(line)]));

    private string Fetch(ThreadState ts)
    {
        PyObject r;
        try { r = Ops.Call(ts, _readline); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopIteration)) { return ""; }
        if (_encoding != null)
        {
            if (r is not PyBytes b) throw PyErr.TypeError($"readline() returned a non-bytes object");
            return Codecs.Decode(ts, b.Value, _encoding, "strict");
        }
        return r is PyStr s ? s.Value : throw PyErr.TypeError("readline() returned a non-string object");
    }

    private static PyException TokenError(ThreadState ts, string msg, int line, int col)
    {
        // tokenize.py turns a plain SyntaxError into TokenError(msg, (lineno, offset)).
        var exc = Ops.Call(ts, PyExc.SyntaxError, [PyStr.From(msg),
            new PyTuple([PyStr.From("<string>"), PyInt.From(line), PyInt.From(col), PyNone.Value, PyNone.Value, PyNone.Value])]);
        return new PyException((PyBaseException)exc);
    }

    private void ReadLine(ThreadState ts)
    {
        _lastLine = _line;
        _line = Fetch(ts);
        _lnum++;
        string line = _line;
        int pos = 0, max = line.Length;
        if (_contStr != null)
        {
            if (line.Length == 0)
            {
                if (_contQuote.Length == 3) throw TokenError(ts, "EOF in multi-line string", _strStart.Line, _strStart.Col + 1);
                throw TokenError(ts, $"unterminated string literal (detected at line {_lnum - 1})", _strStart.Line, _strStart.Col + 1);
            }
            int end = FindStringEnd(line, 0, _contQuote);
            if (end >= 0)
            {
                Emit("STRING", _contStr + line[..end], _strStart.Line, _strStart.Col, _lnum, end, _contLines + line);
                _contStr = null;
                pos = end;
            }
            else if (_contQuote.Length == 1 && !EndsWithContinuation(line))
            {
                throw TokenError(ts, $"unterminated string literal (detected at line {_lnum})", _strStart.Line, _strStart.Col + 1);
            }
            else
            {
                _contStr += line;
                _contLines += line;
                return;
            }
        }
        else if (_parenlev == 0 && !_continued)
        {
            if (line.Length == 0) { Finish(); return; }
            int column = 0;
            while (pos < max)
            {
                char c = line[pos];
                if (c == ' ') column++;
                else if (c == '\t') column = (column / 8 + 1) * 8;
                else if (c == '\f') column = 0;
                else break;
                pos++;
            }
            if (pos == max) { Finish(); return; }
            char first = line[pos];
            if (first is '#' or '\r' or '\n')
            {
                if (first == '#')
                {
                    string comment = line[pos..].TrimEnd('\r', '\n');
                    Emit("COMMENT", comment, _lnum, pos, _lnum, pos + comment.Length, line);
                    pos += comment.Length;
                }
                Emit("NL", line[pos..], _lnum, pos, _lnum, pos + Math.Max(1, line.Length - pos), line);
                return;
            }
            if (column > _indents[^1])
            {
                _indents.Add(column);
                Emit("INDENT", line[..pos], _lnum, 0, _lnum, pos, line);
            }
            while (column < _indents[^1])
            {
                if (!_indents.Contains(column))
                {
                    var exc = Ops.Call(ts, PyExc.IndentationError, [PyStr.From("unindent does not match any outer indentation level"),
                        new PyTuple([PyStr.From("<string>"), PyInt.From(_lnum), PyInt.From(pos + 2), PyStr.From(line.TrimEnd('\r', '\n')), PyNone.Value, PyNone.Value])]);
                    throw new PyException((PyBaseException)exc);
                }
                _indents.RemoveAt(_indents.Count - 1);
                Emit("DEDENT", "", _lnum, pos, _lnum, pos, line);
            }
        }
        else
        {
            if (line.Length == 0)
            {
                int col = _continued ? _lastLine.Length : 0;
                throw TokenError(ts, "unexpected EOF in multi-line statement", _lnum - 1, col);
            }
            _continued = false;
        }
        ScanTokens(ts, line, pos);
    }

    private static bool EndsWithContinuation(string line) => line.EndsWith("\\\n", StringComparison.Ordinal) || line.EndsWith("\\\r\n", StringComparison.Ordinal);

    /// <summary>The end (exclusive) of a string whose closing quote is <paramref name="quote"/>, searching from pos, or -1.</summary>
    private static int FindStringEnd(string line, int pos, string quote)
    {
        for (int i = pos; i < line.Length; i++)
        {
            if (line[i] == '\\') { i++; continue; }
            if (string.CompareOrdinal(line, i, quote, 0, quote.Length) == 0) return i + quote.Length;
        }
        return -1;
    }

    private void Finish()
    {
        _done = true;
        string last = _lastLine;
        if (last.Length > 0 && last[^1] is not ('\r' or '\n') && !last.TrimStart().StartsWith('#'))
            Emit("NEWLINE", "", _lnum - 1, last.Length, _lnum - 1, last.Length + 1, last);
        for (int i = 1; i < _indents.Count; i++) Emit("DEDENT", "", _lnum, 0, _lnum, 0, "");
        _indents.RemoveRange(1, _indents.Count - 1);
        Emit("ENDMARKER", "", _lnum, 0, _lnum, 0, "");
    }

    private static bool IsIdStart(char c) => c == '_' || char.IsAsciiLetter(c) || (c >= 0x80 && (char.IsSurrogate(c) || StrUnicode.IsXidStart(c)));

    private static bool IsIdContinue(char c) => c == '_' || char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && (char.IsSurrogate(c) || StrUnicode.IsXidContinue(c)));

    private static readonly System.Collections.Immutable.ImmutableArray<string> Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==",
        ">=", ">>", "@=", "^=", "|=",
    ];

    private void ScanTokens(ThreadState ts, string line, int pos)
    {
        int max = line.Length;
        while (pos < max)
        {
            char c = line[pos];
            if (c is ' ' or '\t' or '\f') { pos++; continue; }
            int start = pos;
            if (c == '#')
            {
                string comment = line[pos..].TrimEnd('\r', '\n');
                Emit("COMMENT", comment, _lnum, pos, _lnum, pos + comment.Length, line);
                pos += comment.Length;
                continue;
            }
            if (c is '\r' or '\n')
            {
                string nl = c == '\r' && pos + 1 < max && line[pos + 1] == '\n' ? "\r\n" : c.ToString();
                Emit(_parenlev > 0 ? "NL" : "NEWLINE", nl, _lnum, pos, _lnum, pos + nl.Length, line);
                pos += nl.Length;
                continue;
            }
            if (c == '\\')
            {
                if (pos + 1 < max && (line[pos + 1] == '\n' || (line[pos + 1] == '\r' && pos + 2 < max && line[pos + 2] == '\n')))
                {
                    _continued = true;
                    return;
                }
                throw TokenError(ts, "unexpected character after line continuation character", _lnum, line.Length);
            }
            if (char.IsAsciiDigit(c) || (c == '.' && pos + 1 < max && char.IsAsciiDigit(line[pos + 1])))
            {
                pos = ScanNumber(line, pos);
                Emit("NUMBER", line[start..pos], _lnum, start, _lnum, pos, line);
                continue;
            }
            if (IsIdStart(c))
            {
                while (pos < max && IsIdContinue(line[pos])) pos++;
                string word = line[start..pos];
                if (pos < max && line[pos] is '\'' or '"' && IsStringPrefix(word))
                {
                    if (word.Contains('f', StringComparison.OrdinalIgnoreCase) || word.Contains('t', StringComparison.OrdinalIgnoreCase))
                        throw PyErr.NotImplementedError("tokenizing f-strings and t-strings (FSTRING_START/TSTRING_START tokens) is not implemented in Kaa yet");
                    if (!ScanString(ts, line, start, ref pos)) return;
                    continue;
                }
                Emit("NAME", word, _lnum, start, _lnum, pos, line);
                continue;
            }
            if (c is '\'' or '"')
            {
                if (!ScanString(ts, line, start, ref pos)) return;
                continue;
            }
            string op = c.ToString();
            foreach (var o in Operators)
            {
                if (string.CompareOrdinal(line, pos, o, 0, o.Length) == 0) { op = o; break; }
            }
            if (op.Length == 1)
            {
                if (c is '(' or '[' or '{') _parenlev++;
                else if (c is ')' or ']' or '}') _parenlev--;
            }
            pos += op.Length;
            Emit("OP", op, _lnum, start, _lnum, pos, line);
        }
    }

    private static bool IsStringPrefix(string w)
    {
        if (w.Length > 2) return false;
        var l = w.ToLowerInvariant();
        return l is "r" or "u" or "b" or "f" or "t" or "br" or "rb" or "fr" or "rf" or "tr" or "rt";
    }

    /// <summary>Scans a string literal at pos (prefix already consumed up to the quote); false when it continues on the next line.</summary>
    private bool ScanString(ThreadState ts, string line, int start, ref int pos)
    {
        char q = line[pos];
        string quote = pos + 2 < line.Length && line[pos + 1] == q && line[pos + 2] == q ? new string(q, 3) : q.ToString();
        int body = pos + quote.Length;
        int end = FindStringEnd(line, body, quote);
        if (end >= 0)
        {
            Emit("STRING", line[start..end], _lnum, start, _lnum, end, line);
            pos = end;
            return true;
        }
        if (quote.Length == 1 && !EndsWithContinuation(line))
            throw TokenError(ts, $"unterminated string literal (detected at line {_lnum})", _lnum, start + 1);
        _contStr = line[start..];
        _contLines = line;
        _contQuote = quote;
        _strStart = (_lnum, start);
        return false;
    }

    private static int ScanNumber(string s, int pos)
    {
        int n = s.Length;
        bool Digit(char ch, int radix) => radix switch
        {
            16 => char.IsAsciiHexDigit(ch),
            8 => ch is >= '0' and <= '7',
            2 => ch is '0' or '1',
            _ => char.IsAsciiDigit(ch),
        };
        int Digits(int p, int radix)
        {
            while (p < n && (Digit(s[p], radix) || (s[p] == '_' && p + 1 < n && Digit(s[p + 1], radix)))) p++;
            return p;
        }
        if (s[pos] == '0' && pos + 1 < n && s[pos + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            int radix = s[pos + 1] is 'x' or 'X' ? 16 : s[pos + 1] is 'o' or 'O' ? 8 : 2;
            int p = pos + 2;
            if (p < n && s[p] == '_') p++;
            return Digits(p, radix);
        }
        int q = Digits(pos, 10);
        if (q < n && s[q] == '.') q = Digits(q + 1, 10);
        if (q < n && s[q] is 'e' or 'E')
        {
            int e = q + 1;
            if (e < n && s[e] is '+' or '-') e++;
            if (e < n && char.IsAsciiDigit(s[e])) q = Digits(e, 10);
        }
        if (q < n && s[q] is 'j' or 'J') q++;
        return q;
    }
}
