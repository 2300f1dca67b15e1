using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>zlib._ZlibDecompressor: the bz2/lzma-style one-shot decompressor gzip uses (keeps unconsumed
/// input itself, reports needs_input, raises EOFError after the end).</summary>
public sealed class PyZlibDecompressor : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("_ZlibDecompressor", BuiltinTypes.Object, "zlib", subclassable: false);

    private ZlibInflater _inf = null!;
    private byte[] _unusedData = [];
    private bool _needsInput = true;

    private PyZlibDecompressor() : base(TypeObject) { }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, a, kw) =>
        {
            var p = Args.Parse("_ZlibDecompressor", a, kw, ["wbits", "zdict"], 0);
            int wbits = p[0] == null ? ZlibModule.MaxWbits : ZlibModule.IntArg(ts, p[0]!);
            if (p[1] != null)
                throw PyErr.NotImplementedError("zlib._ZlibDecompressor(zdict=...): preset dictionaries are not supported by Kaa's zlib");
            var inf = ZlibModule.NewInflater(wbits) ?? throw PyErr.ValueError("Invalid initialization option");
            return new PyZlibDecompressor { _inf = inf };
        });
        t.AddMethod("decompress", (ts, self, a, kw) =>
        {
            var p = Args.Parse("decompress", a, kw, ["data", "max_length"], 1);
            var d = (PyZlibDecompressor)self;
            var data = ZlibModule.Buffer(p[0]!);
            long max = p[1] == null ? -1 : ZlibModule.SsizeArg(ts, p[1]!);
            if (d._inf.Eof) throw PyErr.New(PyExc.EOFError, "End of stream already reached");
            var output = new List<byte>();
            try
            {
                d._inf.Feed(data);
                d._inf.Run(output, max < 0 ? -1 : max);
            }
            catch (ZlibInflater.DataError e)
            {
                throw ZlibModule.DataError(ts, e, "decompressing data");
            }
            if (d._inf.Eof)
            {
                d._needsInput = false;
                d._unusedData = d._inf.TakeUnused();
            }
            // zlib's rule: input is needed when it consumed all it was given (bytes of a half-decoded
            // step count as consumed: zlib keeps them in its state).
            else d._needsInput = !d._inf.StoppedFull || d._inf.Pending == 0;
            return new PyBytes(output.ToArray());
        }, "decompress($self, /, data, max_length=-1)\n--\n\nDecompress *data*, returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of stream is reached raises an\nEOFError.  Any data found after the end of the stream is ignored and saved in\nthe unused_data attribute.");
        t.AddGetSet("eof", (ts, o) => PyBool.From(((PyZlibDecompressor)o)._inf.Eof));
        t.AddGetSet("unused_data", (ts, o) => new PyBytes(((PyZlibDecompressor)o)._unusedData));
        t.AddGetSet("needs_input", (ts, o) => PyBool.From(((PyZlibDecompressor)o)._needsInput));
    }
}
