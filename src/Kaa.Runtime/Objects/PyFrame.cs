using Kaa.Runtime.Eval;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

public enum FrameState : byte { Created, Suspended, Executing, Completed, Cleared }

/// <summary>
/// An execution frame, which is also Python's `frame` object. Fast locals, cells, free variables and
/// the value stack share one array (<see cref="Stack"/>); <see cref="Sp"/> indexes into it.
/// </summary>
public sealed class PyFrame : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("frame", BuiltinTypes.Object, subclassable: false);

    public PyCode Code;
    public readonly PyFunction? Func;
    public readonly PyDict Globals;
    /// <summary>A dict, or any mapping given as `__builtins__` (see <see cref="PyFunction.Builtins"/>).</summary>
    public readonly PyObject Builtins;
    /// <summary>The locals mapping of module, class-body and exec frames; null for function frames.</summary>
    public PyObject? Locals;
    public PyObject[] Stack;
    public int Sp;
    /// <summary>Index of the next instruction.</summary>
    public int Ip;
    /// <summary>The calling frame while this frame runs (and for frames kept by tracebacks).</summary>
    public PyFrame? Back;
    public FrameState State;
    /// <summary>The generator, coroutine or async generator owning this frame, if any.</summary>
    public PyObject? Generator;
    /// <summary>Set once Python code can reach this frame object (traceback, sys._getframe, f_back
    /// chains); only frames that never escaped are reused for later calls.</summary>
    internal bool Escaped;
    /// <summary>Set while this frame is the entry frame of a running <see cref="Interpreter.Run"/>.</summary>
    internal bool IsEntry;
    /// <summary>For the frame of an `__init__` run inline by CALL on a class: the new instance, which
    /// the call returns instead of `__init__`'s None.</summary>
    internal PyObject? InitSelf;
    /// <summary>The next frame in its function's free list (see <see cref="PyFunction.FreeFrame"/>).</summary>
    internal PyFrame? NextFree;
    /// <summary>f_trace (stored, not used).</summary>
    internal PyObject? Trace;
    /// <summary>Line reported for a frame that was never started or already completed.</summary>
    internal int CompletedLine = -1;

    public PyFrame(PyCode code, PyFunction? func, PyDict globals, PyObject builtins, PyObject? locals) : base(TypeObject)
    {
        Code = code;
        Func = func;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Stack = new PyObject[code.FrameSize];
        Sp = code.NLocalsPlus;
    }

    /// <summary>Marks this frame and its callers as visible to Python code (never reused).</summary>
    public void MarkEscaped()
    {
        for (var f = this; f != null && !f.Escaped; f = f.Back) f.Escaped = true;
    }

    /// <summary>Prepares a completed, never-escaped frame for another call of the same function.</summary>
    internal void Reset()
    {
        Sp = Code.NLocalsPlus;
        Ip = 0;
        State = FrameState.Created;
        Back = null;
        Trace = null;
        InitSelf = null;
    }

    /// <summary>The index of the instruction executing now (or last executed).</summary>
    public int LastI => Ip - 1;

    /// <summary>f_lineno: the line of the current instruction.</summary>
    public int LineNo
    {
        get
        {
            if (State == FrameState.Created) return Code.FirstLineNo;
            int i = Ip - 1;
            if (i < 0) return Code.FirstLineNo;
            int line = Code.LineAt(i);
            return line < 0 ? Code.FirstLineNo : line;
        }
    }

    public override string ToString() => $"<frame {Code.QualName.Value}>";

    internal static void Init()
    {
        var t = TypeObject;
        t.TpRepr = (ts, o) =>
        {
            var f = (PyFrame)o;
            return PyStr.From($"<frame at 0x{ObjectIds.Id(ts, o):x}, file '{f.Code.Filename.Value}', line {f.LineNo}, code {f.Code.Name.Value}>");
        };
        t.AddGetSet("f_code", (ts, o) => ((PyFrame)o).Code);
        t.AddGetSet("f_globals", (ts, o) => ((PyFrame)o).Globals);
        t.AddGetSet("f_builtins", (ts, o) => ((PyFrame)o).Builtins);
        t.AddGetSet("f_locals", (ts, o) => FrameLocals.GetLocals(ts, (PyFrame)o));
        t.AddGetSet("f_lineno", (ts, o) => PyInt.From(((PyFrame)o).LineNo));
        t.AddGetSet("f_lasti", (ts, o) => PyInt.From(Math.Max(((PyFrame)o).LastI, 0) * 2));
        t.AddGetSet("f_back", (ts, o) => (PyObject?)((PyFrame)o).Back ?? PyNone.Value);
        t.AddGetSet("f_generator", (ts, o) => ((PyFrame)o).Generator ?? PyNone.Value);
        t.AddGetSet("f_trace", (ts, o) => ((PyFrame)o).Trace ?? PyNone.Value, (ts, o, v) => ((PyFrame)o).Trace = v is PyNone ? null : v);
        t.AddGetSet("f_trace_lines", (ts, o) => PyBool.True, (ts, o, v) => { });
        t.AddGetSet("f_trace_opcodes", (ts, o) => PyBool.False, (ts, o, v) => { });
        t.AddMethod("clear", (ts, self, args, kw) =>
        {
            var f = (PyFrame)self;
            if (f.State == FrameState.Executing) throw PyErr.RuntimeError("cannot clear an executing frame");
            if (f.State == FrameState.Suspended) throw PyErr.RuntimeError("cannot clear a suspended frame");
            Array.Clear(f.Stack);
            return PyNone.Value;
        });
    }
}

/// <summary>A traceback entry (tb_frame, tb_lasti, tb_lineno, tb_next).</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("traceback", BuiltinTypes.Object, subclassable: false);

    public PyTraceback? Next;
    public readonly PyFrame Frame;
    /// <summary>The instruction index (tb_lasti reports twice this, like CPython's byte offsets).</summary>
    public readonly int LastI;
    public readonly int LineNo;

    public PyTraceback(PyTraceback? next, PyFrame frame, int lasti, int lineno) : base(TypeObject)
    {
        frame.MarkEscaped();
        Next = next;
        Frame = frame;
        LastI = lasti;
        LineNo = lineno;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.SetNew((ts, cls, args, kw) =>
        {
            var p = Args.Parse("traceback", args, kw, ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4);
            if (p[0] is not PyNone and not PyTraceback)
                throw PyErr.TypeError($"expected traceback object or None, got '{p[0]!.ObType.Name}'");
            if (p[1] is not PyFrame fr) throw PyErr.TypeError($"traceback() argument 'tb_frame' must be frame, not {PyErr.ArgTypeName(p[1]!)}");
            return new PyTraceback(p[0] as PyTraceback, fr, (int)Ops.IndexAsLong(ts, p[2]!) / 2, (int)Ops.IndexAsLong(ts, p[3]!));
        });
        // tb_dir: only the four traceback attributes.
        t.AddMethod("__dir__", (ts, self, a, kw) =>
        {
            Args.Exact("__dir__", a, kw, 0);
            return new PyList([PyStr.From("tb_frame"), PyStr.From("tb_next"), PyStr.From("tb_lasti"), PyStr.From("tb_lineno")]);
        });
        t.AddGetSet("tb_frame", (ts, o) => ((PyTraceback)o).Frame);
        t.AddGetSet("tb_lasti", (ts, o) => PyInt.From(((PyTraceback)o).LastI * 2));
        t.AddGetSet("tb_lineno", (ts, o) => PyInt.From(((PyTraceback)o).LineNo));
        t.AddGetSet("tb_next", (ts, o) => (PyObject?)((PyTraceback)o).Next ?? PyNone.Value, (ts, o, v) =>
        {
            var tb = (PyTraceback)o;
            if (v == null) throw PyErr.TypeError("can't delete tb_next attribute");
            if (v is PyNone) { tb.Next = null; return; }
            if (v is not PyTraceback next) throw PyErr.TypeError($"expected traceback object, got '{v.ObType.Name}'");
            for (var c = next; c != null; c = c.Next)
                if (ReferenceEquals(c, tb)) throw PyErr.ValueError("traceback loop detected");
            tb.Next = next;
        });
    }
}
