using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime.Hashing;

/// <summary>
/// The Keccak sponge (FIPS 202) behind SHA3-224/256/384/512 (suffix 0x06) and SHAKE128/256 (suffix 0x1F,
/// any output length).
/// </summary>
public sealed class Keccak : HashAlgorithm
{
    private static ReadOnlySpan<ulong> RoundConstants =>
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000, 0x000000000000808b,
        0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008a, 0x0000000000000088,
        0x0000000080008009, 0x000000008000000a, 0x000000008000808b, 0x800000000000008b, 0x8000000000008089,
        0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    private static ReadOnlySpan<byte> Rotations => [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
    private static ReadOnlySpan<byte> PiLanes => [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    private readonly ulong[] _state = new ulong[25];
    private readonly byte[] _queue;
    private int _queued;
    private readonly string _name;
    private readonly int _digestSize;

    /// <summary>The padding suffix: 0x06 for SHA-3, 0x1F for SHAKE.</summary>
    public byte Suffix { get; }
    public int RateBytes => _queue.Length;

    public Keccak(string name, int rateBytes, int digestSize, byte suffix)
    {
        _name = name;
        _queue = new byte[rateBytes];
        _digestSize = digestSize;
        Suffix = suffix;
    }

    public static Keccak Sha3(int bits) => new($"sha3_{bits}", 200 - bits / 4, bits / 8, 0x06);
    public static Keccak Shake(int bits) => new($"shake_{bits}", 200 - bits / 4, 0, 0x1F);

    public override string Name => _name;
    public override int DigestSize => _digestSize;
    public override int BlockSize => _queue.Length;

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            int take = Math.Min(data.Length, _queue.Length - _queued);
            data[..take].CopyTo(_queue.AsSpan(_queued));
            _queued += take;
            data = data[take..];
            if (_queued == _queue.Length)
            {
                Absorb();
                _queued = 0;
            }
        }
    }

    private void Absorb()
    {
        for (int i = 0; i < _queue.Length / 8; i++) _state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(_queue.AsSpan(i * 8));
        Permute(_state);
    }

    public override byte[] Digest() => Squeeze(_digestSize);

    /// <summary>Pads a copy of the state and squeezes <paramref name="length"/> bytes out of it.</summary>
    public byte[] Squeeze(int length)
    {
        var c = (Keccak)Clone();
        Array.Clear(c._queue, c._queued, c._queue.Length - c._queued);
        c._queue[c._queued] ^= Suffix;
        c._queue[^1] ^= 0x80;
        c.Absorb();
        var output = new byte[length];
        int pos = 0;
        Span<byte> lanes = stackalloc byte[200];
        while (true)
        {
            for (int i = 0; i < 25; i++) BinaryPrimitives.WriteUInt64LittleEndian(lanes[(i * 8)..], c._state[i]);
            int take = Math.Min(length - pos, c._queue.Length);
            lanes[..take].CopyTo(output.AsSpan(pos));
            pos += take;
            if (pos >= length) break;
            Permute(c._state);
        }
        return output;
    }

    public override HashAlgorithm Clone()
    {
        var c = new Keccak(_name, _queue.Length, _digestSize, Suffix);
        _state.CopyTo(c._state, 0);
        _queue.CopyTo(c._queue, 0);
        c._queued = _queued;
        return c;
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> bc = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            for (int i = 0; i < 5; i++) bc[i] = a[i] ^ a[i + 5] ^ a[i + 10] ^ a[i + 15] ^ a[i + 20];
            for (int i = 0; i < 5; i++)
            {
                ulong t = bc[(i + 4) % 5] ^ BitOperations.RotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) a[j + i] ^= t;
            }
            ulong cur = a[1];
            for (int i = 0; i < 24; i++)
            {
                int j = PiLanes[i];
                ulong tmp = a[j];
                a[j] = BitOperations.RotateLeft(cur, Rotations[i]);
                cur = tmp;
            }
            for (int j = 0; j < 25; j += 5)
            {
                for (int i = 0; i < 5; i++) bc[i] = a[j + i];
                for (int i = 0; i < 5; i++) a[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
            }
            a[0] ^= RoundConstants[round];
        }
    }
}
