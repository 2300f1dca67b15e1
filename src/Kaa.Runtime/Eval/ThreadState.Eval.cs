using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class ThreadState
{
    /// <summary>The innermost running Python frame (built-ins run in their caller's frame).</summary>
    public PyFrame? CurrentFrame;

    private partial PyDict? GetCurrentGlobals() => CurrentFrame?.Globals;

    /// <summary>The mapping dir() with no argument lists: the current frame's locals.</summary>
    public PyObject? CurrentLocalsForDir() => CurrentFrame == null ? null : FrameLocals.GetLocals(this, CurrentFrame);
}
