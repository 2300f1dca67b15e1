using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>
/// Formats an exception with its traceback the way CPython's default excepthook does (chained
/// __cause__/__context__, "Traceback (most recent call last):", source lines). Used when the traceback
/// module cannot be imported (and by the embedding API).
/// </summary>
public static class TracebackPrinter
{
    public static string Format(ThreadState ts, PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatChain(ts, exc, sb, seen);
        return sb.ToString();
    }

    static void FormatChain(ThreadState ts, PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause != null && !seen.Contains(exc.Cause))
        {
            FormatChain(ts, exc.Cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context != null && !exc.SuppressContext && !seen.Contains(exc.Context))
        {
            FormatChain(ts, exc.Context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatOne(ts, exc, sb);
    }

    static void FormatOne(ThreadState ts, PyBaseException exc, StringBuilder sb)
    {
        if (exc.Traceback is PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var t = tb; t != null; t = t.Next)
            {
                var code = t.Frame.Code;
                sb.Append("  File \"").Append(code.Filename.Value).Append("\", line ").Append(t.LineNo)
                  .Append(", in ").Append(code.Name.Value).Append('\n');
                var line = SourceLine(ts, code.Filename.Value, t.LineNo);
                if (line != null) sb.Append("    ").Append(line.Trim()).Append('\n');
            }
        }
        sb.Append(ExceptionOnly(ts, exc)).Append('\n');
    }

    /// <summary>The last line: "Type: message" (module-qualified for non-builtin types).</summary>
    public static string ExceptionOnly(ThreadState ts, PyBaseException exc)
    {
        var type = exc.ObType;
        string name = type.QualName;
        var mod = type.ModuleName;
        if (mod != "builtins" && mod != "__main__") name = mod + "." + name;
        string msg;
        try { msg = Ops.StrString(ts, exc); }
        catch (PyException) { msg = "<exception str() failed>"; }
        if (exc is PySyntaxError se)
        {
            var sb = new StringBuilder();
            var filename = se.Filename;
            var lineno = se.Lineno;
            if (filename is PyStr fs && lineno is PyInt li)
                sb.Append("  File \"").Append(fs.Value).Append("\", line ").Append(li.Small).Append('\n');
            if (se.Text is PyStr text)
            {
                string t = text.Value.TrimEnd('\n', '\r');
                string trimmed = t.TrimStart();
                int cut = t.Length - trimmed.Length;
                sb.Append("    ").Append(trimmed).Append('\n');
                if (se.Offset is PyInt off && off.Small > 0)
                {
                    long start = off.Small - 1 - cut;
                    long end = se.EndOffset is PyInt eo && eo.Small > off.Small
                        && se.EndLineno is PyInt el && lineno is PyInt l2 && el.Small == l2.Small
                        ? eo.Small - 1 - cut : start + 1;
                    if (start >= 0)
                        sb.Append("    ").Append(' ', (int)start).Append('^', (int)Math.Max(1, end - start)).Append('\n');
                }
            }
            var m = se.Msg;
            sb.Append(name).Append(": ").Append(m is PyStr ms ? ms.Value : msg);
            return sb.ToString();
        }
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    static string? SourceLine(ThreadState ts, string filename, int lineno)
    {
        if (lineno < 1) return null;
        try
        {
            var text = ImportSystem.ReadSource(ts, filename);
            if (text == null) return null;
            int line = 1, start = 0;
            while (line < lineno)
            {
                int nl = text.IndexOf('\n', start);
                if (nl < 0) return null;
                start = nl + 1;
                line++;
            }
            int end = text.IndexOf('\n', start);
            return end < 0 ? text[start..] : text[start..end];
        }
        catch (Exception)
        {
            return null;
        }
    }
}
