using System.Buffers;
using System.Runtime.InteropServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// A BufferedWriter/BufferedRandom's write buffer, kept in its own object so that a
/// <see cref="IoCloseOnCollect"/> can reach the bytes without holding the Python object. It is also the
/// buffered object's lock (CPython's ENTER_BUFFERED), so whoever flushes it from outside takes the same lock.
/// </summary>
internal sealed class IoWriteBuffer
{
    internal byte[] Data = [];
    internal int Length;
}

/// <summary>
/// "Close on collect" for a writable FileIO and the buffers stacked on it. CPython closes (and so
/// flushes) a file when its last reference goes away; under the .NET GC an abandoned
/// <c>open(p, 'w').write(s)</c> would otherwise lose the bytes still buffered in the BufferedWriter and the
/// TextIOWrapper. This object holds only the stream and those buffers (never a Python object), so its
/// finalizer can write them and close the fd on the finalizer thread without a GIL and without running
/// Python code. It is created by an exact FileIO opened for writing; an exact BufferedWriter/Random over
/// that FileIO adds its write buffer and an exact TextIOWrapper over that adds its encoded pending bytes.
/// On disk the buffered layer's bytes come before the text layer's (the text layer hands its bytes
/// down only when it flushes), so buffers are written first, then text.
/// Ordering with the fd: the stream's own finalizer (a FileStream's) is suppressed and the SafeFileHandle is a critical
/// finalizer, which the runtime runs after the ordinary finalizers of objects collected with it, so the
/// handle is still open when this finalizer writes. The interpreter also keeps long weak references to
/// these objects (<see cref="IoModule"/>), which stay valid while a finalizer is pending, so exit and a
/// re-open of the same path for reading can flush files whose Python objects are already gone.
/// </summary>
internal sealed class IoCloseOnCollect
{
    private readonly Lock _gate = new();
    private Stream? _stream;
    private readonly bool _appending;
    /// <summary>False for closefd=False: the fd belongs to someone else and is only flushed, never closed.</summary>
    private readonly bool _closeFd;
    /// <summary>For closefd=False: the (st_dev, st_ino) of the fd at open, to make sure a collect-time flush
    /// goes to the same file and not to a file that reused the fd number after its owner closed it.</summary>
    private readonly (ulong Dev, ulong Ino)? _identity;
    private IoWriteBuffer[] _buffers = [];
    private ArrayBufferWriter<byte>[] _texts = [];

    /// <summary>The full path opened (for flushing before the same path is opened for reading).</summary>
    internal readonly string? FullPath;

    internal IoCloseOnCollect(Stream stream, bool appending, bool closeFd, int fd, string? fullPath)
    {
        _stream = stream;
        _appending = appending;
        _closeFd = closeFd;
        FullPath = fullPath;
        if (!closeFd) _identity = Identity(fd);
        // A FileStream must not finalize itself before this object has written through it.
        GC.SuppressFinalize(stream);
    }

    internal bool IsClosed => _stream == null;

    /// <summary>Adds a buffered layer's write buffer (written before any text layer's bytes).</summary>
    internal void AddBuffer(IoWriteBuffer b)
    {
        lock (_gate)
            if (Array.IndexOf(_buffers, b) < 0) _buffers = [.. _buffers, b];
    }

    /// <summary>Adds a text layer's encoded-but-unflushed bytes.</summary>
    internal void AddText(ArrayBufferWriter<byte> pending)
    {
        lock (_gate)
            if (Array.IndexOf(_texts, pending) < 0) _texts = [.. _texts, pending];
    }

    /// <summary>The FileIO was closed (or re-opened): nothing is left to do at collect time.</summary>
    internal void MarkClosed()
    {
        lock (_gate) _stream = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Writes the pending bytes of every layer to the file, for a caller holding the GIL (interpreter exit,
    /// a re-open of the path for reading). A buffered layer's lock is taken the way the buffered object
    /// takes it, dropping the GIL while another thread holds it. Errors are ignored, as at shutdown.
    /// </summary>
    internal void FlushPending(ThreadState ts)
    {
        IoWriteBuffer[] buffers;
        lock (_gate)
        {
            if (_stream == null) return;
            buffers = _buffers;
        }
        int taken = 0;
        try
        {
            foreach (var b in buffers)
            {
                if (!Monitor.TryEnter(b)) ts.WithoutGil(() => Monitor.Enter(b));
                taken++;
            }
            WriteAll(buffers);
        }
        finally
        {
            for (int i = 0; i < taken; i++) Monitor.Exit(buffers[i]);
        }
    }

    private void WriteAll(IoWriteBuffer[] buffers)
    {
        lock (_gate)
        {
            var s = _stream;
            if (s == null) return;
            try
            {
                foreach (var b in buffers)
                {
                    if (b.Length == 0) continue;
                    Write(s, b.Data, b.Length);
                    b.Length = 0;
                }
                foreach (var t in _texts)
                {
                    if (t.WrittenCount == 0) continue;
                    var data = t.WrittenSpan.ToArray();
                    t.Clear();
                    Write(s, data, data.Length);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
            }
        }
    }

    private void Write(Stream s, byte[] data, int count)
    {
        if (_appending && s.CanSeek) s.Seek(0, SeekOrigin.End);
        s.Write(data, 0, count);
    }

    /// <summary>Runs on the finalizer thread once the FileIO (and so everything stacked on it) is unreachable.</summary>
    ~IoCloseOnCollect()
    {
        try
        {
            Stream? s;
            lock (_gate) s = _stream;
            if (s == null) return;
            if (_closeFd || (_identity is { } id && Identity(FdOf(s)) == id))
            {
                foreach (var b in _buffers) Monitor.Enter(b);
                try { WriteAll(_buffers); }
                finally { foreach (var b in _buffers) Monitor.Exit(b); }
            }
            lock (_gate) _stream = null;
            if (_closeFd) s.Dispose();
        }
        catch (Exception)
        {
            // An exception escaping a finalizer ends the process; a file that cannot be written at
            // collect time loses its data, as a failing close() in CPython's dealloc does (it only warns).
        }
    }

    private static int FdOf(Stream s)
    {
        var h = s switch { IoFdStream fd => fd.SafeFileHandle, FileStream fs => fs.SafeFileHandle, _ => null };
        return h != null && !h.IsClosed ? (int)h.DangerousGetHandle() : -1;
    }

    [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static extern unsafe int FStat(int fd, byte* buf);

    /// <summary>st_dev and st_ino of an fd (both 64-bit at offsets 0 and 8 in every 64-bit Linux struct stat); null if unknown.</summary>
    private static unsafe (ulong, ulong)? Identity(int fd)
    {
        if (fd < 0 || !PosixModule.NativeStat) return null;
        byte* buf = stackalloc byte[256];
        if (FStat(fd, buf) != 0) return null;
        return (*(ulong*)buf, *(ulong*)(buf + 8));
    }
}
