using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>zlib.Decompress (decompressobj()): unused_data, unconsumed_tail, eof and max_length as in
/// CPython's zlibmodule.c, on top of <see cref="ZlibInflater"/>.</summary>
public sealed class PyZlibDecompress : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Decompress", BuiltinTypes.Object, "zlib", subclassable: false);

    private ZlibInflater _inf;
    private byte[] _unusedData = [], _unconsumedTail = [];

    internal PyZlibDecompress(ZlibInflater inf) : base(TypeObject) { _inf = inf; }

    private PyBytes Decompress(ThreadState ts, ReadOnlySpan<byte> data, long maxLength, string action)
    {
        var output = new List<byte>();
        if (_inf.Eof)
        {
            // zlib consumes nothing after the end: the input joins unused_data.
            _unusedData = [.. _unusedData, .. data];
            return PyBytes.Empty;
        }
        int carry = _inf.Carry;
        try
        {
            _inf.Feed(data);
            _inf.Run(output, maxLength);
        }
        catch (ZlibInflater.DataError e)
        {
            throw ZlibModule.DataError(ts, e, action);
        }
        if (_inf.Eof)
        {
            var left = _inf.TakeUnused();
            _unusedData = [.. _unusedData, .. left];
            // save_unconsumed_input quirk: a non-empty unconsumed_tail is replaced by the leftover input
            // (which is also in unused_data); an empty one stays empty.
            if (_unconsumedTail.Length > 0) _unconsumedTail = left;
        }
        // Only an output limit leaves input unconsumed; otherwise zlib keeps a partial step internally.
        else _unconsumedTail = _inf.StoppedFull ? _inf.TakeTail(carry) : [];
        return new PyBytes(output.ToArray());
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create 'zlib.Decompress' instances");
        t.AddMethod("decompress", (ts, self, a, kw) =>
        {
            var p = Args.Parse("decompress", a, kw, ["data", "max_length"], 1, posOnly: 1);
            var data = ZlibModule.Buffer(p[0]!);
            long max = p[1] == null ? 0 : ZlibModule.SsizeArg(ts, p[1]!);
            if (max < 0) throw PyErr.ValueError("max_length must be non-negative");
            return ((PyZlibDecompress)self).Decompress(ts, data, max == 0 ? -1 : max, "decompressing data");
        }, "decompress($self, data, /, max_length=0)\n--\n\nReturn a bytes object containing the decompressed version of the data.\n\n  data\n    The binary data to decompress.\n  max_length\n    The maximum allowable length of the decompressed data.\n    Unconsumed input data will be stored in\n    the unconsumed_tail attribute.\n\nAfter calling this function, some of the input data may still be stored in\ninternal buffers for later processing.\nCall the flush() method to clear these buffers.");
        t.AddMethod("flush", (ts, self, a, kw) =>
        {
            Args.Range("flush", a, kw, 0, 1);
            if (a.Length > 0 && ZlibModule.SsizeArg(ts, a[0]) <= 0) throw PyErr.ValueError("length must be greater than zero");
            var d = (PyZlibDecompress)self;
            var tail = d._unconsumedTail;
            d._unconsumedTail = [];
            return d.Decompress(ts, tail, -1, "flushing");
        }, "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\nReturn a bytes object containing any remaining decompressed data.\n\n  length\n    the initial size of the output buffer.");
        BuiltinMethod copy = (ts, self, a, kw) =>
        {
            var d = (PyZlibDecompress)self;
            return new PyZlibDecompress(d._inf.Clone()) { _unusedData = d._unusedData, _unconsumedTail = d._unconsumedTail };
        };
        t.AddMethod("copy", copy, "copy($self, /)\n--\n\nReturn a copy of the decompression object.");
        t.AddMethod("__copy__", copy);
        t.AddMethod("__deepcopy__", copy);
        t.AddGetSet("unused_data", (ts, o) => new PyBytes(((PyZlibDecompress)o)._unusedData));
        t.AddGetSet("unconsumed_tail", (ts, o) => new PyBytes(((PyZlibDecompress)o)._unconsumedTail));
        t.AddGetSet("eof", (ts, o) => PyBool.From(((PyZlibDecompress)o)._inf.Eof));
    }
}
