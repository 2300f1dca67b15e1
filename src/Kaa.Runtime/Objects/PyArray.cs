using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// array.array (Modules/arraymodule.c): a compact sequence of one C type, stored as the raw native
/// bytes (little-endian, LP64 sizes: 'u' is a 4-byte wchar_t as on Linux) so the buffer protocol
/// exports the storage itself. Item conversion follows CPython's setitem functions and their
/// OverflowError messages exactly. Methods live in PyArray.Methods.cs, the type slots in PyArray.Type.cs.
/// </summary>
public partial class PyArray : PyObject, IHasDict, IBufferExporter
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("array", BuiltinTypes.Object, "array");

    public const string TypeCodes = "bBuwhHiIlLqQfd";

    public readonly char TypeCode;
    public readonly int ItemSize;
    private byte[] _data = [];
    private int _len;

    public PyDict? Dict { get; set; }

    public PyArray(PyType type, char typeCode) : base(type)
    {
        TypeCode = typeCode;
        ItemSize = ItemSizeOf(typeCode);
        if (type.HasInstanceDict) Dict = new PyDict();
    }

    public static int ItemSizeOf(char c) => c switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' or 'w' => 4,
        _ => 8,
    };

    public int Length => _len;

    public Span<byte> Bytes => _data.AsSpan(0, _len * ItemSize);

    private Span<byte> At(int i) => _data.AsSpan(i * ItemSize, ItemSize);

    public bool IsUnicode => TypeCode is 'u' or 'w';

    // ---- IBufferExporter ----

    public Span<byte> ExportBuffer() => Bytes;
    public bool ExportReadOnly => false;
    public string ExportFormat => TypeCode.ToString();
    public int ExportItemSize => ItemSize;

    // ---- storage ----

    /// <summary>Resizes to <paramref name="n"/> items, keeping the prefix (array_resize).</summary>
    internal void Resize(long n)
    {
        if (n * ItemSize > Array.MaxLength) throw PyErr.MemoryError();
        int bytes = (int)n * ItemSize;
        if (bytes > _data.Length)
        {
            int cap = Math.Max(bytes, Math.Min(Array.MaxLength, _data.Length + (_data.Length >> 1) + 16));
            Array.Resize(ref _data, cap);
        }
        else if (n < _len) _data.AsSpan(bytes, (_len - (int)n) * ItemSize).Clear(); // a later growth reads zeros
        _len = (int)n;
    }

    internal void AppendBytes(ReadOnlySpan<byte> bytes)
    {
        int old = _len;
        Resize(_len + bytes.Length / ItemSize);
        bytes.CopyTo(_data.AsSpan(old * ItemSize));
    }

    // ---- item conversion ----

    public PyObject GetItem(int i)
    {
        var s = At(i);
        switch (TypeCode)
        {
            case 'b': return PyInt.From((sbyte)s[0]);
            case 'B': return PyInt.From(s[0]);
            case 'h': return PyInt.From(MemoryMarshal.Read<short>(s));
            case 'H': return PyInt.From(MemoryMarshal.Read<ushort>(s));
            case 'i': return PyInt.From(MemoryMarshal.Read<int>(s));
            case 'I': return PyInt.From(MemoryMarshal.Read<uint>(s));
            case 'l': case 'q': return PyInt.From(MemoryMarshal.Read<long>(s));
            case 'L': case 'Q':
                ulong u = MemoryMarshal.Read<ulong>(s);
                return u <= long.MaxValue ? PyInt.From((long)u) : PyInt.From(new BigInteger(u));
            case 'f': return new PyFloat(MemoryMarshal.Read<float>(s));
            case 'd': return new PyFloat(MemoryMarshal.Read<double>(s));
            default:
                uint cp = MemoryMarshal.Read<uint>(s);
                if (cp > 0x10FFFF) throw PyErr.ValueError("chr() arg not in range(0x110000)");
                return PyStr.From(CodePointString(cp));
        }
    }

    internal static string CodePointString(uint cp)
    {
        if (cp > 0x10FFFF) throw PyErr.ValueError($"character U+{cp:x} is not in range [U+0000; U+10ffff]");
        return cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32((int)cp);
    }

    /// <summary>PyLong_AsLong after __index__ (the "h"/"i"/"l"/"b" argument formats).</summary>
    private static long AsLong(ThreadState ts, PyObject v)
    {
        var i = Ops.Index(ts, v);
        if (!i.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C long");
        return i.Small;
    }

    /// <summary>Converts <paramref name="v"/> to this array's C type and stores it in <paramref name="dest"/>;
    /// nothing is written when the conversion fails.</summary>
    private void Pack(ThreadState ts, PyObject v, Span<byte> dest)
    {
        switch (TypeCode)
        {
            case 'b':
            {
                long x = AsLong(ts, v);
                if (x < short.MinValue) throw PyErr.OverflowError("signed short integer is less than minimum");
                if (x > short.MaxValue) throw PyErr.OverflowError("signed short integer is greater than maximum");
                if (x < sbyte.MinValue) throw PyErr.OverflowError("signed char is less than minimum");
                if (x > sbyte.MaxValue) throw PyErr.OverflowError("signed char is greater than maximum");
                dest[0] = (byte)(sbyte)x;
                return;
            }
            case 'B':
            {
                long x = AsLong(ts, v);
                if (x < 0) throw PyErr.OverflowError("unsigned byte integer is less than minimum");
                if (x > byte.MaxValue) throw PyErr.OverflowError("unsigned byte integer is greater than maximum");
                dest[0] = (byte)x;
                return;
            }
            case 'h':
            {
                long x = AsLong(ts, v);
                if (x < short.MinValue) throw PyErr.OverflowError("signed short integer is less than minimum");
                if (x > short.MaxValue) throw PyErr.OverflowError("signed short integer is greater than maximum");
                MemoryMarshal.Write(dest, (short)x);
                return;
            }
            case 'H':
            {
                long x = AsLong(ts, v);
                if (x < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
                if (x > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
                if (x < 0) throw PyErr.OverflowError("unsigned short is less than minimum");
                if (x > ushort.MaxValue) throw PyErr.OverflowError("unsigned short is greater than maximum");
                MemoryMarshal.Write(dest, (ushort)x);
                return;
            }
            case 'i':
            {
                long x = AsLong(ts, v);
                if (x < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
                if (x > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
                MemoryMarshal.Write(dest, (int)x);
                return;
            }
            case 'l':
                MemoryMarshal.Write(dest, AsLong(ts, v));
                return;
            case 'q':
            {
                var i = Ops.Index(ts, v);
                if (!i.IsSmall) throw PyErr.OverflowError("int too big to convert");
                MemoryMarshal.Write(dest, i.Small);
                return;
            }
            case 'I':
            case 'L':
            {
                var b = Ops.Index(ts, v).Big;
                if (b.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned int");
                if (b > ulong.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C unsigned long");
                if (TypeCode == 'I')
                {
                    if (b > uint.MaxValue) throw PyErr.OverflowError("unsigned int is greater than maximum");
                    MemoryMarshal.Write(dest, (uint)b);
                }
                else MemoryMarshal.Write(dest, (ulong)b);
                return;
            }
            case 'Q':
            {
                var b = Ops.Index(ts, v).Big;
                if (b.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
                if (b > ulong.MaxValue) throw PyErr.OverflowError("int too big to convert");
                MemoryMarshal.Write(dest, (ulong)b);
                return;
            }
            case 'f':
                MemoryMarshal.Write(dest, (float)MathModule.AsDouble(ts, v));
                return;
            case 'd':
                MemoryMarshal.Write(dest, MathModule.AsDouble(ts, v));
                return;
            default:
            {
                if (v is not PyStr s) throw PyErr.TypeError($"array item must be a unicode character, not {v.ObType.QualifiedName}");
                if (s.CodePointLength != 1) throw PyErr.TypeError($"array item must be a unicode character, not a string of length {s.CodePointLength}");
                MemoryMarshal.Write(dest, (uint)s.ToCodePoints()[0]);
                return;
            }
        }
    }

    public void SetItem(ThreadState ts, int i, PyObject v) => Pack(ts, v, At(i));

    public void Append(ThreadState ts, PyObject v)
    {
        Span<byte> tmp = stackalloc byte[8];
        Pack(ts, v, tmp);
        Resize(_len + 1);
        tmp[..ItemSize].CopyTo(At(_len - 1));
    }

    public void Insert(ThreadState ts, long where, PyObject v)
    {
        Span<byte> tmp = stackalloc byte[8];
        Pack(ts, v, tmp);
        int n = _len;
        if (where < 0) { where += n; if (where < 0) where = 0; }
        if (where > n) where = n;
        Resize(n + 1);
        int at = (int)where * ItemSize;
        Array.Copy(_data, at, _data, at + ItemSize, (n - (int)where) * ItemSize);
        tmp[..ItemSize].CopyTo(_data.AsSpan(at));
    }

    public PyObject[] ToObjects()
    {
        var r = new PyObject[_len];
        for (int i = 0; i < _len; i++) r[i] = GetItem(i);
        return r;
    }

    /// <summary>A new array of the base type (slices, copies, concatenations are never subclasses).</summary>
    internal PyArray NewSame(ReadOnlySpan<byte> bytes)
    {
        var r = new PyArray(TypeObject, TypeCode);
        r.AppendBytes(bytes);
        return r;
    }

    internal void DeleteRange(int start, int count)
    {
        if (count <= 0) return;
        int bs = ItemSize;
        Array.Copy(_data, (start + count) * bs, _data, start * bs, (_len - start - count) * bs);
        Resize(_len - count);
    }

    /// <summary>Replaces items [start, start+count) with <paramref name="bytes"/> (a step-1 slice assignment).</summary>
    internal void ReplaceRange(int start, int count, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        int newItems = copy.Length / ItemSize, bs = ItemSize, oldLen = _len;
        int tail = oldLen - start - count;
        if (newItems > count) Resize(oldLen + newItems - count);
        Array.Copy(_data, (start + count) * bs, _data, (start + newItems) * bs, tail * bs);
        copy.CopyTo(_data.AsSpan(start * bs));
        if (newItems < count) Resize(oldLen + newItems - count);
    }

    internal void Byteswap()
    {
        var s = Bytes;
        switch (ItemSize)
        {
            case 1: return;
            case 2: { var v = MemoryMarshal.Cast<byte, ushort>(s); BinaryPrimitives.ReverseEndianness(v, v); return; }
            case 4: { var v = MemoryMarshal.Cast<byte, uint>(s); BinaryPrimitives.ReverseEndianness(v, v); return; }
            case 8: { var v = MemoryMarshal.Cast<byte, ulong>(s); BinaryPrimitives.ReverseEndianness(v, v); return; }
            default: throw PyErr.RuntimeError("don't know how to byteswap this array type");
        }
    }

    internal void Reverse()
    {
        int bs = ItemSize;
        Span<byte> tmp = stackalloc byte[8];
        for (int i = 0, j = _len - 1; i < j; i++, j--)
        {
            At(i).CopyTo(tmp);
            At(j).CopyTo(At(i));
            tmp[..bs].CopyTo(At(j));
        }
    }

    public string ToUnicode()
    {
        var sb = new System.Text.StringBuilder(_len);
        for (int i = 0; i < _len; i++)
        {
            uint cp = MemoryMarshal.Read<uint>(At(i));
            // 'w' (Py_UCS4) decodes its buffer as strict UTF-32; 'u' (wchar_t) checks only the range.
            if (TypeCode == 'w' && (cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)))
                throw Codecs.DecodeError("utf-32-le", Bytes.ToArray(), i * 4L, i * 4L + 4, cp > 0x10FFFF
                    ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
            sb.Append(CodePointString(cp));
        }
        return sb.ToString();
    }

    internal void FromUnicode(PyStr s)
    {
        var cps = s.ToCodePoints();
        int old = _len;
        Resize(_len + cps.Length);
        for (int k = 0; k < cps.Length; k++) MemoryMarshal.Write(At(old + k), (uint)cps[k]);
    }
}
