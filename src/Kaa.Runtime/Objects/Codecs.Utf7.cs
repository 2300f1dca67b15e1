using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class Codecs
{
    /// <summary>
    /// RFC 2152 character classes as CPython's utf7_category: 0 direct, 1 optional direct, 2 whitespace,
    /// 3 special (always base64-encoded). Characters of class 0-2 are written as themselves.
    /// </summary>
    private static ReadOnlySpan<byte> Utf7Category => [
        3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
    ];

    private static bool Utf7EncodeDirect(int c) => c > 0 && c < 128 && Utf7Category[c] != 3;

    private static bool IsBase64(int c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';

    private static byte ToBase64(int n) => (byte)"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[n & 0x3F];

    private static int FromBase64(int c) => c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : 63;

    /// <summary>UTF-7 encoding (_PyUnicode_EncodeUTF7): never fails; lone surrogates are encoded as they are.</summary>
    public static byte[] Utf7Encode(string s)
    {
        var buf = new ByteBuffer(s.Length + 8);
        bool inShift = false;
        int bits = 0;
        ulong buffer = 0;
        for (int i = 0; i < s.Length;)
        {
            int ch = StrUnicode.Next(s, ref i);
            if (inShift)
            {
                if (Utf7EncodeDirect(ch))
                {
                    if (bits > 0) { buf.Add(ToBase64((int)(buffer << (6 - bits)))); buffer = 0; bits = 0; }
                    inShift = false;
                    // A base64 character (or '-') right after the shift would be read as part of it.
                    if (IsBase64(ch) || ch == '-') buf.Add((byte)'-');
                    buf.Add((byte)ch);
                    continue;
                }
            }
            else if (ch == '+') { buf.Add((byte)'+'); buf.Add((byte)'-'); continue; }
            else if (Utf7EncodeDirect(ch)) { buf.Add((byte)ch); continue; }
            else { buf.Add((byte)'+'); inShift = true; }
            if (ch >= 0x10000)
            {
                int v = ch - 0x10000;
                Utf7Push(ref buf, ref buffer, ref bits, 0xD800 + (v >> 10));
                ch = 0xDC00 + (v & 0x3FF);
            }
            Utf7Push(ref buf, ref buffer, ref bits, ch);
        }
        if (bits > 0) buf.Add(ToBase64((int)(buffer << (6 - bits))));
        if (inShift) buf.Add((byte)'-');
        return buf.ToArray();
    }

    private static void Utf7Push(ref ByteBuffer buf, ref ulong buffer, ref int bits, int unit)
    {
        bits += 16;
        buffer = (buffer << 16) | (uint)unit;
        while (bits >= 6)
        {
            buf.Add(ToBase64((int)(buffer >> (bits - 6))));
            bits -= 6;
        }
        buffer &= (1UL << bits) - 1;
    }

    /// <summary>UTF-7 decoding (PyUnicode_DecodeUTF7Stateful), with CPython's error reasons and its handling of unfinished shifts.</summary>
    public static string Utf7Decode(ThreadState ts, byte[] b, string errors, bool final, out int consumed)
    {
        try
        {
            return Utf7DecodeCore(ts, b, errors, final, out consumed);
        }
        catch (DecodeRestart r)
        {
            // The handler replaced exc.object: go on in the new bytes (positions now count from there).
            var rest = Utf7Decode(ts, r.Bytes[r.Pos..], errors, final, out int more);
            consumed = r.Pos + more;
            return r.Output + rest;
        }
    }

    private static string Utf7DecodeCore(ThreadState ts, byte[] b, string errors, bool final, out int consumed)
    {
        var sb = new StringBuilder(b.Length);
        bool inShift = false;
        int bits = 0;
        ulong buffer = 0;
        int surrogate = 0;
        int startinpos = 0, shiftOutStart = 0;
        int s = 0, e = b.Length;
        while (s < e)
        {
            int ch = b[s];
            string? errmsg = null;
            if (inShift)
            {
                if (IsBase64(ch))
                {
                    buffer = (buffer << 6) | (uint)FromBase64(ch);
                    bits += 6;
                    s++;
                    if (bits >= 16)
                    {
                        int outCh = (int)((buffer >> (bits - 16)) & 0xFFFF);
                        bits -= 16;
                        buffer &= (1UL << bits) - 1;
                        if (surrogate != 0)
                        {
                            if (outCh >= 0xDC00 && outCh <= 0xDFFF)
                            {
                                sb.Append((char)surrogate).Append((char)outCh);
                                surrogate = 0;
                                continue;
                            }
                            sb.Append((char)surrogate);
                            surrogate = 0;
                        }
                        if (outCh >= 0xD800 && outCh <= 0xDBFF) surrogate = outCh;
                        else sb.Append((char)outCh);
                    }
                    continue;
                }
                inShift = false;
                if (bits >= 6) { s++; errmsg = "partial character in shift sequence"; }
                else if (bits > 0 && buffer != 0) { s++; errmsg = "non-zero padding bits in shift sequence"; }
                if (errmsg == null)
                {
                    if (surrogate != 0 && ch <= 127 && ch != '+') sb.Append((char)surrogate);
                    surrogate = 0;
                    if (ch == '-') s++;
                    continue;
                }
            }
            else if (ch == '+')
            {
                startinpos = s;
                s++;
                if (s < e && b[s] == '-') { s++; sb.Append('+'); continue; }
                if (s < e && !IsBase64(b[s])) { s++; errmsg = "ill-formed sequence"; }
                else
                {
                    inShift = true;
                    surrogate = 0;
                    shiftOutStart = sb.Length;
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            }
            else if (ch <= 127) { s++; sb.Append((char)ch); continue; }
            else { startinpos = s; s++; errmsg = "unexpected special character"; }
            s = DecodeErrorAt(ts, ref sb, errors, "utf7", b, startinpos, s, errmsg);
        }
        if (inShift && final)
        {
            inShift = false;
            if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))
            {
                s = DecodeErrorAt(ts, ref sb, errors, "utf7", b, startinpos, e, "unterminated shift sequence");
                if (s < e)
                {
                    var rest = Utf7Decode(ts, b[s..], errors, final, out int c2);
                    consumed = s + c2;
                    return sb.Append(rest).ToString();
                }
            }
        }
        if (!final && inShift)
        {
            consumed = startinpos;
            sb.Length = shiftOutStart;
        }
        else consumed = s;
        return sb.ToString();
    }
}
