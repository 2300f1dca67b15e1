using System.Globalization;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _string module that string.Formatter uses: formatter_parser and formatter_field_name_split,
/// with the same parsing and errors as str.format (CPython's Objects/stringlib/unicode_format.h).
/// </summary>
public static class StringModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_string", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("string helper module"));
        m.Set("formatter_parser", new PyBuiltinFunction("formatter_parser", (ts2, mod, a, kw) =>
        {
            Args.Exact("formatter_parser", a, kw, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"expected str, got {a[0].ObType.Name}");
            return Ops.GetIter(ts2, new PyList(Parse(s.Value).ToArray()));
        }, m));
        m.Set("formatter_field_name_split", new PyBuiltinFunction("formatter_field_name_split", (ts2, mod, a, kw) =>
        {
            Args.Exact("formatter_field_name_split", a, kw, 1);
            if (a[0] is not PyStr s) throw PyErr.TypeError($"expected str, got {a[0].ObType.Name}");
            var (first, rest) = FieldNameSplit(s.Value);
            return new PyTuple([first, Ops.GetIter(ts2, new PyList(rest.ToArray()))]);
        }, m));
    }

    /// <summary>The (literal, field_name, format_spec, conversion) tuples of a format string.</summary>
    public static List<PyObject> Parse(string s)
    {
        var result = new List<PyObject>();
        int pos = 0, end = s.Length;
        while (pos < end)
        {
            int start = pos;
            char c = '\0';
            bool markup = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markup && (atEnd || s[pos] != '}'))
                throw PyErr.ValueError("Single '}' encountered in format string");
            if (atEnd && c == '{' && markup)
                throw PyErr.ValueError("Single '{' encountered in format string");
            if (!atEnd && markup)
            {
                if (s[pos] == c) { pos++; markup = false; }
                else len--;
            }
            else if (atEnd && markup) len--;
            string literal = s.Substring(start, len);
            if (!markup)
            {
                if (literal.Length > 0 || pos < end || start < end)
                    result.Add(new PyTuple([PyStr.From(literal), PyNone.Value, PyNone.Value, PyNone.Value]));
                continue;
            }
            // The field: up to the matching '}' (braces nest inside the format spec).
            int count = 1;
            int fieldStart = pos;
            while (pos < end)
            {
                char d = s[pos++];
                if (d == '{') count++;
                else if (d == '}')
                {
                    count--;
                    if (count == 0) break;
                }
            }
            if (count > 0) throw PyErr.ValueError("expected '}' before end of string");
            string field = s.Substring(fieldStart, pos - 1 - fieldStart);
            var (name, spec, conv) = ParseField(field);
            result.Add(new PyTuple([PyStr.From(literal), PyStr.From(name), PyStr.From(spec),
                conv == '\0' ? PyNone.Value : PyStr.From(conv.ToString())]));
        }
        return result;
    }

    private static (string name, string spec, char conv) ParseField(string f)
    {
        int i = 0;
        char c = '\0';
        while (i < f.Length)
        {
            c = f[i++];
            if (c == '{') throw PyErr.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (i < f.Length && f[i] != ']') i++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
            c = '\0';
        }
        if (c == '\0') return (f, "", '\0');
        string name = f[..(i - 1)];
        char conv = '\0';
        if (c == '!')
        {
            if (i >= f.Length) throw PyErr.ValueError("end of string while looking for conversion specifier");
            conv = f[i++];
            if (i < f.Length)
            {
                if (f[i++] != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
            }
        }
        return (name, f[i..], conv);
    }

    private static PyObject IntOrStr(string s)
    {
        if (s.Length > 0 && s.All(ch => ch is >= '0' and <= '9'))
            return PyInt.From(System.Numerics.BigInteger.Parse(s, CultureInfo.InvariantCulture));
        return PyStr.From(s);
    }

    /// <summary>formatter_field_name_split: the first part and the (is_attribute, key) pairs after it.</summary>
    public static (PyObject first, List<PyObject> rest) FieldNameSplit(string f)
    {
        int i = 0;
        while (i < f.Length && f[i] != '.' && f[i] != '[') i++;
        var first = IntOrStr(f[..i]);
        var rest = new List<PyObject>();
        while (i < f.Length)
        {
            char c = f[i++];
            if (c == '.')
            {
                int st = i;
                while (i < f.Length && f[i] != '.' && f[i] != '[') i++;
                if (i == st) throw PyErr.ValueError("Empty attribute in format string");
                rest.Add(new PyTuple([PyBool.True, PyStr.From(f[st..i])]));
            }
            else if (c == '[')
            {
                int st = i;
                while (i < f.Length && f[i] != ']') i++;
                if (i >= f.Length) throw PyErr.ValueError("Missing ']' in format string");
                if (i == st) throw PyErr.ValueError("Empty attribute in format string");
                rest.Add(new PyTuple([PyBool.False, IntOrStr(f[st..i])]));
                i++;
                if (i < f.Length && f[i] != '.' && f[i] != '[')
                    throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return (first, rest);
    }
}
