using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _imp module (Python/import.c): what importlib._bootstrap and _bootstrap_external need from the
/// runtime. Built-in modules come from <see cref="ModuleRegistry"/>; Kaa has no frozen modules and
/// cannot load C extensions (create_dynamic raises ImportError), and it never reads or writes .pyc
/// files (sys.implementation.cache_tag is None), so the hash-based pyc helper is not provided.
/// </summary>
public static class ImpModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_imp", Exec = Exec };

    /// <summary>CPython 3.14's PYC_MAGIC_NUMBER (3627) followed by "\r\n", as one little-endian int.</summary>
    public const int PycMagicNumberToken = 3627 | ('\r' << 16) | ('\n' << 24);

    /// <summary>Per-interpreter state: the import lock and the multi-interpreter check override.</summary>
    public sealed class State
    {
        internal readonly PyRLock Lock = new(PyRLock.TypeObject);
        internal long MultiInterpOverride;
    }

    public static State StateOf(InterpreterState interp)
    {
        var states = interp.ModuleStates;
        lock (states)
        {
            if (!states.TryGetValue(Definition, out var s)) states[Definition] = s = new State();
            return (State)s;
        }
    }

    private static PyException NoFrozen(ThreadState ts, PyObject name)
    {
        var e = (PyImportError)Ops.Call(ts, PyExc.ImportError, PyStr.From($"No such frozen object named {Ops.ReprString(ts, name)}"));
        e.Name = name;
        return new PyException(e);
    }

    private static string NameArg(string fname, PyObject o)
        => o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument must be str, not {PyErr.ArgTypeName(o)}");

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("(Extremely) low-level import machinery bits as used by importlib."));
        m.Set("check_hash_based_pycs", PyStr.From("default"));
        m.Set("pyc_magic_number_token", PyInt.From(PycMagicNumberToken));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));

        Fn("lock_held", (ts2, _, a, kw) => { Args.Exact("lock_held", a, kw, 0); return PyBool.From(StateOf(ts2.Interp).Lock.IsLocked); });
        Fn("acquire_lock", (ts2, _, a, kw) =>
        {
            Args.Exact("acquire_lock", a, kw, 0);
            StateOf(ts2.Interp).Lock.Acquire(ts2, true, -1);
            return PyNone.Value;
        });
        Fn("release_lock", (ts2, _, a, kw) =>
        {
            Args.Exact("release_lock", a, kw, 0);
            var l = StateOf(ts2.Interp).Lock;
            if (!l.IsOwnedBy(ts2)) throw PyErr.RuntimeError("not holding the import lock");
            l.Release(ts2);
            return PyNone.Value;
        });

        // Built-in modules. sys and builtins cannot be created again (CPython answers -1 for them).
        Fn("is_builtin", (ts2, _, a, kw) =>
        {
            Args.Exact("is_builtin", a, kw, 1);
            string name = NameArg("is_builtin", a[0]);
            if (name is "sys" or "builtins") return PyInt.From(-1);
            return PyInt.From(ModuleRegistry.Find(name) != null ? 1 : 0);
        });
        Fn("create_builtin", (ts2, _, a, kw) =>
        {
            Args.Exact("create_builtin", a, kw, 1);
            var nameObj = Ops.GetAttr(ts2, a[0], PyStr.From("name"));
            string name = nameObj is PyStr s ? s.Value : throw PyErr.TypeError($"name must be string, not {nameObj.ObType.Name}");
            if (name == "sys") return ts2.Interp.Sys;
            if (name == "builtins") return ts2.Interp.Builtins;
            var def = ModuleRegistry.Find(name);
            if (def == null)
            {
                var e = (PyImportError)Ops.Call(ts2, PyExc.ImportError, PyStr.From($"no built-in module named {name}"));
                e.Name = nameObj;
                throw new PyException(e);
            }
            return ModuleRegistry.Create(ts2, def);
        });
        // Kaa's built-in modules are fully initialized by create_builtin (their Exec runs there).
        Fn("exec_builtin", (ts2, _, a, kw) => { Args.Exact("exec_builtin", a, kw, 1); return PyInt.Zero; });

        // Frozen modules: Kaa has none.
        Fn("is_frozen", (ts2, _, a, kw) => { Args.Exact("is_frozen", a, kw, 1); NameArg("is_frozen", a[0]); return PyBool.False; });
        Fn("find_frozen", (ts2, _, a, kw) =>
        {
            var p = Args.Parse("find_frozen", a, kw, ["name", "withdata"], 1, posOnly: 1, kwOnlyFrom: 1);
            if (p[0] is not PyStr) throw PyErr.TypeError($"find_frozen() argument 1 must be str, not {PyErr.ArgTypeName(p[0]!)}");
            return PyNone.Value;
        });
        Fn("is_frozen_package", (ts2, _, a, kw) => { Args.Exact("is_frozen_package", a, kw, 1); throw NoFrozen(ts2, a[0]); });
        Fn("get_frozen_object", (ts2, _, a, kw) => { Args.Range("get_frozen_object", a, kw, 1, 2); throw NoFrozen(ts2, a[0]); });
        Fn("init_frozen", (ts2, _, a, kw) => { Args.Exact("init_frozen", a, kw, 1); throw NoFrozen(ts2, a[0]); });
        Fn("_frozen_module_names", (ts2, _, a, kw) => { Args.Exact("_frozen_module_names", a, kw, 0); return new PyTuple([]); });
        Fn("_override_frozen_modules_for_tests", (ts2, _, a, kw) => { Args.Exact("_override_frozen_modules_for_tests", a, kw, 1); return PyNone.Value; });
        Fn("_override_multi_interp_extensions_check", (ts2, _, a, kw) =>
        {
            Args.Exact("_override_multi_interp_extensions_check", a, kw, 1);
            var st = StateOf(ts2.Interp);
            long old = st.MultiInterpOverride;
            st.MultiInterpOverride = Ops.IndexAsLong(ts2, a[0]);
            return PyInt.From(old);
        });

        // Extension modules: none can be loaded.
        Fn("extension_suffixes", (ts2, _, a, kw) => { Args.Exact("extension_suffixes", a, kw, 0); return new PyList(); });
        Fn("create_dynamic", (ts2, _, a, kw) =>
        {
            Args.Range("create_dynamic", a, kw, 1, 2);
            var name = Ops.GetAttr(ts2, a[0], PyStr.From("name"));
            var e = (PyImportError)Ops.Call(ts2, PyExc.ImportError,
                PyStr.From($"Kaa cannot load C extension modules ({Ops.StrString(ts2, name)})"));
            e.Name = name;
            throw new PyException(e);
        });
        Fn("exec_dynamic", (ts2, _, a, kw) => { Args.Exact("exec_dynamic", a, kw, 1); return PyInt.Zero; });

        // Code from .pyc files only: Kaa compiles every module from its source at its own path.
        Fn("_fix_co_filename", (ts2, _, a, kw) =>
        {
            Args.Exact("_fix_co_filename", a, kw, 2);
            if (a[0] is not PyCode code) throw PyErr.TypeError($"_fix_co_filename() argument 1 must be code, not {PyErr.ArgTypeName(a[0])}");
            if (a[1] is not PyStr path) throw PyErr.TypeError($"_fix_co_filename() argument 2 must be str, not {PyErr.ArgTypeName(a[1])}");
            if (code.Filename.Value != path.Value)
                throw PyErr.NotImplementedError("_imp._fix_co_filename: Kaa cannot rename the file of a code object");
            return PyNone.Value;
        });
        Fn("source_hash", (ts2, _, a, kw) =>
            throw PyErr.NotImplementedError("_imp.source_hash: Kaa does not write hash-based .pyc files"));
    }
}
