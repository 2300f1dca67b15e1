using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// struct.Struct (Modules/_struct.c): a compiled format string. The format is parsed once into
/// codes (format char, offset, item size, repeat count) with CPython's size and alignment rules;
/// pack and unpack walk the codes. Errors are raised as the calling interpreter's struct.error.
/// </summary>
public sealed class PyStruct : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Struct", BuiltinTypes.Object, "_struct");

    /// <summary>One parsed item: 's'/'p' have Repeat 1 and Size = the count; 'x' makes no code.</summary>
    private readonly record struct Code(char Fmt, long Offset, long Size, long Repeat);

    private enum Mode { Native, NativeStd, Little, Big }

    public PyDict? Dict { get; set; }
    /// <summary>The format as ASCII bytes (s_format).</summary>
    private byte[] _format = [];
    private Code[] _codes = [];
    private Mode _mode;
    /// <summary>s_size: bytes packed; s_len: number of Python values.</summary>
    public long Size { get; private set; }
    public long Length { get; private set; }

    public PyStruct(PyType type) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
    }

    public string FormatString => Encoding.Latin1.GetString(_format);

    private static PyException Error(ThreadState ts, string message) => PyErr.New(StructModule.ErrorType(ts), message);

    private static bool IsLittle(Mode m) => m == Mode.Little || (m is Mode.Native or Mode.NativeStd && BitConverter.IsLittleEndian);

    /// <summary>The item size and alignment of a format character, or false when the table lacks it.</summary>
    private static bool Entry(char c, bool native, out int size, out int align)
    {
        size = c switch
        {
            'x' or 'b' or 'B' or 'c' or 's' or 'p' or '?' => 1,
            'h' or 'H' or 'e' => 2,
            'i' or 'I' or 'f' => 4,
            'q' or 'Q' or 'd' or 'F' => 8,
            'D' => 16,
            'l' or 'L' => native ? (OperatingSystem.IsWindows() ? 4 : 8) : 4,
            'n' or 'N' or 'P' => native ? IntPtr.Size : 0,
            _ => 0,
        };
        // A complex is aligned like its parts (C's float complex / double complex).
        align = !native ? 0 : c == 'F' ? 4 : c == 'D' ? 8 : size;
        return size != 0;
    }

    /// <summary>Struct.__init__: accepts str (ASCII) or bytes, then prepare_s.</summary>
    internal void Init(ThreadState ts, PyObject format)
    {
        byte[] fmt;
        // PyUnicode_AsASCIIString: a non-ASCII format fails with the codec's UnicodeEncodeError.
        if (format is PyStr s) fmt = Codecs.Encode(ts, s.Value, "ascii", "strict");
        else if (format is PyBytes b) fmt = b.Value;
        else throw PyErr.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.ObType.Name}");
        Prepare(ts, fmt);
    }

    /// <summary>prepare_s: the two passes over the format, with CPython's errors and overflow checks.</summary>
    private void Prepare(ThreadState ts, byte[] fmt)
    {
        int nul = Array.IndexOf(fmt, (byte)0);
        if (nul >= 0) throw Error(ts, "embedded null character");
        int pos = 0;
        var mode = Mode.Native;
        if (fmt.Length > 0)
        {
            switch ((char)fmt[0])
            {
                case '@': mode = Mode.Native; pos = 1; break;
                case '=': mode = Mode.NativeStd; pos = 1; break;
                case '<': mode = Mode.Little; pos = 1; break;
                case '>': case '!': mode = Mode.Big; pos = 1; break;
            }
        }
        bool native = mode == Mode.Native;
        var codes = new List<Code>();
        long size = 0, len = 0;
        while (pos < fmt.Length)
        {
            char c = (char)fmt[pos++];
            if (IsSpace(c)) continue;
            long num = 1;
            if (c >= '0' && c <= '9')
            {
                num = c - '0';
                while (true)
                {
                    c = pos < fmt.Length ? (char)fmt[pos++] : '\0';
                    if (c < '0' || c > '9') break;
                    if (num > (long.MaxValue - (c - '0')) / 10) throw Error(ts, "total struct size too long");
                    num = num * 10 + (c - '0');
                }
                if (c == '\0') throw Error(ts, "repeat count given without format specifier");
            }
            if (!Entry(c, native, out int itemSize, out int align)) throw Error(ts, "bad char in struct format");
            if (align > 1 && size > 0)
            {
                long extra = (align - 1) - (size - 1) % align;
                if (extra > long.MaxValue - size) throw Error(ts, "total struct size too long");
                size += extra;
            }
            if (c is 's' or 'p')
            {
                len++;
                codes.Add(new Code(c, size, num, 1));
                if (num > long.MaxValue - size) throw Error(ts, "total struct size too long");
                size += num;
            }
            else
            {
                if (num > (long.MaxValue - size) / itemSize) throw Error(ts, "total struct size too long");
                if (c != 'x')
                {
                    len += num;
                    if (num > 0) codes.Add(new Code(c, size, itemSize, num));
                }
                size += num * itemSize;
            }
        }
        _format = fmt;
        _codes = [.. codes];
        _mode = mode;
        Size = size;
        Length = len;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    // ---- packing ----

    /// <summary>s_pack_internal: zero-fills <paramref name="buf"/> (Size bytes) and packs the values into it.</summary>
    internal void PackInto(ThreadState ts, ReadOnlySpan<PyObject> values, Span<byte> buf)
    {
        buf.Clear();
        bool little = IsLittle(_mode);
        int vi = 0;
        foreach (var code in _codes)
        {
            if (code.Fmt is 's' or 'p')
            {
                var v = values[vi++];
                ReadOnlySpan<byte> data = v switch
                {
                    PyBytes b => b.Value,
                    PyByteArray ba => ba.AsSpan(),
                    _ => throw Error(ts, $"argument for '{code.Fmt}' must be a bytes object"),
                };
                var dst = buf.Slice((int)code.Offset, (int)code.Size);
                if (code.Fmt == 's')
                {
                    data[..Math.Min(data.Length, dst.Length)].CopyTo(dst);
                }
                else if (dst.Length > 0)
                {
                    int n = Math.Min(data.Length, dst.Length - 1);
                    data[..n].CopyTo(dst[1..]);
                    dst[0] = (byte)Math.Min(n, 255);
                }
                continue;
            }
            for (long r = 0; r < code.Repeat; r++)
            {
                var dst = buf.Slice((int)(code.Offset + r * code.Size), (int)code.Size);
                PackItem(ts, code.Fmt, values[vi++], dst, little);
            }
        }
    }

    private void PackItem(ThreadState ts, char fmt, PyObject v, Span<byte> dst, bool little)
    {
        switch (fmt)
        {
            case 'c':
                if (v is not PyBytes cb || cb.Value.Length != 1) throw Error(ts, "char format requires a bytes object of length 1");
                dst[0] = cb.Value[0];
                return;
            case '?':
                dst[0] = Ops.IsTrue(ts, v) ? (byte)1 : (byte)0;
                return;
            case 'e':
            {
                double x = FloatArg(ts, v);
                WriteUInt(dst, PackHalf(x), little);
                return;
            }
            case 'f':
            {
                double x = FloatArg(ts, v);
                float y = (float)x;
                // np_float casts without a range check; the standard sizes go through PyFloat_Pack4, which raises.
                if (_mode != Mode.Native && float.IsInfinity(y) && !double.IsInfinity(x)) throw PyErr.OverflowError("float too large to pack with f format");
                WriteUInt(dst, BitConverter.SingleToUInt32Bits(y), little);
                return;
            }
            case 'd':
                WriteUInt(dst, BitConverter.DoubleToUInt64Bits(FloatArg(ts, v)), little);
                return;
            case 'F':
            {
                // Each part is stored like an 'f' in the chosen byte order, real part first.
                var (re, im) = ComplexArg(ts, v);
                float fr = (float)re, fi = (float)im;
                if (_mode != Mode.Native && ((float.IsInfinity(fr) && !double.IsInfinity(re)) || (float.IsInfinity(fi) && !double.IsInfinity(im))))
                    throw PyErr.OverflowError("float too large to pack with f format");
                WriteUInt(dst[..4], BitConverter.SingleToUInt32Bits(fr), little);
                WriteUInt(dst[4..], BitConverter.SingleToUInt32Bits(fi), little);
                return;
            }
            case 'D':
            {
                var (re, im) = ComplexArg(ts, v);
                WriteUInt(dst[..8], BitConverter.DoubleToUInt64Bits(re), little);
                WriteUInt(dst[8..], BitConverter.DoubleToUInt64Bits(im), little);
                return;
            }
        }
        // Integer formats.
        bool signed = fmt is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        int bits = dst.Length * 8;
        if (v is PyInt { IsSmall: true } small && fmt != 'P')
        {
            // The common case without BigInteger: a machine-size value checked against the item's range.
            long x = small.Small;
            bool fits = signed
                ? bits == 64 || (x >= -(1L << (bits - 1)) && x < (1L << (bits - 1)))
                : x >= 0 && (bits == 64 || x < (1L << bits));
            if (fits)
            {
                WriteUInt(dst, unchecked((ulong)x), little);
                return;
            }
        }
        var n = IntArg(ts, v);
        if (fmt == 'P')
        {
            // PyLong_AsVoidPtr: negative values as signed, others as unsigned.
            if (n < long.MinValue || n > ulong.MaxValue) throw Error(ts, "int too large to convert");
        }
        else
        {
            BigInteger lo = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
            BigInteger hi = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
            if (n < lo || n > hi) throw Error(ts, $"'{fmt}' format requires {lo} <= number <= {hi}");
        }
        ulong u = n.Sign < 0 ? (ulong)(long)n : (ulong)n;
        WriteUInt(dst, u, little);
    }

    private static void WriteUInt(Span<byte> dst, ulong u, bool little)
    {
        int size = dst.Length;
        for (int k = 0; k < size; k++)
        {
            byte b = (byte)(u >> (8 * k));
            dst[little ? k : size - 1 - k] = b;
        }
    }

    private static ulong ReadUInt(ReadOnlySpan<byte> src, bool little)
    {
        ulong u = 0;
        int size = src.Length;
        for (int k = 0; k < size; k++) u |= (ulong)src[little ? k : size - 1 - k] << (8 * k);
        return u;
    }

    /// <summary>get_pylong: an int, or an object with __index__; anything else is "not an integer".</summary>
    private static BigInteger IntArg(ThreadState ts, PyObject v)
    {
        if (v is PyInt i) return i.IsSmall ? i.Small : i.Big;
        if (v.ObType.NbIndex == null) throw Error(ts, "required argument is not an integer");
        var r = Ops.Index(ts, v);
        return r.IsSmall ? r.Small : r.Big;
    }

    /// <summary>PyFloat_AsDouble with struct's message when the object has no float value.</summary>
    private static double FloatArg(ThreadState ts, PyObject v)
    {
        if (v is PyFloat f) return f.Value;
        if (v is not PyInt && v.ObType.NbFloat == null && v.ObType.NbIndex == null) throw Error(ts, "required argument is not a float");
        // Any failure of PyFloat_AsDouble (no __float__, an int too large, __float__ raising) becomes struct.error.
        try { return Ops.AsDouble(ts, v); }
        catch (PyException) { throw Error(ts, "required argument is not a float"); }
    }

    private static readonly PyStr ComplexDunder = PyStr.Immortal("__complex__");

    /// <summary>PyComplex_AsCComplex (complex, __complex__, or a real number); any failure is struct.error.</summary>
    private static (double Re, double Im) ComplexArg(ThreadState ts, PyObject v)
    {
        try
        {
            if (v is PyComplex c) return (c.Value.Real, c.Value.Imaginary);
            var meth = v.ObType.Lookup(ComplexDunder);
            if (meth != null)
            {
                var r = Ops.CallUnbound(ts, meth, v, []);
                if (r is PyComplex rc) return (rc.Value.Real, rc.Value.Imaginary);
                throw PyErr.TypeError($"__complex__ returned non-complex (type {r.ObType.Name})");
            }
            if (v is PyInt || v.ObType.NbFloat != null || v.ObType.NbIndex != null) return (Ops.AsDouble(ts, v), 0.0);
        }
        catch (PyException) { }
        throw Error(ts, "required argument is not a complex");
    }

    /// <summary>PyFloat_Pack2: round-half-even to binary16; NaN packs as a quiet NaN keeping only the sign.</summary>
    internal static ushort PackHalf(double x)
    {
        if (double.IsNaN(x)) return (ushort)((double.IsNegative(x) ? 0x8000 : 0) | 0x7e00);
        var h = (Half)x;
        if (Half.IsInfinity(h) && !double.IsInfinity(x)) throw PyErr.OverflowError("float too large to pack with e format");
        return BitConverter.HalfToUInt16Bits(h);
    }

    /// <summary>PyFloat_Unpack2: a NaN loses its payload (CPython returns a standard NaN with the sign).</summary>
    internal static double UnpackHalf(ushort bits)
    {
        if ((bits & 0x7c00) == 0x7c00 && (bits & 0x3ff) != 0)
            return BitConverter.Int64BitsToDouble((bits & 0x8000) != 0 ? unchecked((long)0xFFF8000000000000UL) : 0x7FF8000000000000L);
        return (double)BitConverter.UInt16BitsToHalf(bits);
    }

    // ---- unpacking ----

    /// <summary>s_unpack_internal: the values of one record at the start of <paramref name="src"/>.</summary>
    internal PyTuple UnpackFrom(ReadOnlySpan<byte> src)
    {
        var items = new PyObject[Length];
        bool little = IsLittle(_mode);
        int vi = 0;
        foreach (var code in _codes)
        {
            if (code.Fmt == 's')
            {
                items[vi++] = new PyBytes(src.Slice((int)code.Offset, (int)code.Size).ToArray());
                continue;
            }
            if (code.Fmt == 'p')
            {
                int n = 0;
                if (code.Size > 0)
                {
                    n = src[(int)code.Offset];
                    if (n >= code.Size) n = (int)code.Size - 1;
                }
                items[vi++] = n == 0 ? PyBytes.Empty : new PyBytes(src.Slice((int)code.Offset + 1, n).ToArray());
                continue;
            }
            for (long r = 0; r < code.Repeat; r++)
                items[vi++] = UnpackItem(code.Fmt, src.Slice((int)(code.Offset + r * code.Size), (int)code.Size), little);
        }
        return new PyTuple(items);
    }

    private static PyObject UnpackItem(char fmt, ReadOnlySpan<byte> s, bool little)
    {
        switch (fmt)
        {
            case 'c': return new PyBytes([s[0]]);
            case '?': return PyBool.From(s[0] != 0);
            case 'e': return new PyFloat(UnpackHalf((ushort)ReadUInt(s, little)));
            case 'f': return new PyFloat(BitConverter.UInt32BitsToSingle((uint)ReadUInt(s, little)));
            case 'd': return new PyFloat(BitConverter.UInt64BitsToDouble(ReadUInt(s, little)));
            case 'F': return new PyComplex(BitConverter.UInt32BitsToSingle((uint)ReadUInt(s[..4], little)), BitConverter.UInt32BitsToSingle((uint)ReadUInt(s[4..], little)));
            case 'D': return new PyComplex(BitConverter.UInt64BitsToDouble(ReadUInt(s[..8], little)), BitConverter.UInt64BitsToDouble(ReadUInt(s[8..], little)));
        }
        ulong u = ReadUInt(s, little);
        bool signed = fmt is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (!signed) return u <= long.MaxValue ? PyInt.From((long)u) : PyInt.From(new BigInteger(u));
        int shift = 64 - s.Length * 8;
        return PyInt.From((long)(u << shift) >> shift);
    }

    // ---- the type ----

    internal static PyStruct Self(PyObject o) => (PyStruct)o;

    /// <summary>The bytes of a readable buffer argument ("y*").</summary>
    internal static ReadOnlySpan<byte> ReadBuffer(PyObject o)
    {
        if (!BytesMethods.IsBuffer(o)) throw PyErr.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'");
        return BytesMethods.Buffer(o);
    }

    /// <summary>The bytes of a writable buffer argument ("w*"): a bytearray or a contiguous view of one.</summary>
    internal static Span<byte> WriteBuffer(PyObject o)
    {
        if (o is PyByteArray ba) return ba.AsSpan();
        if (o is IBufferExporter e && !e.ExportReadOnly) return e.ExportBuffer();
        if (o is PyMemoryView m && !m.ReadOnly && m.Step == 1)
        {
            if (m.Released) throw PyErr.ValueError("operation forbidden on released memoryview object");
            var whole = m.Underlying;
            int start = Math.Min(m.Offset, whole.Length);
            return whole.Slice(start, Math.Min(m.NBytes, whole.Length - start));
        }
        throw PyErr.TypeError($"argument must be read-write bytes-like object, not {PyErr.ArgTypeName(o)}");
    }

    internal PyBytes Pack(ThreadState ts, string fname, ReadOnlySpan<PyObject> values)
    {
        if (values.Length != Length) throw Error(ts, $"{fname} expected {Length} items for packing (got {values.Length})");
        if (Size > Array.MaxLength) throw PyErr.MemoryError();
        var buf = new byte[Size];
        PackInto(ts, values, buf);
        return new PyBytes(buf);
    }

    internal PyObject PackIntoBuffer(ThreadState ts, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != Length + 2)
        {
            if (args.Length == 0) throw Error(ts, "pack_into expected buffer argument");
            if (args.Length == 1) throw Error(ts, "pack_into expected offset argument");
            throw Error(ts, $"pack_into expected {Length} items for packing (got {args.Length - 2})");
        }
        var buffer = WriteBuffer(args[0]);
        long offset = Ops.IndexAsLong(ts, args[1]);
        if (offset < 0)
        {
            if (offset + Size > 0) throw Error(ts, $"no space to pack {Size} bytes at offset {offset}");
            if (offset + buffer.Length < 0) throw Error(ts, $"offset {offset} out of range for {buffer.Length}-byte buffer");
            offset += buffer.Length;
        }
        if (buffer.Length - offset < Size)
            throw Error(ts, $"pack_into requires a buffer of at least {Size + offset} bytes for packing {Size} bytes at offset {offset} (actual buffer size is {buffer.Length})");
        PackInto(ts, args[2..], buffer.Slice((int)offset, (int)Size));
        return PyNone.Value;
    }

    internal PyTuple Unpack(ThreadState ts, PyObject buffer)
    {
        var data = ReadBuffer(buffer);
        if (data.Length != Size) throw Error(ts, $"unpack requires a buffer of {Size} bytes");
        return UnpackFrom(data);
    }

    internal PyTuple UnpackFromOffset(ThreadState ts, PyObject buffer, PyObject? offsetObj)
    {
        var data = ReadBuffer(buffer);
        long offset = offsetObj == null ? 0 : Ops.IndexAsLong(ts, offsetObj);
        if (offset < 0)
        {
            if (offset + data.Length < 0) throw Error(ts, $"offset {offset} out of range for {data.Length}-byte buffer");
            if (offset + Size > 0) throw Error(ts, $"not enough data to unpack {Size} bytes at offset {offset}");
            offset += data.Length;
        }
        if (data.Length - offset < Size)
            throw Error(ts, $"unpack_from requires a buffer of at least {Size + offset} bytes for unpacking {Size} bytes at offset {offset} (actual buffer size is {data.Length})");
        return UnpackFrom(data[(int)offset..]);
    }

    internal PyObject IterUnpack(ThreadState ts, PyObject buffer)
    {
        if (Size == 0) throw Error(ts, "cannot iteratively unpack with a struct of length 0");
        var data = ReadBuffer(buffer);
        if (data.Length % Size != 0) throw Error(ts, $"iterative unpacking requires a buffer of a multiple of {Size} bytes");
        return new PyStructUnpackIterator(this, buffer);
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = cls => new PyStruct(cls);
        t.SetNew((ts, cls, args, kw) => new PyStruct(cls));
        t.TpInit = (ts, self, args, kw) =>
        {
            var p = Args.Parse("Struct", args, kw, ["format"], 1);
            Self(self).Init(ts, p[0]!);
        };
        t.TpRepr = (ts, o) => PyStr.From($"{o.ObType.Name}({Ops.ReprString(ts, PyStr.From(Self(o).FormatString))})");
        t.AddGetSet("format", (ts, o) => PyStr.From(Self(o).FormatString), doc: "struct format string");
        t.AddGetSet("size", (ts, o) => PyInt.From(Self(o).Size), doc: "struct size in bytes");
        t.AddMethod("pack", (ts, self, a, kw) =>
        {
            Args.NoKeywords("Struct.pack", kw);
            return Self(self).Pack(ts, "pack", a);
        }, "pack($self, *values)\n--\n\nS.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.");
        t.AddMethod("pack_into", (ts, self, a, kw) =>
        {
            Args.NoKeywords("Struct.pack_into", kw);
            return Self(self).PackIntoBuffer(ts, a);
        }, "pack_into($self, buffer, offset, *values)\n--\n\nS.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.");
        t.AddMethod("unpack", (ts, self, a, kw) =>
        {
            Args.Exact("Struct.unpack", a, kw, 1);
            return Self(self).Unpack(ts, a[0]);
        }, "unpack($self, buffer, /)\n--\n\nReturn a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.");
        t.AddMethod("unpack_from", (ts, self, a, kw) =>
        {
            var p = Args.Parse("unpack_from", a, kw, ["buffer", "offset"], 1);
            return Self(self).UnpackFromOffset(ts, p[0]!, p[1]);
        }, "unpack_from($self, /, buffer, offset=0)\n--\n\nReturn a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.");
        t.AddMethod("iter_unpack", (ts, self, a, kw) =>
        {
            Args.Exact("Struct.iter_unpack", a, kw, 1);
            return Self(self).IterUnpack(ts, a[0]);
        }, "iter_unpack($self, buffer, /)\n--\n\nReturn an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.");
        t.AddMethod("__sizeof__", (ts, self, a, kw) =>
        {
            Args.Exact("Struct.__sizeof__", a, kw, 0);
            var s = Self(self);
            return PyInt.From(64 + 32 * (s._codes.Length + 1));
        }, "__sizeof__($self, /)\n--\n\nS.__sizeof__() -> size of S in memory, in bytes");
        PyStructUnpackIterator.Init();
    }
}
