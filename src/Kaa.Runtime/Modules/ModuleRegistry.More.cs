namespace Kaa.Runtime;

public static partial class ModuleRegistry
{
    /// <summary>Further built-in modules (time, math, _thread, ...). Add one line per module.</summary>
    private static partial IEnumerable<BuiltinModuleDef> MoreDefinitions()
    {
        yield return ThreadModule.Definition;
    }
}
