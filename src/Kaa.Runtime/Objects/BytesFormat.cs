using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// bytes % values (PEP 461). The byte-specific conversions (%s/%b, %r/%a, %c) are done here; numeric
/// conversions go through <see cref="PercentFormat"/> one at a time, since they produce ASCII only.
/// </summary>
public static class BytesFormat
{
    public static byte[] Format(ThreadState ts, ReadOnlySpan<byte> fmt, PyObject values)
    {
        PyObject[] args = values is PyTuple t ? t.Items : [values];
        bool single = values is not PyTuple;
        PyObject? dict = !single || values is PyStr || BytesMethods.IsBuffer(values) || values.ObType.MpSubscript == null ? null : values;
        int argi = 0;
        var result = new List<byte>(fmt.Length + 16);

        PyObject NextArg()
        {
            if (argi >= args.Length) throw PyErr.TypeError("not enough arguments for format string");
            return args[argi++];
        }

        int i = 0;
        while (i < fmt.Length)
        {
            byte c = fmt[i];
            if (c != '%')
            {
                result.Add(c);
                i++;
                continue;
            }
            i++;
            // Only "%%" is a literal percent; "% %" or "%5%" take an argument and then fail on '%', as in CPython.
            if (i < fmt.Length && fmt[i] == '%')
            {
                result.Add((byte)'%');
                i++;
                continue;
            }
            PyObject? keyed = null;
            if (i < fmt.Length && fmt[i] == '(')
            {
                if (dict == null) throw PyErr.TypeError("format requires a mapping");
                int depth = 1, start = ++i;
                while (i < fmt.Length && depth > 0)
                {
                    if (fmt[i] == '(') depth++;
                    else if (fmt[i] == ')') depth--;
                    i++;
                }
                if (depth > 0) throw PyErr.ValueError("incomplete format key");
                keyed = Ops.GetItem(ts, dict, new PyBytes(fmt[start..(i - 1)].ToArray()));
            }
            var flags = new StringBuilder();
            while (i < fmt.Length && fmt[i] is (byte)'-' or (byte)'+' or (byte)' ' or (byte)'#' or (byte)'0')
                flags.Append((char)fmt[i++]);
            long width = -1, prec = -1;
            if (i < fmt.Length && fmt[i] == '*')
            {
                i++;
                var wv = NextArg();
                if (wv is not PyInt) throw PyErr.TypeError("* wants int");
                width = StrType.AsSsize(ts, wv);
                if (width < 0) { flags.Append('-'); width = -width; }
            }
            else while (i < fmt.Length && fmt[i] >= '0' && fmt[i] <= '9')
            {
                int d = fmt[i++] - '0';
                if (width > (long.MaxValue - d) / 10) throw PyErr.ValueError("width too big");
                width = Math.Max(width, 0) * 10 + d;
            }
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                prec = 0;
                if (i < fmt.Length && fmt[i] == '*')
                {
                    i++;
                    // The precision is a C int (PyLong_AsInt), the width a Py_ssize_t.
                    if (NextArg() is not PyInt pv) throw PyErr.TypeError("* wants int");
                    if (!pv.IsSmall || pv.Small > int.MaxValue || pv.Small < int.MinValue)
                        throw PyErr.OverflowError("Python int too large to convert to C int");
                    prec = Math.Max(0, pv.Small);
                }
                else while (i < fmt.Length && fmt[i] >= '0' && fmt[i] <= '9')
                {
                    int d = fmt[i++] - '0';
                    if (prec > (int.MaxValue - d) / 10) throw PyErr.ValueError("prec too big"); // sic, bytesobject.c
                    prec = prec * 10 + d;
                }
            }
            while (i < fmt.Length && fmt[i] is (byte)'h' or (byte)'l' or (byte)'L') i++;
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            char conv = (char)fmt[i];
            int convIndex = i;
            i++;
            var arg = keyed ?? NextArg();
            bool left = flags.ToString().Contains('-');
            switch (conv)
            {
                case 's':
                case 'b':
                {
                    var data = AsBytes(ts, arg);
                    if (prec >= 0 && prec < data.Length) data = data.AsSpan(0, (int)prec).ToArray();
                    Pad(result, data, width, left);
                    break;
                }
                case 'r':
                case 'a':
                {
                    var data = Encoding.Latin1.GetBytes(Builtins.Ascii(ts, arg));
                    if (prec >= 0 && prec < data.Length) data = data.AsSpan(0, (int)prec).ToArray();
                    Pad(result, data, width, left);
                    break;
                }
                case 'c':
                {
                    byte b;
                    if (arg is PyBytes or PyByteArray)
                    {
                        // Only bytes and bytearray count as "a single byte" (not other buffers).
                        var one = BytesMethods.Span(arg);
                        if (one.Length != 1)
                            throw PyErr.TypeError($"%c requires an integer in range(256) or a single byte, not a {(arg is PyBytes ? "bytes" : "bytearray")} object of length {one.Length}");
                        b = one[0];
                    }
                    else if (arg is PyInt || arg.ObType.NbIndex != null)
                    {
                        var v = Ops.Index(ts, arg);
                        if (!v.IsSmall || v.Small < 0 || v.Small > 255) throw PyErr.OverflowError("%c arg not in range(256)");
                        b = (byte)v.Small;
                    }
                    else throw PyErr.TypeError($"%c requires an integer in range(256) or a single byte, not {arg.ObType.QualifiedName}");
                    Pad(result, [b], width, left);
                    break;
                }
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                {
                    var spec = new StringBuilder("%").Append(flags);
                    if (width >= 0) spec.Append(width);
                    if (prec >= 0) spec.Append('.').Append(prec);
                    spec.Append(conv);
                    var s = PercentFormat.Format(ts, spec.ToString(), new PyTuple([arg]));
                    foreach (var ch in s) result.Add((byte)ch);
                    break;
                }
                default:
                    throw PyErr.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {convIndex}");
            }
        }
        if (dict == null && argi < args.Length)
            throw PyErr.TypeError("not all arguments converted during bytes formatting");
        return result.ToArray();
    }

    private static byte[] AsBytes(ThreadState ts, PyObject arg)
    {
        if (BytesMethods.IsBuffer(arg)) return BytesMethods.Span(arg).ToArray();
        var meth = arg.ObType.Lookup(PyStr.From("__bytes__"));
        if (meth != null && arg is not PyStr)
        {
            var r = Ops.CallUnbound(ts, meth, arg, []);
            if (r is not PyBytes rb) throw PyErr.TypeError($"__bytes__ returned non-bytes (type {r.ObType.Name})");
            return rb.Value;
        }
        throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.ObType.Name}'");
    }

    private static void Pad(List<byte> result, ReadOnlySpan<byte> data, long width, bool left)
    {
        long fill = width - data.Length;
        if (width > Array.MaxLength) throw PyErr.MemoryError();
        if (!left) for (long k = 0; k < fill; k++) result.Add((byte)' ');
        foreach (var b in data) result.Add(b);
        if (left) for (long k = 0; k < fill; k++) result.Add((byte)' ');
    }
}
