using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime.Hashing;

/// <summary>The parameter block of BLAKE2 (RFC 7693 and the BLAKE2 specification's tree parameters).</summary>
public readonly record struct Blake2Params(int DigestSize, byte[] Key, byte[] Salt, byte[] Person, int Fanout, int Depth,
    uint LeafSize, ulong NodeOffset, int NodeDepth, int InnerSize, bool LastNode);

/// <summary>
/// BLAKE2b (64-bit words, 12 rounds) and BLAKE2s (32-bit words, 10 rounds). The last block is held back
/// until the digest, since it is compressed with the final flag.
/// </summary>
public sealed class Blake2 : HashAlgorithm
{
    private static ReadOnlySpan<ulong> IV64 =>
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static ReadOnlySpan<uint> IV32 =>
        [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];

    private static ReadOnlySpan<byte> Sigma =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
        11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
        7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
        9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
        2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
        12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
        13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
        6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
        10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
    ];

    private readonly bool _big;
    private readonly ulong[] _h = new ulong[8];
    private readonly byte[] _buf;
    private int _bufLen;
    private ulong _t0, _t1;
    private readonly int _digestSize;
    private readonly bool _lastNode;

    private Blake2(bool big, int digestSize, bool lastNode)
    {
        _big = big;
        _buf = new byte[big ? 128 : 64];
        _digestSize = digestSize;
        _lastNode = lastNode;
    }

    public Blake2(bool big, Blake2Params p) : this(big, p.DigestSize, p.LastNode)
    {
        var block = new byte[big ? 64 : 32];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(4), p.LeafSize);
        if (big)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(8), p.NodeOffset);
            block[16] = (byte)p.NodeDepth;
            block[17] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 32);
            p.Person.CopyTo(block, 48);
            for (int i = 0; i < 8; i++) _h[i] = IV64[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(i * 8));
        }
        else
        {
            for (int i = 0; i < 6; i++) block[8 + i] = (byte)(p.NodeOffset >> (8 * i));
            block[14] = (byte)p.NodeDepth;
            block[15] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 16);
            p.Person.CopyTo(block, 24);
            for (int i = 0; i < 8; i++) _h[i] = IV32[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(i * 4));
        }
        if (p.Key.Length > 0)
        {
            var kb = new byte[_buf.Length];
            p.Key.CopyTo(kb, 0);
            Update(kb);
        }
    }

    public override string Name => _big ? "blake2b" : "blake2s";
    public override int DigestSize => _digestSize;
    public override int BlockSize => _buf.Length;

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (_bufLen == _buf.Length)
            {
                Increment(_buf.Length);
                Compress(_buf, false);
                _bufLen = 0;
            }
            int take = Math.Min(data.Length, _buf.Length - _bufLen);
            data[..take].CopyTo(_buf.AsSpan(_bufLen));
            _bufLen += take;
            data = data[take..];
        }
    }

    private void Increment(int n)
    {
        if (_big)
        {
            _t0 += (ulong)n;
            if (_t0 < (ulong)n) _t1++;
        }
        else
        {
            // BLAKE2s keeps a 64-bit counter in two 32-bit words; one ulong holds it.
            _t0 += (ulong)n;
        }
    }

    public override byte[] Digest()
    {
        var c = (Blake2)Clone();
        c.Increment(c._bufLen);
        Array.Clear(c._buf, c._bufLen, c._buf.Length - c._bufLen);
        c.Compress(c._buf, true);
        var output = new byte[_big ? 64 : 32];
        for (int i = 0; i < 8; i++)
        {
            if (_big) BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(i * 8), c._h[i]);
            else BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(i * 4), (uint)c._h[i]);
        }
        return output[.._digestSize];
    }

    public override HashAlgorithm Clone()
    {
        var c = new Blake2(_big, _digestSize, _lastNode);
        _h.CopyTo(c._h, 0);
        _buf.CopyTo(c._buf, 0);
        c._bufLen = _bufLen;
        c._t0 = _t0;
        c._t1 = _t1;
        return c;
    }

    private void Compress(ReadOnlySpan<byte> block, bool last)
    {
        if (_big) Compress64(block, last);
        else Compress32(block, last);
    }

    private void Compress64(ReadOnlySpan<byte> block, bool last)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        for (int i = 0; i < 8; i++) { v[i] = _h[i]; v[i + 8] = IV64[i]; }
        v[12] ^= _t0;
        v[13] ^= _t1;
        if (last)
        {
            v[14] = ~v[14];
            if (_lastNode) v[15] = ~v[15];
        }
        for (int r = 0; r < 12; r++)
        {
            var s = Sigma.Slice((r % 10) * 16, 16);
            G64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    private static void G64(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }

    private void Compress32(ReadOnlySpan<byte> block, bool last)
    {
        Span<uint> m = stackalloc uint[16];
        Span<uint> v = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        for (int i = 0; i < 8; i++) { v[i] = (uint)_h[i]; v[i + 8] = IV32[i]; }
        v[12] ^= (uint)_t0;
        v[13] ^= (uint)(_t0 >> 32);
        if (last)
        {
            v[14] = ~v[14];
            if (_lastNode) v[15] = ~v[15];
        }
        for (int r = 0; r < 10; r++)
        {
            var s = Sigma.Slice(r * 16, 16);
            G32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] = (uint)_h[i] ^ v[i] ^ v[i + 8];
    }

    private static void G32(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }
}
