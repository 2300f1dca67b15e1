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
    public static readonly System.Collections.Immutable.ImmutableArray<BuiltinModuleDef> All = [.. Definitions()];

    private static IEnumerable<BuiltinModuleDef> Definitions()
    {
        yield return new BuiltinModuleDef { Name = "builtins", Exec = Builtins.Exec };
        yield return new BuiltinModuleDef { Name = "sys", Exec = SysModule.Exec };
        foreach (var d in MoreDefinitions()) yield return d;
    }

    private static partial IEnumerable<BuiltinModuleDef> MoreDefinitions();

    public static BuiltinModuleDef? Find(string name)
    {
        foreach (var d in All) if (d.Name == name) return d;
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
        builtins = Create(ts, All[0]);
        interp.Modules.SetItemStr("builtins", builtins);
        // sys.Exec reads interp.Builtins, so publish builtins before creating sys.
        interp.SetBootstrapModules(builtins, null);
        sys = Create(ts, All[1]);
        interp.Modules.SetItemStr("sys", sys);
    }
}
