using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The marshal module (Python/marshal.c) for the value types: None, bool, int, float, complex, str,
/// bytes, tuple, list, dict, set, frozenset, slice, Ellipsis and StopIteration, in CPython's format
/// (version 5). loads() reads references (FLAG_REF); dumps() writes none, which CPython reads too.
/// Code objects are Kaa's own and cannot be marshalled.
/// </summary>
public static class MarshalModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "marshal", Exec = Exec };
    const int Version = 5;
    const byte FlagRef = 0x80;

    static void Exec(ThreadState ts, PyModule m)
    {
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("version", PyInt.From(Version));
        Fn("dumps", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("dumps", a, kw, ["value", "version", "allow_code"], 1, posOnly: 2, kwOnlyFrom: 2);
            var buf = new List<byte>();
            Write(ts2, buf, p[0]!, 0);
            return new PyBytes(buf.ToArray());
        });
        Fn("loads", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("loads", a, kw, ["bytes", "allow_code"], 1, posOnly: 1, kwOnlyFrom: 1);
            var data = p[0] is PyBytes b ? b.Value : Ops.ToArray(ts2, p[0]!).Select(x => (byte)((PyInt)x).Small).ToArray();
            int pos = 0;
            return new Reader(ts2, data).Read(ref pos);
        });
        Fn("dump", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("dump", a, kw, ["value", "file", "version", "allow_code"], 2, posOnly: 3, kwOnlyFrom: 3);
            var buf = new List<byte>();
            Write(ts2, buf, p[0]!, 0);
            return Ops.CallMethod(ts2, p[1]!, "write", new PyBytes(buf.ToArray()));
        });
        Fn("load", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("load", a, kw, ["file", "allow_code"], 1, posOnly: 1, kwOnlyFrom: 1);
            var data = Ops.CallMethod(ts2, p[0]!, "read");
            if (data is not PyBytes b) throw PyErr.TypeError($"file.read() returned not bytes but {data.ObType.Name}");
            int pos = 0;
            return new Reader(ts2, b.Value).Read(ref pos);
        });
    }

    static void Int32(List<byte> buf, int v) { Span<byte> s = stackalloc byte[4]; BinaryPrimitives.WriteInt32LittleEndian(s, v); buf.AddRange(s.ToArray()); }

    static void Write(ThreadState ts, List<byte> buf, PyObject v, int depth)
    {
        if (depth > 2000) throw PyErr.ValueError("object too deeply nested to marshal");
        switch (v)
        {
            case PyNone: buf.Add((byte)'N'); return;
            case PyBool b: buf.Add(b.Value ? (byte)'T' : (byte)'F'); return;
            case PyEllipsis: buf.Add((byte)'.'); return;
        }
        var t = v.ObType;
        if (ReferenceEquals(v, PyExc.StopIteration)) { buf.Add((byte)'S'); return; }
        if (t == BuiltinTypes.Int)
        {
            var big = ((PyInt)v).Big;
            if (big >= int.MinValue && big <= int.MaxValue) { buf.Add((byte)'i'); Int32(buf, (int)big); return; }
            // Base 2**15 digits, least significant first; the count carries the sign.
            var mag = BigInteger.Abs(big);
            var digits = new List<ushort>();
            while (!mag.IsZero) { digits.Add((ushort)(mag & 0x7FFF)); mag >>= 15; }
            buf.Add((byte)'l');
            Int32(buf, big.Sign < 0 ? -digits.Count : digits.Count);
            foreach (var d in digits) { buf.Add((byte)d); buf.Add((byte)(d >> 8)); }
            return;
        }
        if (t == BuiltinTypes.Float) { buf.Add((byte)'g'); buf.AddRange(BitConverter.GetBytes(((PyFloat)v).Value)); return; }
        if (t == BuiltinTypes.Complex)
        {
            var z = ((PyComplex)v).Value;
            buf.Add((byte)'y'); buf.AddRange(BitConverter.GetBytes(z.Real)); buf.AddRange(BitConverter.GetBytes(z.Imaginary));
            return;
        }
        if (t == BuiltinTypes.Str)
        {
            var s = ((PyStr)v).Value;
            bool ascii = s.All(c => c < 128);
            if (ascii && s.Length < 256) { buf.Add((byte)'z'); buf.Add((byte)s.Length); buf.AddRange(s.Select(c => (byte)c)); return; }
            var bytes = ascii ? s.Select(c => (byte)c).ToArray() : EncodeSurrogatePass(s);
            buf.Add(ascii ? (byte)'a' : (byte)'u'); Int32(buf, bytes.Length); buf.AddRange(bytes);
            return;
        }
        if (t == BuiltinTypes.Bytes || t == BuiltinTypes.ByteArray)
        {
            var bytes = t == BuiltinTypes.Bytes ? ((PyBytes)v).Value : Ops.ToArray(ts, v).Select(x => (byte)((PyInt)x).Small).ToArray();
            buf.Add((byte)'s'); Int32(buf, bytes.Length); buf.AddRange(bytes);
            return;
        }
        if (t == BuiltinTypes.Tuple)
        {
            var items = ((PyTuple)v).Items;
            if (items.Length < 256) { buf.Add((byte)')'); buf.Add((byte)items.Length); }
            else { buf.Add((byte)'('); Int32(buf, items.Length); }
            foreach (var x in items) Write(ts, buf, x, depth + 1);
            return;
        }
        if (t == BuiltinTypes.List)
        {
            var l = (PyList)v;
            buf.Add((byte)'['); Int32(buf, l.Count);
            for (int i = 0; i < l.Count; i++) Write(ts, buf, l.Items[i], depth + 1);
            return;
        }
        if (t == BuiltinTypes.Dict)
        {
            buf.Add((byte)'{');
            foreach (var (k, val) in ((PyDict)v).EnumerateItems().ToArray()) { Write(ts, buf, k, depth + 1); Write(ts, buf, val, depth + 1); }
            buf.Add((byte)'0');
            return;
        }
        if (t == BuiltinTypes.Set || t == BuiltinTypes.FrozenSet)
        {
            var items = Ops.ToArray(ts, v);
            buf.Add(t == BuiltinTypes.Set ? (byte)'<' : (byte)'>'); Int32(buf, items.Length);
            foreach (var x in items) Write(ts, buf, x, depth + 1);
            return;
        }
        if (t == BuiltinTypes.Slice)
        {
            var s = (PySlice)v;
            buf.Add((byte)':');
            Write(ts, buf, s.Start, depth + 1); Write(ts, buf, s.Stop, depth + 1); Write(ts, buf, s.Step, depth + 1);
            return;
        }
        throw PyErr.ValueError("unmarshallable object");
    }

    static byte[] EncodeSurrogatePass(string s)
    {
        var o = new List<byte>(s.Length * 2);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80) o.Add((byte)cp);
            else if (cp < 0x800) { o.Add((byte)(0xC0 | cp >> 6)); o.Add((byte)(0x80 | cp & 0x3F)); }
            else if (cp < 0x10000) { o.Add((byte)(0xE0 | cp >> 12)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
            else { o.Add((byte)(0xF0 | cp >> 18)); o.Add((byte)(0x80 | cp >> 12 & 0x3F)); o.Add((byte)(0x80 | cp >> 6 & 0x3F)); o.Add((byte)(0x80 | cp & 0x3F)); }
        }
        return o.ToArray();
    }

    static string DecodeSurrogatePass(ReadOnlySpan<byte> b)
    {
        var sb = new StringBuilder(b.Length);
        for (int i = 0; i < b.Length;)
        {
            int c = b[i], cp, n;
            if (c < 0x80) { cp = c; n = 1; }
            else if (c >= 0xF0 && i + 3 < b.Length) { cp = (c & 7) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F; n = 4; }
            else if (c >= 0xE0 && i + 2 < b.Length) { cp = (c & 0xF) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F; n = 3; }
            else if (c >= 0xC0 && i + 1 < b.Length) { cp = (c & 0x1F) << 6 | b[i + 1] & 0x3F; n = 2; }
            else throw PyErr.ValueError("bad marshal data (invalid UTF-8)");
            if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
            i += n;
        }
        return sb.ToString();
    }

    sealed class Reader(ThreadState ts, byte[] data)
    {
        readonly List<PyObject?> refs = new();

        PyException Bad() => PyErr.New(PyExc.EOFError, "EOF read where object expected");

        int Int32(ref int pos)
        {
            if (pos + 4 > data.Length) throw Bad();
            int v = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(pos)); pos += 4; return v;
        }

        ReadOnlySpan<byte> Bytes(ref int pos, int n)
        {
            if (n < 0 || pos + n > data.Length) throw PyErr.New(PyExc.EOFError, "marshal data too short");
            var s = data.AsSpan(pos, n); pos += n; return s;
        }

        public PyObject Read(ref int pos)
        {
            if (pos >= data.Length) throw Bad();
            byte code = data[pos++];
            bool flag = (code & FlagRef) != 0;
            int slot = -1;
            if (flag) { slot = refs.Count; refs.Add(null); }
            var v = ReadBody((char)(code & ~FlagRef), ref pos, slot);
            if (flag) refs[slot] = v;
            return v;
        }

        PyObject ReadBody(char type, ref int pos, int slot)
        {
            switch (type)
            {
                case 'N': return PyNone.Value;
                case 'T': return PyBool.True;
                case 'F': return PyBool.False;
                case '.': return PyEllipsis.Value;
                case 'S': return PyExc.StopIteration;
                case 'i': return PyInt.From(Int32(ref pos));
                case 'l':
                {
                    int n = Int32(ref pos);
                    BigInteger r = 0;
                    var d = Bytes(ref pos, Math.Abs(n) * 2);
                    for (int i = Math.Abs(n) - 1; i >= 0; i--) r = (r << 15) | (d[2 * i] | d[2 * i + 1] << 8);
                    return PyInt.From(n < 0 ? -r : r);
                }
                case 'g': return new PyFloat(BitConverter.ToDouble(Bytes(ref pos, 8)));
                case 'y':
                {
                    double re = BitConverter.ToDouble(Bytes(ref pos, 8));
                    return new PyComplex(new Complex(re, BitConverter.ToDouble(Bytes(ref pos, 8))));
                }
                case 's': { int n = Int32(ref pos); return new PyBytes(Bytes(ref pos, n).ToArray()); }
                case 'u': case 't': { int n = Int32(ref pos); return PyStr.From(DecodeSurrogatePass(Bytes(ref pos, n))); }
                case 'a': case 'A': { int n = Int32(ref pos); return PyStr.From(Encoding.Latin1.GetString(Bytes(ref pos, n))); }
                case 'z': case 'Z': { int n = Bytes(ref pos, 1)[0]; return PyStr.From(Encoding.Latin1.GetString(Bytes(ref pos, n))); }
                case '(': case ')':
                {
                    int n = type == ')' ? Bytes(ref pos, 1)[0] : Int32(ref pos);
                    var items = new PyObject[n];
                    for (int i = 0; i < n; i++) items[i] = Read(ref pos);
                    return PyTuple.Create(items);
                }
                case '[':
                {
                    int n = Int32(ref pos);
                    var l = new PyList();
                    if (slot >= 0) refs[slot] = l;
                    for (int i = 0; i < n; i++) Ops.CallMethod(ts, l, "append", Read(ref pos));
                    return l;
                }
                case '{':
                {
                    var d = new PyDict();
                    if (slot >= 0) refs[slot] = d;
                    while (true)
                    {
                        if (pos < data.Length && data[pos] == (byte)'0') { pos++; return d; }
                        var k = Read(ref pos);
                        d.SetItem(ts, k, Read(ref pos));
                    }
                }
                case '<': case '>':
                {
                    int n = Int32(ref pos);
                    var s = PySet.NewExact(frozen: type == '>');
                    if (slot >= 0 && type == '<') refs[slot] = s;
                    for (int i = 0; i < n; i++) s.Add(ts, Read(ref pos));
                    return s;
                }
                case ':':
                {
                    var a = Read(ref pos); var b = Read(ref pos);
                    return new PySlice(a, b, Read(ref pos));
                }
                case 'r':
                {
                    int i = Int32(ref pos);
                    if (i < 0 || i >= refs.Count || refs[i] == null) throw PyErr.ValueError("bad marshal data (invalid reference)");
                    return refs[i]!;
                }
                case 'c': throw PyErr.ValueError("bad marshal data (Kaa cannot load CPython code objects)");
            }
            throw PyErr.ValueError("bad marshal data (unknown type code)");
        }
    }
}
