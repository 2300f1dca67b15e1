using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// _frozen_importlib and _frozen_importlib_external: CPython freezes importlib/_bootstrap.py and
/// _bootstrap_external.py into the interpreter and installs them at start-up. Kaa's own import system
/// (ImportSystem) runs `import` statements, so it loads these two from the standard library only when
/// something imports them (importlib/__init__.py does), then installs them as CPython does:
/// BuiltinImporter, FrozenImporter and PathFinder on sys.meta_path and FileFinder's hook on
/// sys.path_hooks. importlib.import_module, importlib.util.find_spec, reload and friends then run
/// CPython's own Python code.
/// </summary>
public static class FrozenImportlibModule
{
    public static readonly BuiltinModuleDef Bootstrap = new() { Name = "_frozen_importlib", Exec = ExecBootstrap };
    public static readonly BuiltinModuleDef External = new() { Name = "_frozen_importlib_external", Exec = ExecExternal };

    private static void RunStdlibSource(ThreadState ts, PyModule m, string relative)
    {
        var dir = ts.Interp.Sys.Dict.GetStr("_stdlib_dir") as PyStr
            ?? throw PyErr.ImportError($"{m.Name} needs the standard library (importlib/{relative}), which was not found");
        var file = Path.Combine(dir.Value, "importlib", relative);
        var source = ImportSystem.ReadSource(ts, file) ?? throw PyErr.ImportError($"{m.Name}: {file} not found");
        m.Dict.SetItemStr(Names.__builtins__, ts.Interp.Builtins);
        // In sys.modules before running: _setup() and _install() look themselves up there.
        ts.Interp.Modules.SetItem(ts, PyStr.From(m.Name), m);
        Interpreter.RunCode(ts, Executor.CompileSource(ts, source, file, "exec"), m.Dict, m.Dict);
    }

    private static void ExecBootstrap(ThreadState ts, PyModule m)
    {
        RunStdlibSource(ts, m, "_bootstrap.py");
        var sys = ts.Interp.Sys;
        var imp = ImportSystem.ImportModuleLevel(ts, "_imp", null, null, 0);
        Ops.CallMethod(ts, m, "_install", sys, imp);
    }

    private static void ExecExternal(ThreadState ts, PyModule m)
    {
        var bootstrap = ImportSystem.ImportModuleLevel(ts, "_frozen_importlib", null, null, 0);
        RunStdlibSource(ts, m, "_bootstrap_external.py");
        Ops.CallMethod(ts, bootstrap, "_install_external_importers");
        // CPython's _PyImportZip_Init: zipimport's hook goes first on sys.path_hooks (skipped if it
        // cannot be imported, as there).
        try
        {
            var zipimport = ImportSystem.ImportModuleLevel(ts, "zipimport", null, null, 0);
            if (ts.Interp.Sys.Dict.GetStr("path_hooks") is PyList hooks)
                hooks.Insert(0, Ops.GetAttr(ts, zipimport, PyStr.From("zipimporter")));
        }
        catch (PyException e) when (PyErr.Matches(e, PyExc.ImportError)) { }
    }
}
