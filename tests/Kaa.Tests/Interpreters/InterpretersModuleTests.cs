using Kaa.Runtime.Hosting;

namespace Kaa.Tests.Interpreters;

/// <summary>_interpreters at the Python level, driven through the hosting API; messages are CPython 3.14's.</summary>
public class InterpretersModuleTests
{
    /// <summary>Runs <paramref name="code"/> in a fresh interpreter and returns the value of the expression <paramref name="result"/>.</summary>
    internal static object? Run(string code, string result = "out")
    {
        using var runtime = new KaaRuntime();
        using var interp = runtime.CreateInterpreter();
        interp.Exec("import _interpreters as I\nimport _interpqueues as Q\nout = []\n" +
            "def get(expr):\n    return eval(expr, globals())\n" + code);
        return interp.Eval(result);
    }

    private static void Expect(string code, params string[] expected)
    {
        var got = (object?[])Run(code, "[repr(o) if not isinstance(o, str) else o for o in out]")!;
        Assert.Equal(expected, got.Cast<string>().ToArray());
    }

    [Fact]
    public void ModuleSurface()
    {
        Expect("""
            for name in ['new_config', 'create', 'destroy', 'list_all', 'get_current', 'get_main', 'is_running',
                         'get_config', 'whence', 'exec', 'call', 'run_string', 'run_func', 'set___main___attrs',
                         'incref', 'decref', 'is_shareable', 'capture_exception', 'InterpreterError',
                         'InterpreterNotFoundError', 'NotShareableError']:
                if not hasattr(I, name): out.append(name)
            out.append((I.WHENCE_UNKNOWN, I.WHENCE_RUNTIME, I.WHENCE_LEGACY_CAPI, I.WHENCE_CAPI, I.WHENCE_XI, I.WHENCE_STDLIB))
            out.append(I.NotShareableError.__mro__[1:3])
            out.append(I.InterpreterNotFoundError.__mro__[1])
            out.append((I.InterpreterError.__module__, I.InterpreterError.__name__))
            """,
            "(0, 1, 2, 3, 4, 5)",
            "(<class 'TypeError'>, <class 'Exception'>)",
            "<class 'interpreters.InterpreterError'>",
            "('interpreters', 'InterpreterError')");
    }

    [Fact]
    public void CreateListDestroy()
    {
        Expect("""
            main = I.get_main()
            cur = I.get_current()
            a = I.create()
            b = I.create('legacy', reqrefs=False)
            out.append(main)
            out.append(I.whence(a))
            out.append([x for x in I.list_all() if x[0] in (a, b)] == [(a, 5), (b, 5)])
            out.append(I.is_running(a))
            out.append(I.is_running(main[0]))
            I.destroy(a)
            out.append(a in [x[0] for x in I.list_all()])
            try:
                I.destroy(a)
            except I.InterpreterNotFoundError as e:
                out.append(str(e) == f'unrecognized interpreter ID {a}')
            try:
                I.destroy(cur[0])
            except I.InterpreterError as e:
                out.append(str(e))
            try:
                I.is_running(cur[0], restrict=True)
            except I.InterpreterError as e:
                out.append(str(e))
            try:
                I.destroy('x')
            except TypeError as e:
                out.append(str(e))
            try:
                I.destroy(-1)
            except ValueError as e:
                out.append(str(e))
            I.destroy(b, restrict=True)
            """,
            "(0, 1)", "5", "True", "False", "True", "False", "True",
            "cannot destroy the current interpreter",
            "cannot check if running for unrecognized interpreter 1",
            "interpreter ID must be an int, got str",
            "interpreter ID must be a non-negative int, got -1");
    }

    [Fact]
    public void ExecReturnsNoneOrExceptionSnapshot()
    {
        Expect("""
            a = I.create()
            out.append(I.exec(a, 'x = 40 + 2'))
            exc = I.exec(a, 'raise ValueError("boom")')
            out.append((exc.type.__name__, exc.type.__qualname__, exc.type.__module__, exc.msg, exc.formatted))
            out.append('ValueError: boom' in exc.errdisplay)
            exc = I.exec(a, 'class MyError(Exception): pass\nraise MyError(x)')
            out.append(exc.formatted)
            out.append(I.run_string(a, 'y = x + 1'))
            def f():
                global z
                z = y * 2
            out.append(I.run_func(a, f))
            r = I.call(a, get, ('z',))
            out.append(r)
            try:
                I.exec(a, 'x +')
            except SyntaxError as e:
                out.append('SyntaxError')
            try:
                I.exec(a, 42)
            except TypeError as e:
                out.append(str(e))
            try:
                I.run_string(a, f)
            except TypeError as e:
                out.append(str(e))
            def g(arg):
                pass
            try:
                I.exec(a, g)
            except ValueError as e:
                out.append(str(e))
            I.destroy(a)
            """,
            "None",
            "('ValueError', 'ValueError', 'builtins', 'boom', 'ValueError: boom')",
            "True",
            "MyError: 42",
            "None",
            "None",
            "(86, None)",
            "SyntaxError",
            "unsupported script 42",
            "run_string() argument 2 must be str, not function",
            "code with args not supported");
    }

    [Fact]
    public void SharedNamespaceAndMainAttrs()
    {
        Expect("""
            a = I.create()
            I.set___main___attrs(a, {'n': 5, 's': 'text', 't': (1, (2.5, b'x'), None)})
            I.exec(a, 'assert n == 5 and s == "text" and t[1][1] == b"x"\nm = n * 2', {'extra': frozenset({1, 2})})
            out.append(I.call(a, get, ('(m, sorted(extra))',)))
            try:
                I.set___main___attrs(a, {})
            except ValueError as e:
                out.append(str(e))
            try:
                I.exec(a, 'pass', {'bad': object()})
            except I.NotShareableError as e:
                out.append('NotShareableError')
            I.destroy(a)
            """,
            "((10, [1, 2]), None)",
            "arg 2 must be a non-empty dict",
            "NotShareableError");
    }

    [Fact]
    public void CallStatelessFunctionsAndBuiltins()
    {
        Expect("""
            a = I.create()
            def add(x, y):
                return x + y
            out.append(I.call(a, add, (2, 3)))
            out.append(I.call(a, add, (), {'x': 'a', 'y': 'b'}))
            def fails():
                raise KeyError('k')
            res, exc = I.call(a, fails)
            out.append((res, exc.type.__name__, exc.msg))
            out.append(I.call(a, len, ([1, 2, 3],)) if False else I.call(a, len, ((1, 2, 3),)))
            glob = 1
            def uses_global():
                return glob
            try:
                I.call(a, uses_global)
            except I.NotShareableError as e:
                out.append('NotShareableError')
            I.destroy(a)
            """,
            "(5, None)",
            "('ab', None)",
            "(None, 'KeyError', \"'k'\")",
            "(3, None)",
            "NotShareableError");
    }

    [Fact]
    public void ConfigsAndIncref()
    {
        Expect("""
            c = I.new_config()
            out.append(c)
            out.append(I.new_config('empty').gil)
            out.append(I.new_config('isolated', allow_threads=False).allow_threads)
            try:
                I.new_config('bogus')
            except ValueError as e:
                out.append(str(e))
            a = I.create(I.new_config('legacy'))
            out.append(I.get_config(a).gil)
            out.append(I.get_config(a).allow_fork)
            I.destroy(a)
            b = I.create(reqrefs=True)
            I.incref(b)
            I.decref(b)
            out.append(b in [x[0] for x in I.list_all()])
            """,
            "namespace(use_main_obmalloc=False, allow_fork=False, allow_exec=False, allow_threads=True, allow_daemon_threads=False, check_multi_interp_extensions=True, gil='own')",
            "default",
            "False",
            "unsupported config name 'bogus'",
            "shared",
            "True",
            "False");
    }

    [Fact]
    public void IsShareableMatchesDesign()
    {
        Expect("""
            for v in [None, True, 1, 2**100, 1.5, 2j, 'x', b'y', (1, ('a', None)), frozenset({1, 'a'}), range(3), slice(1, 2),
                      (lambda: 0).__code__, ...]:
                if not I.is_shareable(v): out.append(('not shareable', v))
            for v in [[1], {}, {1}, bytearray(b'x'), object(), (1, [2]), len, type]:
                if I.is_shareable(v): out.append(('shareable', v))
            class S(str): pass
            out.append(I.is_shareable(S('x')))
            """,
            "False");
    }

    [Fact]
    public void CaptureException()
    {
        Expect("""
            try:
                raise ValueError('v')
            except ValueError as e:
                snap = I.capture_exception(e)
            out.append((snap.type.__name__, snap.msg, snap.formatted))
            out.append(I.capture_exception())
            try:
                I.capture_exception(1)
            except TypeError as e:
                out.append(str(e))
            """,
            "('ValueError', 'v', 'ValueError: v')",
            "None",
            "expected exception, got 1");
    }

    [Fact]
    public void EachInterpreterHasItsOwnSysBuiltinsMain()
    {
        Expect("""
            import sys
            a = I.create()
            I.exec(a, 'import sys, builtins\nsys.tag = "sub"\nbuiltins.leak = 1\nimport __main__\n__main__.mark = 1')
            out.append(hasattr(sys, 'tag'))
            out.append('leak' in dir(__builtins__) if not isinstance(__builtins__, dict) else 'leak' in __builtins__)
            out.append(I.call(a, get, ('(sys.tag, leak, mark)',)))
            I.destroy(a)
            """,
            "False", "False", "(('sub', 1, 1), None)");
    }

    [Fact]
    public void InterruptFromAnotherInterpreter()
    {
        using var runtime = new KaaRuntime();
        using var host = runtime.CreateInterpreter();
        using var worker = runtime.CreateInterpreter();
        PythonException? caught = null;
        var t = new Thread(() =>
        {
            try { worker.Exec("while True:\n    pass\n"); }
            catch (PythonException e) { caught = e; }
        });
        t.Start();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (worker.State.Gil.Holder == null && DateTime.UtcNow < deadline) Thread.Sleep(5);
        Assert.True((int)host.Eval($"__import__('_interpreters').interrupt({worker.Id}, TimeoutError)")! >= 1);
        Assert.True(t.Join(TimeSpan.FromSeconds(10)));
        Assert.Equal("TimeoutError", caught?.TypeName);
    }
}
