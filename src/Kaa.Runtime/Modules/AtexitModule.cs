using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The atexit module (Modules/atexitmodule.c): callbacks registered per interpreter, run last-in
/// first-out when the interpreter finishes. The command line and interpreter teardown call
/// <see cref="RunExitFuncs"/>; a callback's exception is reported on sys.stderr as CPython does
/// ("Exception ignored in atexit callback ...:" and the traceback) and the others still run.
/// </summary>
public static class AtexitModule
{
    /// <summary>Per-interpreter state: the registered callbacks in registration order.</summary>
    public sealed class State
    {
        internal readonly List<(PyObject Func, PyObject[] Args, PyTuple? KwNames)> Callbacks = new();
    }

    public static readonly BuiltinModuleDef Definition = new() { Name = "atexit", Exec = Exec };

    /// <summary>The interpreter's atexit state, which exists whether or not the module was imported.</summary>
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
        m.Set("__doc__", PyStr.From("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("register", (ts2, _, a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (a.Length - nkw < 1) throw PyErr.TypeError("register() takes at least 1 argument (0 given)");
            if (!Ops.IsCallable(a[0])) throw PyErr.TypeError("the first argument must be callable");
            StateOf(ts2.Interp).Callbacks.Add((a[0], a[1..].ToArray(), kw));
            return a[0];
        });
        Fn("unregister", (ts2, _, a, kw) =>
        {
            if (a.Length != 1 || (kw?.Count ?? 0) > 0) throw PyErr.TypeError($"atexit.unregister() takes exactly one argument ({a.Length} given)");
            var callbacks = StateOf(ts2.Interp).Callbacks;
            var func = a[0];
            for (int i = callbacks.Count - 1; i >= 0; i--)
                if (i < callbacks.Count && Ops.RichCompareBool(ts2, callbacks[i].Func, func, CompareOp.Eq)) callbacks.RemoveAt(i);
            return PyNone.Value;
        });
        Fn("_run_exitfuncs", (ts2, _, a, kw) => { Args.Exact("_run_exitfuncs", a, kw, 0); RunExitFuncs(ts2); return PyNone.Value; });
        Fn("_clear", (ts2, _, a, kw) => { Args.Exact("_clear", a, kw, 0); StateOf(ts2.Interp).Callbacks.Clear(); return PyNone.Value; });
        Fn("_ncallbacks", (ts2, _, a, kw) => { Args.Exact("_ncallbacks", a, kw, 0); return PyInt.From(StateOf(ts2.Interp).Callbacks.Count); });
    }

    /// <summary>
    /// Runs and clears the calling interpreter's atexit callbacks, newest first (atexit_callfuncs).
    /// Exceptions are reported and swallowed. Call with the interpreter's GIL held.
    /// </summary>
    public static void RunExitFuncs(ThreadState ts)
    {
        var callbacks = StateOf(ts.Interp).Callbacks;
        while (callbacks.Count > 0)
        {
            var (func, args, kwnames) = callbacks[^1];
            callbacks.RemoveAt(callbacks.Count - 1);
            try
            {
                Ops.Call(ts, func, args, kwnames);
            }
            catch (PyException e)
            {
                WriteUnraisable(ts, $"Exception ignored in atexit callback {SafeRepr(ts, func)}", e.Value);
            }
        }
    }

    internal static string SafeRepr(ThreadState ts, PyObject o)
    {
        try { return Ops.ReprString(ts, o); }
        catch (PyException) { return $"<object repr() failed>"; }
    }

    /// <summary>PyErr_FormatUnraisable's default output: "{header}:" then the exception with its traceback, on sys.stderr.</summary>
    public static void WriteUnraisable(ThreadState ts, string header, PyBaseException exc)
    {
        try
        {
            var text = header + ":\n" + ExceptionText.Format(ts, exc);
            var err = ts.Interp.Sys?.Dict.GetStr("stderr");
            if (err == null || err is PyNone) return;
            if (err is PyTextIOWrapper w && !err.ObType.IsHeapType)
            {
                w.Write(ts, text);
                w.Flush(ts);
                return;
            }
            Ops.CallMethod(ts, err, Names.write, PyStr.From(text));
            Ops.CallMethod(ts, err, Names.flush);
        }
        catch (PyException)
        {
        }
    }
}
