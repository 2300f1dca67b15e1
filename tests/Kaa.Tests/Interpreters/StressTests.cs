using System.Diagnostics;
using Kaa.Runtime.Hosting;
using Kaa.Runtime.State;

namespace Kaa.Tests.Interpreters;

/// <summary>
/// Short stress runs (a few seconds each in the default run): many threads in many interpreters,
/// interpreters created and destroyed in bulk, and proof that isolated interpreters run Python at the
/// same time. Set KAA_STRESS_SECONDS for longer runs.
/// </summary>
public class StressTests
{
    private static TimeSpan Duration =>
        TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("KAA_STRESS_SECONDS"), out var s) ? s : 2);

    [Fact]
    public void TwoIsolatedInterpretersHoldTheirGilsAtTheSameTime()
    {
        using var runtime = new KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        const string spin = "n = 0\nwhile n < 30_000_000:\n    n += 1\n";
        var ta = new Thread(() => { try { a.Exec(spin); } catch (PythonException) { } });
        var tb = new Thread(() => { try { b.Exec(spin); } catch (PythonException) { } });
        ta.Start();
        tb.Start();
        bool both = false;
        var sw = Stopwatch.StartNew();
        while (!both && (ta.IsAlive || tb.IsAlive) && sw.Elapsed < TimeSpan.FromSeconds(30))
        {
            both = a.State.Gil.Holder != null && b.State.Gil.Holder != null;
            Thread.SpinWait(100);
        }
        a.Interrupt();
        b.Interrupt();
        ta.Join();
        tb.Join();
        Assert.True(both, "the two interpreters never held their GILs at the same moment");
    }

    [Fact]
    public void LegacyInterpretersShareTheMainGil()
    {
        using var runtime = new KaaRuntime();
        using var legacy = runtime.CreateInterpreter(InterpreterConfig.Legacy);
        Assert.Same(runtime.State.MainInterpreter.Gil, legacy.State.Gil);
        legacy.Exec("x = 1");
        Assert.Equal(1, legacy.Eval("x"));
    }

    [Fact]
    public void ManyThreadsInManyInterpretersWithoutDeadlock()
    {
        using var runtime = new KaaRuntime();
        var interps = Enumerable.Range(0, 4).Select(_ => runtime.CreateInterpreter()).ToArray();
        foreach (var i in interps)
            i.Exec("import _interpreters as I, _interpqueues as Q\ntotal = 0\ndef work(k):\n    global total\n    for j in range(k):\n        total += 1\n    return total\n");
        var qid = Convert.ToInt64(interps[0].Eval("Q.create(0)"));
        foreach (var i in interps) i.Exec($"Q.bind({qid})");
        var errors = new List<Exception>();
        long calls = 0;
        var stop = DateTime.UtcNow + Duration;
        var threads = Enumerable.Range(0, 12).Select(t => new Thread(() =>
        {
            var rnd = new Random(t);
            try
            {
                while (DateTime.UtcNow < stop)
                {
                    var mine = interps[rnd.Next(interps.Length)];
                    var other = interps[rnd.Next(interps.Length)];
                    switch (rnd.Next(4))
                    {
                        case 0: mine.Call("work", 50); break;
                        case 1: mine.Exec($"Q.put({qid}, ('x', {t}))"); break;
                        case 2: mine.Exec($"try:\n    Q.get({qid})\nexcept Exception:\n    pass"); break;
                        // Python in one interpreter running code in another (GIL switch, both directions).
                        default:
                            if (mine != other)
                                mine.Exec($"try:\n    I.call({other.Id}, len, ('abc',))\nexcept I.InterpreterError:\n    pass");
                            break;
                    }
                    Interlocked.Increment(ref calls);
                }
            }
            catch (Exception e)
            {
                lock (errors) errors.Add(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        foreach (var t in threads) Assert.True(t.Join(Duration + TimeSpan.FromSeconds(60)), "deadlock: a worker did not finish");
        Assert.Empty(errors);
        Assert.True(calls > 100, $"only {calls} calls");
        foreach (var i in interps) i.Dispose();
    }

    [Fact]
    public void ThousandInterpretersCreatedAndDestroyedWithFlatMemory()
    {
        using var runtime = new KaaRuntime();
        // Warm up, then measure.
        for (int i = 0; i < 50; i++) { using var w = runtime.CreateInterpreter(); w.Exec("x = [1, 2, 3]"); }
        long before = Memory();
        for (int i = 0; i < 1000; i++)
        {
            using var k = runtime.CreateInterpreter();
            if (i % 10 == 0) k.Exec("x = [i for i in range(100)]");
        }
        long after = Memory();
        Assert.Single(runtime.State.Interpreters);
        Assert.True(after - before < 8 * 1024 * 1024, $"memory grew by {(after - before) / 1024} KB over 1000 interpreters");
    }

    [Fact]
    public void PythonThreadsInsideSubinterpretersAreJoinedOnClose()
    {
        using var runtime = new KaaRuntime();
        var k = runtime.CreateInterpreter();
        k.Exec("import _thread, time\ndone = []\ndef run():\n    time.sleep(0.2)\n    done.append(1)\n_thread.start_joinable_thread(run, daemon=False)\n");
        var state = k.State;
        var sw = Stopwatch.StartNew();
        k.Dispose();
        Assert.True(sw.Elapsed >= TimeSpan.FromMilliseconds(100), "close did not wait for the non-daemon thread");
        Assert.True(state.IsDestroyed);
    }

    private static long Memory()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(true);
    }
}
