using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The resource module (Modules/resource.c) on 64-bit Linux: getrlimit, setrlimit, prlimit, getrusage,
/// getpagesize and the RLIMIT_*/RUSAGE_* constants, over libc. Limits are reported as C long long, so
/// RLIM_INFINITY is -1, as in CPython.
/// </summary>
public static class ResourceModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "resource", Exec = Exec };

    private static class T
    {
        public static readonly PyType StructRusage = PyStructSeq.CreateType("struct_rusage", "resource",
            ["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
             "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"], [],
            doc: "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n"
                + "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n"
                + "or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.");
    }

    /// <summary>Linux's values (asm-generic/resource.h, sys/resource.h).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<(string, long)> Constants =
    [
        ("RLIMIT_CPU", 0), ("RLIMIT_FSIZE", 1), ("RLIMIT_DATA", 2), ("RLIMIT_STACK", 3), ("RLIMIT_CORE", 4),
        ("RLIMIT_RSS", 5), ("RLIMIT_NPROC", 6), ("RLIMIT_NOFILE", 7), ("RLIMIT_OFILE", 7), ("RLIMIT_MEMLOCK", 8),
        ("RLIMIT_AS", 9), ("RLIMIT_SIGPENDING", 11), ("RLIMIT_MSGQUEUE", 12), ("RLIMIT_NICE", 13),
        ("RLIMIT_RTPRIO", 14), ("RLIMIT_RTTIME", 15), ("RLIM_INFINITY", -1),
        ("RUSAGE_SELF", 0), ("RUSAGE_CHILDREN", -1), ("RUSAGE_THREAD", 1),
    ];

    private const int RlimNLimits = 16, EINVAL = 22, EPERM = 1;

    [DllImport("libc", EntryPoint = "getrlimit", SetLastError = true)] private static extern unsafe int GetRLimit(int resource, ulong* rlim);
    [DllImport("libc", EntryPoint = "setrlimit", SetLastError = true)] private static extern unsafe int SetRLimit(int resource, ulong* rlim);
    [DllImport("libc", EntryPoint = "prlimit", SetLastError = true)] private static extern unsafe int PrLimit(int pid, int resource, ulong* newLimit, ulong* oldLimit);
    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)] private static extern unsafe int GetRUsage(int who, long* usage);

    private static void Exec(ThreadState ts, PyModule m)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            throw PyErr.ImportError("resource: Kaa implements the resource module on 64-bit Linux only");
        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));
        m.Set("error", PyExc.OSError);
        m.Set("struct_rusage", T.StructRusage);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.From(value));
        Fn("getrlimit", GetRLimitFn, "Return the soft and hard limits for the given resource as a tuple (soft, hard).");
        Fn("setrlimit", SetRLimitFn, "Set the soft and hard limits for the given resource from a tuple (soft, hard).");
        Fn("prlimit", PrLimitFn, "Get and optionally set the limits of the process pid for the given resource.");
        Fn("getrusage", GetRUsageFn, "Return resource usage information for who (RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD).");
        Fn("getpagesize", (ts2, _, a, kw) => { Args.Exact("getpagesize", a, kw, 0); return PyInt.From(Environment.SystemPageSize); },
            "Return the system page size in bytes.");
    }

    /// <summary>PyLong_AsInt: __index__, then "Python int too large to convert to C int".</summary>
    internal static int AsCInt(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        if (!i.IsSmall || i.Small < int.MinValue || i.Small > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    /// <summary>PyLong_AsLongLong: __index__, then "Python int too large to convert to C long".</summary>
    internal static long AsLongLong(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        if (!i.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C long");
        return i.Small;
    }

    private static int Resource(ThreadState ts, PyObject o)
    {
        int r = AsCInt(ts, o);
        if (r < 0 || r >= RlimNLimits) throw PyErr.ValueError("invalid resource specified");
        return r;
    }

    private static PyObject LimitsTuple(ulong cur, ulong max) => new PyTuple([PyInt.From((long)cur), PyInt.From((long)max)]);

    /// <summary>CPython's py2rlimit: any iterable of exactly two integers.</summary>
    private static (ulong, ulong) ParseLimits(ThreadState ts, PyObject limits)
    {
        var items = Ops.ToArray(ts, limits);
        if (items.Length != 2) throw PyErr.ValueError("expected a tuple of 2 integers");
        return ((ulong)AsLongLong(ts, items[0]), (ulong)AsLongLong(ts, items[1]));
    }

    private static PyException SetError(int errno) => errno switch
    {
        EINVAL => PyErr.ValueError("current limit exceeds maximum limit"),
        EPERM => PyErr.ValueError("not allowed to raise maximum limit"),
        _ => IoErrors.OSError(errno),
    };

    private static unsafe PyObject GetRLimitFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("getrlimit", a, kw, 1);
        int res = Resource(ts, a[0]);
        ulong* rl = stackalloc ulong[2];
        if (GetRLimit(res, rl) != 0) throw IoErrors.OSError(Marshal.GetLastPInvokeError());
        return LimitsTuple(rl[0], rl[1]);
    }

    private static unsafe PyObject SetRLimitFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("setrlimit", a, kw, 2);
        int res = Resource(ts, a[0]);
        var (cur, max) = ParseLimits(ts, a[1]);
        SysModule.Audit(ts, PyStr.From("resource.setrlimit"), new PyTuple([a[0], a[1]]));
        ulong* rl = stackalloc ulong[2];
        rl[0] = cur;
        rl[1] = max;
        if (SetRLimit(res, rl) != 0) throw SetError(Marshal.GetLastPInvokeError());
        return PyNone.Value;
    }

    private static unsafe PyObject PrLimitFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Args.Parse("prlimit", a, kw, ["pid", "resource", "limits"], 2, posOnly: 3);
        int pid = AsCInt(ts, p[0]!);
        int res = Resource(ts, p[1]!);
        bool setting = p[2] != null && p[2] is not PyNone;
        ulong* newLimit = stackalloc ulong[2];
        ulong* oldLimit = stackalloc ulong[2];
        if (setting) (newLimit[0], newLimit[1]) = ParseLimits(ts, p[2]!);
        SysModule.Audit(ts, PyStr.From("resource.prlimit"), new PyTuple([p[0]!, p[1]!, p[2] ?? PyNone.Value]));
        if (PrLimit(pid, res, setting ? newLimit : null, oldLimit) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw errno == EINVAL ? PyErr.ValueError("current limit exceeds maximum limit") : IoErrors.OSError(errno);
        }
        return LimitsTuple(oldLimit[0], oldLimit[1]);
    }

    private static unsafe PyObject GetRUsageFn(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.Exact("getrusage", a, kw, 1);
        int who = AsCInt(ts, a[0]);
        // struct rusage: two struct timevals (seconds, microseconds), then 14 longs.
        long* ru = stackalloc long[18];
        if (GetRUsage(who, ru) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw errno == EINVAL ? PyErr.ValueError("invalid who parameter") : IoErrors.OSError(errno);
        }
        var items = new PyObject[16];
        items[0] = new PyFloat(ru[0] + ru[1] * 0.000001);
        items[1] = new PyFloat(ru[2] + ru[3] * 0.000001);
        for (int i = 0; i < 14; i++) items[2 + i] = PyInt.From(ru[4 + i]);
        return new PyStructSeq(T.StructRusage, items, []);
    }
}
