using System.Runtime.CompilerServices;
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
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
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

        PyFrame f = entry;
        PyBaseException? exc = throwIn;
        bool addTb = throwIn != null;
        int lookupAt = 0;
        if (exc != null) lookupAt = f.Ip - 1;

    frame_start:
        if (exc != null) goto exception_unwind;
        {
            var code = f.Code;
            int[] instrs = code.Instructions;
            PyObject[] stack = f.Stack;
            PyObject[] consts = code.Consts;
            int sp = f.Sp;
            int ip = f.Ip;
            try
            {
                while (true)
                {
                    int word = instrs[ip++];
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
                            stack[sp++] = null!;
                            continue;
                        case OpCode.Copy:
                            stack[sp] = stack[sp - arg];
                            sp++;
                            continue;
                        case OpCode.Swap:
                            {
                                var t = stack[sp - 1];
                                stack[sp - 1] = stack[sp - arg];
                                stack[sp - arg] = t;
                                continue;
                            }
                        case OpCode.LoadConst:
                            stack[sp++] = consts[arg];
                            continue;
                        case OpCode.LoadFast:
                            {
                                var v = stack[arg];
                                if (v == null) throw UnboundLocal(code, arg);
                                stack[sp++] = v;
                                continue;
                            }
                        case OpCode.StoreFast:
                            stack[arg] = stack[--sp];
                            continue;
                        case OpCode.DeleteFast:
                            if (stack[arg] == null) throw UnboundLocal(code, arg);
                            stack[arg] = null!;
                            continue;
                        case OpCode.LoadFastLoadFast:
                            {
                                var v1 = stack[arg >> 12];
                                if (v1 == null) throw UnboundLocal(code, arg >> 12);
                                var v2 = stack[arg & 0xFFF];
                                if (v2 == null) throw UnboundLocal(code, arg & 0xFFF);
                                stack[sp] = v1;
                                stack[sp + 1] = v2;
                                sp += 2;
                                continue;
                            }
                        case OpCode.StoreFastLoadFast:
                            {
                                stack[arg >> 12] = stack[sp - 1];
                                var v = stack[arg & 0xFFF];
                                if (v == null) throw UnboundLocal(code, arg & 0xFFF);
                                stack[sp - 1] = v;
                                continue;
                            }
                        case OpCode.StoreFastStoreFast:
                            stack[arg >> 12] = stack[sp - 1];
                            stack[arg & 0xFFF] = stack[sp - 2];
                            sp -= 2;
                            continue;
                        case OpCode.LoadConstLoadFast:
                            {
                                var v = stack[arg & 0xFFF];
                                if (v == null) throw UnboundLocal(code, arg & 0xFFF);
                                stack[sp] = consts[arg >> 12];
                                stack[sp + 1] = v;
                                sp += 2;
                                continue;
                            }
                        case OpCode.LoadClosure:
                            stack[sp++] = stack[arg];
                            continue;
                        case OpCode.LoadDeref:
                            {
                                var v = Unsafe.As<PyCell>(stack[arg]).Contents;
                                if (v == null) throw UnboundDeref(code, arg);
                                stack[sp++] = v;
                                continue;
                            }
                        case OpCode.StoreDeref:
                            Unsafe.As<PyCell>(stack[arg]).Contents = stack[--sp];
                            continue;
                        case OpCode.DeleteDeref:
                            {
                                var cell = Unsafe.As<PyCell>(stack[arg]);
                                if (cell.Contents == null) throw UnboundDeref(code, arg);
                                cell.Contents = null;
                                continue;
                            }
                        case OpCode.LoadFromDictOrDeref:
                            stack[sp - 1] = LoadFromDictOrDeref(ts, code, stack[sp - 1], (PyCell)stack[arg], arg);
                            continue;
                        case OpCode.LoadGlobal:
                            {
                                PyObject v;
                                var fn = f.Func;
                                if (fn != null)
                                {
                                    var cache = fn.GlobalCache ??= new GlobalCacheEntry[code.GlobalCacheCount];
                                    ref var e = ref cache[code.GlobalCacheIndex[ip - 1]];
                                    var val = e.Value;
                                    if (val != null && e.GlobalsVersion == f.Globals.Version && e.BuiltinsVersion == f.Builtins.Version)
                                        v = val;
                                    else
                                        v = LoadGlobalSlow(ts, f, code.Names[arg >> 1], ref e);
                                }
                                else v = LoadGlobalUncached(ts, f, code.Names[arg >> 1]);
                                stack[sp++] = v;
                                if ((arg & 1) != 0) stack[sp++] = null!;
                                continue;
                            }
                        case OpCode.StoreGlobal:
                            f.Globals.SetItem(ts, code.Names[arg], stack[--sp]);
                            continue;
                        case OpCode.DeleteGlobal:
                            if (!f.Globals.DelItem(ts, code.Names[arg])) throw NameNotDefined(code.Names[arg]);
                            continue;
                        case OpCode.LoadName:
                            stack[sp++] = LoadName(ts, f, code.Names[arg]);
                            continue;
                        case OpCode.StoreName:
                            StoreName(ts, f, code.Names[arg], stack[--sp]);
                            continue;
                        case OpCode.DeleteName:
                            DeleteName(ts, f, code.Names[arg]);
                            continue;
                        case OpCode.LoadFromDictOrGlobals:
                            stack[sp - 1] = LoadFromDictOrGlobals(ts, f, stack[sp - 1], code.Names[arg]);
                            continue;
                        case OpCode.LoadLocals:
                            stack[sp++] = f.Locals ?? throw PyErr.SystemError("no locals found");
                            continue;

                        case OpCode.LoadAttr:
                            {
                                var owner = stack[sp - 1];
                                var name = code.Names[arg >> 1];
                                if ((arg & 1) != 0)
                                {
                                    var meth = Ops.LookupMethod(ts, owner, name, out bool unbound);
                                    stack[sp - 1] = meth;
                                    stack[sp++] = unbound ? owner : null!;
                                }
                                else stack[sp - 1] = LoadAttr(ts, owner, name);
                                continue;
                            }
                        case OpCode.StoreAttr:
                            {
                                var owner = stack[sp - 1];
                                var v = stack[sp - 2];
                                sp -= 2;
                                StoreAttr(ts, owner, code.Names[arg], v);
                                continue;
                            }
                        case OpCode.DeleteAttr:
                            Ops.DelAttr(ts, stack[--sp], code.Names[arg]);
                            continue;

                        case OpCode.BinaryOp:
                            {
                                var b = stack[--sp];
                                var a = stack[sp - 1];
                                if (ReferenceEquals(a.ObType, BuiltinTypes.Int) && ReferenceEquals(b.ObType, BuiltinTypes.Int))
                                {
                                    var ia = Unsafe.As<PyInt>(a);
                                    var ib = Unsafe.As<PyInt>(b);
                                    if (ia.IsSmall && ib.IsSmall)
                                    {
                                        long x = ia.Small, y = ib.Small, r;
                                        switch ((BinaryOperator)arg)
                                        {
                                            case BinaryOperator.Add:
                                            case BinaryOperator.InplaceAdd:
                                                r = x + y;
                                                if (((x ^ r) & (y ^ r)) < 0) break;
                                                stack[sp - 1] = PyInt.From(r);
                                                continue;
                                            case BinaryOperator.Subtract:
                                            case BinaryOperator.InplaceSubtract:
                                                r = x - y;
                                                if (((x ^ y) & (x ^ r)) < 0) break;
                                                stack[sp - 1] = PyInt.From(r);
                                                continue;
                                            case BinaryOperator.Multiply:
                                            case BinaryOperator.InplaceMultiply:
                                                {
                                                    long hi = Math.BigMul(x, y, out long lo);
                                                    if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) break;
                                                    stack[sp - 1] = PyInt.From(lo);
                                                    continue;
                                                }
                                            case BinaryOperator.And:
                                            case BinaryOperator.InplaceAnd:
                                                stack[sp - 1] = PyInt.From(x & y);
                                                continue;
                                            case BinaryOperator.Or:
                                            case BinaryOperator.InplaceOr:
                                                stack[sp - 1] = PyInt.From(x | y);
                                                continue;
                                            case BinaryOperator.Xor:
                                            case BinaryOperator.InplaceXor:
                                                stack[sp - 1] = PyInt.From(x ^ y);
                                                continue;
                                            case BinaryOperator.FloorDivide:
                                            case BinaryOperator.InplaceFloorDivide:
                                                if (y == 0 || (x == long.MinValue && y == -1)) break;
                                                {
                                                    long q = x / y;
                                                    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                                                    stack[sp - 1] = PyInt.From(q);
                                                    continue;
                                                }
                                            case BinaryOperator.Remainder:
                                            case BinaryOperator.InplaceRemainder:
                                                if (y == 0 || y == -1) break;
                                                {
                                                    long m = x % y;
                                                    if (m != 0 && ((m < 0) != (y < 0))) m += y;
                                                    stack[sp - 1] = PyInt.From(m);
                                                    continue;
                                                }
                                        }
                                    }
                                }
                                else if (ReferenceEquals(a.ObType, BuiltinTypes.Float) && ReferenceEquals(b.ObType, BuiltinTypes.Float))
                                {
                                    double x = Unsafe.As<PyFloat>(a).Value, y = Unsafe.As<PyFloat>(b).Value;
                                    switch ((BinaryOperator)arg)
                                    {
                                        case BinaryOperator.Add:
                                        case BinaryOperator.InplaceAdd:
                                            stack[sp - 1] = new PyFloat(x + y);
                                            continue;
                                        case BinaryOperator.Subtract:
                                        case BinaryOperator.InplaceSubtract:
                                            stack[sp - 1] = new PyFloat(x - y);
                                            continue;
                                        case BinaryOperator.Multiply:
                                        case BinaryOperator.InplaceMultiply:
                                            stack[sp - 1] = new PyFloat(x * y);
                                            continue;
                                        case BinaryOperator.TrueDivide:
                                        case BinaryOperator.InplaceTrueDivide:
                                            if (y == 0) break;
                                            stack[sp - 1] = new PyFloat(x / y);
                                            continue;
                                    }
                                }
                                stack[sp - 1] = BinaryOpGeneric(ts, a, b, arg);
                                continue;
                            }
                        case OpCode.BinarySubscr:
                            {
                                var key = stack[--sp];
                                var container = stack[sp - 1];
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
                                            stack[sp - 1] = list.Items[i];
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
                                            stack[sp - 1] = items[i];
                                            continue;
                                        }
                                    }
                                }
                                else if (ReferenceEquals(container.ObType, BuiltinTypes.Dict))
                                {
                                    stack[sp - 1] = Unsafe.As<PyDict>(container).GetItem(ts, key) ?? throw PyErr.KeyError(key);
                                    continue;
                                }
                                stack[sp - 1] = Ops.GetItem(ts, container, key);
                                continue;
                            }
                        case OpCode.StoreSubscr:
                            {
                                var key = stack[sp - 1];
                                var container = stack[sp - 2];
                                var v = stack[sp - 3];
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
                                            list.Items[i] = v;
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
                                var key = stack[sp - 1];
                                var container = stack[sp - 2];
                                sp -= 2;
                                Ops.DelItem(ts, container, key);
                                continue;
                            }
                        case OpCode.UnaryNegative:
                            stack[sp - 1] = Ops.Negative(ts, stack[sp - 1]);
                            continue;
                        case OpCode.UnaryNot:
                            {
                                var v = stack[sp - 1];
                                stack[sp - 1] = ReferenceEquals(v, PyBool.True) ? PyBool.False
                                    : ReferenceEquals(v, PyBool.False) ? PyBool.True
                                    : PyBool.From(!Ops.IsTrue(ts, v));
                                continue;
                            }
                        case OpCode.UnaryInvert:
                            stack[sp - 1] = Ops.Invert(ts, stack[sp - 1]);
                            continue;
                        case OpCode.ToBool:
                            stack[sp - 1] = PyBool.From(Ops.IsTrue(ts, stack[sp - 1]));
                            continue;

                        case OpCode.CompareOp:
                            {
                                var b = stack[--sp];
                                var a = stack[sp - 1];
                                if (ReferenceEquals(a.ObType, BuiltinTypes.Int) && ReferenceEquals(b.ObType, BuiltinTypes.Int)
                                    && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
                                {
                                    stack[sp - 1] = PyBool.From(CompareLongs(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, arg));
                                    continue;
                                }
                                if (ReferenceEquals(a.ObType, BuiltinTypes.Float) && ReferenceEquals(b.ObType, BuiltinTypes.Float))
                                {
                                    stack[sp - 1] = PyBool.From(CompareDoubles(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, arg));
                                    continue;
                                }
                                stack[sp - 1] = Ops.RichCompare(ts, a, b, (CompareOp)arg);
                                continue;
                            }
                        case OpCode.CompareOpJumpIfFalse:
                        case OpCode.CompareOpJumpIfTrue:
                            {
                                var b = stack[sp - 1];
                                var a = stack[sp - 2];
                                sp -= 2;
                                int cop = arg & 0xF;
                                bool res;
                                if (ReferenceEquals(a.ObType, BuiltinTypes.Int) && ReferenceEquals(b.ObType, BuiltinTypes.Int)
                                    && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
                                    res = CompareLongs(Unsafe.As<PyInt>(a).Small, Unsafe.As<PyInt>(b).Small, cop);
                                else if (ReferenceEquals(a.ObType, BuiltinTypes.Float) && ReferenceEquals(b.ObType, BuiltinTypes.Float))
                                    res = CompareDoubles(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, cop);
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
                                var b = stack[--sp];
                                stack[sp - 1] = PyBool.From(ReferenceEquals(stack[sp - 1], b) ^ (arg != 0));
                                continue;
                            }
                        case OpCode.ContainsOp:
                            {
                                var container = stack[--sp];
                                stack[sp - 1] = PyBool.From(Ops.Contains(ts, container, stack[sp - 1]) ^ (arg != 0));
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
                            continue;
                        case OpCode.PopJumpIfFalse:
                            {
                                var v = stack[--sp];
                                if (ReferenceEquals(v, PyBool.False)) ip = arg;
                                else if (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(ts, v)) ip = arg;
                                continue;
                            }
                        case OpCode.PopJumpIfTrue:
                            {
                                var v = stack[--sp];
                                if (ReferenceEquals(v, PyBool.True)) ip = arg;
                                else if (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(ts, v)) ip = arg;
                                continue;
                            }
                        case OpCode.PopJumpIfNone:
                            if (ReferenceEquals(stack[--sp], PyNone.Value)) ip = arg;
                            continue;
                        case OpCode.PopJumpIfNotNone:
                            if (!ReferenceEquals(stack[--sp], PyNone.Value)) ip = arg;
                            continue;
                        case OpCode.JumpIfFalseOrPop:
                            {
                                var v = stack[sp - 1];
                                bool t = ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(ts, v));
                                if (!t) ip = arg; else sp--;
                                continue;
                            }
                        case OpCode.JumpIfTrueOrPop:
                            {
                                var v = stack[sp - 1];
                                bool t = ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(ts, v));
                                if (t) ip = arg; else sp--;
                                continue;
                            }

                        case OpCode.GetIter:
                            stack[sp - 1] = Ops.GetIter(ts, stack[sp - 1]);
                            continue;
                        case OpCode.ForIter:
                            {
                                var it = stack[sp - 1];
                                PyObject? next;
                                if (it is PyListIterator li) next = li.Next();
                                else if (it is PyRangeIterator ri) next = ri.Next();
                                else if (it is PyTupleIterator ti) next = ti.Next();
                                else
                                {
                                    var fnext = it.ObType.TpIterNext ?? throw PyErr.TypeError($"'{it.ObType.Name}' object is not an iterator");
                                    next = fnext(ts, it);
                                }
                                if (next != null) stack[sp++] = next;
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
                                var result = (OpCode)(word & 0xFF) == OpCode.ReturnValue ? stack[--sp] : consts[arg];
                                f.Sp = sp;
                                f.State = FrameState.Completed;
                                ts.RecursionDepth--;
                                ts.CurrentFrame = f.Back;
                                if (ReferenceEquals(f, entry)) return result;
                                var caller = f.Back!;
                                caller.Stack[caller.Sp++] = result;
                                f = caller;
                                goto frame_start;
                            }

                        case OpCode.BuildTuple:
                            {
                                if (arg == 0) { stack[sp++] = PyTuple.Empty; continue; }
                                var items = new PyObject[arg];
                                Array.Copy(stack, sp - arg, items, 0, arg);
                                sp -= arg;
                                stack[sp++] = new PyTuple(items);
                                continue;
                            }
                        case OpCode.BuildList:
                            {
                                var items = new PyObject[arg];
                                Array.Copy(stack, sp - arg, items, 0, arg);
                                sp -= arg;
                                stack[sp++] = new PyList(items);
                                continue;
                            }
                        case OpCode.BuildSet:
                            sp = BuildSet(ts, stack, sp, arg);
                            continue;
                        case OpCode.BuildMap:
                            sp = BuildMap(ts, stack, sp, arg);
                            continue;
                        case OpCode.BuildConstKeyMap:
                            sp = BuildConstKeyMap(ts, stack, sp, arg);
                            continue;
                        case OpCode.BuildString:
                            sp = BuildString(stack, sp, arg);
                            continue;
                        case OpCode.BuildSlice:
                            if (arg == 3)
                            {
                                stack[sp - 3] = new PySlice(stack[sp - 3], stack[sp - 2], stack[sp - 1]);
                                sp -= 2;
                            }
                            else
                            {
                                stack[sp - 2] = new PySlice(stack[sp - 2], stack[sp - 1], PyNone.Value);
                                sp -= 1;
                            }
                            continue;
                        case OpCode.ListAppend:
                            {
                                var v = stack[--sp];
                                Unsafe.As<PyList>(stack[sp - arg]).Append(v);
                                continue;
                            }
                        case OpCode.SetAdd:
                            {
                                var v = stack[--sp];
                                ((PySet)stack[sp - arg]).Add(ts, v);
                                continue;
                            }
                        case OpCode.MapAdd:
                            {
                                var value = stack[--sp];
                                var key = stack[--sp];
                                ((PyDict)stack[sp - arg]).SetItem(ts, key, value);
                                continue;
                            }
                        case OpCode.ListExtend:
                            {
                                var iterable = stack[--sp];
                                ListExtend(ts, (PyList)stack[sp - arg], iterable);
                                continue;
                            }
                        case OpCode.SetUpdate:
                            {
                                var iterable = stack[--sp];
                                ((PySet)stack[sp - arg]).Update(ts, iterable);
                                continue;
                            }
                        case OpCode.DictUpdate:
                            {
                                var update = stack[--sp];
                                DictUpdate(ts, (PyDict)stack[sp - arg], update);
                                continue;
                            }
                        case OpCode.DictMerge:
                            {
                                var update = stack[--sp];
                                DictMerge(ts, (PyDict)stack[sp - arg], update, stack[sp - arg - 3]);
                                continue;
                            }
                        case OpCode.UnpackSequence:
                            {
                                var seq = stack[sp - 1];
                                if (ReferenceEquals(seq.ObType, BuiltinTypes.Tuple) && Unsafe.As<PyTuple>(seq).Items.Length == arg)
                                {
                                    var items = Unsafe.As<PyTuple>(seq).Items;
                                    sp--;
                                    for (int i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
                                    continue;
                                }
                                if (ReferenceEquals(seq.ObType, BuiltinTypes.List) && Unsafe.As<PyList>(seq).Count == arg)
                                {
                                    var items = Unsafe.As<PyList>(seq).Items;
                                    sp--;
                                    for (int i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
                                    continue;
                                }
                                sp = UnpackIterable(ts, stack, sp, arg, -1);
                                continue;
                            }
                        case OpCode.UnpackEx:
                            sp = UnpackIterable(ts, stack, sp, arg & 0xFF, arg >> 8);
                            continue;
                        case OpCode.FormatSimple:
                            {
                                var v = stack[sp - 1];
                                if (!ReferenceEquals(v.ObType, BuiltinTypes.Str))
                                    stack[sp - 1] = Ops.Format(ts, v, PyStr.Empty);
                                continue;
                            }
                        case OpCode.FormatWithSpec:
                            {
                                var spec = stack[--sp];
                                stack[sp - 1] = Ops.Format(ts, stack[sp - 1], (PyStr)spec);
                                continue;
                            }
                        case OpCode.ConvertValue:
                            stack[sp - 1] = ConvertValue(ts, stack[sp - 1], arg);
                            continue;

                        case OpCode.Call:
                        case OpCode.CallKw:
                            {
                                PyTuple? kwnames = null;
                                if ((OpCode)(word & 0xFF) == OpCode.CallKw) kwnames = Unsafe.As<PyTuple>(stack[--sp]);
                                int baseIdx = sp - arg - 2;
                                var callable = stack[baseIdx];
                                int argStart = baseIdx + 2, argc = arg;
                                if (stack[baseIdx + 1] != null)
                                {
                                    argStart--;
                                    argc++;
                                }
                                else if (callable is PyMethod bm)
                                {
                                    callable = bm.Func;
                                    stack[baseIdx] = callable;
                                    stack[baseIdx + 1] = bm.Self;
                                    argStart--;
                                    argc++;
                                }
                                if (callable is PyFunction pf && !pf.Code.IsGeneratorLike)
                                {
                                    if (ts.EvalBreaker != 0) ts.HandleEvalBreaker();
                                    var nf = MakeFrameFromStack(ts, pf, stack, argStart, argc, kwnames);
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
                                var res = Ops.Call(ts, callable, new ReadOnlySpan<PyObject>(stack, argStart, argc), kwnames);
                                sp = baseIdx;
                                stack[sp++] = res;
                                continue;
                            }
                        case OpCode.CallFunctionEx:
                            {
                                PyObject? kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                                var callargs = stack[--sp];
                                sp--; // NULL
                                var func = stack[--sp];
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
                                stack[sp++] = Ops.Call(ts, func, argv, kwn);
                                continue;
                            }
                        case OpCode.MakeFunction:
                            sp = MakeFunction(ts, f, stack, sp, arg);
                            continue;
                        case OpCode.CallIntrinsic1:
                            stack[sp - 1] = CallIntrinsic1(ts, f, stack[sp - 1], (Intrinsic1)arg);
                            continue;
                        case OpCode.CallIntrinsic2:
                            {
                                var v2 = stack[--sp];
                                stack[sp - 1] = CallIntrinsic2(ts, f, stack[sp - 1], v2, (Intrinsic2)arg);
                                continue;
                            }

                        case OpCode.RaiseVarargs:
                            {
                                PyObject? cause = arg == 2 ? stack[--sp] : null;
                                PyObject? raised = arg >= 1 ? stack[--sp] : null;
                                if (raised == null)
                                {
                                    // Bare `raise`: re-raise the handled exception without a new traceback entry.
                                    exc = ts.CurrentHandledException ?? MakeException(PyExc.RuntimeError, "No active exception to reraise");
                                    addTb = exc.Traceback == null;
                                }
                                else
                                {
                                    exc = PrepareRaise(ts, raised, cause);
                                    SetContext(ts, exc);
                                    addTb = true;
                                }
                                lookupAt = ip - 1;
                                goto exception_unwind;
                            }
                        case OpCode.Reraise:
                            {
                                exc = (PyBaseException)stack[--sp];
                                lookupAt = ip - 1;
                                if (arg != 0 && stack[sp - arg] is PyInt lastiObj)
                                    f.Ip = (int)lastiObj.Small + 1;
                                addTb = false;
                                goto exception_unwind;
                            }
                        case OpCode.PushExcInfo:
                            {
                                var e = stack[sp - 1];
                                var list = ts.HandledExceptions;
                                if (list.Count == 0) list.Add(null);
                                stack[sp - 1] = (PyObject?)list[^1] ?? PyNone.Value;
                                stack[sp++] = e;
                                list[^1] = (PyBaseException)e;
                                continue;
                            }
                        case OpCode.PopExcept:
                            {
                                var prev = stack[--sp];
                                var list = ts.HandledExceptions;
                                if (list.Count == 0) list.Add(null);
                                list[^1] = prev as PyBaseException;
                                continue;
                            }
                        case OpCode.CheckExcMatch:
                            {
                                var type = stack[sp - 1];
                                stack[sp - 1] = PyBool.From(CheckExceptionMatch(ts, stack[sp - 2], type));
                                continue;
                            }
                        case OpCode.CheckEgMatch:
                            {
                                var type = stack[sp - 1];
                                var e = stack[sp - 2];
                                ExceptionGroupMatch(ts, f, e, type, out var rest, out var match);
                                stack[sp - 2] = rest;
                                stack[sp - 1] = match;
                                continue;
                            }
                        case OpCode.WithExceptStart:
                            {
                                var e = (PyBaseException)stack[sp - 1];
                                var exit = stack[sp - 4];
                                stack[sp++] = Ops.Call(ts, exit, [e.ObType, e, e.Traceback ?? PyNone.Value]);
                                continue;
                            }
                        case OpCode.BeforeWith:
                            sp = BeforeWith(ts, stack, sp);
                            continue;
                        case OpCode.BeforeAsyncWith:
                            sp = BeforeAsyncWith(ts, stack, sp);
                            continue;
                        case OpCode.LoadAssertionError:
                            stack[sp++] = PyExc.AssertionError;
                            continue;
                        case OpCode.LoadBuildClass:
                            stack[sp++] = LoadBuildClass(ts, f);
                            continue;
                        case OpCode.SetupAnnotations:
                            SetupAnnotations(ts, f);
                            continue;
                        case OpCode.ImportName:
                            {
                                var fromlist = stack[--sp];
                                var level = stack[sp - 1];
                                stack[sp - 1] = ImportSystem.ImportName(ts, f, code.Names[arg], fromlist, level);
                                continue;
                            }
                        case OpCode.ImportFrom:
                            stack[sp] = ImportSystem.ImportFrom(ts, stack[sp - 1], code.Names[arg]);
                            sp++;
                            continue;

                        case OpCode.GetYieldFromIter:
                            stack[sp - 1] = GetYieldFromIter(ts, code, stack[sp - 1]);
                            continue;
                        case OpCode.Send:
                            {
                                var v = stack[sp - 1];
                                var receiver = stack[sp - 2];
                                if (Generators.Send(ts, receiver, v, out var result))
                                {
                                    stack[sp - 1] = result;
                                    ip = arg;
                                }
                                else stack[sp - 1] = result;
                                continue;
                            }
                        case OpCode.YieldValue:
                            {
                                var v = stack[--sp];
                                f.Sp = sp;
                                f.State = FrameState.Suspended;
                                ts.RecursionDepth--;
                                ts.CurrentFrame = f.Back;
                                f.Back = null;
                                return v;
                            }
                        case OpCode.EndSend:
                            {
                                var v = stack[--sp];
                                stack[sp - 1] = v;
                                continue;
                            }
                        case OpCode.CleanupThrow:
                            {
                                var e = (PyBaseException)stack[sp - 1];
                                if (e.ObType.IsSubtype(PyExc.StopIteration))
                                {
                                    sp -= 3;
                                    stack[sp++] = PyNone.Value;
                                    stack[sp++] = StopIterationValue(e);
                                    continue;
                                }
                                sp--;
                                exc = e;
                                addTb = false;
                                lookupAt = ip - 1;
                                goto exception_unwind;
                            }
                        case OpCode.GetAwaitable:
                            stack[sp - 1] = Generators.GetAwaitableIter(ts, stack[sp - 1], arg);
                            continue;
                        case OpCode.GetAIter:
                            stack[sp - 1] = Generators.GetAIter(ts, stack[sp - 1]);
                            continue;
                        case OpCode.GetANext:
                            stack[sp] = Generators.GetANext(ts, stack[sp - 1]);
                            sp++;
                            continue;
                        case OpCode.EndAsyncFor:
                            {
                                var e = (PyBaseException)stack[sp - 1];
                                if (e.ObType.IsSubtype(PyExc.StopAsyncIteration))
                                {
                                    sp -= 2;
                                    continue;
                                }
                                sp--;
                                exc = e;
                                addTb = false;
                                lookupAt = ip - 1;
                                goto exception_unwind;
                            }

                        case OpCode.MatchClass:
                            {
                                var names = stack[--sp];
                                var type = stack[--sp];
                                stack[sp - 1] = MatchClass(ts, stack[sp - 1], type, arg, (PyTuple)names);
                                continue;
                            }
                        case OpCode.MatchMapping:
                            stack[sp] = PyBool.From(IsMatchMapping(ts, stack[sp - 1]));
                            sp++;
                            continue;
                        case OpCode.MatchSequence:
                            stack[sp] = PyBool.From(IsMatchSequence(ts, stack[sp - 1]));
                            sp++;
                            continue;
                        case OpCode.MatchKeys:
                            stack[sp] = MatchKeys(ts, stack[sp - 2], (PyTuple)stack[sp - 1]);
                            sp++;
                            continue;
                        case OpCode.GetLen:
                            stack[sp] = PyInt.From(Ops.Length(ts, stack[sp - 1]));
                            sp++;
                            continue;

                        default:
                            throw PyErr.SystemError($"unknown opcode {(OpCode)(word & 0xFF)}");
                    }
                }
            }
            catch (PyException e)
            {
                exc = e.Value;
            }
            catch (InsufficientExecutionStackException)
            {
                exc = MakeException(PyExc.RecursionError, "maximum recursion depth exceeded");
            }
            catch (StackOverflowGuardException)
            {
                exc = MakeException(PyExc.RecursionError, "maximum recursion depth exceeded");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                exc = MakeException(PyExc.SystemError, $"internal error: {e.GetType().Name}: {e.Message}");
            }
            // An exception from a built-in (or a nested eval loop) arrives here.
            if (exc!.Traceback == null) SetContext(ts, exc);
            addTb = true;
            lookupAt = f.Ip - 1;
        }

    exception_unwind:
        while (true)
        {
            var e = exc!;
            if (addTb)
            {
                int line = lookupAt >= 0 ? f.Code.LineAt(lookupAt) : f.Code.FirstLineNo;
                e.Traceback = new PyTraceback(e.Traceback as PyTraceback, f, lookupAt, line);
            }
            if (f.Code.Unit.FindHandler(lookupAt, out var h))
            {
                int sp2 = f.Code.NLocalsPlus + h.Depth;
                var st = f.Stack;
                if (h.Lasti) st[sp2++] = PyInt.From(f.Ip - 1);
                st[sp2++] = e;
                f.Sp = sp2;
                f.Ip = h.Target;
                exc = null;
                goto frame_start;
            }
            // No handler here: the frame is done; continue in the caller.
            f.State = FrameState.Completed;
            ts.RecursionDepth--;
            ts.CurrentFrame = f.Back;
            if (ReferenceEquals(f, entry))
            {
                exc = null;
                throw new PyException(e);
            }
            f = f.Back!;
            addTb = true;
            lookupAt = f.Ip - 1;
        }
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
