using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The built-in text encodings (CPython's fast-path codecs in Objects/unicodeobject.c).</summary>
public enum TextEncoding { Utf8, Utf8Sig, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Latin1, Ascii, Cp1252 }

/// <summary>The built-in error handlers (CPython's _Py_error_handler).</summary>
public enum ErrorHandler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape, SurrogatePass, Custom }

/// <summary>
/// str.encode / bytes.decode for utf-8 (and utf-8-sig), utf-16 and utf-32 (with BOM, -le, -be), latin-1 and
/// ascii, with CPython's error handlers and its UnicodeEncodeError/UnicodeDecodeError ranges and reasons.
/// Positions in errors are code point indexes (str) or byte offsets (bytes), as in CPython.
/// </summary>
public static partial class Codecs
{
    /// <summary>Looks up an encoding name the way the encodings package does (case, '-', '_' and spaces are equivalent), or null.</summary>
    public static TextEncoding? Lookup(string encoding)
    {
        Span<char> buf = stackalloc char[Math.Min(encoding.Length, 64)];
        if (encoding.Length > 64) return null;
        int n = 0;
        bool pendingSep = false;
        foreach (char c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (pendingSep && n > 0) buf[n++] = '_';
                pendingSep = false;
                buf[n++] = char.ToLowerInvariant(c);
            }
            else pendingSep = true;
        }
        return buf[..n] switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001" => TextEncoding.Utf8,
            "utf_8_sig" or "utf8_sig" => TextEncoding.Utf8Sig,
            "utf_16" or "utf16" or "u16" => TextEncoding.Utf16,
            "utf_16_le" or "utf_16le" or "utf16le" or "unicodelittleunmarked" => TextEncoding.Utf16LE,
            "utf_16_be" or "utf_16be" or "utf16be" or "unicodebigunmarked" => TextEncoding.Utf16BE,
            "utf_32" or "utf32" or "u32" => TextEncoding.Utf32,
            "utf_32_le" or "utf_32le" or "utf32le" => TextEncoding.Utf32LE,
            "utf_32_be" or "utf_32be" or "utf32be" => TextEncoding.Utf32BE,
            "latin_1" or "latin1" or "latin" or "l1" or "iso8859_1" or "iso_8859_1" or "iso_8859_1_1987" or "iso_ir_100" or "cp819"
                or "8859" or "ibm819" or "csisolatin1" or "iso8859" => TextEncoding.Latin1,
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "cp367" or "csascii"
                or "ibm367" or "iso646_us" or "iso_646.irv_1991" or "iso_ir_6" => TextEncoding.Ascii,
            "cp1252" or "windows_1252" or "1252" => TextEncoding.Cp1252,
            _ => null,
        };
    }

    /// <summary>The codec name CPython puts in messages and exceptions.</summary>
    public static string Name(TextEncoding e) => e switch
    {
        TextEncoding.Utf8 or TextEncoding.Utf8Sig => "utf-8",
        TextEncoding.Utf16 => "utf-16",
        TextEncoding.Utf16LE => "utf-16-le",
        TextEncoding.Utf16BE => "utf-16-be",
        TextEncoding.Utf32 => "utf-32",
        TextEncoding.Utf32LE => "utf-32-le",
        TextEncoding.Utf32BE => "utf-32-be",
        TextEncoding.Latin1 => "latin-1",
        TextEncoding.Cp1252 => "charmap",
        _ => "ascii",
    };

    /// <summary>Kept for callers that want a canonical name: the codec name for a known encoding, else the input lower-cased.</summary>
    public static string Normalize(string encoding) => Lookup(encoding) is { } e ? Name(e) : encoding.ToLowerInvariant();

    /// <summary>cp1252's characters for bytes 0x80-0x9F (0xFFFE: undefined); 0xA0-0xFF map to themselves.</summary>
    private static ReadOnlySpan<char> Cp1252High => [
        '\u20AC', '\uFFFE', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFE', '\u017D', '\uFFFE',
        '\uFFFE', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFE', '\u017E', '\u0178',
    ];

    /// <summary>The cp1252 byte for a code point, or -1.</summary>
    private static int Cp1252Byte(int cp)
    {
        if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return cp;
        if (cp > 0xFFFF) return -1;
        int i = Cp1252High.IndexOf((char)cp);
        return i < 0 || cp == 0xFFFE ? -1 : 0x80 + i;
    }

    /// <summary>The error handler for a name; looked up only when an error happens, as in CPython.</summary>
    public static ErrorHandler GetHandler(string errors) => errors switch
    {
        "strict" => ErrorHandler.Strict,
        "ignore" => ErrorHandler.Ignore,
        "replace" => ErrorHandler.Replace,
        "backslashreplace" => ErrorHandler.BackslashReplace,
        "xmlcharrefreplace" => ErrorHandler.XmlCharRefReplace,
        "namereplace" => ErrorHandler.NameReplace,
        "surrogateescape" => ErrorHandler.SurrogateEscape,
        "surrogatepass" => ErrorHandler.SurrogatePass,
        // Any other name is looked up in the interpreter's registry (codecs.register_error) when an error happens.
        _ => ErrorHandler.Custom,
    };

    /// <summary>
    /// Development mode (-X dev) checks the errors argument of str.encode, bytes.decode and str(bytes, ...)
    /// even when no error happens, so a misspelled handler name fails at once (CPython's
    /// unicode_check_encoding_errors); the common handlers need no lookup.
    /// </summary>
    private static void CheckErrorsInDevMode(ThreadState ts, string errors)
    {
        if (errors is "strict" or "ignore" or "replace" or "surrogateescape" or "surrogatepass") return;
        if (ts.Interp.Runtime.Config.DevMode) LookupError(ts, errors);
    }

    public static byte[] Encode(ThreadState ts, string s, string encoding, string errors)
    {
        CheckErrorsInDevMode(ts, errors);
        if (Lookup(encoding) is not { } enc) return EncodeViaRegistry(ts, PyStr.From(s), encoding, errors);
        return EncodeWith(ts, s, enc, errors);
    }

    /// <summary>str.encode: as <see cref="Encode(ThreadState, string, string, string)"/>, reading the str's
    /// units as it does (<see cref="PyStr.SeparateSurrogates"/>).</summary>
    public static byte[] Encode(ThreadState ts, PyStr s, string encoding, string errors)
    {
        CheckErrorsInDevMode(ts, errors);
        if (Lookup(encoding) is not { } enc) return EncodeViaRegistry(ts, s, encoding, errors);
        return EncodeWith(ts, s.Value, enc, errors, s.SeparateSurrogates);
    }

    /// <summary>The next code point of <paramref name="s"/> at UTF-16 offset <paramref name="i"/>; with
    /// <paramref name="separate"/> (see <see cref="PyStr.SeparateSurrogates"/>) every unit is one.</summary>
    internal static int NextCodePoint(string s, ref int i, bool separate) => separate ? s[i++] : StrUnicode.Next(s, ref i);

    /// <summary>The str an encoder error reports as its object: the text read as the encoded str read it.</summary>
    internal static PyStr ErrorObject(string s, bool separate) => separate ? PyStr.FromSimple(s) : PyStr.From(s);

    /// <summary>Encodes with one of the built-in codecs; <paramref name="separate"/>: the str's adjacent lone
    /// surrogates are separate code points.</summary>
    public static byte[] EncodeWith(ThreadState ts, string s, TextEncoding enc, string errors, bool separate = false)
    {
        // Fast paths: nothing to handle.
        switch (enc)
        {
            case TextEncoding.Utf8:
                if (s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return Encoding.UTF8.GetBytes(s);
                break;
            case TextEncoding.Ascii:
                if (System.Text.Ascii.IsValid(s)) return Encoding.ASCII.GetBytes(s);
                break;
            case TextEncoding.Latin1:
                if (s.AsSpan().IndexOfAnyInRange('\u0100', '\uFFFF') < 0) return Encoding.Latin1.GetBytes(s);
                break;
        }
        var buf = new ByteBuffer(s.Length + 8);
        Encoder.Run(ts, s, enc, errors, separate, ref buf);
        return buf.ToArray();
    }

    public static string Decode(ThreadState ts, byte[] b, string encoding, string errors) => Decode(ts, b, 0, b.Length, encoding, errors);

    public static string Decode(ThreadState ts, byte[] b, int offset, int count, string encoding, string errors)
        => Decode(ts, b, offset, count, encoding, errors, out _);

    /// <summary>bytes.decode, str(bytes, encoding): the decoded text as a str (see <see cref="DecodedStr"/>).</summary>
    public static PyStr DecodeToStr(ThreadState ts, byte[] b, string encoding, string errors)
    {
        if (Lookup(encoding) is null)
        {
            CheckErrorsInDevMode(ts, errors);
            return DecodeViaRegistryToStr(ts, b, encoding, errors);
        }
        return DecodedStr(Decode(ts, b, 0, b.Length, encoding, errors, out int astral), astral);
    }

    /// <summary>
    /// The str of decoded text. Decoding can put a lone high surrogate before a lone low one (surrogatepass
    /// with utf-8 or utf-32): CPython keeps them two code points, while a character outside the BMP decoded
    /// from one sequence is one. <paramref name="astral"/> counts the latter (-1: the decoder pairs
    /// surrogates itself, as UTF-16 does, or cannot make lone ones).
    /// </summary>
    public static PyStr DecodedStr(string text, int astral)
    {
        if (astral < 0 || !PyStr.HasSurrogateSeam(text)) return PyStr.From(text);
        int seams = 0;
        for (int i = 0; i + 1 < text.Length; i++)
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) { seams++; i++; }
        if (seams == astral) return PyStr.From(text);
        return PyStr.FromAssembled(text, separate: true, paired: astral > 0);
    }

    private static string Decode(ThreadState ts, byte[] b, int offset, int count, string encoding, string errors, out int astral)
    {
        astral = -1;
        CheckErrorsInDevMode(ts, errors);
        if (Lookup(encoding) is not { } enc)
            return DecodeViaRegistry(ts, offset == 0 && count == b.Length ? b : b.AsSpan(offset, count).ToArray(), encoding, errors);
        var span = b.AsSpan(offset, count);
        switch (enc)
        {
            case TextEncoding.Utf8:
                if (System.Text.Unicode.Utf8.IsValid(span)) return Encoding.UTF8.GetString(span);
                break;
            case TextEncoding.Ascii:
                if (System.Text.Ascii.IsValid(span)) return Encoding.ASCII.GetString(span);
                break;
            case TextEncoding.Latin1:
                return Encoding.Latin1.GetString(span);
        }
        var data = offset == 0 && count == b.Length ? b : span.ToArray();
        var text = Decoder.Run(ts, data, enc, errors, out astral);
        if (enc is TextEncoding.Utf16 or TextEncoding.Utf16LE or TextEncoding.Utf16BE) astral = -1;
        return text;
    }

    /// <summary>Decodes with one of the built-in codecs; see <see cref="Decoder.Run(ThreadState, byte[], TextEncoding, string, bool, ref int, out int)"/>.</summary>
    public static string DecodeWith(ThreadState ts, byte[] b, TextEncoding enc, string errors, bool final, ref int byteorder, out int consumed)
        => DecodeWith(ts, b, enc, errors, final, ref byteorder, out consumed, out _);

    /// <summary>As <see cref="DecodeWith(ThreadState, byte[], TextEncoding, string, bool, ref int, out int)"/>,
    /// with the count that <see cref="DecodedStr"/> needs.</summary>
    public static string DecodeWith(ThreadState ts, byte[] b, TextEncoding enc, string errors, bool final, ref int byteorder, out int consumed, out int astral)
    {
        astral = -1;
        if (enc == TextEncoding.Latin1) { consumed = b.Length; return Encoding.Latin1.GetString(b); }
        var text = Decoder.Run(ts, b, enc, errors, final, ref byteorder, out consumed, out astral);
        if (enc is TextEncoding.Utf16 or TextEncoding.Utf16LE or TextEncoding.Utf16BE) astral = -1;
        return text;
    }

    /// <summary>A growable byte array (no per-byte allocation).</summary>
    internal struct ByteBuffer
    {
        private byte[] _data;
        public int Count;

        public ByteBuffer(int capacity) { _data = new byte[Math.Max(16, capacity)]; Count = 0; }

        public void Add(byte b)
        {
            if (Count == _data.Length) Array.Resize(ref _data, _data.Length * 2);
            _data[Count++] = b;
        }

        public void Add(ReadOnlySpan<byte> bytes)
        {
            if (Count + bytes.Length > _data.Length) Array.Resize(ref _data, Math.Max(_data.Length * 2, Count + bytes.Length));
            bytes.CopyTo(_data.AsSpan(Count));
            Count += bytes.Length;
        }

        public readonly byte[] ToArray() => _data.AsSpan(0, Count).ToArray();
    }

    // ---- exceptions ----

    /// <summary>A UnicodeEncodeError with CPython's args (encoding, object, start, end, reason).</summary>
    public static PyException EncodeError(string encoding, string obj, long start, long end, string reason, bool separate = false)
        => MakeError(PyExc.UnicodeEncodeError, [PyStr.From(encoding), ErrorObject(obj, separate), PyInt.From(start), PyInt.From(end), PyStr.From(reason)]);

    /// <summary>A UnicodeDecodeError with CPython's args (encoding, object, start, end, reason).</summary>
    public static PyException DecodeError(string encoding, byte[] obj, long start, long end, string reason)
        => MakeError(PyExc.UnicodeDecodeError, [PyStr.From(encoding), new PyBytes(obj), PyInt.From(start), PyInt.From(end), PyStr.From(reason)]);

    private static PyException MakeError(PyType type, PyObject[] args)
    {
        var e = PyBaseException.Create(type, new PyTuple(args));
        SetFields(e, args[0], args[1], ((PyInt)args[2]).Small, ((PyInt)args[3]).Small, args[4]);
        return new PyException(e);
    }
}
