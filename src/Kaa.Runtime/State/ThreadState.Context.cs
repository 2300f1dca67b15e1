using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class ThreadState
{
    /// <summary>
    /// The current contextvars.Context of this thread (CPython's ts->context), or null until first
    /// needed: a new thread, and a thread state for another interpreter, starts with an empty one.
    /// </summary>
    public PyContext? Context;

    /// <summary>
    /// Bumped on every Context.run enter and exit (ts->context_ver), so a ContextVar can keep its
    /// last lookup cached as long as the thread state and this version are unchanged.
    /// </summary>
    public ulong ContextVersion;

    /// <summary>sys.set_asyncgen_hooks' firstiter and finalizer for this thread (ts->async_gen_firstiter / _finalizer).</summary>
    public PyObject? AsyncGenFirstIter, AsyncGenFinalizer;

    /// <summary>context_get(): the current context, created empty on first use.</summary>
    public PyContext CurrentContext() => Context ??= new PyContext();
}
