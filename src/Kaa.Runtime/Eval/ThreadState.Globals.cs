using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class ThreadState
{
    // Placeholder until the eval loop tracks frames: the eval-loop owner replaces this file.
    private partial PyDict? GetCurrentGlobals() => null;
}

public sealed partial class ThreadState
{
    /// <summary>The mapping dir() with no argument lists: the current frame's locals (the eval loop fills this in).</summary>
    public PyObject? CurrentLocalsForDir() => CurrentGlobals;
}
