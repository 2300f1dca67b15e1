using HashAlgorithmName = System.Security.Cryptography.HashAlgorithmName;
using Kaa.Runtime.Hashing;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>_sha2 (Modules/sha2module.c): SHA-224 (C#), SHA-256, SHA-384 and SHA-512 (the platform's, C# fallback).</summary>
public static class Sha2Module
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_sha2", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("SHA224Type", PyHash.Sha224Type);
        m.Set("SHA256Type", PyHash.Sha256Type);
        m.Set("SHA384Type", PyHash.Sha384Type);
        m.Set("SHA512Type", PyHash.Sha512Type);
        void Add(string name, PyType t, Func<HashAlgorithm> f, string what)
            => m.Set(name, PyHash.Constructor(m, name, t, f,
                $"{name}($module, /, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new {what} hash object; optionally initialized with a string."));
        Add("sha224", PyHash.Sha224Type, () => new Sha256(is224: true), "SHA-224");
        Add("sha256", PyHash.Sha256Type, () => PlatformHash.Create(HashAlgorithmName.SHA256, () => new Sha256()), "SHA-256");
        Add("sha384", PyHash.Sha384Type, () => PlatformHash.Create(HashAlgorithmName.SHA384, () => new Sha512(is384: true)), "SHA-384");
        Add("sha512", PyHash.Sha512Type, () => PlatformHash.Create(HashAlgorithmName.SHA512, () => new Sha512()), "SHA-512");
    }
}
