using Kaa.Tests.Compiler;

namespace Kaa.Tests.Modules;

/// <summary>
/// _contextvars behaviour that is new in CPython 3.14 (so the 3.13 reference cannot produce it for a
/// conformance program): Token as a context manager, Context registered as a Mapping, and the
/// interplay with per-thread and per-interpreter current contexts. Expected values follow 3.14's
/// Python/context.c and Lib/contextvars.py.
/// </summary>
public sealed class ContextvarsTests
{
    [Fact]
    public void TokenIsAContextManagerThatResets()
    {
        var output = PyRunner.Run("""
            from contextvars import ContextVar
            v = ContextVar('v', default=0)
            with v.set(1) as t:
                print(v.get(), t.var is v, t.old_value)
                with v.set(2):
                    print(v.get())
                print(v.get())
            print(v.get())
            try:
                with v.set(3) as t:
                    raise KeyError('k')
            except KeyError:
                print('reset on error', v.get())
            w = ContextVar('w')
            with w.set('x'):
                pass
            try:
                w.get()
            except LookupError:
                print('unset again')
            t = w.set(1)
            w.reset(t)
            try:
                t.__exit__(None, None, None)
            except RuntimeError as e:
                print('RuntimeError', str(e).startswith('<Token used var='))
            try:
                t.__exit__()
            except TypeError as e:
                print(e)
            print(t.__enter__() is t)
            """);
        Assert.Equal("1 True <Token.MISSING>\n2\n1\n0\nreset on error 0\nunset again\nRuntimeError True\n__exit__ expected 3 arguments, got 0\nTrue\n", output);
    }

    [Fact]
    public void ContextIsRegisteredAsMapping()
    {
        var output = PyRunner.Run("""
            import contextvars, collections.abc
            print(isinstance(contextvars.copy_context(), collections.abc.Mapping))
            print(issubclass(contextvars.Context, collections.abc.Mapping))
            """);
        Assert.Equal("True\nTrue\n", output);
    }

    [Fact]
    public void CopyIsIndependentAndCheap()
    {
        // 10,000 copies of a context with 1,000 variables: O(1) each, because the map is persistent.
        var output = PyRunner.Run("""
            from contextvars import ContextVar, copy_context
            vs = [ContextVar(f'v{i}') for i in range(1000)]
            for i, v in enumerate(vs):
                v.set(i)
            copies = [copy_context() for _ in range(10000)]
            vs[5].set('changed')
            print(len(copies[0]), copies[0][vs[5]], copies[-1][vs[999]], vs[5].get())
            print(sum(copies[0].values()) == sum(range(1000)))
            """);
        Assert.Equal("1000 5 999 changed\nTrue\n", output);
    }

    [Fact]
    public void EachInterpreterHasItsOwnCurrentContext()
    {
        var output = PyRunner.Run("""
            import _interpreters, contextvars
            v = contextvars.ContextVar('v')
            v.set('main')
            iid = _interpreters.create()
            exc = _interpreters.exec(iid, '''if True:
                import contextvars
                v = contextvars.ContextVar('v', default='sub default')
                assert len(contextvars.copy_context()) == 0
                assert v.get() == 'sub default'
                v.set('sub')
                assert v.get() == 'sub'
                ''')
            print(exc, v.get())
            _interpreters.destroy(iid)
            """);
        Assert.Equal("None main\n", output);
    }
}
