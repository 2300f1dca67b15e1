using System.Reflection;

namespace Kaa.Runtime;

/// <summary>
/// Finds CPython's pure-Python standard library (the folder CPython calls prefix/lib/python3.14) for
/// sys.path, sys.prefix and sys.exec_prefix. Order (docs/stdlib.md):
/// <list type="number">
/// <item>the KAA_STDLIB environment variable (unless -E/-I); empty means "no standard library";</item>
/// <item>lib/python3.14 next to the running program (an installed layout);</item>
/// <item>.stdlib/lib/python3.14 in a parent folder of the program (a repository checkout);</item>
/// <item>the folder the build fetched it into, recorded in Kaa.Runtime's assembly metadata.</item>
/// </list>
/// </summary>
public static class StdlibLocator
{
    public const string EnvironmentVariable = "KAA_STDLIB";
    public const string LibSubdir = "lib/python3.14";

    /// <summary>The library folder, or null when there is none (stdlib imports then fail as before).</summary>
    public static string? Find(bool ignoreEnvironment)
    {
        if (!ignoreEnvironment)
        {
            var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (env != null)
                return env.Length == 0 ? null : Path.GetFullPath(env);
        }
        var baseDir = AppContext.BaseDirectory;
        var installed = Path.Combine(baseDir, LibSubdir);
        if (IsLib(installed)) return installed;
        for (var d = new DirectoryInfo(baseDir); d != null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, ".stdlib", LibSubdir);
            if (IsLib(candidate)) return candidate;
        }
        foreach (var a in typeof(StdlibLocator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (a.Key == "KaaStdlibDir" && a.Value is { Length: > 0 } v && IsLib(v))
                return Path.GetFullPath(v).TrimEnd('/', '\\');
        }
        return null;
    }

    /// <summary>sys.prefix for a library folder: two levels up, as CPython's prefix/lib/python3.14.</summary>
    public static string PrefixFor(string? lib)
    {
        if (lib != null && Directory.GetParent(lib)?.Parent is { } prefix) return prefix.FullName;
        return AppContext.BaseDirectory.TrimEnd('/', '\\');
    }

    static bool IsLib(string dir) => File.Exists(Path.Combine(dir, "os.py"));
}
