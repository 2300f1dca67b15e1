using System.Collections;
using System.Numerics;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Hosting;

/// <summary>Conversions between .NET values and Python objects used by the hosting API.</summary>
public static class PyConvert
{
    /// <summary>
    /// A Python object for a .NET value: null → None, bool, integers, BigInteger → int, float/double/decimal
    /// → float, Complex → complex, string/char → str, byte[] → bytes, IDictionary → dict, other
    /// IEnumerable → list, a <see cref="PyObject"/> as itself.
    /// </summary>
    public static PyObject ToPython(ThreadState ts, object? value) => value switch
    {
        null => PyNone.Value,
        PyObject o => o,
        bool b => PyBool.From(b),
        int i => PyInt.From(i),
        long l => PyInt.From(l),
        short s => PyInt.From(s),
        sbyte sb => PyInt.From(sb),
        byte by => PyInt.From(by),
        ushort us => PyInt.From(us),
        uint ui => PyInt.From(ui),
        ulong ul => PyInt.From(new BigInteger(ul)),
        BigInteger bi => PyInt.From(bi),
        double d => new PyFloat(d),
        float f => new PyFloat(f),
        decimal m => new PyFloat((double)m),
        Complex z => new PyComplex(z),
        string str => PyStr.From(str),
        char c => PyStr.FromChar(c),
        byte[] bytes => new PyBytes((byte[])bytes.Clone()),
        IDictionary dict => ToDict(ts, dict),
        IEnumerable seq => new PyList([.. seq.Cast<object?>().Select(x => ToPython(ts, x))]),
        _ => throw new ArgumentException($"no Python equivalent for a {value.GetType().Name}", nameof(value)),
    };

    private static PyDict ToDict(ThreadState ts, IDictionary dict)
    {
        var d = new PyDict();
        foreach (DictionaryEntry e in dict) d.SetItem(ts, ToPython(ts, e.Key), ToPython(ts, e.Value));
        return d;
    }

    /// <summary>
    /// A .NET value for a Python object: None → null, bool, int → int/long/BigInteger (the smallest that
    /// fits), float → double, complex → Complex, str → string, bytes/bytearray → byte[], list/tuple →
    /// object?[], dict → Dictionary&lt;object, object?&gt;, set/frozenset → HashSet&lt;object?&gt;. Anything
    /// else is returned as the <see cref="PyObject"/> itself, which belongs to its interpreter.
    /// </summary>
    public static object? ToClr(ThreadState ts, PyObject o) => ToClr(ts, o, 0);

    private static object? ToClr(ThreadState ts, PyObject o, int depth)
    {
        if (depth > 100) return o;
        switch (o)
        {
            case PyNone: return null;
            case PyBool b: return ReferenceEquals(b, PyBool.True);
            case PyInt i when PyType.IsExact(i, BuiltinTypes.Int):
                if (i.TryGetInt32(out int v)) return v;
                if (i.IsSmall) return i.Small;
                return i.Big;
            case PyFloat f when PyType.IsExact(f, BuiltinTypes.Float): return f.Value;
            case PyComplex z when PyType.IsExact(z, BuiltinTypes.Complex): return z.Value;
            case PyStr s when PyType.IsExact(s, BuiltinTypes.Str): return s.Value;
            case PyBytes by when PyType.IsExact(by, BuiltinTypes.Bytes): return (byte[])by.Value.Clone();
            case PyTuple t when PyType.IsExact(t, BuiltinTypes.Tuple):
                return t.Items.Select(x => ToClr(ts, x, depth + 1)).ToArray();
            case PyList l when PyType.IsExact(l, BuiltinTypes.List):
            {
                var arr = new object?[l.Count];
                for (int k = 0; k < arr.Length; k++) arr[k] = ToClr(ts, l.Items[k], depth + 1);
                return arr;
            }
            case PyDict d when PyType.IsExact(d, BuiltinTypes.Dict):
            {
                var r = new Dictionary<object, object?>();
                foreach (var (k, val) in d.EnumerateItems())
                    r[ToClr(ts, k, depth + 1) ?? DBNull.Value] = ToClr(ts, val, depth + 1);
                return r;
            }
            case PySet set when PyType.IsExact(set, BuiltinTypes.Set) || PyType.IsExact(set, BuiltinTypes.FrozenSet):
            {
                var r = new HashSet<object?>();
                for (int pos = set.NextEntry(0, out var key, out _); pos >= 0; pos = set.NextEntry(pos + 1, out key, out _))
                    r.Add(ToClr(ts, key, depth + 1));
                return r;
            }
            default:
                return o;
        }
    }
}
