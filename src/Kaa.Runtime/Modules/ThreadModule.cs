using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _thread module: OS threads inside one interpreter. Each new thread gets its own ThreadState and
/// runs Python only while holding its interpreter's GIL (DESIGN §3). Threads are .NET background
/// threads, so a daemon thread can never keep the process alive or hang it at exit.
/// </summary>
public static partial class ThreadModule
{
    /// <summary>TIMEOUT_MAX as CPython reports it on 64-bit Linux.</summary>
    public const double TimeoutMax = 9223372036.0;

    /// <summary>Per-interpreter state of _thread: the threads it started.</summary>
    public sealed class State
    {
        public readonly Lock Sync = new();
        public readonly List<PyThreadHandle> NonDaemon = new();
        public int Count;
        public long StackSize;
    }

    public static readonly BuiltinModuleDef Definition = new()
    {
        Name = "_thread",
        Exec = Exec,
        CreateState = () => new State(),
    };

    /// <summary>get_ident(): unique among live threads of the process.</summary>
    public static long Ident(ThreadState ts) => ts.ManagedThreadId;

    private static State StateOf(PyModule? m) => (State)m!.State!;

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("LockType", PyLock.TypeObject);
        m.Set("lock", PyLock.TypeObject);
        m.Set("RLock", PyRLock.TypeObject);
        m.Set("_ThreadHandle", PyThreadHandle.TypeObject);
        m.Set("_local", PyThreadLocal.TypeObject);
        m.Set("error", PyExc.RuntimeError);
        m.Set("TIMEOUT_MAX", new PyFloat(TimeoutMax));
        AddExceptHook(m);
        T.ExceptHookArgs.ShowInBasesSubclasses(ts);
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        BuiltinFunc allocate = (ts2, mod, a, kw) => { Args.Exact("allocate_lock", a, kw, 0); return new PyLock(); };
        Fn("allocate_lock", allocate);
        Fn("allocate", allocate);
        Fn("get_ident", (ts2, mod, a, kw) => PyInt.From(Ident(ts2)));
        Fn("get_native_id", (ts2, mod, a, kw) => PyInt.From(Environment.CurrentManagedThreadId));
        Fn("_count", (ts2, mod, a, kw) => { var s = StateOf(mod); lock (s.Sync) return PyInt.From(s.Count); });
        Fn("_get_main_thread_ident", (ts2, mod, a, kw) => PyInt.From(Ident(ts2.Interp.InitialThread)));
        Fn("_is_main_interpreter", (ts2, mod, a, kw) => PyBool.From(ts2.Interp.IsMain));
        Fn("daemon_threads_allowed", (ts2, mod, a, kw) => PyBool.From(ts2.Interp.Config.AllowDaemonThreads));
        Fn("stack_size", (ts2, mod, a, kw) =>
        {
            Args.Range("stack_size", a, kw, 0, 1);
            var s = StateOf(mod);
            long old = s.StackSize;
            if (a.Length == 1)
            {
                long size = Ops.IndexAsLong(ts2, a[0]);
                if (size != 0 && size < 32768) throw PyErr.ValueError("size not valid: 32768 bytes");
                s.StackSize = size;
            }
            return PyInt.From(old);
        });
        BuiltinFunc exit = (ts2, mod, a, kw) => throw PyErr.NoArgs(PyExc.SystemExit);
        Fn("exit", exit);
        Fn("exit_thread", exit);
        BuiltinFunc startNew = (ts2, mod, a, kw) =>
        {
            Args.Range("start_new_thread", a, kw, 2, 3);
            if (!Ops.IsCallable(a[0])) throw PyErr.TypeError("first arg must be callable");
            if (a[1] is not PyTuple targs) throw PyErr.TypeError("2nd arg must be a tuple");
            PyDict? tkw = null;
            if (a.Length > 2 && a[2] is not PyNone)
                tkw = a[2] as PyDict ?? throw PyErr.TypeError("optional 3rd arg must be a dictionary");
            var handle = new PyThreadHandle { IsDaemon = true };
            Start(ts2, StateOf(mod), a[0], targs, tkw, handle);
            return PyInt.From(handle.Ident);
        };
        Fn("start_new_thread", startNew);
        Fn("start_new", startNew);
        Fn("start_joinable_thread", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("start_joinable_thread", a, kw, ["function", "handle", "daemon"], 1);
            if (!Ops.IsCallable(p[0]!)) throw PyErr.TypeError("thread function must be callable");
            var handle = p[1] is PyThreadHandle h ? h : new PyThreadHandle();
            handle.IsDaemon = p[2] == null || Ops.IsTrue(ts2, p[2]!);
            if (handle.IsDaemon && !ts2.Interp.Config.AllowDaemonThreads)
                throw PyErr.RuntimeError("daemon threads are disabled in this interpreter");
            Start(ts2, StateOf(mod), p[0]!, PyTuple.Empty, null, handle);
            return handle;
        });
        Fn("_make_thread_handle", (ts2, mod, a, kw) =>
        {
            Args.Exact("_make_thread_handle", a, kw, 1);
            var h = new PyThreadHandle { Ident = Ops.IndexAsLong(ts2, a[0]) };
            return h;
        });
        Fn("_shutdown", (ts2, mod, a, kw) =>
        {
            // Join every non-daemon thread (threading._shutdown calls this at interpreter exit).
            var s = StateOf(mod);
            while (true)
            {
                PyThreadHandle? h;
                lock (s.Sync) h = s.NonDaemon.FirstOrDefault(x => !x.IsDone && x.Ident != Ident(ts2));
                if (h == null) break;
                h.Join(ts2, null);
            }
            return PyNone.Value;
        });
        Fn("interrupt_main", (ts2, mod, a, kw) =>
        {
            // Simulates the signal arriving, so a Python SIGINT handler runs as for a real Ctrl-C.
            var p = Args.Parse("interrupt_main", a, kw, ["signum"], 0);
            int signum = p[0] == null ? 2 : (int)Ops.IndexAsLong(ts2, p[0]!);
            ts2.Interp.Runtime.TripSignal(signum);
            return PyNone.Value;
        });
    }

    private static void Start(ThreadState ts, State state, PyObject func, PyTuple args, PyDict? kwargs, PyThreadHandle handle)
    {
        var interp = ts.Interp;
        if (!interp.Config.AllowThreads) throw PyErr.RuntimeError("thread is not supported for isolated subinterpreters");
        var started = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            var tts = new ThreadState(interp);
            handle.Ident = Ident(tts);
            var previous = tts.MakeCurrent();
            started.Set();
            interp.Gil.Acquire(tts);
            try
            {
                Ops.CallWithTupleDict(tts, func, args, kwargs);
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.SystemExit))
            {
            }
            catch (PyException e)
            {
                ReportUnraisable(tts, e.Value, func);
            }
            catch (Exception e)
            {
                ReportUnraisable(tts, PyErr.Internal("thread", e).Value, func);
            }
            finally
            {
                lock (state.Sync) state.Count--;
                handle.SetDone();
                interp.Gil.Release(tts);
                interp.RemoveThread(tts);
                ThreadState.Restore(previous);
            }
        }, state.StackSize > 0 ? (int)Math.Min(state.StackSize, int.MaxValue) : 16 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "kaa-thread",
        };
        lock (state.Sync)
        {
            state.Count++;
            if (!handle.IsDaemon) state.NonDaemon.Add(handle);
        }
        thread.Start();
        // Wait (without the GIL) until the new thread knows its ident, so the caller can report it.
        ts.WithoutGil(() => started.Wait());
    }

    /// <summary>CPython's "Exception ignored in thread started by" report on sys.stderr.</summary>
    private static void ReportUnraisable(ThreadState ts, PyBaseException exc, PyObject func)
    {
        try
        {
            var err = ts.Interp.Sys.Dict.GetStr("stderr");
            if (err == null || err is PyNone) return;
            var text = $"Exception ignored in thread started by: {Ops.ReprString(ts, func)}\n" + ExceptionText.Format(ts, exc);
            Ops.CallMethod(ts, err, Names.write, PyStr.From(text));
            Ops.CallMethod(ts, err, Names.flush);
        }
        catch (PyException)
        {
        }
    }
}

/// <summary>
/// Formats an exception for printing. Uses the full traceback printer when the host registered one
/// (<see cref="InterpreterState.ExceptionFormatter"/>), else the one-line "Type: message" form.
/// </summary>
public static class ExceptionText
{
    public static string Format(ThreadState ts, PyBaseException exc)
    {
        if (ts.Interp.ExceptionFormatter is { } f) return f(ts, exc);
        var msg = Ops.StrString(ts, exc);
        var name = exc.ObType.ModuleName is "builtins" ? exc.ObType.QualName : $"{exc.ObType.ModuleName}.{exc.ObType.QualName}";
        return msg.Length == 0 ? name + "\n" : $"{name}: {msg}\n";
    }
}
