using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kaa.Runtime.Objects;

namespace Kaa.Tests.State;

/// <summary>
/// DESIGN §2 rule 1: no mutable static state anywhere in the runtime. Every static field must be a
/// constant, or readonly and of an immutable type (immortal Python objects count as immutable; lists,
/// dicts, sets and plain arrays do not). The single allowed exception is the [ThreadStatic] slot
/// holding the current ThreadState.
/// </summary>
public class NoMutableStaticStateTests
{
    private static readonly Type[] MutablePyTypes =
        [typeof(PyList), typeof(PyDict), typeof(PyInstance), typeof(PyModule), typeof(PyBaseException)];

    private static bool IsImmutableType(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Type)) return true;
        if (typeof(Delegate).IsAssignableFrom(t)) return true;
        if (typeof(PyObject).IsAssignableFrom(t))
            return !MutablePyTypes.Any(m => m.IsAssignableFrom(t));
        if (t.IsGenericType)
        {
            var def = t.GetGenericTypeDefinition();
            if (def == typeof(ImmutableArray<>) || def == typeof(ImmutableDictionary<,>) || def == typeof(ImmutableHashSet<>)
                || def == typeof(ImmutableList<>) || def == typeof(FrozenDictionary<,>) || def == typeof(FrozenSet<>))
                return t.GetGenericArguments().All(IsImmutableType);
        }
        if (t.IsGenericType && t.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal)) return t.GetGenericArguments().All(IsImmutableType);
        if (t == typeof(System.Numerics.BigInteger) || t == typeof(System.Numerics.Complex)) return true;
        // Records and classes the runtime declares immutable: all instance fields readonly and immutable.
        if (t.Assembly.GetName().Name!.StartsWith("Kaa.", StringComparison.Ordinal) && !t.IsArray)
        {
            var fields = t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            return fields.All(f => f.IsInitOnly && (f.FieldType == t || IsImmutableType(f.FieldType)));
        }
        return false;
    }

    public static IEnumerable<object[]> Assemblies() =>
    [
        [typeof(PyObject).Assembly.GetName().Name!],
        [typeof(Kaa.Compiler.SyntaxErrorException).Assembly.GetName().Name!],
    ];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void StaticFieldsAreConstOrReadonlyImmutable(string assemblyName)
    {
        var asm = AppDomain.CurrentDomain.GetAssemblies().First(a => a.GetName().Name == assemblyName);
        var offenders = new List<string>();
        int threadStatics = 0;
        foreach (var type in asm.GetTypes())
        {
            foreach (var f in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (f.IsLiteral) continue;
                if (f.GetCustomAttribute<ThreadStaticAttribute>() != null)
                {
                    threadStatics++;
                    if (f.FieldType.Name != "ThreadState")
                        offenders.Add($"{type.FullName}.{f.Name}: [ThreadStatic] allowed only for the current ThreadState");
                    continue;
                }
                // The compiler's cached lambdas: write-once caches of immutable delegates.
                bool compilerGenerated = type.GetCustomAttribute<CompilerGeneratedAttribute>() != null
                    || type.FullName!.Contains("<PrivateImplementationDetails>");
                if (compilerGenerated && (typeof(Delegate).IsAssignableFrom(f.FieldType) || f.FieldType.IsValueType || f.Name == "<>9"))
                    continue;
                if (!f.IsInitOnly)
                    offenders.Add($"{type.FullName}.{f.Name}: static field is not readonly");
                else if (!IsImmutableType(f.FieldType))
                    offenders.Add($"{type.FullName}.{f.Name}: readonly static of mutable type {f.FieldType.Name}");
            }
        }
        Assert.True(threadStatics <= 1, "more than one [ThreadStatic] slot");
        Assert.True(offenders.Count == 0, "Mutable static state (DESIGN §2 rule 1):\n" + string.Join("\n", offenders));
    }
}
