using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The string half of _json's encoder (Modules/_json.c): encode_basestring_ascii and encode_basestring,
/// which quote a str as a JSON string. Shared with <see cref="PyJsonEncoder"/>, which writes straight into
/// its own buffer instead of making a str per string.
/// </summary>
internal static class JsonStrings
{
    private const string Hex = "0123456789abcdef";

    /// <summary>_json.encode_basestring_ascii(s): every character outside printable ASCII as \uXXXX. A
    /// character outside the BMP is the UTF-16 pair of escapes, which is exactly its two .NET units, and a
    /// lone surrogate is its own unit: so escaping unit by unit is right however the str reads its seams.</summary>
    public static PyStr EncodeBasestringAscii(ThreadState ts, PyObject s)
    {
        var str = s as PyStr ?? throw NotAString(s);
        var sb = new StringBuilder(str.Utf16Length + 2);
        AppendAscii(sb, str.Value);
        var result = PyStr.FromUnits(sb.ToString(), false);
        result.KnownWithoutSurrogates();
        return result;
    }

    /// <summary>_json.encode_basestring(s): only '"', '\\' and the C0 controls are escaped; the rest is kept,
    /// lone surrogates too, read the same way as in <paramref name="s"/>.</summary>
    public static PyStr EncodeBasestring(ThreadState ts, PyObject s)
    {
        var str = s as PyStr ?? throw NotAString(s);
        var sb = new StringBuilder(str.Utf16Length + 2);
        Append(sb, str.Value);
        // The quotes and escapes are ASCII, so no surrogate seam is made or broken.
        return str.SeparateSurrogates ? PyStr.FromUnits(sb.ToString(), true) : PyStr.From(sb.ToString());
    }

    internal static PyException NotAString(PyObject s)
        => PyErr.TypeError($"first argument must be a string, not {s.ObType.TpName}");

    /// <summary>Writes the quoted, ASCII-only form of <paramref name="s"/>.</summary>
    internal static void AppendAscii(StringBuilder sb, string s)
    {
        sb.Append('"');
        var span = s.AsSpan();
        while (span.Length > 0)
        {
            // Runs of printable ASCII other than '"' and '\\' are copied whole.
            int i = span.IndexOfAnyExceptInRange(' ', '~');
            int j = span.IndexOfAny('"', '\\');
            int stop = i < 0 ? j : j < 0 ? i : Math.Min(i, j);
            if (stop < 0) { sb.Append(span); break; }
            sb.Append(span[..stop]);
            AppendEscape(sb, span[stop], ascii: true);
            span = span[(stop + 1)..];
        }
        sb.Append('"');
    }

    /// <summary>Writes the quoted form of <paramref name="s"/>, non-ASCII kept as is.</summary>
    internal static void Append(StringBuilder sb, string s)
    {
        sb.Append('"');
        var span = s.AsSpan();
        while (span.Length > 0)
        {
            int i = span.IndexOfAnyInRange('\0', '\u001f');
            int j = span.IndexOfAny('"', '\\');
            int stop = i < 0 ? j : j < 0 ? i : Math.Min(i, j);
            if (stop < 0) { sb.Append(span); break; }
            sb.Append(span[..stop]);
            AppendEscape(sb, span[stop], ascii: false);
            span = span[(stop + 1)..];
        }
        sb.Append('"');
    }

    private static void AppendEscape(StringBuilder sb, char c, bool ascii)
    {
        switch (c)
        {
            case '\\': sb.Append("\\\\"); return;
            case '"': sb.Append("\\\""); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
        }
        if (!ascii && c > 0x1f) { sb.Append(c); return; }
        sb.Append('\\').Append('u')
            .Append(Hex[(c >> 12) & 0xf]).Append(Hex[(c >> 8) & 0xf])
            .Append(Hex[(c >> 4) & 0xf]).Append(Hex[c & 0xf]);
    }

    /// <summary>The module function encode_basestring_ascii (METH_O).</summary>
    internal static PyObject AsciiFunction(ThreadState ts, PyModule? module, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Args.Exact("_json.encode_basestring_ascii", args, kwnames, 1);
        return EncodeBasestringAscii(ts, args[0]);
    }

    /// <summary>The module function encode_basestring (METH_O).</summary>
    internal static PyObject Function(ThreadState ts, PyModule? module, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Args.Exact("_json.encode_basestring", args, kwnames, 1);
        return EncodeBasestring(ts, args[0]);
    }

    internal const string AsciiDoc = "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string";
    internal const string Doc = "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string";
}
