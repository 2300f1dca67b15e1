using System.Runtime.InteropServices;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

/// <summary>
/// Signal handling (DESIGN §2: the "tripped" flags are process-wide). An OS signal only sets a flag
/// and the SignalsPending bit of the main interpreter's main thread; the Python handler runs there at
/// the next eval-breaker check (CPython's trip_signal / _PyErr_CheckSignalsTstate). The handler table
/// holds objects of the main interpreter and is only touched by its main thread.
/// </summary>
public sealed partial class RuntimeState
{
    /// <summary>Linux's NSIG: valid signal numbers are 1..64.</summary>
    public const int NSig = 65;

    private readonly int[] _tripped = new int[NSig];
    private int _anyTripped;
    private readonly PyObject?[] _signalHandlers = InitialHandlers();
    private readonly PosixSignalRegistration?[] _registrations = new PosixSignalRegistration?[NSig];
    private readonly ManualResetEvent _signalWakeup = new(false);

    /// <summary>SIGINT starts with default_int_handler in the table (as after CPython's start-up), so
    /// getsignal() reports it and raise_signal(SIGINT) raises KeyboardInterrupt; the OS-level handler is
    /// only registered by <see cref="InstallSignalHandlers"/> or when Python installs its own.</summary>
    private static PyObject?[] InitialHandlers()
    {
        var h = new PyObject?[NSig];
        h[SignalModule.SIGINT] = SignalModule.DefaultIntHandler;
        return h;
    }

    /// <summary>
    /// Set when a signal arrives, reset when the main thread handles it: blocking waits in the main
    /// thread (time.sleep, lock acquire, join) can wait on it too and return early to run the handler.
    /// </summary>
    public WaitHandle SignalWakeup => _signalWakeup;

    /// <summary>True when a tripped signal waits for its handler.</summary>
    public bool SignalsTripped => Volatile.Read(ref _anyTripped) != 0;

    /// <summary>The thread that runs signal handlers: the main interpreter's initial thread.</summary>
    public ThreadState SignalThread => MainInterpreter.InitialThread;

    /// <summary>Whether ts may install handlers and runs them (CPython's _Py_ThreadCanHandleSignals).</summary>
    public bool CanHandleSignals(ThreadState ts) => ReferenceEquals(ts, MainInterpreter.InitialThread);

    /// <summary>
    /// What the command line calls at start-up (CPython's install_signal_handlers=1): SIGINT raises
    /// KeyboardInterrupt through signal.default_int_handler. Embedders that leave it out keep .NET's
    /// own Ctrl-C behaviour.
    /// </summary>
    public void InstallSignalHandlers()
    {
        _signalHandlers[SignalModule.SIGINT] = null;
        SetSignalHandler(SignalModule.SIGINT, SignalModule.DefaultIntHandler);
        IgnoreFileSizeSignal();
    }

    /// <summary>
    /// As CPython's start-up: SIGXFSZ ignored, so a write past RLIMIT_FSIZE fails with EFBIG instead of
    /// killing the process (.NET already ignores SIGPIPE; getsignal() reports both as SIG_IGN). The
    /// `kaa` command calls it; an embedding host decides for its own process.
    /// </summary>
    public static void IgnoreFileSizeSignal()
    {
        if (OperatingSystem.IsLinux()) NativeSignal(SIGXFSZ, 1);
    }

    private const int SIGXFSZ = 25;

    [DllImport("libc", EntryPoint = "signal")]
    private static extern nint NativeSignal(int signum, nint handler);

    /// <summary>The Python handler for a signal: SIG_DFL (0), SIG_IGN (1) or a callable; null when never set.</summary>
    public PyObject? GetSignalHandler(int signum) => _signalHandlers[signum];

    /// <summary>Installs a handler (0 = SIG_DFL, 1 = SIG_IGN, else a callable) and the OS registration it needs; returns the old one.</summary>
    public PyObject? SetSignalHandler(int signum, PyObject handler)
    {
        var old = _signalHandlers[signum];
        _signalHandlers[signum] = handler;
        bool isDefault = handler is PyInt i && i.Big.IsZero;
        lock (_registrations)
        {
            if (isDefault)
            {
                _registrations[signum]?.Dispose();
                _registrations[signum] = null;
            }
            else if (_registrations[signum] == null)
            {
                try
                {
                    _registrations[signum] = PosixSignalRegistration.Create(ToPosixSignal(signum), ctx =>
                    {
                        ctx.Cancel = true;
                        if (_signalHandlers[signum] is PyInt) return;
                        TripSignal(signum);
                    });
                }
                catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException or System.ComponentModel.Win32Exception)
                {
                    // The handler still runs for signal.raise_signal(); the OS signal is not routed here.
                }
            }
        }
        return old;
    }

    private static PosixSignal ToPosixSignal(int signum) => signum switch
    {
        SignalModule.SIGHUP => PosixSignal.SIGHUP,
        SignalModule.SIGINT => PosixSignal.SIGINT,
        SignalModule.SIGQUIT => PosixSignal.SIGQUIT,
        SignalModule.SIGTERM => PosixSignal.SIGTERM,
        // Raw numbers are accepted on Unix (PosixSignalRegistration documents the cast).
        _ => (PosixSignal)signum,
    };

    private int _wakeupFd = -1;

    /// <summary>signal.set_wakeup_fd's descriptor (process-wide, as in CPython); -1 for none.</summary>
    public int WakeupFd
    {
        get => Volatile.Read(ref _wakeupFd);
        set => Volatile.Write(ref _wakeupFd, value);
    }

    [DllImport("libc", EntryPoint = "write")]
    private static extern unsafe nint LibcWrite(int fd, byte* buf, nint count);

    /// <summary>Marks a signal as arrived (safe from any thread, including .NET's signal thread).</summary>
    public void TripSignal(int signum)
    {
        if (signum <= 0 || signum >= NSig) return;
        Volatile.Write(ref _tripped[signum], 1);
        Volatile.Write(ref _anyTripped, 1);
        // The wakeup fd gets the signal number as one byte (asyncio's self-pipe reads it to run handlers
        // added with loop.add_signal_handler); a full or broken fd is ignored, as in CPython's default.
        int wfd = WakeupFd;
        if (wfd >= 0)
        {
            byte b = (byte)signum;
            unsafe { LibcWrite(wfd, &b, 1); }
        }
        _signalWakeup.Set();
        MainInterpreter.InitialThread.RequestEvalBreak(EvalBreakerBits.SignalsPending);
    }

    /// <summary>
    /// Runs the Python handlers of tripped signals (PyErr_CheckSignals). Only the main thread of the
    /// main interpreter does anything; a handler's exception propagates and leaves later signals pending.
    /// </summary>
    public void CheckSignals(ThreadState ts)
    {
        if (!CanHandleSignals(ts)) return;
        if (Interlocked.Exchange(ref _anyTripped, 0) == 0) return;
        _signalWakeup.Reset();
        for (int sig = 1; sig < NSig; sig++)
        {
            if (Interlocked.Exchange(ref _tripped[sig], 0) == 0) continue;
            var handler = _signalHandlers[sig];
            if (handler == null || handler is PyInt) continue;
            try
            {
                Ops.Call(ts, handler, PyInt.From(sig), PyNone.Value);
            }
            catch
            {
                for (int rest = sig + 1; rest < NSig; rest++)
                {
                    if (Volatile.Read(ref _tripped[rest]) == 0) continue;
                    Volatile.Write(ref _anyTripped, 1);
                    ts.RequestEvalBreak(EvalBreakerBits.SignalsPending);
                    break;
                }
                throw;
            }
        }
    }
}
