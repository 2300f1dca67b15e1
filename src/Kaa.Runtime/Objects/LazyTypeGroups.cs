namespace Kaa.Runtime.Objects;

/// <summary>
/// Static types of built-in modules that most programs never import (hashes, unicodedata, _csv, array,
/// zlib, select, _socket, _struct, _random): instead of being filled in and readied by
/// <see cref="TypeInit"/> at every start-up, each group is readied the first time one of its modules is
/// imported in the process, as CPython readies an extension module's static types when it is loaded.
/// Each group is a class whose static constructor does the work: the runtime runs it exactly once, and
/// an interpreter importing the module on another thread meanwhile waits for it. The module's Exec
/// calls Ensure before it touches a type; these types are only reachable through their module. Groups
/// depend on the core types only, never on each other, so their static constructors cannot deadlock.
/// The work runs with no current thread state (<see cref="TypeInit.RunOwnerless"/>): the types are
/// process-wide, not the importing interpreter's.
/// </summary>
internal static class LazyTypeGroups
{
    internal static class Hashes
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.Md5Module.InitTypes, PyHash.Types());
        static Hashes() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Unicodedata
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.UnicodedataModule.InitTypes, Kaa.Runtime.UnicodedataModule.Types());
        static Unicodedata() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Csv
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.CsvModule.InitTypes, Kaa.Runtime.CsvModule.Types());
        static Csv() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Array
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.ArrayModule.InitTypes, Kaa.Runtime.ArrayModule.Types());
        static Array() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Zlib
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.ZlibModule.InitTypes, Kaa.Runtime.ZlibModule.Types());
        static Zlib() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Select
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.SelectModule.InitTypes, Kaa.Runtime.SelectModule.Types());
        static Select() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Socket
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.SocketModule.InitTypes, Kaa.Runtime.SocketModule.Types());
        static Socket() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Struct
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.StructModule.InitTypes, Kaa.Runtime.StructModule.Types());
        static Struct() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }

    internal static class Random
    {
        private static readonly bool Ready = TypeInit.ReadyGroup(Kaa.Runtime.RandomModule.InitTypes, Kaa.Runtime.RandomModule.Types());
        static Random() { }
        internal static void Ensure() => TypeInit.RunOwnerless(static () => _ = Ready);
    }
}
