using System.Globalization;
using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class Codecs
{
    /// <summary>
    /// The built-in error handlers as Python callables (codecs.lookup_error('replace') and friends,
    /// Python/codecs.c PyCodec_*Errors): they take a UnicodeError and return (replacement, resume position).
    /// </summary>
    private static PyObject BuiltinErrorCallback(ThreadState ts, string name, PyObject exc)
    {
        if (name == "strict")
        {
            if (exc is PyBaseException be) throw new PyException(be);
            throw PyErr.TypeError("codec must pass exception instance");
        }
        bool isEnc = exc.ObType.IsSubtype(PyExc.UnicodeEncodeError);
        bool isDec = !isEnc && exc.ObType.IsSubtype(PyExc.UnicodeDecodeError);
        bool isTr = !isEnc && !isDec && exc.ObType.IsSubtype(PyExc.UnicodeTranslateError);
        var e = exc as PyUnicodeErrorObject;
        PyException WrongType() => PyErr.TypeError($"don't know how to handle {exc.ObType.Name} in error callback");
        if (e == null || !(isEnc || isDec || isTr)) throw WrongType();
        var obj = e.Object;
        long start = e.Start;
        long end = e.End;
        PyObject Result(PyObject rep, long pos) => new PyTuple([rep, PyInt.From(pos)]);
        if (isDec)
        {
            if (obj is not PyBytes bo) throw PyErr.TypeError("UnicodeError 'object' attribute must be a bytes");
            var b = bo.Value;
            ClampRange(b.Length, ref start, ref end);
            switch (name)
            {
                case "ignore": return Result(PyStr.Empty, end);
                case "replace": return Result(PyStr.From("\uFFFD"), end);
                case "backslashreplace":
                {
                    var sb = new StringBuilder();
                    for (long k = start; k < end; k++) sb.Append("\\x").Append(b[k].ToString("x2", CultureInfo.InvariantCulture));
                    return Result(PyStr.From(sb.ToString()), end);
                }
                case "surrogateescape":
                {
                    var sb = new StringBuilder();
                    long k = start;
                    while (k < end && k - start < 4 && b[k] >= 128) sb.Append((char)(0xDC00 + b[k++]));
                    if (k == start) throw new PyException(e);
                    return Result(PyStr.From(sb.ToString()), k);
                }
                case "surrogatepass":
                {
                    string enc = e.Encoding is PyStr es ? es.Value : "";
                    var (form, be) = SurrogateForm(enc);
                    int len = form == 8 ? 3 : form / 8;
                    int cp = -1;
                    if (form != 0 && b.Length - start >= len)
                    {
                        int q = (int)start;
                        if (form == 8)
                        {
                            if ((b[q] & 0xF0) == 0xE0 && (b[q + 1] & 0xC0) == 0x80 && (b[q + 2] & 0xC0) == 0x80)
                                cp = ((b[q] & 0x0F) << 12) | ((b[q + 1] & 0x3F) << 6) | (b[q + 2] & 0x3F);
                        }
                        else if (form == 16) cp = be ? (b[q] << 8) | b[q + 1] : b[q] | (b[q + 1] << 8);
                        else cp = be ? (b[q] << 24) | (b[q + 1] << 16) | (b[q + 2] << 8) | b[q + 3] : b[q] | (b[q + 1] << 8) | (b[q + 2] << 16) | (b[q + 3] << 24);
                    }
                    if (cp < 0xD800 || cp > 0xDFFF) throw new PyException(e);
                    return Result(PyStr.From(((char)cp).ToString()), start + len);
                }
                default: throw WrongType();
            }
        }
        if (obj is not PyStr so) throw PyErr.TypeError("object attribute must be unicode");
        var cps = so.ToCodePoints();
        ClampRange(cps.Length, ref start, ref end);
        switch (name)
        {
            case "ignore": return Result(PyStr.Empty, end);
            case "replace": return Result(PyStr.From(new string(isEnc ? '?' : '\uFFFD', (int)(end - start))), end);
            case "backslashreplace":
            {
                var sb = new StringBuilder();
                for (long k = start; k < end; k++) AppendBackslash(sb, cps[k]);
                return Result(PyStr.From(sb.ToString()), end);
            }
        }
        if (!isEnc) throw WrongType();
        switch (name)
        {
            case "xmlcharrefreplace":
            {
                var sb = new StringBuilder();
                for (long k = start; k < end; k++) sb.Append("&#").Append(cps[k].ToString(CultureInfo.InvariantCulture)).Append(';');
                return Result(PyStr.From(sb.ToString()), end);
            }
            case "namereplace":
            {
                var sb = new StringBuilder();
                for (long k = start; k < end; k++)
                {
                    if (UnicodeNameOf(cps[k]) is { } nm) sb.Append("\\N{").Append(nm).Append('}');
                    else AppendBackslash(sb, cps[k]);
                }
                return Result(PyStr.From(sb.ToString()), end);
            }
            case "surrogateescape":
            {
                var bytes = new byte[end - start];
                for (long k = start; k < end; k++)
                {
                    int cp = cps[k];
                    if (cp < 0xDC80 || cp > 0xDCFF) throw new PyException(e);
                    bytes[k - start] = (byte)(cp - 0xDC00);
                }
                return Result(new PyBytes(bytes), end);
            }
            case "surrogatepass":
            {
                string enc = e.Encoding is PyStr es ? es.Value : "";
                var (form, be) = SurrogateForm(enc);
                if (form == 0) throw new PyException(e);
                var buf = new ByteBuffer(16);
                for (long k = start; k < end; k++)
                {
                    int cp = cps[k];
                    if (cp < 0xD800 || cp > 0xDFFF) throw new PyException(e);
                    if (form == 8) { buf.Add((byte)(0xE0 | (cp >> 12))); buf.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); buf.Add((byte)(0x80 | (cp & 0x3F))); }
                    else if (form == 16) { if (be) { buf.Add((byte)(cp >> 8)); buf.Add((byte)cp); } else { buf.Add((byte)cp); buf.Add((byte)(cp >> 8)); } }
                    else if (be) { buf.Add(0); buf.Add(0); buf.Add((byte)(cp >> 8)); buf.Add((byte)cp); }
                    else { buf.Add((byte)cp); buf.Add((byte)(cp >> 8)); buf.Add(0); buf.Add(0); }
                }
                return Result(new PyBytes(buf.ToArray()), end);
            }
            default: throw WrongType();
        }
    }

    private static void ClampRange(long len, ref long start, ref long end)
    {
        if (start < 0) start = 0;
        if (start >= len) start = len == 0 ? 0 : len - 1;
        if (end < 1) end = 1;
        if (end > len) end = len;
    }

    /// <summary>The UTF form (8, 16, 32; 0 if none) and byte order surrogatepass works in, from the codec name (get_standard_encoding).</summary>
    private static (int Form, bool BigEndian) SurrogateForm(string encoding)
    {
        string n = encoding.ToLowerInvariant().Replace('_', '-');
        return n switch
        {
            "utf-8" or "utf8" => (8, false),
            "utf-16" or "utf-16-le" or "utf-16le" => (16, !BitConverter.IsLittleEndian && n == "utf-16"),
            "utf-16-be" or "utf-16be" => (16, true),
            "utf-32" or "utf-32-le" or "utf-32le" => (32, false),
            "utf-32-be" or "utf-32be" => (32, true),
            _ => (0, false),
        };
    }
}
