using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Kaa.Runtime;
using Kaa.Runtime.Objects;
using RuntimeState = Kaa.Runtime.State.RuntimeState;
using ThreadState = Kaa.Runtime.State.ThreadState;

namespace Kaa.Tests.Objects;

/// <summary>
/// Runs the CPython-generated cases of Str*.expected (see StrCasesGen.py): each line is a call encoded with
/// its argument values, and the repr of CPython 3.13's result or its exception.
/// </summary>
public class StrCaseTests
{
    internal static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(Dir(), "*.cases").Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => n.StartsWith("Str", StringComparison.Ordinal) || n.StartsWith("Format", StringComparison.Ordinal) || n.StartsWith("Codec", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Files))]
    public void MatchesCPython(string name)
    {
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var failures = new List<string>();
        int n = 0;
        foreach (var line in File.ReadAllLines(Path.Combine(Dir(), name + ".expected")))
        {
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            n++;
            string actual;
            try { actual = Run(ts, parts[1]); }
            catch (PyException e) { actual = "!" + e.Value.ObType.Name + ": " + Esc(SafeStr(ts, e.Value)); }
            catch (Exception e) { actual = "!!" + e.GetType().Name + ": " + e.Message; }
            if (actual != parts[2]) failures.Add($"{parts[0]}\n    expected: {parts[2]}\n    actual:   {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {n} cases differ:\n" + string.Join("\n", failures.Take(80)));
    }

    private static string SafeStr(ThreadState ts, PyObject o)
    {
        try { return Ops.StrString(ts, o); }
        catch (Exception e) { return "<str() failed: " + e.Message + ">"; }
    }

    /// <summary>Python's backslashreplace over non-ASCII, plus \t and \n, as the generator writes.</summary>
    internal static string Esc(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, s[i + 1]).ToString("x8", CultureInfo.InvariantCulture));
                i++;
            }
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string Run(ThreadState ts, string code)
    {
        var tok = code.Split(' ');
        int p = 0;
        PyObject result;
        switch (tok[p++])
        {
            case "P":
            {
                var a = Value(ts, tok, ref p);
                var b = Value(ts, tok, ref p);
                result = Ops.BinaryOp(ts, a, b, BinOp.Mod);
                break;
            }
            case "M":
            {
                var name = tok[p++];
                var self = Value(ts, tok, ref p);
                var (args, kw) = CallArgs(ts, tok, ref p);
                result = Ops.Call(ts, Ops.GetAttr(ts, self, name), args, kw);
                break;
            }
            case "B":
            {
                var name = tok[p++];
                var fn = ts.Interp.BuiltinsDict.GetStr(name) ?? throw new InvalidOperationException("no builtin " + name);
                var (args, kw) = CallArgs(ts, tok, ref p);
                // complex.__format__ belongs to the complex type; test the formatter it is meant to call.
                if (name == "format" && args.Length == 2 && args[0] is PyComplex c && args[1] is PyStr spec)
                    result = PyStr.From(NumberFormat.FormatComplex(ts, c.Value.Real, c.Value.Imaginary, spec.Value));
                else result = Ops.Call(ts, fn, args, kw);
                break;
            }
            default: throw new InvalidOperationException("bad op " + tok[0]);
        }
        return Esc(result is PyBytes rb && PyType.IsExact(rb, BuiltinTypes.Bytes) ? BytesRepr(rb.Value) : Ops.ReprString(ts, result));
    }

    /// <summary>bytes repr for the harness, so these cases do not depend on the bytes type's own repr.</summary>
    internal static string BytesRepr(byte[] v)
    {
        bool dq = Array.IndexOf(v, (byte)'\'') >= 0 && Array.IndexOf(v, (byte)'"') < 0;
        char q = dq ? '"' : '\'';
        var sb = new StringBuilder("b").Append(q);
        foreach (var c in v)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 32 || c >= 127) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)c);
        }
        return sb.Append(q).ToString();
    }

    private static (PyObject[] Args, PyTuple? Kw) CallArgs(ThreadState ts, string[] tok, ref int p)
    {
        int npos = int.Parse(tok[p++], CultureInfo.InvariantCulture);
        var args = new List<PyObject>();
        for (int i = 0; i < npos; i++) args.Add(Value(ts, tok, ref p));
        int nkw = int.Parse(tok[p++], CultureInfo.InvariantCulture);
        var names = new PyObject[nkw];
        for (int i = 0; i < nkw; i++)
        {
            names[i] = Value(ts, tok, ref p);
            args.Add(Value(ts, tok, ref p));
        }
        return (args.ToArray(), nkw > 0 ? new PyTuple(names) : null);
    }

    internal static PyObject Value(ThreadState ts, string[] tok, ref int p)
    {
        var t = tok[p++];
        var rest = t.AsSpan(1);
        switch (t[0])
        {
            case 'N': return PyNone.Value;
            case 'E':
            {
                var type = ts.Interp.BuiltinsDict.GetStr(rest.ToString()) ?? throw new InvalidOperationException("no builtin " + rest.ToString());
                var args = (PyTuple)Value(ts, tok, ref p);
                return Ops.Call(ts, type, args.Items);
            }
            case 'S':
            {
                var a = Value(ts, tok, ref p);
                var b = Value(ts, tok, ref p);
                return new PySlice(a, b, Value(ts, tok, ref p));
            }
            case 'T': return PyBool.True;
            case 'F': return PyBool.False;
            case 'Y':
                return rest.ToString() switch
                {
                    "str" => BuiltinTypes.Str, "int" => BuiltinTypes.Int, "float" => BuiltinTypes.Float, "bytes" => BuiltinTypes.Bytes,
                    "dict" => BuiltinTypes.Dict, "list" => BuiltinTypes.List, "tuple" => BuiltinTypes.Tuple, "complex" => BuiltinTypes.Complex,
                    "bool" => BuiltinTypes.Bool, "bytearray" => BuiltinTypes.ByteArray,
                    var x => throw new InvalidOperationException("type " + x),
                };
            case 's':
            {
                var units = new char[rest.Length / 4];
                for (int i = 0; i < units.Length; i++) units[i] = (char)Convert.ToUInt16(rest.Slice(4 * i, 4).ToString(), 16);
                return PyStr.From(new string(units));
            }
            case 'b': return new PyBytes(Convert.FromHexString(rest));
            case 'a': return new PyByteArray(Convert.FromHexString(rest));
            case 'i': return PyInt.From(BigInteger.Parse(rest, CultureInfo.InvariantCulture));
            case 'x':
            {
                bool neg = rest[0] == '-';
                var mag = BigInteger.Parse("0" + rest[(neg ? 1 : 0)..].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return PyInt.From(neg ? -mag : mag);
            }
            case 'f': return new PyFloat(BitConverter.Int64BitsToDouble((long)Convert.ToUInt64(rest.ToString(), 16)));
            case 'c':
                return new PyComplex(BitConverter.Int64BitsToDouble((long)Convert.ToUInt64(rest[..16].ToString(), 16)),
                    BitConverter.Int64BitsToDouble((long)Convert.ToUInt64(rest[16..].ToString(), 16)));
            case 't':
            case 'l':
            {
                int n = int.Parse(rest, CultureInfo.InvariantCulture);
                var items = new PyObject[n];
                for (int i = 0; i < n; i++) items[i] = Value(ts, tok, ref p);
                return t[0] == 't' ? PyTuple.Create(items) : new PyList(items);
            }
            case 'd':
            {
                int n = int.Parse(rest, CultureInfo.InvariantCulture);
                var d = new PyDict();
                for (int i = 0; i < n; i++)
                {
                    var k = Value(ts, tok, ref p);
                    d.SetItem(ts, k, Value(ts, tok, ref p));
                }
                return d;
            }
            default: throw new InvalidOperationException("bad value token " + t);
        }
    }
}
