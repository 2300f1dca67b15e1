using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The marshal module (Python/marshal.c), format version 5, for the values marshal can hold: None,
/// bools, ints, floats, complex, str, bytes (and other bytes-like objects), tuples, lists, dicts,
/// sets, frozensets, slices, Ellipsis and StopIteration. Kaa's code objects are not CPython bytecode,
/// so dumping or loading a code object raises NotImplementedError. Output never uses the
/// back-reference flag (CPython sets it from reference counts, which Kaa does not have); it loads in
/// CPython, and data written by CPython (references included) loads here.
/// </summary>
public static class MarshalModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "marshal", Exec = Exec };

    public const int Version = 5;
    private const int MaxDepth = 2000;

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("version", PyInt.From(Version));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("dumps", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("dumps", a, kw, ["value", "version", "allow_code"], 1, posOnly: 2, kwOnlyFrom: 2);
            int version = p[1] == null ? Version : (int)Ops.IndexAsLong(ts2, p[1]!);
            return new PyBytes(Dump(ts2, p[0]!, version, AllowCode(ts2, p[2])));
        });
        Fn("dump", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("dump", a, kw, ["value", "file", "version", "allow_code"], 2, posOnly: 3, kwOnlyFrom: 3);
            int version = p[2] == null ? Version : (int)Ops.IndexAsLong(ts2, p[2]!);
            var data = Dump(ts2, p[0]!, version, AllowCode(ts2, p[3]));
            Ops.CallMethod(ts2, p[1]!, "write", new PyBytes(data));
            return PyNone.Value;
        });
        Fn("loads", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("loads", a, kw, ["bytes", "allow_code"], 1, posOnly: 1, kwOnlyFrom: 1);
            if (!BytesMethods.IsBuffer(p[0]!)) throw PyErr.TypeError($"a bytes-like object is required, not '{p[0]!.ObType.Name}'");
            var data = BytesMethods.Span(p[0]!).ToArray();
            int pos = 0;
            var r = new Reader(ts2, n =>
            {
                if (pos + n > data.Length) return null;
                var chunk = data.AsSpan(pos, n).ToArray();
                pos += n;
                return chunk;
            }, AllowCode(ts2, p[1]));
            return r.ReadObject();
        });
        Fn("load", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("load", a, kw, ["file", "allow_code"], 1, posOnly: 1, kwOnlyFrom: 1);
            var file = p[0]!;
            // Reads exactly what each object needs, so several objects can be loaded from one file.
            var r = new Reader(ts2, n =>
            {
                var got = Ops.CallMethod(ts2, file, "read", PyInt.From(n));
                if (!BytesMethods.IsBuffer(got))
                    throw PyErr.TypeError($"file.read() returned not bytes but {got.ObType.Name}");
                var bytes = BytesMethods.Span(got).ToArray();
                return bytes.Length == n ? bytes : null;
            }, AllowCode(ts2, p[1]));
            return r.ReadObject();
        });
    }

    private static bool AllowCode(ThreadState ts, PyObject? o) => o == null || Ops.IsTrue(ts, o);

    // ------------------------------------------------------------------ writing

    public static byte[] Dump(ThreadState ts, PyObject value, int version, bool allowCode)
    {
        var w = new MemoryStream();
        Write(ts, w, value, version, allowCode, 0);
        return w.ToArray();
    }

    private static void WriteInt32(MemoryStream w, int v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, v);
        w.Write(b);
    }

    private static void WriteDouble(MemoryStream w, double v)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, v);
        w.Write(b);
    }

    private static void WriteFloatText(MemoryStream w, double v)
    {
        var s = FloatFormat.Repr(v);
        w.WriteByte((byte)s.Length);
        w.Write(Encoding.ASCII.GetBytes(s));
    }

    private static void WriteSized(MemoryStream w, ReadOnlySpan<byte> data)
    {
        WriteInt32(w, data.Length);
        w.Write(data);
    }

    private static void Write(ThreadState ts, MemoryStream w, PyObject v, int version, bool allowCode, int depth)
    {
        if (depth > MaxDepth) throw PyErr.ValueError("object too deeply nested to marshal");
        switch (v)
        {
            case PyNone: w.WriteByte((byte)'N'); return;
            case PyBool b: w.WriteByte(b.Value ? (byte)'T' : (byte)'F'); return;
            case PyEllipsis: w.WriteByte((byte)'.'); return;
        }
        if (ReferenceEquals(v, PyExc.StopIteration)) { w.WriteByte((byte)'S'); return; }
        var t = v.ObType;
        if (ReferenceEquals(t, BuiltinTypes.Int))
        {
            var i = (PyInt)v;
            if (i.IsSmall && i.Small >= int.MinValue && i.Small <= int.MaxValue)
            {
                w.WriteByte((byte)'i');
                WriteInt32(w, (int)i.Small);
                return;
            }
            // Base 2**15 digits, least significant first; the sign goes on the digit count.
            var mag = BigInteger.Abs(i.Big);
            var digits = new List<ushort>();
            while (!mag.IsZero) { digits.Add((ushort)(int)(mag & 0x7FFF)); mag >>= 15; }
            w.WriteByte((byte)'l');
            WriteInt32(w, i.Big.Sign < 0 ? -digits.Count : digits.Count);
            Span<byte> b2 = stackalloc byte[2];
            foreach (var d in digits) { BinaryPrimitives.WriteUInt16LittleEndian(b2, d); w.Write(b2); }
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.Float))
        {
            double d = ((PyFloat)v).Value;
            if (version > 1) { w.WriteByte((byte)'g'); WriteDouble(w, d); }
            else { w.WriteByte((byte)'f'); WriteFloatText(w, d); }
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.Complex))
        {
            var c = ((PyComplex)v).Value;
            if (version > 1) { w.WriteByte((byte)'y'); WriteDouble(w, c.Real); WriteDouble(w, c.Imaginary); }
            else { w.WriteByte((byte)'x'); WriteFloatText(w, c.Real); WriteFloatText(w, c.Imaginary); }
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.Str))
        {
            var s = ((PyStr)v).Value;
            bool ascii = version >= 4 && s.All(ch => ch < 128);
            if (ascii && s.Length < 256)
            {
                w.WriteByte((byte)'z');
                w.WriteByte((byte)s.Length);
                w.Write(Encoding.ASCII.GetBytes(s));
            }
            else if (ascii)
            {
                w.WriteByte((byte)'a');
                WriteSized(w, Encoding.ASCII.GetBytes(s));
            }
            else
            {
                w.WriteByte((byte)'u');
                WriteSized(w, Utf8SurrogatePass(s));
            }
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.Tuple))
        {
            var items = ((PyTuple)v).Items;
            if (version >= 4 && items.Length < 256) { w.WriteByte((byte)')'); w.WriteByte((byte)items.Length); }
            else { w.WriteByte((byte)'('); WriteInt32(w, items.Length); }
            foreach (var x in items) Write(ts, w, x, version, allowCode, depth + 1);
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.List))
        {
            var l = (PyList)v;
            w.WriteByte((byte)'[');
            WriteInt32(w, l.Count);
            for (int k = 0; k < l.Count; k++) Write(ts, w, l.Items[k], version, allowCode, depth + 1);
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.Dict))
        {
            w.WriteByte((byte)'{');
            foreach (var (key, val) in ((PyDict)v).EnumerateItems().ToArray())
            {
                Write(ts, w, key, version, allowCode, depth + 1);
                Write(ts, w, val, version, allowCode, depth + 1);
            }
            w.WriteByte((byte)'0');
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.Set) || ReferenceEquals(t, BuiltinTypes.FrozenSet))
        {
            var items = ((PySet)v).ToArray();
            w.WriteByte(ReferenceEquals(t, BuiltinTypes.Set) ? (byte)'<' : (byte)'>');
            WriteInt32(w, items.Length);
            foreach (var x in items) Write(ts, w, x, version, allowCode, depth + 1);
            return;
        }
        if (ReferenceEquals(t, BuiltinTypes.Slice) && version >= 5)
        {
            var sl = (PySlice)v;
            w.WriteByte((byte)':');
            Write(ts, w, sl.Start, version, allowCode, depth + 1);
            Write(ts, w, sl.Stop, version, allowCode, depth + 1);
            Write(ts, w, sl.Step, version, allowCode, depth + 1);
            return;
        }
        if (v is PyCode)
        {
            if (!allowCode) throw PyErr.ValueError("unmarshallable object");
            throw PyErr.NotImplementedError("marshal: Kaa code objects are not CPython bytecode and cannot be marshalled");
        }
        if (BytesMethods.IsBuffer(v))
        {
            w.WriteByte((byte)'s');
            WriteSized(w, BytesMethods.Span(v));
            return;
        }
        throw PyErr.ValueError("unmarshallable object");
    }

    /// <summary>UTF-8 with lone surrogates encoded as themselves (CPython's "surrogatepass").</summary>
    private static byte[] Utf8SurrogatePass(string s)
    {
        var o = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80) o.Add((byte)cp);
            else if (cp < 0x800) { o.Add((byte)(0xC0 | (cp >> 6))); o.Add((byte)(0x80 | (cp & 0x3F))); }
            else if (cp < 0x10000)
            {
                o.Add((byte)(0xE0 | (cp >> 12))); o.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); o.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                o.Add((byte)(0xF0 | (cp >> 18))); o.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                o.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); o.Add((byte)(0x80 | (cp & 0x3F)));
            }
        }
        return o.ToArray();
    }

    // ------------------------------------------------------------------ reading

    private sealed class Reader(ThreadState ts, Func<int, byte[]?> read, bool allowCode)
    {
        private readonly List<PyObject?> _refs = new();
        private int _depth;

        private byte[] Need(int n)
        {
            if (n < 0) throw PyErr.ValueError("bad marshal data (bytes object size out of range)");
            return read(n) ?? throw PyErr.New(PyExc.EOFError, "marshal data too short");
        }

        private byte Byte() => Need(1)[0];
        private int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Need(4));
        private double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Need(8));

        private double FloatText()
        {
            var text = Encoding.ASCII.GetString(Need(Byte()));
            return FloatType.TryParse(text, out var d) ? d : throw PyErr.ValueError("bad marshal data (invalid float)");
        }

        private int Size()
        {
            int n = Int32();
            if (n < 0) throw PyErr.ValueError("bad marshal data (size out of range)");
            return n;
        }

        public PyObject ReadObject()
        {
            byte[]? first = read(1);
            if (first == null) throw PyErr.New(PyExc.EOFError, "EOF read where object expected");
            if (++_depth > MaxDepth) throw PyErr.ValueError("recursion limit exceeded");
            try
            {
                return ReadTyped(first[0]);
            }
            finally { _depth--; }
        }

        private PyObject ReadTyped(byte code)
        {
            bool flag = (code & 0x80) != 0;
            char type = (char)(code & 0x7F);
            int slot = -1;
            // Containers register themselves before their items so an item can refer back to them.
            PyObject Keep(PyObject o)
            {
                if (flag)
                {
                    if (slot >= 0) _refs[slot] = o;
                    else _refs.Add(o);
                }
                return o;
            }
            void Reserve() { if (flag) { slot = _refs.Count; _refs.Add(null); } }
            switch (type)
            {
                case '0': throw PyErr.TypeError("NULL object in marshal data for object");
                case 'N': return PyNone.Value;
                case 'F': return PyBool.False;
                case 'T': return PyBool.True;
                case 'S': return PyExc.StopIteration;
                case '.': return PyEllipsis.Value;
                case 'i': return Keep(PyInt.From(Int32()));
                case 'I': return Keep(PyInt.From(BinaryPrimitives.ReadInt64LittleEndian(Need(8))));
                case 'l':
                {
                    int n = Int32();
                    var mag = BigInteger.Zero;
                    int count = Math.Abs(n);
                    var raw = Need(count * 2);
                    for (int k = count - 1; k >= 0; k--)
                    {
                        int d = BinaryPrimitives.ReadUInt16LittleEndian(raw.AsSpan(2 * k));
                        if (d > 0x7FFF) throw PyErr.ValueError("bad marshal data (digit out of range in long)");
                        mag = (mag << 15) | d;
                    }
                    return Keep(PyInt.From(n < 0 ? -mag : mag));
                }
                case 'f': return Keep(new PyFloat(FloatText()));
                case 'g': return Keep(new PyFloat(Double()));
                case 'x': { double re = FloatText(), im = FloatText(); return Keep(new PyComplex(re, im)); }
                case 'y': { double re = Double(), im = Double(); return Keep(new PyComplex(re, im)); }
                case 's': return Keep(new PyBytes(Need(Size())));
                case 'u' or 't':
                {
                    var data = Need(Size());
                    return Keep(PyStr.From(Codecs.Decode(ts, data, "utf-8", "surrogatepass")));
                }
                case 'a' or 'A': return Keep(PyStr.From(Encoding.Latin1.GetString(Need(Size()))));
                case 'z' or 'Z': return Keep(PyStr.From(Encoding.Latin1.GetString(Need(Byte()))));
                case '(' or ')':
                {
                    int n = type == ')' ? Byte() : Size();
                    Reserve();
                    var items = new PyObject[n];
                    for (int k = 0; k < n; k++) items[k] = ReadObject();
                    return Keep(new PyTuple(items));
                }
                case '[':
                {
                    int n = Size();
                    var l = new PyList(n);
                    Keep(l);
                    for (int k = 0; k < n; k++) l.Append(ReadObject());
                    return l;
                }
                case '{':
                {
                    var d = new PyDict();
                    Keep(d);
                    while (true)
                    {
                        byte[]? kc = read(1) ?? throw PyErr.New(PyExc.EOFError, "EOF read where object expected");
                        if (kc[0] == (byte)'0') break;
                        var key = ReadTyped(kc[0]);
                        d.SetItem(ts, key, ReadObject());
                    }
                    return d;
                }
                case '<' or '>':
                {
                    int n = Size();
                    var s = PySet.NewExact(type == '>');
                    if (type == '<') Keep(s); else Reserve();
                    for (int k = 0; k < n; k++) s.Add(ts, ReadObject());
                    return type == '>' ? Keep(s) : s;
                }
                case ':':
                {
                    Reserve();
                    var start = ReadObject();
                    var stop = ReadObject();
                    var step = ReadObject();
                    return Keep(new PySlice(start, stop, step));
                }
                case 'r':
                {
                    int idx = Int32();
                    if (idx < 0 || idx >= _refs.Count || _refs[idx] == null) throw PyErr.ValueError("bad marshal data (invalid reference)");
                    return _refs[idx]!;
                }
                case 'c':
                    if (!allowCode) throw PyErr.ValueError("unmarshalling code objects is disallowed");
                    throw PyErr.NotImplementedError("marshal: CPython code objects cannot be loaded by Kaa");
                default:
                    throw PyErr.ValueError("bad marshal data (unknown type code)");
            }
        }
    }
}
