using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _signal module (Modules/signalmodule.c) and a provisional <c>signal</c> alias until the
/// standard library's signal.py (which wraps these in enums) is importable. Handlers are installed
/// and run only by the main thread of the main interpreter; OS signals are routed in through
/// <see cref="PosixSignalRegistration"/> and delivered by <see cref="RuntimeState.CheckSignals"/>.
/// Signal numbers are Linux's.
/// </summary>
public static class SignalModule
{
    public const int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8,
        SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15, SIGSTKFLT = 16,
        SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24,
        SIGXFSZ = 25, SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29, SIGPWR = 30, SIGSYS = 31, SIGRTMIN = 34, SIGRTMAX = 64;

    private static readonly System.Collections.Immutable.ImmutableArray<(string Name, int Number)> Constants =
    [
        ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
        ("SIGABRT", SIGABRT), ("SIGIOT", SIGABRT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL),
        ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM),
        ("SIGTERM", SIGTERM), ("SIGSTKFLT", SIGSTKFLT), ("SIGCHLD", SIGCHLD), ("SIGCLD", SIGCHLD), ("SIGCONT", SIGCONT), ("SIGSTOP", SIGSTOP),
        ("SIGTSTP", SIGTSTP), ("SIGTTIN", SIGTTIN), ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG), ("SIGXCPU", SIGXCPU),
        ("SIGXFSZ", SIGXFSZ), ("SIGVTALRM", SIGVTALRM), ("SIGPROF", SIGPROF), ("SIGWINCH", SIGWINCH), ("SIGIO", SIGIO),
        ("SIGPOLL", SIGIO), ("SIGPWR", SIGPWR), ("SIGSYS", SIGSYS), ("SIGRTMIN", SIGRTMIN), ("SIGRTMAX", SIGRTMAX),
    ];

    /// <summary>signal.default_int_handler: one immortal function, so getsignal() can return it from any state.</summary>
    public static readonly PyBuiltinFunction DefaultIntHandler = new("default_int_handler", (ts, _, a, kw) =>
        throw PyErr.NoArgs(PyExc.KeyboardInterrupt));

    public static readonly BuiltinModuleDef Definition = new() { Name = "_signal", Exec = Exec };

    /// <summary>`signal` until the standard library's signal.py can be imported (plain ints instead of enums).</summary>
    public static readonly BuiltinModuleDef AliasDefinition = new() { Name = "signal", Exec = Exec };

    private static int SignalArg(ThreadState ts, PyObject o)
    {
        long n = PyIOBase.IntArg(ts, o);
        if (n < 1 || n >= RuntimeState.NSig) throw PyErr.ValueError("signal number out of range");
        return (int)n;
    }

    private static void MainThreadOnly(ThreadState ts, string what)
    {
        if (!ts.Interp.Runtime.CanHandleSignals(ts)) throw PyErr.ValueError($"{what} only works in main thread of the main interpreter");
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("This module provides mechanisms to use signal handlers in Python."));
        foreach (var (name, num) in Constants) m.Set(name, PyInt.From(num));
        m.Set("NSIG", PyInt.From(RuntimeState.NSig));
        m.Set("SIG_DFL", PyInt.Zero);
        m.Set("SIG_IGN", PyInt.One);
        m.Set("SIG_BLOCK", PyInt.Zero);
        m.Set("SIG_UNBLOCK", PyInt.One);
        m.Set("SIG_SETMASK", PyInt.From(2));
        m.Set("ITIMER_REAL", PyInt.Zero);
        m.Set("ITIMER_VIRTUAL", PyInt.One);
        m.Set("ITIMER_PROF", PyInt.From(2));
        m.Set("ItimerError", PyExc.OSError);
        m.Set("default_int_handler", DefaultIntHandler);
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));

        Fn("signal", (ts2, _, a, kw) =>
        {
            Args.Exact("signal", a, kw, 2);
            var rt = ts2.Interp.Runtime;
            MainThreadOnly(ts2, "signal");
            int sig = SignalArg(ts2, a[0]);
            var handler = a[1];
            bool isInt = handler is PyInt hi && (hi.Big.IsZero || hi.Big.IsOne);
            if (!isInt && !Ops.IsCallable(handler))
                throw PyErr.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            if (sig is SIGKILL or SIGSTOP || (sig is 32 or 33)) throw IoErrors.OSError(IoErrors.EINVAL);
            if (isInt) handler = ((PyInt)handler).Big.IsZero ? PyInt.Zero : PyInt.One;
            var old = rt.SetSignalHandler(sig, handler);
            return old ?? DefaultFor(sig);
        });
        Fn("getsignal", (ts2, _, a, kw) =>
        {
            Args.Exact("getsignal", a, kw, 1);
            int sig = SignalArg(ts2, a[0]);
            return ts2.Interp.Runtime.GetSignalHandler(sig) ?? DefaultFor(sig);
        });
        Fn("raise_signal", (ts2, _, a, kw) =>
        {
            Args.Exact("raise_signal", a, kw, 1);
            if (a[0] is PyInt z && z.Big.IsZero) return PyNone.Value;
            int sig = SignalArg(ts2, a[0]);
            RaiseSignal(ts2, sig);
            return PyNone.Value;
        });
        Fn("strsignal", (ts2, _, a, kw) =>
        {
            Args.Exact("strsignal", a, kw, 1);
            int sig = SignalArg(ts2, a[0]);
            var s = StrSignal(sig);
            return s == null ? PyNone.Value : PyStr.From(s);
        });
        Fn("valid_signals", (ts2, _, a, kw) =>
        {
            Args.Exact("valid_signals", a, kw, 0);
            var set = new PySet();
            for (int i = 1; i < RuntimeState.NSig; i++)
                if (i is not (32 or 33)) set.Add(ts2, PyInt.From(i));
            return set;
        });
        Fn("set_wakeup_fd", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("set_wakeup_fd", a, kw, ["fd", "warn_on_full_buffer"], 1, posOnly: 1, kwOnlyFrom: 1);
            MainThreadOnly(ts2, "set_wakeup_fd");
            long fd = PyIOBase.IntArg(ts2, p[0]!);
            if (fd < -1 || fd > int.MaxValue) throw PyErr.ValueError($"fd {fd} is out of range");
            if (fd >= 0)
            {
                // CPython refuses a blocking descriptor: a full pipe would stall the signal handler.
                int fl = SocketModule.Native.Fcntl((int)fd, SocketModule.F_GETFL);
                if (fl < 0) throw IoErrors.OSError(SocketModule.Errno());
                if ((fl & SocketModule.O_NONBLOCK) == 0) throw PyErr.ValueError($"the fd {fd} must be in non-blocking mode");
            }
            var runtime = ts2.Interp.Runtime;
            int old = runtime.WakeupFd;
            runtime.WakeupFd = (int)fd;
            return PyInt.From(old);
        });
        Fn("pthread_sigmask", (ts2, _, a, kw) =>
        {
            Args.Exact("pthread_sigmask", a, kw, 2);
            Ops.ToArray(ts2, a[1]);
            return new PySet();
        });
        Fn("sigpending", (ts2, _, a, kw) => new PySet());
        Fn("siginterrupt", (ts2, _, a, kw) =>
        {
            Args.Exact("siginterrupt", a, kw, 2);
            SignalArg(ts2, a[0]);
            return PyNone.Value;
        });
        Fn("pthread_kill", (ts2, _, a, kw) =>
        {
            Args.Exact("pthread_kill", a, kw, 2);
            long ident = PyIOBase.IntArg(ts2, a[0]);
            long sig = PyIOBase.IntArg(ts2, a[1]);
            if (sig == 0) return PyNone.Value;
            int s = SignalArg(ts2, a[1]);
            if (ident == ThreadModule.Ident(ts2.Interp.Runtime.SignalThread)) { RaiseSignal(ts2, s); return PyNone.Value; }
            throw PyErr.NotImplementedError("signal.pthread_kill() to a thread other than the main thread is not supported on Kaa");
        });
        foreach (var name in new[] { "alarm", "pause", "setitimer", "getitimer", "sigwait", "sigwaitinfo", "sigtimedwait", "pidfd_send_signal" })
        {
            var n = name;
            Fn(n, (ts2, _, a, kw) => throw PyErr.NotImplementedError($"signal.{n}() is not supported on Kaa"));
        }
    }

    /// <summary>What getsignal() reports for a signal Python never touched: CPython ignores SIGPIPE and
    /// SIGXFSZ at start-up (.NET ignores SIGPIPE too); 32 and 33 belong to the C library (None).</summary>
    private static PyObject DefaultFor(int sig) => sig switch
    {
        SIGPIPE or SIGXFSZ => PyInt.One,
        32 or 33 => PyNone.Value,
        _ => PyInt.Zero,
    };

    /// <summary>signal.raise_signal: a signal with a Python handler is tripped and handled at once (as
    /// raise() + PyErr_CheckSignals do in CPython); SIG_IGN does nothing; SIG_DFL gets the OS default action.</summary>
    public static void RaiseSignal(ThreadState ts, int sig)
    {
        var rt = ts.Interp.Runtime;
        var handler = rt.GetSignalHandler(sig);
        if (handler is PyInt h && h.Big.IsOne) return;
        if (handler != null && handler is not PyInt)
        {
            rt.TripSignal(sig);
            rt.CheckSignals(ts);
            return;
        }
        if (sig is SIGCHLD or SIGCONT or SIGURG or SIGWINCH) return;
        if (!OperatingSystem.IsWindows())
        {
            try { NativeRaise(sig); return; }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        }
        Environment.Exit(128 + sig);
    }

    [DllImport("libc", EntryPoint = "raise")]
    private static extern int NativeRaise(int sig);

    /// <summary>glibc's strsignal() descriptions; null for numbers it calls unknown.</summary>
    public static string? StrSignal(int sig) => sig switch
    {
        SIGHUP => "Hangup", SIGINT => "Interrupt", SIGQUIT => "Quit", SIGILL => "Illegal instruction",
        SIGTRAP => "Trace/breakpoint trap", SIGABRT => "Aborted", SIGBUS => "Bus error", SIGFPE => "Floating point exception",
        SIGKILL => "Killed", SIGUSR1 => "User defined signal 1", SIGSEGV => "Segmentation fault", SIGUSR2 => "User defined signal 2",
        SIGPIPE => "Broken pipe", SIGALRM => "Alarm clock", SIGTERM => "Terminated", SIGSTKFLT => "Stack fault",
        SIGCHLD => "Child exited", SIGCONT => "Continued", SIGSTOP => "Stopped (signal)", SIGTSTP => "Stopped",
        SIGTTIN => "Stopped (tty input)", SIGTTOU => "Stopped (tty output)", SIGURG => "Urgent I/O condition",
        SIGXCPU => "CPU time limit exceeded", SIGXFSZ => "File size limit exceeded", SIGVTALRM => "Virtual timer expired",
        SIGPROF => "Profiling timer expired", SIGWINCH => "Window changed", SIGIO => "I/O possible", SIGPWR => "Power failure",
        SIGSYS => "Bad system call",
        >= SIGRTMIN and <= SIGRTMAX => $"Real-time signal {sig - SIGRTMIN}",
        _ => null,
    };
}
