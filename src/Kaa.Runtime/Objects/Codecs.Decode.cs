using System.Globalization;
using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class Codecs
{
    /// <summary>The general decoders, after CPython's (stringlib/codecs.h utf8_decode, utf16_decode, PyUnicode_DecodeUTF32Stateful).</summary>
    private static class Decoder
    {
        public static string Run(ThreadState ts, byte[] b, TextEncoding enc, string errors, out int astral)
        {
            int bo = 0;
            return Run(ts, b, enc, errors, true, ref bo, out _, out astral);
        }

        /// <summary>
        /// Decodes b. Not <paramref name="final"/>: an incomplete sequence at the end is left undecoded and
        /// <paramref name="consumed"/> says how far decoding got (CPython's *Stateful decoders).
        /// <paramref name="byteorder"/> (utf-16/utf-32 only): 0 reads a BOM, -1 little, 1 big endian; on return, the order in effect.
        /// </summary>
        /// <paramref name="astral"/>: how many characters outside the BMP were decoded from one sequence (the
        /// other surrogate pairs in the result are lone surrogates that surrogatepass put side by side).
        public static string Run(ThreadState ts, byte[] b, TextEncoding enc, string errors, bool final, ref int byteorder, out int consumed, out int astral)
        {
            astral = 0;
            var sb = new StringBuilder(b.Length);
            var ctx = new Ctx { Ts = ts, Bytes = b, Errors = errors, Out = sb, Final = final, Stop = -1 };
            int skipped = 0;
        again:
            try
            {
                switch (enc)
                {
                    case TextEncoding.Utf8Sig:
                        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
                        {
                            ctx.Bytes = b.AsSpan(3).ToArray();
                            skipped = 3;
                        }
                        else if (!final && b.Length < 3 && b.AsSpan().SequenceEqual(((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])[..b.Length]))
                        {
                            consumed = 0;
                            return "";
                        }
                        Utf8(ref ctx);
                        break;
                    case TextEncoding.Utf8: Utf8(ref ctx); break;
                    case TextEncoding.Ascii: Ascii(ref ctx); break;
                    case TextEncoding.Latin1: Latin1(ref ctx); break;
                    case TextEncoding.Cp1252: Cp1252(ref ctx); break;
                    case TextEncoding.Utf16:
                    case TextEncoding.Utf16LE:
                    case TextEncoding.Utf16BE:
                        if (enc != TextEncoding.Utf16) byteorder = enc == TextEncoding.Utf16BE ? 1 : -1;
                        Utf16(ref ctx, ref byteorder);
                        break;
                    default:
                        if (enc != TextEncoding.Utf32) byteorder = enc == TextEncoding.Utf32BE ? 1 : -1;
                        Utf32(ref ctx, ref byteorder);
                        break;
                }
            }
            catch (DecodeRestart r)
            {
                // Positions now refer to the handler's object; a utf-8-sig BOM is not looked for again.
                ctx.Bytes = r.Bytes;
                ctx.Start = r.Pos;
                skipped = 0;
                if (enc == TextEncoding.Utf8Sig) enc = TextEncoding.Utf8;
                goto again;
            }
            consumed = skipped + (ctx.Stop >= 0 ? ctx.Stop : ctx.Bytes.Length);
            astral = ctx.Astral;
            return sb.ToString();
        }

        private struct Ctx
        {
            public ThreadState Ts;
            public bool Final;
            /// <summary>Where a non-final decode stopped before an incomplete sequence, or -1.</summary>
            public int Stop;
            public byte[] Bytes;
            public string Errors;
            public StringBuilder Out;
            /// <summary>Characters outside the BMP decoded from one sequence (see Run).</summary>
            public int Astral;
            public ErrorHandler? Handler;
            public string Name;
            /// <summary>The encoding form surrogatepass decodes: 8 (utf-8), 16 or 32, and the byte order.</summary>
            public int Form;
            public bool BigEndian;
            /// <summary>Where decoding starts: 0, or where a handler that replaced exc.object said to resume.</summary>
            public int Start;
        }



        /// <summary>Applies the error handler to bytes [start, end) and returns where decoding resumes.</summary>
        private static int Error(ref Ctx c, int start, int end, string reason)
        {
            c.Handler ??= GetHandler(c.Errors);
            var b = c.Bytes;
            switch (c.Handler.Value)
            {
                case ErrorHandler.Strict:
                    throw DecodeError(c.Name, b, start, end, reason);
                case ErrorHandler.Ignore:
                    return end;
                case ErrorHandler.Replace:
                    c.Out.Append('\uFFFD');
                    return end;
                case ErrorHandler.BackslashReplace:
                    for (int k = start; k < end; k++) c.Out.Append("\\x").Append(b[k].ToString("x2", CultureInfo.InvariantCulture));
                    return end;
                case ErrorHandler.SurrogateEscape:
                {
                    int consumed = 0;
                    while (consumed < 4 && consumed < end - start && b[start + consumed] >= 128)
                    {
                        c.Out.Append((char)(0xDC00 + b[start + consumed]));
                        consumed++;
                    }
                    if (consumed == 0) throw DecodeError(c.Name, b, start, end, reason);
                    return start + consumed;
                }
                case ErrorHandler.SurrogatePass:
                {
                    int cp = -1, len = c.Form == 8 ? 3 : c.Form / 8;
                    if (c.Form != 0 && b.Length - start >= len)
                    {
                        if (c.Form == 8)
                        {
                            if ((b[start] & 0xF0) == 0xE0 && (b[start + 1] & 0xC0) == 0x80 && (b[start + 2] & 0xC0) == 0x80)
                                cp = ((b[start] & 0x0F) << 12) | ((b[start + 1] & 0x3F) << 6) | (b[start + 2] & 0x3F);
                        }
                        else if (c.Form == 16) cp = Read16(b, start, c.BigEndian);
                        else cp = (int)Read32(b, start, c.BigEndian);
                    }
                    if (cp < 0xD800 || cp > 0xDFFF) throw DecodeError(c.Name, b, start, end, reason);
                    c.Out.Append((char)cp);
                    return start + len;
                }
                default:
                {
                    var (rep, newpos, newObject) = CallDecodeHandlerEx(c.Ts, c.Errors, c.Name, b, start, end, reason);
                    c.Out.Append(rep);
                    if (newObject != null) throw new DecodeRestart(newObject, (int)newpos, null);
                    return (int)newpos;
                }
            }
        }

        private static void Ascii(ref Ctx c)
        {
            c.Name = "ascii";
            var b = c.Bytes;
            int i = c.Start;
            while (i < b.Length)
            {
                if (b[i] < 128) { c.Out.Append((char)b[i]); i++; }
                else i = Error(ref c, i, i + 1, "ordinal not in range(128)");
            }
        }

        private static void Latin1(ref Ctx c)
        {
            foreach (byte x in c.Bytes) c.Out.Append((char)x);
        }

        private static void Cp1252(ref Ctx c)
        {
            c.Name = "charmap";
            var b = c.Bytes;
            int i = c.Start;
            while (i < b.Length)
            {
                int x = b[i];
                char ch = x >= 0x80 && x < 0xA0 ? Cp1252High[x - 0x80] : (char)x;
                if (ch != '\uFFFE') { c.Out.Append(ch); i++; }
                else i = Error(ref c, i, i + 1, "character maps to <undefined>");
            }
        }

        private static bool Cont(byte x) => (x & 0xC0) == 0x80;

        private static void Utf8(ref Ctx c)
        {
            c.Name = "utf-8";
            c.Form = 8;
            var b = c.Bytes;
            int end = b.Length;
            int s = c.Start;
            while (s < end)
            {
                int ch = b[s];
                if (ch < 0x80) { c.Out.Append((char)ch); s++; continue; }
                int code; // 0 incomplete, 1 invalid start, 2..4 invalid continuation at offset code-1
                if (ch < 0xE0)
                {
                    if (ch < 0xC2) code = 1;
                    else if (end - s < 2) code = 0;
                    else if (!Cont(b[s + 1])) code = 2;
                    else
                    {
                        c.Out.Append((char)(((ch & 0x1F) << 6) | (b[s + 1] & 0x3F)));
                        s += 2;
                        continue;
                    }
                }
                else if (ch < 0xF0)
                {
                    if (end - s < 3)
                    {
                        if (end - s < 2) code = 0;
                        else
                        {
                            int c2 = b[s + 1];
                            code = !Cont((byte)c2) || (c2 < 0xA0 ? ch == 0xE0 : ch == 0xED) ? 2 : 0;
                        }
                    }
                    else
                    {
                        int c2 = b[s + 1], c3 = b[s + 2];
                        if (!Cont((byte)c2) || (ch == 0xE0 && c2 < 0xA0) || (ch == 0xED && c2 >= 0xA0)) code = 2;
                        else if (!Cont((byte)c3)) code = 3;
                        else
                        {
                            c.Out.Append((char)(((ch & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F)));
                            s += 3;
                            continue;
                        }
                    }
                }
                else if (ch < 0xF5)
                {
                    if (end - s < 4)
                    {
                        if (end - s < 2) code = 0;
                        else
                        {
                            int c2 = b[s + 1];
                            if (!Cont((byte)c2) || (c2 < 0x90 ? ch == 0xF0 : ch == 0xF4)) code = 2;
                            else if (end - s < 3) code = 0;
                            else code = !Cont(b[s + 2]) ? 3 : 0;
                        }
                    }
                    else
                    {
                        int c2 = b[s + 1], c3 = b[s + 2], c4 = b[s + 3];
                        if (!Cont((byte)c2) || (ch == 0xF0 && c2 < 0x90) || (ch == 0xF4 && c2 >= 0x90)) code = 2;
                        else if (!Cont((byte)c3)) code = 3;
                        else if (!Cont((byte)c4)) code = 4;
                        else
                        {
                            int cp = ((ch & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F);
                            cp -= 0x10000;
                            c.Out.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
                            c.Astral++;
                            s += 4;
                            continue;
                        }
                    }
                }
                else code = 1;
                if (code == 0 && !c.Final) { c.Stop = s; return; }
                // A truncated surrogate (ED A0..BF) at the end of a non-final chunk waits for its last byte:
                // the surrogatepass handler may accept it then (CPython's unicode_decode_utf8).
                if (code == 2 && !c.Final && ch == 0xED && end - s == 2 && b[s + 1] >= 0xA0) { c.Stop = s; return; }
                s = code switch
                {
                    0 => Error(ref c, s, end, "unexpected end of data"),
                    1 => Error(ref c, s, s + 1, "invalid start byte"),
                    _ => Error(ref c, s, s + code - 1, "invalid continuation byte"),
                };
            }
        }

        private static int Read16(byte[] b, int q, bool be) => be ? (b[q] << 8) | b[q + 1] : b[q] | (b[q + 1] << 8);

        private static uint Read32(byte[] b, int q, bool be)
            => be ? ((uint)b[q] << 24) | ((uint)b[q + 1] << 16) | ((uint)b[q + 2] << 8) | b[q + 3]
                  : b[q] | ((uint)b[q + 1] << 8) | ((uint)b[q + 2] << 16) | ((uint)b[q + 3] << 24);

        private static void Utf16(ref Ctx c, ref int bo)
        {
            var b = c.Bytes;
            int q = c.Start, e = b.Length;
            if (bo == 0 && q == 0 && e >= 2)
            {
                if (b[0] == 0xFF && b[1] == 0xFE) { q = 2; bo = -1; }
                else if (b[0] == 0xFE && b[1] == 0xFF) { q = 2; bo = 1; }
            }
            bool be = bo == 1;
            c.Name = be ? "utf-16-be" : "utf-16-le";
            c.Form = 16;
            c.BigEndian = be;
            while (q < e)
            {
                if (e - q < 2)
                {
                    if (!c.Final) { c.Stop = q; return; }
                    q = Error(ref c, q, e, "truncated data");
                    continue;
                }
                int u = Read16(b, q, be);
                q += 2;
                if (u < 0xD800 || u > 0xDFFF) { c.Out.Append((char)u); continue; }
                if (u >= 0xDC00) { q = Error(ref c, q - 2, q, "illegal encoding"); continue; }
                if (e - q < 2)
                {
                    if (!c.Final) { c.Stop = q - 2; return; }
                    q = Error(ref c, q - 2, e, "unexpected end of data");
                    continue;
                }
                int u2 = Read16(b, q, be);
                if (u2 < 0xDC00 || u2 > 0xDFFF) { q = Error(ref c, q - 2, q, "illegal UTF-16 surrogate"); continue; }
                q += 2;
                c.Out.Append((char)u).Append((char)u2);
            }
        }

        private static void Utf32(ref Ctx c, ref int bo)
        {
            var b = c.Bytes;
            int q = c.Start, e = b.Length;
            if (bo == 0 && q == 0 && e >= 4)
            {
                if (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) { q = 4; bo = -1; }
                else if (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { q = 4; bo = 1; }
            }
            bool be = bo == 1;
            c.Name = be ? "utf-32-be" : "utf-32-le";
            c.Form = 32;
            c.BigEndian = be;
            while (q < e)
            {
                if (e - q < 4)
                {
                    if (!c.Final) { c.Stop = q; return; }
                    q = Error(ref c, q, e, "truncated data");
                    continue;
                }
                uint cp = Read32(b, q, be);
                if (cp > 0x10FFFF) { q = Error(ref c, q, q + 4, "code point not in range(0x110000)"); continue; }
                if (cp >= 0xD800 && cp <= 0xDFFF) { q = Error(ref c, q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)"); continue; }
                q += 4;
                if (cp < 0x10000) c.Out.Append((char)cp);
                else
                {
                    cp -= 0x10000;
                    c.Out.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
                    c.Astral++;
                }
            }
        }
    }
}
