using Kaa.Runtime.CrossInterpreter;
using Kaa.Runtime.Hosting;
using Kaa.Runtime.Objects;

namespace Kaa.Tests.Interpreters;

public class QueueTests
{
    private static QueueItem Item(long interp, object value, int unbound = UnboundOp.Replace)
        => new(interp, new SharedRefData(PyStr.From(value.ToString()!)), unbound);

    [Fact]
    public void FifoWithMaxSize()
    {
        var qs = new CrossQueues();
        long id = qs.Create(2, UnboundOp.Replace, 1);
        var q = qs.Lookup(id)!;
        Assert.Equal(QueueStatus.Ok, q.TryPut(Item(1, "a")));
        Assert.Equal(QueueStatus.Ok, q.TryPut(Item(1, "b")));
        Assert.True(q.IsFull);
        Assert.Equal(QueueStatus.Full, q.TryPut(Item(1, "c")));
        Assert.Equal(QueueStatus.Ok, q.TryGet(out var first));
        Assert.Equal("a", ((PyStr)first!.Data!.SharedObject!).Value);
        Assert.Equal(1, q.Count);
        Assert.Equal(QueueStatus.Ok, q.TryGet(out _));
        Assert.Equal(QueueStatus.Empty, q.TryGet(out _));
    }

    [Fact]
    public void BindReleaseDestroysAtZero()
    {
        var qs = new CrossQueues();
        long id = qs.Create(0, UnboundOp.Replace, 1);
        Assert.Equal(QueueStatus.NeverBound, qs.Release(id));
        Assert.Equal(QueueStatus.Ok, qs.Bind(id));
        Assert.Equal(QueueStatus.Ok, qs.Bind(id));
        Assert.Equal(QueueStatus.Ok, qs.Release(id));
        Assert.NotNull(qs.Lookup(id));
        Assert.Equal(QueueStatus.Ok, qs.Release(id));
        Assert.Null(qs.Lookup(id));
        Assert.Equal(QueueStatus.NotFound, qs.Release(id));
        Assert.Equal(QueueStatus.NotFound, qs.Destroy(id));
    }

    [Fact]
    public void UnboundPoliciesWhenThePutterIsDestroyed()
    {
        var qs = new CrossQueues();
        var q = qs.Lookup(qs.Create(0, UnboundOp.Replace, 1))!;
        q.TryPut(Item(7, "remove", UnboundOp.Remove));
        q.TryPut(Item(7, "error", UnboundOp.Error));
        q.TryPut(Item(8, "other", UnboundOp.Remove));
        q.TryPut(Item(7, "replace", UnboundOp.Replace));
        qs.ClearInterpreter(7);
        Assert.Equal(3, q.Count);
        q.TryGet(out var a);
        Assert.Null(a!.Data);
        Assert.Equal(UnboundOp.Error, a.UnboundOp);
        q.TryGet(out var b);
        Assert.NotNull(b!.Data);
        q.TryGet(out var c);
        Assert.Null(c!.Data);
        Assert.Equal(UnboundOp.Replace, c.UnboundOp);
    }

    [Fact]
    public void BlockingGetWakesOnPutWithoutPolling()
    {
        var qs = new CrossQueues();
        var q = qs.Lookup(qs.Create(0, UnboundOp.Replace, 1))!;
        var got = new List<string>();
        var consumer = new Thread(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                Assert.Equal(QueueStatus.Ok, q.Get(out var item, TimeSpan.FromSeconds(10)));
                got.Add(((PyStr)item!.Data!.SharedObject!).Value);
            }
        });
        consumer.Start();
        for (int i = 0; i < 1000; i++) q.Put(Item(1, i));
        Assert.True(consumer.Join(TimeSpan.FromSeconds(20)));
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i.ToString()), got);
        Assert.Equal(QueueStatus.Empty, q.Get(out _, TimeSpan.FromMilliseconds(20)));
    }

    [Fact]
    public void DestroyWakesWaiters()
    {
        var qs = new CrossQueues();
        long id = qs.Create(0, UnboundOp.Replace, 1);
        var q = qs.Lookup(id)!;
        QueueStatus st = QueueStatus.Ok;
        var t = new Thread(() => st = q.Get(out _));
        t.Start();
        Thread.Sleep(50);
        qs.Destroy(id);
        Assert.True(t.Join(TimeSpan.FromSeconds(5)));
        Assert.Equal(QueueStatus.NotFound, st);
    }

    private static void Expect(string code, params string[] expected)
    {
        var got = (object?[])InterpretersModuleTests.Run(code, "[repr(o) if not isinstance(o, str) else o for o in out]")!;
        Assert.Equal(expected, got.Cast<string>().ToArray());
    }

    [Fact]
    public void InterpQueuesApi()
    {
        Expect("""
            qid = Q.create(2)
            out.append(Q.list_all() == [(qid, 3, 1)])
            Q.bind(qid)
            out.append((Q.get_maxsize(qid), Q.get_queue_defaults(qid), Q.is_full(qid), Q.get_count(qid)))
            Q.put(qid, (1, 'two', b'3', None))
            Q.put(qid, 2**70)
            out.append(Q.is_full(qid))
            try:
                Q.put(qid, 3)
            except Q.QueueError as e:
                out.append((type(e).__name__, str(e) == f'queue {qid} is full'))
            out.append(Q.get(qid))
            out.append(Q.get(qid))
            try:
                Q.get(qid)
            except Q.QueueError as e:
                out.append((type(e).__name__, str(e) == f'queue {qid} is empty'))
            try:
                Q.put(qid, [1], fallback=0)
            except I.NotShareableError as e:
                out.append(str(e))
            try:
                Q.create(0, 9)
            except ValueError as e:
                out.append(str(e))
            try:
                Q.get(10**6)
            except Q.QueueNotFoundError as e:
                out.append(str(e))
            try:
                Q.get('x')
            except TypeError as e:
                out.append(str(e))
            Q.release(qid)
            out.append(Q.list_all())
            out.append(Q.QueueNotFoundError.__mro__[1:3])
            """,
            "True",
            "(2, (3, 1), False, 0)",
            "True",
            "('QueueFull', True)",
            "((1, 'two', b'3', None), None)",
            "(1180591620717411303424, None)",
            "('QueueEmpty', True)",
            "[1] does not support cross-interpreter data",
            "unsupported unboundop 9",
            "queue 1000000 not found",
            "queue ID must be an int, got str",
            "[]",
            "(<class 'concurrent.interpreters.QueueError'>, <class 'RuntimeError'>)");
    }

    [Fact]
    public void ItemsCrossInterpretersByReferenceAndUnboundOnDestroy()
    {
        Expect("""
            qid = Q.create(0)
            Q.bind(qid)
            a = I.create()
            I.exec(a, f'import _interpqueues as Q\nQ.put({qid}, ("from a", 1))\nQ.put({qid}, "gone", 1)\nQ.put({qid}, "err", 2)\nQ.put({qid}, "repl", 3)')
            out.append(Q.get(qid))
            I.destroy(a)
            out.append(Q.get_count(qid))
            out.append(Q.get(qid))
            out.append(Q.get(qid))
            big = 'x' * 100000
            b = I.create()
            Q.put(qid, big)
            I.exec(b, f'import _interpqueues as Q\nobj, _ = Q.get({qid})\nQ.put({qid}, (obj, len(obj)))')
            back, n = Q.get(qid)[0]
            out.append((back is big, n))
            I.destroy(b)
            """,
            "(('from a', 1), None)",
            "2",
            "(None, 2)",
            "(None, 3)",
            "(True, 100000)");
    }

    [Fact]
    public void BlockingHelpersReleaseTheGil()
    {
        using var runtime = new KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        a.Exec("import _interpqueues as Q\nqid = Q.create(0)\nQ.bind(qid)");
        long qid = Convert.ToInt64(a.Eval("qid"));
        object? got = null;
        var t = new Thread(() => got = a.Eval($"Q._get_wait({qid}, 10)"));
        t.Start();
        Thread.Sleep(100);
        // a's waiting thread does not hold a's GIL, so a stays usable meanwhile.
        Assert.Equal(0, a.Eval($"Q.get_count({qid})"));
        b.Exec($"import _interpqueues as Q\nQ.put({qid}, 'hello')");
        Assert.True(t.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal(new object?[] { "hello", null }, got);
        var e = Assert.Throws<PythonException>(() => a.Eval($"Q._get_wait({qid}, 0.05)"));
        Assert.Equal("QueueEmpty", e.TypeName);
    }
}
