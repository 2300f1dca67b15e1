using Kaa.Runtime.Hashing;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>_sha1 (Modules/sha1module.c): the built-in SHA-1.</summary>
public static class Sha1Module
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_sha1", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("SHA1Type", PyHash.Sha1Type);
        m.Set("sha1", PyHash.Constructor(m, "sha1", PyHash.Sha1Type, () => PlatformHash.Create(System.Security.Cryptography.HashAlgorithmName.SHA1, () => new Sha1()),
            "sha1($module, /, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new SHA1 hash object; optionally initialized with a string."));
    }
}
