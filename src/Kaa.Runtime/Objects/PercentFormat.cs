using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// printf-style <c>str % args</c> (CPython's PyUnicode_Format in Objects/unicodeobject.c: unicode_format_arg_parse,
/// unicode_format_arg_format, mainformatlong, _PyUnicode_FormatLong, formatfloat, formatchar,
/// unicode_format_arg_output).
/// </summary>
public static class PercentFormat
{
    private const int FLjust = 1, FSign = 2, FBlank = 4, FAlt = 8, FZero = 16;

    /// <summary>The state of one formatting run: the argument source and the position in the format.</summary>
    private struct State
    {
        public PyObject Args;
        public PyTuple? Tuple;
        public long ArgLen;
        public long ArgIdx;
        public PyObject? Dict;
    }

    private struct Spec
    {
        public int Flags;
        public long Width;
        public int Prec;
        public int Ch;
        public bool Sign;
    }

    public static string Format(ThreadState ts, string fmt, PyObject values)
    {
        var st = new State { Args = values };
        if (values is PyTuple t)
        {
            st.Tuple = t;
            st.ArgLen = t.Count;
            st.ArgIdx = 0;
        }
        else
        {
            st.ArgLen = -1;
            st.ArgIdx = -2;
        }
        if (values.ObType.MpSubscript != null && values is not PyTuple && values is not PyStr) st.Dict = values;

        var sb = new StrBuffer(stackalloc char[256]);
        int pos = 0, n = fmt.Length;
        while (pos < n)
        {
            int pct = fmt.IndexOf('%', pos);
            if (pct < 0) { sb.Append(fmt.AsSpan(pos, n - pos)); break; }
            sb.Append(fmt.AsSpan(pos, pct - pos));
            pos = pct + 1;
            if (pos < n && fmt[pos] == '%') { sb.Append('%'); pos++; continue; }
            FormatArg(ts, ref sb, fmt, ref pos, ref st);
            if (st.Dict != null && st.ArgIdx < st.ArgLen)
                throw PyErr.TypeError("not all arguments converted during string formatting");
        }
        if (st.ArgIdx < st.ArgLen && st.Dict == null)
            throw PyErr.TypeError("not all arguments converted during string formatting");
        return sb.ToStringAndDispose();
    }

    private static PyObject NextArg(ref State st)
    {
        long idx = st.ArgIdx;
        if (idx < st.ArgLen)
        {
            st.ArgIdx++;
            return st.ArgLen < 0 ? st.Args : st.Tuple!.Items[idx];
        }
        throw PyErr.TypeError("not enough arguments for format string");
    }

    private static PyException Incomplete() => PyErr.ValueError("incomplete format");

    private static void FormatArg(ThreadState ts, ref StrBuffer sb, string fmt, ref int pos, ref State st)
    {
        int n = fmt.Length;
        var a = new Spec { Width = -1, Prec = -1 };
        if (pos >= n) throw Incomplete();
        if (fmt[pos] == '(')
        {
            if (st.Dict == null) throw PyErr.TypeError("format requires a mapping");
            int keyStart = ++pos;
            int depth = 1;
            while (depth > 0 && pos < n)
            {
                char c = fmt[pos++];
                if (c == ')') depth--;
                else if (c == '(') depth++;
            }
            if (depth > 0) throw PyErr.ValueError("incomplete format key");
            var key = PyStr.From(fmt.Substring(keyStart, pos - 1 - keyStart));
            st.Args = Ops.GetItem(ts, st.Dict, key);
            st.Tuple = null;
            st.ArgLen = -1;
            st.ArgIdx = -2;
        }
        // Flags.
        while (true)
        {
            if (pos >= n) throw Incomplete();
            int f = fmt[pos] switch { '-' => FLjust, '+' => FSign, ' ' => FBlank, '#' => FAlt, '0' => FZero, _ => 0 };
            if (f == 0) break;
            a.Flags |= f;
            pos++;
        }
        // Width.
        if (fmt[pos] == '*')
        {
            pos++;
            var v = NextArg(ref st);
            if (v is not PyInt wi) throw PyErr.TypeError("* wants int");
            if (!wi.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
            a.Width = wi.Small;
            if (a.Width < 0) { a.Flags |= FLjust; a.Width = -a.Width; }
        }
        else if (char.IsAsciiDigit(fmt[pos]))
        {
            long w = 0;
            while (pos < n && char.IsAsciiDigit(fmt[pos]))
            {
                int d = fmt[pos++] - '0';
                if (w > (long.MaxValue - d) / 10) throw PyErr.ValueError("width too big");
                w = w * 10 + d;
            }
            a.Width = w;
        }
        // Precision.
        if (pos < n && fmt[pos] == '.')
        {
            pos++;
            a.Prec = 0;
            if (pos < n && fmt[pos] == '*')
            {
                pos++;
                var v = NextArg(ref st);
                if (v is not PyInt pi) throw PyErr.TypeError("* wants int");
                if (!pi.IsSmall || pi.Small > int.MaxValue || pi.Small < int.MinValue)
                    throw PyErr.OverflowError("Python int too large to convert to C int"); // whatever the sign, as PyLong_AsInt
                a.Prec = (int)Math.Max(0, pi.Small);
            }
            else if (pos < n && char.IsAsciiDigit(fmt[pos]))
            {
                long p = 0;
                while (pos < n && char.IsAsciiDigit(fmt[pos]))
                {
                    int d = fmt[pos++] - '0';
                    if (p > (int.MaxValue - d) / 10) throw PyErr.ValueError("precision too big");
                    p = p * 10 + d;
                }
                a.Prec = (int)p;
            }
        }
        if (pos < n && fmt[pos] is 'h' or 'l' or 'L') pos++;
        if (pos >= n) throw Incomplete();
        int chPos = pos;
        a.Ch = StrUnicode.Next(fmt, ref pos);

        var arg = NextArg(ref st);
        string str;
        switch (a.Ch)
        {
            case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
            {
                // Numbers are laid out on the stack: no intermediate strings.
                var num = new StrBuffer(stackalloc char[64]);
                FormatLong(ts, ref num, arg, ref a);
                a.Sign = true;
                Output(ref sb, num.AsSpan(), ref a);
                num.Dispose();
                return;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            {
                double x = AsDouble(ts, arg);
                int prec = a.Prec < 0 ? 6 : a.Prec;
                var num = new StrBuffer(stackalloc char[64]);
                FloatFormat.Append(ref num, x, (char)a.Ch, prec, alt: (a.Flags & FAlt) != 0);
                a.Sign = true;
                Output(ref sb, num.AsSpan(), ref a);
                num.Dispose();
                return;
            }
            case 's':
                str = arg is PyStr s0 && PyType.IsExact(arg, BuiltinTypes.Str) ? s0.Value : Ops.StrString(ts, arg);
                break;
            case 'r':
                str = Ops.ReprString(ts, arg);
                break;
            case 'a':
                str = Builtins.Ascii(ts, arg);
                break;
            case 'c':
                str = StrType.CodePointToString(FormatChar(ts, arg));
                break;
            default:
            {
                int idx = new PyStr(fmt).IsSimple ? chPos : StrType.Utf16ToCp(new PyStr(fmt), chPos);
                char shown = a.Ch >= 32 && a.Ch <= 126 ? (char)a.Ch : '?';
                throw PyErr.ValueError($"unsupported format character '{shown}' (0x{a.Ch:x}) at index {idx}");
            }
        }
        Output(ref sb, str, ref a);
    }

    private static double AsDouble(ThreadState ts, PyObject v)
    {
        if (v is PyFloat f) return f.Value;
        if (v is PyInt i) return NumberFormat.IntToDouble(i);
        if (v.ObType.NbFloat == null && v.ObType.NbIndex == null)
            throw PyErr.TypeError($"must be real number, not {v.ObType.Name}");
        return Ops.AsDouble(ts, v);
    }

    private static int FormatChar(ThreadState ts, PyObject v)
    {
        if (v is PyStr s)
        {
            if (s.CodePointLength != 1) throw PyErr.TypeError($"%c requires an int or a unicode character, not a string of length {s.CodePointLength}");
            int i = 0;
            return StrUnicode.Next(s.Value, ref i);
        }
        if (!Ops.HasIndex(v)) throw PyErr.TypeError($"%c requires an int or a unicode character, not {v.ObType.QualifiedName}");
        var x = Ops.Index(ts, v);
        if (!x.IsSmall || x.Small < 0 || x.Small > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000)");
        return (int)x.Small;
    }

    /// <summary>mainformatlong + _PyUnicode_FormatLong: [sign][0x][zeros to precision]digits.</summary>
    private static void FormatLong(ThreadState ts, ref StrBuffer sb, PyObject v, ref Spec a)
    {
        char type = (char)a.Ch;
        PyInt iobj;
        if (v is PyInt pi) iobj = pi;
        else
        {
            var t = v.ObType;
            bool isNumber = t.NbIndex != null || t.NbInt != null || t.NbFloat != null || v is PyComplex;
            if (!isNumber) throw WrongType(type, v);
            try
            {
                iobj = type is 'o' or 'x' or 'X' ? Ops.Index(ts, v) : (PyInt)IntType.FromObject(ts, v);
            }
            catch (PyException e) when (PyErr.Matches(e, PyExc.TypeError))
            {
                throw WrongType(type, v);
            }
        }
        string prefix = "";
        int numBase = 10;
        switch (type)
        {
            case 'o': numBase = 8; if ((a.Flags & FAlt) != 0) prefix = "0o"; break;
            case 'x': numBase = 16; if ((a.Flags & FAlt) != 0) prefix = "0x"; break;
            case 'X': numBase = 16; if ((a.Flags & FAlt) != 0) prefix = "0X"; break;
        }
        var digits = new StrBuffer(stackalloc char[64]);
        NumberFormat.AppendMagnitude(ref digits, iobj, numBase, ts.Interp.IntMaxStrDigits, withSign: false);
        if (type == 'X') System.Text.Ascii.ToUpperInPlace(digits.WrittenSpan, out _);
        if (a.Prec > int.MaxValue - 3) throw PyErr.OverflowError("precision too large");
        if (iobj.Sign < 0) sb.Append('-');
        sb.Append(prefix);
        if (a.Prec > digits.Length) sb.Append('0', a.Prec - digits.Length);
        sb.Append(digits.AsSpan());
        digits.Dispose();
    }

    private static PyException WrongType(char type, PyObject v)
        => type is 'o' or 'x' or 'X'
            ? PyErr.TypeError($"%{type} format: an integer is required, not {v.ObType.Name}")
            : PyErr.TypeError($"%{type} format: a real number is required, not {v.ObType.Name}");

    /// <summary>The longest string .NET can allocate (string.MaxLength is not public).</summary>
    internal const int MaxStringLength = 0x3FFFFFDF;

    /// <summary>unicode_format_arg_output: sign, alternate prefix, zero or space padding, precision truncation.</summary>
    private static void Output(ref StrBuffer sb, scoped ReadOnlySpan<char> str, ref Spec a)
    {
        char fill = a.Sign && (a.Flags & FZero) != 0 ? '0' : ' ';
        bool simple = str.IndexOfAnyInRange('\uD800', '\uDFFF') < 0;
        long len = simple ? str.Length : StrType.CodePointCount(str);
        if ((a.Width == -1 || a.Width <= len) && (a.Prec == -1 || a.Prec >= len) && (a.Flags & (FSign | FBlank)) == 0)
        {
            sb.Append(str);
            return;
        }
        if (a.Ch is 's' or 'r' or 'a' && a.Prec >= 0 && len > a.Prec)
        {
            str = str[..(simple ? a.Prec : StrType.CpToUtf16(str, a.Prec))];
            len = a.Prec;
        }
        int pindex = 0;
        char signChar = '\0';
        if (a.Sign)
        {
            char ch = str.Length > 0 ? str[0] : '\0';
            if (ch == '-' || ch == '+') { signChar = ch; len--; pindex++; }
            else if ((a.Flags & FSign) != 0) signChar = '+';
            else if ((a.Flags & FBlank) != 0) signChar = ' ';
            else a.Sign = false;
        }
        long width = a.Width < len ? len : a.Width;
        // CPython would try to build the string; a .NET string cannot be that long.
        if (width > MaxStringLength) throw PyErr.MemoryError();
        if (a.Sign)
        {
            if (fill != ' ') sb.Append(signChar);
            if (width > len) width--;
        }
        bool altPrefix = (a.Flags & FAlt) != 0 && a.Ch is 'x' or 'X' or 'o';
        if (altPrefix)
        {
            if (fill != ' ') { sb.Append('0'); sb.Append((char)a.Ch); pindex += 2; }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && (a.Flags & FLjust) == 0)
        {
            sb.Append(fill, checked((int)(width - len)));
            width = len;
        }
        if (fill == ' ')
        {
            if (a.Sign) sb.Append(signChar);
            if (altPrefix) { sb.Append('0'); sb.Append((char)a.Ch); pindex += 2; }
        }
        sb.Append(str[pindex..]);
        if (width > len) sb.Append(' ', checked((int)(width - len)));
    }
}
