using Kaa.Runtime.Hashing;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>_md5 (Modules/md5module.c): the built-in MD5 that hashlib falls back to without OpenSSL.</summary>
public static class Md5Module
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_md5", Exec = Exec };

    /// <summary>The hash types of all the hash modules; their methods are installed once here.</summary>
    internal static void InitTypes() => PyHash.Init();

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("MD5Type", PyHash.Md5Type);
        m.Set("md5", PyHash.Constructor(m, "md5", PyHash.Md5Type, () => PlatformHash.Create(System.Security.Cryptography.HashAlgorithmName.MD5, () => new Md5()),
            "md5($module, /, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new MD5 hash object; optionally initialized with a string."));
    }
}
