using Kaa.Runtime.Hosting;
using Kaa.Runtime;
using Kaa.Runtime.Objects;

namespace Kaa.Tests.Interpreters;

/// <summary>The runtime-wide lock helper for modules wrapping non-reentrant native code (DESIGN §6).</summary>
public class NativeLocksTests
{
    [Fact]
    public void InterpretersWithTheirOwnGilsNeverEnterTheLockTogether()
    {
        using var runtime = new KaaRuntime();
        var interps = Enumerable.Range(0, 4).Select(_ => runtime.CreateInterpreter()).ToArray();
        int inside = 0, maxInside = 0, entries = 0;
        var threads = interps.Select(interp => new Thread(() =>
        {
            for (int i = 0; i < 200; i++)
                interp.Run(ts => runtime.State.NativeLocks.Run(ts, "libfoo", () =>
                {
                    int now = Interlocked.Increment(ref inside);
                    int seen;
                    while ((seen = Volatile.Read(ref maxInside)) < now && Interlocked.CompareExchange(ref maxInside, now, seen) != seen) { }
                    Thread.SpinWait(200);
                    Interlocked.Increment(ref entries);
                    Interlocked.Decrement(ref inside);
                    return 0;
                }));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(800, entries);
        Assert.Equal(1, maxInside);
        foreach (var i in interps) i.Dispose();
    }

    [Fact]
    public void ReenteringTheLockRaisesInsteadOfHanging()
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        var message = interp.Run(ts =>
        {
            try
            {
                runtime.State.NativeLocks.Run(ts, "libfoo", () => runtime.State.NativeLocks.Run(ts, "libfoo", () => { }));
                return "no error";
            }
            catch (PyException e) { return Ops.StrString(ts, e.Value); }
        });
        Assert.Equal("the runtime-wide lock 'libfoo' is not reentrant", message);
        // The lock was released on the way out.
        Assert.Equal(7, interp.Run(ts => runtime.State.NativeLocks.Run(ts, "libfoo", () => 7)));
    }
}
