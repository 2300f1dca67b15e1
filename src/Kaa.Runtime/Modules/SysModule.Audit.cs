using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// sys.audit and sys.addaudithook (PEP 578). Hooks are per interpreter. Kaa raises no audit events of
/// its own yet, so hooks see only the events that Python code raises with sys.audit (the standard
/// library raises many: pickle.find_class, open, os.* ...), plus sys.addaudithook itself.
/// </summary>
public static partial class SysModule
{
    private static void AddAuditFunctions(PyModule m)
    {
        m.Set("audit", new PyBuiltinFunction("audit", (ts, _, a, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyErr.TypeError("sys.audit() takes no keyword arguments");
            if (a.Length == 0) throw PyErr.TypeError("audit() missing 1 required positional argument: 'event'");
            if (a[0] is not PyStr ev) throw PyErr.TypeError($"expected str for argument 'event', not {a[0].ObType.Name}");
            if (ts.Interp.AuditHooks.Count > 0) Audit(ts, ev, PyTuple.Create(a[1..].ToArray()));
            return PyNone.Value;
        }, m, "audit($module, event, /, *args)\n--\n\nPasses the event to any audit hooks that are attached."));
        m.Set("addaudithook", new PyBuiltinFunction("addaudithook", (ts, _, a, kw) =>
        {
            var p = Args.Parse("addaudithook", a, kw, ["hook"], 1);
            // As CPython: existing hooks may veto a new one by raising RuntimeError (silently ignored);
            // any other exception propagates.
            try { Audit(ts, PyStr.From("sys.addaudithook"), PyTuple.Empty); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.RuntimeError)) { return PyNone.Value; }
            ts.Interp.AuditHooks.Add(p[0]!);
            return PyNone.Value;
        }, m, "addaudithook($module, /, hook)\n--\n\nAdds a new audit hook callback."));
    }

    /// <summary>Calls every audit hook of the interpreter with (event, args); the first exception propagates.</summary>
    public static void Audit(ThreadState ts, PyStr ev, PyTuple args)
    {
        var hooks = ts.Interp.AuditHooks;
        // A copy: a hook may add another hook.
        foreach (var hook in hooks.ToArray()) Ops.Call(ts, hook, ev, args);
    }
}
