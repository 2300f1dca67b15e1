namespace Kaa.Runtime;

public static partial class ModuleRegistry
{
    private static readonly BuiltinModuleDef MathDefinition = new() { Name = "math", Exec = MathModule.Exec };
    private static readonly BuiltinModuleDef TimeDefinition = new() { Name = "time", Exec = TimeModule.Exec };

    /// <summary>Further built-in modules (time, math, _thread, ...). Add one line per module: its name
    /// and a lambda that reads its definition (so listing the table runs no module's static
    /// initialisers; ModuleRegistryTests checks that each name matches its definition).</summary>
    private static partial IEnumerable<Entry> MoreEntries()
    {
        yield return new("math", static () => MathDefinition);
        yield return new("time", static () => TimeDefinition);
        yield return new("_thread", static () => ThreadModule.Definition);
        yield return new("_io", static () => IoModule.Definition);
        yield return new("io", static () => IoModule.AliasDefinition);
        yield return new("_weakref", static () => WeakrefModule.Definition);
        yield return new("gc", static () => GcModule.Definition);
        yield return new("atexit", static () => AtexitModule.Definition);
        yield return new("_signal", static () => SignalModule.Definition);
        yield return new("signal", static () => SignalModule.AliasDefinition);
        yield return new("_interpreters", static () => InterpretersModule.Definition);
        yield return new("_interpqueues", static () => InterpQueuesModule.Definition);
        yield return new("_sre", static () => SreModule.Definition);
        yield return new("itertools", static () => ItertoolsModule.Definition);
        yield return new("_collections", static () => CollectionsModule.Definition);
        yield return new("_string", static () => StringModule.Definition);
        yield return new("errno", static () => ErrnoModule.Definition);
        yield return new(SysconfigDataModule.Definition.Name, static () => SysconfigDataModule.Definition);
        yield return new("posix", static () => PosixModule.Definition);
        yield return new("_contextvars", static () => ContextvarsModule.Definition);
        yield return new("_codecs", static () => CodecsModule.Definition);
        yield return new("_ast", static () => AstModule.Definition);
        yield return new("_struct", static () => StructModule.Definition);
        yield return new("_random", static () => RandomModule.Definition);
        yield return new("_tokenize", static () => TokenizeModule.Definition);
        yield return new("_imp", static () => ImpModule.Definition);
        yield return new("_opcode", static () => OpcodeModule.Definition);
        yield return new("_warnings", static () => WarningsModule.Definition);
        yield return new("marshal", static () => MarshalModule.Definition);
        yield return new("_typing", static () => TypingModule.Definition);
        yield return new("_md5", static () => Md5Module.Definition);
        yield return new("_sha1", static () => Sha1Module.Definition);
        yield return new("_sha2", static () => Sha2Module.Definition);
        yield return new("_sha3", static () => Sha3Module.Definition);
        yield return new("_blake2", static () => Blake2Module.Definition);
        yield return new("_operator", static () => OperatorModule.Definition);
        yield return new("_functools", static () => FunctoolsModule.Definition);
        yield return new("_json", static () => JsonModule.Definition);
        yield return new("binascii", static () => BinasciiModule.Definition);
        yield return new("unicodedata", static () => UnicodedataModule.Definition);
        yield return new("_csv", static () => CsvModule.Definition);
        yield return new("array", static () => ArrayModule.Definition);
        yield return new("cmath", static () => CmathModule.Definition);
        yield return new("zlib", static () => ZlibModule.Definition);
        yield return new("select", static () => SelectModule.Definition);
        yield return new("_socket", static () => SocketModule.Definition);
        yield return new("_posixsubprocess", static () => PosixSubprocessModule.Definition);
        yield return new("pwd", static () => PwdModule.Definition);
        yield return new("grp", static () => GrpModule.Definition);
        yield return new("resource", static () => ResourceModule.Definition);
        yield return new("fcntl", static () => FcntlModule.Definition);
        yield return new("termios", static () => TermiosModule.Definition);
        yield return new("_frozen_importlib", static () => FrozenImportlibModule.Bootstrap);
        yield return new("_frozen_importlib_external", static () => FrozenImportlibModule.External);
    }
}
