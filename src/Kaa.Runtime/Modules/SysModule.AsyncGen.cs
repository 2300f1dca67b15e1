using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>sys.get_asyncgen_hooks / sys.set_asyncgen_hooks (PEP 525): per-thread hooks that asyncio's event loop installs.</summary>
public static partial class SysModule
{
    private static class AsyncGenTypes
    {
        public static readonly PyType Hooks = PyStructSeq.CreateType("asyncgen_hooks", "sys", ["firstiter", "finalizer"], [],
            doc: "asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.");
    }

    private static void AddAsyncGenHooks(PyModule m)
    {
        m.Set("get_asyncgen_hooks", new PyBuiltinFunction("get_asyncgen_hooks", (ts, _, a, kw) =>
        {
            Args.Exact("get_asyncgen_hooks", a, kw, 0);
            return new PyStructSeq(AsyncGenTypes.Hooks, [ts.AsyncGenFirstIter ?? PyNone.Value, ts.AsyncGenFinalizer ?? PyNone.Value], []);
        }, m));
        m.Set("set_asyncgen_hooks", new PyBuiltinFunction("set_asyncgen_hooks", (ts, _, a, kw) =>
        {
            var p = Args.Parse("set_asyncgen_hooks", a, kw, ["firstiter", "finalizer"], 0);
            // Both are checked before either is set, as in CPython.
            if (p[1] is { } fin && fin is not PyNone && !Ops.IsCallable(fin))
                throw PyErr.TypeError($"callable finalizer expected, got {fin.ObType.Name}");
            if (p[0] is { } first && first is not PyNone && !Ops.IsCallable(first))
                throw PyErr.TypeError($"callable firstiter expected, got {first.ObType.Name}");
            if (p[1] != null) ts.AsyncGenFinalizer = p[1] is PyNone ? null : p[1];
            if (p[0] != null) ts.AsyncGenFirstIter = p[0] is PyNone ? null : p[0];
            return PyNone.Value;
        }, m));
    }
}
