using Kaa.Compiler.CodeGen;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

public static partial class Interpreter
{
    /// <summary>
    /// Before an explicit collection (gc.collect()): drops the references that this thread's frames
    /// still hold in value-stack slots above their live top. Popping only moves the stack pointer, so a
    /// value that was stored to a variable, passed as an argument or unpacked stays reachable from a
    /// dead slot until something overwrites it; CPython's stack holds no such references, and programs
    /// (and tests) rely on `del x; gc.collect()` ending x's object, weakrefs included. Only frames
    /// stopped in a CALL are touched: there the frame's Sp is exact (the dispatch loop stores it before
    /// calling a built-in, and at a Python-to-Python call it is the callee's base); a frame stopped in
    /// any other instruction (an operator or iteration calling back into Python) keeps its slots.
    /// </summary>
    internal static void ClearDeadStackSlots(ThreadState ts)
    {
        for (var f = ts.CurrentFrame; f != null; f = f.Back)
        {
            var instrs = f.Code.Instructions;
            int at = f.Ip - 1;
            if ((uint)at >= (uint)instrs.Length) continue;
            var op = CodeUnit.Op(instrs[at]);
            if (op != OpCode.Call && op != OpCode.CallKw) continue;
            var stack = f.Stack;
            int from = f.Sp;
            if (from < f.Code.NLocalsPlus || from > stack.Length) continue;
            Array.Clear(stack, from, stack.Length - from);
        }
    }
}
