using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// binascii (Modules/binascii.c): hex, base64, uuencode and quoted-printable conversions and the
/// crc32/crc_hqx checksums that base64, quopri, uu, zipfile and email build on. binascii.Error and
/// binascii.Incomplete are per-interpreter classes in the module state.
/// </summary>
public static class BinasciiModule
{
    public sealed class State
    {
        public PyType Error = null!;
        public PyType Incomplete = null!;
    }

    public static readonly BuiltinModuleDef Definition = new() { Name = "binascii", Exec = Exec, CreateState = () => new State() };

    private const string B64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const int MaxLineSize = 76;

    /// <summary>Each byte's base64 value, or -1 for bytes outside the alphabet.</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<sbyte> B64Values =
        [.. Enumerable.Range(0, 256).Select(b => (sbyte)(b < 128 ? B64Alphabet.IndexOf((char)b) : -1))];

    private static PyException Error(PyModule? m, string message) => PyErr.New(((State)m!.State!).Error, message);

    private static void Exec(ThreadState ts, PyModule m)
    {
        var st = (State)m.State!;
        st.Error = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "binascii", "Error", PyExc.ValueError, null);
        st.Incomplete = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "binascii", "Incomplete", PyExc.Exception, null);
        m.Set("__doc__", PyStr.From("Conversion between binary data and ASCII"));
        m.Set("Error", st.Error);
        m.Set("Incomplete", st.Incomplete);

        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));

        Fn("a2b_uu", (ts2, mod, a, kw) =>
        {
            Args.Exact("binascii.a2b_uu", a, kw, 1);
            return new PyBytes(A2bUu(mod, AsciiData(a[0])));
        }, "a2b_uu($module, data, /)\n--\n\nDecode a line of uuencoded data.");
        Fn("b2a_uu", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("b2a_uu", a, kw, ["data", "backtick"], 1, posOnly: 1, kwOnlyFrom: 1);
            return new PyBytes(B2aUu(mod, BinData(p[0]!), p[1] != null && Ops.IsTrue(ts2, p[1]!)));
        }, "b2a_uu($module, data, /, *, backtick=False)\n--\n\nUuencode line of data.");
        Fn("a2b_base64", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("a2b_base64", a, kw, ["data", "strict_mode"], 1, posOnly: 1, kwOnlyFrom: 1);
            return new PyBytes(A2bBase64(mod, AsciiData(p[0]!), p[1] != null && Ops.IsTrue(ts2, p[1]!)));
        }, "a2b_base64($module, data, /, *, strict_mode=False)\n--\n\nDecode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).");
        Fn("b2a_base64", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("b2a_base64", a, kw, ["data", "newline"], 1, posOnly: 1, kwOnlyFrom: 1);
            return new PyBytes(B2aBase64(BinData(p[0]!), p[1] == null || Ops.IsTrue(ts2, p[1]!)));
        }, "b2a_base64($module, data, /, *, newline=True)\n--\n\nBase64-code line of data.");
        Fn("crc_hqx", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("crc_hqx", kw);
            if (a.Length != 2) throw PyErr.TypeError($"crc_hqx expected 2 arguments, got {a.Length}");
            var data = BinData(a[0]);
            uint crc = UIntBitwise(ts2, a[1]) & 0xffff;
            foreach (var b in data)
            {
                crc ^= (uint)b << 8;
                for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
            }
            return PyInt.From((long)crc);
        }, "crc_hqx($module, data, crc, /)\n--\n\nCompute CRC-CCITT incrementally.");
        Fn("crc32", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("crc32", kw);
            if (a.Length < 1 || a.Length > 2) throw PyErr.TypeError($"crc32 expected {(a.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}");
            var data = BinData(a[0]);
            uint crc = a.Length > 1 ? UIntBitwise(ts2, a[1]) : 0;
            return PyInt.From((long)Crc32(crc, data));
        }, "crc32($module, data, crc=0, /)\n--\n\nCompute CRC-32 incrementally.");
        BuiltinFunc hexlify = (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("b2a_hex", a, kw, ["data", "sep", "bytes_per_sep"], 1);
            return new PyBytes(Encoding.ASCII.GetBytes(BytesMethods.Hex(ts2, BinData(p[0]!), p[1], p[2])));
        };
        Fn("b2a_hex", hexlify, "b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"hexlify()\".\n\nExample:\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')\nb'b901ef'\n>>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')\nb'b9:01:ef'\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)\nb'b9_01ef'");
        Fn("hexlify", hexlify, "hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nHexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"b2a_hex()\".");
        BuiltinFunc unhexlify = (ts2, mod, a, kw) =>
        {
            Args.Exact("binascii.a2b_hex", a, kw, 1);
            var s = AsciiData(a[0]);
            if (s.Length % 2 != 0) throw Error(mod, "Odd-length string");
            var r = new byte[s.Length / 2];
            for (int i = 0; i < r.Length; i++)
            {
                int hi = HexDigit(s[2 * i]), lo = HexDigit(s[2 * i + 1]);
                if (hi < 0 || lo < 0) throw Error(mod, "Non-hexadecimal digit found");
                r[i] = (byte)(hi * 16 + lo);
            }
            return new PyBytes(r);
        };
        Fn("a2b_hex", unhexlify, "a2b_hex($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\".");
        Fn("unhexlify", unhexlify, "unhexlify($module, hexstr, /)\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).");
        Fn("a2b_qp", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("a2b_qp", a, kw, ["data", "header"], 1);
            return new PyBytes(A2bQp(AsciiData(p[0]!), p[1] != null && Ops.IsTrue(ts2, p[1]!)));
        }, "a2b_qp($module, /, data, header=False)\n--\n\nDecode a string of qp-encoded data.");
        Fn("b2a_qp", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("b2a_qp", a, kw, ["data", "quotetabs", "istext", "header"], 1);
            bool Flag(PyObject? o, bool def) => o == null ? def : Ops.IsTrue(ts2, o);
            return new PyBytes(B2aQp(BinData(p[0]!), Flag(p[1], false), Flag(p[2], true), Flag(p[3], false)));
        }, "b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)\n--\n\nEncode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded.");
    }

    /// <summary>ascii_buffer_converter: an ASCII str or a bytes-like object.</summary>
    private static byte[] AsciiData(PyObject o)
    {
        if (o is PyStr s)
        {
            if (!Ascii.IsValid(s.Value)) throw PyErr.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.Value);
        }
        if (!BytesMethods.IsBuffer(o)) throw PyErr.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.ObType.Name}'");
        return BytesMethods.Buffer(o).ToArray();
    }

    private static ReadOnlySpan<byte> BinData(PyObject o) => BytesMethods.Buffer(o);

    /// <summary>An unsigned int converter with bitwise=True: any int, reduced modulo 2**32.</summary>
    private static uint UIntBitwise(ThreadState ts, PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var v = Ops.Index(ts, o);
        return v.IsSmall ? unchecked((uint)v.Small) : (uint)(v.Big & uint.MaxValue);
    }

    private static int HexDigit(byte c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>The byte-at-a-time table of zlib's CRC-32 (reflected polynomial 0xEDB88320).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<uint> Crc32Table = [.. Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        return c;
    })];

    /// <summary>zlib's CRC-32, continuing from <paramref name="crc"/>.</summary>
    public static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        var table = Crc32Table.AsSpan();
        crc = ~crc;
        foreach (var b in data) crc = table[(int)((crc ^ b) & 0xff)] ^ (crc >> 8);
        return ~crc;
    }

    private static byte[] A2bUu(PyModule? m, byte[] data)
    {
        int pos = 0, asciiLen = data.Length;
        // An empty line reads as a NUL length byte, which decodes to 32 zero bytes (as in CPython).
        int binLen = ((asciiLen > 0 ? data[pos++] : 0) - ' ') & 0x3f;
        asciiLen--;
        var r = new byte[binLen];
        int o = 0, leftbits = 0;
        uint leftchar = 0;
        for (; binLen > 0; asciiLen--, pos++)
        {
            int ch = asciiLen > 0 ? data[pos] : 0;
            if (ch == '\n' || ch == '\r' || asciiLen <= 0) ch = 0;
            else
            {
                // 64 rather than 63: some encoders write '`' for zero instead of a space.
                if (ch < ' ' || ch > ' ' + 64) throw Error(m, "Illegal char");
                ch = (ch - ' ') & 0x3f;
            }
            leftchar = (leftchar << 6) | (uint)ch;
            leftbits += 6;
            if (leftbits >= 8)
            {
                leftbits -= 8;
                r[o++] = (byte)(leftchar >> leftbits);
                leftchar &= (1u << leftbits) - 1;
                binLen--;
            }
        }
        while (asciiLen-- > 0)
        {
            int ch = data[pos++];
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') throw Error(m, "Trailing garbage");
        }
        return r;
    }

    private static byte[] B2aUu(PyModule? m, ReadOnlySpan<byte> data, bool backtick)
    {
        if (data.Length > 45) throw Error(m, "At most 45 bytes at once");
        var r = new List<byte>(2 + data.Length * 4 / 3 + 4);
        r.Add(backtick && data.Length == 0 ? (byte)'`' : (byte)(' ' + data.Length));
        int leftbits = 0, binLen = data.Length, i = 0;
        uint leftchar = 0;
        for (; binLen > 0 || leftbits != 0; binLen--, i++)
        {
            leftchar = binLen > 0 ? (leftchar << 8) | data[i] : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6)
            {
                uint ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                r.Add(backtick && ch == 0 ? (byte)'`' : (byte)(ch + ' '));
            }
        }
        r.Add((byte)'\n');
        return [.. r];
    }

    private static byte[] A2bBase64(PyModule? m, byte[] data, bool strict)
    {
        var r = new List<byte>(data.Length / 4 * 3 + 3);
        int quadPos = 0, pads = 0;
        uint leftchar = 0;
        bool paddingStarted = false;
        for (int i = 0; i < data.Length; i++)
        {
            byte c = data[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strict && quadPos == 0) throw Error(m, i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    // The pad completes the quad: nothing after it is decoded.
                    if (strict && i + 1 < data.Length) throw Error(m, "Excess data after padding");
                    return [.. r];
                }
                continue;
            }
            int v = B64Values[c];
            if (v < 0)
            {
                if (strict) throw Error(m, "Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Error(m, "Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftchar = (uint)v; break;
                case 1: quadPos = 2; r.Add((byte)((leftchar << 2) | ((uint)v >> 4))); leftchar = (uint)v & 0x0f; break;
                case 2: quadPos = 3; r.Add((byte)((leftchar << 4) | ((uint)v >> 2))); leftchar = (uint)v & 0x03; break;
                default: quadPos = 0; r.Add((byte)((leftchar << 6) | (uint)v)); leftchar = 0; break;
            }
        }
        if (quadPos == 1)
            throw Error(m, $"Invalid base64-encoded string: number of data characters ({r.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0) throw Error(m, "Incorrect padding");
        return [.. r];
    }

    private static byte[] B2aBase64(ReadOnlySpan<byte> data, bool newline)
    {
        var text = Convert.ToBase64String(data);
        var r = new byte[text.Length + (newline ? 1 : 0)];
        Encoding.ASCII.GetBytes(text, r);
        if (newline) r[^1] = (byte)'\n';
        return r;
    }

    private static bool IsHexChar(byte c) => HexDigit(c) >= 0;

    private static byte[] A2bQp(byte[] data, bool header)
    {
        var r = new List<byte>(data.Length);
        int i = 0, n = data.Length;
        while (i < n)
        {
            byte c = data[i];
            if (c == '=')
            {
                i++;
                if (i >= n) break;
                if (data[i] == '\n' || data[i] == '\r')
                {
                    // A soft line break: skip to the end of the line.
                    if (data[i] != '\n') while (i < n && data[i] != '\n') i++;
                    if (i < n) i++;
                }
                else if (data[i] == '=')
                {
                    // "==" from old broken encoders stands for one '='.
                    r.Add((byte)'=');
                    i++;
                }
                else if (i + 1 < n && IsHexChar(data[i]) && IsHexChar(data[i + 1]))
                {
                    r.Add((byte)(HexDigit(data[i]) << 4 | HexDigit(data[i + 1])));
                    i += 2;
                }
                else r.Add((byte)'=');
            }
            else if (header && c == '_')
            {
                r.Add((byte)' ');
                i++;
            }
            else
            {
                r.Add(c);
                i++;
            }
        }
        return [.. r];
    }

    private static byte[] B2aQp(ReadOnlySpan<byte> data, bool quotetabs, bool istext, bool header)
    {
        const string hex = "0123456789ABCDEF";
        // The line ending of the output follows the first line ending of the input.
        int nl = data.IndexOf((byte)'\n');
        bool crlf = nl > 0 && data[nl - 1] == '\r';
        var o = new List<byte>(data.Length * 3 / 2 + 8);
        void SoftBreak()
        {
            o.Add((byte)'=');
            if (crlf) o.Add((byte)'\r');
            o.Add((byte)'\n');
        }
        void AddHex(byte b) { o.Add((byte)hex[b >> 4]); o.Add((byte)hex[b & 15]); }
        int i = 0, n = data.Length, linelen = 0;
        while (i < n)
        {
            byte c = data[i];
            bool encode = c > 126 || c == '=' || (header && c == '_')
                || (c == '.' && linelen == 0 && (i + 1 == n || data[i + 1] == '\n' || data[i + 1] == '\r' || data[i + 1] == 0))
                || (!istext && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && i + 1 == n)
                || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode)
            {
                if (linelen + 3 >= MaxLineSize)
                {
                    SoftBreak();
                    linelen = 0;
                }
                o.Add((byte)'=');
                AddHex(c);
                i++;
                linelen += 3;
            }
            else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && data[i + 1] == '\n')))
            {
                linelen = 0;
                // Whitespace before a line end is encoded so it survives transport.
                if (o.Count > 0 && (o[^1] == ' ' || o[^1] == '\t'))
                {
                    byte ws = o[^1];
                    o[^1] = (byte)'=';
                    AddHex(ws);
                }
                if (crlf) o.Add((byte)'\r');
                o.Add((byte)'\n');
                i += c == '\r' ? 2 : 1;
            }
            else
            {
                if (i + 1 != n && data[i + 1] != '\n' && linelen + 1 >= MaxLineSize)
                {
                    SoftBreak();
                    linelen = 0;
                }
                linelen++;
                o.Add(header && c == ' ' ? (byte)'_' : c);
                i++;
            }
        }
        return [.. o];
    }
}
