using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>A LOAD_GLOBAL inline cache entry, valid while both dict versions are unchanged.</summary>
internal struct GlobalCacheEntry
{
    public PyObject? Value;
    public int GlobalsVersion;
    public int BuiltinsVersion;
}

/// <summary>
/// The bytecode interpreter. <see cref="Run"/> executes an entry frame; calls from Python to Python
/// functions push a new frame and continue in the same loop (no C# recursion), returns pop it.
/// Exceptions raised by Python code unwind through the exception table without a .NET throw; built-ins
/// throw <see cref="PyException"/>, caught once around the dispatch.
/// </summary>
public static partial class Interpreter
{
    /// <summary>
    /// Runs <paramref name="entry"/> until it returns (result) or, for a generator frame, yields (the
    /// yielded value; the frame is left <see cref="FrameState.Suspended"/>). An exception leaving the
    /// entry frame is thrown as <see cref="PyException"/>. With <paramref name="throwIn"/>, that
    /// exception is raised at the frame's current instruction first (generator.throw()).
    /// </summary>
    public static PyObject Run(ThreadState ts, PyFrame entry, PyBaseException? throwIn = null)
    {
        // Built-ins call back into Python through here (sort keys, map, __lt__, ...), so the stack
        // probe, a call into the runtime, is made every fourth nested eval loop only: a few levels
        // use far less than the 128 KB a successful probe leaves.
        int nesting = ts.EvalNesting;
        if ((nesting & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        ts.EvalNesting = nesting + 1;
        try
        {
            return RunLoop(ts, entry, throwIn);
        }
        finally
        {
            ts.EvalNesting = nesting;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static PyObject RunLoop(ThreadState ts, PyFrame entry, PyBaseException? throwIn)
    {
        if (ts.RecursionDepth >= ts.Interp.RecursionLimit)
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        ts.RecursionDepth++;
        entry.Back = ts.CurrentFrame;
        ts.CurrentFrame = entry;
        entry.State = FrameState.Executing;
        if (ts.EvalBreaker != 0)
        {
            try { ts.HandleEvalBreaker(); }
            catch (PyException e) { throwIn ??= e.Value; }
        }

        PyBaseException? exc = throwIn;
        bool addTb = throwIn != null;
        int lookupAt = exc != null ? entry.Ip - 1 : 0;
        while (true)
        {
            if (exc == null)
            {
                try
                {
                    entry.IsEntry = true;
                    var result = Dispatch(ts);
                    entry.IsEntry = false;
                    if (result != null) return result;
                    exc = ts.PendingRaise!;
                    ts.PendingRaise = null;
                    addTb = ts.PendingAddTb;
                    lookupAt = ts.PendingLookupAt;
                }
                catch (PyException e)
                {
                    entry.IsEntry = false;
                    exc = e.Value;
                    if (exc.Traceback == null) SetContext(ts, exc);
                    addTb = true;
                    lookupAt = ts.CurrentFrame!.Ip - 1;
                }
                catch (InsufficientExecutionStackException)
                {
                    entry.IsEntry = false;
                    exc = MakeException(PyExc.RecursionError, "maximum recursion depth exceeded");
                    addTb = true;
                    lookupAt = ts.CurrentFrame!.Ip - 1;
                }
                catch (OutOfMemoryException)
                {
                    // An allocation .NET refused (one huge string or array): CPython's MemoryError,
                    // which the program may catch; the heap itself is intact.
                    entry.IsEntry = false;
                    exc = MakeException(PyExc.MemoryError, "");
                    addTb = true;
                    lookupAt = ts.CurrentFrame!.Ip - 1;
                }
                catch (Exception e)
                {
                    entry.IsEntry = false;
                    exc = MakeException(PyExc.SystemError, $"internal error: {e.GetType().Name}: {e.Message}");
                    addTb = true;
                    lookupAt = ts.CurrentFrame!.Ip - 1;
                }
            }
            // Unwind: find a handler in the current frame, else pop frames up to the entry frame.
            var f = ts.CurrentFrame!;
            while (true)
            {
                if (addTb)
                {
                    int line = lookupAt >= 0 ? f.Code.LineAt(lookupAt) : f.Code.FirstLineNo;
                    exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, f, lookupAt, line);
                }
                if (f.Code.Unit.FindHandler(lookupAt, out var h))
                {
                    int sp2 = f.Code.NLocalsPlus + h.Depth;
                    var st = f.Stack;
                    if (h.Lasti) st[sp2++] = PyInt.From(f.Ip - 1);
                    st[sp2++] = exc;
                    f.Sp = sp2;
                    f.Ip = h.Target;
                    exc = null;
                    break;
                }
                // No handler here: the frame is done; continue in the caller.
                f.State = FrameState.Completed;
                ts.RecursionDepth--;
                ts.CurrentFrame = f.Back;
                // The catch blocks above clear IsEntry, so the unwind compares identity.
                if (ReferenceEquals(f, entry)) throw new PyException(exc);
                var callerFrame = f.Back!;
                if (f.Generator is PyGenBase gen)
                {
                    // An inline generator raised: it is finished, and StopIteration becomes RuntimeError (PEP 479).
                    f.Back = null;
                    LeaveGeneratorFrame(ts, gen, finished: true);
                    exc = gen.ConvertEscapingException(exc);
                }
                // PEP 709: an inlined comprehension and its caller are one frame in CPython's tracebacks.
                addTb = !f.Code.Unit.InlinedComprehension;
                f = callerFrame;
                lookupAt = f.Ip - 1;
            }
        }
    }

    /// <summary>JIT-compiles the eval loop ahead of its first use (the kaa command does this on another
    /// core during start-up; it is a large method).</summary>
    public static void PrepareEvalLoop()
    {
        RuntimeHelpers.PrepareMethod(((Func<ThreadState, PyObject?>)Dispatch).Method.MethodHandle);
        RuntimeHelpers.PrepareMethod(((Func<ThreadState, PyFrame, PyBaseException?, PyObject>)RunLoop).Method.MethodHandle);
    }

    /// <summary>
    /// The dispatch loop, free of exception handling so the JIT keeps its state in registers. Runs
    /// from ts.CurrentFrame until the entry frame returns or yields (result, raised = false) or Python
    /// code raises (raised = true, the exception in ts.PendingRaise). Exceptions thrown by built-ins
    /// propagate to <see cref="Run"/>, which finds the frame in ts.CurrentFrame and its instruction in Ip.
    /// </summary>
    /// <remarks>Not AggressiveOptimization: tiered compilation starts it quickly (no full-opt JIT of
    /// this large method at start-up) and dynamic PGO then compiles the hot paths it observed. Never
    /// precompiled (BypassReadyToRun) for the same reason: the kaa command's ReadyToRun image would
    /// otherwise run it without PGO for the whole program.</remarks>
    [System.Runtime.BypassReadyToRun]
    static PyObject? Dispatch(ThreadState ts)
    {
        PyFrame f = ts.CurrentFrame!;
        PyBaseException exc;
        bool addTb;
        int lookupAt;
        // The number object the most recent BINARY_OP fast path produced (see Interpreter.Arith.cs).
        PyObject? fresh = null;
    frame_start:
        fresh = null;
        {
            // The compiler's bytecode always ends in a return and jumps stay inside it, so fetches need
            // no bounds check.
            ref int instrs = ref MemoryMarshal.GetArrayDataReference(f.Code.Instructions);
            // A ref to the first slot, not the array: stores skip the covariant array-store check and
            // bounds checks (the compiler computes each code object's maximum stack depth).
            ref PyObject stack = ref MemoryMarshal.GetArrayDataReference(f.Stack);
            PyObject[] consts = f.Code.Consts;
            int sp = f.Sp;
            int ip = f.Ip;
            while (true)
            {
                int word = Unsafe.Add(ref instrs, ip++);
                f.Ip = ip;
                int arg = word >>> 8;
                switch ((OpCode)(word & 0xFF))
                {
                    case OpCode.Nop:
                        continue;
                    case OpCode.PopTop:
                        sp--;
                        continue;
                    case OpCode.PushNull:
                        Unsafe.Add(ref stack, sp++) = null!;
                        continue;
                    case OpCode.Copy:
                        Unsafe.Add(ref stack, sp) = Unsafe.Add(ref stack, sp - arg);
                        sp++;
                        continue;
                    case OpCode.Swap:
                        {
                            var t = Unsafe.Add(ref stack, sp - 1);
                            Unsafe.Add(ref stack, sp - 1) = Unsafe.Add(ref stack, sp - arg);
                            Unsafe.Add(ref stack, sp - arg) = t;
                            continue;
                        }
                    case OpCode.LoadConst:
                        Unsafe.Add(ref stack, sp++) = consts[arg];
                        continue;
                    case OpCode.LoadFast:
                        {
                            var v = Unsafe.Add(ref stack, arg);
                            if (v == null) throw UnboundLocal(f.Code, arg);
                            Unsafe.Add(ref stack, sp++) = v;
                            continue;
                        }
                    case OpCode.StoreFast:
                        Unsafe.Add(ref stack, arg) = Unsafe.Add(ref stack, --sp);
                        continue;
                    case OpCode.DeleteFast:
                        if (Unsafe.Add(ref stack, arg) == null) throw UnboundLocal(f.Code, arg);
                        Unsafe.Add(ref stack, arg) = null!;
                        continue;
                    case OpCode.LoadFastLoadFast:
                        {
                            var v1 = Unsafe.Add(ref stack, arg >> 12);
                            if (v1 == null) throw UnboundLocal(f.Code, arg >> 12);
                            var v2 = Unsafe.Add(ref stack, arg & 0xFFF);
                            if (v2 == null) throw UnboundLocal(f.Code, arg & 0xFFF);
                            Unsafe.Add(ref stack, sp) = v1;
                            Unsafe.Add(ref stack, sp + 1) = v2;
                            sp += 2;
                            continue;
                        }
                    case OpCode.StoreFastLoadFast:
                        {
                            Unsafe.Add(ref stack, arg >> 12) = Unsafe.Add(ref stack, sp - 1);
                            var v = Unsafe.Add(ref stack, arg & 0xFFF);
                            if (v == null) throw UnboundLocal(f.Code, arg & 0xFFF);
                            Unsafe.Add(ref stack, sp - 1) = v;
                            continue;
                        }
                    case OpCode.StoreFastStoreFast:
                        Unsafe.Add(ref stack, arg >> 12) = Unsafe.Add(ref stack, sp - 1);
                        Unsafe.Add(ref stack, arg & 0xFFF) = Unsafe.Add(ref stack, sp - 2);
                        sp -= 2;
                        continue;
                    case OpCode.LoadFastLoadConst:
                        {
                            var v = Unsafe.Add(ref stack, arg >> 12);
                            if (v == null) throw UnboundLocal(f.Code, arg >> 12);
                            Unsafe.Add(ref stack, sp) = v;
                            Unsafe.Add(ref stack, sp + 1) = consts[arg & 0xFFF];
                            sp += 2;
                            continue;
                        }
                    case OpCode.LoadClosure:
                        Unsafe.Add(ref stack, sp++) = Unsafe.Add(ref stack, arg);
                        continue;
                    case OpCode.LoadDeref:
                        {
                            var v = Unsafe.As<PyCell>(Unsafe.Add(ref stack, arg)).Contents;
                            if (v == null) throw UnboundDeref(f.Code, arg);
                            Unsafe.Add(ref stack, sp++) = v;
                            continue;
                        }
                    case OpCode.StoreDeref:
                        Unsafe.As<PyCell>(Unsafe.Add(ref stack, arg)).Contents = Unsafe.Add(ref stack, --sp);
                        continue;
                    case OpCode.DeleteDeref:
                        {
                            var cell = Unsafe.As<PyCell>(Unsafe.Add(ref stack, arg));
                            if (cell.Contents == null) throw UnboundDeref(f.Code, arg);
                            cell.Contents = null;
                            continue;
                        }
                    case OpCode.LoadFromDictOrDeref:
                        Unsafe.Add(ref stack, sp - 1) = LoadFromDictOrDeref(ts, f.Code, Unsafe.Add(ref stack, sp - 1), (PyCell)Unsafe.Add(ref stack, arg), arg);
                        continue;
                    case OpCode.LoadGlobal:
                        {
                            PyObject v;
                            var fn = f.Func;
                            if (fn != null)
                            {
                                var cache = fn.GlobalCache ??= new GlobalCacheEntry[f.Code.GlobalCacheCount];
                                ref var e = ref cache[f.Code.GlobalCacheIndex[ip - 1]];
                                var val = e.Value;
                                // A filled entry means the function's builtins were an exact dict (LoadGlobalSlow
                                // caches nothing else), and a function's frames always use its builtins.
                                if (val != null && e.GlobalsVersion == f.Globals.Version && e.BuiltinsVersion == Unsafe.As<PyDict>(f.Builtins).Version)
                                    v = val;
                                else
                                    v = LoadGlobalSlow(ts, f, f.Code.Names[arg >> 1], ref e);
                            }
                            else v = LoadGlobalUncached(ts, f, f.Code.Names[arg >> 1]);
                            Unsafe.Add(ref stack, sp++) = v;
                            if ((arg & 1) != 0) Unsafe.Add(ref stack, sp++) = null!;
                            continue;
                        }
                    case OpCode.StoreGlobal:
                        f.Globals.SetItem(ts, f.Code.Names[arg], Unsafe.Add(ref stack, --sp));
                        continue;
                    case OpCode.DeleteGlobal:
                        if (!f.Globals.DelItem(ts, f.Code.Names[arg])) throw NameNotDefined(f.Code.Names[arg]);
                        continue;
                    case OpCode.LoadName:
                        Unsafe.Add(ref stack, sp++) = LoadName(ts, f, f.Code.Names[arg]);
                        continue;
                    case OpCode.StoreName:
                        StoreName(ts, f, f.Code.Names[arg], Unsafe.Add(ref stack, --sp));
                        continue;
                    case OpCode.DeleteName:
                        DeleteName(ts, f, f.Code.Names[arg]);
                        continue;
                    case OpCode.LoadFromDictOrGlobals:
                        Unsafe.Add(ref stack, sp - 1) = LoadFromDictOrGlobals(ts, f, Unsafe.Add(ref stack, sp - 1), f.Code.Names[arg]);
                        continue;
                    case OpCode.LoadLocals:
                        Unsafe.Add(ref stack, sp++) = f.Locals ?? throw PyErr.SystemError("no locals found");
                        continue;

                    case OpCode.LoadAttr:
                        {
                            var owner = Unsafe.Add(ref stack, sp - 1);
                            var name = f.Code.Names[arg >> 1];
                            var fn = f.Func;
                            if (fn != null)
                            {
                                var cache = fn.AttrCache ?? AttrCacheFor(fn);
                                var v = LoadAttrCached(ts, ref cache[f.Code.AttrCacheIndex[ip - 1]], owner, name, (arg & 1) != 0, out var self);
                                Unsafe.Add(ref stack, sp - 1) = v;
                                if ((arg & 1) != 0) Unsafe.Add(ref stack, sp++) = self!;
                                // `self` is address-taken, so the JIT reports it live for the whole method:
                                // left set, it would keep the last method call's receiver alive.
                                self = null;
                            }
                            else if ((arg & 1) != 0)
                            {
                                var meth = Ops.LookupMethod(ts, owner, name, out bool unbound);
                                Unsafe.Add(ref stack, sp - 1) = meth;
                                Unsafe.Add(ref stack, sp++) = unbound ? owner : null!;
                            }
                            else Unsafe.Add(ref stack, sp - 1) = LoadAttr(ts, owner, name);
                            continue;
                        }
                    case OpCode.StoreAttr:
                        {
                            var owner = Unsafe.Add(ref stack, sp - 1);
                            var v = Unsafe.Add(ref stack, sp - 2);
                            sp -= 2;
                            var fn = f.Func;
                            if (fn != null)
                            {
                                var cache = fn.AttrCache ?? AttrCacheFor(fn);
                                StoreAttrCached(ts, ref cache[f.Code.AttrCacheIndex[ip - 1]], owner, f.Code.Names[arg], v);
                            }
                            else StoreAttr(ts, owner, f.Code.Names[arg], v);
                            continue;
                        }
                    case OpCode.DeleteAttr:
                        Ops.DelAttr(ts, Unsafe.Add(ref stack, --sp), f.Code.Names[arg]);
                        continue;

                    case OpCode.BinaryOp:
                        {
                            var b = Unsafe.Add(ref stack, --sp);
                            var a = Unsafe.Add(ref stack, sp - 1);
                            var lastFresh = fresh;
                            fresh = null;
                            if (ReferenceEquals(a.ObType, BuiltinTypes.Int) && ReferenceEquals(b.ObType, BuiltinTypes.Int))
                            {
                                var ia = Unsafe.As<PyInt>(a);
                                var ib = Unsafe.As<PyInt>(b);
                                if (ia.IsSmall && ib.IsSmall)
                                {
                                    long x = ia.Small, y = ib.Small, r;
                                    switch ((BinaryOperator)(arg & BinaryOpFlags.OperatorMask))
                                    {
                                        case BinaryOperator.Add:
                                        case BinaryOperator.InplaceAdd:
                                            r = x + y;
                                            if (((x ^ r) & (y ^ r)) < 0) break;
                                            fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(r, a, b, arg, lastFresh);
                                            continue;
                                        case BinaryOperator.Subtract:
                                        case BinaryOperator.InplaceSubtract:
                                            r = x - y;
                                            if (((x ^ y) & (x ^ r)) < 0) break;
                                            fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(r, a, b, arg, lastFresh);
                                            continue;
                                        case BinaryOperator.Multiply:
                                        case BinaryOperator.InplaceMultiply:
                                            {
                                                long hi = Math.BigMul(x, y, out long lo);
                                                if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) break;
                                                fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(lo, a, b, arg, lastFresh);
                                                continue;
                                            }
                                        case BinaryOperator.And:
                                        case BinaryOperator.InplaceAnd:
                                            fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(x & y, a, b, arg, lastFresh);
                                            continue;
                                        case BinaryOperator.Or:
                                        case BinaryOperator.InplaceOr:
                                            fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(x | y, a, b, arg, lastFresh);
                                            continue;
                                        case BinaryOperator.Xor:
                                        case BinaryOperator.InplaceXor:
                                            fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(x ^ y, a, b, arg, lastFresh);
                                            continue;
                                        case BinaryOperator.FloorDivide:
                                        case BinaryOperator.InplaceFloorDivide:
                                            if (y == 0 || (x == long.MinValue && y == -1)) break;
                                            {
                                                long q = x / y;
                                                if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                                                fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(q, a, b, arg, lastFresh);
                                                continue;
                                            }
                                        case BinaryOperator.TrueDivide:
                                        case BinaryOperator.InplaceTrueDivide:
                                            // Exact as doubles: one correctly rounded division, as CPython's fast path.
                                            if (y == 0 || Math.Abs(x) > (1L << 53) || Math.Abs(y) > (1L << 53)) break;
                                            fresh = Unsafe.Add(ref stack, sp - 1) = FloatResult((double)x / y, a, b, arg, lastFresh);
                                            continue;
                                        case BinaryOperator.Remainder:
                                        case BinaryOperator.InplaceRemainder:
                                            if (y == 0 || y == -1) break;
                                            {
                                                long m = x % y;
                                                if (m != 0 && ((m < 0) != (y < 0))) m += y;
                                                fresh = Unsafe.Add(ref stack, sp - 1) = IntResult(m, a, b, arg, lastFresh);
                                                continue;
                                            }
                                    }
                                }
                            }
                            else if (FloatOperands(a, b, out double x, out double y))
                            {
                                switch ((BinaryOperator)(arg & BinaryOpFlags.OperatorMask))
                                {
                                    case BinaryOperator.Add:
                                    case BinaryOperator.InplaceAdd:
                                        fresh = Unsafe.Add(ref stack, sp - 1) = FloatResult(x + y, a, b, arg, lastFresh);
                                        continue;
                                    case BinaryOperator.Subtract:
                                    case BinaryOperator.InplaceSubtract:
                                        fresh = Unsafe.Add(ref stack, sp - 1) = FloatResult(x - y, a, b, arg, lastFresh);
                                        continue;
                                    case BinaryOperator.Multiply:
                                    case BinaryOperator.InplaceMultiply:
                                        fresh = Unsafe.Add(ref stack, sp - 1) = FloatResult(x * y, a, b, arg, lastFresh);
                                        continue;
                                    case BinaryOperator.TrueDivide:
                                    case BinaryOperator.InplaceTrueDivide:
                                        if (y == 0) break;
                                        fresh = Unsafe.Add(ref stack, sp - 1) = FloatResult(x / y, a, b, arg, lastFresh);
                                        continue;
                                }
                            }
                            Unsafe.Add(ref stack, sp - 1) = BinaryOpGeneric(ts, a, b, arg & BinaryOpFlags.OperatorMask);
                            continue;
                        }
                    case OpCode.BinarySubscr:
                        {
                            var key = Unsafe.Add(ref stack, --sp);
                            var container = Unsafe.Add(ref stack, sp - 1);
                            if (ReferenceEquals(container.ObType, BuiltinTypes.List) && ReferenceEquals(key.ObType, BuiltinTypes.Int))
                            {
                                var list = Unsafe.As<PyList>(container);
                                var ik = Unsafe.As<PyInt>(key);
                                if (ik.IsSmall)
                                {
                                    long i = ik.Small;
                                    if (i < 0) i += list.Count;
                                    if ((ulong)i < (ulong)list.Count)
                                    {
                                        Unsafe.Add(ref stack, sp - 1) = list.Items[i];
                                        continue;
                                    }
                                }
                            }
                            else if (ReferenceEquals(container.ObType, BuiltinTypes.Tuple) && ReferenceEquals(key.ObType, BuiltinTypes.Int))
                            {
                                var items = Unsafe.As<PyTuple>(container).Items;
                                var ik = Unsafe.As<PyInt>(key);
                                if (ik.IsSmall)
                                {
                                    long i = ik.Small;
                                    if (i < 0) i += items.Length;
                                    if ((ulong)i < (ulong)items.Length)
                                    {
                                        Unsafe.Add(ref stack, sp - 1) = items[i];
                                        continue;
                                    }
                                }
                            }
                            else if (ReferenceEquals(container.ObType, BuiltinTypes.Dict))
                            {
                                var found = Unsafe.As<PyDict>(container).GetItem(ts, key);
                                if (found != null)
                                {
                                    Unsafe.Add(ref stack, sp - 1) = found;
                                    continue;
                                }
                                // A missing key is often caught nearby: raise it without a .NET throw.
                                exc = PyBaseException.Create(PyExc.KeyError, new PyTuple([key]));
                                SetContext(ts, exc);
                                addTb = true;
                                lookupAt = f.Ip - 1;
                                goto raise_exception;
                            }
                            Unsafe.Add(ref stack, sp - 1) = Ops.GetItem(ts, container, key);
                            continue;
                        }
                    case OpCode.StoreSubscr:
                        {
                            var key = Unsafe.Add(ref stack, sp - 1);
                            var container = Unsafe.Add(ref stack, sp - 2);
                            var v = Unsafe.Add(ref stack, sp - 3);
                            sp -= 3;
                            if (ReferenceEquals(container.ObType, BuiltinTypes.List) && ReferenceEquals(key.ObType, BuiltinTypes.Int))
                            {
                                var list = Unsafe.As<PyList>(container);
                                var ik = Unsafe.As<PyInt>(key);
                                if (ik.IsSmall)
                                {
                                    long i = ik.Small;
                                    if (i < 0) i += list.Count;
                                    if ((ulong)i < (ulong)list.Count)
                                    {
                                        list.Items.AsSpan()[(int)i] = v;   // no covariance check
                                        continue;
                                    }
                                }
                            }
                            else if (ReferenceEquals(container.ObType, BuiltinTypes.Dict))
                            {
                                Unsafe.As<PyDict>(container).SetItem(ts, key, v);
                                continue;
                            }
                            Ops.SetItem(ts, container, key, v);
                            continue;
                        }
                    case OpCode.DeleteSubscr:
                        {
                            var key = Unsafe.Add(ref stack, sp - 1);
                            var container = Unsafe.Add(ref stack, sp - 2);
                            sp -= 2;
                            if (ReferenceEquals(container.ObType, BuiltinTypes.Dict))
                            {
                                if (!Unsafe.As<PyDict>(container).DelItem(ts, key)) throw PyErr.KeyError(key);
                                continue;
                            }
                            Ops.DelItem(ts, container, key);
                            continue;
                        }
                    case OpCode.UnaryNegative:
                        Unsafe.Add(ref stack, sp - 1) = Ops.Negative(ts, Unsafe.Add(ref stack, sp - 1));
                        continue;
                    case OpCode.UnaryNot:
                        {
                            var v = Unsafe.Add(ref stack, sp - 1);
                            Unsafe.Add(ref stack, sp - 1) = ReferenceEquals(v, PyBool.True) ? PyBool.False
                                : ReferenceEquals(v, PyBool.False) ? PyBool.True
                                : PyBool.From(!Ops.IsTrue(ts, v));
                            continue;
                        }
                    case OpCode.UnaryInvert:
                        Unsafe.Add(ref stack, sp - 1) = Ops.Invert(ts, Unsafe.Add(ref stack, sp - 1));
                        continue;
                    case OpCode.ToBool:
                        Unsafe.Add(ref stack, sp - 1) = PyBool.From(Ops.IsTrue(ts, Unsafe.Add(ref stack, sp - 1)));
                        continue;

                    case OpCode.CompareOp:
                        {
                            var b = Unsafe.Add(ref stack, --sp);
                            var a = Unsafe.Add(ref stack, sp - 1);
                            if (ReferenceEquals(a.ObType, BuiltinTypes.Int) && ReferenceEquals(b.ObType, BuiltinTypes.Int)
                                && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
                            {
                                Unsafe.Add(ref stack, sp - 1) = PyBool.From(CompareLongs(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, arg));
                                continue;
                            }
                            if (ReferenceEquals(a.ObType, BuiltinTypes.Float) && ReferenceEquals(b.ObType, BuiltinTypes.Float))
                            {
                                Unsafe.Add(ref stack, sp - 1) = PyBool.From(CompareDoubles(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, arg));
                                continue;
                            }
                            if (ReferenceEquals(a.ObType, BuiltinTypes.Str) && ReferenceEquals(b.ObType, BuiltinTypes.Str))
                            {
                                Unsafe.Add(ref stack, sp - 1) = PyBool.From(CompareStrs(Unsafe.As<PyStr>(a), Unsafe.As<PyStr>(b), arg));
                                continue;
                            }
                            Unsafe.Add(ref stack, sp - 1) = Ops.RichCompare(ts, a, b, (CompareOp)arg);
                            continue;
                        }
                    case OpCode.CompareTuples:
                        {
                            // Two tuple displays compared as tuples would be, without building them.
                            int n1 = (arg >> 3) & 0xFF, n2 = arg >> 11, start = sp - n1 - n2;
                            var res = SeqHelpers.Compare(ts, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, start), n1),
                                MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, start + n1), n2), (CompareOp)(arg & 7));
                            sp = start;
                            Unsafe.Add(ref stack, sp++) = res;
                            continue;
                        }
                    case OpCode.CompareOpJumpIfFalse:
                    case OpCode.CompareOpJumpIfTrue:
                        {
                            var b = Unsafe.Add(ref stack, sp - 1);
                            var a = Unsafe.Add(ref stack, sp - 2);
                            sp -= 2;
                            int cop = arg & 0xF;
                            bool res;
                            if (ReferenceEquals(a.ObType, BuiltinTypes.Int) && ReferenceEquals(b.ObType, BuiltinTypes.Int)
                                && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
                                res = CompareLongs(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, cop);
                            else if (ReferenceEquals(a.ObType, BuiltinTypes.Float) && ReferenceEquals(b.ObType, BuiltinTypes.Float))
                                res = CompareDoubles(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, cop);
                            else if (ReferenceEquals(a.ObType, BuiltinTypes.Str) && ReferenceEquals(b.ObType, BuiltinTypes.Str))
                                res = CompareStrs(Unsafe.As<PyStr>(a), Unsafe.As<PyStr>(b), cop);
                            else
                            {
                                var r = Ops.RichCompare(ts, a, b, (CompareOp)cop);
                                res = ReferenceEquals(r, PyBool.True) || (!ReferenceEquals(r, PyBool.False) && Ops.IsTrue(ts, r));
                            }
                            if (res == ((OpCode)(word & 0xFF) == OpCode.CompareOpJumpIfTrue)) ip = arg >> 4;
                            continue;
                        }
                    case OpCode.IsOp:
                        {
                            var b = Unsafe.Add(ref stack, --sp);
                            Unsafe.Add(ref stack, sp - 1) = PyBool.From(ReferenceEquals(Unsafe.Add(ref stack, sp - 1), b) ^ (arg != 0));
                            continue;
                        }
                    case OpCode.ContainsOp:
                        {
                            var container = Unsafe.Add(ref stack, --sp);
                            var item = Unsafe.Add(ref stack, sp - 1);
                            bool found = ReferenceEquals(container.ObType, BuiltinTypes.Dict)
                                ? Unsafe.As<PyDict>(container).GetItem(ts, item) != null
                                : Ops.Contains(ts, container, item);
                            Unsafe.Add(ref stack, sp - 1) = PyBool.From(found ^ (arg != 0));
                            continue;
                        }

                    case OpCode.Jump:
                        ip = arg;
                        continue;
                    case OpCode.JumpBackward:
                        ip = arg;
                        if (ts.EvalBreaker != 0)
                        {
                            f.Ip = ip;
                            ts.HandleEvalBreaker();
                        }
                        // A `for` loop jumps back to its FOR_ITER: run it from here, a direct jump
                        // instead of one more trip through the (poorly predicted) indirect dispatch.
                        word = Unsafe.Add(ref instrs, ip);
                        if ((word & 0xFF) != (int)OpCode.ForIter) continue;
                        f.Ip = ++ip;
                        arg = word >>> 8;
                        goto case OpCode.ForIter;
                    case OpCode.PopJumpIfFalse:
                        {
                            var v = Unsafe.Add(ref stack, --sp);
                            if (ReferenceEquals(v, PyBool.False)) ip = arg;
                            else if (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(ts, v)) ip = arg;
                            continue;
                        }
                    case OpCode.PopJumpIfTrue:
                        {
                            var v = Unsafe.Add(ref stack, --sp);
                            if (ReferenceEquals(v, PyBool.True)) ip = arg;
                            else if (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(ts, v)) ip = arg;
                            continue;
                        }
                    case OpCode.PopJumpIfNone:
                        if (ReferenceEquals(Unsafe.Add(ref stack, --sp), PyNone.Value)) ip = arg;
                        continue;
                    case OpCode.PopJumpIfNotNone:
                        if (!ReferenceEquals(Unsafe.Add(ref stack, --sp), PyNone.Value)) ip = arg;
                        continue;
                    case OpCode.JumpIfFalseOrPop:
                        {
                            var v = Unsafe.Add(ref stack, sp - 1);
                            bool t = ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(ts, v));
                            if (!t) ip = arg; else sp--;
                            continue;
                        }
                    case OpCode.JumpIfTrueOrPop:
                        {
                            var v = Unsafe.Add(ref stack, sp - 1);
                            bool t = ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(ts, v));
                            if (t) ip = arg; else sp--;
                            continue;
                        }

                    case OpCode.GetIter:
                        {
                            var src = Unsafe.Add(ref stack, sp - 1);
                            if (ReferenceEquals(src.ObType, BuiltinTypes.List))
                            {
                                // An exact list's iterator (its type's tp_iter cannot change), reusing
                                // one that a finished loop over a list left on the thread.
                                var li = ts.TakeSpareListIterator();
                                if (li != null) li.Restart(Unsafe.As<PyList>(src));
                                else li = new PyListIterator(Unsafe.As<PyList>(src)) { LoopOwned = true };
                                Unsafe.Add(ref stack, sp - 1) = li;
                                continue;
                            }
                            Unsafe.Add(ref stack, sp - 1) = Ops.GetIter(ts, src);
                            continue;
                        }
                    case OpCode.ForIter:
                        {
                            var it = Unsafe.Add(ref stack, sp - 1);
                            PyObject? next;
                            if (it is PyListIterator li)
                            {
                                next = li.Next();
                                // A generator expression's iterator is its `.0` local: once its frame
                                // has escaped (gi_frame, sys._getframe), f_locals may have handed it out.
                                if (next == null && li.LoopOwned && !f.Escaped) ts.GiveSpareListIterator(li);
                            }
                            else if (it is PyRangeIterator ri) next = ri.Next();
                            else if (it is PyTupleIterator ti) next = ti.Next();
                            else if (it is PyGenerator gen && gen.Frame.State is FrameState.Suspended or FrameState.Created)
                            {
                                // Run the generator's frame in this loop; YIELD_VALUE/RETURN come back here.
                                f.Sp = sp;
                                EnterGeneratorFrame(ts, gen, f, PyNone.Value);
                                f = gen.Frame;
                                goto frame_start;
                            }
                            else if (Unsafe.Add(ref instrs, ip) == UnpackPairWord && IsPairIterator(it))
                            {
                                // `for a, b in enumerate(...) / d.items() / zip(x, y)`: the pair goes
                                // straight onto the stack; the tuple would be unpacked at once.
                                if (NextPair(ts, it, out var first, out var second))
                                {
                                    Unsafe.Add(ref stack, sp++) = second;
                                    Unsafe.Add(ref stack, sp++) = first;
                                    first = second = null!; // address-taken: would stay reachable (see LoadAttr)
                                    ip++;
                                }
                                else
                                {
                                    sp--;
                                    ip = arg;
                                }
                                continue;
                            }
                            else
                            {
                                next = Ops.Next(ts, it);
                            }
                            if (next != null)
                            {
                                // `for x in ...:` stores the item at once: do the STORE_FAST here.
                                int nw = Unsafe.Add(ref instrs, ip);
                                if ((nw & 0xFF) == (int)OpCode.StoreFast)
                                {
                                    Unsafe.Add(ref stack, nw >>> 8) = next;
                                    ip++;
                                }
                                else Unsafe.Add(ref stack, sp++) = next;
                            }
                            else
                            {
                                sp--;
                                ip = arg;
                            }
                            continue;
                        }

                    case OpCode.ReturnValue:
                    case OpCode.ReturnConst:
                        {
                            var result = (OpCode)(word & 0xFF) == OpCode.ReturnValue ? Unsafe.Add(ref stack, --sp) : consts[arg];
                            f.Sp = sp;
                            f.State = FrameState.Completed;
                            ts.RecursionDepth--;
                            ts.CurrentFrame = f.Back;
                            if (f.IsEntry) return result;
                            var caller = f.Back!;
                            if (f.Generator != null)
                            {
                                // An inline generator finished: FOR_ITER ends the loop, SEND jumps with the value.
                                f.Back = null;
                                LeaveGeneratorFrame(ts, Unsafe.As<PyGenBase>(f.Generator), finished: true);
                                int cw = caller.Code.Instructions[caller.Ip - 1];
                                if ((OpCode)(cw & 0xFF) == OpCode.ForIter) caller.Sp--;
                                else caller.Stack.AsSpan()[caller.Sp - 1] = result;
                                caller.Ip = cw >>> 8;
                                f = caller;
                                goto frame_start;
                            }
                            if (f.InitSelf is { } initSelf)
                            {
                                f.InitSelf = null;
                                if (result is not PyNone)
                                {
                                    // As tp_call would: the TypeError belongs to the calling instruction.
                                    ReleaseFrame(f);
                                    f = caller;
                                    exc = MakeException(PyExc.TypeError, $"__init__() should return None, not '{result.ObType.Name}'");
                                    SetContext(ts, exc);
                                    addTb = true;
                                    lookupAt = f.Ip - 1;
                                    goto raise_exception;
                                }
                                result = initSelf;
                            }
                            caller.Stack.AsSpan()[caller.Sp++] = result;
                            ReleaseFrame(f);
                            f = caller;
                            goto frame_start;
                        }

                    case OpCode.BuildTuple:
                        {
                            if (arg == 0) { Unsafe.Add(ref stack, sp++) = PyTuple.Empty; continue; }
                            var items = new PyObject[arg];
                            MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, sp - arg), arg).CopyTo(items);
                            sp -= arg;
                            Unsafe.Add(ref stack, sp++) = new PyTuple(items);
                            continue;
                        }
                    case OpCode.BuildList:
                        {
                            // `[]` shares the empty array until the first append.
                            if (arg == 0) { Unsafe.Add(ref stack, sp++) = new PyList(); continue; }
                            var items = new PyObject[arg];
                            MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, sp - arg), arg).CopyTo(items);
                            sp -= arg;
                            Unsafe.Add(ref stack, sp++) = new PyList(items);
                            continue;
                        }
                    case OpCode.BuildSet:
                        sp = BuildSet(ts, f.Stack, sp, arg);
                        continue;
                    case OpCode.BuildMap:
                        sp = BuildMap(ts, f.Stack, sp, arg);
                        continue;
                    case OpCode.BuildConstKeyMap:
                        sp = BuildConstKeyMap(ts, f.Stack, sp, arg);
                        continue;
                    case OpCode.BuildString:
                        sp = BuildString(f.Stack, sp, arg);
                        continue;
                    case OpCode.BuildSlice:
                        if ((Unsafe.Add(ref instrs, ip) & 0xFF) == (int)OpCode.BinarySubscr)
                        {
                            // seq[a:b] / seq[a:b:c] on a list or tuple: no slice object.
                            PyObject res;
                            if (arg == 2 && TrySlice(Unsafe.Add(ref stack, sp - 3), Unsafe.Add(ref stack, sp - 2), Unsafe.Add(ref stack, sp - 1), PyNone.Value, out res))
                            {
                                sp -= 2;
                                Unsafe.Add(ref stack, sp - 1) = res;
                                ip++;
                                continue;
                            }
                            if (arg == 3 && TrySlice(Unsafe.Add(ref stack, sp - 4), Unsafe.Add(ref stack, sp - 3), Unsafe.Add(ref stack, sp - 2), Unsafe.Add(ref stack, sp - 1), out res))
                            {
                                sp -= 3;
                                Unsafe.Add(ref stack, sp - 1) = res;
                                ip++;
                                continue;
                            }
                        }
                        if (arg == 3)
                        {
                            Unsafe.Add(ref stack, sp - 3) = new PySlice(Unsafe.Add(ref stack, sp - 3), Unsafe.Add(ref stack, sp - 2), Unsafe.Add(ref stack, sp - 1));
                            sp -= 2;
                        }
                        else
                        {
                            Unsafe.Add(ref stack, sp - 2) = new PySlice(Unsafe.Add(ref stack, sp - 2), Unsafe.Add(ref stack, sp - 1), PyNone.Value);
                            sp -= 1;
                        }
                        continue;
                    case OpCode.ListAppend:
                        {
                            var v = Unsafe.Add(ref stack, --sp);
                            var list = Unsafe.As<PyList>(Unsafe.Add(ref stack, sp - arg));
                            // A one-for, no-if comprehension's first append: its iterator (just below
                            // the element) tells how many items follow this one.
                            if (list.Items.Length == 0 && arg == 2 && f.Code.Unit.ListLengthFromIterator)
                                list.EnsureCapacity(1 + ListType.LengthHint(Unsafe.Add(ref stack, sp - 1)));
                            list.Append(v);
                            continue;
                        }
                    case OpCode.SetAdd:
                        {
                            var v = Unsafe.Add(ref stack, --sp);
                            ((PySet)Unsafe.Add(ref stack, sp - arg)).Add(ts, v);
                            continue;
                        }
                    case OpCode.MapAdd:
                        {
                            var value = Unsafe.Add(ref stack, --sp);
                            var key = Unsafe.Add(ref stack, --sp);
                            ((PyDict)Unsafe.Add(ref stack, sp - arg)).SetItem(ts, key, value);
                            continue;
                        }
                    case OpCode.ListExtend:
                        {
                            var iterable = Unsafe.Add(ref stack, --sp);
                            ListExtend(ts, (PyList)Unsafe.Add(ref stack, sp - arg), iterable);
                            continue;
                        }
                    case OpCode.SetUpdate:
                        {
                            var iterable = Unsafe.Add(ref stack, --sp);
                            ((PySet)Unsafe.Add(ref stack, sp - arg)).Update(ts, iterable);
                            continue;
                        }
                    case OpCode.DictUpdate:
                        {
                            var update = Unsafe.Add(ref stack, --sp);
                            DictUpdate(ts, (PyDict)Unsafe.Add(ref stack, sp - arg), update);
                            continue;
                        }
                    case OpCode.DictMerge:
                        {
                            var update = Unsafe.Add(ref stack, --sp);
                            DictMerge(ts, (PyDict)Unsafe.Add(ref stack, sp - arg), update, Unsafe.Add(ref stack, sp - arg - 3));
                            continue;
                        }
                    case OpCode.UnpackSequence:
                        {
                            var seq = Unsafe.Add(ref stack, sp - 1);
                            if (ReferenceEquals(seq.ObType, BuiltinTypes.Tuple) && Unsafe.As<PyTuple>(seq).Items.Length == arg)
                            {
                                var items = Unsafe.As<PyTuple>(seq).Items;
                                sp--;
                                for (int i = arg - 1; i >= 0; i--) Unsafe.Add(ref stack, sp++) = items[i];
                                continue;
                            }
                            if (ReferenceEquals(seq.ObType, BuiltinTypes.List) && Unsafe.As<PyList>(seq).Count == arg)
                            {
                                var items = Unsafe.As<PyList>(seq).Items;
                                sp--;
                                for (int i = arg - 1; i >= 0; i--) Unsafe.Add(ref stack, sp++) = items[i];
                                continue;
                            }
                            sp = UnpackIterable(ts, f.Stack, sp, arg, -1);
                            continue;
                        }
                    case OpCode.UnpackEx:
                        sp = UnpackIterable(ts, f.Stack, sp, arg & 0xFF, arg >> 8);
                        continue;
                    case OpCode.FormatSimple:
                        {
                            var v = Unsafe.Add(ref stack, sp - 1);
                            if (!ReferenceEquals(v.ObType, BuiltinTypes.Str))
                                Unsafe.Add(ref stack, sp - 1) = Ops.Format(ts, v, PyStr.Empty);
                            continue;
                        }
                    case OpCode.FormatWithSpec:
                        {
                            var spec = Unsafe.Add(ref stack, --sp);
                            Unsafe.Add(ref stack, sp - 1) = Ops.Format(ts, Unsafe.Add(ref stack, sp - 1), (PyStr)spec);
                            continue;
                        }
                    case OpCode.ConvertValue:
                        Unsafe.Add(ref stack, sp - 1) = ConvertValue(ts, Unsafe.Add(ref stack, sp - 1), arg);
                        continue;

                    case OpCode.Call:
                    case OpCode.CallKw:
                        {
                            PyTuple? kwnames = null;
                            if ((OpCode)(word & 0xFF) == OpCode.CallKw) kwnames = Unsafe.As<PyTuple>(Unsafe.Add(ref stack, --sp));
                            int baseIdx = sp - arg - 2;
                            var callable = Unsafe.Add(ref stack, baseIdx);
                            int argStart = baseIdx + 2, argc = arg;
                            if (Unsafe.Add(ref stack, baseIdx + 1) != null)
                            {
                                argStart--;
                                argc++;
                            }
                            else if (callable is PyMethod bm)
                            {
                                callable = bm.Func;
                                Unsafe.Add(ref stack, baseIdx) = callable;
                                Unsafe.Add(ref stack, baseIdx + 1) = bm.Self;
                                argStart--;
                                argc++;
                            }
                            else if (callable is PyType ct && InlinableInit(ct) is PyFunction initFn && !(ct.InlineInitObjectNew && ct.IsAbstract))
                            {
                                // Instantiation with a Python __init__: allocate, then run __init__ as an
                                // inline frame whose return hands back the instance.
                                if (ts.EvalBreaker != 0) ts.HandleEvalBreaker();
                                var inst = ct.InlineInitObjectNew ? ct.InstanceFactory!(ct)
                                    : ct.TpNew!(ts, ct, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, argStart), argc), kwnames);
                                if (!inst.ObType.IsSubtype(ct))
                                {
                                    // __new__ returned something else: no __init__ (as type.__call__).
                                    sp = baseIdx;
                                    Unsafe.Add(ref stack, sp++) = inst;
                                    continue;
                                }
                                Unsafe.Add(ref stack, baseIdx + 1) = inst;
                                var nf = MakeFrameFromStack(ts, initFn, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, argStart - 1), argc + 1), kwnames);
                                if (ts.RecursionDepth >= ts.Interp.RecursionLimit)
                                    throw PyErr.RecursionError("maximum recursion depth exceeded");
                                nf.InitSelf = inst;
                                f.Sp = baseIdx;
                                ts.RecursionDepth++;
                                nf.Back = f;
                                nf.State = FrameState.Executing;
                                ts.CurrentFrame = nf;
                                f = nf;
                                goto frame_start;
                            }
                            if (callable is PyFunction pf && !pf.Code.IsGeneratorLike)
                            {
                                if (ts.EvalBreaker != 0) ts.HandleEvalBreaker();
                                var nf = MakeFrameFromStack(ts, pf, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, argStart), argc), kwnames);
                                if (ts.RecursionDepth >= ts.Interp.RecursionLimit)
                                    throw PyErr.RecursionError("maximum recursion depth exceeded");
                                f.Sp = baseIdx;
                                ts.RecursionDepth++;
                                nf.Back = f;
                                nf.State = FrameState.Executing;
                                ts.CurrentFrame = nf;
                                f = nf;
                                goto frame_start;
                            }
                            PyObject res;
                            // Everything at or above sp is dead while the built-in runs: gc.collect() may
                            // clear it (ClearDeadStackSlots), as CPython's stack holds no stale references.
                            f.Sp = sp;
                            var args = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref stack, argStart), argc);
                            // Most calls that get here are of built-in methods and functions: test those first.
                            if (callable is PyMethodDescriptor md && argc > 0 && ReferenceEquals(args[0].ObType, md.Owner))
                                res = md.Method(ts, args[0], args[1..], kwnames);
                            else if (callable is PyBuiltinFunction bf)
                                res = bf.Invoke(ts, args, kwnames);
                            else if (callable is PyType && argc == 1 && kwnames == null)
                            {
                                if (ReferenceEquals(callable, BuiltinTypes.Int) && ReferenceEquals(args[0].ObType, BuiltinTypes.Str))
                                {
                                    // int(str), often inside try/except ValueError: a bad literal raises
                                    // without a .NET throw.
                                    var parsed = IntType.Parse(StrUnicode.DecimalAndSpaceToAscii(Unsafe.As<PyStr>(args[0]).Value), 10, ts.Interp.IntMaxStrDigits);
                                    if (parsed == null)
                                    {
                                        exc = IntType.InvalidLiteral(ts, args[0], 10);
                                        SetContext(ts, exc);
                                        addTb = true;
                                        lookupAt = f.Ip - 1;
                                        goto raise_exception;
                                    }
                                    res = parsed;
                                }
                                else if (ReferenceEquals(callable, BuiltinTypes.Str))
                                    res = Ops.Str(ts, args[0]);
                                else
                                    res = Ops.Call(ts, callable, args, kwnames);
                            }
                            else
                                res = Ops.Call(ts, callable, args, kwnames);
                            sp = baseIdx;
                            // `x = f(...)` and `f(...)` as a statement: the STORE_FAST or POP_TOP that
                            // follows is done here, saving a dispatch.
                            int after = Unsafe.Add(ref instrs, ip);
                            if ((after & 0xFF) == (int)OpCode.StoreFast)
                            {
                                Unsafe.Add(ref stack, after >>> 8) = res;
                                ip++;
                            }
                            else if ((after & 0xFF) == (int)OpCode.PopTop) ip++;
                            else Unsafe.Add(ref stack, sp++) = res;
                            continue;
                        }
                    case OpCode.CallFunctionEx:
                        {
                            PyObject? kwargs = (arg & 1) != 0 ? Unsafe.Add(ref stack, --sp) : null;
                            var callargs = Unsafe.Add(ref stack, --sp);
                            sp--; // NULL
                            var func = Unsafe.Add(ref stack, --sp);
                            var argv = PrepareCallEx(ts, func, callargs, kwargs, out var kwn);
                            PyObject? self = null;
                            var target = func;
                            if (func is PyMethod bm2 && bm2.Func is PyFunction)
                            {
                                self = bm2.Self;
                                target = bm2.Func;
                            }
                            if (target is PyFunction pf2 && !pf2.Code.IsGeneratorLike)
                            {
                                if (ts.EvalBreaker != 0) ts.HandleEvalBreaker();
                                var nf = MakeFrame(ts, pf2, self, argv, kwn);
                                if (ts.RecursionDepth >= ts.Interp.RecursionLimit)
                                    throw PyErr.RecursionError("maximum recursion depth exceeded");
                                f.Sp = sp;
                                ts.RecursionDepth++;
                                nf.Back = f;
                                nf.State = FrameState.Executing;
                                ts.CurrentFrame = nf;
                                f = nf;
                                goto frame_start;
                            }
                            Unsafe.Add(ref stack, sp++) = Ops.Call(ts, func, argv, kwn);
                            continue;
                        }
                    case OpCode.MakeFunction:
                        sp = MakeFunction(ts, f, f.Stack, sp, arg);
                        continue;
                    case OpCode.CallIntrinsic1:
                        Unsafe.Add(ref stack, sp - 1) = CallIntrinsic1(ts, f, Unsafe.Add(ref stack, sp - 1), (Intrinsic1)arg);
                        continue;
                    case OpCode.CallIntrinsic2:
                        {
                            var v2 = Unsafe.Add(ref stack, --sp);
                            Unsafe.Add(ref stack, sp - 1) = CallIntrinsic2(ts, f, Unsafe.Add(ref stack, sp - 1), v2, (Intrinsic2)arg);
                            continue;
                        }

                    case OpCode.RaiseVarargs:
                        {
                            PyObject? cause = arg == 2 ? Unsafe.Add(ref stack, --sp) : null;
                            PyObject? raisedObj = arg >= 1 ? Unsafe.Add(ref stack, --sp) : null;
                            if (raisedObj == null)
                            {
                                // Bare `raise`: re-raise the handled exception without a new traceback entry.
                                exc = ts.CurrentHandledException ?? MakeException(PyExc.RuntimeError, "No active exception to reraise");
                                addTb = exc.Traceback == null;
                            }
                            else
                            {
                                exc = PrepareRaise(ts, raisedObj, cause);
                                SetContext(ts, exc);
                                addTb = true;
                            }
                            lookupAt = f.Ip - 1;
                            goto raise_exception;
                        }
                    case OpCode.Reraise:
                        {
                            exc = (PyBaseException)Unsafe.Add(ref stack, --sp);
                            lookupAt = f.Ip - 1;
                            if (arg != 0 && Unsafe.Add(ref stack, sp - arg) is PyInt lastiObj)
                                f.Ip = (int)lastiObj.Small + 1;
                            addTb = false;
                            goto raise_exception;
                        }
                    case OpCode.PushExcInfo:
                        {
                            var e = Unsafe.Add(ref stack, sp - 1);
                            var list = ts.HandledExceptions;
                            if (list.Count == 0) list.Add(null);
                            Unsafe.Add(ref stack, sp - 1) = (PyObject?)list[^1] ?? PyNone.Value;
                            Unsafe.Add(ref stack, sp++) = e;
                            list[^1] = (PyBaseException)e;
                            continue;
                        }
                    case OpCode.PopExcept:
                        {
                            var prev = Unsafe.Add(ref stack, --sp);
                            var list = ts.HandledExceptions;
                            if (list.Count == 0) list.Add(null);
                            list[^1] = prev as PyBaseException;
                            continue;
                        }
                    case OpCode.CheckExcMatch:
                        {
                            var type = Unsafe.Add(ref stack, sp - 1);
                            Unsafe.Add(ref stack, sp - 1) = PyBool.From(CheckExceptionMatch(ts, Unsafe.Add(ref stack, sp - 2), type));
                            continue;
                        }
                    case OpCode.CheckEgMatch:
                        {
                            var type = Unsafe.Add(ref stack, sp - 1);
                            var e = Unsafe.Add(ref stack, sp - 2);
                            ExceptionGroupMatch(ts, f, e, type, out var rest, out var match);
                            Unsafe.Add(ref stack, sp - 2) = rest;
                            Unsafe.Add(ref stack, sp - 1) = match;
                            rest = match = null!; // address-taken: would stay reachable (see LoadAttr)
                            continue;
                        }
                    case OpCode.WithExceptStart:
                        {
                            var e = (PyBaseException)Unsafe.Add(ref stack, sp - 1);
                            var exit = Unsafe.Add(ref stack, sp - 4);
                            Unsafe.Add(ref stack, sp++) = Ops.Call(ts, exit, [e.ObType, e, e.Traceback ?? PyNone.Value]);
                            continue;
                        }
                    case OpCode.BeforeWith:
                        sp = BeforeWith(ts, f.Stack, sp);
                        continue;
                    case OpCode.BeforeAsyncWith:
                        sp = BeforeAsyncWith(ts, f.Stack, sp);
                        continue;
                    case OpCode.LoadAssertionError:
                        Unsafe.Add(ref stack, sp++) = PyExc.AssertionError;
                        continue;
                    case OpCode.LoadBuildClass:
                        Unsafe.Add(ref stack, sp++) = LoadBuildClass(ts, f);
                        continue;
                    case OpCode.SetupAnnotations:
                        SetupAnnotations(ts, f);
                        continue;
                    case OpCode.ImportName:
                        {
                            var fromlist = Unsafe.Add(ref stack, --sp);
                            var level = Unsafe.Add(ref stack, sp - 1);
                            Unsafe.Add(ref stack, sp - 1) = ImportSystem.ImportName(ts, f, f.Code.Names[arg], fromlist, level);
                            continue;
                        }
                    case OpCode.ImportFrom:
                        Unsafe.Add(ref stack, sp) = ImportSystem.ImportFrom(ts, Unsafe.Add(ref stack, sp - 1), f.Code.Names[arg]);
                        sp++;
                        continue;

                    case OpCode.GetYieldFromIter:
                        Unsafe.Add(ref stack, sp - 1) = GetYieldFromIter(ts, f.Code, Unsafe.Add(ref stack, sp - 1));
                        continue;
                    case OpCode.Send:
                        {
                            var v = Unsafe.Add(ref stack, sp - 1);
                            var receiver = Unsafe.Add(ref stack, sp - 2);
                            if (receiver is PyGenerator or PyCoroutine)
                            {
                                var gen = Unsafe.As<PyGenBase>(receiver);
                                var st = gen.Frame.State;
                                if (st == FrameState.Suspended || (st == FrameState.Created && v is PyNone))
                                {
                                    f.Sp = sp;
                                    EnterGeneratorFrame(ts, gen, f, v);
                                    f = gen.Frame;
                                    goto frame_start;
                                }
                            }
                            if (Generators.Send(ts, receiver, v, out var result))
                            {
                                Unsafe.Add(ref stack, sp - 1) = result;
                                ip = arg;
                            }
                            else Unsafe.Add(ref stack, sp - 1) = result;
                            result = null!; // address-taken: would stay reachable (see LoadAttr)
                            continue;
                        }
                    case OpCode.YieldValue:
                        {
                            var v = Unsafe.Add(ref stack, --sp);
                            f.Sp = sp;
                            f.State = FrameState.Suspended;
                            ts.RecursionDepth--;
                            ts.CurrentFrame = f.Back;
                            if (f.IsEntry)
                            {
                                f.Back = null;
                                return v;
                            }
                            // A generator run inline by FOR_ITER or SEND: hand the value to the caller.
                            var caller = f.Back!;
                            f.Back = null;
                            LeaveGeneratorFrame(ts, Unsafe.As<PyGenBase>(f.Generator!), finished: false);
                            int cw = caller.Code.Instructions[caller.Ip - 1];
                            if ((OpCode)(cw & 0xFF) == OpCode.ForIter) caller.Stack.AsSpan()[caller.Sp++] = v;
                            else caller.Stack.AsSpan()[caller.Sp - 1] = v;
                            f = caller;
                            goto frame_start;
                        }
                    case OpCode.EndSend:
                        {
                            var v = Unsafe.Add(ref stack, --sp);
                            Unsafe.Add(ref stack, sp - 1) = v;
                            continue;
                        }
                    case OpCode.CleanupThrow:
                        {
                            var e = (PyBaseException)Unsafe.Add(ref stack, sp - 1);
                            if (e.ObType.IsSubtype(PyExc.StopIteration))
                            {
                                sp -= 3;
                                Unsafe.Add(ref stack, sp++) = PyNone.Value;
                                Unsafe.Add(ref stack, sp++) = StopIterationValue(e);
                                continue;
                            }
                            sp--;
                            exc = e;
                            addTb = false;
                            lookupAt = f.Ip - 1;
                            goto raise_exception;
                        }
                    case OpCode.GetAwaitable:
                        Unsafe.Add(ref stack, sp - 1) = Generators.GetAwaitableIter(ts, Unsafe.Add(ref stack, sp - 1), arg);
                        continue;
                    case OpCode.GetAIter:
                        Unsafe.Add(ref stack, sp - 1) = Generators.GetAIter(ts, Unsafe.Add(ref stack, sp - 1));
                        continue;
                    case OpCode.GetANext:
                        Unsafe.Add(ref stack, sp) = Generators.GetANext(ts, Unsafe.Add(ref stack, sp - 1));
                        sp++;
                        continue;
                    case OpCode.EndAsyncFor:
                        {
                            var e = (PyBaseException)Unsafe.Add(ref stack, sp - 1);
                            if (e.ObType.IsSubtype(PyExc.StopAsyncIteration))
                            {
                                sp -= 2;
                                continue;
                            }
                            sp--;
                            exc = e;
                            addTb = false;
                            lookupAt = f.Ip - 1;
                            goto raise_exception;
                        }

                    case OpCode.MatchClass:
                        {
                            var names = Unsafe.Add(ref stack, --sp);
                            var type = Unsafe.Add(ref stack, --sp);
                            Unsafe.Add(ref stack, sp - 1) = MatchClass(ts, Unsafe.Add(ref stack, sp - 1), type, arg, (PyTuple)names);
                            continue;
                        }
                    case OpCode.MatchMapping:
                        Unsafe.Add(ref stack, sp) = PyBool.From(IsMatchMapping(ts, Unsafe.Add(ref stack, sp - 1)));
                        sp++;
                        continue;
                    case OpCode.MatchSequence:
                        Unsafe.Add(ref stack, sp) = PyBool.From(IsMatchSequence(ts, Unsafe.Add(ref stack, sp - 1)));
                        sp++;
                        continue;
                    case OpCode.MatchKeys:
                        Unsafe.Add(ref stack, sp) = MatchKeys(ts, Unsafe.Add(ref stack, sp - 2), (PyTuple)Unsafe.Add(ref stack, sp - 1));
                        sp++;
                        continue;
                    case OpCode.GetLen:
                        Unsafe.Add(ref stack, sp) = PyInt.From(Ops.Length(ts, Unsafe.Add(ref stack, sp - 1)));
                        sp++;
                        continue;

                    default:
                        throw PyErr.SystemError($"unknown opcode {(OpCode)(Unsafe.Add(ref instrs, ip - 1) & 0xFF)}");
                }
            }
        }
    raise_exception:
        ts.PendingRaise = exc;
        ts.PendingAddTb = addTb;
        ts.PendingLookupAt = lookupAt;
        return null;
    }

    /// <summary>Resumes a generator's frame as a callee of <paramref name="caller"/> (FOR_ITER/SEND
    /// without a nested eval loop): links its exception state and pushes the sent value.</summary>
    static void EnterGeneratorFrame(ThreadState ts, PyGenBase gen, PyFrame caller, PyObject value)
    {
        if (ts.RecursionDepth >= ts.Interp.RecursionLimit)
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        var gf = gen.Frame;
        if (gf.State == FrameState.Suspended) gf.Stack[gf.Sp++] = value;
        ts.HandledExceptions.Add(gen.ExcState);
        ts.RecursionDepth++;
        gf.Back = caller;
        gf.State = FrameState.Executing;
        ts.CurrentFrame = gf;
    }

    /// <summary>Undoes <see cref="EnterGeneratorFrame"/> when the generator yields or finishes.</summary>
    static void LeaveGeneratorFrame(ThreadState ts, PyGenBase gen, bool finished)
    {
        var list = ts.HandledExceptions;
        gen.ExcState = finished ? null : list[^1];
        list.RemoveAt(list.Count - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CompareLongs(long x, long y, int op) => op switch
    {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    };

    /// <summary>
    /// Both operands as doubles when both are exact floats, or one is an exact float and the other an
    /// exact int small enough to convert exactly (|i| &lt;= 2**53), as float's own arithmetic would.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool FloatOperands(PyObject a, PyObject b, out double x, out double y)
    {
        var ta = a.ObType;
        var tb = b.ObType;
        if (ReferenceEquals(ta, BuiltinTypes.Float))
        {
            x = Unsafe.As<PyFloat>(a).Value;
            if (ReferenceEquals(tb, BuiltinTypes.Float)) { y = Unsafe.As<PyFloat>(b).Value; return true; }
            if (ReferenceEquals(tb, BuiltinTypes.Int) && ExactDouble(Unsafe.As<PyInt>(b), out y)) return true;
        }
        else if (ReferenceEquals(tb, BuiltinTypes.Float) && ReferenceEquals(ta, BuiltinTypes.Int) && ExactDouble(Unsafe.As<PyInt>(a), out x))
        {
            y = Unsafe.As<PyFloat>(b).Value;
            return true;
        }
        x = y = 0;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool ExactDouble(PyInt i, out double d)
    {
        const long Limit = 1L << 53;
        if (i.IsSmall && i.Small >= -Limit && i.Small <= Limit)
        {
            d = i.Small;
            return true;
        }
        d = 0;
        return false;
    }

    /// <summary>Exact str comparison: equality by content (and reading, see PyStr.SeparateSurrogates),
    /// ordering by code point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CompareStrs(PyStr x, PyStr y, int op) => op switch
    {
        2 => PyStr.ValueEquals(x, y),
        3 => !PyStr.ValueEquals(x, y),
        _ => CompareLongs(StrType.CompareCodePoints(x, y), 0, op),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CompareDoubles(double x, double y, int op) => op switch
    {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    };
}

/// <summary>Thrown by helpers that detect runaway C# recursion themselves.</summary>
public sealed class StackOverflowGuardException : Exception { }
