using System.Collections.Concurrent;
using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class RuntimeState
{
    /// <summary>Compiled module code shared by every interpreter (DESIGN §2 rule 6): code objects are
    /// immutable, so a second interpreter importing the same file parses nothing.</summary>
    /// <remarks>Keys and entries are classes, not value tuples: the dictionary's code over a value tuple
    /// cannot be precompiled (ReadyToRun) and would be JIT-compiled at every start-up.</remarks>
    private readonly ConcurrentDictionary<CodeKey, CodeEntry> _codeCache = new();

    private sealed record CodeKey(string Filename, string Mode, int Optimize, bool Future);

    private sealed record CodeEntry(string Source, PyCode Code);

    /// <summary>Zip archives on sys.path, indexed once per process.</summary>
    private readonly ConcurrentDictionary<string, ImportSystem.ZipEntryIndex?> _zipIndexes = new(StringComparer.Ordinal);

    internal bool TryGetCachedCode(string filename, string mode, string source, CompileOptions options, out PyCode code)
    {
        if (_codeCache.TryGetValue(new CodeKey(filename, mode, options.Optimize, options.FutureAnnotations), out var entry)
            && string.Equals(entry.Source, source, StringComparison.Ordinal))
        {
            code = entry.Code;
            return true;
        }
        code = null!;
        return false;
    }

    internal void CacheCode(string filename, string mode, string source, CompileOptions options, PyCode code)
        => _codeCache[new CodeKey(filename, mode, options.Optimize, options.FutureAnnotations)] = new CodeEntry(source, code);

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
