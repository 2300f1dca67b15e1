using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The libc calls behind _socket and select (Linux). Sockets are real file descriptors so they mix with
/// os.read/os.write, select.poll and epoll exactly as in CPython. errno is kept via SetLastError.
/// </summary>
public static partial class SocketModule
{
    internal static class Native
    {
        [DllImport("libc", EntryPoint = "socket", SetLastError = true)] public static extern int Socket(int domain, int type, int protocol);
        [DllImport("libc", EntryPoint = "socketpair", SetLastError = true)] public static extern unsafe int SocketPair(int domain, int type, int protocol, int* sv);
        [DllImport("libc", EntryPoint = "bind", SetLastError = true)] public static extern unsafe int Bind(int fd, byte* addr, int len);
        [DllImport("libc", EntryPoint = "listen", SetLastError = true)] public static extern int Listen(int fd, int backlog);
        [DllImport("libc", EntryPoint = "accept4", SetLastError = true)] public static extern unsafe int Accept4(int fd, byte* addr, int* len, int flags);
        [DllImport("libc", EntryPoint = "connect", SetLastError = true)] public static extern unsafe int Connect(int fd, byte* addr, int len);
        [DllImport("libc", EntryPoint = "send", SetLastError = true)] public static extern unsafe nint Send(int fd, byte* buf, nint len, int flags);
        [DllImport("libc", EntryPoint = "recv", SetLastError = true)] public static extern unsafe nint Recv(int fd, byte* buf, nint len, int flags);
        [DllImport("libc", EntryPoint = "sendto", SetLastError = true)] public static extern unsafe nint SendTo(int fd, byte* buf, nint len, int flags, byte* addr, int alen);
        [DllImport("libc", EntryPoint = "recvfrom", SetLastError = true)] public static extern unsafe nint RecvFrom(int fd, byte* buf, nint len, int flags, byte* addr, int* alen);
        [DllImport("libc", EntryPoint = "shutdown", SetLastError = true)] public static extern int Shutdown(int fd, int how);
        [DllImport("libc", EntryPoint = "close", SetLastError = true)] public static extern int Close(int fd);
        [DllImport("libc", EntryPoint = "getsockname", SetLastError = true)] public static extern unsafe int GetSockName(int fd, byte* addr, int* len);
        [DllImport("libc", EntryPoint = "getpeername", SetLastError = true)] public static extern unsafe int GetPeerName(int fd, byte* addr, int* len);
        [DllImport("libc", EntryPoint = "setsockopt", SetLastError = true)] public static extern unsafe int SetSockOpt(int fd, int level, int name, byte* val, int len);
        [DllImport("libc", EntryPoint = "getsockopt", SetLastError = true)] public static extern unsafe int GetSockOpt(int fd, int level, int name, byte* val, int* len);
        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] public static extern int Fcntl(int fd, int cmd, int arg);
        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] public static extern int Fcntl(int fd, int cmd);
        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] public static extern int FcntlDupCloexec(int fd, int cmd, int minFd);
        [DllImport("libc", EntryPoint = "getaddrinfo")] public static extern unsafe int GetAddrInfo(byte* node, byte* service, byte* hints, byte** res);
        [DllImport("libc", EntryPoint = "freeaddrinfo")] public static extern unsafe void FreeAddrInfo(byte* res);
        [DllImport("libc", EntryPoint = "gai_strerror")] public static extern unsafe byte* GaiStrError(int code);
        [DllImport("libc", EntryPoint = "getnameinfo")] public static extern unsafe int GetNameInfo(byte* addr, int alen, byte* host, int hostlen, byte* serv, int servlen, int flags);
        [DllImport("libc", EntryPoint = "gethostname", SetLastError = true)] public static extern unsafe int GetHostName(byte* name, nint len);
        [DllImport("libc", EntryPoint = "inet_pton")] public static extern unsafe int InetPton(int af, byte[] src, byte* dst);
        [DllImport("libc", EntryPoint = "poll", SetLastError = true)] public static extern unsafe int Poll(byte* fds, nuint nfds, int timeout);
        [DllImport("libc", EntryPoint = "epoll_create1", SetLastError = true)] public static extern int EpollCreate1(int flags);
        [DllImport("libc", EntryPoint = "epoll_ctl", SetLastError = true)] public static extern unsafe int EpollCtl(int epfd, int op, int fd, byte* ev);
        [DllImport("libc", EntryPoint = "epoll_wait", SetLastError = true)] public static extern unsafe int EpollWait(int epfd, byte* evs, int max, int timeout);
    }

    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    public const int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    public const int F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 0x800, F_DUPFD_CLOEXEC = 1030;
    public const int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
    public const int EAI_SYSTEM = -11;

    /// <summary>Largest sockaddr this module encodes (sockaddr_storage).</summary>
    public const int SockAddrMax = 128;

    internal static int Errno() => Marshal.GetLastPInvokeError();

    private const int InterruptBits = EvalBreakerBits.AsyncException | EvalBreakerBits.InterruptRequested | EvalBreakerBits.SignalsPending;

    /// <summary>Result of a wait: ready, timed out, or a libc error (errno in <see cref="WaitResult.Errno"/>).</summary>
    internal readonly record struct WaitResult(int N, int Errno);

    /// <summary>
    /// Runs a libc wait (poll/epoll_wait) with the GIL released, in slices of at most 50 ms so that a
    /// signal, an async exception or a host interrupt is noticed (then handled with the GIL held, and the
    /// wait resumed, as PEP 475 says) even though the signal itself is delivered to another thread.
    /// <paramref name="once"/> is called with the slice's timeout in ms and returns the libc result.
    /// A negative <paramref name="timeoutNs"/> waits forever.
    /// </summary>
    internal static WaitResult WaitLoop(ThreadState ts, long timeoutNs, Func<int, int> once)
    {
        long deadline = timeoutNs < 0 ? long.MaxValue : TimeModule.MonotonicNs() + timeoutNs;
        while (true)
        {
            var r = ts.WithoutGil(() =>
            {
                while (true)
                {
                    long left = deadline == long.MaxValue ? long.MaxValue : deadline - TimeModule.MonotonicNs();
                    int slice = left <= 0 ? 0 : left >= 50_000_000 ? 50 : (int)((left + 999_999) / 1_000_000);
                    int n = once(slice);
                    if (n < 0)
                    {
                        int e = Errno();
                        if (e == IoErrors.EINTR) return new WaitResult(-2, e);
                        return new WaitResult(-1, e);
                    }
                    if (n > 0 || left <= 0 || (deadline != long.MaxValue && deadline - TimeModule.MonotonicNs() <= 0)) return new WaitResult(n, 0);
                    if ((ts.EvalBreaker & InterruptBits) != 0) return new WaitResult(-2, 0);
                }
            });
            if (r.N != -2) return r;
            ts.HandleEvalBreaker();
        }
    }

    /// <summary>Waits until <paramref name="fd"/> has one of <paramref name="events"/>; false on timeout.</summary>
    internal static unsafe bool WaitFd(ThreadState ts, int fd, short events, long timeoutNs)
    {
        var r = WaitLoop(ts, timeoutNs, ms =>
        {
            long pfd = (uint)fd | ((long)(ushort)events << 32);
            return Native.Poll((byte*)&pfd, 1, ms);
        });
        if (r.N < 0) throw IoErrors.OSError(r.Errno);
        return r.N > 0;
    }

    /// <summary>PyObject_AsFileDescriptor: an int, or an object whose fileno() returns one.</summary>
    internal static int AsFileDescriptor(ThreadState ts, PyObject o)
    {
        long fd;
        if (o is PyInt i) fd = Ops.IndexAsLong(ts, i);
        else if (Ops.TryGetAttr(ts, o, PyStr.From("fileno"), out var meth))
        {
            var r = Ops.Call(ts, meth!);
            if (r is not PyInt ri) throw PyErr.TypeError("fileno() returned a non-integer");
            fd = Ops.IndexAsLong(ts, ri);
        }
        else throw PyErr.TypeError("argument must be an int, or have a fileno() method.");
        if (fd < 0) throw PyErr.ValueError($"file descriptor cannot be a negative integer ({fd})");
        if (fd > int.MaxValue) throw PyErr.OverflowError("fd is greater than maximum");
        return (int)fd;
    }

    internal static void SetNonBlocking(int fd, bool nonBlocking)
    {
        int fl = Native.Fcntl(fd, F_GETFL);
        if (fl < 0) throw IoErrors.OSError(Errno());
        int nfl = nonBlocking ? fl | O_NONBLOCK : fl & ~O_NONBLOCK;
        if (nfl != fl && Native.Fcntl(fd, F_SETFL, nfl) < 0) throw IoErrors.OSError(Errno());
    }
}
