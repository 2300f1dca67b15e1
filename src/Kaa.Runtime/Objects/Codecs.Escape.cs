using System.Globalization;
using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class Codecs
{
    /// <summary>unicode_escape encoding (PyUnicode_AsUnicodeEscapeString): ASCII with \t \n \r \\ \xXX \uXXXX \UXXXXXXXX escapes.</summary>
    public static byte[] UnicodeEscapeEncode(string s, bool raw, bool separate = false)
    {
        var buf = new ByteBuffer(s.Length + 8);
        for (int i = 0; i < s.Length;)
        {
            int cp = NextCodePoint(s, ref i, separate);
            if (cp >= 0x10000) AddAscii(ref buf, "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture));
            else if (cp >= 0x100) AddAscii(ref buf, "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture));
            else if (raw) buf.Add((byte)cp);
            else if (cp == '\\') AddAscii(ref buf, "\\\\");
            else if (cp == '\t') AddAscii(ref buf, "\\t");
            else if (cp == '\n') AddAscii(ref buf, "\\n");
            else if (cp == '\r') AddAscii(ref buf, "\\r");
            else if (cp < ' ' || cp >= 0x7F) AddAscii(ref buf, "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture));
            else buf.Add((byte)cp);
        }
        return buf.ToArray();
    }

    private static void AddAscii(ref ByteBuffer buf, string s)
    {
        foreach (char c in s) buf.Add((byte)c);
    }

    private static int HexVal(byte c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>
    /// unicode_escape / raw_unicode_escape decoding (_PyUnicode_DecodeUnicodeEscapeInternal, PyUnicode_DecodeRawUnicodeEscape).
    /// Not <paramref name="final"/>: an incomplete escape at the end is left for the next call.
    /// </summary>
    /// <paramref name="astral"/> counts the characters outside the BMP that one escape produced (for
    /// <see cref="DecodedStr"/>: '\\ud800\\udc00' gives two code points).
    public static string UnicodeEscapeDecode(ThreadState ts, byte[] b, string errors, bool raw, bool final, out int consumed, out int astral)
    {
        astral = 0;
        try
        {
            return UnicodeEscapeDecodeCore(ts, b, errors, raw, final, out consumed, ref astral);
        }
        catch (DecodeRestart r)
        {
            // The handler replaced exc.object: go on in the new bytes (positions now count from there).
            var rest = UnicodeEscapeDecode(ts, r.Bytes[r.Pos..], errors, raw, final, out int more, out int astralRest);
            consumed = r.Pos + more;
            astral += astralRest;
            return r.Output + rest;
        }
    }

    private static string UnicodeEscapeDecodeCore(ThreadState ts, byte[] b, string errors, bool raw, bool final, out int consumed, ref int astral)
    {
        var sb = new StringBuilder(b.Length);
        string codec = raw ? "rawunicodeescape" : "unicodeescape";
        int s = 0, end = b.Length;
        consumed = end;
        int firstInvalid = -1;
        while (s < end)
        {
            byte c = b[s];
            if (c != '\\') { sb.Append((char)c); s++; continue; }
            int start = s;
            if (raw)
            {
                // Only \u and \U escape, and only after an odd number of backslashes.
                // A backslash at the end of a non-final chunk may start an escape: keep it for the next call.
                if (s + 1 >= end && !final) { consumed = start; break; }
                if (s + 1 >= end || (b[s + 1] != 'u' && b[s + 1] != 'U'))
                {
                    if (s + 1 < end && b[s + 1] == '\\') { sb.Append("\\\\"); s += 2; continue; }
                    sb.Append('\\'); s++; continue;
                }
            }
            s++;
            if (s >= end)
            {
                if (!final) { consumed = start; break; }
                s = DecodeErrorAt(ts, ref sb, errors, codec, b, start, end, "\\ at end of string");
                continue;
            }
            c = b[s++];
            int count = 0;
            string message = "";
            switch ((char)c)
            {
                case '\n': continue;
                case '\\': sb.Append('\\'); continue;
                case '\'': sb.Append('\''); continue;
                case '"': sb.Append('"'); continue;
                case 'b': sb.Append('\b'); continue;
                case 'f': sb.Append('\f'); continue;
                case 't': sb.Append('\t'); continue;
                case 'n': sb.Append('\n'); continue;
                case 'r': sb.Append('\r'); continue;
                case 'v': sb.Append('\v'); continue;
                case 'a': sb.Append('\a'); continue;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && s < end && b[s] >= '0' && b[s] <= '7'; k++) v = v * 8 + (b[s++] - '0');
                    if (v > 0xFF && firstInvalid < 0) firstInvalid = start + 1;
                    sb.Append((char)v);
                    continue;
                }
                case 'x': count = 2; message = "truncated \\xXX escape"; break;
                case 'u': count = 4; message = "truncated \\uXXXX escape"; break;
                case 'U': count = 8; message = "truncated \\UXXXXXXXX escape"; break;
                case 'N':
                {
                    int close = -1;
                    if (s < end && b[s] == '{')
                    {
                        for (int k = s + 1; k < end; k++) if (b[k] == '}') { close = k; break; }
                    }
                    if (close < 0)
                    {
                        if (!final && (s >= end || b[s] == '{')) { consumed = start; goto done; }
                        s = DecodeErrorAt(ts, ref sb, errors, codec, b, start, s < end && b[s] == '{' ? end : s, "malformed \\N character escape");
                        continue;
                    }
                    string name = Encoding.ASCII.GetString(b, s + 1, close - s - 1);
                    int cp = close > s + 1 ? CodePointOfName(name) : -1;
                    if (cp < 0)
                    {
                        s = DecodeErrorAt(ts, ref sb, errors, codec, b, start, close + 1, "unknown Unicode character name");
                        continue;
                    }
                    AppendCodePoint(sb, cp);
                    if (cp > 0xFFFF) astral++;
                    s = close + 1;
                    continue;
                }
                default:
                    // An unrecognised escape keeps its backslash; the first one is reported as a DeprecationWarning.
                    if (firstInvalid < 0) firstInvalid = s - 1;
                    sb.Append('\\').Append((char)c);
                    continue;
            }
            long value = 0;
            bool bad = false;
            for (int k = 0; k < count; k++, s++)
            {
                if (s >= end)
                {
                    if (!final) { consumed = start; goto done; }
                    bad = true;
                    break;
                }
                int h = HexVal(b[s]);
                if (h < 0) { bad = true; break; }
                value = value * 16 + h;
            }
            if (bad) { s = DecodeErrorAt(ts, ref sb, errors, codec, b, start, s, message); continue; }
            if (value > 0x10FFFF) { s = DecodeErrorAt(ts, ref sb, errors, codec, b, start, s, "illegal Unicode character"); continue; }
            AppendCodePoint(sb, (int)value);
            if (value > 0xFFFF) astral++;
        }
        done:
        if (firstInvalid >= 0) WarnInvalidEscape(ts, b, firstInvalid, bytes: false);
        return sb.ToString();
    }

    /// <summary>The DeprecationWarning for the first invalid escape (as _PyUnicode_DecodeUnicodeEscapeStateful and
    /// PyBytes_DecodeEscape; 3.14's text, with its trailing space, quoted with b"" for escape_decode).</summary>
    private static void WarnInvalidEscape(ThreadState ts, ReadOnlySpan<byte> b, int at, bool bytes)
    {
        byte c = b[at];
        bool octal = c >= '4' && c <= '7';
        string seq = octal ? Encoding.Latin1.GetString(b.Slice(at, Math.Min(3, b.Length - at))) : ((char)c).ToString();
        WarnDeprecation(ts, $"{(bytes ? "b" : "")}\"\\{seq}\" is an invalid {(octal ? "octal " : "")}escape sequence. Such sequences will not work in the future. ");
    }

    /// <summary>warnings.warn(message, DeprecationWarning, stacklevel=1) for the Python code calling the codec.</summary>
    internal static void WarnDeprecation(ThreadState ts, string message)
    {
        var warnings = ImportSystem.ImportModuleLevel(ts, "warnings", null, null, 0);
        Ops.Call(ts, Ops.GetAttr(ts, warnings, PyStr.From("warn")), [PyStr.From(message), PyExc.DeprecationWarning, PyInt.One]);
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    private static int DecodeErrorAt(ThreadState ts, ref StringBuilder sb, string errors, string codec, byte[] b, int start, int end, string reason)
    {
        switch (GetHandler(errors))
        {
            case ErrorHandler.Strict: throw DecodeError(codec, b, start, end, reason);
            case ErrorHandler.Ignore: return end;
            case ErrorHandler.Replace: sb.Append('\uFFFD'); return end;
            case ErrorHandler.BackslashReplace:
                for (int k = start; k < end; k++) sb.Append("\\x").Append(b[k].ToString("x2", CultureInfo.InvariantCulture));
                return end;
            case ErrorHandler.Custom:
            {
                var (rep, newpos, newObject) = CallDecodeHandlerEx(ts, errors, codec, b, start, end, reason);
                sb.Append(rep);
                if (newObject != null) throw new DecodeRestart(newObject, (int)newpos, sb.ToString());
                return (int)newpos;
            }
            default:
            {
                var t = (PyTuple)BuiltinErrorCallback(ts, errors, DecodeError(codec, b, start, end, reason).Value);
                sb.Append(((PyStr)t[0]).Value);
                return (int)((PyInt)t[1]).Small;
            }
        }
    }

    /// <summary>The code point of a Unicode character name or alias (for \N{...}), or -1.</summary>
    public static int CodePointOfName(string name) => Kaa.Compiler.Unicode.UnicodeDatabase.Instance.Lookup(name);

    /// <summary>escape_encode (bytes repr body without quotes): \\ \' \t \n \r and \xXX for the rest outside printable ASCII.</summary>
    public static byte[] EscapeEncode(ReadOnlySpan<byte> data)
    {
        var buf = new ByteBuffer(data.Length + 8);
        foreach (byte c in data)
        {
            if (c == '\'' || c == '\\') { buf.Add((byte)'\\'); buf.Add(c); }
            else if (c == '\t') AddAscii(ref buf, "\\t");
            else if (c == '\n') AddAscii(ref buf, "\\n");
            else if (c == '\r') AddAscii(ref buf, "\\r");
            else if (c < ' ' || c >= 0x7F) AddAscii(ref buf, "\\x" + c.ToString("x2", CultureInfo.InvariantCulture));
            else buf.Add(c);
        }
        return buf.ToArray();
    }

    /// <summary>escape_decode (PyBytes_DecodeEscape): the escapes of bytes literals; errors only 'strict', 'ignore', 'replace'.</summary>
    public static byte[] EscapeDecode(ThreadState ts, ReadOnlySpan<byte> b, string? errors)
    {
        var buf = new ByteBuffer(b.Length);
        int s = 0, end = b.Length;
        int firstInvalid = -1;
        while (s < end)
        {
            if (b[s] != '\\') { buf.Add(b[s++]); continue; }
            int start = s++;
            if (s >= end) throw PyErr.ValueError("Trailing \\ in string");
            byte c = b[s++];
            switch ((char)c)
            {
                case '\n': break;
                case '\\': buf.Add((byte)'\\'); break;
                case '\'': buf.Add((byte)'\''); break;
                case '"': buf.Add((byte)'"'); break;
                case 'b': buf.Add((byte)'\b'); break;
                case 'f': buf.Add((byte)'\f'); break;
                case 't': buf.Add((byte)'\t'); break;
                case 'n': buf.Add((byte)'\n'); break;
                case 'r': buf.Add((byte)'\r'); break;
                case 'v': buf.Add((byte)'\v'); break;
                case 'a': buf.Add((byte)'\a'); break;
                case >= '0' and <= '7':
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && s < end && b[s] >= '0' && b[s] <= '7'; k++) v = v * 8 + (b[s++] - '0');
                    if (v > 0xFF && firstInvalid < 0) firstInvalid = start + 1;
                    buf.Add((byte)v);
                    break;
                }
                case 'x':
                    if (s + 1 < end && HexVal(b[s]) >= 0 && HexVal(b[s + 1]) >= 0)
                    {
                        buf.Add((byte)(HexVal(b[s]) * 16 + HexVal(b[s + 1])));
                        s += 2;
                        break;
                    }
                    switch (errors ?? "strict")
                    {
                        case "strict": throw PyErr.ValueError($"invalid \\x escape at position {start}");
                        case "replace": buf.Add((byte)'?'); break;
                        case "ignore": break;
                        default: throw PyErr.ValueError($"decoding error; unknown error handling code: {errors}");
                    }
                    // Skip the hex digits that were there.
                    if (s < end && HexVal(b[s]) >= 0) s++;
                    break;
                default:
                    if (firstInvalid < 0) firstInvalid = s - 1;
                    buf.Add((byte)'\\');
                    buf.Add(c);
                    break;
            }
        }
        if (firstInvalid >= 0) WarnInvalidEscape(ts, b, firstInvalid, bytes: true);
        return buf.ToArray();
    }
}
