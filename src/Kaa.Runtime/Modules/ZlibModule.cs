using System.IO.Compression;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The zlib module (Modules/zlibmodule.c). Compression uses .NET's zlib (System.IO.Compression with
/// ZLibCompressionOptions for levels 0-9 and strategies), so compressed bytes may differ from CPython's
/// build of zlib while always being valid streams; decompression uses <see cref="ZlibInflater"/>, which
/// knows exactly where a stream ends. zlib.error is per interpreter (module state).
/// </summary>
public static class ZlibModule
{
    public sealed class State
    {
        public PyType Error = null!;
    }

    public static readonly BuiltinModuleDef Definition = new()
    {
        Name = "zlib",
        Exec = Exec,
        CreateState = () => new State(),
    };

    public static IEnumerable<PyType> Types()
    {
        yield return PyZlibCompress.TypeObject;
        yield return PyZlibDecompress.TypeObject;
        yield return PyZlibDecompressor.TypeObject;
    }

    internal static void InitTypes()
    {
        PyZlibCompress.Init();
        PyZlibDecompress.Init();
        PyZlibDecompressor.Init();
    }

    public const int MaxWbits = 15, Deflated = 8, DefMemLevel = 8, DefBufSize = 16384;
    public const int ZNoFlush = 0, ZPartialFlush = 1, ZSyncFlush = 2, ZFullFlush = 3, ZFinish = 4, ZBlock = 5, ZTrees = 6;
    /// <summary>The zlib version .NET's System.IO.Compression bundles (zlib-ng in zlib-compatible mode).</summary>
    private const string Version = "1.3.1";

    internal static PyType Error(ThreadState ts) => ((State)ts.Interp.BuiltinModule(ts, Definition).State!).Error;

    internal static PyException Error(ThreadState ts, string message) => PyErr.New(Error(ts), message);

    /// <summary>zlib_error: "Error N while ACTION: MSG" with zlib's message for a data error.</summary>
    internal static PyException DataError(ThreadState ts, ZlibInflater.DataError e, string action)
        => e.Message.StartsWith('\0')
            ? Error(ts, $"Error 2 while {action}")
            : Error(ts, $"Error -3 while {action}: {e.Message}");

    /// <summary>Slicing-by-8 tables for CRC-32 (eight bytes per step instead of one).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<uint> CrcTables = BuildCrcTables();

    private static System.Collections.Immutable.ImmutableArray<uint> BuildCrcTables()
    {
        var t = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
            t[n] = c;
        }
        for (int i = 256; i < t.Length; i++) t[i] = (t[i - 256] >> 8) ^ t[t[i - 256] & 0xff];
        return [.. t];
    }

    /// <summary>zlib's CRC-32 (the same values as binascii.crc32), continuing from <paramref name="crc"/>.</summary>
    public static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        var t = CrcTables.AsSpan();
        crc = ~crc;
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            uint lo = crc ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i, 4));
            uint hi = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(i + 4, 4));
            crc = t[7 * 256 + (int)(lo & 0xff)] ^ t[6 * 256 + (int)((lo >> 8) & 0xff)]
                ^ t[5 * 256 + (int)((lo >> 16) & 0xff)] ^ t[4 * 256 + (int)(lo >> 24)]
                ^ t[3 * 256 + (int)(hi & 0xff)] ^ t[2 * 256 + (int)((hi >> 8) & 0xff)]
                ^ t[256 + (int)((hi >> 16) & 0xff)] ^ t[(int)(hi >> 24)];
        }
        for (; i < data.Length; i++) crc = t[(int)((crc ^ data[i]) & 0xff)] ^ (crc >> 8);
        return ~crc;
    }

    public static uint Adler32(uint adler, ReadOnlySpan<byte> data)
    {
        const uint Base = 65521;
        uint a = adler & 0xffff, b = adler >> 16;
        int i = 0;
        while (i < data.Length)
        {
            // 5552 bytes is zlib's NMAX: the most that can be summed before b may overflow 32 bits.
            int n = Math.Min(5552, data.Length - i);
            for (int k = 0; k < n; k++)
            {
                a += data[i + k];
                b += a;
            }
            a %= Base;
            b %= Base;
            i += n;
        }
        return (b << 16) | a;
    }

    /// <summary>The bytes of a "y*" buffer argument.</summary>
    internal static ReadOnlySpan<byte> Buffer(PyObject o) => BytesMethods.Buffer(o);

    internal static int IntArg(ThreadState ts, PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(ts, o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyErr.OverflowError(i.Sign < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return (int)i.Small;
    }

    internal static long SsizeArg(ThreadState ts, PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        return Ops.IndexAsLong(ts, o);
    }

    /// <summary>The decoder for a wbits value, or null when zlib would refuse it.</summary>
    internal static ZlibInflater? NewInflater(int wbits)
    {
        if (wbits >= -15 && wbits <= -8) return new ZlibInflater(ZlibInflater.Format.Raw, -wbits);
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) return new ZlibInflater(ZlibInflater.Format.Zlib, wbits);
        if (wbits >= 24 && wbits <= 31) return new ZlibInflater(ZlibInflater.Format.Gzip, wbits - 16);
        if (wbits >= 40 && wbits <= 47) return new ZlibInflater(ZlibInflater.Format.Auto, wbits - 32);
        return null;
    }

    /// <summary>
    /// A .NET compressor for deflateInit2's arguments, draining into a buffer. The window size and
    /// memLevel only tune zlib's search; smaller windows are refused
    /// (NotImplementedError) because .NET always writes 15-bit-window streams. .NET writes nothing at all
    /// for a stream that was given no input, so Finish then writes zlib's empty stream itself.
    /// </summary>
    internal sealed class Deflater
    {
        private readonly MemoryStream _sink = new();
        private readonly Stream _z;
        private readonly int _level, _wbits;
        private long _totalOut;
        public bool Finished { get; private set; }

        private Deflater(Stream z, MemoryStream sink, int level, int wbits)
        {
            _z = z;
            _sink = sink;
            _level = level;
            _wbits = wbits;
        }

        /// <summary>The deflater, or null when zlib would refuse these arguments.</summary>
        public static Deflater? Create(int level, int method, int wbits, int memLevel, int strategy)
        {
            if (level < -1 || level > 9 || method != Deflated || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) return null;
            var options = new ZLibCompressionOptions
            {
                CompressionLevel = level,
                CompressionStrategy = strategy switch
                {
                    1 => ZLibCompressionStrategy.Filtered,
                    2 => ZLibCompressionStrategy.HuffmanOnly,
                    3 => ZLibCompressionStrategy.RunLengthEncoding,
                    4 => ZLibCompressionStrategy.Fixed,
                    _ => ZLibCompressionStrategy.Default,
                },
            };
            if (Math.Abs(wbits) is >= 9 and <= 14 || wbits is >= 25 and <= 30)
                throw PyErr.NotImplementedError(
                    $"zlib: compressing with a window smaller than 32 KiB (wbits={wbits}) is not supported: .NET's deflater always uses a 15-bit window");
            var sink = new MemoryStream();
            Stream? z = null;
            if (wbits >= -15 && wbits <= -9) z = new DeflateStream(sink, options, leaveOpen: true);
            else if (wbits >= 9 && wbits <= 15) z = new ZLibStream(sink, options, leaveOpen: true);
            else if (wbits >= 25 && wbits <= 31) z = new GZipStream(sink, options, leaveOpen: true);
            return z == null ? null : new Deflater(z, sink, level, wbits);
        }

        public void Write(ReadOnlySpan<byte> data) => _z.Write(data);

        public void Flush() => _z.Flush();

        public void Finish()
        {
            _z.Dispose();
            Finished = true;
            if (_totalOut + _sink.Length > 0) return;
            // A final fixed-Huffman block holding only end-of-block, in the container's framing.
            ReadOnlySpan<byte> empty = [0x03, 0x00];
            if (_wbits < 0) _sink.Write(empty);
            else if (_wbits <= 15)
            {
                int flevel = _level is 0 or 1 ? 0 : _level is >= 2 and <= 5 ? 1 : _level is -1 or 6 ? 2 : 3;
                int cmf = 0x08 | ((_wbits - 8) << 4), flg = flevel << 6;
                flg += 31 - ((cmf << 8) + flg) % 31;
                _sink.Write([(byte)cmf, (byte)flg, .. empty, 0, 0, 0, 1]);
            }
            else _sink.Write([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, .. empty, 0, 0, 0, 0, 0, 0, 0, 0]);
        }

        public byte[] Drain()
        {
            var r = _sink.ToArray();
            _totalOut += r.Length;
            _sink.SetLength(0);
            return r;
        }
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        var st = (State)m.State!;
        ts.Interp.RecordBuiltinModule(Definition, m);
        st.Error = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "zlib", "error", PyExc.Exception, null);
        m.Set("__doc__", PyStr.From(Doc));
        m.Set("error", st.Error);
        m.Set("_ZlibDecompressor", PyZlibDecompressor.TypeObject);
        foreach (var (name, value) in new (string, int)[]
        {
            ("MAX_WBITS", MaxWbits), ("DEFLATED", Deflated), ("DEF_MEM_LEVEL", DefMemLevel), ("DEF_BUF_SIZE", DefBufSize),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", ZNoFlush), ("Z_PARTIAL_FLUSH", ZPartialFlush), ("Z_SYNC_FLUSH", ZSyncFlush),
            ("Z_FULL_FLUSH", ZFullFlush), ("Z_FINISH", ZFinish), ("Z_BLOCK", ZBlock), ("Z_TREES", ZTrees),
        })
            m.Set(name, PyInt.From(value));
        m.Set("ZLIB_VERSION", PyStr.From(Version));
        m.Set("ZLIB_RUNTIME_VERSION", PyStr.From(Version));

        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));

        Fn("adler32", (ts2, _, a, kw) =>
        {
            Args.Range("adler32", a, kw, 1, 2);
            uint v = a.Length > 1 ? UIntMask(ts2, a[1]) : 1;
            return PyInt.From((long)Adler32(v, Buffer(a[0])));
        }, "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.");
        Fn("crc32", (ts2, _, a, kw) =>
        {
            Args.Range("crc32", a, kw, 1, 2);
            uint v = a.Length > 1 ? UIntMask(ts2, a[1]) : 0;
            return PyInt.From((long)Crc32(v, Buffer(a[0])));
        }, "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.");
        Fn("compress", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("compress", a, kw, ["data", "level", "wbits"], 1, posOnly: 1);
            var data = Buffer(p[0]!);
            int level = p[1] == null ? -1 : IntArg(ts2, p[1]!);
            int wbits = p[2] == null ? MaxWbits : IntArg(ts2, p[2]!);
            if (level < -1 || level > 9) throw Error(ts2, "Bad compression level");
            var z = Deflater.Create(level, Deflated, wbits, DefMemLevel, 0)
                ?? throw Error(ts2, "Error -2 while compressing data: inconsistent stream state");
            z.Write(data);
            z.Finish();
            return new PyBytes(z.Drain());
        }, "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\nReturns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n  level\n    Compression level, in 0-9 or -1.\n  wbits\n    The window buffer size and container format.");
        Fn("decompress", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("decompress", a, kw, ["data", "wbits", "bufsize"], 1, posOnly: 1);
            var data = Buffer(p[0]!);
            int wbits = p[1] == null ? MaxWbits : IntArg(ts2, p[1]!);
            long bufsize = p[2] == null ? DefBufSize : SsizeArg(ts2, p[2]!);
            if (bufsize < 0) throw PyErr.ValueError("bufsize must be non-negative");
            var inf = NewInflater(wbits) ?? throw Error(ts2, "Error -2 while preparing to decompress data: inconsistent stream state");
            var output = new List<byte>();
            try
            {
                inf.Feed(data);
                inf.Run(output, -1);
            }
            catch (ZlibInflater.DataError e)
            {
                throw DataError(ts2, e, "decompressing data");
            }
            if (!inf.Eof) throw Error(ts2, "Error -5 while decompressing data: incomplete or truncated stream");
            return new PyBytes(output.ToArray());
        }, "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\nReturns a bytes object containing the uncompressed data.\n\n  data\n    Compressed data.\n  wbits\n    The window buffer size and container format.\n  bufsize\n    The initial output buffer size.");
        Fn("compressobj", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("compressobj", a, kw, ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0);
            int level = p[0] == null ? -1 : IntArg(ts2, p[0]!);
            int method = p[1] == null ? Deflated : IntArg(ts2, p[1]!);
            int wbits = p[2] == null ? MaxWbits : IntArg(ts2, p[2]!);
            int memLevel = p[3] == null ? DefMemLevel : IntArg(ts2, p[3]!);
            int strategy = p[4] == null ? 0 : IntArg(ts2, p[4]!);
            if (p[5] != null)
            {
                if (!BytesMethods.IsBuffer(p[5]!)) throw PyErr.TypeError("zdict argument must support the buffer protocol");
                throw PyErr.NotImplementedError("zlib.compressobj(zdict=...): preset dictionaries are not supported by Kaa's zlib (.NET's deflater has no deflateSetDictionary)");
            }
            return PyZlibCompress.Create(ts2, level, method, wbits, memLevel, strategy);
        }, "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\nReturn a compressor object.");
        Fn("decompressobj", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("decompressobj", a, kw, ["wbits", "zdict"], 0);
            int wbits = p[0] == null ? MaxWbits : IntArg(ts2, p[0]!);
            if (p[1] != null)
            {
                if (!BytesMethods.IsBuffer(p[1]!)) throw PyErr.TypeError("zdict argument must support the buffer protocol");
                throw PyErr.NotImplementedError("zlib.decompressobj(zdict=...): preset dictionaries are not supported by Kaa's zlib");
            }
            var inf = NewInflater(wbits) ?? throw PyErr.ValueError("Invalid initialization option");
            return new PyZlibDecompress(inf);
        }, "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')\n--\n\nReturn a decompressor object.\n\n  wbits\n    The window buffer size and container format.\n  zdict\n    The predefined compression dictionary.  This must be the same\n    dictionary as used by the compressor that produced the input data.");
    }

    /// <summary>The "I" converter: any int, reduced modulo 2**32.</summary>
    private static uint UIntMask(ThreadState ts, PyObject o)
    {
        if (o is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(ts, o);
        return (uint)(ulong)(i.Big & uint.MaxValue);
    }

    private const string Doc = "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush().";
}
