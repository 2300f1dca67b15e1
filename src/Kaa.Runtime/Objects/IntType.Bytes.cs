using System.Numerics;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>int.to_bytes and int.from_bytes.</summary>
public static partial class IntType
{
    internal static void InitBytesMethods(PyType t)
    {
        t.AddMethod("to_bytes", (ts, self, args, kw) =>
        {
            var a = Args.Parse("to_bytes", args, kw, ["length", "byteorder", "signed"], 0, kwOnlyFrom: 2);
            long length = a[0] == null ? 1 : Ops.AsSsizeT(ts, a[0]!);
            if (length < 0) throw PyErr.ValueError("length argument must be non-negative");
            bool little = ByteOrder(a[1], "to_bytes");
            bool signed = a[2] != null && Ops.IsTrue(ts, a[2]!);
            var v = ((PyInt)self).Big;
            if (!signed && v.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
            var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            // BigInteger adds a sign byte for positive values with the top bit set; trim what the range allows.
            int needed = raw.Length;
            if (v.IsZero) needed = 0;
            else if (!signed) { while (needed > 0 && raw[needed - 1] == 0) needed--; }
            else
            {
                while (needed > 1 && ((raw[needed - 1] == 0 && (raw[needed - 2] & 0x80) == 0) || (raw[needed - 1] == 0xFF && (raw[needed - 2] & 0x80) != 0)))
                    needed--;
            }
            if (needed > length) throw PyErr.OverflowError("int too big to convert");
            var result = new byte[length];
            byte fill = (byte)(signed && v.Sign < 0 ? 0xFF : 0);
            for (int i = 0; i < length; i++) result[i] = i < needed ? raw[i] : fill;
            if (!little) Array.Reverse(result);
            return new PyBytes(result);
        });
        t.AddClassMethod("from_bytes", (ts, cls, args, kw) =>
        {
            var a = Args.Parse("from_bytes", args, kw, ["bytes", "byteorder", "signed"], 1, kwOnlyFrom: 2);
            bool little = ByteOrder(a[1], "from_bytes");
            bool signed = a[2] != null && Ops.IsTrue(ts, a[2]!);
            byte[] data = BytesType.ObjectBytes(ts, a[0]!);
            var v = new BigInteger(data, isUnsigned: !signed, isBigEndian: !little);
            var r = PyInt.From(v);
            return ReferenceEquals(cls, BuiltinTypes.Int) ? r : Ops.Call(ts, cls, r);
        });
    }

    private static bool ByteOrder(PyObject? o, string fname)
    {
        if (o == null) return false;
        if (o is not PyStr s) throw PyErr.TypeError($"{fname}() argument 'byteorder' must be str, not {PyErr.ArgTypeName(o)}");
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }
}
