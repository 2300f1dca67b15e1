using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

/// <summary>
/// The first instance of each C# module in this interpreter, so a static type's methods can reach
/// their module's state (CPython's PyType_GetModuleByDef): struct.Struct raising the interpreter's
/// struct.error, for example. Static types are shared by all interpreters, so the lookup goes through
/// the calling thread's interpreter, never through a static.
/// </summary>
public sealed partial class InterpreterState
{
    private readonly Dictionary<BuiltinModuleDef, PyModule> _builtinModuleInstances = new();

    /// <summary>Records <paramref name="module"/> as the instance of <paramref name="def"/> unless one exists.</summary>
    internal void RecordBuiltinModule(BuiltinModuleDef def, PyModule module) => _builtinModuleInstances.TryAdd(def, module);

    /// <summary>The module instance for <paramref name="def"/>, created (without importing it) when Python never imported it.</summary>
    internal PyModule BuiltinModule(ThreadState ts, BuiltinModuleDef def)
    {
        if (_builtinModuleInstances.TryGetValue(def, out var m)) return m;
        m = ModuleRegistry.Create(ts, def);
        _builtinModuleInstances.TryAdd(def, m);
        return _builtinModuleInstances[def];
    }
}
