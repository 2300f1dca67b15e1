using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>_blake2 (Modules/blake2module.c): the blake2b and blake2s types, which are their own constructors.</summary>
public static class Blake2Module
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_blake2", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("blake2b", PyHash.Blake2bType);
        m.Set("blake2s", PyHash.Blake2sType);
        m.Set("BLAKE2B_SALT_SIZE", PyInt.From(16));
        m.Set("BLAKE2B_PERSON_SIZE", PyInt.From(16));
        m.Set("BLAKE2B_MAX_KEY_SIZE", PyInt.From(64));
        m.Set("BLAKE2B_MAX_DIGEST_SIZE", PyInt.From(64));
        m.Set("BLAKE2S_SALT_SIZE", PyInt.From(8));
        m.Set("BLAKE2S_PERSON_SIZE", PyInt.From(8));
        m.Set("BLAKE2S_MAX_KEY_SIZE", PyInt.From(32));
        m.Set("BLAKE2S_MAX_DIGEST_SIZE", PyInt.From(32));
    }
}
