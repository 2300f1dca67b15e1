using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Kaa.Runtime;

/// <summary>
/// The stream under a FileIO on Unix: read(2), write(2) and lseek(2) on the fd, as CPython's fileio.c
/// does. .NET's FileStream keeps its own file position for seekable files and uses pread/pwrite, so the
/// kernel's offset never moves: a child process given the fd (<c>subprocess.run(..., stdout=f)</c>), an
/// <c>os.write</c> on a shared fd or an <c>open(fd, closefd=False)</c> wrapper would all write over
/// each other. The fd is owned (or not, for closefd=False) by a <see cref="SafeFileHandle"/>, whose
/// critical finalizer closes it if nothing else does. Errors are IOExceptions whose HResult is the errno,
/// which <see cref="IoErrors.FromDotnet"/> turns into the OSError CPython raises.
/// </summary>
public sealed class IoFdStream : Stream
{
    private readonly SafeFileHandle _handle;
    private readonly bool _canRead, _canWrite, _canSeek;
    private bool _disposed;

    internal IoFdStream(SafeFileHandle handle, bool canRead, bool canWrite)
    {
        _handle = handle;
        _canRead = canRead;
        _canWrite = canWrite;
        _canSeek = LSeek(Fd, 0, SeekCur) >= 0;
    }

    internal SafeFileHandle SafeFileHandle => _handle;

    /// <summary>A write stream on an inherited descriptor the process does not own (the command's
    /// redirected stdout/stderr): plain write(2) on the shared file offset, and a closed pipe is an
    /// EPIPE error (BrokenPipeError), where .NET's console stream drops the output silently.</summary>
    public static Stream ForInheritedOutput(int fd) => new IoFdStream(new SafeFileHandle(fd, ownsHandle: false), canRead: false, canWrite: true);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)] private static extern int SysOpen(byte[] path, int flags, int mode);

    /// <summary>open(path, flags, 0666), retried on EINTR; the fd, or -1 with the errno.</summary>
    internal static int OpenPath(byte[] nulTerminatedPath, int flags, out int errno)
    {
        while (true)
        {
            int fd = SysOpen(nulTerminatedPath, flags, 0x1B6);
            errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (fd >= 0 || errno != EINTR) return fd;
        }
    }

    /// <summary>Whether fd is an open descriptor (CPython's FileIO(fd) fails with EBADF otherwise).</summary>
    internal static unsafe bool IsValidFd(int fd)
    {
        byte* buf = stackalloc byte[256];
        return FStat(fd, buf) == 0;
    }

    internal int Fd => (int)_handle.DangerousGetHandle();

    public override bool CanRead => !_disposed && _canRead;
    public override bool CanWrite => !_disposed && _canWrite;
    public override bool CanSeek => !_disposed && _canSeek;

    private const int SeekSet = 0, SeekCur = 1, SeekEnd = 2, EINTR = 4;

    [DllImport("libc", EntryPoint = "read", SetLastError = true)] private static extern unsafe nint SysRead(int fd, byte* buf, nint count);
    [DllImport("libc", EntryPoint = "write", SetLastError = true)] private static extern unsafe nint SysWrite(int fd, byte* buf, nint count);
    [DllImport("libc", EntryPoint = "lseek", SetLastError = true)] private static extern long LSeek(int fd, long offset, int whence);
    [DllImport("libc", EntryPoint = "ftruncate", SetLastError = true)] private static extern int FTruncate(int fd, long length);
    [DllImport("libc", EntryPoint = "fstat", SetLastError = true)] private static extern unsafe int FStat(int fd, byte* buf);

    private static IOException Error() => Error(Marshal.GetLastPInvokeError());

    private static IOException Error(int errno) => new(Marshal.GetPInvokeErrorMessage(errno), errno);

    private void CheckOpen() => ObjectDisposedException.ThrowIf(_disposed, this);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override unsafe int Read(Span<byte> buffer)
    {
        CheckOpen();
        fixed (byte* p = buffer)
        {
            while (true)
            {
                nint n = SysRead(Fd, p, buffer.Length);
                if (n >= 0) return (int)n;
                int errno = Marshal.GetLastPInvokeError();
                if (errno != EINTR) throw Error(errno);
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        CheckOpen();
        fixed (byte* p = buffer)
        {
            int done = 0;
            while (done < buffer.Length)
            {
                nint n = SysWrite(Fd, p + done, buffer.Length - done);
                if (n < 0)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno == EINTR) continue;
                    throw Error(errno);
                }
                done += (int)n;
            }
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        CheckOpen();
        long r = LSeek(Fd, offset, origin switch { SeekOrigin.Begin => SeekSet, SeekOrigin.Current => SeekCur, _ => SeekEnd });
        return r >= 0 ? r : throw Error();
    }

    public override long Position
    {
        get => Seek(0, SeekOrigin.Current);
        set => Seek(value, SeekOrigin.Begin);
    }

    public override unsafe long Length
    {
        get
        {
            CheckOpen();
            // st_size is at offset 48 in both 64-bit Linux layouts (x86_64 and the generic one).
            byte* buf = stackalloc byte[256];
            if (FStat(Fd, buf) != 0) throw Error();
            return *(long*)(buf + 48);
        }
    }

    public override void SetLength(long value)
    {
        CheckOpen();
        while (FTruncate(Fd, value) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR) throw Error(errno);
        }
    }

    public override void Flush() { }

    protected override void Dispose(bool disposing)
    {
        if (_disposed) return;
        _disposed = true;
        if (disposing) _handle.Dispose();
        base.Dispose(disposing);
    }
}
