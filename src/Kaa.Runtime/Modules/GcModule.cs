using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The gc module over the .NET garbage collector (DESIGN §2: no reference counts; finalizers and weak
/// references are the GC's). collect() runs a full blocking collection, waits for finalizers with the
/// GIL released, then runs the weakref callbacks they queued, and returns 0 (the number of
/// unreachable objects is not known). enable/disable, thresholds, debug flags and freeze are kept per
/// interpreter for compatibility but do not steer the .NET GC.
/// </summary>
public static class GcModule
{
    public const int DebugStats = 1, DebugCollectable = 2, DebugUncollectable = 4, DebugSaveAll = 32, DebugLeak = 38;

    /// <summary>Per-interpreter gc settings.</summary>
    public sealed class State
    {
        public bool Enabled = true;
        public long Threshold0 = 2000, Threshold1 = 10, Threshold2 = 10;
        public long Debug;
        public long FrozenCount;
        public readonly long[] Collections = new long[3];
        public bool Collecting;
        public readonly PyList Callbacks = new();
        public readonly PyList Garbage = new();
    }

    public static readonly BuiltinModuleDef Definition = new() { Name = "gc", Exec = Exec };

    public static State StateOf(InterpreterState interp)
    {
        var states = interp.ModuleStates;
        lock (states)
        {
            if (!states.TryGetValue(Definition, out var s)) states[Definition] = s = new State();
            return (State)s;
        }
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        var st = StateOf(ts.Interp);
        m.Set("__doc__", PyStr.From("This module provides access to the garbage collector for reference cycles."));
        m.Set("DEBUG_STATS", PyInt.From(DebugStats));
        m.Set("DEBUG_COLLECTABLE", PyInt.From(DebugCollectable));
        m.Set("DEBUG_UNCOLLECTABLE", PyInt.From(DebugUncollectable));
        m.Set("DEBUG_SAVEALL", PyInt.From(DebugSaveAll));
        m.Set("DEBUG_LEAK", PyInt.From(DebugLeak));
        m.Set("callbacks", st.Callbacks);
        m.Set("garbage", st.Garbage);
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("collect", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("collect", a, kw, ["generation"], 0);
            long gen = p[0] == null ? 2 : PyIOBase.IntArg(ts2, p[0]!);
            if (gen < 0 || gen > 2) throw PyErr.ValueError("invalid generation");
            return PyInt.From(Collect(ts2, (int)gen));
        });
        Fn("enable", (ts2, _, a, kw) => { Args.Exact("enable", a, kw, 0); StateOf(ts2.Interp).Enabled = true; return PyNone.Value; });
        Fn("disable", (ts2, _, a, kw) => { Args.Exact("disable", a, kw, 0); StateOf(ts2.Interp).Enabled = false; return PyNone.Value; });
        Fn("isenabled", (ts2, _, a, kw) => { Args.Exact("isenabled", a, kw, 0); return PyBool.From(StateOf(ts2.Interp).Enabled); });
        Fn("get_count", (ts2, _, a, kw) => { Args.Exact("get_count", a, kw, 0); return new PyTuple([PyInt.Zero, PyInt.Zero, PyInt.Zero]); });
        Fn("get_threshold", (ts2, _, a, kw) =>
        {
            Args.Exact("get_threshold", a, kw, 0);
            var s = StateOf(ts2.Interp);
            return new PyTuple([PyInt.From(s.Threshold0), PyInt.From(s.Threshold1), PyInt.From(s.Threshold2)]);
        });
        Fn("set_threshold", (ts2, _, a, kw) =>
        {
            Args.NoKeywords("set_threshold", kw);
            if (a.Length < 1 || a.Length > 3) throw PyErr.TypeError("gc.set_threshold requires 1 to 3 arguments");
            var s = StateOf(ts2.Interp);
            s.Threshold0 = PyIOBase.IntArg(ts2, a[0]);
            if (a.Length > 1) s.Threshold1 = PyIOBase.IntArg(ts2, a[1]);
            if (a.Length > 2) s.Threshold2 = PyIOBase.IntArg(ts2, a[2]);
            return PyNone.Value;
        });
        Fn("get_debug", (ts2, _, a, kw) => PyInt.From(StateOf(ts2.Interp).Debug));
        Fn("set_debug", (ts2, _, a, kw) => { Args.Exact("set_debug", a, kw, 1); StateOf(ts2.Interp).Debug = PyIOBase.IntArg(ts2, a[0]); return PyNone.Value; });
        Fn("freeze", (ts2, _, a, kw) => { StateOf(ts2.Interp).FrozenCount += 1; return PyNone.Value; });
        Fn("unfreeze", (ts2, _, a, kw) => { StateOf(ts2.Interp).FrozenCount = 0; return PyNone.Value; });
        Fn("get_freeze_count", (ts2, _, a, kw) => PyInt.From(StateOf(ts2.Interp).FrozenCount));
        Fn("is_tracked", (ts2, _, a, kw) => { Args.Exact("is_tracked", a, kw, 1); return PyBool.From(IsTracked(a[0])); });
        Fn("is_finalized", (ts2, _, a, kw) => { Args.Exact("is_finalized", a, kw, 1); return PyBool.False; });
        Fn("get_objects", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("get_objects", a, kw, ["generation"], 0);
            if (p[0] != null && p[0] is not PyNone)
            {
                long g = PyIOBase.IntArg(ts2, p[0]!);
                if (g >= 3) throw PyErr.ValueError($"generation parameter must be less than the number of available generations (3)");
                if (g < 0) throw PyErr.ValueError("generation parameter cannot be negative");
            }
            return new PyList();
        });
        Fn("get_referrers", (ts2, _, a, kw) => new PyList());
        Fn("get_referents", (ts2, _, a, kw) =>
        {
            var result = new PyList();
            foreach (var o in a)
            {
                switch (o)
                {
                    case PyList l: foreach (var x in l.ToArray()) result.Append(x); break;
                    case PyTuple t: foreach (var x in t.Items) result.Append(x); break;
                    case PyDict d: foreach (var (k, v) in d.EnumerateItems()) { result.Append(k); result.Append(v); } break;
                    case PySet s: foreach (var x in Ops.ToArray(ts2, s)) result.Append(x); break;
                }
            }
            return result;
        });
        Fn("get_stats", (ts2, _, a, kw) =>
        {
            var s = StateOf(ts2.Interp);
            var l = new PyList();
            for (int g = 0; g < 3; g++)
            {
                var d = new PyDict();
                d.SetItemStr(PyStr.From("collections"), PyInt.From(s.Collections[g]));
                d.SetItemStr(PyStr.From("collected"), PyInt.Zero);
                d.SetItemStr(PyStr.From("uncollectable"), PyInt.Zero);
                l.Append(d);
            }
            return l;
        });
    }

    /// <summary>Atomic objects are not tracked by CPython's collector; containers are.</summary>
    private static bool IsTracked(PyObject o) => o switch
    {
        PyInt or PyFloat or PyStr or PyBytes or PyNone or PyComplex => false,
        PyTuple t => t.Items.Any(x => IsTracked(x)),
        PyDict d => d.EnumerateItems().Any(p => IsTracked(p.Key) || IsTracked(p.Value)),
        _ => !ReferenceEquals(o.ObType, BuiltinTypes.NotImplementedType) && !ReferenceEquals(o.ObType, BuiltinTypes.EllipsisType),
    };

    /// <summary>
    /// gc.collect(): calls gc.callbacks with "start"/"stop", forces a full .NET collection, waits for
    /// finalizers with the GIL released (a finalizer may need another interpreter's lock), then runs the
    /// pending calls the finalizers queued (weakref callbacks) on this thread. Returns 0.
    /// </summary>
    public static long Collect(ThreadState ts, int generation = 2)
    {
        var st = StateOf(ts.Interp);
        if (st.Collecting) return 0;
        st.Collecting = true;
        try
        {
            RunCallbacks(ts, st, "start", generation);
            Kaa.Runtime.Eval.Interpreter.ClearDeadStackSlots(ts);
            ts.WithoutGil(() =>
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            });
            st.Collections[generation]++;
            ts.Interp.RunPendingCalls(ts);
            RunCallbacks(ts, st, "stop", generation);
        }
        finally { st.Collecting = false; }
        return 0;
    }

    private static void RunCallbacks(ThreadState ts, State st, string phase, int generation)
    {
        if (st.Callbacks.Count == 0) return;
        var info = new PyDict();
        info.SetItemStr(PyStr.From("generation"), PyInt.From(generation));
        info.SetItemStr(PyStr.From("collected"), PyInt.Zero);
        info.SetItemStr(PyStr.From("uncollectable"), PyInt.Zero);
        foreach (var cb in st.Callbacks.ToArray())
        {
            try { Ops.Call(ts, cb, PyStr.From(phase), info); }
            catch (PyException e) { AtexitModule.WriteUnraisable(ts, $"Exception ignored in garbage collector callback {AtexitModule.SafeRepr(ts, cb)}", e.Value); }
        }
    }
}
