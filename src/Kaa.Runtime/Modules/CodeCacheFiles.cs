using System.Text;
using Kaa.Compiler.CodeGen;

namespace Kaa.Runtime;

/// <summary>
/// The on-disk cache of compiled modules: Kaa's counterpart of CPython's .pyc files, kept out of the
/// source tree (Kaa reports <c>sys.dont_write_bytecode = True</c> and no <c>cache_tag</c>, so nothing
/// Python can see changes, and no __pycache__ folders appear). One file per source file and optimize
/// level, named by a hash of its full path, in the folder <see cref="State.RuntimeConfig.CodeCacheDirectory"/>
/// names. A file is used only when it was written by this very build of the compiler and the source's
/// size and modification time are the ones recorded (CPython's default pyc check); anything else,
/// including a damaged or half-written file, means compiling from source. Files are written to a
/// temporary name and renamed, so concurrent processes and interpreters never read a partial file.
/// </summary>
public static class CodeCacheFiles
{
    private static ReadOnlySpan<byte> Magic => "KAAC"u8;

    /// <summary>The compiler's build identity: a cache file written by any other build is stale.</summary>
    private static readonly string CompilerBuild = typeof(CodeUnit).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The size and modification time of a source file (the staleness check), or null when it
    /// is not a plain file on disk (a zip member, missing, unreadable).</summary>
    internal readonly record struct SourceStamp(long Size, long MtimeTicks);

    internal static SourceStamp? Stamp(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists) return null;
            return new SourceStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    /// <summary>The cached unit for <paramref name="file"/>, or null when there is none that is current.</summary>
    internal static CodeUnit? TryLoad(string cacheDir, string file, int optimize, SourceStamp stamp)
    {
        try
        {
            // Keyed by the absolute path: a relative sys.path entry names different files from
            // different working directories.
            file = Path.GetFullPath(file);
            string path = CachePath(cacheDir, file, optimize);
            if (!File.Exists(path)) return null;
            var data = File.ReadAllBytes(path);
            var header = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8, leaveOpen: false);
            Span<byte> magic = stackalloc byte[4];
            if (header.Read(magic) != 4 || !magic.SequenceEqual(Magic)) return null;
            if (header.ReadString() != CompilerBuild) return null;
            if (header.ReadInt32() != optimize || header.ReadInt64() != stamp.Size || header.ReadInt64() != stamp.MtimeTicks) return null;
            if (header.ReadString() != file) return null;
            // The eval loop fetches instructions without bounds checks, so a damaged file must never
            // reach it: the payload carries a checksum.
            ulong sum = header.ReadUInt64();
            int payload = (int)header.BaseStream.Position;
            if (Checksum(data.AsSpan(payload)) != sum) return null;
            return CodeUnitSerializer.Read(data, payload);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache file for <paramref name="file"/>; failures (read-only or full disk, a
    /// constant the format does not know) only mean the next run compiles again.</summary>
    internal static void Store(string cacheDir, string file, int optimize, SourceStamp stamp, CodeUnit unit)
    {
        string tmp = "";
        try
        {
            file = Path.GetFullPath(file);
            string path = CachePath(cacheDir, file, optimize);
            tmp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var body = new MemoryStream();
            using (var bw = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
                if (!CodeUnitSerializer.TryWrite(bw, unit)) return;
            using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: false))
            {
                w.Write(Magic);
                w.Write(CompilerBuild);
                w.Write(optimize);
                w.Write(stamp.Size);
                w.Write(stamp.MtimeTicks);
                w.Write(file);
                var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
                w.Write(Checksum(bytes));
                w.Write(bytes);
            }
            File.Move(tmp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            try { if (tmp.Length > 0) File.Delete(tmp); } catch (Exception) { /* nothing more to do */ }
        }
    }

    /// <summary>A 64-bit multiply-xorshift hash of the payload, eight bytes at a time (about 1 ms for the
    /// 3 MB that importing dataclasses, typing and enum reads).</summary>
    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)data.Length;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(data);
        foreach (var w in words)
        {
            h = (h ^ w) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }
        for (int i = words.Length * 8; i < data.Length; i++)
            h = (h ^ data[i]) * 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    private static string CachePath(string cacheDir, string file, int optimize)
    {
        // Two FNV-1a hashes of the path (not a cryptographic hash: its first use costs ~20 ms of library
        // loading). A collision only costs a miss: the file records the full path it was compiled from.
        ulong a = 0xCBF29CE484222325UL ^ (ulong)optimize, b = 0x84222325CBF29CE4UL;
        foreach (char c in file)
        {
            a = (a ^ c) * 0x100000001B3UL;
            b = (b ^ c) * 0x00000100000001B3UL ^ (b >> 29);
        }
        string hex = $"{a:x16}{b:x16}";
        return Path.Combine(cacheDir, hex[..2], hex[2..] + ".kc");
    }

    /// <summary>The default folder: $KAA_CODE_CACHE, else $XDG_CACHE_HOME/kaa/code, else
    /// ~/.cache/kaa/code; null (no cache) for KAA_CODE_CACHE=off or 0, or with no home folder.</summary>
    public static string? DefaultDirectory(Func<string, string?> getEnv)
    {
        var env = getEnv("KAA_CODE_CACHE");
        if (env != null)
            return env is "" or "0" or "off" ? null : Path.GetFullPath(env);
        var xdg = getEnv("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "kaa", "code");
        var home = getEnv("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "kaa", "code");
    }
}
