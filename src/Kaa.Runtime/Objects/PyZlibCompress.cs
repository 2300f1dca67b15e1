using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>zlib.Compress (compressobj()): a .NET deflater writing into a buffer that each call drains.</summary>
public sealed class PyZlibCompress : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Compress", BuiltinTypes.Object, "zlib", subclassable: false);

    private readonly ZlibModule.Deflater _z;

    private PyZlibCompress(ZlibModule.Deflater z) : base(TypeObject) { _z = z; }

    internal static PyZlibCompress Create(ThreadState ts, int level, int method, int wbits, int memLevel, int strategy)
        => new(ZlibModule.Deflater.Create(level, method, wbits, memLevel, strategy)
            ?? throw PyErr.ValueError("Invalid initialization option"));

    private PyBytes Drain() => new(_z.Drain());

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create 'zlib.Compress' instances");
        t.AddMethod("compress", (ts, self, a, kw) =>
        {
            Args.Exact("compress", a, kw, 1);
            var c = (PyZlibCompress)self;
            var data = ZlibModule.Buffer(a[0]);
            if (c._z.Finished) throw ZlibModule.Error(ts, "Error -2 while compressing data: inconsistent stream state");
            c._z.Write(data);
            return c.Drain();
        }, "compress($self, data, /)\n--\n\nReturns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n\nAfter calling this function, some of the input data may still\nbe stored in internal buffers for later processing.\nCall the flush() method to clear these buffers.");
        t.AddMethod("flush", (ts, self, a, kw) =>
        {
            Args.Range("flush", a, kw, 0, 1);
            var c = (PyZlibCompress)self;
            int mode = a.Length > 0 ? ZlibModule.IntArg(ts, a[0]) : ZlibModule.ZFinish;
            if (mode == ZlibModule.ZNoFlush) return PyBytes.Empty;
            if (c._z.Finished) throw ZlibModule.Error(ts, "Error -2 while flushing: inconsistent stream state");
            if (mode == ZlibModule.ZFinish) c._z.Finish();
            // .NET's Flush is zlib's Z_SYNC_FLUSH; partial, full and block flushes also end on a byte
            // boundary with all input emitted, which is what callers rely on.
            else c._z.Flush();
            return c.Drain();
        }, "flush($self, mode=zlib.Z_FINISH, /)\n--\n\nReturn a bytes object containing any remaining compressed data.\n\n  mode\n    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n    If mode == Z_FINISH, the compressor object can no longer be\n    used after calling the flush() method.  Otherwise, more data\n    can still be compressed.");
        BuiltinMethod copy = (ts, self, a, kw) =>
            throw PyErr.NotImplementedError("zlib.Compress.copy(): .NET's deflater state cannot be copied");
        t.AddMethod("copy", copy, "copy($self, /)\n--\n\nReturn a copy of the compression object.");
        t.AddMethod("__copy__", copy);
        t.AddMethod("__deepcopy__", copy);
    }
}
