using Kaa.Runtime;
using Kaa.Runtime.Objects;
using RuntimeConfig = Kaa.Runtime.State.RuntimeConfig;
using RuntimeState = Kaa.Runtime.State.RuntimeState;
using ThreadState = Kaa.Runtime.State.ThreadState;
using EvalBreakerBits = Kaa.Runtime.State.EvalBreakerBits;
using Kaa.Tests.Objects;
using Xunit;

namespace Kaa.Tests.Modules;

/// <summary>atexit, gc and _signal; expected values from CPython 3.13.</summary>
public sealed class AtexitGcSignalTests : ObjectTestBase
{
    private PyModule Mod(string name) => ModuleRegistry.Create(Ts, ModuleRegistry.Find(name)!);
    private static PyObject F(PyModule m, string name) => m.Dict.GetStr(name)!;

    [Fact]
    public void AtexitRunsLastInFirstOutAndReportsErrors()
    {
        var err = new MemoryStream();
        var rt = new RuntimeState(new RuntimeConfig { Stderr = err });
        var ts = rt.MainInterpreter.InitialThread;
        var atexit = ModuleRegistry.Create(ts, ModuleRegistry.Find("atexit")!);
        var log = new PyList();
        var append = Ops.GetAttr(ts, log, "append");
        Assert.Same(append, Ops.Call(ts, F(atexit, "register"), append, S("first")));
        Ops.Call(ts, F(atexit, "register"), Ops.GetAttr(ts, I(1), "__truediv__"), I(0));
        Ops.Call(ts, F(atexit, "register"), append, S("second"));
        Assert.Equal("3", Ops.ReprString(ts, Ops.Call(ts, F(atexit, "_ncallbacks"))));
        Assert.Equal("TypeError: the first argument must be callable", ErrIn(ts, () => Ops.Call(ts, F(atexit, "register"), I(1))));
        Assert.Equal("TypeError: register() takes at least 1 argument (0 given)", ErrIn(ts, () => Ops.Call(ts, F(atexit, "register"))));
        Assert.Equal("TypeError: atexit.unregister() takes exactly one argument (0 given)", ErrIn(ts, () => Ops.Call(ts, F(atexit, "unregister"))));
        AtexitModule.RunExitFuncs(ts);
        Assert.Equal("['second', 'first']", Ops.ReprString(ts, log));
        Assert.Equal("0", Ops.ReprString(ts, Ops.Call(ts, F(atexit, "_ncallbacks"))));
        var text = System.Text.Encoding.UTF8.GetString(err.ToArray());
        Assert.StartsWith("Exception ignored in atexit callback <method-wrapper '__truediv__' of int object at 0x", text);
        Assert.EndsWith(">:\nZeroDivisionError: division by zero\n", text);
    }

    private static string ErrIn(ThreadState ts, Action a)
    {
        try { a(); }
        catch (PyException e) { return $"{e.Value.ObType.Name}: {Ops.StrString(ts, e.Value)}"; }
        return "no exception";
    }

    [Fact]
    public void AtexitUnregisterAndClear()
    {
        var atexit = Mod("atexit");
        var log = new PyList();
        var append = Ops.GetAttr(Ts, log, "append");
        Ops.Call(Ts, F(atexit, "register"), append, S("a"));
        Ops.Call(Ts, F(atexit, "register"), B("len"), S("b"));
        Ops.Call(Ts, F(atexit, "unregister"), append);
        Assert.Equal("1", Repr(Ops.Call(Ts, F(atexit, "_ncallbacks"))));
        Ops.Call(Ts, F(atexit, "_clear"));
        Assert.Equal("0", Repr(Ops.Call(Ts, F(atexit, "_ncallbacks"))));
    }

    [Fact]
    public void Gc()
    {
        var gc = Mod("gc");
        Assert.Equal("0", Repr(Ops.Call(Ts, F(gc, "collect"))));
        Assert.Equal("(2000, 10, 10)", Repr(Ops.Call(Ts, F(gc, "get_threshold"))));
        Assert.Equal("True", Repr(Ops.Call(Ts, F(gc, "isenabled"))));
        Ops.Call(Ts, F(gc, "disable"));
        Assert.Equal("False", Repr(Ops.Call(Ts, F(gc, "isenabled"))));
        Ops.Call(Ts, F(gc, "set_threshold"), I(100), I(5));
        Assert.Equal("(100, 5, 10)", Repr(Ops.Call(Ts, F(gc, "get_threshold"))));
        Assert.Equal("TypeError: gc.set_threshold requires 1 to 3 arguments", Err(() => Ops.Call(Ts, F(gc, "set_threshold"))));
        Assert.Equal("ValueError: invalid generation", Err(() => Ops.Call(Ts, F(gc, "collect"), I(3))));
        Assert.Equal("False", Repr(Ops.Call(Ts, F(gc, "is_tracked"), I(1))));
        Assert.Equal("True", Repr(Ops.Call(Ts, F(gc, "is_tracked"), L())));
        var phases = new PyDict();
        var cbs = (PyList)F(gc, "callbacks");
        cbs.Append(Ops.GetAttr(Ts, phases, "__setitem__"));
        Ops.Call(Ts, F(gc, "collect"));
        Assert.Equal("{'start': {'generation': 2, 'collected': 0, 'uncollectable': 0}, 'stop': {'generation': 2, 'collected': 0, 'uncollectable': 0}}", Repr(phases));
        Assert.Equal("(0, 0, 0)", Repr(Ops.Call(Ts, F(gc, "get_count"))));
    }

    [Fact]
    public void SignalHandlersRunInTheMainThread()
    {
        var sig = Mod("_signal");
        var got = new PyList();
        var handler = Ops.GetAttr(Ts, got, "append");
        // list.append takes one argument: wrap so the handler gets (signum, frame).
        var h = Ops.Call(Ts, B("getattr"), got, S("extend"));
        Assert.Equal("0", Repr(Ops.Call(Ts, F(sig, "signal"), I(SignalModule.SIGUSR1), h)));
        Assert.Same(h, Ops.Call(Ts, F(sig, "getsignal"), I(SignalModule.SIGUSR1)));
        Ts.Interp.Runtime.TripSignal(SignalModule.SIGUSR1);
        Assert.NotEqual(0, Ts.EvalBreaker & EvalBreakerBits.SignalsPending);
        Assert.True(Ts.Interp.Runtime.SignalWakeup.WaitOne(0));
        Assert.Equal("TypeError: list.extend() takes exactly one argument (2 given)", Err(() => Ts.HandleEvalBreaker()));
        Ops.Call(Ts, F(sig, "signal"), I(SignalModule.SIGUSR1), PyInt.One);
        Ops.Call(Ts, F(sig, "raise_signal"), I(SignalModule.SIGUSR1));
        Assert.Same(F(sig, "default_int_handler"), Ops.Call(Ts, F(sig, "getsignal"), I(SignalModule.SIGINT)));
        Assert.Equal("KeyboardInterrupt: ", Err(() => Ops.Call(Ts, F(sig, "raise_signal"), I(SignalModule.SIGINT))));
        Assert.Equal("1", Repr(Ops.Call(Ts, F(sig, "getsignal"), I(SignalModule.SIGPIPE))));
        Assert.Equal("None", Repr(Ops.Call(Ts, F(sig, "getsignal"), I(32))));
        Assert.Equal("ValueError: signal number out of range", Err(() => Ops.Call(Ts, F(sig, "signal"), I(1000), PyInt.Zero)));
        Assert.Equal("TypeError: signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            Err(() => Ops.Call(Ts, F(sig, "signal"), I(SignalModule.SIGINT), I(5))));
        Assert.Equal("OSError: [Errno 22] Invalid argument", Err(() => Ops.Call(Ts, F(sig, "signal"), I(SignalModule.SIGKILL), PyInt.One)));
        Assert.Equal("'Interrupt' 'Terminated' 'Real-time signal 0' None", string.Join(" ",
            new[] { 2, 15, 34, 32 }.Select(n => Repr(Ops.Call(Ts, F(sig, "strsignal"), I(n))))));
        Assert.Equal("ValueError: signal number out of range", Err(() => Ops.Call(Ts, F(sig, "strsignal"), I(0))));
        Assert.Equal(62, Len(Ops.Call(Ts, F(sig, "valid_signals"))));
        Assert.Equal("65", Repr(F(sig, "NSIG")));
        _ = handler;
    }

    [Fact]
    public void OnlyTheMainThreadOfTheMainInterpreterInstallsHandlers()
    {
        var sig = Mod("_signal");
        var other = new ThreadState(Ts.Interp);
        // The other thread state takes the GIL for its call, as a real second thread would (the
        // isolation-check build rejects a thread state used while another one holds the GIL).
        var message = Ts.WithoutGil(() =>
        {
            Ts.Interp.Gil.Acquire(other);
            try { return Err(() => Ops.Call(other, F(sig, "signal"), I(SignalModule.SIGUSR1), PyInt.Zero)); }
            finally { Ts.Interp.Gil.Release(other); }
        });
        Assert.Equal("ValueError: signal only works in main thread of the main interpreter", message);
    }

    [Fact]
    public void PendingCallsRunAtTheEvalBreaker()
    {
        var ran = new List<int>();
        Ts.Interp.AddPendingCall(ts => ran.Add(1));
        Assert.NotEqual(0, Ts.EvalBreaker & EvalBreakerBits.PendingCalls);
        Ts.HandleEvalBreaker();
        Assert.Equal([1], ran);
        Assert.Equal(0, Ts.EvalBreaker & EvalBreakerBits.PendingCalls);
    }
}
