using System.Collections.Concurrent;

namespace Kaa.Runtime.State;

/// <summary>
/// Runtime-wide named locks for C# modules that wrap non-reentrant native code (DESIGN §6): a native
/// library with global state must not be entered by two interpreters at once, although each runs
/// under its own GIL. A thread waits for the lock with its GIL released (so the interpreter's other
/// threads go on, and a thread holding the lock that needs this GIL cannot deadlock with it), and the
/// locks are not reentrant: entering one again on the same thread raises RuntimeError instead of
/// hanging. One instance per <see cref="RuntimeState"/>; nothing static.
/// </summary>
public sealed class NativeLocks
{
    private sealed class Entry
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int OwnerThreadId;   // managed thread id of the holder, 0 when free
    }

    private readonly ConcurrentDictionary<string, Entry> _locks = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="body"/> holding the runtime-wide lock <paramref name="name"/>.</summary>
    public T Run<T>(ThreadState ts, string name, Func<T> body)
    {
        var e = _locks.GetOrAdd(name, _ => new Entry());
        int me = Environment.CurrentManagedThreadId;
        if (Volatile.Read(ref e.OwnerThreadId) == me)
            throw Objects.PyErr.RuntimeError($"the runtime-wide lock '{name}' is not reentrant");
        if (!e.Semaphore.Wait(0)) ts.WithoutGil(() => e.Semaphore.Wait());
        Volatile.Write(ref e.OwnerThreadId, me);
        try { return body(); }
        finally
        {
            Volatile.Write(ref e.OwnerThreadId, 0);
            e.Semaphore.Release();
        }
    }

    public void Run(ThreadState ts, string name, Action body) => Run(ts, name, () => { body(); return 0; });
}
