using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

public static partial class ThreadModule
{
    /// <summary>_thread._ExceptHookArgs, created on first use (after the core types are initialized).</summary>
    private static class T
    {
        public static readonly PyType ExceptHookArgs = PyStructSeq.CreateType("_ExceptHookArgs", "_thread",
            ["exc_type", "exc_value", "exc_traceback", "thread"], [], doc: "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.");
    }

    /// <summary>
    /// _thread._excepthook and _ExceptHookArgs (Modules/_threadmodule.c), which threading uses for
    /// threading.excepthook: "Exception in thread NAME:" and the traceback on sys.stderr, SystemExit ignored.
    /// </summary>
    private static void AddExceptHook(PyModule m)
    {
        m.Set("_ExceptHookArgs", T.ExceptHookArgs);
        m.Set("_excepthook", new PyBuiltinFunction("_excepthook", (ts, _, a, kw) =>
        {
            Args.Exact("_excepthook", a, kw, 1);
            if (a[0] is not PyStructSeq args || !ReferenceEquals(args.ObType, T.ExceptHookArgs))
                throw PyErr.TypeError("_thread._excepthook argument type must be ExceptHookArgs");
            var (excType, excValue, thread) = (args[0], args[1], args[3]);
            if (ReferenceEquals(excType, PyExc.SystemExit)) return PyNone.Value;
            var file = ts.Interp.Sys.Dict.GetStr("stderr");
            if (file == null || file is PyNone)
            {
                if (thread is PyNone) return PyNone.Value;
                file = Ops.GetAttr(ts, thread, PyStr.From("_stderr"));
                if (file is PyNone) return PyNone.Value;
            }
            string name = thread is not PyNone && Ops.TryGetAttr(ts, thread, PyStr.From("name"), out var n) && n != null && n is not PyNone
                ? Ops.StrString(ts, n) : Ident(ts).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = excValue is PyBaseException be ? Kaa.Runtime.Hosting.TracebackPrinter.Format(ts, be) : Ops.StrString(ts, excType) + "\n";
            Ops.CallMethod(ts, file, "write", PyStr.From($"Exception in thread {name}:\n"));
            Ops.CallMethod(ts, file, "write", PyStr.From(text));
            if (Ops.TryGetAttr(ts, file, PyStr.From("flush"), out var flush) && flush != null) Ops.Call(ts, flush);
            return PyNone.Value;
        }, m));
    }
}
