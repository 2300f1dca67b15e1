using System.Collections.Frozen;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The EncodingMap that codecs.charmap_build returns for a 256-character decoding table (CPython's
/// 3-level lookup table in Objects/unicodeobject.c): code point to byte, built once and never changed.
/// </summary>
public sealed class PyEncodingMap : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("EncodingMap", BuiltinTypes.Object, "builtins", subclassable: false);

    public readonly FrozenDictionary<int, byte> Map;
    /// <summary>What EncodingMap.size() reports: the bytes CPython's table takes (struct plus level-2 and level-3 blocks).</summary>
    private readonly int _size;

    private PyEncodingMap(FrozenDictionary<int, byte> map, int size) : base(TypeObject) { Map = map; _size = size; }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.TpNew = null;
        t.AddMethod("size", (ts, self, a, kw) =>
        {
            Args.Exact("size", a, kw, 0);
            return PyInt.From(((PyEncodingMap)self)._size);
        }, "Return the size (in bytes) of this object");
    }

    /// <summary>PyUnicode_BuildEncodingMap: an EncodingMap when the table allows one, else a dict {code point: byte}.</summary>
    public static PyObject Build(Kaa.Runtime.State.ThreadState ts, string table)
    {
        var cps = new PyStr(table).ToCodePoints();
        bool needDict = cps.Length != 256 || cps[0] != 0;
        var level1 = new HashSet<int>();
        var level2 = new HashSet<int>();
        for (int i = 1; !needDict && i < cps.Length; i++)
        {
            int ch = cps[i];
            if (ch == 0 || ch > 0xFFFF) { needDict = true; break; }
            if (ch == 0xFFFE) continue;
            level1.Add(ch >> 11);
            level2.Add(ch >> 7);
        }
        if (level1.Count >= 0xFF || level2.Count >= 0xFF) needDict = true;
        if (needDict)
        {
            var d = new PyDict();
            for (int i = 0; i < cps.Length; i++) d.SetItem(ts, PyInt.From(cps[i]), PyInt.From(i));
            return d;
        }
        var map = new Dictionary<int, byte>();
        for (int i = 0; i < cps.Length; i++)
            if (cps[i] != 0xFFFE) map[cps[i]] = (byte)i;
        // sizeof(struct encoding_map) - 1 on 64-bit CPython is 63.
        return new PyEncodingMap(map.ToFrozenDictionary(), 63 + 16 * level1.Count + 128 * level2.Count);
    }
}
