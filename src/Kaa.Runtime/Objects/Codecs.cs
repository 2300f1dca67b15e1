using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>Text encodings (first version: utf-8, ascii, latin-1 strict; the full codec set comes with the types issue).</summary>
public static class Codecs
{
    public static string Normalize(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf8" or "utf-8" or "u8" => "utf-8",
        "ascii" or "us-ascii" => "ascii",
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" => "latin-1",
        var other => other,
    };

    public static byte[] Encode(ThreadState ts, string s, string encoding, string errors)
    {
        switch (Normalize(encoding))
        {
            case "utf-8": return new UTF8Encoding(false, true).GetBytes(s);
            case "ascii":
                for (int i = 0; i < s.Length; i++)
                    if (s[i] > 127)
                        throw PyErr.New(PyExc.UnicodeEncodeError, $"'ascii' codec can't encode character '\\u{(int)s[i]:x4}' in position {i}: ordinal not in range(128)");
                return Encoding.ASCII.GetBytes(s);
            case "latin-1":
                for (int i = 0; i < s.Length; i++)
                    if (s[i] > 255)
                        throw PyErr.New(PyExc.UnicodeEncodeError, $"'latin-1' codec can't encode character '\\u{(int)s[i]:x4}' in position {i}: ordinal not in range(256)");
                return Encoding.Latin1.GetBytes(s);
            default: throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
        }
    }

    public static string Decode(ThreadState ts, byte[] b, string encoding, string errors)
    {
        switch (Normalize(encoding))
        {
            case "utf-8":
                try { return new UTF8Encoding(false, true).GetString(b); }
                catch (DecoderFallbackException e)
                {
                    throw PyErr.New(PyExc.UnicodeDecodeError, $"'utf-8' codec can't decode byte 0x{(e.BytesUnknown?.FirstOrDefault() ?? 0):x2} in position {e.Index}: invalid start byte");
                }
            case "ascii":
                for (int i = 0; i < b.Length; i++)
                    if (b[i] > 127)
                        throw PyErr.New(PyExc.UnicodeDecodeError, $"'ascii' codec can't decode byte 0x{b[i]:x2} in position {i}: ordinal not in range(128)");
                return Encoding.ASCII.GetString(b);
            case "latin-1": return Encoding.Latin1.GetString(b);
            default: throw PyErr.New(PyExc.LookupError, $"unknown encoding: {encoding}");
        }
    }
}
