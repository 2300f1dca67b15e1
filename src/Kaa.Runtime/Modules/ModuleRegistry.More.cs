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
        yield return SysconfigDataModule.Definition;
        yield return PosixModule.Definition;
        yield return ContextvarsModule.Definition;
        yield return CodecsModule.Definition;
        yield return AstModule.Definition;
        yield return StructModule.Definition;
        yield return RandomModule.Definition;
        yield return TokenizeModule.Definition;
        yield return ImpModule.Definition;
        yield return OpcodeModule.Definition;
        yield return WarningsModule.Definition;
        yield return MarshalModule.Definition;
        yield return TypingModule.Definition;
        yield return Md5Module.Definition;
        yield return Sha1Module.Definition;
        yield return Sha2Module.Definition;
        yield return Sha3Module.Definition;
        yield return Blake2Module.Definition;
        yield return OperatorModule.Definition;
        yield return BinasciiModule.Definition;
        yield return UnicodedataModule.Definition;
        yield return CsvModule.Definition;
        yield return ArrayModule.Definition;
        yield return CmathModule.Definition;
        yield return ZlibModule.Definition;
        yield return SelectModule.Definition;
        yield return SocketModule.Definition;
        yield return PosixSubprocessModule.Definition;
        yield return PwdModule.Definition;
        yield return GrpModule.Definition;
        yield return ResourceModule.Definition;
        yield return FcntlModule.Definition;
        yield return TermiosModule.Definition;
        yield return FrozenImportlibModule.Bootstrap;
        yield return FrozenImportlibModule.External;
    }
}
