using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>The _random module (Modules/_randommodule.c) behind Lib/random.py: the Random type.</summary>
public static class RandomModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_random", Exec = Exec };

    public static IEnumerable<PyType> Types()
    {
        yield return PyRandom.TypeObject;
    }

    internal static void InitTypes() => PyRandom.Init();

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Module implements the Mersenne Twister random number generator."));
        m.Set("Random", PyRandom.TypeObject);
    }
}
