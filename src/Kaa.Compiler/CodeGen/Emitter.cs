namespace Kaa.Compiler.CodeGen;

/// <summary>A source range attached to an instruction. Line -1 means "artificial" (inherits the
/// previous instruction's line when assembled).</summary>
public readonly record struct Loc(int Line, int EndLine, int Col, int EndCol)
{
    public static readonly Loc None = new(-1, -1, -1, -1);
    public bool IsNone => Line < 0;
    public static Loc Of(Ast.Node n) => new(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);
}

/// <summary>A jump target. Records the stack depth and active handlers of the code that jumps to it.</summary>
public sealed class Label
{
    internal int Pos = -1;
    internal int Depth = -1;
    internal HandlerNode? Handlers;
    public bool IsBound => Pos >= 0;
}

internal sealed class HandlerInfo(Label target, int depth, bool lasti)
{
    public readonly Label Target = target;
    public readonly int Depth = depth;
    public readonly bool Lasti = lasti;
}

/// <summary>Persistent stack of active exception handlers (snapshots are just references).</summary>
internal sealed class HandlerNode(HandlerInfo info, HandlerNode? next)
{
    public readonly HandlerInfo Info = info;
    public readonly HandlerNode? Next = next;
}

internal record struct Instr
{
    public OpCode Op;
    public int Arg;
    public Label? Target;
    public Loc Loc;
    public HandlerInfo? Handler;
}

/// <summary>
/// Linear instruction buffer. Tracks the static stack depth and the stack of exception handlers
/// as code is emitted (CPython computes both on the CFG; Kaa emits structured code in order, so a
/// forward scan with per-label snapshots is enough). Code that cannot be reached is not emitted.
/// </summary>
internal sealed class Emitter
{
    public readonly List<Instr> Instrs = new();
    int _depth;
    int _maxDepth;
    bool _reachable = true;
    HandlerNode? _handlers;

    public int Depth => _depth;
    public bool Reachable => _reachable;

    public void Emit(OpCode op, int arg, Loc loc)
    {
        if (!_reachable) return;
        if ((uint)arg > 0xFFFFFF) throw new InvalidOperationException($"argument {arg} of {op} too large");
        Instrs.Add(new Instr { Op = op, Arg = arg, Loc = loc, Handler = _handlers?.Info });
        _depth += OpInfo.StackEffect(op, arg, false);
        if (_depth < 0) throw new InvalidOperationException($"stack underflow at {op} (instr {Instrs.Count - 1})");
        if (_depth > _maxDepth) _maxDepth = _depth;
        if (OpInfo.IsTerminator(op)) _reachable = false;
    }

    public void EmitJump(OpCode op, Label target, Loc loc, int extraArg = 0)
    {
        if (!_reachable) return;
        int before = _depth;
        Instrs.Add(new Instr { Op = op, Arg = extraArg, Target = target, Loc = loc, Handler = _handlers?.Info });
        int jumpDepth = before + OpInfo.StackEffect(op, extraArg, true);
        RecordJump(target, jumpDepth, _handlers);
        _depth = before + OpInfo.StackEffect(op, extraArg, false);
        if (_depth > _maxDepth) _maxDepth = _depth;
        if (OpInfo.IsTerminator(op)) _reachable = false;
    }

    void RecordJump(Label target, int depth, HandlerNode? handlers)
    {
        if (depth > _maxDepth) _maxDepth = depth;
        if (target.Depth < 0)
        {
            target.Depth = depth;
            target.Handlers = handlers;
        }
        else if (target.Depth != depth)
            throw new InvalidOperationException($"inconsistent stack depth at label: {target.Depth} vs {depth}");
    }

    public void Bind(Label label)
    {
        if (label.Pos >= 0) throw new InvalidOperationException("label bound twice");
        label.Pos = Instrs.Count;
        if (_reachable)
        {
            if (label.Depth >= 0 && label.Depth != _depth)
                throw new InvalidOperationException($"inconsistent stack depth at label: {label.Depth} vs {_depth}");
            label.Depth = _depth;
            label.Handlers = _handlers;
        }
        else if (label.Depth >= 0)
        {
            _reachable = true;
            _depth = label.Depth;
            _handlers = label.Handlers;
        }
    }

    /// <summary>SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH: instructions emitted from now on unwind
    /// to <paramref name="target"/> with the stack cut to <paramref name="depth"/>.</summary>
    public void PushHandler(Label target, int depth, bool lasti)
    {
        if (!_reachable) return;
        RecordJump(target, depth + (lasti ? 1 : 0) + 1, _handlers);
        _handlers = new HandlerNode(new HandlerInfo(target, depth, lasti), _handlers);
    }

    /// <summary>POP_BLOCK.</summary>
    public void PopHandler()
    {
        if (!_reachable) return;
        if (_handlers == null) throw new InvalidOperationException("POP_BLOCK without handler");
        _handlers = _handlers.Next;
    }

    public int MaxDepth => _maxDepth;

    /// <summary>Peephole pass: fuses common instruction pairs into superinstructions. A pair is fused
    /// only when nothing jumps to its second instruction and both share an exception handler.</summary>
    void FuseSuperinstructions()
    {
        var instrs = Instrs;
        int n = instrs.Count;
        if (n < 2 || n >= (1 << 20)) return;
        var labels = new HashSet<Label>(ReferenceEqualityComparer.Instance);
        foreach (var ins in instrs)
        {
            if (ins.Target != null) labels.Add(ins.Target);
            if (ins.Handler != null) labels.Add(ins.Handler.Target);
        }
        var isTarget = new bool[n + 1];
        foreach (var l in labels) if (l.Pos >= 0 && l.Pos <= n) isTarget[l.Pos] = true;
        var map = new int[n + 1];
        var result = new List<Instr>(n);
        for (int i = 0; i < n; i++)
        {
            map[i] = result.Count;
            var a = instrs[i];
            if (i + 1 < n && !isTarget[i + 1] && ReferenceEquals(a.Handler, instrs[i + 1].Handler))
            {
                var b = instrs[i + 1];
                Instr? fused = null;
                switch (a.Op, b.Op)
                {
                    case (OpCode.CompareOp, OpCode.PopJumpIfFalse):
                        fused = a with { Op = OpCode.CompareOpJumpIfFalse, Arg = a.Arg, Target = b.Target };
                        break;
                    case (OpCode.CompareOp, OpCode.PopJumpIfTrue):
                        fused = a with { Op = OpCode.CompareOpJumpIfTrue, Arg = a.Arg, Target = b.Target };
                        break;
                    case (OpCode.LoadFast, OpCode.LoadFast) when a.Arg < 4096 && b.Arg < 4096:
                        fused = a with { Op = OpCode.LoadFastLoadFast, Arg = (a.Arg << 12) | b.Arg };
                        break;
                    case (OpCode.LoadFast, OpCode.LoadConst) when a.Arg < 4096 && b.Arg < 4096:
                        fused = a with { Op = OpCode.LoadFastLoadConst, Arg = (a.Arg << 12) | b.Arg };
                        break;
                    case (OpCode.StoreFast, OpCode.LoadFast) when a.Arg < 4096 && b.Arg < 4096:
                        fused = a with { Op = OpCode.StoreFastLoadFast, Arg = (a.Arg << 12) | b.Arg };
                        break;
                    case (OpCode.StoreFast, OpCode.StoreFast) when a.Arg < 4096 && b.Arg < 4096:
                        fused = a with { Op = OpCode.StoreFastStoreFast, Arg = (a.Arg << 12) | b.Arg };
                        break;
                }
                if (fused != null)
                {
                    result.Add(fused.Value);
                    i++;
                    map[i] = result.Count - 1;
                    continue;
                }
            }
            result.Add(a);
        }
        if (result.Count == n) return;
        map[n] = result.Count;
        foreach (var l in labels) if (l.Pos >= 0) l.Pos = map[l.Pos];
        instrs.Clear();
        instrs.AddRange(result);
    }

    /// <summary>Resolves labels and builds code, positions and the exception table.</summary>
    public (int[] code, int[] positions, ExceptionTableEntry[] table) Assemble(int firstLine)
    {
        FuseSuperinstructions();
        var instrs = Instrs;
        int n = instrs.Count;
        var code = new int[n];
        var positions = new int[n * 4];
        int prevLine = firstLine;
        for (int i = 0; i < n; i++)
        {
            var ins = instrs[i];
            int arg = ins.Arg;
            if (ins.Target != null)
            {
                if (ins.Target.Pos < 0) throw new InvalidOperationException("jump to unbound label");
                arg = ins.Op is OpCode.CompareOpJumpIfFalse or OpCode.CompareOpJumpIfTrue
                    ? (ins.Target.Pos << 4) | arg
                    : ins.Target.Pos;
            }
            code[i] = (int)ins.Op | (arg << 8);
            var loc = ins.Loc;
            if (loc.IsNone)
            {
                positions[i * 4] = prevLine;
                positions[i * 4 + 1] = prevLine;
                positions[i * 4 + 2] = -1;
                positions[i * 4 + 3] = -1;
            }
            else
            {
                positions[i * 4] = loc.Line;
                positions[i * 4 + 1] = loc.EndLine;
                positions[i * 4 + 2] = loc.Col;
                positions[i * 4 + 3] = loc.EndCol;
                prevLine = loc.Line;
            }
        }
        var table = new List<ExceptionTableEntry>();
        int start = 0;
        HandlerInfo? cur = null;
        for (int i = 0; i <= n; i++)
        {
            var h = i < n ? instrs[i].Handler : null;
            if (i < n && ReferenceEquals(h, cur)) continue;
            if (cur != null && i > start)
                table.Add(new ExceptionTableEntry(start, i, cur.Target.Pos, cur.Depth, cur.Lasti));
            cur = h;
            start = i;
        }
        return (code, positions, table.ToArray());
    }
}
