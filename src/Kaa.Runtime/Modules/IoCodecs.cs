using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The encoders and incremental decoders TextIOWrapper uses: UTF-8 (and -sig), ASCII, Latin-1,
/// UTF-16 and UTF-32 in both byte orders, with CPython's error handlers (strict, replace, ignore,
/// surrogateescape, surrogatepass, backslashreplace, xmlcharrefreplace) and CPython's error
/// messages. Decoding is stateless at character boundaries: a decoder hands back the bytes of an
/// incomplete trailing character, so TextIOWrapper can compute tell() cookies by re-decoding.
/// </summary>
public sealed class TextCodec
{
    /// <summary>The built-in codecs, and Registry: any other text codec, through the interpreter's codec registry.</summary>
    public enum Kind { Utf8, Utf8Sig, Ascii, Latin1, Utf16Le, Utf16Be, Utf16, Utf32Le, Utf32Be, Utf32, Registry }

    public readonly Kind CodecKind;
    /// <summary>The codec's name in error messages ('utf-8', 'ascii', 'latin-1', ...).</summary>
    public readonly string Name;
    /// <summary>The CodecInfo of a registry codec (cp1252, koi8_r, utf-7, ...).</summary>
    private readonly PyTuple? _info;

    private TextCodec(Kind kind, string name, PyTuple? info = null) { CodecKind = kind; Name = name; _info = info; }

    /// <summary>The UTF-8 codec (the default).</summary>
    public static readonly TextCodec Utf8 = new(Kind.Utf8, "utf-8");

    /// <summary>
    /// The codec for an encoding: a built-in one, else the registry's (codecs.lookup), which must be a text
    /// encoding (CPython's _PyCodec_LookupTextEncoding). LookupError otherwise.
    /// </summary>
    public static TextCodec Lookup(ThreadState ts, string encoding)
    {
        if (BuiltinLookup(encoding) is { } c) return c;
        var info = Codecs.LookupCodec(ts, encoding);
        if (Ops.TryGetAttr(ts, info, PyStr.From("_is_text_encoding"), out var isText) && isText != null && !Ops.IsTrue(ts, isText))
            throw PyErr.New(PyExc.LookupError, $"'{encoding}' is not a text encoding");
        var name = Ops.TryGetAttr(ts, info, PyStr.From("name"), out var n) && n is PyStr ns ? ns.Value : encoding;
        return new TextCodec(Kind.Registry, name, info);
    }

    private static TextCodec? BuiltinLookup(string encoding)
    {
        var n = encoding.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return n switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => Utf8,
            "utf-8-sig" or "utf8-sig" => new(Kind.Utf8Sig, "utf-8-sig"),
            "ascii" or "us-ascii" or "646" or "us" or "ansi-x3.4-1968" => new(Kind.Ascii, "ascii"),
            "latin-1" or "latin1" or "latin" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "iso-ir-100" => new(Kind.Latin1, "latin-1"),
            "utf-16" or "utf16" or "u16" => new(Kind.Utf16, "utf-16"),
            "utf-16-le" or "utf-16le" or "utf16le" => new(Kind.Utf16Le, "utf-16-le"),
            "utf-16-be" or "utf-16be" or "utf16be" => new(Kind.Utf16Be, "utf-16-be"),
            "utf-32" or "utf32" or "u32" => new(Kind.Utf32, "utf-32"),
            "utf-32-le" or "utf-32le" or "utf32le" => new(Kind.Utf32Le, "utf-32-le"),
            "utf-32-be" or "utf-32be" or "utf32be" => new(Kind.Utf32Be, "utf-32-be"),
            _ => null,
        };
    }

    public bool IsUtf8 => CodecKind == Kind.Utf8;

    /// <summary>Bytes per code unit for the fixed-width codecs (1 for the others).</summary>
    private int UnitSize => CodecKind switch
    {
        Kind.Utf16 or Kind.Utf16Le or Kind.Utf16Be => 2,
        Kind.Utf32 or Kind.Utf32Le or Kind.Utf32Be => 4,
        _ => 1,
    };

    // ---------------------------------------------------------------- encoding

    /// <summary>Encodes s (appending to output). <paramref name="atStart"/>: emit a BOM for utf-16/utf-32/utf-8-sig.</summary>
    public void Encode(ThreadState ts, string s, string errors, ArrayBufferWriter<byte> output, bool atStart)
    {
        if (CodecKind == Kind.Registry)
        {
            // The codec's stateless encode function, as the codecs' IncrementalEncoder classes call it.
            var r = Ops.Call(ts, _info![0], PyStr.From(s), PyStr.From(errors));
            if (r is not PyTuple t || t.Count != 2) throw PyErr.TypeError("encoder must return a tuple (object, integer)");
            if (t[0] is not PyBytes b) throw PyErr.TypeError($"encoder should return a bytes object, not '{t[0].ObType.Name}'");
            output.Write<byte>(b.Value);
            return;
        }
        if (atStart)
        {
            switch (CodecKind)
            {
                case Kind.Utf8Sig: output.Write<byte>([0xEF, 0xBB, 0xBF]); break;
                case Kind.Utf16: output.Write<byte>(BitConverter.IsLittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]); break;
                case Kind.Utf32: output.Write<byte>(BitConverter.IsLittleEndian ? [0xFF, 0xFE, 0, 0] : [0, 0, 0xFE, 0xFF]); break;
            }
        }
        if (s.Length == 0) return;
        if (!IsBuiltinHandler(errors))
        {
            output.Write<byte>(Codecs.EncodeWith(ts, s, ToTextEncoding(!BitConverter.IsLittleEndian), errors));
            return;
        }
        if (CodecKind is Kind.Utf8 or Kind.Utf8Sig)
        {
            var span = output.GetSpan(s.Length * 3);
            if (System.Text.Unicode.Utf8.FromUtf16(s, span, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                output.Advance(written);
                return;
            }
        }
        else if (CodecKind == Kind.Ascii && Ascii.IsValid(s))
        {
            var span = output.GetSpan(s.Length);
            for (int i = 0; i < s.Length; i++) span[i] = (byte)s[i];
            output.Advance(s.Length);
            return;
        }
        EncodeSlow(ts, s, errors, output);
    }

    private bool CanEncode(int cp) => CodecKind switch
    {
        Kind.Ascii => cp < 128,
        Kind.Latin1 => cp < 256,
        _ => cp < 0xD800 || cp > 0xDFFF,
    };

    private string Limit => CodecKind switch
    {
        Kind.Ascii => "ordinal not in range(128)",
        Kind.Latin1 => "ordinal not in range(256)",
        _ => "surrogates not allowed",
    };

    private void EncodeSlow(ThreadState ts, string s, string errors, ArrayBufferWriter<byte> output)
    {
        var cps = new PyStr(s).ToCodePoints();
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (CanEncode(cp)) { EncodeCodePoint(cp, output); continue; }
            int end = i + 1;
            while (end < cps.Length && !CanEncode(cps[end])) end++;
            switch (errors)
            {
                case "strict":
                    throw EncodeError(cps, i, end);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) EncodeCodePoint('?', output);
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++)
                        foreach (char c in BackslashEscape(cps[k])) EncodeCodePoint(c, output);
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++)
                        foreach (char c in $"&#{cps[k]};") EncodeCodePoint(c, output);
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++)
                    {
                        if (cps[k] is >= 0xDC80 and <= 0xDCFF && UnitSize == 1) output.Write<byte>([(byte)(cps[k] - 0xDC00)]);
                        else throw EncodeError(cps, i, end);
                    }
                    break;
                case "surrogatepass":
                    for (int k = i; k < end; k++)
                    {
                        int c = cps[k];
                        if (c is < 0xD800 or > 0xDFFF || CodecKind is Kind.Ascii or Kind.Latin1) throw EncodeError(cps, i, end);
                        if (UnitSize == 1) output.Write<byte>([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
                        else WriteUnit(c, UnitSize, output);
                    }
                    break;
                default:
                    throw PyErr.New(PyExc.LookupError, $"unknown error handler name '{errors}'");
            }
            i = end - 1;
        }
    }

    private PyException EncodeError(int[] cps, int start, int end)
        => Codecs.EncodeError(Name, PyStr.FromCodePoints(cps), start, end, Limit);

    private static string BackslashEscape(int cp) => cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    private void EncodeCodePoint(int cp, ArrayBufferWriter<byte> output)
    {
        switch (CodecKind)
        {
            case Kind.Ascii:
            case Kind.Latin1:
                output.Write<byte>([(byte)cp]);
                return;
            case Kind.Utf8:
            case Kind.Utf8Sig:
                if (cp < 0x80) output.Write<byte>([(byte)cp]);
                else if (cp < 0x800) output.Write<byte>([(byte)(0xC0 | (cp >> 6)), (byte)(0x80 | (cp & 0x3F))]);
                else if (cp < 0x10000) output.Write<byte>([(byte)(0xE0 | (cp >> 12)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))]);
                else output.Write<byte>([(byte)(0xF0 | (cp >> 18)), (byte)(0x80 | ((cp >> 12) & 0x3F)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))]);
                return;
            case Kind.Utf32:
            case Kind.Utf32Le:
            case Kind.Utf32Be:
                WriteUnit(cp, 4, output);
                return;
            default:
                if (cp >= 0x10000)
                {
                    int v = cp - 0x10000;
                    WriteUnit(0xD800 | (v >> 10), 2, output);
                    WriteUnit(0xDC00 | (v & 0x3FF), 2, output);
                }
                else WriteUnit(cp, 2, output);
                return;
        }
    }

    private bool BigEndian => CodecKind is Kind.Utf16Be or Kind.Utf32Be || (CodecKind is Kind.Utf16 or Kind.Utf32 && !BitConverter.IsLittleEndian);

    private void WriteUnit(int v, int size, ArrayBufferWriter<byte> output)
    {
        Span<byte> b = stackalloc byte[4];
        for (int k = 0; k < size; k++)
            b[BigEndian ? size - 1 - k : k] = (byte)(v >> (8 * k));
        output.Write<byte>(b[..size]);
    }

    // ---------------------------------------------------------------- decoding

    /// <summary>
    /// Decodes <paramref name="data"/>. When <paramref name="final"/> is false, the bytes of an incomplete
    /// trailing character are not consumed (<paramref name="consumed"/> says how many were).
    /// <paramref name="bigEndian"/> carries the byte order utf-16/utf-32 picked from the BOM (null: not yet seen).
    /// </summary>
    public string Decode(ThreadState ts, ReadOnlySpan<byte> data, string errors, bool final, out int consumed, ref bool? bigEndian, bool atStart)
    {
        if (CodecKind == Kind.Registry) return DecodeRegistry(ts, data, errors, final, out consumed);
        int skip = 0;
        if (atStart)
        {
            if (CodecKind == Kind.Utf8Sig)
            {
                if (data.Length < 3 && !final && data.SequenceEqual(stackalloc byte[] { 0xEF, 0xBB, 0xBF }[..data.Length]))
                {
                    consumed = 0;
                    return "";
                }
                if (data.StartsWith(stackalloc byte[] { 0xEF, 0xBB, 0xBF })) skip = 3;
            }
            else if (CodecKind is Kind.Utf16 or Kind.Utf32 && bigEndian == null)
            {
                int n = UnitSize;
                if (data.Length < n && !final) { consumed = 0; return ""; }
                if (n == 2 && data.Length >= 2)
                {
                    if (data[0] == 0xFF && data[1] == 0xFE) { bigEndian = false; skip = 2; }
                    else if (data[0] == 0xFE && data[1] == 0xFF) { bigEndian = true; skip = 2; }
                }
                else if (n == 4 && data.Length >= 4)
                {
                    if (data[..4].SequenceEqual(stackalloc byte[] { 0xFF, 0xFE, 0, 0 })) { bigEndian = false; skip = 4; }
                    else if (data[..4].SequenceEqual(stackalloc byte[] { 0, 0, 0xFE, 0xFF })) { bigEndian = true; skip = 4; }
                }
                bigEndian ??= !BitConverter.IsLittleEndian;
            }
        }
        var body = data[skip..];
        string result;
        int used;
        if (!IsBuiltinHandler(errors))
        {
            // A handler from codecs.register_error: the general decoders call it.
            int bo = 0;
            result = Codecs.DecodeWith(ts, body.ToArray(), ToTextEncoding(bigEndian), errors, final, ref bo, out used);
            consumed = skip + used;
            return result;
        }
        switch (CodecKind)
        {
            case Kind.Utf8:
            case Kind.Utf8Sig:
                result = DecodeUtf8(body, errors, final, out used);
                break;
            case Kind.Latin1:
                result = Encoding.Latin1.GetString(body);
                used = body.Length;
                break;
            case Kind.Ascii:
                result = DecodeAscii(body, errors, out used);
                break;
            default:
                bool be = CodecKind is Kind.Utf16Be or Kind.Utf32Be || (CodecKind is Kind.Utf16 or Kind.Utf32 && (bigEndian ?? !BitConverter.IsLittleEndian));
                result = DecodeUnits(body, UnitSize, be, errors, final, out used);
                break;
        }
        consumed = skip + used;
        return result;
    }

    /// <summary>
    /// A registry codec through a fresh incremental decoder: what it keeps buffered (getstate()[0]) is
    /// the incomplete tail, so decoding stays stateless at character boundaries like the built-in codecs.
    /// </summary>
    private string DecodeRegistry(ThreadState ts, ReadOnlySpan<byte> data, string errors, bool final, out int consumed)
    {
        var factory = Ops.GetAttr(ts, _info!, PyStr.From("incrementaldecoder"));
        var decoder = Ops.Call(ts, factory, PyStr.From(errors));
        var text = Ops.CallMethod(ts, decoder, "decode", new PyBytes(data.ToArray()), PyBool.From(final));
        if (text is not PyStr ts1) throw PyErr.TypeError($"decoder should return a string result, not '{text.ObType.Name}'");
        var state = Ops.CallMethod(ts, decoder, "getstate");
        int pending = state is PyTuple st && st.Count >= 1 && st[0] is PyBytes pb ? pb.Value.Length : 0;
        consumed = data.Length - pending;
        return ts1.Value;
    }

    private static bool IsBuiltinHandler(string errors)
        => errors is "strict" or "ignore" or "replace" or "backslashreplace" or "xmlcharrefreplace" or "namereplace" or "surrogateescape" or "surrogatepass";

    /// <summary>The matching codec of Objects/Codecs.cs, BOM already handled (utf-16/32 in the given byte order).</summary>
    private TextEncoding ToTextEncoding(bool? bigEndian) => CodecKind switch
    {
        Kind.Utf8 or Kind.Utf8Sig => TextEncoding.Utf8,
        Kind.Ascii => TextEncoding.Ascii,
        Kind.Latin1 => TextEncoding.Latin1,
        Kind.Utf16Le => TextEncoding.Utf16LE,
        Kind.Utf16Be => TextEncoding.Utf16BE,
        Kind.Utf16 => bigEndian ?? !BitConverter.IsLittleEndian ? TextEncoding.Utf16BE : TextEncoding.Utf16LE,
        Kind.Utf32Le => TextEncoding.Utf32LE,
        Kind.Utf32Be => TextEncoding.Utf32BE,
        _ => bigEndian ?? !BitConverter.IsLittleEndian ? TextEncoding.Utf32BE : TextEncoding.Utf32LE,
    };

    private string DecodeAscii(ReadOnlySpan<byte> b, string errors, out int used)
    {
        used = b.Length;
        if (Ascii.IsValid(b)) return Encoding.ASCII.GetString(b);
        var sb = new StringBuilder(b.Length);
        for (int i = 0; i < b.Length; i++)
        {
            if (b[i] < 128) { sb.Append((char)b[i]); continue; }
            HandleDecodeError(sb, b, i, i + 1, errors, "ordinal not in range(128)");
        }
        return sb.ToString();
    }

    private string DecodeUtf8(ReadOnlySpan<byte> b, string errors, bool final, out int used)
    {
        // Fast path: the whole buffer (minus an incomplete tail) is valid UTF-8.
        var chars = new char[b.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(b, chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: final);
        if (status == OperationStatus.Done || (status == OperationStatus.NeedMoreData && !final))
        {
            used = read;
            return new string(chars, 0, written);
        }
        var sb = new StringBuilder(b.Length);
        sb.Append(chars, 0, written);
        int i = read;
        while (i < b.Length)
        {
            int c = b[i];
            if (c < 0x80) { sb.Append((char)c); i++; continue; }
            int need; int lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) need = 1;
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F; }
            else
            {
                HandleDecodeError(sb, b, i, i + 1, errors, "invalid start byte");
                i++;
                continue;
            }
            int k = 1;
            bool bad = false;
            for (; k <= need; k++)
            {
                if (i + k >= b.Length) break;
                int cc = b[i + k];
                int l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
                if (cc < l || cc > h) { bad = true; break; }
            }
            if (bad)
            {
                HandleDecodeError(sb, b, i, i + k, errors, "invalid continuation byte");
                i += k;
                continue;
            }
            if (k <= need)
            {
                // Truncated sequence at the end of the data.
                if (!final) { used = i; return sb.ToString(); }
                HandleDecodeError(sb, b, i, b.Length, errors, "unexpected end of data");
                i = b.Length;
                continue;
            }
            int cp = need switch
            {
                1 => ((c & 0x1F) << 6) | (b[i + 1] & 0x3F),
                2 => ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F),
                _ => ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F),
            };
            PyStr.AppendCodePoint(sb, cp);
            i += need + 1;
        }
        used = b.Length;
        return sb.ToString();
    }

    private string DecodeUnits(ReadOnlySpan<byte> b, int size, bool be, string errors, bool final, out int used)
    {
        var sb = new StringBuilder(b.Length / size);
        int i = 0;
        for (; i + size <= b.Length; i += size)
        {
            int v = 0;
            for (int k = 0; k < size; k++) v |= b[i + (be ? size - 1 - k : k)] << (8 * k);
            if (size == 4)
            {
                if (v < 0 || v > 0x10FFFF) { HandleDecodeError(sb, b, i, i + 4, errors, "code point not in range(0x110000)"); continue; }
                PyStr.AppendCodePoint(sb, v);
            }
            else sb.Append((char)v);
        }
        if (i < b.Length)
        {
            if (!final) { used = i; return sb.ToString(); }
            HandleDecodeError(sb, b, i, b.Length, errors, "truncated data");
            i = b.Length;
        }
        used = i;
        // A high surrogate waiting for its pair at the end of a chunk: keep it for the next one.
        if (!final && size == 2 && sb.Length > 0 && char.IsHighSurrogate(sb[^1]))
        {
            sb.Length--;
            used -= 2;
        }
        return sb.ToString();
    }

    private void HandleDecodeError(StringBuilder sb, ReadOnlySpan<byte> b, int start, int end, string errors, string reason)
    {
        switch (errors)
        {
            case "strict":
            {
                throw Codecs.DecodeError(Name, b.ToArray(), start, end, reason);
            }
            case "ignore":
                return;
            case "replace":
                sb.Append('\uFFFD');
                return;
            case "surrogateescape":
                for (int k = start; k < end; k++) sb.Append(b[k] >= 0x80 ? (char)(0xDC00 + b[k]) : (char)b[k]);
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.Append($"\\x{b[k]:x2}");
                return;
            case "surrogatepass":
            case "xmlcharrefreplace":
                goto case "strict";
            default:
                throw PyErr.New(PyExc.LookupError, $"unknown error handler name '{errors}'");
        }
    }
}
