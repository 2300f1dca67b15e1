using System.Globalization;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class Codecs
{
    /// <summary>The general encoder: code point by code point, collecting runs of unencodable characters for the error handler.</summary>
    private static class Encoder
    {
        public static void Run(ThreadState ts, string s, TextEncoding enc, string errors, bool separate, ref ByteBuffer buf)
        {
            switch (enc)
            {
                case TextEncoding.Utf8Sig: buf.Add([0xEF, 0xBB, 0xBF]); enc = TextEncoding.Utf8; break;
                case TextEncoding.Utf16: buf.Add([0xFF, 0xFE]); break;
                case TextEncoding.Utf32: buf.Add([0xFF, 0xFE, 0, 0]); break;
            }
            string name = Name(enc);
            ErrorHandler? handler = null;
            int i = 0;
            long cpIndex = 0;
            while (i < s.Length)
            {
                int cp = NextCodePoint(s, ref i, separate);
                if (Encodable(enc, cp))
                {
                    Emit(enc, cp, ref buf);
                    cpIndex++;
                    continue;
                }
                // A run of unencodable code points [start, end).
                long start = cpIndex;
                int runStart = i - (cp > 0xFFFF ? 2 : 1);
                int j = i;
                long end = cpIndex + 1;
                // The UTF-16 and UTF-32 encoders report one surrogate at a time (CPython's
                // _PyUnicode_EncodeUTF16/32); the others a whole run of unencodable characters.
                bool single = enc is TextEncoding.Utf16 or TextEncoding.Utf16LE or TextEncoding.Utf16BE
                    or TextEncoding.Utf32 or TextEncoding.Utf32LE or TextEncoding.Utf32BE;
                while (!single && j < s.Length)
                {
                    int k = j;
                    int c2 = NextCodePoint(s, ref k, separate);
                    if (Encodable(enc, c2)) break;
                    j = k;
                    end++;
                }
                handler ??= GetHandler(errors);
                if (handler.Value == ErrorHandler.Custom)
                {
                    long newpos = HandleCustom(ts, s, enc, name, errors, start, end, separate, ref buf);
                    if (newpos == end) { i = j; cpIndex = end; }
                    else { i = StrType.CpToUtf16(ErrorObject(s, separate), (int)newpos); cpIndex = newpos; }
                    continue;
                }
                HandleRun(s, enc, name, handler.Value, runStart, j, start, end, separate, ref buf);
                i = j;
                cpIndex = end;
            }
        }

        /// <summary>A registered handler: str replacements are encoded (ASCII only for the UTF codecs, as CPython), bytes copied.</summary>
        private static long HandleCustom(ThreadState ts, string s, TextEncoding enc, string name, string errors, long start, long end, bool separate, ref ByteBuffer buf)
        {
            var (rep, newpos) = CallEncodeHandler(ts, errors, name, s, start, end, Reason(enc), separate);
            if (rep is PyBytes rb)
            {
                // UTF-16/32 take bytes only in whole code units (CPython raises the original error otherwise).
                int unit = enc is TextEncoding.Utf16 or TextEncoding.Utf16LE or TextEncoding.Utf16BE ? 2
                    : enc is TextEncoding.Utf32 or TextEncoding.Utf32LE or TextEncoding.Utf32BE ? 4 : 1;
                if (rb.Value.Length % unit != 0) throw EncodeError(name, s, start, end, Reason(enc), separate);
                buf.Add(rb.Value);
                return newpos;
            }
            string r = ((PyStr)rep).Value;
            bool utf = enc is not (TextEncoding.Ascii or TextEncoding.Latin1 or TextEncoding.Cp1252);
            for (int k = 0; k < r.Length;)
            {
                int cp = StrUnicode.Next(r, ref k);
                if (utf ? cp >= 0x80 : !Encodable(enc, cp)) throw EncodeError(name, s, start, end, Reason(enc), separate);
                Emit(enc, cp, ref buf);
            }
            return newpos;
        }

        private static bool Encodable(TextEncoding enc, int cp) => enc switch
        {
            TextEncoding.Ascii => cp < 0x80,
            TextEncoding.Latin1 => cp < 0x100,
            TextEncoding.Cp1252 => Cp1252Byte(cp) >= 0,
            _ => (uint)(cp - 0xD800) > 0x7FF,
        };

        private static string Reason(TextEncoding enc) => enc switch
        {
            TextEncoding.Ascii => "ordinal not in range(128)",
            TextEncoding.Latin1 => "ordinal not in range(256)",
            TextEncoding.Cp1252 => "character maps to <undefined>",
            _ => "surrogates not allowed",
        };

        /// <summary>Writes one code point (the caller has checked it is encodable; surrogates pass through for surrogatepass).</summary>
        private static void Emit(TextEncoding enc, int cp, ref ByteBuffer buf)
        {
            switch (enc)
            {
                case TextEncoding.Ascii:
                case TextEncoding.Latin1:
                    buf.Add((byte)cp);
                    break;
                case TextEncoding.Cp1252:
                    buf.Add((byte)Cp1252Byte(cp));
                    break;
                case TextEncoding.Utf8:
                    if (cp < 0x80) buf.Add((byte)cp);
                    else if (cp < 0x800) { buf.Add((byte)(0xC0 | (cp >> 6))); buf.Add((byte)(0x80 | (cp & 0x3F))); }
                    else if (cp < 0x10000)
                    {
                        buf.Add((byte)(0xE0 | (cp >> 12)));
                        buf.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                        buf.Add((byte)(0x80 | (cp & 0x3F)));
                    }
                    else
                    {
                        buf.Add((byte)(0xF0 | (cp >> 18)));
                        buf.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                        buf.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                        buf.Add((byte)(0x80 | (cp & 0x3F)));
                    }
                    break;
                case TextEncoding.Utf16:
                case TextEncoding.Utf16LE:
                case TextEncoding.Utf16BE:
                {
                    bool be = enc == TextEncoding.Utf16BE;
                    if (cp < 0x10000) Unit16((ushort)cp, be, ref buf);
                    else
                    {
                        cp -= 0x10000;
                        Unit16((ushort)(0xD800 + (cp >> 10)), be, ref buf);
                        Unit16((ushort)(0xDC00 + (cp & 0x3FF)), be, ref buf);
                    }
                    break;
                }
                default:
                {
                    bool be = enc == TextEncoding.Utf32BE;
                    if (be) { buf.Add((byte)(cp >> 24)); buf.Add((byte)(cp >> 16)); buf.Add((byte)(cp >> 8)); buf.Add((byte)cp); }
                    else { buf.Add((byte)cp); buf.Add((byte)(cp >> 8)); buf.Add((byte)(cp >> 16)); buf.Add((byte)(cp >> 24)); }
                    break;
                }
            }
        }

        private static void Unit16(ushort u, bool be, ref ByteBuffer buf)
        {
            if (be) { buf.Add((byte)(u >> 8)); buf.Add((byte)u); }
            else { buf.Add((byte)u); buf.Add((byte)(u >> 8)); }
        }

        private static void EmitAscii(TextEncoding enc, string text, ref ByteBuffer buf)
        {
            foreach (char c in text) Emit(enc, c, ref buf);
        }

        private static void HandleRun(string s, TextEncoding enc, string name, ErrorHandler h, int u0, int u1, long start, long end, bool separate, ref ByteBuffer buf)
        {
            switch (h)
            {
                case ErrorHandler.Strict:
                    throw EncodeError(name, s, start, end, Reason(enc), separate);
                case ErrorHandler.Ignore:
                    return;
                case ErrorHandler.Replace:
                    for (long k = start; k < end; k++) Emit(enc, '?', ref buf);
                    return;
                case ErrorHandler.BackslashReplace:
                case ErrorHandler.XmlCharRefReplace:
                case ErrorHandler.NameReplace:
                {
                    var sb = new System.Text.StringBuilder();
                    for (int i = u0; i < u1;)
                    {
                        int cp = NextCodePoint(s, ref i, separate);
                        if (h == ErrorHandler.XmlCharRefReplace) sb.Append("&#").Append(cp.ToString(CultureInfo.InvariantCulture)).Append(';');
                        else if (h == ErrorHandler.NameReplace && UnicodeNameOf(cp) is { } nm) sb.Append("\\N{").Append(nm).Append('}');
                        else AppendBackslash(sb, cp);
                    }
                    EmitAscii(enc, sb.ToString(), ref buf);
                    return;
                }
                case ErrorHandler.SurrogateEscape:
                {
                    long idx = start;
                    for (int i = u0; i < u1; idx++)
                    {
                        int cp = NextCodePoint(s, ref i, separate);
                        if (cp < 0xDC80 || cp > 0xDCFF) throw EncodeError(name, s, idx, end, Reason(enc), separate);
                        buf.Add((byte)(cp - 0xDC00));
                    }
                    return;
                }
                case ErrorHandler.SurrogatePass:
                {
                    if (enc is TextEncoding.Ascii or TextEncoding.Latin1 or TextEncoding.Cp1252) throw EncodeError(name, s, start, end, Reason(enc), separate);
                    int mark = buf.Count;
                    for (int i = u0; i < u1;)
                    {
                        int cp = NextCodePoint(s, ref i, separate);
                        if ((uint)(cp - 0xD800) > 0x7FF) { buf.Count = mark; throw EncodeError(name, s, start, end, Reason(enc), separate); }
                        Emit(enc, cp, ref buf);
                    }
                    return;
                }
            }
        }
    }

    /// <summary>backslashreplace's escape for one code point.</summary>
    internal static void AppendBackslash(System.Text.StringBuilder sb, int cp)
    {
        if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
        else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
        else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
    }

    /// <summary>The Unicode character name for namereplace (unicodedata.name, and CPython's names of its
    /// private-use alias and named-sequence code points), or null.</summary>
    public static string? UnicodeNameOf(int cp) => Kaa.Compiler.Unicode.UnicodeDatabase.Instance.NameReplaceName(cp);
}
