namespace System.Runtime;

/// <summary>
/// Keeps a method out of the ReadyToRun (precompiled) image, so it is always JIT-compiled with tiered
/// compilation and dynamic PGO. crossgen2 recognises the attribute by its namespace and name, so this
/// local copy of CoreLib's internal one works. Used on the eval loop: it is entered once and then runs
/// the whole program, and precompiled code that is entered once is never replaced by the tiered JIT
/// (no on-stack replacement from R2R code), so a precompiled loop would run without PGO forever
/// (about 25% slower, docs/performance.md).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
internal sealed class BypassReadyToRunAttribute : Attribute
{
}
