namespace Kaa.Runtime.State;

/// <summary>
/// One interpreter's global interpreter lock (DESIGN §3), CPython's algorithm (Python/ceval_gil.c):
/// a thread that waits longer than the switch interval sets a drop request in the holder's eval
/// breaker; the holder sees it at its next check, releases, and — FORCE_SWITCHING — does not return
/// to the race until another thread has actually taken the lock, so a busy thread cannot starve the
/// others. .NET's Monitor and Lock are not fair on their own; fairness comes from this hand-off.
/// </summary>
public sealed class Gil
{
    private readonly object _mutex = new();
    private bool _locked;
    private ThreadState? _holder;
    private ThreadState? _lastHolder;
    private long _switchNumber;
    private int _waiters;

    /// <summary>The switch interval in microseconds (sys.setswitchinterval), at least 1.</summary>
    public long IntervalMicroseconds { get; set; } = 5000;

    /// <summary>The thread state holding the lock now, or null.</summary>
    public ThreadState? Holder => Volatile.Read(ref _holder);

    public bool IsLocked => Volatile.Read(ref _locked);

    /// <summary>Number of times the lock changed hands between different threads (for tests and stats).</summary>
    public long SwitchNumber => Interlocked.Read(ref _switchNumber);

    public void Acquire(ThreadState ts)
    {
        lock (_mutex)
        {
            if (_locked && ReferenceEquals(_holder, ts))
                throw new InvalidOperationException($"{ts} already holds the GIL of {ts.Interp}");
            _waiters++;
            try
            {
                while (_locked)
                {
                    long saved = _switchNumber;
                    int timeoutMs = (int)Math.Max(1, (IntervalMicroseconds + 999) / 1000);
                    bool signalled = Monitor.Wait(_mutex, timeoutMs);
                    // Timed out with no switch in the meantime: ask the holder to let go.
                    if (!signalled && _locked && _switchNumber == saved)
                        _holder?.RequestEvalBreak(EvalBreakerBits.GilDropRequest);
                }
            }
            finally { _waiters--; }
            _locked = true;
            Volatile.Write(ref _holder, ts);
            if (!ReferenceEquals(_lastHolder, ts))
            {
                _lastHolder = ts;
                _switchNumber++;
            }
            ts.ClearEvalBreak(EvalBreakerBits.GilDropRequest);
            // Wake a thread waiting in Release for this switch to happen.
            Monitor.PulseAll(_mutex);
        }
    }

    /// <summary>Takes the lock only if it is free now (no waiting, no drop request).</summary>
    public bool TryAcquire(ThreadState ts)
    {
        lock (_mutex)
        {
            if (_locked) return false;
            _locked = true;
            Volatile.Write(ref _holder, ts);
            if (!ReferenceEquals(_lastHolder, ts)) { _lastHolder = ts; _switchNumber++; }
            return true;
        }
    }

    public void Release(ThreadState ts)
    {
        lock (_mutex)
        {
            if (!_locked || !ReferenceEquals(_holder, ts))
                throw new InvalidOperationException($"{ts} releases a GIL it does not hold");
            bool forced = (ts.EvalBreaker & EvalBreakerBits.GilDropRequest) != 0;
            _locked = false;
            Volatile.Write(ref _holder, null);
            Monitor.PulseAll(_mutex);
            if (forced)
            {
                ts.ClearEvalBreak(EvalBreakerBits.GilDropRequest);
                // FORCE_SWITCHING: wait until another thread has taken the lock.
                while (_waiters > 0 && ReferenceEquals(_lastHolder, ts))
                    Monitor.Wait(_mutex, 10);
            }
        }
    }
}

/// <summary>The bits of <see cref="ThreadState.EvalBreaker"/> (DESIGN §3).</summary>
public static class EvalBreakerBits
{
    public const int GilDropRequest = 1 << 0;
    public const int PendingCalls = 1 << 1;
    public const int SignalsPending = 1 << 2;
    public const int AsyncException = 1 << 3;
    /// <summary>The host (or another interpreter) asked this interpreter to stop.</summary>
    public const int InterruptRequested = 1 << 4;
}
