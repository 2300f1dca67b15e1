using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>locals() / frame.f_locals.</summary>
public static class FrameLocals
{
    /// <summary>The frame's locals mapping; for function frames a fresh snapshot dict of the fast
    /// locals, cells and free variables that are bound (3.13's locals() semantics).</summary>
    public static PyObject GetLocals(ThreadState ts, PyFrame f)
    {
        if (f.Locals != null) return f.Locals;
        var d = new PyDict();
        var code = f.Code;
        var kinds = code.Unit.LocalsPlusKinds;
        var stack = f.Stack;
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            var v = stack[i];
            if (v == null) continue;
            if ((kinds[i] & (LocalKind.Cell | LocalKind.Free)) != 0)
            {
                if (v is PyCell cell)
                {
                    v = cell.Contents;
                    if (v == null) continue;
                }
            }
            d.SetItem(ts, code.LocalsPlusNames[i], v);
        }
        return d;
    }
}
