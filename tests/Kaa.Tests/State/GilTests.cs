using Kaa.Runtime.State;
using ThreadState = Kaa.Runtime.State.ThreadState;

namespace Kaa.Tests.State;

public class GilTests
{
    /// <summary>Simulates eval loops in several threads of one interpreter: never two inside at once, and
    /// the drop request makes the lock change hands so every thread progresses.</summary>
    [Fact]
    public void ThreadsOfOneInterpreterAlternateAndNeverOverlap()
    {
        var rt = new RuntimeState();
        var interp = rt.MainInterpreter;
        interp.Gil.Release(interp.InitialThread);
        interp.SwitchInterval = 0.001;
        int inside = 0, overlaps = 0;
        var turns = new long[3];
        var stop = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, 3).Select(i => new Thread(() =>
        {
            var ts = new ThreadState(interp);
            interp.Gil.Acquire(ts);
            int last = -1;
            while (!stop.IsSet)
            {
                if (Interlocked.Increment(ref inside) != 1) Interlocked.Increment(ref overlaps);
                // "Bytecode" work.
                for (int k = 0; k < 1000; k++) Thread.SpinWait(1);
                Interlocked.Decrement(ref inside);
                if (last != Environment.CurrentManagedThreadId) { turns[i]++; last = Environment.CurrentManagedThreadId; }
                if (ts.EvalBreaker != 0)
                {
                    ts.HandleEvalBreaker();
                    turns[i]++;
                }
            }
            interp.Gil.Release(ts);
        })).ToList();
        threads.ForEach(t => t.Start());
        // Run until every thread has had several turns. No fixed duration: on a loaded machine a
        // thread may not be scheduled for a while, which is not a GIL fault; only a lasting
        // starvation (20 s) is.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && Enumerable.Range(0, turns.Length).Any(k => Volatile.Read(ref turns[k]) < 3)) Thread.Sleep(20);
        stop.Set();
        threads.ForEach(t => t.Join());
        Assert.Equal(0, overlaps);
        Assert.All(turns, n => Assert.True(n >= 3, $"a thread starved: turns = {string.Join(",", turns)}"));
        Assert.True(interp.Gil.SwitchNumber >= 6);
    }

    [Fact]
    public void EachIsolatedInterpreterHasItsOwnGil()
    {
        var rt = new RuntimeState();
        var a = rt.CreateInterpreter(InterpreterConfig.Isolated);
        var b = rt.CreateInterpreter(InterpreterConfig.Isolated);
        var legacy = rt.CreateInterpreter(InterpreterConfig.Legacy);
        Assert.NotSame(a.Gil, b.Gil);
        Assert.NotSame(a.Gil, rt.MainInterpreter.Gil);
        Assert.Same(rt.MainInterpreter.Gil, legacy.Gil);
        // Both isolated GILs can be held at the same time by different threads.
        var tsA = a.InitialThread;
        a.Gil.Acquire(tsA);
        var other = new Thread(() => { var tsB = new ThreadState(b); b.Gil.Acquire(tsB); b.Gil.Release(tsB); });
        other.Start();
        Assert.True(other.Join(5000));
        a.Gil.Release(tsA);
    }

    [Fact]
    public void SwitchIntervalRoundTripsThroughMicroseconds()
    {
        var rt = new RuntimeState();
        rt.MainInterpreter.SwitchInterval = 0.005;
        Assert.Equal(0.005, rt.MainInterpreter.SwitchInterval, 9);
        Assert.Equal(5000, rt.MainInterpreter.Gil.IntervalMicroseconds);
    }
}
