using System.Runtime.InteropServices;
using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The fcntl module (Modules/fcntlmodule.c) on 64-bit Linux: fcntl, ioctl, flock and lockf over libc,
/// with CPython's argument rules (an int argument is passed as is and the call's result returned; a
/// bytes/str argument is copied into a 1024-byte buffer and the buffer returned; ioctl on a writable
/// buffer with mutate_flag writes the result back). Calls that can block (F_SETLKW, flock, lockf
/// without LOCK_NB) release the GIL and are retried on EINTR after pending signals ran (PEP 475).
/// </summary>
public static class FcntlModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "fcntl", Exec = Exec };

    /// <summary>Linux x86-64/aarch64 values (fcntl.h, linux/fs.h), as CPython 3.13 exports them there.</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<(string, long)> Constants =
    [
        ("DN_ACCESS", 1), ("DN_ATTRIB", 32), ("DN_CREATE", 4), ("DN_DELETE", 8), ("DN_MODIFY", 2), ("DN_MULTISHOT", 2147483648),
        ("DN_RENAME", 16), ("FASYNC", 8192), ("FD_CLOEXEC", 1), ("FICLONE", 1074041865), ("FICLONERANGE", 1075876877),
        ("F_ADD_SEALS", 1033), ("F_DUPFD", 0), ("F_DUPFD_CLOEXEC", 1030), ("F_EXLCK", 4), ("F_GETFD", 1), ("F_GETFL", 3),
        ("F_GETLEASE", 1025), ("F_GETLK", 5), ("F_GETLK64", 5), ("F_GETOWN", 9), ("F_GETOWN_EX", 16), ("F_GETPIPE_SZ", 1032),
        ("F_GETSIG", 11), ("F_GET_FILE_RW_HINT", 1037), ("F_GET_RW_HINT", 1035), ("F_GET_SEALS", 1034), ("F_NOTIFY", 1026),
        ("F_OFD_GETLK", 36), ("F_OFD_SETLK", 37), ("F_OFD_SETLKW", 38), ("F_OWNER_PGRP", 2), ("F_OWNER_PID", 1),
        ("F_OWNER_TID", 0), ("F_RDLCK", 0), ("F_SEAL_FUTURE_WRITE", 16), ("F_SEAL_GROW", 4), ("F_SEAL_SEAL", 1),
        ("F_SEAL_SHRINK", 2), ("F_SEAL_WRITE", 8), ("F_SETFD", 2), ("F_SETFL", 4), ("F_SETLEASE", 1024), ("F_SETLK", 6),
        ("F_SETLK64", 6), ("F_SETLKW", 7), ("F_SETLKW64", 7), ("F_SETOWN", 8), ("F_SETOWN_EX", 15), ("F_SETPIPE_SZ", 1031),
        ("F_SETSIG", 10), ("F_SET_FILE_RW_HINT", 1038), ("F_SET_RW_HINT", 1036), ("F_SHLCK", 8), ("F_UNLCK", 2), ("F_WRLCK", 1),
        ("LOCK_EX", 2), ("LOCK_MAND", 32), ("LOCK_NB", 4), ("LOCK_READ", 64), ("LOCK_RW", 192), ("LOCK_SH", 1), ("LOCK_UN", 8),
        ("LOCK_WRITE", 128), ("RWH_WRITE_LIFE_EXTREME", 5), ("RWH_WRITE_LIFE_LONG", 4), ("RWH_WRITE_LIFE_MEDIUM", 3),
        ("RWH_WRITE_LIFE_NONE", 1), ("RWH_WRITE_LIFE_NOT_SET", 0), ("RWH_WRITE_LIFE_SHORT", 2),
    ];

    private const int BufSize = 1024, EINTR = 4;
    private const int F_SETLK = 6, F_SETLKW = 7, F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;
    private const int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] private static extern int FcntlInt(int fd, int cmd, nint arg);
    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] private static extern unsafe int FcntlPtr(int fd, int cmd, byte* arg);
    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)] private static extern int IoctlInt(int fd, nuint request, nint arg);
    [DllImport("libc", EntryPoint = "ioctl", SetLastError = true)] private static extern unsafe int IoctlPtr(int fd, nuint request, byte* arg);
    [DllImport("libc", EntryPoint = "flock", SetLastError = true)] private static extern int Flock(int fd, int operation);

    private static void Exec(ThreadState ts, PyModule m)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            throw PyErr.ImportError("fcntl: Kaa implements the fcntl module on 64-bit Linux only");
        m.Set("__doc__", PyStr.From("This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
            + "routines.  File descriptors can be obtained with the fileno() method of\na file or socket object."));
        foreach (var (name, value) in Constants) m.Set(name, PyInt.From(value));
        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));
        Fn("fcntl", FcntlFn, "Perform the operation `cmd` on file descriptor fd.");
        Fn("ioctl", IoctlFn, "Perform the operation `request` on file descriptor `fd`.");
        Fn("flock", FlockFn, "Perform the lock operation `operation` on file descriptor `fd`.");
        Fn("lockf", LockfFn, "A wrapper around the fcntl() locking calls.");
    }

    /// <summary>PyObject_AsFileDescriptor with PyLong_AsInt's overflow error (fcntl, termios).</summary>
    internal static int AsFileDescriptor(ThreadState ts, PyObject o)
    {
        int fd;
        if (o is PyInt) fd = ResourceModule.AsCInt(ts, o);
        else if (Ops.TryGetAttr(ts, o, PyStr.From("fileno"), out var meth))
        {
            var r = Ops.Call(ts, meth!);
            if (r is not PyInt) throw PyErr.TypeError("fileno() returned a non-integer");
            fd = ResourceModule.AsCInt(ts, r);
        }
        else throw PyErr.TypeError("argument must be an int, or have a fileno() method.");
        if (fd < 0) throw PyErr.ValueError($"file descriptor cannot be a negative integer ({fd})");
        return fd;
    }

    /// <summary>Argument Clinic's checks for positional-only parameters, with its messages; missing optionals are null.</summary>
    internal static PyObject?[] Positional(string name, ReadOnlySpan<PyObject> a, PyTuple? kw, int min, int max)
    {
        if (kw != null && kw.Items.Length > 0) throw PyErr.TypeError($"fcntl.{name}() takes no keyword arguments");
        if (a.Length < min || a.Length > max)
        {
            string bound = min == max ? "" : a.Length < min ? "at least " : "at most ";
            throw PyErr.TypeError($"{name} expected {bound}{(a.Length < min ? min : max)} argument{((a.Length < min ? min : max) == 1 ? "" : "s")}, got {a.Length}");
        }
        var r = new PyObject?[max];
        for (int i = 0; i < a.Length; i++) r[i] = a[i];
        return r;
    }

    /// <summary>Runs a libc call with the GIL released, retrying on EINTR after signal handlers ran.</summary>
    private static int Call(ThreadState ts, Func<int> call)
    {
        while (true)
        {
            int errno = 0;
            int r = ts.WithoutGil(() =>
            {
                int x = call();
                if (x == -1) errno = Marshal.GetLastPInvokeError();
                return x;
            });
            if (r != -1) return r;
            if (errno != EINTR) throw IoErrors.OSError(errno);
            ts.Interp.RunPendingCalls(ts);
        }
    }

    /// <summary>A read-only argument's bytes (bytes, str as UTF-8, a read-only buffer), or null.</summary>
    private static byte[]? ReadOnlyBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyStr s => Encoding.UTF8.GetBytes(s.Value),
        IBufferExporter { ExportReadOnly: true } e => e.ExportBuffer().ToArray(),
        _ => null,
    };

    private static PyObject FcntlFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Positional("fcntl", a, kw, 2, 3);
        int fd = AsFileDescriptor(ts, p[0]!);
        int cmd = ResourceModule.AsCInt(ts, p[1]!);
        var arg = p[2];
        SysModule.Audit(ts, PyStr.From("fcntl.fcntl"), new PyTuple([PyInt.From(fd), PyInt.From(cmd), arg ?? PyInt.Zero]));
        if (arg != null && (arg is PyBytes or PyStr || arg is IBufferExporter { ExportReadOnly: true }))
        {
            var data = ReadOnlyBytes(arg)!;
            if (data.Length > BufSize) throw PyErr.ValueError("fcntl string arg too long");
            var buf = new byte[BufSize];
            data.CopyTo(buf, 0);
            unsafe
            {
                Call(ts, () => { fixed (byte* b = buf) return FcntlPtr(fd, cmd, b); });
            }
            return new PyBytes(buf.AsSpan(0, data.Length).ToArray());
        }
        // CPython parses fcntl's int argument with "I": an unsigned int, masked without overflow check
        // (DN_MULTISHOT is 2**31).
        uint value = arg == null ? 0 : (uint)(ulong)(Ops.Index(ts, arg).Big & uint.MaxValue);
        return PyInt.From(Call(ts, () => FcntlInt(fd, cmd, (nint)value)));
    }

    private static PyObject IoctlFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Positional("ioctl", a, kw, 2, 4);
        int fd = AsFileDescriptor(ts, p[0]!);
        // The request is an unsigned long taken bitwise, as CPython's converter does.
        var req = Ops.Index(ts, p[1]!).Big;
        nuint request = (nuint)(ulong)(req & ulong.MaxValue);
        var arg = p[2];
        bool mutate = p[3] == null || Ops.IsTrue(ts, p[3]!);
        SysModule.Audit(ts, PyStr.From("fcntl.ioctl"), new PyTuple([PyInt.From(fd), PyInt.From(req), arg ?? PyInt.Zero]));
        if (arg is PyByteArray or IBufferExporter { ExportReadOnly: false })
        {
            Span<byte> live = arg is PyByteArray ba ? ba.AsSpan() : ((IBufferExporter)arg).ExportBuffer();
            var buf = new byte[Math.Max(BufSize, live.Length)];
            live.CopyTo(buf);
            int len = live.Length;
            if (mutate && len > BufSize) buf = live.ToArray();
            int r;
            unsafe
            {
                r = Call(ts, () => { fixed (byte* b = buf) return IoctlPtr(fd, request, b); });
            }
            if (mutate)
            {
                Span<byte> now = arg is PyByteArray ba2 ? ba2.AsSpan() : ((IBufferExporter)arg).ExportBuffer();
                buf.AsSpan(0, Math.Min(len, now.Length)).CopyTo(now);
                return PyInt.From(r);
            }
            if (len > BufSize) throw PyErr.ValueError("ioctl string arg too long");
            return new PyBytes(buf.AsSpan(0, len).ToArray());
        }
        if (arg != null && ReadOnlyBytes(arg) is { } data)
        {
            if (data.Length > BufSize) throw PyErr.ValueError("ioctl string arg too long");
            var buf = new byte[BufSize];
            data.CopyTo(buf, 0);
            unsafe
            {
                Call(ts, () => { fixed (byte* b = buf) return IoctlPtr(fd, request, b); });
            }
            return new PyBytes(buf.AsSpan(0, data.Length).ToArray());
        }
        long value = arg == null ? 0 : ResourceModule.AsCInt(ts, arg);
        return PyInt.From(Call(ts, () => IoctlInt(fd, request, (nint)value)));
    }

    private static PyObject FlockFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Positional("flock", a, kw, 2, 2);
        int fd = AsFileDescriptor(ts, p[0]!);
        int op = ResourceModule.AsCInt(ts, p[1]!);
        SysModule.Audit(ts, PyStr.From("fcntl.flock"), new PyTuple([PyInt.From(fd), PyInt.From(op)]));
        Call(ts, () => Flock(fd, op));
        return PyNone.Value;
    }

    private static unsafe PyObject LockfFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Positional("lockf", a, kw, 2, 5);
        int fd = AsFileDescriptor(ts, p[0]!);
        int code = ResourceModule.AsCInt(ts, p[1]!);
        var lenObj = p[2] ?? PyInt.Zero;
        var startObj = p[3] ?? PyInt.Zero;
        int whence = p[4] == null ? 0 : ResourceModule.AsCInt(ts, p[4]!);
        SysModule.Audit(ts, PyStr.From("fcntl.lockf"), new PyTuple([PyInt.From(fd), PyInt.From(code), lenObj, startObj, PyInt.From(whence)]));
        short type;
        if (code == LOCK_UN) type = F_UNLCK;
        else if ((code & LOCK_SH) != 0) type = F_RDLCK;
        else if ((code & LOCK_EX) != 0) type = F_WRLCK;
        else throw PyErr.ValueError("unrecognized lockf argument");
        long start = ResourceModule.AsLongLong(ts, startObj), len = ResourceModule.AsLongLong(ts, lenObj);
        // struct flock on 64-bit Linux: short l_type, short l_whence, (pad), off_t l_start, off_t l_len, pid_t l_pid.
        var fl = new byte[32];
        fixed (byte* f = fl)
        {
            *(short*)f = type;
            *(short*)(f + 2) = (short)whence;
            *(long*)(f + 8) = start;
            *(long*)(f + 16) = len;
        }
        int cmd = (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW;
        Call(ts, () => { fixed (byte* f = fl) return FcntlPtr(fd, cmd, f); });
        return PyNone.Value;
    }
}
