using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>posix: child processes and pipes (waitpid and the W* status macros, pipe, set_blocking) that subprocess and asyncio need.</summary>
public static partial class PosixModule
{
    private static class ProcNative
    {
        [DllImport("libc", EntryPoint = "waitpid", SetLastError = true)] public static extern unsafe int WaitPid(int pid, int* status, int options);
        [DllImport("libc", EntryPoint = "pipe2", SetLastError = true)] public static extern unsafe int Pipe2(int* fds, int flags);
        [DllImport("libc", EntryPoint = "openpty", SetLastError = true)] public static extern unsafe int OpenPty(int* master, int* slave, void* name, void* termp, void* winp);
        [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)] public static extern int Fcntl(int fd, int cmd, int arg);
    }

    private const int WNOHANG = 1, F_GETFD = 1, F_SETFD = 2, FD_CLOEXEC = 1, F_GETFL = 3, O_NONBLOCK = 0x800;

    private static int StatusArg(ThreadState ts, PyObject o) => (int)Ops.IndexAsLong(ts, o);

    private static void ExecProcess(ThreadState ts, PyModule m)
    {
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("WUNTRACED", PyInt.From(2));
        m.Set("WCONTINUED", PyInt.From(8));
        Fn("waitpid", (ts2, _, a, kw) =>
        {
            Args.Exact("waitpid", a, kw, 2);
            int pid = (int)Ops.IndexAsLong(ts2, a[0]);
            int options = (int)Ops.IndexAsLong(ts2, a[1]);
            var (r, status) = WaitPid(ts2, pid, options);
            return new PyTuple([PyInt.From(r), PyInt.From(status)]);
        });
        Fn("waitstatus_to_exitcode", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("waitstatus_to_exitcode", a, kw, ["status"], 1);
            int st = StatusArg(ts2, p[0]!);
            if ((st & 0x7f) == 0) return PyInt.From((st >> 8) & 0xff);
            if ((sbyte)((st & 0x7f) + 1) >> 1 > 0) return PyInt.From(-(st & 0x7f));
            throw PyErr.ValueError($"invalid wait status: {st}");
        });
        Fn("WIFEXITED", (ts2, _, a, kw) => PyBool.From((StatusArg(ts2, One("WIFEXITED", a, kw)) & 0x7f) == 0));
        Fn("WEXITSTATUS", (ts2, _, a, kw) => PyInt.From((StatusArg(ts2, One("WEXITSTATUS", a, kw)) >> 8) & 0xff));
        Fn("WIFSIGNALED", (ts2, _, a, kw) =>
        {
            int st = StatusArg(ts2, One("WIFSIGNALED", a, kw));
            return PyBool.From((sbyte)((st & 0x7f) + 1) >> 1 > 0);
        });
        Fn("WTERMSIG", (ts2, _, a, kw) => PyInt.From(StatusArg(ts2, One("WTERMSIG", a, kw)) & 0x7f));
        Fn("WIFSTOPPED", (ts2, _, a, kw) => PyBool.From((StatusArg(ts2, One("WIFSTOPPED", a, kw)) & 0xff) == 0x7f));
        Fn("WSTOPSIG", (ts2, _, a, kw) => PyInt.From((StatusArg(ts2, One("WSTOPSIG", a, kw)) >> 8) & 0xff));
        Fn("WIFCONTINUED", (ts2, _, a, kw) => PyBool.From(StatusArg(ts2, One("WIFCONTINUED", a, kw)) == 0xffff));
        Fn("WCOREDUMP", (ts2, _, a, kw) => PyBool.From((StatusArg(ts2, One("WCOREDUMP", a, kw)) & 0x80) != 0));
        Fn("pipe", (ts2, _, a, kw) =>
        {
            Args.Exact("pipe", a, kw, 0);
            int r, w;
            unsafe
            {
                int* fds = stackalloc int[2];
                if (ProcNative.Pipe2(fds, 0x80000) < 0) throw IoErrors.OSError(LastErrno());
                r = fds[0];
                w = fds[1];
            }
            return new PyTuple([PyInt.From(r), PyInt.From(w)]);
        });
        Fn("openpty", (ts2, _, a, kw) =>
        {
            // glibc's openpty (libc since 2.34); both ends non-inheritable, as CPython makes them.
            Args.Exact("openpty", a, kw, 0);
            int master, slave;
            unsafe
            {
                if (ProcNative.OpenPty(&master, &slave, null, null, null) < 0) throw IoErrors.OSError(LastErrno());
            }
            ProcNative.Fcntl(master, F_SETFD, 1);
            ProcNative.Fcntl(slave, F_SETFD, 1);
            return new PyTuple([PyInt.From(master), PyInt.From(slave)]);
        });
        Fn("get_blocking", (ts2, _, a, kw) =>
        {
            Args.Exact("get_blocking", a, kw, 1);
            int fl = ProcNative.Fcntl((int)Ops.IndexAsLong(ts2, a[0]), F_GETFL, 0);
            if (fl < 0) throw IoErrors.OSError(LastErrno());
            return PyBool.From((fl & O_NONBLOCK) == 0);
        });
        Fn("set_blocking", (ts2, _, a, kw) =>
        {
            Args.Exact("set_blocking", a, kw, 2);
            SocketModule.SetNonBlocking((int)Ops.IndexAsLong(ts2, a[0]), !Ops.IsTrue(ts2, a[1]));
            return PyNone.Value;
        });
        Fn("get_inheritable", (ts2, _, a, kw) =>
        {
            Args.Exact("get_inheritable", a, kw, 1);
            int fl = ProcNative.Fcntl((int)Ops.IndexAsLong(ts2, a[0]), F_GETFD, 0);
            if (fl < 0) throw IoErrors.OSError(LastErrno());
            return PyBool.From((fl & FD_CLOEXEC) == 0);
        });
        Fn("set_inheritable", (ts2, _, a, kw) =>
        {
            Args.Exact("set_inheritable", a, kw, 2);
            int fd = (int)Ops.IndexAsLong(ts2, a[0]);
            int fl = ProcNative.Fcntl(fd, F_GETFD, 0);
            if (fl < 0) throw IoErrors.OSError(LastErrno());
            int nfl = Ops.IsTrue(ts2, a[1]) ? fl & ~FD_CLOEXEC : fl | FD_CLOEXEC;
            if (nfl != fl && ProcNative.Fcntl(fd, F_SETFD, nfl) < 0) throw IoErrors.OSError(LastErrno());
            return PyNone.Value;
        });
    }

    private static PyObject One(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse(fname, a, kw, ["status"], 1);
        return p[0]!;
    }

    /// <summary>
    /// waitpid(2) with the GIL released. A blocking wait polls with WNOHANG (backing off to 20 ms) so that
    /// Ctrl-C and other interrupts are handled while waiting, as CPython does through EINTR.
    /// </summary>
    internal static (int Pid, int Status) WaitPid(ThreadState ts, int pid, int options)
    {
        const int interrupts = EvalBreakerBits.AsyncException | EvalBreakerBits.InterruptRequested | EvalBreakerBits.SignalsPending;
        while (true)
        {
            var (r, status, err) = ts.WithoutGil(() =>
            {
                int delay = 1;
                while (true)
                {
                    int st = 0, rc;
                    unsafe { rc = ProcNative.WaitPid(pid, &st, options | WNOHANG); }
                    if (rc < 0) return (rc, 0, LastErrno());
                    if (rc > 0 || (options & WNOHANG) != 0) return (rc, st, 0);
                    if ((ts.EvalBreaker & interrupts) != 0) return (-2, 0, 0);
                    Thread.Sleep(delay);
                    delay = Math.Min(delay * 2, 20);
                }
            });
            if (r == -2 || (r < 0 && err == IoErrors.EINTR)) { ts.HandleEvalBreaker(); continue; }
            if (r < 0) throw IoErrors.OSError(err);
            return (r, status);
        }
    }
}
