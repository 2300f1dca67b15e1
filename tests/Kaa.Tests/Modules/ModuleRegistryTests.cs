using Kaa.Runtime;
using Xunit;

namespace Kaa.Tests.Modules;

/// <summary>The built-in module table: names are listed apart from the definitions (so listing runs no
/// module's static initialisers), so each row's name must be its definition's name.</summary>
public sealed class ModuleRegistryTests
{
    [Fact]
    public void EachNameMatchesItsDefinition()
    {
        foreach (var e in ModuleRegistry.Entries)
        {
            var def = e.Definition();
            Assert.Equal(e.Name, def.Name);
            Assert.Same(def, e.Definition());
            Assert.Same(def, ModuleRegistry.Find(e.Name));
        }
    }

    [Fact]
    public void NamesAreUniqueAndSorted()
    {
        var names = ModuleRegistry.SortedNames;
        Assert.Equal(ModuleRegistry.Entries.Length, names.Length);
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        Assert.Contains("builtins", names);
        Assert.Contains("sys", names);
        Assert.Null(ModuleRegistry.Find("no_such_module"));
    }
}
