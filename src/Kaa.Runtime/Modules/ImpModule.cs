using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _imp module (Python/import.c) that `importlib` needs to import: the built-in part of the import
/// system. Kaa's own import machinery is in C# (ImportSystem); this exposes its built-in modules to
/// importlib's BuiltinImporter. Kaa has no frozen modules and loads no extension modules or .pyc files.
/// </summary>
public static class ImpModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_imp", Exec = Exec };

    /// <summary>CPython 3.14's bytecode magic number as importlib reads it (MAGIC_NUMBER's little-endian int).</summary>
    const int MagicNumber = 3627;

    static void Exec(ThreadState ts, PyModule m)
    {
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        m.Set("__doc__", PyStr.From("(Extremely) low-level import machinery bits as used by importlib."));
        Fn("is_builtin", (ts2, _, a, kw) =>
        {
            Args.Exact("is_builtin", a, kw, 1);
            var name = NameArg("is_builtin", a[0]);
            // CPython returns -1 for modules that cannot be re-initialized (sys, builtins), 1 otherwise.
            if (ModuleRegistry.Find(name) == null) return PyInt.From(0);
            return PyInt.From(name is "sys" or "builtins" ? -1 : 1);
        });
        Fn("is_frozen", (_, _, a, kw) => { Args.Exact("is_frozen", a, kw, 1); NameArg("is_frozen", a[0]); return PyBool.False; });
        Fn("is_frozen_package", (_, _, a, kw) => throw FrozenError(a));
        Fn("find_frozen", (_, _, a, kw) => PyNone.Value);
        Fn("get_frozen_object", (_, _, a, kw) => throw FrozenError(a));
        Fn("init_frozen", (_, _, a, kw) => throw FrozenError(a));
        Fn("_frozen_module_names", (_, _, a, kw) => PyTuple.Empty);
        Fn("_override_frozen_modules_for_tests", (_, _, a, kw) => PyNone.Value);
        Fn("_override_multi_interp_extensions_check", (_, _, a, kw) => PyInt.From(-1));
        Fn("create_builtin", (ts2, _, a, kw) =>
        {
            Args.Exact("create_builtin", a, kw, 1);
            var name = NameArg("create_builtin", Ops.GetAttr(ts2, a[0], "name"));
            if (ts2.Interp.Modules.GetStr(name) is PyModule existing) return existing;
            var def = ModuleRegistry.Find(name) ?? throw PyErr.ImportError($"no built-in module named {name}");
            return ModuleRegistry.Create(ts2, def);
        });
        Fn("exec_builtin", (_, _, a, kw) => PyInt.From(0));
        Fn("create_dynamic", (ts2, _, a, kw) =>
            throw PyErr.ImportError($"Kaa cannot load extension modules ({Ops.StrString(ts2, Ops.GetAttr(ts2, a[0], "name"))})"));
        Fn("exec_dynamic", (_, _, a, kw) => PyInt.From(0));
        Fn("extension_suffixes", (_, _, a, kw) => new PyList());
        Fn("acquire_lock", (_, _, a, kw) => PyNone.Value);
        Fn("release_lock", (_, _, a, kw) => PyNone.Value);
        Fn("lock_held", (_, _, a, kw) => PyBool.False);
        Fn("_fix_co_filename", (_, _, a, kw) => PyNone.Value);
        Fn("source_hash", (_, _, a, kw) =>
            throw PyErr.NotImplementedError("_imp.source_hash: Kaa does not read or write hash-based .pyc files"));
        m.Set("check_hash_based_pycs", PyStr.From("never"));
        m.Set("pyc_magic_number_token", PyInt.From(MagicNumber | ((long)'\r' << 16) | ((long)'\n' << 24)));
    }

    static string NameArg(string fname, PyObject o)
        => o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname}() argument must be str, not {o.ObType.Name}");

    static PyException FrozenError(ReadOnlySpan<PyObject> a)
        => PyErr.ImportError($"No such frozen object named {(a.Length > 0 && a[0] is PyStr s ? "'" + s.Value + "'" : "?")}");
}
