using System.Buffers.Binary;
using System.Numerics;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The marshal module (Python/marshal.c) for data: None, bools, StopIteration, Ellipsis, int, float,
/// complex, str, bytes (and bytes-like), tuple, list, dict, set, frozenset, in CPython's format
/// (version 5 by default; back-references with FLAG_REF from version 3). Output loads in CPython and
/// CPython's output loads here; the bytes can differ where CPython's choice depends on reference counts
/// (whether an object gets FLAG_REF) or on interning. Code objects are not marshallable in Kaa.
/// </summary>
public static class MarshalModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "marshal", Exec = Exec };

    private const int Version = 5;
    private const byte FlagRef = 0x80;

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("This module contains functions that can read and write Python values in\na binary format."));
        m.Set("version", PyInt.From(Version));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("dumps", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("dumps", a, kw, ["value", "version", "allow_code"], 1, posOnly: 2, kwOnlyFrom: 2);
            int version = p[1] == null ? Version : (int)Ops.IndexAsLong(ts2, p[1]!);
            return new PyBytes(Dump(ts2, p[0]!, version));
        });
        Fn("dump", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("dump", a, kw, ["value", "file", "version", "allow_code"], 2, posOnly: 3, kwOnlyFrom: 3);
            int version = p[2] == null ? Version : (int)Ops.IndexAsLong(ts2, p[2]!);
            Ops.CallMethod(ts2, p[1]!, "write", new PyBytes(Dump(ts2, p[0]!, version)));
            return PyNone.Value;
        });
        Fn("loads", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("loads", a, kw, ["bytes", "allow_code"], 1, posOnly: 1, kwOnlyFrom: 1);
            var data = BytesMethods.Buffer(p[0]!).ToArray();
            var r = new Reader(ts2, n => data, data);
            return r.ReadObject();
        });
        Fn("load", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("load", a, kw, ["file", "allow_code"], 1, posOnly: 1, kwOnlyFrom: 1);
            var file = p[0]!;
            var r = new Reader(ts2, n =>
            {
                var got = Ops.CallMethod(ts2, file, "read", PyInt.From(n));
                return got is PyBytes b ? b.Value : BytesMethods.Buffer(got).ToArray();
            }, null);
            return r.ReadObject();
        });
    }

    // ------------------------------------------------------------------ writing

    private static byte[] Dump(ThreadState ts, PyObject value, int version)
    {
        var w = new Writer(ts, version);
        w.Write(value, 0);
        return w.Buf.ToArray();
    }

    private sealed class Writer(ThreadState ts, int version)
    {
        public readonly List<byte> Buf = new();
        private readonly Dictionary<PyObject, int> _refs = new(ReferenceEqualityComparer.Instance);

        private void Int32(int v) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteInt32LittleEndian(b, v); Buf.AddRange(b); }

        private void Double(double d) { Span<byte> b = stackalloc byte[8]; BinaryPrimitives.WriteDoubleLittleEndian(b, d); Buf.AddRange(b); }

        private void Size(int n) => Int32(n);

        public void Write(PyObject v, int depth)
        {
            if (depth > 2000) throw PyErr.ValueError("object too deeply nested to marshal");
            switch (v)
            {
                case PyNone: Buf.Add((byte)'N'); return;
                case PyBool b: Buf.Add(b.Value ? (byte)'T' : (byte)'F'); return;
            }
            if (ReferenceEquals(v, PyEllipsis.Value)) { Buf.Add((byte)'.'); return; }
            if (ReferenceEquals(v, PyExc.StopIteration)) { Buf.Add((byte)'S'); return; }
            byte flag = 0;
            if (version >= 3)
            {
                if (_refs.TryGetValue(v, out int idx)) { Buf.Add((byte)'r'); Int32(idx); return; }
                _refs[v] = _refs.Count;
                flag = FlagRef;
            }
            switch (v)
            {
                case PyInt i when PyType.IsExact(v, BuiltinTypes.Int):
                    if (i.IsSmall && i.Small >= int.MinValue && i.Small <= int.MaxValue) { Buf.Add((byte)('i' | flag)); Int32((int)i.Small); return; }
                    WriteLong(i.Big, flag);
                    return;
                case PyFloat f when PyType.IsExact(v, BuiltinTypes.Float):
                    Buf.Add((byte)('g' | flag)); Double(f.Value); return;
                case PyComplex c when PyType.IsExact(v, BuiltinTypes.Complex):
                    Buf.Add((byte)('y' | flag)); Double(c.Value.Real); Double(c.Value.Imaginary); return;
                case PyStr s when PyType.IsExact(v, BuiltinTypes.Str):
                    WriteStr(s.Value, flag, s.SeparateSurrogates);
                    return;
                case PyBytes or PyByteArray or PyMemoryView:
                {
                    var data = BytesMethods.Buffer(v);
                    Buf.Add((byte)('s' | flag)); Size(data.Length); Buf.AddRange(data);
                    return;
                }
                case PyTuple t when PyType.IsExact(v, BuiltinTypes.Tuple):
                    if (version >= 4 && t.Count < 256) { Buf.Add((byte)(')' | flag)); Buf.Add((byte)t.Count); }
                    else { Buf.Add((byte)('(' | flag)); Size(t.Count); }
                    foreach (var item in t.Items) Write(item, depth + 1);
                    return;
                case PyList l when PyType.IsExact(v, BuiltinTypes.List):
                {
                    var items = l.ToArray();
                    Buf.Add((byte)('[' | flag)); Size(items.Length);
                    foreach (var item in items) Write(item, depth + 1);
                    return;
                }
                case PyDict d when PyType.IsExact(v, BuiltinTypes.Dict):
                    Buf.Add((byte)('{' | flag));
                    foreach (var (k, val) in d.EnumerateItems()) { Write(k, depth + 1); Write(val, depth + 1); }
                    Buf.Add((byte)'0');
                    return;
            }
            if (PyType.IsExact(v, BuiltinTypes.Set) || PyType.IsExact(v, BuiltinTypes.FrozenSet))
            {
                var items = Ops.ToArray(ts, v);
                Buf.Add((byte)((PyType.IsExact(v, BuiltinTypes.Set) ? '<' : '>') | flag)); Size(items.Length);
                foreach (var item in items) Write(item, depth + 1);
                return;
            }
            if (v is PySlice sl && PyType.IsExact(v, BuiltinTypes.Slice) && version >= 5)
            {
                // 3.14: slices are marshallable from version 5.
                Buf.Add((byte)(':' | flag));
                Write(sl.Start, depth + 1); Write(sl.Stop, depth + 1); Write(sl.Step, depth + 1);
                return;
            }
            if (v is PyCode)
                throw PyErr.NotImplementedError("marshal: Kaa code objects are not CPython bytecode and cannot be marshalled");
            throw PyErr.ValueError("unmarshallable object");
        }

        private void WriteLong(BigInteger n, byte flag)
        {
            Buf.Add((byte)('l' | flag));
            var mag = BigInteger.Abs(n);
            var digits = new List<ushort>();
            while (!mag.IsZero) { digits.Add((ushort)(mag & 0x7FFF)); mag >>= 15; }
            Int32(n.Sign < 0 ? -digits.Count : digits.Count);
            Span<byte> b = stackalloc byte[2];
            foreach (var d in digits) { BinaryPrimitives.WriteUInt16LittleEndian(b, d); Buf.AddRange(b); }
        }

        private void WriteStr(string s, byte flag, bool separate = false)
        {
            if (version >= 4 && System.Text.Ascii.IsValid(s))
            {
                if (s.Length < 256) { Buf.Add((byte)('z' | flag)); Buf.Add((byte)s.Length); }
                else { Buf.Add((byte)('a' | flag)); Size(s.Length); }
                foreach (char c in s) Buf.Add((byte)c);
                return;
            }
            var utf8 = Codecs.EncodeWith(ts, s, TextEncoding.Utf8, "surrogatepass", separate);
            Buf.Add((byte)('u' | flag)); Size(utf8.Length); Buf.AddRange(utf8);
        }
    }

    // ------------------------------------------------------------------ reading

    private sealed class Reader(ThreadState ts, Func<int, byte[]> read, byte[]? whole)
    {
        private int _pos;
        private readonly List<PyObject?> _refs = new();

        private ReadOnlySpan<byte> Take(int n)
        {
            if (whole != null)
            {
                if (_pos + n > whole.Length) throw PyErr.New(PyExc.EOFError, "marshal data too short");
                var s = whole.AsSpan(_pos, n);
                _pos += n;
                return s;
            }
            if (n == 0) return [];
            var got = read(n);
            if (got.Length < n) throw PyErr.New(PyExc.EOFError, "EOF read where object expected");
            return got;
        }

        private int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        private int Size()
        {
            int n = Int32();
            if (n < 0) throw PyErr.ValueError("bad marshal data (size out of range)");
            return n;
        }

        public PyObject ReadObject() => Read(0) ?? throw PyErr.TypeError("NULL object in marshal data for object");

        private PyObject Keep(int slot, PyObject o)
        {
            if (slot >= 0) _refs[slot] = o;
            return o;
        }

        private PyObject? Read(int depth)
        {
            if (depth > 2000) throw PyErr.ValueError("recursion limit exceeded");
            if (whole != null && _pos >= whole.Length) throw PyErr.New(PyExc.EOFError, "EOF read where object expected");
            byte code = Take(1)[0];
            bool flag = (code & FlagRef) != 0;
            char type = (char)(code & ~FlagRef);
            int slot = -1;
            if (flag) { slot = _refs.Count; _refs.Add(null); }
            switch (type)
            {
                case '0': return null;
                case 'N': return PyNone.Value;
                case 'F': return PyBool.False;
                case 'T': return PyBool.True;
                case 'S': return PyExc.StopIteration;
                case '.': return PyEllipsis.Value;
                case 'i': return Keep(slot, PyInt.From(Int32()));
                case 'l':
                {
                    int n = Int32();
                    var mag = BigInteger.Zero;
                    var digits = new ushort[Math.Abs(n)];
                    for (int k = 0; k < digits.Length; k++)
                    {
                        digits[k] = BinaryPrimitives.ReadUInt16LittleEndian(Take(2));
                        if (digits[k] > 0x7FFF) throw PyErr.ValueError("bad marshal data (digit out of range in long)");
                    }
                    for (int k = digits.Length - 1; k >= 0; k--) mag = (mag << 15) | digits[k];
                    return Keep(slot, PyInt.From(n < 0 ? -mag : mag));
                }
                case 'g': return Keep(slot, new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(Take(8))));
                case 'y':
                {
                    double re = BinaryPrimitives.ReadDoubleLittleEndian(Take(8));
                    double im = BinaryPrimitives.ReadDoubleLittleEndian(Take(8));
                    return Keep(slot, new PyComplex(re, im));
                }
                case 's': return Keep(slot, new PyBytes(Take(Size()).ToArray()));
                case 'u':
                case 't':
                {
                    int bo = 0;
                    return Keep(slot, Codecs.DecodedStr(Codecs.DecodeWith(ts, Take(Size()).ToArray(), TextEncoding.Utf8, "surrogatepass", true, ref bo, out _, out int astral), astral));
                }
                case 'a':
                case 'A':
                    return Keep(slot, PyStr.From(System.Text.Encoding.Latin1.GetString(Take(Size()))));
                case 'z':
                case 'Z':
                    return Keep(slot, PyStr.From(System.Text.Encoding.Latin1.GetString(Take(Take(1)[0]))));
                case '(':
                case ')':
                {
                    int n = type == ')' ? Take(1)[0] : Size();
                    var items = new PyObject[n];
                    for (int k = 0; k < n; k++) items[k] = Read(depth + 1) ?? throw PyErr.TypeError("NULL object in marshal data for tuple");
                    return Keep(slot, PyTuple.Create(items));
                }
                case ':':
                {
                    var start = Read(depth + 1) ?? throw PyErr.TypeError("NULL object in marshal data for slice");
                    var stop = Read(depth + 1) ?? throw PyErr.TypeError("NULL object in marshal data for slice");
                    var step = Read(depth + 1) ?? throw PyErr.TypeError("NULL object in marshal data for slice");
                    return Keep(slot, new PySlice(start, stop, step));
                }
                case '[':
                {
                    int n = Size();
                    var list = new PyList();
                    Keep(slot, list);
                    for (int k = 0; k < n; k++) list.Append(Read(depth + 1) ?? throw PyErr.TypeError("NULL object in marshal data for list"));
                    return list;
                }
                case '{':
                {
                    var d = new PyDict();
                    Keep(slot, d);
                    while (true)
                    {
                        var key = Read(depth + 1);
                        if (key == null) break;
                        var val = Read(depth + 1) ?? throw PyErr.TypeError("NULL object in marshal data for dict");
                        d.SetItem(ts, key, val);
                    }
                    return d;
                }
                case '<':
                case '>':
                {
                    int n = Size();
                    var items = new PyObject[n];
                    for (int k = 0; k < n; k++) items[k] = Read(depth + 1) ?? throw PyErr.TypeError("NULL object in marshal data for set");
                    var set = Ops.Call(ts, type == '<' ? BuiltinTypes.Set : BuiltinTypes.FrozenSet, new PyTuple(items));
                    return Keep(slot, set);
                }
                case 'r':
                {
                    int idx = Int32();
                    if (idx < 0 || idx >= _refs.Count || _refs[idx] == null) throw PyErr.ValueError("bad marshal data (invalid reference)");
                    return _refs[idx]!;
                }
                case 'c':
                    throw PyErr.ValueError("bad marshal data (code objects are not supported by Kaa's marshal)");
                default:
                    throw PyErr.ValueError("bad marshal data (unknown type code)");
            }
        }
    }
}
