using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _json.Scanner, what <c>json.scanner.make_scanner(context)</c> is when _json exists (Modules/_json.c's
/// scanner): <c>scanner(string, idx)</c> parses one JSON value at code point <c>idx</c> and returns
/// <c>(value, end)</c>, or raises StopIteration(idx) where no value starts. The whole document is parsed
/// here, without a Python frame per value, with CPython's errors (json.decoder.JSONDecodeError with its
/// message and position), hooks (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)
/// and key memo (equal keys share one str within a call).
/// </summary>
public sealed class PyJsonScanner : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Scanner", BuiltinTypes.Object, "_json");

    private bool _strict;
    private PyObject _objectHook = PyNone.Value, _objectPairsHook = PyNone.Value;
    private PyObject _parseFloat = PyNone.Value, _parseInt = PyNone.Value, _parseConstant = PyNone.Value;

    private PyJsonScanner(PyType type) : base(type) { }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            var a = Args.Parse("make_scanner", args, kw, ["context"], 1);
            var ctx = a[0]!;
            var s = new PyJsonScanner(cls);
            s._strict = Ops.IsTrue(ts, Ops.GetAttr(ts, ctx, "strict"));
            s._objectHook = Ops.GetAttr(ts, ctx, "object_hook");
            s._objectPairsHook = Ops.GetAttr(ts, ctx, "object_pairs_hook");
            s._parseFloat = Ops.GetAttr(ts, ctx, "parse_float");
            s._parseInt = Ops.GetAttr(ts, ctx, "parse_int");
            s._parseConstant = Ops.GetAttr(ts, ctx, "parse_constant");
            return s;
        });
        t.TpCall = (ts, o, args, kw) =>
        {
            var a = Args.Parse("scan_once", args, kw, ["string", "idx"], 2);
            if (a[0] is not PyStr text) throw PyErr.TypeError($"first argument must be a string, not {a[0]!.ObType.TpName}");
            long idx = Ops.AsSsizeT(ts, a[1]!);
            var parser = new Parser((PyJsonScanner)o, ts, text);
            var value = parser.ScanOnce(idx, out long end);
            return new PyTuple([value, PyInt.From(end)]);
        };
        t.AddMember("strict", (ts, o) => PyBool.From(((PyJsonScanner)o)._strict), "strict");
        t.AddMember("object_hook", (ts, o) => ((PyJsonScanner)o)._objectHook, "object_hook");
        t.AddMember("object_pairs_hook", (ts, o) => ((PyJsonScanner)o)._objectPairsHook);
        t.AddMember("parse_float", (ts, o) => ((PyJsonScanner)o)._parseFloat, "parse_float");
        t.AddMember("parse_int", (ts, o) => ((PyJsonScanner)o)._parseInt, "parse_int");
        t.AddMember("parse_constant", (ts, o) => ((PyJsonScanner)o)._parseConstant, "parse_constant");
        t.AddAttr("__doc__", PyStr.Immortal("JSON scanner object"));
    }

    /// <summary>_json.scanstring(string, end, strict=True): the JSON string whose opening quote is just
    /// before code point <paramref name="end"/>, and the index after its closing quote.</summary>
    internal static PyObject ScanString(ThreadState ts, PyStr text, long end, bool strict)
    {
        var parser = new Parser(null, ts, text);
        var s = parser.ScanString(end, strict, out long next);
        return new PyTuple([s, PyInt.From(next)]);
    }

    /// <summary>One parse: the text read by code point (a .NET index when every UTF-16 unit of the str is
    /// one code point, which includes a str whose lone surrogates stay separate).</summary>
    private sealed class Parser(PyJsonScanner? scanner, ThreadState ts, PyStr text)
    {
        private readonly string? _s = text.IsSimple ? text.Value : null;
        private readonly int[]? _cps = text.IsSimple ? null : text.ToCodePoints();
        private readonly int _length = text.CodePointLength;
        private PyDict? _memo;

        private int At(long i) => _s != null ? _s[(int)i] : _cps![i];

        private PyObject Substring(long start, long end)
            => _s != null ? PyStr.FromSimple(_s.Substring((int)start, (int)(end - start))) : PyStr.FromCodePointArray(_cps.AsSpan((int)start, (int)(end - start)));

        private static bool IsWhitespace(int c) => c is ' ' or '\t' or '\n' or '\r';

        private PyException Error(string message, long pos)
        {
            var module = ImportSystem.ImportModuleLevel(ts, "json.decoder", null, new PyTuple([PyStr.From("JSONDecodeError")]), 0);
            var cls = Ops.GetAttr(ts, module, "JSONDecodeError");
            return new PyException((PyBaseException)Ops.Call(ts, cls, [PyStr.From(message), text, PyInt.From(pos)]));
        }

        private static PyException StopIteration(long idx) => PyErr.New(PyExc.StopIteration, new PyTuple([PyInt.From(idx)]));

        public PyObject ScanString(long end, bool strict, out long next)
        {
            long begin = end - 1;
            if (end < 0 || _length < end) throw PyErr.ValueError("end is out of bounds");
            // Text goes to a StringBuilder; from the first surrogate code point on (a \uD800 escape or a lone
            // surrogate in the input) to a list of code points, so a lone high and a lone low surrogate
            // stay two code points instead of reading as one pair.
            StringBuilder? sb = null;
            List<int>? cps = null;
            while (true)
            {
                long i = end;
                int c = 0;
                for (; i < _length; i++)
                {
                    c = At(i);
                    if (c == '"' || c == '\\') break;
                    if (c <= 0x1f && strict) throw Error("Invalid control character at", i);
                }
                if (i >= _length) c = 0;
                if (c == '"' && sb == null)
                {
                    // No escapes: the string is a slice of the input.
                    next = i + 1;
                    return Substring(end, i);
                }
                if (c != '"' && c != '\\') throw Error("Unterminated string starting at", begin);
                sb ??= new StringBuilder();
                for (long k = end; k < i; k++) Append(sb, ref cps, At(k));
                i++;
                if (c == '"')
                {
                    end = i;
                    break;
                }
                if (i == _length) throw Error("Unterminated string starting at", begin);
                c = At(i);
                if (c != 'u')
                {
                    end = i + 1;
                    c = c switch
                    {
                        '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                        _ => 0,
                    };
                    if (c == 0) throw Error("Invalid \\escape", end - 2);
                }
                else
                {
                    i++;
                    end = i + 4;
                    if (end >= _length) throw Error("Invalid \\uXXXX escape", i - 1);
                    c = Hex4(i, end);
                    i = end;
                    // A high surrogate escape followed by a low one is one code point.
                    if (c is >= 0xD800 and <= 0xDBFF && end + 6 < _length && At(i) == '\\' && At(i + 1) == 'u')
                    {
                        int c2 = Hex4(i + 2, end + 6);
                        if (c2 is >= 0xDC00 and <= 0xDFFF)
                        {
                            c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                            end += 6;
                        }
                    }
                }
                Append(sb, ref cps, c);
            }
            next = end;
            if (cps == null) return PyStr.From(sb.ToString());
            return PyStr.FromCodePointArray(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cps));
        }

        private static void Append(StringBuilder sb, ref List<int>? cps, int c)
        {
            if (cps != null)
            {
                cps.Add(c);
                return;
            }
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                // Everything so far is BMP text or whole pairs: read it back as code points.
                cps = new List<int>(sb.Length + 16);
                var built = sb.ToString();
                for (int k = 0; k < built.Length; k++)
                {
                    if (char.IsHighSurrogate(built[k]) && k + 1 < built.Length && char.IsLowSurrogate(built[k + 1]))
                    {
                        cps.Add(char.ConvertToUtf32(built[k], built[k + 1]));
                        k++;
                    }
                    else cps.Add(built[k]);
                }
                cps.Add(c);
                return;
            }
            if (c < 0x10000) sb.Append((char)c);
            else sb.Append(char.ConvertFromUtf32(c));
        }

        private int Hex4(long from, long to)
        {
            int c = 0;
            for (long k = from; k < to; k++)
            {
                int d = At(k);
                c <<= 4;
                if (d is >= '0' and <= '9') c |= d - '0';
                else if (d is >= 'a' and <= 'f') c |= d - 'a' + 10;
                else if (d is >= 'A' and <= 'F') c |= d - 'A' + 10;
                else throw Error("Invalid \\uXXXX escape", to - 5);
            }
            return c;
        }

        public PyObject ScanOnce(long idx, out long next)
        {
            if (idx < 0) throw PyErr.ValueError("idx cannot be negative");
            if (idx >= _length) throw StopIteration(idx);
            var s = scanner!;
            switch (At(idx))
            {
                case '"':
                    return ScanString(idx + 1, s._strict, out next);
                case '{':
                    return Nested(idx, " while decoding a JSON object from a unicode string", out next, isObject: true);
                case '[':
                    return Nested(idx, " while decoding a JSON array from a unicode string", out next, isObject: false);
                case 'n' when Matches(idx, "null"):
                    next = idx + 4;
                    return PyNone.Value;
                case 't' when Matches(idx, "true"):
                    next = idx + 4;
                    return PyBool.True;
                case 'f' when Matches(idx, "false"):
                    next = idx + 5;
                    return PyBool.False;
                case 'N' when Matches(idx, "NaN"):
                    return Constant("NaN", idx, out next);
                case 'I' when Matches(idx, "Infinity"):
                    return Constant("Infinity", idx, out next);
                case '-' when Matches(idx, "-Infinity"):
                    return Constant("-Infinity", idx, out next);
            }
            return Number(idx, out next);
        }

        private bool Matches(long idx, string word)
        {
            if (idx + word.Length > _length) return false;
            for (int k = 1; k < word.Length; k++)
                if (At(idx + k) != word[k]) return false;
            return true;
        }

        private PyObject Constant(string name, long idx, out long next)
        {
            next = idx + name.Length;
            return Ops.Call(ts, scanner!._parseConstant, ts.Interp.Intern(name));
        }

        /// <summary>An object or array, one recursion level deeper (Py_EnterRecursiveCall).</summary>
        private PyObject Nested(long idx, string where, out long next, bool isObject)
        {
            if (++ts.RecursionDepth > ts.Interp.RecursionLimit)
            {
                ts.RecursionDepth--;
                throw PyErr.RecursionError("maximum recursion depth exceeded" + where);
            }
            try
            {
                if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
                    throw PyErr.RecursionError("maximum recursion depth exceeded" + where);
                return isObject ? ParseObject(idx + 1, out next) : ParseArray(idx + 1, out next);
            }
            finally { ts.RecursionDepth--; }
        }

        private long SkipWhitespace(long idx)
        {
            while (idx < _length && IsWhitespace(At(idx))) idx++;
            return idx;
        }

        private PyObject ParseObject(long idx, out long next)
        {
            var s = scanner!;
            bool pairsHook = s._objectPairsHook is not PyNone;
            var pairs = pairsHook ? new PyList() : null;
            var dict = pairsHook ? null : new PyDict();
            _memo ??= new PyDict();
            idx = SkipWhitespace(idx);
            if (idx >= _length || At(idx) != '}')
            {
                while (true)
                {
                    if (idx >= _length || At(idx) != '"') throw Error("Expecting property name enclosed in double quotes", idx);
                    var key = ScanString(idx + 1, s._strict, out idx);
                    key = _memo.SetDefault(ts, key, key);
                    idx = SkipWhitespace(idx);
                    if (idx >= _length || At(idx) != ':') throw Error("Expecting ':' delimiter", idx);
                    idx = SkipWhitespace(idx + 1);
                    var value = ScanOnce(idx, out idx);
                    if (pairs != null) pairs.Append(new PyTuple([key, value]));
                    else dict!.SetItem(ts, key, value);
                    idx = SkipWhitespace(idx);
                    if (idx < _length && At(idx) == '}') break;
                    if (idx >= _length || At(idx) != ',') throw Error("Expecting ',' delimiter", idx);
                    long comma = idx;
                    idx = SkipWhitespace(idx + 1);
                    if (idx < _length && At(idx) == '}') throw Error("Illegal trailing comma before end of object", comma);
                }
            }
            next = idx + 1;
            if (pairs != null) return Ops.Call(ts, s._objectPairsHook, pairs);
            if (s._objectHook is not PyNone) return Ops.Call(ts, s._objectHook, dict!);
            return dict!;
        }

        private PyObject ParseArray(long idx, out long next)
        {
            var list = new PyList();
            idx = SkipWhitespace(idx);
            if (idx >= _length || At(idx) != ']')
            {
                while (true)
                {
                    list.Append(ScanOnce(idx, out idx));
                    idx = SkipWhitespace(idx);
                    if (idx < _length && At(idx) == ']') break;
                    if (idx >= _length || At(idx) != ',') throw Error("Expecting ',' delimiter", idx);
                    long comma = idx;
                    idx = SkipWhitespace(idx + 1);
                    if (idx < _length && At(idx) == ']') throw Error("Illegal trailing comma before end of array", comma);
                }
            }
            if (idx >= _length || At(idx) != ']') throw Error("Expecting value", _length - 1);
            next = idx + 1;
            return list;
        }

        /// <summary>A JSON number at <paramref name="start"/>: int or float (or what parse_int/parse_float
        /// make of its text); StopIteration(start) when there is none.</summary>
        private PyObject Number(long start, out long next)
        {
            long idx = start, last = _length - 1;
            if (At(idx) == '-')
            {
                idx++;
                if (idx > last) throw StopIteration(start);
            }
            int c = At(idx);
            if (c is >= '1' and <= '9')
            {
                idx++;
                while (idx <= last && At(idx) is >= '0' and <= '9') idx++;
            }
            else if (c == '0') idx++;
            else throw StopIteration(start);
            bool isFloat = false;
            if (idx < last && At(idx) == '.' && At(idx + 1) is >= '0' and <= '9')
            {
                isFloat = true;
                idx += 2;
                while (idx <= last && At(idx) is >= '0' and <= '9') idx++;
            }
            if (idx < last && At(idx) is 'e' or 'E')
            {
                long eStart = idx;
                idx++;
                if (idx < last && At(idx) is '-' or '+') idx++;
                while (idx <= last && At(idx) is >= '0' and <= '9') idx++;
                if (At(idx - 1) is >= '0' and <= '9') isFloat = true;
                else idx = eStart;
            }
            next = idx;
            var s = scanner!;
            // The number's characters are all ASCII, so the code point range is also the .NET range.
            string digits = _s != null ? _s.Substring((int)start, (int)(idx - start)) : string.Concat(_cps!.AsSpan((int)start, (int)(idx - start)).ToArray().Select(ch => (char)ch));
            if (isFloat)
            {
                if (!ReferenceEquals(s._parseFloat, BuiltinTypes.Float)) return Ops.Call(ts, s._parseFloat, PyStr.From(digits));
                return new PyFloat(double.Parse(digits, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
            }
            if (!ReferenceEquals(s._parseInt, BuiltinTypes.Int)) return Ops.Call(ts, s._parseInt, PyStr.From(digits));
            return IntType.Parse(digits, 10, ts.Interp.IntMaxStrDigits)
                ?? throw PyErr.SystemError($"_json: '{digits}' is not an integer literal");
        }
    }
}
