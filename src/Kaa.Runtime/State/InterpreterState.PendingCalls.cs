using System.Collections.Concurrent;

namespace Kaa.Runtime.State;

/// <summary>
/// Pending calls (CPython's _PyEval_AddPendingCall): work queued from any .NET thread — weakref
/// callbacks from the GC's finalizer thread, host requests — that must run as Python code with this
/// interpreter's GIL held. Queuing sets the PendingCalls eval-breaker bit on every thread of the
/// interpreter; whichever reaches its next check first runs the queue.
/// </summary>
public sealed partial class InterpreterState
{
    private readonly ConcurrentQueue<Action<ThreadState>> _pendingCalls = new();

    /// <summary>Queues a call to run on a thread of this interpreter holding its GIL. Safe from any thread.</summary>
    public void AddPendingCall(Action<ThreadState> call)
    {
        _pendingCalls.Enqueue(call);
        lock (_threadsLock)
            foreach (var t in _threads) t.RequestEvalBreak(EvalBreakerBits.PendingCalls);
    }

    public bool HasPendingCalls => !_pendingCalls.IsEmpty;

    /// <summary>Runs the queued calls on ts (which holds the GIL). An exception from a call propagates; the rest stay queued.</summary>
    public void RunPendingCalls(ThreadState ts)
    {
        while (_pendingCalls.TryDequeue(out var call))
        {
            try { call(ts); }
            catch
            {
                if (!_pendingCalls.IsEmpty) ts.RequestEvalBreak(EvalBreakerBits.PendingCalls);
                throw;
            }
        }
    }
}
