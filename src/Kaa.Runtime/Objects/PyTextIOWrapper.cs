using System.Buffers;
using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _io.TextIOWrapper (Modules/_io/textio.c): text over a buffered binary stream, with an encoding,
/// an error handler, newline translation (universal newlines on input, os.linesep on output), line
/// buffering and write-through. Decoding is stateless at character boundaries (see
/// <see cref="TextCodec"/>): a trailing incomplete character, and a trailing '\r' while newlines are
/// being recognised, go back to the next chunk as bytes, so a tell() cookie is a plain byte offset
/// found by re-decoding the current chunk.
/// </summary>
public sealed partial class PyTextIOWrapper : PyIOBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("TextIOWrapper", TextIOBaseType, "_io");

    private const int ChunkSizeDefault = 8192;

    private PyObject? _buffer;
    private PyBuffered? _fastBuffer;
    private bool _detached;
    private string _encoding = "utf-8";
    private TextCodec _codec = TextCodec.Utf8;
    private string _errors = "strict";
    private PyObject _newlineArg = PyNone.Value;
    private bool _readUniversal, _readTranslate, _writeTranslate;
    private string? _readNl, _writeNl;
    private bool _lineBuffering, _writeThrough;
    private bool _seekable, _telling, _hasRead1, _readable, _writable;
    private int _chunkSize = ChunkSizeDefault;

    // Decoding: the decoded text of the last chunk and how much of it was consumed.
    private string _decoded = "";
    private int _decodedPos;
    private byte[] _pendingBytes = [];
    /// <summary>All bytes fed to the decoder for <see cref="_decoded"/> (held-back bytes included); null: no snapshot.</summary>
    private byte[]? _snapshot;
    private bool _snapshotAtStart;
    private bool _decoderAtStart = true;
    private bool? _bigEndian;
    private int _seenNewlines;

    // Encoding: bytes not yet handed to the buffer.
    private ArrayBufferWriter<byte> _pending = new(256);
    private bool _encoderAtStart = true;

    public PyTextIOWrapper(PyType type) : base(type) { }

    protected override bool? KnownClosed
        => _fastBuffer != null && !_detached && _fastBuffer.Raw is PyFileIO f && !f.ObType.IsHeapType ? f.IsClosedRaw : null;

    public string Encoding => _encoding;

    /// <summary>The wrapped buffer, or null once detached (for shutdown flushing).</summary>
    internal PyObject? GetBufferForShutdown() => _detached ? null : _buffer;
    public string Errors => _errors;
    public bool LineBuffering => _lineBuffering;

    private PyObject Buf
    {
        get
        {
            if (_detached) throw PyErr.ValueError("underlying buffer has been detached");
            return _buffer ?? throw PyErr.ValueError("I/O operation on uninitialized object");
        }
    }

    /// <summary>Builds the wrapper over a buffer (open(), the standard streams).</summary>
    public static PyTextIOWrapper Create(ThreadState ts, PyObject buffer, string? encoding, string? errors, PyObject newline,
        bool lineBuffering, bool writeThrough)
    {
        var t = new PyTextIOWrapper(TypeObject);
        t.Setup(ts, buffer, encoding, errors, newline, lineBuffering, writeThrough);
        return t;
    }

    private void Setup(ThreadState ts, PyObject buffer, string? encoding, string? errors, PyObject newline, bool lineBuffering, bool writeThrough)
    {
        ConfigureNewline(newline);
        // A re-initialized wrapper must not share pending bytes with the old buffer's close-on-collect.
        if (_buffer != null) _pending = new ArrayBufferWriter<byte>(256);
        _encoding = encoding ?? "utf-8";
        _codec = TextCodec.Lookup(ts, _encoding);
        _errors = errors ?? "strict";
        _buffer = buffer;
        _fastBuffer = buffer is PyBuffered pb && !buffer.ObType.IsHeapType ? pb : null;
        _detached = false;
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        _seekable = _telling = Ops.IsTrue(ts, Ops.CallMethod(ts, buffer, "seekable"));
        _hasRead1 = _fastBuffer != null || Ops.HasAttr(ts, buffer, PyStr.From("read1"));
        _readable = Ops.IsTrue(ts, Ops.CallMethod(ts, buffer, "readable"));
        _writable = Ops.IsTrue(ts, Ops.CallMethod(ts, buffer, "writable"));
        _decoded = "";
        _decodedPos = 0;
        _pendingBytes = [];
        _snapshot = null;
        _decoderAtStart = _encoderAtStart = true;
        // Pending encoded bytes reach the file even if this object is collected unclosed.
        if (_writable) _fastBuffer?.CloseOnCollect?.AddText(_pending);
        if (_seekable && _codec.CodecKind is TextCodec.Kind.Utf16 or TextCodec.Kind.Utf32 or TextCodec.Kind.Utf8Sig)
        {
            long pos = BufferTell(ts);
            _decoderAtStart = _encoderAtStart = pos == 0;
        }
    }

    private void ConfigureNewline(PyObject newline)
    {
        string? nl;
        if (newline is PyNone) nl = null;
        else if (newline is PyStr s)
        {
            nl = s.Value;
            if (nl is not ("" or "\n" or "\r" or "\r\n")) throw PyErr.ValueError($"illegal newline value: {nl}");
        }
        else throw PyErr.TypeError($"TextIOWrapper() argument 'newline' must be str or None, not {newline.ObType.Name}");
        _newlineArg = newline;
        _readUniversal = nl is null or "";
        _readTranslate = nl is null;
        _readNl = nl;
        _writeTranslate = nl is not "";
        _writeNl = nl is null ? (OperatingSystem.IsWindows() ? "\r\n" : "\n") : nl is "" ? null : nl;
        if (_writeNl == "\n") _writeNl = null;
    }

    // ------------------------------------------------------------ buffer calls

    private bool BufferClosed(ThreadState ts)
    {
        if (_fastBuffer != null && !_detached)
        {
            var raw = _fastBuffer.Raw;
            if (raw is PyFileIO f && !raw.ObType.IsHeapType) return f.IsClosedRaw;
        }
        return Ops.IsTrue(ts, Ops.GetAttr(ts, Buf, "closed"));
    }

    private void CheckClosedT(ThreadState ts)
    {
        if (BufferClosed(ts)) throw IoErrors.Closed();
    }

    private long BufferTell(ThreadState ts)
        => _fastBuffer != null ? _fastBuffer.Tell(ts) : Ops.IndexAsLong(ts, Ops.CallMethod(ts, Buf, "tell"));

    private void BufferWrite(ThreadState ts, byte[] data)
    {
        if (_fastBuffer != null) _fastBuffer.Write(ts, data, 0, data.Length);
        else Ops.CallMethod(ts, Buf, Names.write, new PyBytes(data));
    }

    private void BufferFlush(ThreadState ts)
    {
        if (_fastBuffer != null) _fastBuffer.Flush(ts);
        else Ops.CallMethod(ts, Buf, Names.flush);
    }

    private byte[] BufferRead1(ThreadState ts, int size)
    {
        if (_fastBuffer != null) return _fastBuffer.Read1(ts, size);
        var r = Ops.CallMethod(ts, Buf, _hasRead1 ? "read1" : "read", PyInt.From(size));
        if (r is PyNone) return [];
        return r is PyBytes b ? b.Value
            : throw PyErr.TypeError($"underlying {(_hasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{r.ObType.Name}'");
    }

    private byte[] BufferReadAll(ThreadState ts)
    {
        if (_fastBuffer != null) return _fastBuffer.Read(ts, -1) ?? [];
        var r = Ops.CallMethod(ts, Buf, "read");
        if (r is PyNone) return [];
        return r is PyBytes b ? b.Value : throw PyErr.TypeError($"underlying read() should have returned a bytes object, not '{r.ObType.Name}'");
    }

    // ------------------------------------------------------------ writing

    /// <summary>TextIOWrapper.write: the path print() takes for sys.stdout.</summary>
    public int Write(ThreadState ts, string text)
    {
        CheckClosedT(ts);
        if (!_writable) throw IoErrors.Unsupported("not writable");
        bool hasLf = text.Contains('\n');
        bool needFlush = _lineBuffering && (hasLf || text.Contains('\r'));
        if (hasLf && _writeTranslate && _writeNl != null) text = text.Replace("\n", _writeNl);
        if (_snapshot != null || _decoded.Length > 0)
        {
            _decoded = "";
            _decodedPos = 0;
            _snapshot = null;
            _pendingBytes = [];
        }
        // Bytes pending here may be written straight to the raw file at collect time, so the raw position
        // must already be the logical one (the buffer would drop its read-ahead on the next write anyway).
        if (_fastBuffer != null && _fastBuffer.HasReadAhead) _fastBuffer.DropReadAheadLocked(ts);
        _codec.Encode(ts, text, _errors, _pending, _encoderAtStart);
        _encoderAtStart = false;
        if (_pending.WrittenCount > _chunkSize || needFlush || _writeThrough) FlushPending(ts);
        if (needFlush) BufferFlush(ts);
        return text.Length == 0 ? 0 : new PyStr(text).CodePointLength;
    }

    private void FlushPending(ThreadState ts)
    {
        if (_pending.WrittenCount == 0) return;
        var data = _pending.WrittenSpan.ToArray();
        _pending.Clear();
        BufferWrite(ts, data);
    }

    public void Flush(ThreadState ts)
    {
        CheckClosedT(ts);
        _telling = _seekable;
        FlushPending(ts);
        BufferFlush(ts);
    }

    /// <summary>For .NET callers without a ThreadState at hand (the command line at exit): flushes, ignoring errors.</summary>
    public void Flush()
    {
        if (ThreadState.Current is { } ts) FlushQuietly(ts);
    }

    /// <summary>Flushes what can be flushed without raising (interpreter shutdown).</summary>
    public void FlushQuietly(ThreadState ts)
    {
        try
        {
            if (!_detached && _buffer != null && !BufferClosed(ts)) Flush(ts);
        }
        catch (PyException)
        {
        }
    }

    // ------------------------------------------------------------ reading

    private static bool IsBomCodec(TextCodec c) => c.CodecKind is TextCodec.Kind.Utf16 or TextCodec.Kind.Utf32 or TextCodec.Kind.Utf8Sig;

    /// <summary>Decodes data (held-back bytes first) into translated text; sets the bytes to hold back.</summary>
    private string DecodeChunk(ThreadState ts, byte[] data, bool final, bool atStart, out int consumed)
    {
        var be = _bigEndian;
        var text = _codec.Decode(ts, data, _errors, final, out consumed, ref be, atStart && IsBomCodec(_codec));
        _bigEndian = be;
        if (_readUniversal && !final && text.Length > 0 && text[^1] == '\r')
        {
            text = text[..^1];
            consumed -= CrLength;
        }
        return TranslateIn(text, record: true);
    }

    private int CrLength => _codec.CodecKind switch
    {
        TextCodec.Kind.Utf16 or TextCodec.Kind.Utf16Le or TextCodec.Kind.Utf16Be => 2,
        TextCodec.Kind.Utf32 or TextCodec.Kind.Utf32Le or TextCodec.Kind.Utf32Be => 4,
        _ => 1,
    };

    private string TranslateIn(string text, bool record)
    {
        if (!_readUniversal || text.IndexOf('\r') < 0)
        {
            if (record && _readUniversal && text.Contains('\n')) _seenNewlines |= 2;
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    if (record) _seenNewlines |= 4;
                    sb.Append(_readTranslate ? "\n" : "\r\n");
                    i++;
                }
                else
                {
                    if (record) _seenNewlines |= 1;
                    sb.Append(_readTranslate ? '\n' : '\r');
                }
            }
            else
            {
                if (c == '\n' && record) _seenNewlines |= 2;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Reads and decodes one chunk; false at end of file (with nothing more decoded).</summary>
    private bool ReadChunk(ThreadState ts)
    {
        var input = BufferRead1(ts, _chunkSize);
        bool eof = input.Length == 0;
        byte[] data;
        if (_pendingBytes.Length == 0) data = input;
        else
        {
            data = new byte[_pendingBytes.Length + input.Length];
            _pendingBytes.CopyTo(data, 0);
            input.CopyTo(data, _pendingBytes.Length);
        }
        bool atStart = _decoderAtStart;
        var text = DecodeChunk(ts, data, eof, atStart, out int consumed);
        _decoderAtStart = _decoderAtStart && consumed == 0;
        _pendingBytes = consumed == data.Length ? [] : data[consumed..];
        _snapshot = data;
        _snapshotAtStart = atStart;
        _decoded = text;
        _decodedPos = 0;
        return !eof || text.Length > 0;
    }

    private void CheckReadable(ThreadState ts)
    {
        if (!_readable) throw IoErrors.Unsupported("not readable");
    }

    /// <summary>Advances over n code points of the decoded text (or to its end).</summary>
    private string TakeDecoded(long n)
    {
        int start = _decodedPos;
        int avail = _decoded.Length - start;
        int units = (int)Math.Min(n, avail);
        // Count code points, not UTF-16 units: a surrogate pair is one character.
        int i = start, cps = 0;
        while (i < _decoded.Length && cps < n)
        {
            i += char.IsHighSurrogate(_decoded[i]) && i + 1 < _decoded.Length && char.IsLowSurrogate(_decoded[i + 1]) ? 2 : 1;
            cps++;
        }
        _ = units;
        _decodedPos = i;
        return _decoded.Substring(start, i - start);
    }

    public string Read(ThreadState ts, long n)
    {
        CheckClosedT(ts);
        CheckReadable(ts);
        FlushPending(ts);
        if (n < 0)
        {
            var rest = _decoded[_decodedPos..];
            var all = BufferReadAll(ts);
            byte[] data = all;
            if (_pendingBytes.Length > 0)
            {
                data = new byte[_pendingBytes.Length + all.Length];
                _pendingBytes.CopyTo(data, 0);
                all.CopyTo(data, _pendingBytes.Length);
            }
            var text = DecodeChunk(ts, data, true, _decoderAtStart, out _);
            _decoderAtStart = false;
            _pendingBytes = [];
            _decoded = "";
            _decodedPos = 0;
            _snapshot = null;
            return rest + text;
        }
        var sb = new StringBuilder();
        long need = n;
        while (need > 0)
        {
            if (_decodedPos >= _decoded.Length && !ReadChunk(ts)) break;
            var part = TakeDecoded(need);
            sb.Append(part);
            need -= part.Length == 0 ? 0 : new PyStr(part).CodePointLength;
        }
        return sb.ToString();
    }

    /// <summary>Index just past the first line end in s at or after start, or -1.</summary>
    private int FindLineEnd(string s, int start, bool prevWasCr)
    {
        if (_readTranslate || _readNl == "\n")
        {
            int i = s.IndexOf('\n', start);
            return i < 0 ? -1 : i + 1;
        }
        if (_readUniversal)
        {
            int i = s.AsSpan(start).IndexOfAny('\r', '\n');
            if (i < 0) return -1;
            i += start;
            if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') return i + 2;
            return i + 1;
        }
        if (_readNl == "\r")
        {
            int i = s.IndexOf('\r', start);
            return i < 0 ? -1 : i + 1;
        }
        // "\r\n", possibly split between the previous chunk and this one.
        if (prevWasCr && start < s.Length && s[start] == '\n') return start + 1;
        int k = s.IndexOf("\r\n", start, StringComparison.Ordinal);
        return k < 0 ? -1 : k + 2;
    }

    public string ReadLine(ThreadState ts, long limit)
    {
        CheckClosedT(ts);
        CheckReadable(ts);
        FlushPending(ts);
        StringBuilder? sb = null;
        while (true)
        {
            var s = _decoded;
            int p = _decodedPos;
            bool prevCr = sb != null && sb.Length > 0 && sb[^1] == '\r';
            int end = FindLineEnd(s, p, prevCr);
            int have = sb?.Length ?? 0;
            if (end >= 0 && (limit < 0 || have + (end - p) <= limit))
            {
                _decodedPos = end;
                if (sb == null) return s.Substring(p, end - p);
                sb.Append(s, p, end - p);
                return sb.ToString();
            }
            if (limit >= 0 && have + (s.Length - p) >= limit)
            {
                var part = TakeDecoded(limit - have);
                if (sb == null) return part;
                sb.Append(part);
                return sb.ToString();
            }
            (sb ??= new StringBuilder()).Append(s, p, s.Length - p);
            _decodedPos = s.Length;
            if (!ReadChunk(ts)) return sb.ToString();
        }
    }

    // ------------------------------------------------------------ positioning

    public long Tell(ThreadState ts)
    {
        CheckClosedT(ts);
        if (!_seekable) throw IoErrors.Unsupported("underlying stream is not seekable");
        if (!_telling) throw PyErr.New(PyExc.OSError, "telling position disabled by next() call");
        Flush(ts);
        long pos = BufferTell(ts);
        if (_snapshot == null) return pos;
        long start = pos - _snapshot.Length;
        if (_decodedPos == 0) return start;
        if (_decodedPos >= _decoded.Length) return pos - _pendingBytes.Length;
        // Re-decode growing prefixes of the chunk: the cookie is the shortest prefix that yields the
        // characters consumed so far (the count grows with the prefix length, so bisect).
        var data = _snapshot;
        int lo = 0, hi = data.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (CountDecoded(ts, data, mid) >= _decodedPos) hi = mid;
            else lo = mid + 1;
        }
        return start + lo;
    }

    private int CountDecoded(ThreadState ts, byte[] data, int n)
    {
        bool? be = null;
        var text = _codec.Decode(ts, data.AsSpan(0, n), _errors, false, out _, ref be, _snapshotAtStart && IsBomCodec(_codec));
        if (_readUniversal && text.Length > 0 && text[^1] == '\r') text = text[..^1];
        return TranslateIn(text, record: false).Length;
    }

    public long Seek(ThreadState ts, PyObject cookieObj, int whence)
    {
        CheckClosedT(ts);
        if (!_seekable) throw IoErrors.Unsupported("underlying stream is not seekable");
        long cookie;
        switch (whence)
        {
            case 1:
                if (!IsZero(ts, cookieObj)) throw IoErrors.Unsupported("can't do nonzero cur-relative seeks");
                return Tell(ts);
            case 2:
                if (!IsZero(ts, cookieObj)) throw IoErrors.Unsupported("can't do nonzero end-relative seeks");
                Flush(ts);
                ResetDecoder();
                long end = _fastBuffer != null ? _fastBuffer.Seek(ts, 0, 2) : Ops.IndexAsLong(ts, Ops.CallMethod(ts, Buf, "seek", PyInt.Zero, PyInt.From(2)));
                _decoderAtStart = _encoderAtStart = end == 0;
                return end;
            case 0:
                break;
            default:
                throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        if (cookieObj is PyFloat) throw PyErr.TypeError("an integer is required");
        cookie = IntArg(ts, cookieObj);
        if (cookie < 0) throw PyErr.ValueError($"negative seek position {cookie}");
        Flush(ts);
        ResetDecoder();
        if (_fastBuffer != null) _fastBuffer.Seek(ts, cookie, 0);
        else Ops.CallMethod(ts, Buf, "seek", PyInt.From(cookie));
        _decoderAtStart = _encoderAtStart = cookie == 0;
        return cookie;
    }

    private static bool IsZero(ThreadState ts, PyObject o) => Ops.RichCompareBool(ts, o, PyInt.Zero, CompareOp.Eq);

    private void ResetDecoder()
    {
        _decoded = "";
        _decodedPos = 0;
        _pendingBytes = [];
        _snapshot = null;
        _telling = _seekable;
    }

    public void Close(ThreadState ts)
    {
        if (BufferClosed(ts)) return;
        PyException? error = null;
        try { Flush(ts); }
        catch (PyException e) { error = e; }
        try
        {
            if (_fastBuffer != null) _fastBuffer.Close(ts);
            else Ops.CallMethod(ts, Buf, Names.close);
        }
        catch (PyException e)
        {
            if (error != null) e.Value.Context ??= error.Value;
            error = e;
        }
        if (error != null) throw error;
    }

    private PyObject NewlinesValue()
    {
        if (!_readUniversal) return PyNone.Value;
        var seen = new List<PyObject>();
        if ((_seenNewlines & 1) != 0) seen.Add(PyStr.From("\r"));
        if ((_seenNewlines & 2) != 0) seen.Add(PyStr.From("\n"));
        if ((_seenNewlines & 4) != 0) seen.Add(PyStr.From("\r\n"));
        return seen.Count switch { 0 => PyNone.Value, 1 => seen[0], _ => new PyTuple(seen.ToArray()) };
    }
}
