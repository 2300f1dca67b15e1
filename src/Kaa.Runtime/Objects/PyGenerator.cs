using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Eval;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>An iterator that can be driven by SEND without raising StopIteration to finish.</summary>
internal interface IAwaitableIter
{
    /// <summary>Resumes with <paramref name="arg"/>; <paramref name="done"/> says the result is the final value.</summary>
    PyObject SendInternal(ThreadState ts, PyObject arg, out bool done);
}

/// <summary>
/// The common part of generators, coroutines and async generators: a suspended frame resumed by a
/// nested eval loop (CPython's gen_send_ex2, _gen_throw, gen_close).
/// </summary>
public abstract class PyGenBase : PyObject, IAwaitableIter
{
    public readonly PyFrame Frame;
    public PyStr Name;
    public PyStr QualName;
    /// <summary>The exception being handled inside the generator while it is suspended.</summary>
    internal PyBaseException? ExcState;

    protected PyGenBase(PyType type, PyFrame frame) : base(type)
    {
        Frame = frame;
        frame.Generator = this;
        Name = frame.Func?.Name ?? frame.Code.Name;
        QualName = frame.Func?.QualName ?? frame.Code.QualName;
    }

    internal abstract string KindName { get; }

    public bool IsRunning => Frame.State == FrameState.Executing;
    public bool IsSuspended => Frame.State == FrameState.Suspended;
    public bool IsFinished => Frame.State >= FrameState.Completed;

    /// <summary>The object a suspended `yield from`/`await` delegates to, or null.</summary>
    public PyObject? YieldFrom()
    {
        var f = Frame;
        if (f.State != FrameState.Suspended || f.Ip <= 0) return null;
        int word = f.Code.Instructions[f.Ip - 1];
        if ((OpCode)(word & 0xFF) != OpCode.YieldValue || (word >>> 8) != 1) return null;
        return f.Stack[f.Sp - 1];
    }

    public PyObject SendInternal(ThreadState ts, PyObject arg, out bool done) => SendEx(ts, arg, null, false, out done);

    /// <summary>Resumes the frame with a value (or raising <paramref name="exc"/> at the suspension point).
    /// Returns the yielded value, or the return value with <paramref name="returned"/> set.</summary>
    internal PyObject SendEx(ThreadState ts, PyObject arg, PyBaseException? exc, bool closing, out bool returned)
    {
        var frame = Frame;
        returned = false;
        if (frame.State == FrameState.Created && exc == null && arg is not PyNone)
            throw PyErr.TypeError($"can't send non-None value to a just-started {KindName}");
        if (frame.State == FrameState.Executing)
            throw PyErr.ValueError($"{KindName} already executing");
        if (frame.State >= FrameState.Completed)
        {
            if (this is PyCoroutine && !closing) throw PyErr.RuntimeError("cannot reuse already awaited coroutine");
            if (exc == null)
            {
                returned = true;
                return PyNone.Value;
            }
            throw new PyException(exc);
        }
        if (frame.State == FrameState.Suspended) frame.Stack[frame.Sp++] = arg;
        // An exception thrown into a generator that never started leaves before its body (and the
        // PEP 479 guard around it) runs: it propagates as it is.
        bool thrownBeforeStart = exc != null && frame.State == FrameState.Created;
        var handled = ts.HandledExceptions;
        handled.Add(ExcState);
        int mark = handled.Count;
        PyObject result;
        try
        {
            result = Interpreter.Run(ts, frame, exc);
        }
        catch (PyException e)
        {
            if (handled.Count >= mark) handled.RemoveRange(mark - 1, handled.Count - mark + 1);
            ExcState = null;
            frame.Back = null;
            var converted = thrownBeforeStart && ReferenceEquals(e.Value, exc) ? e.Value : ConvertEscapingException(e.Value);
            if (!ReferenceEquals(converted, e.Value)) throw new PyException(converted);
            throw;
        }
        ExcState = handled.Count >= mark ? handled[mark - 1] : null;
        if (handled.Count >= mark) handled.RemoveRange(mark - 1, handled.Count - mark + 1);
        if (frame.State == FrameState.Suspended) return result;
        ExcState = null;
        returned = true;
        return result;
    }

    /// <summary>PEP 479: a StopIteration (or StopAsyncIteration from an async generator) leaving the
    /// generator's frame becomes a RuntimeError.</summary>
    internal PyBaseException ConvertEscapingException(PyBaseException ex)
    {
        string? msg = null;
        if (ex.ObType.IsSubtype(PyExc.StopIteration))
            msg = this is PyAsyncGenerator ? "async generator raised StopIteration"
                : this is PyCoroutine ? "coroutine raised StopIteration" : "generator raised StopIteration";
        else if (this is PyAsyncGenerator && ex.ObType.IsSubtype(PyExc.StopAsyncIteration))
            msg = "async generator raised StopAsyncIteration";
        if (msg == null) return ex;
        var err = Interpreter.MakeException(PyExc.RuntimeError, msg);
        err.Cause = ex;
        err.Context = ex;
        err.SuppressContext = true;
        return err;
    }

    /// <summary>send(): the yielded value, or StopIteration(return value).</summary>
    public PyObject Send(ThreadState ts, PyObject arg)
    {
        var r = SendEx(ts, arg, null, false, out bool returned);
        if (returned) throw ReturnToStopIteration(r);
        return r;
    }

    internal PyException ReturnToStopIteration(PyObject result)
    {
        if (this is PyAsyncGenerator) return PyErr.NoArgs(PyExc.StopAsyncIteration);
        return Generators.StopIterationWithValue(result);
    }

    /// <summary>throw(): raises an exception at the suspension point (delegating to a `yield from` target first).</summary>
    internal PyObject ThrowCore(ThreadState ts, bool closeOnGenExit, PyObject typ, PyObject? val, PyObject? tb, out bool returned)
    {
        returned = false;
        var yf = YieldFrom();
        if (yf != null)
        {
            var saved = Frame.State;
            if (Interpreter.GivenExceptionMatches(typ, PyExc.GeneratorExit) && closeOnGenExit)
            {
                PyBaseException? closeErr = null;
                Frame.State = FrameState.Executing;
                try { Generators.CloseIter(ts, yf); }
                catch (PyException e) { closeErr = e.Value; }
                finally { Frame.State = saved; }
                if (closeErr != null) return SendEx(ts, PyNone.Value, closeErr, false, out returned);
            }
            else
            {
                PyObject? ret = null;
                PyBaseException? err = null;
                bool delegated = true;
                Frame.State = FrameState.Executing;
                try
                {
                    if (yf is PyGenerator or PyCoroutine)
                    {
                        var sub = (PyGenBase)yf;
                        var r = sub.ThrowCore(ts, closeOnGenExit, typ, val, tb, out bool subReturned);
                        if (subReturned) err = Generators.StopIterationWithValue(r).Value;
                        else ret = r;
                    }
                    else if (Ops.TryGetAttr(ts, yf, EvalNames.@throw, out var meth))
                    {
                        ret = val == null ? Ops.Call(ts, meth!, typ)
                            : tb == null ? Ops.Call(ts, meth!, typ, val)
                            : Ops.Call(ts, meth!, [typ, val, tb]);
                    }
                    else delegated = false;
                }
                catch (PyException e)
                {
                    err = e.Value;
                }
                finally
                {
                    Frame.State = saved;
                }
                if (delegated)
                {
                    if (ret != null) return ret;
                    return SendEx(ts, PyNone.Value, err, false, out returned);
                }
            }
        }
        // Raise the exception here.
        if (tb is PyNone) tb = null;
        else if (tb != null && tb is not PyTraceback) throw PyErr.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtype(BuiltinTypes.BaseException))
            exc = Generators.NormalizeException(ts, t, val);
        else if (typ is PyBaseException inst)
        {
            if (val != null && val is not PyNone) throw PyErr.TypeError("instance exception may not have a separate value");
            exc = inst;
        }
        else throw PyErr.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.ObType.Name}");
        if (tb != null) exc.Traceback = tb;
        return SendEx(ts, PyNone.Value, exc, false, out returned);
    }

    public PyObject Throw(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.Range("throw", args, kw, 1, 3);
        var r = ThrowCore(ts, true, args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, out bool returned);
        if (returned) throw ReturnToStopIteration(r);
        return r;
    }

    /// <summary>close(): raises GeneratorExit inside; returns the generator's return value, if any.</summary>
    public PyObject Close(ThreadState ts)
    {
        var frame = Frame;
        if (frame.State == FrameState.Created)
        {
            frame.State = FrameState.Completed;
            return PyNone.Value;
        }
        if (frame.State >= FrameState.Completed) return PyNone.Value;
        PyBaseException? err = null;
        var yf = YieldFrom();
        if (yf != null)
        {
            var saved = frame.State;
            frame.State = FrameState.Executing;
            try { Generators.CloseIter(ts, yf); }
            catch (PyException e) { err = e.Value; }
            finally { frame.State = saved; }
        }
        var exc = err ?? PyBaseException.Create(PyExc.GeneratorExit, PyTuple.Empty);
        PyObject result;
        bool returned;
        try
        {
            result = SendEx(ts, PyNone.Value, exc, true, out returned);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.GeneratorExit))
        {
            return PyNone.Value;
        }
        if (returned) return result;
        throw PyErr.RuntimeError($"{KindName} ignored GeneratorExit");
    }

    internal static void AddCommon(PyType t, string prefix)
    {
        t.AddGetSet("__name__", (ts, o) => ((PyGenBase)o).Name, (ts, o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__name__ must be set to a string object");
            ((PyGenBase)o).Name = s;
        });
        t.AddGetSet("__qualname__", (ts, o) => ((PyGenBase)o).QualName, (ts, o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__qualname__ must be set to a string object");
            ((PyGenBase)o).QualName = s;
        });
        t.AddGetSet(prefix + "_frame", (ts, o) =>
        {
            var g = (PyGenBase)o;
            if (g.IsFinished) return PyNone.Value;
            // Python code can now read its locals (a generator expression's `.0` iterator included).
            g.Frame.MarkEscaped();
            return g.Frame;
        });
        t.AddGetSet(prefix + "_running", (ts, o) => PyBool.From(((PyGenBase)o).IsRunning));
        t.AddGetSet(prefix + "_suspended", (ts, o) => PyBool.From(((PyGenBase)o).IsSuspended));
        t.AddGetSet(prefix + "_code", (ts, o) => ((PyGenBase)o).Frame.Code);
        t.AddMethod("send", (ts, self, args, kw) =>
        {
            Args.Exact("send", args, kw, 1);
            return ((PyGenBase)self).Send(ts, args[0]);
        });
        t.AddMethod("throw", (ts, self, args, kw) => ((PyGenBase)self).Throw(ts, args, kw));
        t.AddMethod("close", (ts, self, args, kw) => ((PyGenBase)self).Close(ts));
        t.TpRepr = (ts, o) => PyStr.From($"<{o.ObType.Name} object {((PyGenBase)o).QualName.Value} at 0x{ObjectIds.Id(ts, o):x}>");
    }
}

public sealed class PyGenerator : PyGenBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("generator", BuiltinTypes.Object, subclassable: false);

    public PyGenerator(PyFrame frame) : base(TypeObject, frame) { }

    internal override string KindName => "generator";

    internal static void Init()
    {
        var t = TypeObject;
        AddCommon(t, "gi");
        t.AddGetSet("gi_yieldfrom", (ts, o) => ((PyGenBase)o).YieldFrom() ?? PyNone.Value);
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) =>
        {
            var g = (PyGenerator)o;
            var r = g.SendEx(ts, PyNone.Value, null, false, out bool returned);
            if (!returned) return r;
            if (r is not PyNone) ts.SetStopIterationValue(o, r);
            return null;
        };
    }
}

public sealed class PyCoroutine : PyGenBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("coroutine", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType WrapperType = BuiltinTypes.CreateStatic("coroutine_wrapper", BuiltinTypes.Object, subclassable: false);

    public PyCoroutine(PyFrame frame) : base(TypeObject, frame) { }

    /// <summary>cr_origin: (filename, lineno, function) of the frames that created the coroutine,
    /// innermost first, when origin tracking was on (null otherwise).</summary>
    internal PyTuple? Origin;

    /// <summary>compute_cr_origin: the creating frames, up to <paramref name="depth"/> of them.</summary>
    internal static PyTuple ComputeOrigin(ThreadState ts, int depth)
    {
        var frames = new List<PyObject>();
        for (var f = ts.CurrentFrame; f != null && frames.Count < depth; f = f.Back)
        {
            int line = f.Ip > 0 ? f.Code.LineAt(f.Ip - 1) : f.Code.FirstLineNo;
            frames.Add(new PyTuple([f.Code.Filename, PyInt.From(line), f.Code.Name]));
        }
        return new PyTuple([.. frames]);
    }

    internal override string KindName => "coroutine";

    internal static void Init()
    {
        var t = TypeObject;
        AddCommon(t, "cr");
        t.AddGetSet("cr_await", (ts, o) => ((PyGenBase)o).YieldFrom() ?? PyNone.Value);
        t.AddGetSet("cr_origin", (ts, o) => (PyObject?)((PyCoroutine)o).Origin ?? PyNone.Value);
        t.AddMethod("__await__", (ts, self, args, kw) => new PyCoroutineWrapper((PyCoroutine)self));

        var w = WrapperType;
        w.TpIter = (ts, o) => o;
        w.TpIterNext = (ts, o) =>
        {
            var c = ((PyCoroutineWrapper)o).Coroutine;
            var r = c.SendEx(ts, PyNone.Value, null, false, out bool returned);
            if (returned)
            {
                if (r is PyNone) return null;
                throw Generators.StopIterationWithValue(r);
            }
            return r;
        };
        w.AddMethod("send", (ts, self, args, kw) =>
        {
            Args.Exact("send", args, kw, 1);
            return ((PyCoroutineWrapper)self).Coroutine.Send(ts, args[0]);
        });
        w.AddMethod("throw", (ts, self, args, kw) => ((PyCoroutineWrapper)self).Coroutine.Throw(ts, args, kw));
        w.AddMethod("close", (ts, self, args, kw) => ((PyCoroutineWrapper)self).Coroutine.Close(ts));
    }
}

/// <summary>The iterator returned by coroutine.__await__().</summary>
public sealed class PyCoroutineWrapper(PyCoroutine coro) : PyObject(PyCoroutine.WrapperType), IAwaitableIter
{
    public readonly PyCoroutine Coroutine = coro;

    public PyObject SendInternal(ThreadState ts, PyObject arg, out bool done) => Coroutine.SendEx(ts, arg, null, false, out done);
}

/// <summary>A value yielded by an async generator's own `yield` (as opposed to one passing through an await).</summary>
public sealed class AsyncGenWrappedValue(PyObject value) : PyObject(PyAsyncGenerator.WrappedValueType)
{
    public readonly PyObject Value = value;
}

public sealed class PyAsyncGenerator : PyGenBase
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("async_generator", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ASendType = BuiltinTypes.CreateStatic("async_generator_asend", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType AThrowType = BuiltinTypes.CreateStatic("async_generator_athrow", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType WrappedValueType = BuiltinTypes.CreateStatic("async_generator_wrapped_value", BuiltinTypes.Object, subclassable: false);

    internal bool RunningAsync;
    internal bool Closed;
    private bool _hooksInited;
    /// <summary>The sys.set_asyncgen_hooks finalizer in force when iteration began (ag_origin_or_finalizer).</summary>
    internal PyObject? Finalizer;

    /// <summary>
    /// async_gen_init_hooks: on the first __anext__/asend/athrow/aclose, remember the thread's finalizer
    /// hook and call its firstiter hook (asyncio uses it to close unfinished generators at shutdown).
    /// </summary>
    internal PyAsyncGenerator InitHooks(ThreadState ts)
    {
        if (_hooksInited) return this;
        _hooksInited = true;
        Finalizer = ts.AsyncGenFinalizer;
        if (ts.AsyncGenFirstIter is { } first) Ops.Call(ts, first, this);
        return this;
    }

    public PyAsyncGenerator(PyFrame frame) : base(TypeObject, frame) { }

    internal override string KindName => "async generator";

    /// <summary>async_gen_unwrap_value: a wrapped value finishes the awaitable (StopIteration(value)).</summary>
    internal PyObject Unwrap(PyObject result, out bool done)
    {
        if (result is AsyncGenWrappedValue w)
        {
            RunningAsync = false;
            done = true;
            return w.Value;
        }
        done = false;
        return result;
    }

    internal PyException UnwrapError(PyException e)
    {
        if (e.Value.ObType.IsSubtype(PyExc.StopAsyncIteration) || e.Value.ObType.IsSubtype(PyExc.GeneratorExit)) Closed = true;
        RunningAsync = false;
        return e;
    }

    internal static void Init()
    {
        var t = TypeObject;
        AddCommon(t, "ag");
        t.AddGetSet("ag_await", (ts, o) => ((PyGenBase)o).YieldFrom() ?? PyNone.Value);
        t.AddMethod("__aiter__", (ts, self, args, kw) => self);
        t.AddMethod("__anext__", (ts, self, args, kw) => new PyAsyncGenASend(((PyAsyncGenerator)self).InitHooks(ts), PyNone.Value));
        t.AddMethod("asend", (ts, self, args, kw) =>
        {
            Args.Exact("asend", args, kw, 1);
            return new PyAsyncGenASend(((PyAsyncGenerator)self).InitHooks(ts), args[0]);
        });
        t.AddMethod("athrow", (ts, self, args, kw) =>
        {
            Args.Range("athrow", args, kw, 1, 3);
            return new PyAsyncGenAThrow(((PyAsyncGenerator)self).InitHooks(ts), args.ToArray());
        });
        t.AddMethod("aclose", (ts, self, args, kw) => new PyAsyncGenAThrow(((PyAsyncGenerator)self).InitHooks(ts), null));
        // The generic send/throw/close of AddCommon do not apply to async generators.
        t.Dict.DelItem(null, PyStr.From("send"));
        t.Dict.DelItem(null, PyStr.From("throw"));
        t.Dict.DelItem(null, PyStr.From("close"));

        void AwaitableIter(PyType at)
        {
            at.TpIter = (ts, o) => o;
            at.AddMethod("__await__", (ts, self, args, kw) => self);
            at.TpIterNext = (ts, o) =>
            {
                var r = ((IAwaitableIter)o).SendInternal(ts, PyNone.Value, out bool done);
                if (done)
                {
                    if (r is PyNone) return null;
                    throw Generators.StopIterationWithValue(r);
                }
                return r;
            };
            at.AddMethod("send", (ts, self, args, kw) =>
            {
                Args.Exact("send", args, kw, 1);
                var r = ((IAwaitableIter)self).SendInternal(ts, args[0], out bool done);
                if (done) throw Generators.StopIterationWithValue(r);
                return r;
            });
        }
        AwaitableIter(ASendType);
        ASendType.AddMethod("throw", (ts, self, args, kw) => ((PyAsyncGenASend)self).Throw(ts, args, kw));
        ASendType.AddMethod("close", (ts, self, args, kw) => { ((PyAsyncGenASend)self).State = 2; return PyNone.Value; });
        AwaitableIter(AThrowType);
        AThrowType.AddMethod("throw", (ts, self, args, kw) => ((PyAsyncGenAThrow)self).Throw(ts, args, kw));
        AThrowType.AddMethod("close", (ts, self, args, kw) => { ((PyAsyncGenAThrow)self).State = 2; return PyNone.Value; });
    }
}

/// <summary>The awaitable returned by async_generator.__anext__() and asend().</summary>
public sealed class PyAsyncGenASend(PyAsyncGenerator gen, PyObject sendValue) : PyObject(PyAsyncGenerator.ASendType), IAwaitableIter
{
    readonly PyAsyncGenerator _gen = gen;
    readonly PyObject _sendValue = sendValue;
    internal int State; // 0 init, 1 iterating, 2 closed

    public PyObject SendInternal(ThreadState ts, PyObject arg, out bool done)
    {
        if (State == 2) throw PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (State == 0)
        {
            if (_gen.RunningAsync) throw PyErr.RuntimeError("anext(): asynchronous generator is already running");
            if (arg is PyNone) arg = _sendValue;
            State = 1;
        }
        _gen.RunningAsync = true;
        PyObject r;
        bool returned;
        try
        {
            r = _gen.SendEx(ts, arg, null, false, out returned);
        }
        catch (PyException e)
        {
            State = 2;
            throw _gen.UnwrapError(e);
        }
        if (returned)
        {
            State = 2;
            throw _gen.UnwrapError(PyErr.NoArgs(PyExc.StopAsyncIteration));
        }
        r = _gen.Unwrap(r, out done);
        if (done) State = 2;
        return r;
    }

    internal PyObject Throw(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (State == 2) throw PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        Args.Range("throw", args, kw, 1, 3);
        PyObject r;
        bool returned;
        try
        {
            r = _gen.ThrowCore(ts, false, args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, out returned);
        }
        catch (PyException e)
        {
            State = 2;
            throw _gen.UnwrapError(e);
        }
        if (returned)
        {
            State = 2;
            throw _gen.UnwrapError(PyErr.NoArgs(PyExc.StopAsyncIteration));
        }
        r = _gen.Unwrap(r, out bool done);
        if (done)
        {
            State = 2;
            throw Generators.StopIterationWithValue(r);
        }
        return r;
    }
}

/// <summary>The awaitable returned by async_generator.athrow() and aclose() (args null).</summary>
public sealed class PyAsyncGenAThrow(PyAsyncGenerator gen, PyObject[]? args) : PyObject(PyAsyncGenerator.AThrowType), IAwaitableIter
{
    readonly PyAsyncGenerator _gen = gen;
    readonly PyObject[]? _args = args;
    internal int State; // 0 init, 1 iterating, 2 closed

    public PyObject SendInternal(ThreadState ts, PyObject arg, out bool done)
    {
        done = false;
        if (State == 2) throw PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (_gen.IsFinished)
        {
            State = 2;
            done = true;
            return PyNone.Value;
        }
        PyObject r;
        bool returned;
        if (State == 0)
        {
            if (_gen.RunningAsync)
            {
                State = 2;
                throw PyErr.RuntimeError(_args == null ? "aclose(): asynchronous generator is already running"
                    : "athrow(): asynchronous generator is already running");
            }
            if (_gen.Closed)
            {
                State = 2;
                throw PyErr.NoArgs(PyExc.StopAsyncIteration);
            }
            if (arg is not PyNone) throw PyErr.RuntimeError("can't send non-None value to a just-started coroutine");
            State = 1;
            _gen.RunningAsync = true;
            try
            {
                if (_args == null)
                {
                    _gen.Closed = true;
                    r = _gen.ThrowCore(ts, false, PyExc.GeneratorExit, null, null, out returned);
                    if (!returned && r is AsyncGenWrappedValue) return YieldClose();
                }
                else
                {
                    r = _gen.ThrowCore(ts, false, _args[0], _args.Length > 1 ? _args[1] : null, _args.Length > 2 ? _args[2] : null, out returned);
                    if (!returned)
                    {
                        r = _gen.Unwrap(r, out done);
                        if (done) State = 2;
                    }
                }
            }
            catch (PyException e)
            {
                return CheckError(e, out done);
            }
            if (returned) return CheckError(_gen.UnwrapError(PyErr.NoArgs(PyExc.StopAsyncIteration)), out done);
            return r;
        }
        try
        {
            r = _gen.SendEx(ts, arg, null, false, out returned);
        }
        catch (PyException e)
        {
            if (_args != null)
            {
                State = 2;
                throw _gen.UnwrapError(e);
            }
            return CheckError(e, out done);
        }
        if (returned)
        {
            if (_args != null)
            {
                State = 2;
                throw _gen.UnwrapError(PyErr.NoArgs(PyExc.StopAsyncIteration));
            }
            return CheckError(PyErr.NoArgs(PyExc.StopAsyncIteration), out done);
        }
        if (_args != null)
        {
            r = _gen.Unwrap(r, out done);
            if (done) State = 2;
            return r;
        }
        if (r is AsyncGenWrappedValue) return YieldClose();
        return r;
    }

    PyObject YieldClose()
    {
        _gen.RunningAsync = false;
        State = 2;
        throw PyErr.RuntimeError("async generator ignored GeneratorExit");
    }

    PyObject CheckError(PyException e, out bool done)
    {
        _gen.RunningAsync = false;
        State = 2;
        if (e.Value.ObType.IsSubtype(PyExc.StopAsyncIteration) || e.Value.ObType.IsSubtype(PyExc.GeneratorExit))
        {
            _gen.Closed = true;
            if (_args == null)
            {
                // aclose() is done: finish the awaitable quietly.
                done = true;
                return PyNone.Value;
            }
        }
        throw e;
    }

    internal PyObject Throw(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (State == 2) throw PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        Args.Range("throw", args, kw, 1, 3);
        PyObject r;
        bool returned;
        try
        {
            r = _gen.ThrowCore(ts, false, args[0], args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null, out returned);
        }
        catch (PyException e)
        {
            if (_args != null) throw _gen.UnwrapError(e);
            if (e.Value.ObType.IsSubtype(PyExc.StopAsyncIteration) || e.Value.ObType.IsSubtype(PyExc.GeneratorExit))
                throw PyErr.StopIteration();
            throw;
        }
        if (returned)
        {
            if (_args != null) throw _gen.UnwrapError(PyErr.NoArgs(PyExc.StopAsyncIteration));
            throw PyErr.StopIteration();
        }
        if (_args != null)
        {
            r = _gen.Unwrap(r, out bool done);
            if (done) throw Generators.StopIterationWithValue(r);
            return r;
        }
        if (r is AsyncGenWrappedValue)
        {
            _gen.RunningAsync = false;
            State = 2;
            throw PyErr.RuntimeError("async generator ignored GeneratorExit");
        }
        return r;
    }
}

/// <summary>Generator-related operations used by the eval loop.</summary>
public static class Generators
{
    /// <summary>Wraps a new frame of a generator/coroutine/async generator function.</summary>
    public static PyObject Create(ThreadState ts, PyFrame frame)
    {
        var code = frame.Code;
        if (code.IsCoroutine)
        {
            var coro = new PyCoroutine(frame);
            if (ts.CoroutineOriginTrackingDepth > 0) coro.Origin = PyCoroutine.ComputeOrigin(ts, ts.CoroutineOriginTrackingDepth);
            return coro;
        }
        if (code.IsAsyncGenerator) return new PyAsyncGenerator(frame);
        return new PyGenerator(frame);
    }

    internal static PyException StopIterationWithValue(PyObject value)
    {
        if (value is PyNone) return PyErr.NoArgs(PyExc.StopIteration);
        return PyErr.StopIteration(value);
    }

    internal static PyBaseException NormalizeException(ThreadState ts, PyType type, PyObject? val)
    {
        PyObject inst;
        if (val is PyBaseException be && be.ObType.IsSubtype(type)) return be;
        if (val == null || val is PyNone) inst = Ops.Call(ts, type);
        else if (val is PyTuple t) inst = Ops.Call(ts, type, t.Items);
        else inst = Ops.Call(ts, type, val);
        return inst as PyBaseException
            ?? throw PyErr.TypeError($"calling {Ops.ReprString(ts, type)} should have returned an instance of BaseException, not {inst.ObType.Name}");
    }

    internal static void CloseIter(ThreadState ts, PyObject yf)
    {
        if (yf is PyGenerator or PyCoroutine)
        {
            ((PyGenBase)yf).Close(ts);
            return;
        }
        if (Ops.TryGetAttr(ts, yf, EvalNames.close, out var meth)) Ops.Call(ts, meth!);
    }

    /// <summary>SEND: resumes the receiver of a `yield from`/`await`. Returns true when it finished,
    /// with its return value in <paramref name="result"/>; false with the next yielded value.</summary>
    internal static bool Send(ThreadState ts, PyObject receiver, PyObject value, out PyObject result)
    {
        if (receiver is IAwaitableIter ai)
        {
            result = ai.SendInternal(ts, value, out bool done);
            return done;
        }
        try
        {
            if (value is PyNone && receiver.ObType.TpIterNext is { } next)
            {
                var r = next(ts, receiver);
                if (r == null)
                {
                    result = PyNone.Value;
                    return true;
                }
                result = r;
                return false;
            }
            result = Ops.CallMethod(ts, receiver, EvalNames.send, value);
            return false;
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.StopIteration))
        {
            result = Interpreter.StopIterationValue(e.Value);
            return true;
        }
    }

    /// <summary>Sends into an awaitable iterator; <paramref name="done"/> with the final value.</summary>
    internal static PyObject SendForAwait(ThreadState ts, PyObject iter, PyObject value, out bool done)
    {
        done = Send(ts, iter, value, out var result);
        return result;
    }

    /// <summary>GET_AWAITABLE (CPython's _PyCoro_GetAwaitableIter plus the "already awaited" check).</summary>
    internal static PyObject GetAwaitableIter(ThreadState ts, PyObject o, int where)
    {
        if (o is PyCoroutine c)
        {
            if (c.YieldFrom() != null) throw PyErr.RuntimeError("coroutine is being awaited already");
            return c;
        }
        if (o is PyGenerator g && (g.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0) return g;
        var await = Ops.LookupSpecial(ts, o, EvalNames.__await__);
        if (await == null)
        {
            if (where == 1)
                throw PyErr.TypeError($"'async with' received an object from __aenter__ that does not implement __await__: {o.ObType.Name}");
            if (where == 2)
                throw PyErr.TypeError($"'async with' received an object from __aexit__ that does not implement __await__: {o.ObType.Name}");
            throw PyErr.TypeError($"'{o.ObType.Name}' object can't be awaited");
        }
        var res = Ops.Call(ts, await);
        if (res is PyCoroutine || (res is PyGenerator rg && (rg.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0))
            throw PyErr.TypeError("__await__() returned a coroutine");
        if (res.ObType.TpIterNext == null)
            throw PyErr.TypeError($"__await__() returned non-iterator of type '{res.ObType.Name}'");
        return res;
    }

    internal static PyObject GetAIter(ThreadState ts, PyObject o)
    {
        var aiter = Ops.LookupSpecial(ts, o, EvalNames.__aiter__)
            ?? throw PyErr.TypeError($"'async for' requires an object with __aiter__ method, got {o.ObType.Name}");
        var it = Ops.Call(ts, aiter);
        if (it.ObType.Lookup(EvalNames.__anext__) == null)
            throw PyErr.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.ObType.Name}");
        return it;
    }

    internal static PyObject GetANext(ThreadState ts, PyObject aiter)
    {
        if (aiter is PyAsyncGenerator ag) return new PyAsyncGenASend(ag.InitHooks(ts), PyNone.Value);
        var anext = Ops.LookupSpecial(ts, aiter, EvalNames.__anext__)
            ?? throw PyErr.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.ObType.Name}");
        var next = Ops.Call(ts, anext);
        try
        {
            return GetAwaitableIter(ts, next, 0);
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            var err = Interpreter.MakeException(PyExc.TypeError, $"'async for' received an invalid object from __anext__: {next.ObType.Name}");
            err.Cause = e.Value;
            err.Context = e.Value;
            err.SuppressContext = true;
            throw new PyException(err);
        }
    }
}
