using System.Buffers.Binary;

namespace Kaa.Runtime.Hashing;

/// <summary>
/// A message digest behind a hash object: the platform's (<see cref="PlatformHash"/>) or one written in
/// C#, so every algorithm exists on every OS as CPython's built-in HACL* modules do. Clone() backs copy();
/// Digest() never disturbs the running state.
/// </summary>
public abstract class HashAlgorithm
{
    public abstract string Name { get; }
    public abstract int DigestSize { get; }
    public abstract int BlockSize { get; }
    public abstract void Update(ReadOnlySpan<byte> data);
    /// <summary>The digest of everything so far; the object can keep being updated.</summary>
    public abstract byte[] Digest();
    public abstract HashAlgorithm Clone();
}

/// <summary>The Merkle–Damgård buffering and padding shared by MD5, SHA-1 and SHA-2.</summary>
public abstract class BlockHash : HashAlgorithm
{
    private readonly byte[] _buffer;
    private int _bufLen;
    private ulong _totalBytes;

    protected BlockHash(int blockSize) { _buffer = new byte[blockSize]; }

    public override int BlockSize => _buffer.Length;

    protected abstract void Compress(ReadOnlySpan<byte> block);
    /// <summary>Writes the state words as the digest (after the final block).</summary>
    protected abstract byte[] Output();
    protected abstract BlockHash CloneState();
    /// <summary>MD5 stores the bit length little-endian; the SHA family big-endian.</summary>
    protected virtual bool LengthLittleEndian => false;
    /// <summary>Size of the length field: 8 bytes, or 16 for SHA-384/512.</summary>
    protected virtual int LengthBytes => 8;

    public override void Update(ReadOnlySpan<byte> data)
    {
        _totalBytes += (ulong)data.Length;
        if (_bufLen > 0)
        {
            int take = Math.Min(data.Length, _buffer.Length - _bufLen);
            data[..take].CopyTo(_buffer.AsSpan(_bufLen));
            _bufLen += take;
            data = data[take..];
            if (_bufLen < _buffer.Length) return;
            Compress(_buffer);
            _bufLen = 0;
        }
        while (data.Length >= _buffer.Length)
        {
            Compress(data[.._buffer.Length]);
            data = data[_buffer.Length..];
        }
        data.CopyTo(_buffer);
        _bufLen = data.Length;
    }

    public override byte[] Digest()
    {
        var c = (BlockHash)Clone();
        return c.Finish();
    }

    public override HashAlgorithm Clone()
    {
        var c = CloneState();
        _buffer.CopyTo(c._buffer, 0);
        c._bufLen = _bufLen;
        c._totalBytes = _totalBytes;
        return c;
    }

    private byte[] Finish()
    {
        int bs = _buffer.Length;
        ulong bits = _totalBytes * 8;
        var pad = new byte[(_bufLen + 1 + LengthBytes <= bs ? bs : 2 * bs) - _bufLen];
        pad[0] = 0x80;
        var len = pad.AsSpan(pad.Length - 8);
        if (LengthLittleEndian) BinaryPrimitives.WriteUInt64LittleEndian(len, bits);
        else BinaryPrimitives.WriteUInt64BigEndian(len, bits);
        if (LengthBytes == 16 && !LengthLittleEndian) pad[pad.Length - 9] = (byte)(_totalBytes >> 61);
        Update(pad);
        return Output();
    }
}
