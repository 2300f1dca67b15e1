using System.Numerics;
using Kaa.Runtime.Hosting;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Tests.Hosting;

public class HostingTests
{
    [Fact]
    public void ExecEvalCall()
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        interp.Exec("x = 1\ndef f(a, b=10):\n    return a * b\n");
        Assert.Equal(2, interp.Eval("x + 1"));
        Assert.Equal(210, interp.Call("f", 21));
        Assert.Equal(6, interp.Call("f", 2, 3));
        Assert.Equal(42L, interp.Eval<long>("6 * 7"));
    }

    [Fact]
    public void ConvertsValuesBothWays()
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        Assert.Null(interp.Eval("None"));
        Assert.Equal(true, interp.Eval("1 == 1"));
        Assert.Equal(1L << 40, interp.Eval("2 ** 40"));
        Assert.Equal(BigInteger.Pow(2, 100), interp.Eval("2 ** 100"));
        Assert.Equal(0.5, interp.Eval("1 / 2"));
        Assert.Equal("héllo", interp.Eval("'h' + '\\xe9llo'"));
        Assert.Equal(new byte[] { 1, 2 }, interp.Eval("b'\\x01\\x02'"));
        Assert.Equal(new object?[] { 1, "a", null }, interp.Eval("[1, 'a', None]"));
        Assert.Equal(new object?[] { 1, 2.5 }, interp.Eval("(1, 2.5)"));
        var d = Assert.IsType<Dictionary<object, object?>>(interp.Eval("{'a': 1, 'b': [2]}"));
        Assert.Equal(1, d["a"]);
        Assert.Equal(new object?[] { 2 }, d["b"]);
        Assert.Equal(new Complex(1, 2), interp.Eval("1+2j"));

        interp.SetGlobal("data", new Dictionary<string, object?> { ["k"] = new[] { 1, 2, 3 }, ["n"] = null });
        Assert.Equal(6, interp.Eval("sum(data['k'])"));
        Assert.Equal(true, interp.Eval("data['n'] is None"));
        Assert.Equal(9, interp.Call("max", 3, 9));
        Assert.Equal("A-B", interp.Call("str.join", "-", new[] { "A", "B" }));
        Assert.Equal(3, interp.GetGlobal("data") is Dictionary<object, object?> g ? ((object?[])g["k"]!).Length : -1);
        Assert.IsAssignableFrom<PyObject>(interp.EvalObject("object()"));
    }

    [Fact]
    public void PythonExceptionsSurfaceWithTypeMessageAndTraceback()
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        interp.Exec("def boom():\n    raise ValueError('bad value')\n");
        var e = Assert.Throws<PythonException>(() => interp.Call("boom"));
        Assert.Equal("ValueError", e.TypeName);
        Assert.Equal("bad value", e.PythonMessage);
        Assert.Contains("ValueError: bad value", e.FormattedTraceback);
        Assert.Equal(interp.Id, e.InterpreterId);

        var s = Assert.Throws<PythonException>(() => interp.Exec("1 +"));
        Assert.Equal("SyntaxError", s.TypeName);
        var n = Assert.Throws<PythonException>(() => interp.Eval("undefined_name"));
        Assert.Equal("NameError", n.TypeName);
        Assert.Contains("undefined_name", n.PythonMessage);
        // The interpreter is still usable afterwards.
        Assert.Equal(3, interp.Eval("1 + 2"));
    }

    [Fact]
    public void InterpretersAreIsolated()
    {
        using var runtime = new KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        a.Exec("import sys\nsys.marker = 'a'\nx = 'a'");
        b.Exec("import sys\nx = 'b'");
        Assert.Equal("a", a.Eval("x"));
        Assert.Equal("b", b.Eval("x"));
        Assert.Equal(false, b.Eval("hasattr(sys, 'marker')"));
        Assert.Equal(false, a.Eval("sys is __import__('builtins')"));
        Assert.NotSame(a.State.Sys, b.State.Sys);
        Assert.NotSame(a.State.Builtins, b.State.Builtins);
        Assert.NotSame(a.State.Modules, b.State.Modules);
        Assert.NotSame(a.State.MainModule, b.State.MainModule);
        Assert.NotSame(a.State.Gil, b.State.Gil);
    }

    [Fact]
    public void CallableFromAnyThreadAndSerializedPerInterpreter()
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        interp.Exec("counter = 0\ndef bump(n):\n    global counter\n    for i in range(n):\n        counter += 1\n");
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() => { for (int i = 0; i < 20; i++) interp.Call("bump", 100); })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(8 * 20 * 100, interp.Eval("counter"));
    }

    [Fact]
    public void MainInterpreterIsUsableAndNotDestroyed()
    {
        using var runtime = new KaaRuntime();
        var main = runtime.MainInterpreter;
        Assert.Equal(0L, main.Id);
        main.Exec("m = 5");
        Assert.Equal(5, main.Eval("m"));
        main.Dispose();
        Assert.Equal(6, main.Eval("m + 1"));
        // From another thread too: the constructor gave the main GIL back.
        object? r = null;
        var t = new Thread(() => r = main.Eval("m * 2"));
        t.Start();
        t.Join();
        Assert.Equal(10, r);
    }

    [Fact]
    public void DisposeDestroysAndRunsAtExit()
    {
        using var runtime = new KaaRuntime();
        var interp = runtime.CreateInterpreter();
        long id = interp.Id;
        var log = new List<string>();
        interp.Run(ts =>
        {
            ts.Interp.AtExitCallbacks.Add(new PyBuiltinFunction("cb", (t, m, a, k) => { log.Add("atexit"); return PyNone.Value; }));
            return 0;
        });
        interp.SetGlobal("note", new PyBuiltinFunction("note", (t, m, a, k) => { log.Add(((PyStr)a[0]).Value); return PyNone.Value; }));
        interp.Exec("import atexit\natexit.register(note, 'py-first')\natexit.register(note, 'py-last')");
        interp.Dispose();
        Assert.Equal(["py-last", "py-first", "atexit"], log);
        Assert.True(interp.IsDisposed);
        Assert.Null(runtime.State.FindInterpreter(id));
        Assert.Throws<ObjectDisposedException>(() => interp.Exec("x = 1"));
        interp.Dispose();
    }

    [Fact]
    public void InterruptStopsRunningCode()
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        PythonException? caught = null;
        var t = new Thread(() =>
        {
            try { interp.Exec("while True:\n    pass\n"); }
            catch (PythonException e) { caught = e; }
        });
        t.Start();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (interp.State.Gil.Holder == null && DateTime.UtcNow < deadline) Thread.Sleep(5);
        Thread.Sleep(20);
        Assert.True(interp.Interrupt() >= 1);
        Assert.True(t.Join(TimeSpan.FromSeconds(10)), "the interrupted loop did not stop");
        Assert.NotNull(caught);
        Assert.Equal("KeyboardInterrupt", caught!.TypeName);
        // A stale interrupt does not hit the next call.
        Assert.Equal(1, interp.Eval("1"));
    }

    [Fact]
    public void CancellationTokenInterruptsExec()
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var e = Assert.Throws<PythonException>(() => interp.Exec("while True:\n    pass\n", cts.Token));
        Assert.Equal("KeyboardInterrupt", e.TypeName);
    }

    [Fact]
    public void NestedCallsBackIntoTheSameInterpreterFromACallback()
    {
        using var runtime = new KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        a.Exec("v = 'a'");
        b.Exec("v = 'b'");
        // A .NET callback called from Python in `a` uses `b` and then `a` again on the same thread.
        a.SetGlobal("cb", new PyBuiltinFunction("cb", (ts, m, args, kw) =>
            PyStr.From((string)b.Eval("v")! + (string)a.Eval("v")!)));
        Assert.Equal("ba", a.Eval("cb()"));
        Assert.Same(a.State.Gil.Holder, null);
    }

    [Fact]
    public void RuntimeDisposeDestroysItsInterpreters()
    {
        var runtime = new KaaRuntime();
        var a = runtime.CreateInterpreter();
        var b = runtime.CreateInterpreter(InterpreterConfig.Legacy);
        Assert.Equal(2, runtime.Interpreters.Count);
        runtime.Dispose();
        Assert.True(a.IsDisposed);
        Assert.True(b.IsDisposed);
        Assert.Single(runtime.State.Interpreters);
    }
}
