namespace Kaa.Runtime.CrossInterpreter;

/// <summary>What get() returns for an item whose interpreter was destroyed (CPython's UNBOUND_* ops).</summary>
public static class UnboundOp
{
    /// <summary>The item disappears from the queue when its interpreter is destroyed.</summary>
    public const int Remove = 1;
    /// <summary>get() raises ItemInterpreterDestroyed for it.</summary>
    public const int Error = 2;
    /// <summary>get() returns the UNBOUND sentinel in its place.</summary>
    public const int Replace = 3;

    public static bool IsValid(int op) => op is Remove or Error or Replace;
}

/// <summary>Why a queue operation failed (mapped to QueueError and friends by _interpqueues).</summary>
public enum QueueStatus { Ok, NotFound, Empty, Full, NeverBound }

/// <summary>One item: its data, the interpreter that put it, what to do if that interpreter goes away.</summary>
public sealed class QueueItem(long interpreterId, XIData? data, int unboundOp)
{
    public long InterpreterId { get; } = interpreterId;
    /// <summary>Null once the putting interpreter was destroyed (an unbound item).</summary>
    public XIData? Data { get; internal set; } = data;
    public int UnboundOp { get; } = unboundOp;
}

/// <summary>
/// A cross-interpreter FIFO queue. It lives at runtime level and holds only cross-interpreter data,
/// never an interpreter's mutable objects. Blocking waits use real wait handles (no polling), and the
/// callers release their GIL around them.
/// </summary>
public sealed class CrossQueue
{
    // A plain monitor: the condition is checked and waited on under the same lock, so no wake-up is lost.
    private readonly object _sync = new();
    private readonly Queue<QueueItem> _items = new();
    private int _waiters;
    private bool _alive = true;

    internal CrossQueue(long id, long maxSize, int unboundOp, int fallback)
    {
        Id = id; MaxSize = maxSize; DefaultUnboundOp = unboundOp; DefaultFallback = fallback;
    }

    public long Id { get; }
    /// <summary>0 or less: unbounded.</summary>
    public long MaxSize { get; }
    public int DefaultUnboundOp { get; }
    public int DefaultFallback { get; }

    public bool IsAlive { get { lock (_sync) return _alive; } }

    public int Count { get { lock (_sync) return _items.Count; } }

    public bool IsFull
    {
        get { lock (_sync) return MaxSize > 0 && _items.Count >= MaxSize; }
    }

    public QueueStatus TryPut(QueueItem item) => Put(item, TimeSpan.Zero);

    public QueueStatus TryGet(out QueueItem? item) => Get(out item, TimeSpan.Zero);

    /// <summary>
    /// Takes the next item, waiting (the caller has released its GIL) until one arrives, the timeout
    /// passes (null: forever) or the queue is destroyed.
    /// </summary>
    public QueueStatus Get(out QueueItem? item, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        item = null;
        using var reg = cancel.CanBeCanceled ? cancel.Register(Wake) : default;
        var deadline = Deadline(timeout);
        lock (_sync)
        {
            while (true)
            {
                if (!_alive) return QueueStatus.NotFound;
                if (_items.TryDequeue(out item))
                {
                    if (_waiters > 0) Monitor.PulseAll(_sync);
                    return QueueStatus.Ok;
                }
                cancel.ThrowIfCancellationRequested();
                if (!WaitUntil(deadline)) return QueueStatus.Empty;
            }
        }
    }

    /// <summary>Adds an item, waiting until there is room, the timeout passes (null: forever) or the queue is destroyed.</summary>
    public QueueStatus Put(QueueItem item, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        using var reg = cancel.CanBeCanceled ? cancel.Register(Wake) : default;
        var deadline = Deadline(timeout);
        lock (_sync)
        {
            while (true)
            {
                if (!_alive) return QueueStatus.NotFound;
                if (MaxSize <= 0 || _items.Count < MaxSize)
                {
                    _items.Enqueue(item);
                    if (_waiters > 0) Monitor.PulseAll(_sync);
                    return QueueStatus.Ok;
                }
                cancel.ThrowIfCancellationRequested();
                if (!WaitUntil(deadline)) return QueueStatus.Full;
            }
        }
    }

    private static long Deadline(TimeSpan? timeout)
        => timeout is { } t ? (t <= TimeSpan.Zero ? 0 : Environment.TickCount64 + (long)Math.Ceiling(t.TotalMilliseconds)) : long.MaxValue;

    /// <summary>Waits (lock held) for a change; false when the deadline has passed.</summary>
    private bool WaitUntil(long deadline)
    {
        if (deadline == 0) return false;
        long now = Environment.TickCount64;
        if (now >= deadline) return false;
        int ms = deadline == long.MaxValue ? Timeout.Infinite : (int)Math.Min(int.MaxValue, deadline - now);
        _waiters++;
        try { Monitor.Wait(_sync, ms); }
        finally { _waiters--; }
        return true;
    }

    private void Wake()
    {
        lock (_sync) Monitor.PulseAll(_sync);
    }

    internal void Kill()
    {
        lock (_sync)
        {
            _alive = false;
            _items.Clear();
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Applies the unbound policy to the items the destroyed interpreter put.</summary>
    internal void ClearInterpreter(long interpId)
    {
        lock (_sync)
        {
            if (!_alive) return;
            int n = _items.Count;
            for (int i = 0; i < n; i++)
            {
                var item = _items.Dequeue();
                if (item.InterpreterId == interpId && item.Data != null)
                {
                    if (item.UnboundOp == UnboundOp.Remove) continue;
                    item.Data = null;
                }
                _items.Enqueue(item);
            }
            Monitor.PulseAll(_sync);
        }
    }
}

/// <summary>The runtime's table of queues, with the bind/release reference counts of CPython's _queues.</summary>
public sealed class CrossQueues
{
    private sealed class Ref(CrossQueue queue)
    {
        public readonly CrossQueue Queue = queue;
        public long RefCount;
    }

    private readonly Lock _lock = new();
    private readonly Dictionary<long, Ref> _queues = new();
    private long _nextId = 1;

    /// <summary>Creates a queue; like CPython, the new queue starts with no references (bind() adds them).</summary>
    public long Create(long maxSize, int unboundOp, int fallback)
    {
        lock (_lock)
        {
            long id = _nextId++;
            _queues[id] = new Ref(new CrossQueue(id, maxSize, unboundOp, fallback));
            return id;
        }
    }

    public QueueStatus Destroy(long qid)
    {
        CrossQueue q;
        lock (_lock)
        {
            if (!_queues.Remove(qid, out var r)) return QueueStatus.NotFound;
            q = r.Queue;
        }
        q.Kill();
        return QueueStatus.Ok;
    }

    public CrossQueue? Lookup(long qid)
    {
        lock (_lock) return _queues.TryGetValue(qid, out var r) ? r.Queue : null;
    }

    public (long Id, int UnboundOp, int Fallback)[] ListAll()
    {
        lock (_lock)
            return _queues.Values.OrderByDescending(r => r.Queue.Id)
                .Select(r => (r.Queue.Id, r.Queue.DefaultUnboundOp, r.Queue.DefaultFallback)).ToArray();
    }

    public QueueStatus Bind(long qid)
    {
        lock (_lock)
        {
            if (!_queues.TryGetValue(qid, out var r)) return QueueStatus.NotFound;
            r.RefCount++;
            return QueueStatus.Ok;
        }
    }

    /// <summary>Drops a reference; the queue is destroyed when none are left.</summary>
    public QueueStatus Release(long qid)
    {
        CrossQueue? dead = null;
        lock (_lock)
        {
            if (!_queues.TryGetValue(qid, out var r)) return QueueStatus.NotFound;
            if (r.RefCount == 0) return QueueStatus.NeverBound;
            if (--r.RefCount == 0)
            {
                _queues.Remove(qid);
                dead = r.Queue;
            }
        }
        dead?.Kill();
        return QueueStatus.Ok;
    }

    public int Count { get { lock (_lock) return _queues.Count; } }

    /// <summary>Applies every queue's unbound-item policy to the items put by a destroyed interpreter.</summary>
    public void ClearInterpreter(long interpId)
    {
        CrossQueue[] all;
        lock (_lock) all = _queues.Values.Select(r => r.Queue).ToArray();
        foreach (var q in all) q.ClearInterpreter(interpId);
    }
}
