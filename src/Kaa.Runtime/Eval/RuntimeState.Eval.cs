using System.Collections.Concurrent;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class RuntimeState
{
    /// <summary>Compiled module code shared by every interpreter (DESIGN §2 rule 6): code objects are
    /// immutable, so a second interpreter importing the same file parses nothing.</summary>
    private readonly ConcurrentDictionary<(string filename, string mode, int optimize, bool future), (string source, PyCode code)> _codeCache = new();

    /// <summary>Zip archives on sys.path, indexed once per process.</summary>
    private readonly ConcurrentDictionary<string, ImportSystem.ZipEntryIndex?> _zipIndexes = new(StringComparer.Ordinal);

    internal bool TryGetCachedCode(string filename, string mode, string source, CompileOptions options, out PyCode code)
    {
        if (_codeCache.TryGetValue((filename, mode, options.Optimize, options.FutureAnnotations), out var entry)
            && string.Equals(entry.source, source, StringComparison.Ordinal))
        {
            code = entry.code;
            return true;
        }
        code = null!;
        return false;
    }

    internal void CacheCode(string filename, string mode, string source, CompileOptions options, PyCode code)
        => _codeCache[(filename, mode, options.Optimize, options.FutureAnnotations)] = (source, code);

    internal ImportSystem.ZipEntryIndex? GetZipIndex(string archive)
        => _zipIndexes.GetOrAdd(archive, a =>
        {
            try { return new ImportSystem.ZipEntryIndex(a); }
            catch (IOException) { return null; }
            catch (InvalidDataException) { return null; }
        });
}

public sealed partial class InterpreterState
{
    /// <summary>The original builtins.__import__, so IMPORT_NAME can take the fast path when it is not overridden.</summary>
    internal PyObject? ImportFunc;
}
