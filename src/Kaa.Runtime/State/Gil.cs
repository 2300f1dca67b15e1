namespace Kaa.Runtime.State;

/// <summary>
/// One interpreter's global interpreter lock (DESIGN §3). This first version is a plain mutual
/// exclusion lock; the fair hand-off with a switch interval and drop requests comes with threads.
/// </summary>
public sealed class Gil
{
    private readonly SemaphoreSlim _sem = new(1, 1);

    public void Acquire() => _sem.Wait();
    public bool TryAcquire(int millisecondsTimeout) => _sem.Wait(millisecondsTimeout);
    public void Release() => _sem.Release();
}
