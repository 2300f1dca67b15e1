using System.Text;
using Kaa.Compiler.Ast;
using AstBinOp = Kaa.Compiler.Ast.BinOp;
using Expr = Kaa.Compiler.Ast.Expr;
using Name = Kaa.Compiler.Ast.Name;
using Call = Kaa.Compiler.Ast.Call;
using Kaa.Compiler.Parsing;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Hosting;

/// <summary>
/// Formats uncaught exceptions exactly like CPython 3.13's traceback module (which its default
/// sys.excepthook uses): the stack with source lines and caret lines, chained exceptions, notes,
/// exception groups in their box layout, SyntaxError's own layout, repeated-frame collapsing and the
/// "Did you mean" suggestions of NameError/AttributeError/ImportError.
/// </summary>
public static partial class TracebackPrinter
{
    private const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";
    private const int RecursiveCutoff = 3;
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    /// <summary>Key of this printer's per-interpreter state (registered sources) in InterpreterState.ModuleStates
    /// (compared by reference; the literal is interned, so it is one object).</summary>
    private const string SourcesKey = "Kaa.Runtime.Hosting.TracebackPrinter.Sources";

    /// <summary>
    /// Makes the source of code that has no file (the -c command, REPL input) available to tracebacks,
    /// like CPython 3.13 does with linecache.
    /// </summary>
    public static void RegisterSource(InterpreterState interp, string filename, string source)
    {
        lock (interp.ModuleStates)
        {
            if (!interp.ModuleStates.TryGetValue(SourcesKey, out var o))
                interp.ModuleStates[SourcesKey] = o = new Dictionary<string, string[]>(StringComparer.Ordinal);
            ((Dictionary<string, string[]>)o)[filename] = SplitLines(source);
        }
    }

    /// <summary>Writes the formatted exception to sys.stderr (or the process's stderr when sys.stderr is unusable).</summary>
    public static void Print(ThreadState ts, PyBaseException exc)
    {
        var text = Format(ts, exc);
        WriteStderr(ts, text);
    }

    /// <summary>Writes text to sys.stderr through its write method, falling back to the console.</summary>
    public static void WriteStderr(ThreadState ts, string text)
    {
        try
        {
            var stderr = ts.Interp.Sys.Dict.GetStr("stderr");
            if (stderr != null && stderr is not PyNone)
            {
                Ops.CallMethod(ts, stderr, "write", PyStr.From(text));
                if (Ops.TryGetAttr(ts, stderr, PyStr.From("flush"), out var flush) && flush != null) Ops.Call(ts, flush);
                return;
            }
        }
        catch (PyException) { }
        Console.Error.Write(text);
        Console.Error.Flush();
    }

    /// <summary>traceback.format_exception(exc) joined: the full report, chained exceptions included.</summary>
    public static string Format(ThreadState ts, PyBaseException exc)
    {
        var ctx = new Context(ts);
        var sb = new StringBuilder();
        ctx.FormatChain(exc, sb);
        return sb.ToString();
    }

    /// <summary>traceback.format_exception_only(exc) joined: the final "Type: message" part (and notes).</summary>
    public static string FormatExceptionOnly(ThreadState ts, PyBaseException exc)
    {
        var ctx = new Context(ts);
        var sb = new StringBuilder();
        foreach (var line in ctx.ExceptionOnly(exc)) sb.Append(line);
        return sb.ToString();
    }

    private static string[] SplitLines(string source)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(source[start..i]);
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < source.Length) lines.Add(source[start..]);
        return lines.ToArray();
    }

    /// <summary>The state of one formatting run: the group depth (CPython's _ExceptionPrintContext) and a line cache.</summary>
    private sealed class Context(ThreadState ts)
    {
        private readonly ThreadState _ts = ts;
        private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);
        private int _depth;
        private bool _needClose;

        private string Indent() => new(' ', 2 * _depth);

        private void Emit(StringBuilder sb, string text, char margin = '|')
        {
            var indent = Indent();
            if (_depth > 0) indent += margin + " ";
            if (indent.Length == 0) { sb.Append(text); return; }
            foreach (var line in SplitKeepEnds(text)) sb.Append(indent).Append(line);
        }

        private static IEnumerable<string> SplitKeepEnds(string text)
        {
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    yield return text[start..(i + 1)];
                    start = i + 1;
                }
            }
            if (start < text.Length) yield return text[start..];
        }

        public void FormatChain(PyBaseException exc, StringBuilder sb) => FormatChain(exc, sb, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));

        private void FormatChain(PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
        {
            // Collect the chain first: the oldest exception prints first.
            var chain = new List<(string? Msg, PyBaseException Exc)>();
            PyBaseException? cur = exc;
            seen.Add(exc);
            while (cur != null)
            {
                string? msg = null;
                PyBaseException? next = null;
                if (cur.Cause != null)
                {
                    if (seen.Add(cur.Cause)) { msg = CauseMessage; next = cur.Cause; }
                }
                else if (cur.Context != null && !cur.SuppressContext)
                {
                    if (seen.Add(cur.Context)) { msg = ContextMessage; next = cur.Context; }
                }
                chain.Add((msg, cur));
                cur = next;
            }
            for (int i = chain.Count - 1; i >= 0; i--)
            {
                var (msg, e) = chain[i];
                if (msg != null) Emit(sb, msg);
                FormatOne(e, sb, seen);
            }
        }

        private void FormatOne(PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
        {
            var group = GroupExceptions(exc);
            if (group == null)
            {
                var stack = FormatStack(exc);
                if (stack.Length > 0)
                {
                    Emit(sb, "Traceback (most recent call last):\n");
                    Emit(sb, stack);
                }
                foreach (var line in ExceptionOnly(exc)) Emit(sb, line);
                return;
            }
            if (_depth > MaxGroupDepth)
            {
                Emit(sb, $"... (max_group_depth is {MaxGroupDepth})\n");
                return;
            }
            bool topLevel = _depth == 0;
            if (topLevel) _depth++;
            var gstack = FormatStack(exc);
            if (gstack.Length > 0)
            {
                Emit(sb, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                Emit(sb, gstack);
            }
            foreach (var line in ExceptionOnly(exc)) Emit(sb, line);
            int numExcs = group.Length;
            int n = numExcs <= MaxGroupWidth ? numExcs : MaxGroupWidth + 1;
            _needClose = false;
            for (int i = 0; i < n; i++)
            {
                bool last = i == n - 1;
                if (last) _needClose = true;
                bool truncated = i >= MaxGroupWidth;
                string title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                sb.Append(Indent()).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
                _depth++;
                if (!truncated) FormatChain(group[i], sb, seen);
                else
                {
                    int remaining = numExcs - MaxGroupWidth;
                    Emit(sb, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                }
                if (last && _needClose)
                {
                    sb.Append(Indent()).Append("+------------------------------------\n");
                    _needClose = false;
                }
                _depth--;
            }
            if (topLevel) _depth = 0;
        }

        private PyBaseException[]? GroupExceptions(PyBaseException exc)
        {
            if (!exc.ObType.IsSubtype(PyExc.BaseExceptionGroup)) return null;
            try
            {
                var excs = (PyObject?)(exc as PyBaseExceptionGroup)?.Excs ?? Ops.GetAttr(_ts, exc, "exceptions");
                return Ops.ToArray(_ts, excs).OfType<PyBaseException>().ToArray();
            }
            catch (PyException) { return null; }
        }

        // ---- the exception line -------------------------------------------------------------------

        public IEnumerable<string> ExceptionOnly(PyBaseException exc)
        {
            var stype = TypeName(exc.ObType);
            var lines = new List<string>();
            if (exc.ObType.IsSubtype(PyExc.SyntaxError)) lines.AddRange(FormatSyntaxError(exc, stype));
            else
            {
                var str = SafeStr(exc, "exception");
                str += Suggestion(exc);
                var line = str.Length == 0 ? stype : stype + ": " + str;
                if (_depth > 0)
                    foreach (var l in line.Split('\n')) lines.Add(l + "\n");
                else lines.Add(line + "\n");
            }
            PyObject? notes;
            try
            {
                notes = exc.GetExtra("__notes__");
                if (notes == null && !Ops.TryGetAttr(_ts, exc, PyStr.From("__notes__"), out notes)) notes = null;
            }
            catch (PyException e)
            {
                notes = new PyList([PyStr.From("Ignored error getting __notes__: " + SafeRepr(e.Value, "__notes__"))]);
            }
            if (notes is PyList or PyTuple)
            {
                foreach (var note in Ops.ToArray(_ts, notes))
                    foreach (var l in SafeStr(note, "note").Split('\n')) lines.Add(l + "\n");
            }
            else if (notes != null && notes is not PyNone)
                lines.Add(SafeRepr(notes, "__notes__") + "\n");
            return lines;
        }

        private string TypeName(PyType t)
        {
            string qual = t.Name, mod = "builtins";
            try
            {
                if (Ops.GetAttr(_ts, t, "__qualname__") is PyStr q) qual = q.Value;
                var m = Ops.GetAttr(_ts, t, "__module__");
                mod = m is PyStr ms ? ms.Value : "<unknown>";
            }
            catch (PyException) { }
            return mod is "__main__" or "builtins" ? qual : mod + "." + qual;
        }

        private string SafeStr(PyObject o, string what)
        {
            try { return Ops.StrString(_ts, o); }
            catch (PyException) { return $"<{what} str() failed>"; }
        }

        private string SafeRepr(PyObject o, string what)
        {
            try { return Ops.ReprString(_ts, o); }
            catch (PyException) { return $"<{what} repr() failed>"; }
        }

        private IEnumerable<string> FormatSyntaxError(PyBaseException exc, string stype)
        {
            PyObject? Attr(string name)
            {
                try
                {
                    var v = Ops.GetAttr(_ts, exc, name);
                    return v is PyNone ? null : v;
                }
                catch (PyException) { return null; }
            }
            var filename = Attr("filename");
            var lineno = Attr("lineno");
            var endLineno = Attr("end_lineno");
            var text = Attr("text") as PyStr;
            var offset = Attr("offset");
            var endOffset = Attr("end_offset");
            var msgObj = Attr("msg");
            string filenameSuffix = "";
            if (lineno != null)
                yield return $"  File \"{(filename != null ? SafeStr(filename, "filename") : "<string>")}\", line {SafeStr(lineno, "lineno")}\n";
            else if (filename != null)
                filenameSuffix = $" ({SafeStr(filename, "filename")})";
            if (text != null)
            {
                var rtext = text.Value.TrimEnd('\n');
                var ltext = rtext.TrimStart(' ', '\n', '\f');
                int spaces = rtext.Length - ltext.Length;
                if (offset == null) yield return $"    {ltext}\n";
                else if (offset is PyInt oi && oi.IsSmall)
                {
                    long off = oi.Small;
                    long endOff;
                    bool sameLine = lineno != null && endLineno != null && SafeStr(lineno, "") == SafeStr(endLineno, "");
                    if (sameLine)
                        endOff = endOffset is PyInt ei && ei.IsSmall && ei.Small != 0 ? ei.Small : off;
                    else endOff = rtext.Length + 1;
                    int textLen = text.CodePointLength;
                    int rlen = CodePointLength(rtext);
                    if (textLen > 0 && off > textLen) off = rlen + 1;
                    if (textLen > 0 && endOff > textLen) endOff = rlen + 1;
                    if (off >= endOff || endOff < 0) endOff = off + 1;
                    long colno = off - 1 - spaces, endColno = endOff - 1 - spaces;
                    yield return $"    {ltext}\n";
                    if (colno >= 0)
                    {
                        var caretSpace = new StringBuilder();
                        int cps = 0;
                        for (int i = 0; i < ltext.Length && cps < colno; i++)
                        {
                            char c = ltext[i];
                            if (char.IsHighSurrogate(c) && i + 1 < ltext.Length) i++;
                            caretSpace.Append(char.IsWhiteSpace(c) ? c : ' ');
                            cps++;
                        }
                        yield return $"    {caretSpace}{new string('^', (int)Math.Max(0, endColno - colno))}\n";
                    }
                }
            }
            var msg = msgObj != null ? SafeStr(msgObj, "msg") : "";
            if (msg.Length == 0) msg = "<no detail available>";
            yield return $"{stype}: {msg}{filenameSuffix}\n";
        }

        private static int CodePointLength(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
                n++;
            }
            return n;
        }

        // ---- the stack ------------------------------------------------------------------------------

        private readonly record struct FrameSummary(string Filename, int Lineno, string Name, int EndLineno, int Col, int EndCol, string? CodeFilename);

        private string FormatStack(PyBaseException exc)
        {
            var frames = new List<FrameSummary>();
            for (var tb = exc.Traceback as PyTraceback; tb != null; tb = tb.Next)
            {
                var code = tb.Frame.Code;
                int i = tb.LastI;
                int line = tb.LineNo, endLine = -1, col = -1, endCol = -1;
                if (i >= 0 && i < code.Instructions.Length)
                {
                    // The instruction's own position (co_positions); tb_lineno only when it has none.
                    if (code.Unit.Line(i) >= 0) line = code.Unit.Line(i);
                    endLine = code.Unit.EndLine(i);
                    col = code.Unit.Col(i);
                    endCol = code.Unit.EndCol(i);
                }
                frames.Add(new FrameSummary(code.Filename.Value, line, code.Name.Value, endLine, col, endCol, code.Filename.Value));
            }
            frames = ApplyLimit(frames);
            var sb = new StringBuilder();
            string? lastFile = null, lastName = null;
            int lastLine = int.MinValue, count = 0;
            foreach (var f in frames)
            {
                if (lastFile == null || lastFile != f.Filename || lastLine != f.Lineno || lastName != f.Name)
                {
                    if (count > RecursiveCutoff)
                    {
                        count -= RecursiveCutoff;
                        sb.Append($"  [Previous line repeated {count} more time{(count > 1 ? "s" : "")}]\n");
                    }
                    lastFile = f.Filename;
                    lastLine = f.Lineno;
                    lastName = f.Name;
                    count = 0;
                }
                count++;
                if (count > RecursiveCutoff) continue;
                sb.Append(FormatFrame(f));
            }
            if (count > RecursiveCutoff)
            {
                count -= RecursiveCutoff;
                sb.Append($"  [Previous line repeated {count} more time{(count > 1 ? "s" : "")}]\n");
            }
            return sb.ToString();
        }

        /// <summary>sys.tracebacklimit as the default excepthook applies it: the last n entries (none when n &lt;= 0).</summary>
        private List<FrameSummary> ApplyLimit(List<FrameSummary> frames)
        {
            if (_ts.Interp.Sys.Dict.GetStr("tracebacklimit") is not PyInt lim) return frames;
            long n = lim.IsSmall ? Math.Max(0, lim.Small) : lim.Sign > 0 ? long.MaxValue : 0;
            return n >= frames.Count ? frames : frames.Skip(frames.Count - (int)n).ToList();
        }

        private string[]? FileLines(string filename)
        {
            if (_files.TryGetValue(filename, out var cached)) return cached;
            string[]? lines = null;
            lock (_ts.Interp.ModuleStates)
            {
                if (_ts.Interp.ModuleStates.TryGetValue(SourcesKey, out var o) && ((Dictionary<string, string[]>)o).TryGetValue(filename, out var reg))
                    lines = reg;
            }
            if (lines == null && !(filename.StartsWith('<') && filename.EndsWith('>')))
            {
                try
                {
                    if (ImportSystem.ReadSource(_ts, filename) is { } text) lines = SplitLines(text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or DecoderFallbackException or PyException) { }
            }
            _files[filename] = lines;
            return lines;
        }

        private string GetLine(string filename, int lineno)
        {
            var lines = FileLines(filename);
            if (lines == null || lineno < 1 || lineno > lines.Length) return "";
            return lines[lineno - 1];
        }

        private string FormatFrame(FrameSummary f)
        {
            var row = new StringBuilder();
            var filename = f.Filename.StartsWith("<stdin>-", StringComparison.Ordinal) ? "<stdin>" : f.Filename;
            row.Append($"  File \"{filename}\", line {f.Lineno}, in {f.Name}\n");
            if (f.Lineno <= 0) return row.ToString();
            int endLineno = f.EndLineno >= f.Lineno ? f.EndLineno : f.Lineno;
            var original = new List<string>();
            for (int l = f.Lineno; l <= endLineno; l++) original.Add(GetLine(f.Filename, l).TrimEnd());
            var dedentedText = Dedent(string.Join("\n", original) + "\n");
            if (dedentedText.Trim().Length == 0) return row.ToString();
            if (f.Col < 0 || f.EndCol < 0 || f.EndLineno < f.Lineno)
            {
                row.Append("    ").Append(original[0].Trim()).Append('\n');
                return row.ToString();
            }
            var firstLine = original[0];
            var lastLine = original[endLineno - f.Lineno];
            int startOffset = Math.Min(f.Col, firstLine.Length);
            int endOffset = Math.Min(f.EndCol, lastLine.Length);
            var allLines = dedentedText.Split('\n').Take(endLineno - f.Lineno + 1).ToList();
            int dedentChars = firstLine.Length - allLines[0].Length;
            startOffset = Math.Max(0, startOffset - dedentChars);
            endOffset = Math.Max(0, endOffset - dedentChars);
            int dpStart = DisplayWidth(allLines[0], startOffset);
            int dpEnd = DisplayWidth(allLines[^1], endOffset);

            var joined = string.Join("\n", allLines);
            int segEnd = joined.Length - (allLines[^1].Length - endOffset);
            string segment = startOffset <= segEnd && segEnd <= joined.Length ? joined[startOffset..segEnd] : "";

            Anchors? anchors = null;
            try { anchors = ExtractAnchors(segment); }
            catch (Exception e) when (e is not OutOfMemoryException) { anchors = null; }
            bool showCarets = ShouldShowCarets(startOffset, endOffset, allLines, anchors);

            var significant = new SortedSet<int> { 0, allLines.Count - 1 };
            int leftEnd = 0, rightStart = 0;
            char primary = '^', secondary = '^';
            if (anchors is { } a)
            {
                leftEnd = a.LeftEndOffset;
                rightStart = a.RightStartOffset;
                if (a.LeftEndLine == 0) leftEnd += startOffset;
                if (a.RightStartLine == 0) rightStart += startOffset;
                leftEnd = DisplayWidth(allLines[a.LeftEndLine], leftEnd);
                rightStart = DisplayWidth(allLines[a.RightStartLine], rightStart);
                primary = a.Primary;
                secondary = a.Secondary;
                for (int k = a.LeftEndLine - 1; k <= a.LeftEndLine + 1; k++) significant.Add(k);
                for (int k = a.RightStartLine - 1; k <= a.RightStartLine + 1; k++) significant.Add(k);
            }
            significant.Remove(-1);
            significant.Remove(allLines.Count);

            var result = new StringBuilder();
            void OutputLine(int lineno)
            {
                var line = allLines[lineno];
                result.Append(line).Append('\n');
                if (!showCarets) return;
                int numSpaces = line.Length - line.TrimStart().Length;
                int numCarets = lineno == allLines.Count - 1 ? dpEnd : DisplayWidth(line, line.Length);
                var carets = new StringBuilder(numCarets);
                for (int col = 0; col < numCarets; col++)
                {
                    if (col < numSpaces || (lineno == 0 && col < dpStart)) carets.Append(' ');
                    else if (anchors is { } an
                             && (lineno > an.LeftEndLine || (lineno == an.LeftEndLine && col >= leftEnd))
                             && (lineno < an.RightStartLine || (lineno == an.RightStartLine && col < rightStart)))
                        carets.Append(secondary);
                    else carets.Append(primary);
                }
                result.Append(carets).Append('\n');
            }
            var sig = significant.ToList();
            for (int i = 0; i < sig.Count; i++)
            {
                int lineno = sig[i];
                if (i > 0)
                {
                    int diff = lineno - sig[i - 1];
                    if (diff == 2) OutputLine(lineno - 1);
                    else if (diff > 2) result.Append($"...<{diff - 1} lines>...\n");
                }
                OutputLine(lineno);
            }
            foreach (var line in SplitKeepEnds(Dedent(result.ToString()))) row.Append("    ").Append(line);
            return row.ToString();
        }

        private static bool ShouldShowCarets(int startOffset, int endOffset, List<string> allLines, Anchors? anchors)
        {
            try
            {
                var tree = Parser.ParseModule(string.Join("\n", allLines), "<string>");
                if (tree.Body.Count == 0) return false;
                Expr? value = null;
                switch (tree.Body[0])
                {
                    case Return { Value: Call { Func: Name } call }:
                        value = call;
                        break;
                    case Assign { Value: Call call2 } assign when assign.Targets.Count == 1 && assign.Targets[0] is Name:
                        value = call2;
                        break;
                }
                if (value != null && value.Lineno == 1 && value.EndLineno == allLines.Count
                    && value.ColOffset == startOffset && value.EndColOffset == endOffset)
                    return false;
            }
            catch (Exception e) when (e is not OutOfMemoryException) { }
            if (anchors != null) return true;
            var first = allLines[0];
            var last = allLines[^1];
            if (first[..Math.Min(startOffset, first.Length)].TrimStart().Length > 0) return true;
            if (endOffset <= last.Length && last[endOffset..].TrimEnd().Length > 0) return true;
            return false;
        }

        private readonly record struct Anchors(int LeftEndLine, int LeftEndOffset, int RightStartLine, int RightStartOffset,
            char Primary = '~', char Secondary = '^');

        /// <summary>traceback._extract_caret_anchors_from_line_segment: the operator of a binary operation,
        /// the brackets of a subscript or call.</summary>
        private static Anchors? ExtractAnchors(string segment)
        {
            ModuleNode tree;
            try { tree = Parser.ParseModule("(\n" + segment + "\n)", "<string>"); }
            catch (Kaa.Compiler.SyntaxErrorException) { return null; }
            if (tree.Body.Count != 1) return null;
            var lines = segment.Split('\n');
            // Treat "\r\n" like splitlines() would.
            for (int i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimEnd('\r');
            if (segment.EndsWith('\n')) lines = lines[..^1];

            (int, int) NextValid(int lineno, int col)
            {
                while (lineno < lines.Length && col >= lines[lineno].Length)
                {
                    col = 0;
                    lineno++;
                }
                if (!(lineno < lines.Length && col < lines[lineno].Length)) throw new InvalidOperationException();
                return (lineno, col);
            }
            (int, int) Increment(int lineno, int col) => NextValid(lineno, col + 1);
            (int, int) NextLine(int lineno, int col) => NextValid(lineno + 1, 0);
            (int, int) IncrementUntil(int lineno, int col, Func<char, bool> stop)
            {
                while (true)
                {
                    char ch = lines[lineno][col];
                    if (ch is '\\' or '#') (lineno, col) = NextLine(lineno, col);
                    else if (!stop(ch)) (lineno, col) = Increment(lineno, col);
                    else break;
                }
                return (lineno, col);
            }
            (int, int) SetupPositions(Expr e, bool forceValid = true)
            {
                int lineno = e.EndLineno - 2;
                int col = e.EndColOffset;
                return forceValid ? NextValid(lineno, col) : (lineno, col);
            }

            if (tree.Body[0] is not ExprStmt stmt) return null;
            switch (stmt.Value)
            {
                case AstBinOp b:
                {
                    var (lineno, col) = SetupPositions(b.Left);
                    (lineno, col) = IncrementUntil(lineno, col, c => !char.IsWhiteSpace(c) && c != ')');
                    int rightCol = col + 1;
                    // A two-character operator, unless the next character already belongs to the right operand.
                    if (rightCol < lines[lineno].Length
                        && (b.Right.Lineno - 2 > lineno || rightCol < b.Right.ColOffset)
                        && !char.IsWhiteSpace(lines[lineno][rightCol]) && lines[lineno][rightCol] is not ('\\' or '#'))
                        rightCol++;
                    return new Anchors(lineno, col, lineno, rightCol);
                }
                case Subscript s:
                {
                    var (ll, lc) = SetupPositions(s.Value);
                    (ll, lc) = IncrementUntil(ll, lc, c => c == '[');
                    var (rl, rc) = SetupPositions(s, forceValid: false);
                    return new Anchors(ll, lc, rl, rc);
                }
                case Call c:
                {
                    var (ll, lc) = SetupPositions(c.Func);
                    (ll, lc) = IncrementUntil(ll, lc, ch => ch == '(');
                    var (rl, rc) = SetupPositions(c, forceValid: false);
                    return new Anchors(ll, lc, rl, rc);
                }
            }
            return null;
        }

        // ---- suggestions ----------------------------------------------------------------------------

        private string Suggestion(PyBaseException exc)
        {
            try
            {
                var t = exc.ObType;
                if (t.IsSubtype(PyExc.ImportError))
                {
                    if (exc is PyImportError { NameFrom: PyStr nameFrom })
                    {
                        var s = Suggestions.Compute(_ts, exc, nameFrom.Value);
                        if (s != null) return $". Did you mean: '{s}'?";
                    }
                    return "";
                }
                if (!t.IsSubtype(PyExc.NameError) && !t.IsSubtype(PyExc.AttributeError)) return "";
                if (((exc as PyNameError)?.Name ?? (exc as PyAttributeError)?.Name) is not PyStr name) return "";
                var sug = Suggestions.Compute(_ts, exc, name.Value);
                var result = sug != null ? $". Did you mean: '{sug}'?" : "";
                if (t.IsSubtype(PyExc.NameError) && IsStdlibModule(name.Value))
                    result += sug != null ? $" Or did you forget to import '{name.Value}'?" : $". Did you forget to import '{name.Value}'?";
                return result;
            }
            catch (PyException) { return ""; }
        }

        private bool IsStdlibModule(string name)
        {
            var names = _ts.Interp.Sys.Dict.GetStr("stdlib_module_names");
            if (names == null) return false;
            try { return Ops.ToArray(_ts, names).Any(n => n is PyStr s && s.Value == name); }
            catch (PyException) { return false; }
        }
    }

    /// <summary>textwrap.dedent: removes the longest common leading whitespace; whitespace-only lines become empty.</summary>
    internal static string Dedent(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Length > 0 && lines[i].All(c => c is ' ' or '\t')) lines[i] = "";
        string? margin = null;
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            int k = 0;
            while (k < line.Length && line[k] is ' ' or '\t') k++;
            if (k == line.Length) continue;
            var indent = line[..k];
            if (margin == null) margin = indent;
            else if (indent.StartsWith(margin, StringComparison.Ordinal)) { }
            else if (margin.StartsWith(indent, StringComparison.Ordinal)) margin = indent;
            else
            {
                int j = 0;
                while (j < margin.Length && j < indent.Length && margin[j] == indent[j]) j++;
                margin = margin[..j];
            }
        }
        if (string.IsNullOrEmpty(margin)) return string.Join("\n", lines);
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith(margin, StringComparison.Ordinal)) lines[i] = lines[i][margin.Length..];
        return string.Join("\n", lines);
    }

    /// <summary>traceback._display_width: East Asian wide and fullwidth characters take two columns.</summary>
    internal static int DisplayWidth(string line, int offset)
    {
        offset = Math.Min(offset, line.Length);
        int w = 0;
        for (int i = 0; i < offset; i++)
        {
            int cp = line[i];
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                cp = char.ConvertToUtf32(line[i], line[i + 1]);
                i++;
            }
            w += IsWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static bool IsWide(int cp) =>
        cp >= 0x1100 && (cp <= 0x115F || cp is 0x2329 or 0x232A
            || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6F)
            || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
            || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD));
}
