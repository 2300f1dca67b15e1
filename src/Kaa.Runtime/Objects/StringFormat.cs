using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// str.format / str.format_map (CPython's Objects/stringlib/unicode_format.h: MarkupIterator, parse_field,
/// field_name_split, FieldNameIterator) and the format spec for str (format_string_internal).
/// </summary>
public static class StringFormat
{
    /// <summary>str.__format__ for a non-empty spec.</summary>
    public static string FormatStr(ThreadState ts, string s, string spec, bool separate = false)
    {
        if (spec.Length == 0) return s;
        var sb = new StrBuffer(stackalloc char[64]);
        if (!AppendStr(ref sb, s, spec, separate)) { sb.Dispose(); return s; }
        return sb.ToStringAndDispose();
    }

    /// <summary>
    /// format_string_internal: appends <paramref name="s"/> laid out per <paramref name="spec"/>. Returns false,
    /// having appended nothing, when the result is <paramref name="s"/> itself (no padding, no truncation).
    /// </summary>
    /// <paramref name="separate"/>: every unit of <paramref name="s"/> is one code point (<see cref="PyStr.SeparateSurrogates"/>).
    public static bool AppendStr(ref StrBuffer sb, string s, scoped ReadOnlySpan<char> spec, bool separate = false)
    {
        if (spec.Length == 0) return false;
        var f = FormatSpec.Parse(spec, 's', '<', "str");
        if (f.Type != 's') throw FormatSpec.UnknownType(f.Type, "str");
        if (f.Sign != '\0')
            throw PyErr.ValueError(f.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (f.NoNegZero) throw PyErr.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
        long len = s.Length;
        bool simple = separate || s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0;
        if (!simple) len = new PyStr(s).CodePointLength;
        ReadOnlySpan<char> text = s;
        bool cut = false;
        if (f.Precision >= 0 && len >= f.Precision)
        {
            text = text[..(simple ? (int)f.Precision : StrType.CpToUtf16(new PyStr(s), f.Precision))];
            cut = text.Length != s.Length;
            len = f.Precision;
        }
        var (left, right) = f.Padding(len);
        if (left == 0 && right == 0 && !cut) return false;
        f.AppendFill(ref sb, left);
        sb.Append(text);
        f.AppendFill(ref sb, right);
        return true;
    }

    /// <summary>str.format(*args, **kwargs) with vectorcall arguments.</summary>
    public static string Format(ThreadState ts, string fmt, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        var ctx = new Context(true, args[..(args.Length - nkw)], kwnames, args[(args.Length - nkw)..], null);
        int auto = 0;
        var sb = new StrBuffer(stackalloc char[256]);
        Build(ts, ref sb, fmt, ctx, 2, ref auto);
        return sb.ToStringAndDispose();
    }

    /// <summary>str.format_map(mapping): names are looked up with mapping[name]; positional fields are an error.</summary>
    public static string FormatMap(ThreadState ts, string fmt, PyObject mapping)
    {
        var ctx = new Context(false, default, null, default, mapping);
        int auto = 0;
        var sb = new StrBuffer(stackalloc char[256]);
        Build(ts, ref sb, fmt, ctx, 2, ref auto);
        return sb.ToStringAndDispose();
    }

    /// <summary>Where field values come from: the call's own argument span (nothing is copied) or a mapping.</summary>
    private readonly ref struct Context(bool hasArgs, ReadOnlySpan<PyObject> args, PyTuple? kwNames, ReadOnlySpan<PyObject> kwValues, PyObject? mapping)
    {
        public readonly bool HasArgs = hasArgs;
        public readonly ReadOnlySpan<PyObject> Args = args;
        public readonly PyTuple? KwNames = kwNames;
        public readonly ReadOnlySpan<PyObject> KwValues = kwValues;
        public readonly PyObject? Mapping = mapping;
    }

    /// <summary>Auto-numbering state: -1 manual, 0 not yet decided, otherwise 1 + the next automatic index.</summary>
    private const int Manual = -1;

    private static void Build(ThreadState ts, ref StrBuffer sb, string fmt, scoped in Context ctx, int depth, ref int auto)
    {
        if (depth <= 0) throw PyErr.ValueError("Max string recursion exceeded");
        int pos = 0, end = fmt.Length;
        while (pos < end)
        {
            // Literal text up to the first '{' or '}'.
            int start = pos;
            char c = '\0';
            bool markup = false;
            while (pos < end)
            {
                c = fmt[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || fmt[pos] != '}'))
                throw PyErr.ValueError("Single '}' encountered in format string");
            if (markup && atEnd && c == '{')
                throw PyErr.ValueError("Single '{' encountered in format string");
            if (markup)
            {
                if (fmt[pos] == c) { pos++; markup = false; }
                else len--;
            }
            sb.Append(fmt.AsSpan(start, len));
            if (!markup) continue;
            ParseField(fmt, ref pos, out int nameStart, out int nameEnd, out int specStart, out int specEnd, out bool expand, out int conversion);
            var obj = GetFieldObject(ts, fmt, nameStart, nameEnd, ctx, ref auto);
            if (conversion != 0) obj = Convert(ts, obj, conversion);
            // A literal spec is read in place; only a nested '{...}' spec is built as a string.
            ReadOnlySpan<char> spec = specStart < 0 ? "" : fmt.AsSpan(specStart, specEnd - specStart);
            if (expand)
            {
                var inner = new StrBuffer(Span<char>.Empty);
                Build(ts, ref inner, spec.ToString(), ctx, depth - 1, ref auto);
                Render(ts, ref sb, obj, inner.AsSpan());
                inner.Dispose();
            }
            else Render(ts, ref sb, obj, spec);
        }
    }

    private static void ParseField(string s, ref int pos, out int nameStart, out int nameEnd, out int specStart, out int specEnd,
        out bool expand, out int conversion)
    {
        int end = s.Length;
        conversion = 0;
        specStart = specEnd = -1;
        expand = false;
        nameStart = pos;
        char c = '\0';
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{') throw PyErr.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < end && s[pos] != ']') pos++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        nameEnd = pos - 1;
        if (c == '!' || c == ':')
        {
            if (c == '!')
            {
                if (pos >= end) throw PyErr.ValueError("end of string while looking for conversion specifier");
                conversion = StrUnicode.Next(s, ref pos);
                if (pos < end)
                {
                    c = s[pos++];
                    if (c == '}') return;
                    if (c != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
                }
            }
            specStart = pos;
            int count = 1;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{') { expand = true; count++; }
                else if (c == '}')
                {
                    if (--count == 0) { specEnd = pos - 1; return; }
                }
            }
            throw PyErr.ValueError("unmatched '{' in format spec");
        }
        if (c != '}') throw PyErr.ValueError("expected '}' before end of string");
    }

    /// <summary>Field-name integer (Unicode decimals allowed): -1 when not all decimal digits.</summary>
    private static long GetInteger(string s, int start, int end)
    {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end;)
        {
            int d = StrUnicode.DecimalValue(StrUnicode.Next(s, ref i));
            if (d < 0) return -1;
            if (acc > (long.MaxValue - d) / 10) throw PyErr.ValueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    private static PyObject GetFieldObject(ThreadState ts, string s, int start, int end, scoped in Context ctx, ref int auto)
    {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') i++;
        long index = GetInteger(s, start, i);
        bool empty = i == start;
        bool numeric = empty || index != -1;
        if (numeric)
        {
            if (auto == 0) auto = empty ? 1 : Manual;
            if (auto == Manual && empty)
                throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (auto != Manual && !empty)
                throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
            if (empty) index = auto++ - 1;
        }
        PyObject obj;
        if (index == -1)
        {
            var key = s.Substring(start, i - start);
            if (ctx.Mapping != null) obj = Ops.GetItem(ts, ctx.Mapping, PyStr.From(key));
            else
            {
                obj = null!;
                bool found = false;
                if (ctx.KwNames != null)
                    for (int k = 0; k < ctx.KwNames.Count; k++)
                        if (((PyStr)ctx.KwNames.Items[k]).Value == key) { obj = ctx.KwValues[k]; found = true; break; }
                if (!found) throw PyErr.KeyError(PyStr.From(key));
            }
        }
        else
        {
            if (!ctx.HasArgs) throw PyErr.ValueError("Format string contains positional fields");
            if (index >= ctx.Args.Length)
                throw PyErr.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = ctx.Args[(int)index];
        }
        // The rest: .attr and [key] parts.
        while (i < end)
        {
            char c = s[i++];
            int nameStart = i;
            if (c == '.')
            {
                while (i < end && s[i] != '.' && s[i] != '[') i++;
                if (i == nameStart) throw PyErr.ValueError("Empty attribute in format string");
                obj = Ops.GetAttr(ts, obj, PyStr.From(s.Substring(nameStart, i - nameStart)));
            }
            else if (c == '[')
            {
                while (i < end && s[i] != ']') i++;
                if (i >= end) throw PyErr.ValueError("Missing ']' in format string");
                int nameEnd = i++;
                if (nameEnd == nameStart) throw PyErr.ValueError("Empty attribute in format string");
                long idx = GetInteger(s, nameStart, nameEnd);
                obj = Ops.GetItem(ts, obj, idx == -1 ? PyStr.From(s.Substring(nameStart, nameEnd - nameStart)) : PyInt.From(idx));
            }
            else throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return obj;
    }

    private static PyObject Convert(ThreadState ts, PyObject obj, int conversion) => conversion switch
    {
        'r' => Ops.Repr(ts, obj),
        's' => Ops.Str(ts, obj),
        'a' => Builtins.AsciiObject(ts, obj),
        _ => conversion > 32 && conversion < 127
            ? throw PyErr.ValueError($"Unknown conversion specifier {(char)conversion}")
            : throw PyErr.ValueError($"Unknown conversion specifier \\x{conversion:x}"),
    };

    /// <summary>Appends format(obj, spec); exact str, int and float (whose __format__ cannot be replaced) are
    /// formatted straight into the buffer.</summary>
    private static void Render(ThreadState ts, ref StrBuffer sb, PyObject obj, scoped ReadOnlySpan<char> spec)
    {
        var t = obj.ObType;
        if (ReferenceEquals(t, BuiltinTypes.Str))
        {
            var s = ((PyStr)obj).Value;
            if (!AppendStr(ref sb, s, spec, ((PyStr)obj).SeparateSurrogates)) sb.Append(s);
        }
        else if (ReferenceEquals(t, BuiltinTypes.Int)) NumberFormat.AppendInt(ts, ref sb, (PyInt)obj, spec);
        else if (ReferenceEquals(t, BuiltinTypes.Float)) NumberFormat.AppendFloat(ref sb, ((PyFloat)obj).Value, spec);
        else sb.Append(((PyStr)Ops.Format(ts, obj, PyStr.From(spec.ToString()))).Value);
    }
}
