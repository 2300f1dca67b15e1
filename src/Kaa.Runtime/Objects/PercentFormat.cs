using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>printf-style `%` formatting of str (first version: %s %r %a %d %i %% with width; the rest raises NotImplementedError).</summary>
public static class PercentFormat
{
    public static string Format(ThreadState ts, string fmt, PyObject values)
    {
        var items = values is PyTuple t && PyType.IsExact(t, BuiltinTypes.Tuple) ? t.Items : [values];
        PyDict? mapping = values is PyDict d ? d : null;
        int next = 0;
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); continue; }
            i++;
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            PyObject? key = null;
            if (fmt[i] == '(')
            {
                int e = fmt.IndexOf(')', i);
                key = PyStr.From(fmt[(i + 1)..e]);
                i = e + 1;
            }
            bool left = false;
            while (fmt[i] is '-' or '+' or ' ' or '#' or '0') { if (fmt[i] == '-') left = true; i++; }
            int width = 0;
            while (char.IsAsciiDigit(fmt[i])) width = width * 10 + (fmt[i++] - '0');
            char conv = fmt[i];
            if (conv == '%') { sb.Append('%'); continue; }
            PyObject v;
            if (key != null) v = Ops.GetItem(ts, mapping ?? values, key);
            else
            {
                if (next >= items.Length) throw PyErr.TypeError("not enough arguments for format string");
                v = items[next++];
            }
            string s = conv switch
            {
                's' => Ops.StrString(ts, v),
                'r' => Ops.ReprString(ts, v),
                'a' => Builtins.Ascii(ts, v),
                'd' or 'i' => IntType.ToDecimalString(v is PyFloat f ? FloatType.ToInt(f.Value) : Ops.Index(ts, v)),
                _ => throw PyErr.NotImplementedError($"%-format conversion '{conv}' is not implemented yet"),
            };
            sb.Append(left ? s.PadRight(width) : s.PadLeft(width));
        }
        if (key_is_none(mapping) && next < items.Length)
            throw PyErr.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static bool key_is_none(PyDict? m) => m == null;
}
