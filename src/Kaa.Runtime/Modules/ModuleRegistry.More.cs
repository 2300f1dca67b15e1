namespace Kaa.Runtime;

public static partial class ModuleRegistry
{
    /// <summary>Further built-in modules (time, math, _thread, ...). Add one line per module.</summary>
    private static partial IEnumerable<BuiltinModuleDef> MoreDefinitions()
    {
        yield return new BuiltinModuleDef { Name = "math", Exec = MathModule.Exec };
        yield return new BuiltinModuleDef { Name = "time", Exec = TimeModule.Exec };
        yield return ThreadModule.Definition;
        yield return IoModule.Definition;
        yield return IoModule.AliasDefinition;
        yield return WeakrefModule.Definition;
        yield return GcModule.Definition;
        yield return AtexitModule.Definition;
        yield return SignalModule.Definition;
        yield return SignalModule.AliasDefinition;
        yield return InterpretersModule.Definition;
        yield return InterpQueuesModule.Definition;
        yield return SreModule.Definition;
        yield return ItertoolsModule.Definition;
        yield return CollectionsModule.Definition;
        yield return StringModule.Definition;
        yield return ErrnoModule.Definition;
        yield return PosixModule.Definition;
        yield return ContextvarsModule.Definition;
        yield return ImpModule.Definition;
        yield return WarningsModule.Definition;
        yield return MarshalModule.Definition;
        yield return FrozenImportlibModule.Bootstrap;
        yield return FrozenImportlibModule.External;
        yield return OperatorModule.Definition;
    }
}
