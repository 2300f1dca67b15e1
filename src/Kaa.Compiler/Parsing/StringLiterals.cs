using System.Text;

namespace Kaa.Compiler.Parsing;

/// <summary>Decodes the body of string and bytes literals (CPython's Parser/string_parser.c).</summary>
internal static class StringLiterals
{
    /// <summary>An escape error: the message CPython would print (e.g. "(unicode error) ...").</summary>
    internal sealed class DecodeError(string message) : Exception(message);

    public readonly record struct Prefix(bool Raw, bool Bytes, bool U, bool F, int Length, bool Template = false);

    public static Prefix ParsePrefix(string text)
    {
        bool raw = false, bytes = false, u = false, f = false, t = false;
        int i = 0;
        for (; i < text.Length && text[i] != '"' && text[i] != '\''; i++)
        {
            switch (text[i] | 0x20)
            {
                case 'r': raw = true; break;
                case 'b': bytes = true; break;
                case 'u': u = text[i] == 'u'; break;    // only a lowercase u sets Constant.kind
                case 'f': f = true; break;
                case 't': t = true; break;
            }
        }
        return new Prefix(raw, bytes, u, f, i, t);
    }

    /// <summary>Decodes a complete literal token text (prefix, quotes and body): a string or a byte[].</summary>
    /// <paramref name="warning"/>: CPython's SyntaxWarning for the first invalid escape sequence, if any.
    public static object DecodeLiteral(string text, out Prefix prefix, out EscapeWarning? warning)
    {
        prefix = ParsePrefix(text);
        warning = null;
        int q = prefix.Length;
        int quoteLen = text.Length - q >= 6 && text[q + 1] == text[q] && text[q + 2] == text[q] ? 3 : 1;
        int bodyStart = q + quoteLen, bodyLen = text.Length - bodyStart - quoteLen;
        if (prefix.Bytes)
        {
            for (int i = bodyStart; i < bodyStart + bodyLen; i++)
                if (text[i] >= 128) throw new DecodeError("bytes can only contain ASCII literal characters");
            return prefix.Raw ? Latin1(text, bodyStart, bodyLen) : DecodeBytes(text, bodyStart, bodyLen, out warning);
        }
        if (prefix.Raw) return text.Substring(bodyStart, bodyLen);
        var s = DecodeStr(text, bodyStart, bodyLen, out warning, out bool separate);
        return Ast.StrConstant.Make(s, separate);
    }

    static byte[] Latin1(string s, int start, int len)
    {
        var b = new byte[len];
        for (int i = 0; i < len; i++) b[i] = (byte)s[start + i];
        return b;
    }

    static int HexVal(char c) => c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;

    /// <summary>The escape at s[i] (after the backslash) that string_parser.c's warn_invalid_escape_sequence reports.</summary>
    static EscapeWarning InvalidEscape(string s, int i, bool octal) => new(octal ? s.Substring(i, 3) : s[i].ToString(), octal, i - 1);

    /// <summary>Decodes backslash escapes of a str literal body. Unknown escapes stay verbatim; the first one
    /// (or an octal escape above 0o377) gives the SyntaxWarning text in <paramref name="warning"/>.</summary>
    /// <paramref name="separate"/>: escapes put a lone high surrogate before a lone low one ('\ud800\udc00'
    /// is two code points; see <see cref="Ast.SeparatedStr"/>).
    public static string DecodeStr(string s, int start, int len, out EscapeWarning? warning, out bool separate)
    {
        warning = null;
        separate = false;
        int seams = 0;
        int end = start + len;
        int bs = s.IndexOf('\\', start, len);
        if (bs < 0) return s.Substring(start, len);
        var sb = new StringBuilder(len);
        sb.Append(s, start, bs - start);
        int i = bs;
        while (i < end)
        {
            char c = s[i];
            if (c != '\\' || i + 1 >= end) { sb.Append(c); i++; continue; }
            int escStart = i - start;
            char e = s[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < end && s[i] >= '0' && s[i] <= '7'; k++, i++) v = v * 8 + (s[i] - '0');
                    if (v > 0xFF) warning ??= InvalidEscape(s, i - 3, octal: true);
                    sb.Append((char)v);
                    break;
                }
                case 'x': sb.Append((char)Hex(s, ref i, end, 2, escStart, start, "\\xXX")); break;
                case 'u': AppendUnit(sb, (char)Hex(s, ref i, end, 4, escStart, start, "\\uXXXX"), ref seams); break;
                case 'U':
                {
                    // Eight hex digits can exceed int: '\Ufffffffe' is negative here, and illegal either way.
                    int v = Hex(s, ref i, end, 8, escStart, start, "\\UXXXXXXXX");
                    if (v < 0 || v > 0x10FFFF)
                        throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{i - start - 1}: illegal Unicode character");
                    // A lone surrogate ('\U0000d800') is a valid str character; ConvertFromUtf32 rejects it.
                    if (v < 0x10000) AppendUnit(sb, (char)v, ref seams);
                    else sb.Append(char.ConvertFromUtf32(v));
                    break;
                }
                case 'N':
                {
                    int close = i < end && s[i] == '{' ? s.IndexOf('}', i, end - i) : -1;
                    if (close < 0)
                    {
                        // An unclosed '{' takes the rest of the literal into the reported range.
                        int last = i < end && s[i] == '{' ? end - start - 1 : i - start - 1;
                        throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{last}: malformed \\N character escape");
                    }
                    string name = s.Substring(i + 1, close - i - 1);
                    int cp = LookupName(name);
                    if (cp < 0)
                        throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{close - start}: unknown Unicode character name");
                    if (cp < 0x10000) sb.Append((char)cp);
                    else sb.Append(char.ConvertFromUtf32(cp));
                    i = close + 1;
                    break;
                }
                default:
                    // Invalid escape: kept verbatim, with a SyntaxWarning.
                    warning ??= InvalidEscape(s, i - 1, octal: false);
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        var text = sb.ToString();
        if (seams > 0)
        {
            // Every pair in the text is either an escaped seam or a real character: not both.
            int pairs = 0;
            for (int k = 0; k + 1 < text.Length; k++)
                if (char.IsHighSurrogate(text[k]) && char.IsLowSurrogate(text[k + 1])) { pairs++; k++; }
            if (pairs != seams) throw new DecodeError(Ast.StrConstant.MixedMessage);
            separate = true;
        }
        return text;
    }

    /// <summary>Appends one escaped BMP code point; counts a lone low surrogate written right after a lone high one.</summary>
    static void AppendUnit(StringBuilder sb, char c, ref int seams)
    {
        if (char.IsLowSurrogate(c) && sb.Length > 0 && char.IsHighSurrogate(sb[^1])) seams++;
        sb.Append(c);
    }

    /// <summary>The code point of a character name or alias (unicodedata's whole database), or -1.</summary>
    static int LookupName(string name) => Kaa.Compiler.Unicode.UnicodeDatabase.Instance.Lookup(name);

    static int Hex(string s, ref int i, int end, int digits, int escStart, int start, string what)
    {
        int v = 0;
        for (int k = 0; k < digits; k++)
        {
            int h = i < end ? HexVal(s[i]) : -1;
            if (h < 0)
                throw new DecodeError($"(unicode error) 'unicodeescape' codec can't decode bytes in position {escStart}-{i - start - 1}: truncated {what} escape");
            v = v * 16 + h; i++;
        }
        return v;
    }

    static byte[] DecodeBytes(string s, int start, int len, out EscapeWarning? warning)
    {
        warning = null;
        int end = start + len;
        var b = new List<byte>(len);
        int i = start;
        while (i < end)
        {
            char c = s[i];
            if (c != '\\' || i + 1 >= end) { b.Add((byte)c); i++; continue; }
            int escStart = i - start;
            char e = s[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': b.Add((byte)'\\'); break;
                case '\'': b.Add((byte)'\''); break;
                case '"': b.Add((byte)'"'); break;
                case 'a': b.Add(7); break;
                case 'b': b.Add(8); break;
                case 'f': b.Add(12); break;
                case 'n': b.Add(10); break;
                case 'r': b.Add(13); break;
                case 't': b.Add(9); break;
                case 'v': b.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < end && s[i] >= '0' && s[i] <= '7'; k++, i++) v = v * 8 + (s[i] - '0');
                    if (v > 0xFF) warning ??= InvalidEscape(s, i - 3, octal: true);
                    b.Add((byte)v);
                    break;
                }
                case 'x':
                {
                    int h1 = i < end ? HexVal(s[i]) : -1, h2 = i + 1 < end ? HexVal(s[i + 1]) : -1;
                    if (h1 < 0 || h2 < 0) throw new DecodeError($"(value error) invalid \\x escape at position {escStart}");
                    b.Add((byte)(h1 * 16 + h2)); i += 2;
                    break;
                }
                default:
                    warning ??= InvalidEscape(s, i - 1, octal: false);
                    b.Add((byte)'\\'); b.Add((byte)e);
                    break;
            }
        }
        return b.ToArray();
    }
}

/// <summary>
/// An invalid escape sequence in a literal (CPython 3.14's warn_invalid_escape_sequence): <see cref="Sequence"/>
/// is what follows the backslash ("d", or three digits for an octal escape above 0o377) and
/// <see cref="Index"/> the backslash's index in the decoded text.
/// </summary>
public readonly record struct EscapeWarning(string Sequence, bool Octal, int Index)
{
    string What => $"\"\\{Sequence}\" is an invalid {(Octal ? "octal " : "")}escape sequence.";
    string Hint => $"Did you mean \"\\\\{Sequence}\"? A raw string is also an option.";

    /// <summary>The SyntaxWarning's text.</summary>
    public string Warning => $"{What} Such sequences will not work in the future. {Hint}";

    /// <summary>The SyntaxError's text when the warning filters turn the warning into an error.</summary>
    public string Error => $"{What} {Hint}";
}
