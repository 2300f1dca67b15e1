using System.Security.Cryptography;

namespace Kaa.Runtime.Hashing;

/// <summary>
/// A digest computed by the platform's implementation (OpenSSL on Linux, CNG on Windows: hardware
/// accelerated) through <see cref="IncrementalHash"/>, which can be cloned for copy(). Used for the
/// algorithms .NET offers; <see cref="Create"/> falls back to the C# implementation where the platform
/// lacks one (MD5 in a browser, SHA-3 with an old OpenSSL).
/// </summary>
public sealed class PlatformHash : HashAlgorithm
{
    private readonly IncrementalHash _hash;
    private readonly string _name;
    private readonly int _digestSize, _blockSize;

    private PlatformHash(IncrementalHash hash, string name, int digestSize, int blockSize)
    {
        _hash = hash;
        _name = name;
        _digestSize = digestSize;
        _blockSize = blockSize;
    }

    /// <summary>The platform's algorithm when it has it, else <paramref name="fallback"/>.</summary>
    public static HashAlgorithm Create(HashAlgorithmName algorithm, Func<HashAlgorithm> fallback)
    {
        var f = fallback();
        try
        {
            return new PlatformHash(IncrementalHash.CreateHash(algorithm), f.Name, f.DigestSize, f.BlockSize);
        }
        catch (Exception e) when (e is PlatformNotSupportedException or CryptographicException)
        {
            return f;
        }
    }

    public override string Name => _name;
    public override int DigestSize => _digestSize;
    public override int BlockSize => _blockSize;
    public override void Update(ReadOnlySpan<byte> data) => _hash.AppendData(data);
    public override byte[] Digest() => _hash.GetCurrentHash();
    public override HashAlgorithm Clone() => new PlatformHash(_hash.Clone(), _name, _digestSize, _blockSize);
}
