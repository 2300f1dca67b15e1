using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// <c>sys.monitoring</c> (PEP 669), the part Kaa supports: the tool registry (use/free/clear_tool_id,
/// get_tool), callback registration, the event constants and the DISABLE/MISSING markers, all per
/// interpreter as in CPython. Kaa's eval loop raises no monitoring events yet, so asking for events
/// (a non-empty set in set_events/set_local_events) raises NotImplementedError instead of silently
/// never calling the tool; modules that only read the constants at import (bdb, pdb, doctest) work.
/// </summary>
internal static class SysMonitoring
{
    private const int ToolCount = 6;

    /// <summary>The events of CPython 3.14 in id order (the bit of each is 1 &lt;&lt; id).</summary>
    private static readonly System.Collections.Immutable.ImmutableArray<string> EventNames =
    [
        "PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION", "JUMP", "BRANCH_LEFT",
        "BRANCH_RIGHT", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE",
        "C_RETURN", "C_RAISE", "BRANCH",
    ];

    private sealed class State
    {
        public readonly PyObject?[] ToolNames = new PyObject?[ToolCount];
        public readonly Dictionary<(int Tool, int Event), PyObject> Callbacks = [];
    }

    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("sys.monitoring") { State = new State() };
        var events = new List<(string, PyObject)>();
        for (int i = 0; i < EventNames.Length; i++) events.Add((EventNames[i], PyInt.From(1L << i)));
        events.Add(("NO_EVENTS", PyInt.Zero));
        m.Set("events", SysModule.SimpleNamespace([.. events]));
        m.Set("DEBUGGER_ID", PyInt.From(0));
        m.Set("COVERAGE_ID", PyInt.From(1));
        m.Set("PROFILER_ID", PyInt.From(2));
        m.Set("OPTIMIZER_ID", PyInt.From(5));
        // Plain object() sentinels, as in CPython.
        m.Set("MISSING", new PyInstance(BuiltinTypes.Object));
        m.Set("DISABLE", new PyInstance(BuiltinTypes.Object));

        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("use_tool_id", (ts2, mod, a, kw) =>
        {
            Args.Exact("use_tool_id", a, kw, 2);
            var st = StateOf(mod);
            int tool = Tool(ts2, a[0]);
            if (a[1] is not PyStr) throw PyErr.ValueError("tool name must be a str");
            if (st.ToolNames[tool] != null) throw PyErr.ValueError($"tool {tool} is already in use");
            st.ToolNames[tool] = a[1];
            return PyNone.Value;
        });
        Fn("clear_tool_id", (ts2, mod, a, kw) =>
        {
            Args.Exact("clear_tool_id", a, kw, 1);
            var st = StateOf(mod);
            int tool = Tool(ts2, a[0]);
            foreach (var key in st.Callbacks.Keys.Where(k => k.Tool == tool).ToList()) st.Callbacks.Remove(key);
            return PyNone.Value;
        });
        Fn("free_tool_id", (ts2, mod, a, kw) =>
        {
            Args.Exact("free_tool_id", a, kw, 1);
            var st = StateOf(mod);
            int tool = Tool(ts2, a[0]);
            foreach (var key in st.Callbacks.Keys.Where(k => k.Tool == tool).ToList()) st.Callbacks.Remove(key);
            st.ToolNames[tool] = null;
            return PyNone.Value;
        });
        Fn("get_tool", (ts2, mod, a, kw) =>
        {
            Args.Exact("get_tool", a, kw, 1);
            return StateOf(mod).ToolNames[Tool(ts2, a[0])] ?? PyNone.Value;
        });
        Fn("register_callback", (ts2, mod, a, kw) =>
        {
            Args.Exact("register_callback", a, kw, 3);
            var st = StateOf(mod);
            int tool = Tool(ts2, a[0]);
            long ev = Ops.IndexAsLong(ts2, a[1]);
            if (ev <= 0 || (ev & (ev - 1)) != 0) throw PyErr.ValueError("The callback can only be set for one event at a time");
            int id = System.Numerics.BitOperations.Log2((ulong)ev);
            if (id >= EventNames.Length) throw PyErr.ValueError($"invalid event {ev}");
            st.Callbacks.TryGetValue((tool, id), out var previous);
            if (a[2] is PyNone) st.Callbacks.Remove((tool, id));
            else st.Callbacks[(tool, id)] = a[2];
            return previous ?? PyNone.Value;
        });
        Fn("get_events", (ts2, mod, a, kw) =>
        {
            Args.Exact("get_events", a, kw, 1);
            Tool(ts2, a[0]);
            return PyInt.Zero;
        });
        Fn("set_events", (ts2, mod, a, kw) =>
        {
            Args.Exact("set_events", a, kw, 2);
            SetEvents(ts2, StateOf(mod), a[0], a[1]);
            return PyNone.Value;
        });
        Fn("get_local_events", (ts2, mod, a, kw) =>
        {
            Args.Exact("get_local_events", a, kw, 2);
            Tool(ts2, a[0]);
            if (a[1] is not PyCode) throw PyErr.TypeError("code must be a code object");
            return PyInt.Zero;
        });
        Fn("set_local_events", (ts2, mod, a, kw) =>
        {
            Args.Exact("set_local_events", a, kw, 3);
            if (a[1] is not PyCode) throw PyErr.TypeError("code must be a code object");
            SetEvents(ts2, StateOf(mod), a[0], a[2]);
            return PyNone.Value;
        });
        Fn("restart_events", (ts2, mod, a, kw) =>
        {
            Args.Exact("restart_events", a, kw, 0);
            return PyNone.Value;
        });
        return m;
    }

    private static State StateOf(PyModule? m) => (State)m!.State!;

    private static int Tool(ThreadState ts, PyObject o)
    {
        long tool = Ops.IndexAsLong(ts, o);
        if (tool < 0 || tool >= ToolCount) throw PyErr.ValueError($"invalid tool {tool} (must be between 0 and 5)");
        return (int)tool;
    }

    private static void SetEvents(ThreadState ts, State st, PyObject toolArg, PyObject eventsArg)
    {
        int tool = Tool(ts, toolArg);
        long events = Ops.IndexAsLong(ts, eventsArg);
        if (events < 0 || events >= 1L << EventNames.Length) throw PyErr.ValueError($"invalid event set 0x{events:x}");
        if (st.ToolNames[tool] == null) throw PyErr.ValueError($"tool {tool} is not in use");
        if (events != 0)
            throw PyErr.NotImplementedError("sys.monitoring events are not supported by Kaa yet (no event is ever raised)");
    }
}
