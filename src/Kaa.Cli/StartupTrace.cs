using System.Diagnostics;

namespace Kaa.Cli;

/// <summary>
/// KAA_STARTUP=1: prints how long each start-up phase of the kaa command took (stderr, at exit), so
/// start-up work can be measured without a profiler. One instance per process, made by Main; when the
/// variable is unset no instance exists and the marks cost nothing.
/// </summary>
internal sealed class StartupTrace
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, double Ms, double CpuMs)> _marks = [];
    private readonly Lock _lock = new();

    public static StartupTrace? FromEnvironment() =>
        Environment.GetEnvironmentVariable("KAA_STARTUP") is { Length: > 0 } ? new StartupTrace() : null;

    /// <summary>Records that a phase ended now (thread-safe: the warm-up thread marks its end too).</summary>
    public void Mark(string phase)
    {
        double now = _clock.Elapsed.TotalMilliseconds;
        double cpu = Environment.CpuUsage.TotalTime.TotalMilliseconds;
        lock (_lock)
        {
            _marks.Add((phase, now, cpu));
        }
    }

    /// <summary>Writes the phases: time since the process started, wall time of the phase, process CPU so far.</summary>
    public void Report(TextWriter err)
    {
        var start = Process.GetCurrentProcess().StartTime;
        double beforeMain = (DateTime.Now - start).TotalMilliseconds - _clock.Elapsed.TotalMilliseconds;
        err.Write($"startup: {beforeMain,7:F1} ms before Main (runtime host)\n");
        lock (_lock)
        {
            double last = 0;
            foreach (var (phase, ms, cpu) in _marks)
            {
                err.Write($"startup: {ms - last,7:F1} ms  {phase,-28} (at {ms:F1} ms, process CPU {cpu:F0} ms)\n");
                if (!phase.StartsWith("warm-up", StringComparison.Ordinal)) last = ms;
            }
        }
        err.Flush();
    }
}
