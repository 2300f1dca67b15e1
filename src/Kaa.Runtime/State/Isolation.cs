using System.Diagnostics;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

/// <summary>
/// The isolation checks of DESIGN §2 rule 3, compiled in only with `-p:IsolationChecks=true`
/// (KAA_ISOLATION_CHECKS): an object may be used only by the interpreter that created it (immortal
/// objects and the deeply immutable shareable values of §5 excepted), and only by a thread holding that
/// interpreter's GIL. A violation is a bug in the runtime, so it fails fast naming both interpreters.
/// In normal builds every call to <see cref="Check"/> is removed by the compiler.
/// </summary>
public static class Isolation
{
    /// <summary>Whether this build has the checks compiled in (-p:IsolationChecks=true).</summary>
#if KAA_ISOLATION_CHECKS
    public const bool Enabled = true;
#else
    public const bool Enabled = false;
#endif

    [Conditional("KAA_ISOLATION_CHECKS")]
    public static void Check(ThreadState ts, PyObject o)
    {
#if KAA_ISOLATION_CHECKS
        var gil = ts.Interp.Gil;
        if (!ReferenceEquals(gil.Holder, ts) && gil.Holder is { } holder)
            Fail($"{ts} uses an object of type '{o.ObType.Name}' while {holder} holds the GIL of {ts.Interp}");
        var owner = o.OwnerInterpreter;
        if (owner == null || ReferenceEquals(owner, ts.Interp) || IsShareableImmutable(o)) return;
        Fail($"object of type '{o.ObType.Name}' owned by {owner} used from {ts.Interp}");
#endif
    }

    /// <summary>Deeply immutable values that may cross interpreters by reference (DESIGN §5).</summary>
    public static bool IsShareableImmutable(PyObject o)
        => (o is PyType t && !t.IsHeapType) || Kaa.Runtime.CrossInterpreter.Shareable.IsDeeplyImmutable(o);

    private static void Fail(string message)
        => Environment.FailFast("Kaa isolation check failed: " + message);
}
