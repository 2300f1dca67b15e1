using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public static partial class Codecs
{
    private const string Undefined = "character maps to <undefined>";

    /// <summary>
    /// charmap_decode (PyUnicode_DecodeCharmap): each byte through a decoding table (a str, '\ufffe' meaning
    /// undefined) or any mapping of ints to int / str / None. No mapping: latin-1.
    /// </summary>
    public static string CharmapDecode(ThreadState ts, byte[] b, string errors, PyObject? mapping)
    {
        if (mapping == null || mapping is PyNone) return Encoding.Latin1.GetString(b);
        var sb = new StringBuilder(b.Length);
        int[]? table = mapping is PyStr ms ? ms.ToCodePoints() : null;
        int i = 0;
        while (i < b.Length)
        {
            int x = b[i];
            if (table != null)
            {
                if (x < table.Length && table[x] != 0xFFFE) { AppendCodePoint(sb, table[x]); i++; continue; }
            }
            else if (CharmapDecodeItem(ts, mapping, x) is { } item)
            {
                if (item is PyInt pi)
                {
                    if (!pi.IsSmall || pi.Small < 0 || pi.Small > 0x10FFFF) throw PyErr.TypeError("character mapping must be in range(0x110000)");
                    if (pi.Small != 0xFFFE) { AppendCodePoint(sb, (int)pi.Small); i++; continue; }
                }
                else if (item is PyStr si)
                {
                    if (si.Value != "\uFFFE") { sb.Append(si.Value); i++; continue; }
                }
                else throw PyErr.TypeError("character mapping must return integer, None or str");
            }
            i = CharmapDecodeError(ts, sb, errors, b, i);
        }
        return sb.ToString();
    }

    /// <summary>mapping[x], or null when the byte is unmapped (None or a LookupError).</summary>
    private static PyObject? CharmapDecodeItem(ThreadState ts, PyObject mapping, int x)
    {
        PyObject item;
        try { item = Ops.GetItem(ts, mapping, PyInt.From(x)); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.LookupError)) { return null; }
        return item is PyNone ? null : item;
    }

    private static int CharmapDecodeError(ThreadState ts, StringBuilder sb, string errors, byte[] b, int i)
    {
        switch (GetHandler(errors))
        {
            case ErrorHandler.Strict: throw DecodeError("charmap", b, i, i + 1, Undefined);
            case ErrorHandler.Ignore: return i + 1;
            case ErrorHandler.Replace: sb.Append('\uFFFD'); return i + 1;
            case ErrorHandler.Custom:
            {
                var (rep, newpos) = CallDecodeHandler(ts, errors, "charmap", b, i, i + 1, Undefined);
                sb.Append(rep);
                return (int)newpos;
            }
            default:
            {
                var t = (PyTuple)BuiltinErrorCallback(ts, errors, DecodeError("charmap", b, i, i + 1, Undefined).Value);
                sb.Append(((PyStr)t[0]).Value);
                return (int)((PyInt)t[1]).Small;
            }
        }
    }

    /// <summary>
    /// charmap_encode (PyUnicode_EncodeCharmap): each code point through an EncodingMap or a mapping to
    /// int (0-255) / bytes / None. Error-handler replacements go through the mapping too.
    /// </summary>
    public static byte[] CharmapEncode(ThreadState ts, string s, string errors, PyObject? mapping)
    {
        if (mapping == null || mapping is PyNone) return Encode(ts, s, "latin-1", errors);
        var buf = new ByteBuffer(s.Length + 8);
        var cps = new PyStr(s).ToCodePoints();
        int i = 0;
        while (i < cps.Length)
        {
            if (CharmapEncodeOne(ts, mapping, cps[i], ref buf)) { i++; continue; }
            int end = i + 1;
            while (end < cps.Length && !CharmapCanEncode(ts, mapping, cps[end])) end++;
            var h = GetHandler(errors);
            switch (h)
            {
                case ErrorHandler.Strict: throw EncodeError("charmap", s, i, end, Undefined);
                case ErrorHandler.Ignore: i = end; continue;
                case ErrorHandler.Custom:
                {
                    var (rep, newpos) = CallEncodeHandler(ts, errors, "charmap", s, i, end, Undefined);
                    if (rep is PyBytes rb) buf.Add(rb.Value);
                    else
                    {
                        foreach (int cp in ((PyStr)rep).ToCodePoints())
                            if (!CharmapEncodeOne(ts, mapping, cp, ref buf)) throw EncodeError("charmap", s, i, end, Undefined);
                    }
                    i = (int)newpos;
                    continue;
                }
                default:
                {
                    var t = (PyTuple)BuiltinErrorCallback(ts, errors, EncodeError("charmap", s, i, end, Undefined).Value);
                    if (t[0] is PyBytes rb) buf.Add(rb.Value);
                    else
                    {
                        foreach (int cp in ((PyStr)t[0]).ToCodePoints())
                            if (!CharmapEncodeOne(ts, mapping, cp, ref buf)) throw EncodeError("charmap", s, i, end, Undefined);
                    }
                    i = (int)((PyInt)t[1]).Small;
                    continue;
                }
            }
        }
        return buf.ToArray();
    }

    private static bool CharmapCanEncode(ThreadState ts, PyObject mapping, int cp)
    {
        var scratch = new ByteBuffer(4);
        return CharmapEncodeOne(ts, mapping, cp, ref scratch);
    }

    /// <summary>Appends the encoding of one code point; false when it is unmapped.</summary>
    private static bool CharmapEncodeOne(ThreadState ts, PyObject mapping, int cp, ref ByteBuffer buf)
    {
        if (mapping is PyEncodingMap em)
        {
            if (!em.Map.TryGetValue(cp, out byte v)) return false;
            buf.Add(v);
            return true;
        }
        PyObject item;
        try { item = Ops.GetItem(ts, mapping, PyInt.From(cp)); }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.LookupError)) { return false; }
        switch (item)
        {
            case PyNone: return false;
            case PyInt pi:
                if (!pi.IsSmall || pi.Small < 0 || pi.Small > 255) throw PyErr.TypeError("character mapping must be in range(256)");
                buf.Add((byte)pi.Small);
                return true;
            case PyBytes pb:
                buf.Add(pb.Value);
                return true;
            default:
                throw PyErr.TypeError($"character mapping must return integer, bytes or None, not {item.ObType.Name}");
        }
    }
}
