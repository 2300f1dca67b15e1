using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// _sha3 (Modules/sha3module.c): SHA3-224/256/384/512 and SHAKE128/256 over one Keccak sponge. As in
/// CPython the types themselves are the constructors (see <see cref="PyHash.Init"/>).
/// </summary>
public static class Sha3Module
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_sha3", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("sha3_224", PyHash.Sha3_224Type);
        m.Set("sha3_256", PyHash.Sha3_256Type);
        m.Set("sha3_384", PyHash.Sha3_384Type);
        m.Set("sha3_512", PyHash.Sha3_512Type);
        m.Set("shake_128", PyHash.Shake128Type);
        m.Set("shake_256", PyHash.Shake256Type);
    }
}
