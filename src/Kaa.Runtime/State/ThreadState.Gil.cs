#pragma warning disable CS0420 // Interlocked operations on the volatile EvalBreaker are intended.
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class ThreadState
{
    /// <summary>Sets a request bit; the eval loop sees it at its next check.</summary>
    public void RequestEvalBreak(int bit)
    {
        int old, updated;
        do
        {
            old = EvalBreaker;
            updated = old | bit;
        } while (Interlocked.CompareExchange(ref EvalBreaker, updated, old) != old);
    }

    public void ClearEvalBreak(int bit)
    {
        int old, updated;
        do
        {
            old = EvalBreaker;
            updated = old & ~bit;
        } while (Interlocked.CompareExchange(ref EvalBreaker, updated, old) != old);
    }

    /// <summary>An exception to raise in this thread at its next eval-breaker check (PyThreadState_SetAsyncExc, host interrupts).</summary>
    public PyBaseException? PendingAsyncException;

    /// <summary>
    /// Called by the eval loop when <see cref="EvalBreaker"/> is non-zero (at backward jumps and function
    /// entry): hands the GIL over on a drop request and raises a pending asynchronous exception.
    /// </summary>
    public void HandleEvalBreaker()
    {
        int bits = EvalBreaker;
        // As CPython's _Py_HandlePending: signals (main thread of the main interpreter only), then pending calls.
        if ((bits & EvalBreakerBits.SignalsPending) != 0)
        {
            ClearEvalBreak(EvalBreakerBits.SignalsPending);
            Interp.Runtime.CheckSignals(this);
        }
        if ((bits & EvalBreakerBits.PendingCalls) != 0)
        {
            ClearEvalBreak(EvalBreakerBits.PendingCalls);
            Interp.RunPendingCalls(this);
        }
        if ((bits & EvalBreakerBits.GilDropRequest) != 0)
        {
            var gil = Interp.Gil;
            if (ReferenceEquals(gil.Holder, this))
            {
                gil.Release(this);
                gil.Acquire(this);
            }
            else ClearEvalBreak(EvalBreakerBits.GilDropRequest);
        }
        if ((bits & (EvalBreakerBits.AsyncException | EvalBreakerBits.InterruptRequested)) != 0)
        {
            ClearEvalBreak(EvalBreakerBits.AsyncException | EvalBreakerBits.InterruptRequested);
            var exc = Interlocked.Exchange(ref PendingAsyncException, null);
            if (exc != null) throw new PyException(exc);
        }
    }

    /// <summary>Runs a blocking .NET operation with this thread's GIL released (sleep, lock waits, I/O).</summary>
    public T WithoutGil<T>(Func<T> blocking)
    {
        var gil = Interp.Gil;
        bool held = ReferenceEquals(gil.Holder, this);
        if (held) gil.Release(this);
        try { return blocking(); }
        finally { if (held) gil.Acquire(this); }
    }

    public void WithoutGil(Action blocking) => WithoutGil(() => { blocking(); return 0; });

    public override string ToString() => $"thread {ManagedThreadId} of {Interp}";

    /// <summary>The .NET thread this state was created on.</summary>
    public readonly int ManagedThreadId = Environment.CurrentManagedThreadId;
}
