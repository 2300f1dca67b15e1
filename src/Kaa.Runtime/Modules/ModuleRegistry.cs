using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>How a module written in C# supports multiple interpreters (DESIGN §6).</summary>
public enum MultiInterpreterSupport { NotSupported, SharedGilOnly, PerInterpreterGil }

/// <summary>
/// A module written in C# with multi-phase initialization (PEP 489): <see cref="Exec"/> fills a fresh
/// module object per interpreter, so no module state is ever shared.
/// </summary>
public sealed class BuiltinModuleDef
{
    public required string Name { get; init; }
    public required Action<ThreadState, PyModule> Exec { get; init; }
    public MultiInterpreterSupport Support { get; init; } = MultiInterpreterSupport.PerInterpreterGil;
    /// <summary>Creates the typed per-module state object stored in <see cref="PyModule.State"/>, or null.</summary>
    public Func<object>? CreateState { get; init; }
}

/// <summary>The one explicit table of built-in modules (no reflection), and interpreter bootstrap.</summary>
public static partial class ModuleRegistry
{
    /// <summary>
    /// One row of the table: the module's name and a function returning its definition. The definition
    /// is read only when the module is imported: reading a module class's static field runs all of its
    /// static initialisers (errno's and socket's constant tables, _opcode's sets, ...), which the kaa
    /// command's start-up should not pay for modules the program never imports.
    /// </summary>
    /// <remarks>A class, not a struct: LINQ and ImmutableArray code over a struct of Kaa's cannot be
    /// precompiled (ReadyToRun) and would be JIT-compiled at start-up.</remarks>
    public sealed record Entry(string Name, Func<BuiltinModuleDef> Definition)
    {
        /// <summary>A definition read eagerly (a `yield return XModule.Definition;` line still works).</summary>
        public static implicit operator Entry(BuiltinModuleDef definition) => new(definition.Name, () => definition);
    }

    private static readonly BuiltinModuleDef BuiltinsDefinition = new() { Name = "builtins", Exec = Builtins.Exec };
    private static readonly BuiltinModuleDef SysDefinition = new() { Name = "sys", Exec = SysModule.Exec };

    /// <summary>Every built-in module, in registration order.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<Entry> Entries = [.. AllEntries()];

    /// <summary>The names of the built-in modules, sorted (sys.builtin_module_names).</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<string> SortedNames = SortNames();

    private static IEnumerable<Entry> AllEntries()
    {
        yield return new("builtins", static () => BuiltinsDefinition);
        yield return new("sys", static () => SysDefinition);
        foreach (var e in MoreEntries()) yield return e;
    }

    private static partial IEnumerable<Entry> MoreEntries();

    private static System.Collections.Immutable.ImmutableArray<string> SortNames()
    {
        var names = new string[Entries.Length];
        for (int i = 0; i < names.Length; i++) names[i] = Entries[i].Name;
        Array.Sort(names, StringComparer.Ordinal);
        return [.. names];
    }

    public static BuiltinModuleDef? Find(string name)
    {
        foreach (var e in Entries)
            if (e.Name == name)
            {
                // The first read runs the module class's static initialisers: process-wide objects,
                // made with no current thread state as at start-up (see TypeInit.RunOwnerless).
                BuiltinModuleDef? def = null;
                TypeInit.RunOwnerless(() => def = e.Definition());
                return def;
            }
        return null;
    }

    /// <summary>Creates a fresh instance of a built-in module for the calling interpreter (multi-phase init).</summary>
    public static PyModule Create(ThreadState ts, BuiltinModuleDef def)
    {
        var interp = ts.Interp;
        if (!interp.IsMain && interp.Config.OwnGil && def.Support != MultiInterpreterSupport.PerInterpreterGil
            && interp.Config.CheckMultiInterpExtensions)
            throw PyErr.ImportError($"module {def.Name} does not support loading in subinterpreters");
        var m = new PyModule(def.Name);
        m.State = def.CreateState?.Invoke();
        m.Dict.SetItemStr(Names.__package__, PyStr.Empty);
        m.Dict.SetItemStr(Names.__loader__, PyNone.Value);
        m.Dict.SetItemStr(Names.__spec__, PyNone.Value);
        def.Exec(ts, m);
        return m;
    }

    internal static void Bootstrap(ThreadState ts, InterpreterState interp, out PyModule builtins, out PyModule sys)
    {
        TypeInit.EnsureInitialized();
        builtins = Create(ts, BuiltinsDefinition);
        interp.Modules.SetItemStr("builtins", builtins);
        // sys.Exec reads interp.Builtins, so publish builtins before creating sys.
        interp.SetBootstrapModules(builtins, null);
        sys = Create(ts, SysDefinition);
        interp.Modules.SetItemStr("sys", sys);
    }
}
