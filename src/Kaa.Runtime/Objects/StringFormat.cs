using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>str.format and format specs for str. (First version: fields with auto/manual numbering and names,
/// conversions, attribute/index access and empty specs; full mini-language comes with the types issue.)</summary>
public static class StringFormat
{
    public static string FormatStr(ThreadState ts, string s, string spec)
    {
        if (spec.Length == 0) return s;
        throw PyErr.NotImplementedError($"format spec '{spec}' for str is not implemented yet");
    }

    public static string Format(ThreadState ts, string fmt, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        var sb = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c == '{')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i++; continue; }
                int j = i + 1, depth = 1;
                while (j < fmt.Length && depth > 0)
                {
                    if (fmt[j] == '{') depth++;
                    else if (fmt[j] == '}') depth--;
                    if (depth > 0) j++;
                }
                if (j >= fmt.Length) throw PyErr.ValueError("expected '}' before end of string");
                var field = fmt[(i + 1)..j];
                string spec = "";
                char conv = '\0';
                int colon = field.IndexOf(':');
                if (colon >= 0) { spec = field[(colon + 1)..]; field = field[..colon]; }
                int bang = field.IndexOf('!');
                if (bang >= 0) { conv = field.Length > bang + 1 ? field[bang + 1] : '\0'; field = field[..bang]; }
                int end = 0;
                while (end < field.Length && field[end] != '.' && field[end] != '[') end++;
                var head = field[..end];
                PyObject value;
                if (head.Length == 0)
                {
                    if (auto >= npos) throw PyErr.IndexError($"Replacement index {auto} out of range for positional args tuple");
                    value = args[auto++];
                }
                else if (int.TryParse(head, out var idx))
                {
                    if (idx >= npos) throw PyErr.IndexError($"Replacement index {idx} out of range for positional args tuple");
                    value = args[idx];
                }
                else
                {
                    int k = kwnames == null ? -1 : Array.FindIndex(kwnames.Items, n => ((PyStr)n).Value == head);
                    if (k < 0) throw PyErr.KeyError(PyStr.From(head));
                    value = args[npos + k];
                }
                var rest = field[end..];
                while (rest.Length > 0)
                {
                    if (rest[0] == '.')
                    {
                        int e = 1;
                        while (e < rest.Length && rest[e] != '.' && rest[e] != '[') e++;
                        value = Ops.GetAttr(ts, value, rest[1..e]);
                        rest = rest[e..];
                    }
                    else
                    {
                        int e = rest.IndexOf(']');
                        var key = rest[1..e];
                        value = Ops.GetItem(ts, value, int.TryParse(key, out var ki) ? PyInt.From(ki) : PyStr.From(key));
                        rest = rest[(e + 1)..];
                    }
                }
                if (spec.Contains('{')) spec = Format(ts, spec, args, kwnames);
                value = conv switch
                {
                    'r' => Ops.Repr(ts, value),
                    's' => Ops.Str(ts, value),
                    'a' => PyStr.From(Builtins.Ascii(ts, value)),
                    '\0' => value,
                    _ => throw PyErr.ValueError($"Unknown conversion specifier {conv}"),
                };
                sb.Append(((PyStr)Ops.Format(ts, value, PyStr.From(spec))).Value);
                i = j;
            }
            else if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i++; continue; }
                throw PyErr.ValueError("Single '}' encountered in format string");
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
