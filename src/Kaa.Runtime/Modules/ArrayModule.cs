using System.Buffers.Binary;
using System.Numerics;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The array module (Modules/arraymodule.c): the array type, typecodes, ArrayType and the pickle helper
/// _array_reconstructor, which rebuilds an array from bytes written by a machine with any byte order
/// and integer sizes (the "machine format codes" CPython's pickles carry).
/// </summary>
public static class ArrayModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "array", Exec = Exec };

    public static IEnumerable<PyType> Types()
    {
        yield return PyArray.TypeObject;
        yield return PyArrayIterator.TypeObject;
    }

    internal static void InitTypes()
    {
        PyArray.InitType();
        PyArrayIterator.Init();
    }

    // enum machine_format_code: UNSIGNED_INT8 = 0 ... UTF32_BE = 21.
    private const int MinFormat = 0, MaxFormat = 21;

    /// <summary>(size, signed, big-endian) of each machine format code; kind 0 int, 1 float, 2 UTF.</summary>
    private static (int Size, bool Signed, bool BigEndian, int Kind) FormatDescr(int code) => code switch
    {
        <= 13 => (1 << (code < 2 ? 0 : (code - 2) / 4 + 1), code < 2 ? code == 1 : ((code - 2) % 4) >= 2, code >= 2 && (code - 2) % 2 == 1, 0),
        14 or 15 => (4, true, code == 15, 1),
        16 or 17 => (8, true, code == 17, 1),
        18 or 19 => (2, false, code == 19, 2),
        _ => (4, false, code == 21, 2),
    };

    /// <summary>typecode_to_mformat_code on a little-endian LP64 machine (wchar_t is 4 bytes).</summary>
    internal static int MachineFormatOf(char typeCode) => typeCode switch
    {
        'b' => 1,
        'B' => 0,
        'u' or 'w' => BitConverter.IsLittleEndian ? 20 : 21,
        'h' => Native(4),
        'H' => Native(2),
        'i' => Native(8),
        'I' => Native(6),
        'l' or 'q' => Native(12),
        'L' or 'Q' => Native(10),
        'f' => Native(14),
        _ => Native(16),
    };

    private static int Native(int littleEndianCode) => BitConverter.IsLittleEndian ? littleEndianCode : littleEndianCode + 1;

    private static PyObject Reconstruct(ThreadState ts, ReadOnlySpan<PyObject> a)
    {
        if (a[0] is not PyType arrayType) throw PyErr.TypeError($"first argument must be a type object, not {a[0].ObType.Name}");
        if (!arrayType.IsSubtype(PyArray.TypeObject)) throw PyErr.TypeError($"{arrayType.TpName} is not a subtype of array.array");
        if (a[1] is not PyStr tcs)
            throw PyErr.TypeError($"_array_reconstructor() argument 2 must be a unicode character, not {PyErr.ArgTypeName(a[1])}");
        if (tcs.CodePointLength != 1)
            throw PyErr.TypeError($"_array_reconstructor(): argument 2 must be a unicode character, not a string of length {tcs.CodePointLength}");
        if (a[2] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var codeObj = Ops.Index(ts, a[2]);
        int c = tcs.ToCodePoints()[0];
        if (c > 0xFFFF || PyArray.TypeCodes.IndexOf((char)c) < 0) throw PyErr.ValueError("second argument must be a valid type code");
        char typeCode = (char)c;
        if (!codeObj.IsSmall || codeObj.Small < MinFormat || codeObj.Small > MaxFormat)
            throw PyErr.ValueError("third argument must be a valid machine format code.");
        int code = (int)codeObj.Small;
        if (a[3] is not PyBytes items) throw PyErr.TypeError($"fourth argument should be bytes, not {a[3].ObType.Name}");
        var tc = PyStr.From(typeCode.ToString());
        if (code == MachineFormatOf(typeCode)) return Ops.Call(ts, arrayType, tc, items);

        var (size, signed, big, kind) = FormatDescr(code);
        var data = items.Value;
        PyObject converted;
        if (kind == 2)
        {
            var enc = size == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
            converted = Ops.CallMethod(ts, items, "decode", PyStr.From(enc));
        }
        else
        {
            int count = data.Length / size;
            var list = new PyObject[count];
            for (int i = 0; i < count; i++)
            {
                var chunk = data.AsSpan(i * size, size);
                if (kind == 1)
                {
                    double v = size == 4
                        ? (big ? BinaryPrimitives.ReadSingleBigEndian(chunk) : BinaryPrimitives.ReadSingleLittleEndian(chunk))
                        : (big ? BinaryPrimitives.ReadDoubleBigEndian(chunk) : BinaryPrimitives.ReadDoubleLittleEndian(chunk));
                    list[i] = new PyFloat(v);
                }
                else list[i] = PyInt.From(new BigInteger(chunk, isUnsigned: !signed, isBigEndian: big));
            }
            converted = new PyList(list);
            if (kind == 0)
            {
                // Prefer the native integer type of exactly this size and signedness (the last one listed).
                foreach (char d in PyArray.TypeCodes)
                    if (d is not ('u' or 'w' or 'f' or 'd') && PyArray.ItemSizeOf(d) == size && char.IsLower(d) == signed)
                        tc = PyStr.From(d.ToString());
            }
        }
        return Ops.Call(ts, arrayType, tc, converted);
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        ts.Interp.RecordBuiltinModule(Definition, m);
        m.Set("__doc__", PyStr.From(Doc));
        m.Set("array", PyArray.TypeObject);
        m.Set("ArrayType", PyArray.TypeObject);
        m.Set("typecodes", PyStr.From(PyArray.TypeCodes));
        m.Set("_array_reconstructor", new PyBuiltinFunction("_array_reconstructor", (ts2, mod, a, kw) =>
        {
            Args.Exact("_array_reconstructor", a, kw, 4);
            return Reconstruct(ts2, a);
        }, m, "_array_reconstructor($module, arraytype, typecode, mformat_code, items, /)\n--\n\nInternal. Used for pickling support."));
    }

    private const string Doc = "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating-point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n";
}
