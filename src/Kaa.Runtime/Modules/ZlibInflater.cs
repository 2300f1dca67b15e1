namespace Kaa.Runtime;

/// <summary>
/// A resumable DEFLATE decoder (RFC 1950/1951/1952) for the zlib module. .NET's decompression streams
/// read ahead from their source, so they cannot say where a stream ended — which unused_data,
/// unconsumed_tail and gzip's multi-member reading need to the byte — nor stop at max_length. This
/// decoder works one symbol at a time on the input it has been given: when the input runs out in the
/// middle of a step it rolls back to the step's start and keeps those bytes for the next call, exactly
/// as zlib keeps them in its internal state. Errors carry zlib's own messages.
/// </summary>
internal sealed class ZlibInflater
{
    internal sealed class DataError(string message) : Exception(message);

    private sealed class NeedMore : Exception;

    public enum Format { Raw, Zlib, Gzip, Auto }

    private enum Mode { Header, BlockHeader, Stored, Codes, Trailer, Done }

    private sealed class Huffman
    {
        public readonly short[] Count = new short[16];
        public readonly short[] Symbol;
        /// <summary>Codes of up to <see cref="FastBits"/> bits looked up by their next input bits
        /// (LSB first): (symbol &lt;&lt; 4) | length, or 0 for a longer code (decoded bit by bit).</summary>
        public readonly int[] Fast = new int[1 << FastBits];
        public Huffman(int n) { Symbol = new short[n]; }
    }

    private const int FastBits = 10;

    private readonly Format _format0;
    private Format _format;
    private readonly int _wbits;
    private Mode _mode = Mode.Header;

    private byte[] _in = [];
    private int _inLen;
    private long _bit;

    private readonly byte[] _win = new byte[32768];
    private int _winPos;
    private long _total;

    private bool _last;
    private Huffman? _lit, _dist;
    private int _stored, _copyLen, _copyDist, _pendingLit = -1;
    private uint _adler = 1, _crc;

    public bool Eof => _mode == Mode.Done;

    /// <summary>Whether the last Run stopped because the output limit was reached (rather than at the end
    /// of the stream or of the input, where zlib would have consumed all input).</summary>
    public bool StoppedFull { get; private set; }

    /// <summary>Bytes kept from earlier input (a partly read byte and a rolled-back step); Feed puts new
    /// input after them.</summary>
    public int Carry => _inLen - (int)(_bit / 8);

    /// <summary>Input bytes fed but not yet consumed (rolled back into, or after the end of the stream).</summary>
    public int Pending => _inLen - (int)((_bit + 7) / 8);

    public ZlibInflater(Format format, int wbits)
    {
        _format0 = _format = format;
        _wbits = wbits;
    }

    public ZlibInflater Clone()
    {
        var c = (ZlibInflater)MemberwiseClone();
        // The arrays are replaced on growth or copied here; Huffman tables are never mutated once built.
        c._in = (byte[])_in.Clone();
        Array.Copy(_win, c._win, _win.Length);
        return c;
    }

    // ---- input ----

    /// <summary>Appends input after what is still unconsumed.</summary>
    public void Feed(ReadOnlySpan<byte> data)
    {
        int start = (int)(_bit / 8);
        int keep = _inLen - start;
        var buf = new byte[keep + data.Length];
        Array.Copy(_in, start, buf, 0, keep);
        data.CopyTo(buf.AsSpan(keep));
        _bit -= start * 8L;
        _in = buf;
        _inLen = buf.Length;
    }

    /// <summary>Takes back the unconsumed input from byte <paramref name="keepUpTo"/> on (decompressobj's
    /// unconsumed_tail / unused_data), keeping a partly read byte and anything before keepUpTo.</summary>
    public byte[] TakeTail(int keepUpTo)
    {
        int from = Math.Max((int)((_bit + 7) / 8), keepUpTo);
        if (from >= _inLen) return [];
        var tail = _in.AsSpan(from, _inLen - from).ToArray();
        _inLen = from;
        return tail;
    }

    /// <summary>The input left after the end of the stream (all of it is unused).</summary>
    public byte[] TakeUnused() => TakeTail(0);

    private int Bit()
    {
        if (_bit >= _inLen * 8L) throw new NeedMore();
        int b = (_in[_bit >> 3] >> (int)(_bit & 7)) & 1;
        _bit++;
        return b;
    }

    /// <summary>Up to 24 bits from the current position without consuming them; missing bytes read as 0.</summary>
    private int Peek()
    {
        long idx = _bit >> 3;
        int v = _in[idx];
        if (idx + 1 < _inLen) v |= _in[idx + 1] << 8;
        if (idx + 2 < _inLen) v |= _in[idx + 2] << 16;
        return v >> (int)(_bit & 7);
    }

    private int Bits(int n)
    {
        if (n == 0) return 0;
        if (_bit + n > _inLen * 8L) throw new NeedMore();
        int v = Peek() & ((1 << n) - 1);
        _bit += n;
        return v;
    }

    private int Byte()
    {
        _bit = (_bit + 7) & ~7L;
        if (_bit + 8 > _inLen * 8L) throw new NeedMore();
        int b = _in[_bit >> 3];
        _bit += 8;
        return b;
    }

    // ---- output ----

    private void Emit(List<byte> output, byte b)
    {
        output.Add(b);
        _win[_winPos] = b;
        _winPos = (_winPos + 1) & 32767;
        _total++;
    }

    /// <summary>Decodes until the stream ends, the input runs out, or <paramref name="limit"/> output bytes
    /// (negative: no limit) have been produced; appends the output.</summary>
    public void Run(List<byte> output, long limit)
    {
        int start = output.Count, checkedFrom = start;
        StoppedFull = false;
        try
        {
            while (_mode != Mode.Done)
            {
                // With the output full, zlib still decodes ahead up to the point where it must write a
                // byte (the next literal or length/distance pair, block headers, the trailer), so the
                // input it consumes, unconsumed_tail and eof match only if this decoder does the same.
                if (limit >= 0 && output.Count - start >= limit
                    && ((_mode == Mode.Stored && _stored > 0) || (_mode == Mode.Codes && (_copyLen > 0 || _pendingLit >= 0))))
                {
                    StoppedFull = true;
                    break;
                }
                if (_mode == Mode.Trailer)
                {
                    // The check value must cover all output before the trailer is compared with it.
                    UpdateCheck(output, checkedFrom);
                    checkedFrom = output.Count;
                }
                long save = _bit;
                try
                {
                    Step(output, start, limit);
                }
                catch (NeedMore)
                {
                    _bit = save;
                    break;
                }
            }
        }
        finally
        {
            UpdateCheck(output, checkedFrom);
        }
    }

    private void UpdateCheck(List<byte> output, int start)
    {
        int n = output.Count - start;
        if (n == 0) return;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output).Slice(start, n);
        if (_format == Format.Zlib) _adler = ZlibModule.Adler32(_adler, span);
        else if (_format == Format.Gzip) _crc = ZlibModule.Crc32(_crc, span);
    }

    private void Step(List<byte> output, int start, long limit)
    {
        switch (_mode)
        {
            case Mode.Header:
                ReadHeader();
                _mode = Mode.BlockHeader;
                return;
            case Mode.BlockHeader:
                ReadBlockHeader();
                return;
            case Mode.Stored:
                if (_stored == 0) { _mode = _last ? Mode.Trailer : Mode.BlockHeader; return; }
                // Copy what is available; a roll-back is only possible while nothing has been copied.
                int copied = 0;
                while (_stored > 0 && (limit < 0 || output.Count - start < limit))
                {
                    if (_bit + 8 > _inLen * 8L)
                    {
                        if (copied == 0) throw new NeedMore();
                        return;
                    }
                    copied++;
                    Emit(output, _in[_bit >> 3]);
                    _bit += 8;
                    _stored--;
                }
                return;
            case Mode.Codes:
                bool room = limit < 0 || output.Count - start < limit;
                if (_pendingLit >= 0)
                {
                    if (room) { Emit(output, (byte)_pendingLit); _pendingLit = -1; }
                    return;
                }
                if (_copyLen > 0) { Copy(output, start, limit); return; }
                int sym = Decode(_lit!, "invalid literal/length code");
                if (sym < 256)
                {
                    if (room) Emit(output, (byte)sym);
                    else _pendingLit = sym;
                    return;
                }
                if (sym == 256) { _mode = _last ? Mode.Trailer : Mode.BlockHeader; return; }
                sym -= 257;
                if (sym >= 29) throw new DataError("invalid literal/length code");
                int len = LengthBase[sym] + Bits(LengthExtra[sym]);
                int dsym = Decode(_dist!, "invalid distance code");
                if (dsym >= 30) throw new DataError("invalid distance code");
                int dist = DistBase[dsym] + Bits(DistExtra[dsym]);
                if (dist > _total || dist > 32768) throw new DataError("invalid distance too far back");
                _copyLen = len;
                _copyDist = dist;
                Copy(output, start, limit);
                return;
            case Mode.Trailer:
                ReadTrailer();
                _mode = Mode.Done;
                return;
        }
    }

    private void Copy(List<byte> output, int start, long limit)
    {
        while (_copyLen > 0 && (limit < 0 || output.Count - start < limit))
        {
            Emit(output, _win[(_winPos - _copyDist) & 32767]);
            _copyLen--;
        }
    }

    private void ReadHeader()
    {
        if (_format == Format.Auto)
        {
            if (_bit + 16 > _inLen * 8L) throw new NeedMore();
            _format = _in[_bit >> 3] == 0x1f && _in[(_bit >> 3) + 1] == 0x8b ? Format.Gzip : Format.Zlib;
        }
        if (_format == Format.Zlib)
        {
            int cmf = Byte(), flg = Byte();
            if (((cmf << 8) | flg) % 31 != 0) throw new DataError("incorrect header check");
            if ((cmf & 15) != 8) throw new DataError("unknown compression method");
            int wsize = (cmf >> 4) + 8;
            int wbits = _wbits & 15;
            if (wsize > 15 || (wbits != 0 && wsize > wbits)) throw new DataError("invalid window size");
            if ((flg & 0x20) != 0) throw new DataError("\u0000need dictionary");
        }
        else if (_format == Format.Gzip)
        {
            if (Byte() != 0x1f || Byte() != 0x8b) throw new DataError("incorrect header check");
            // zlib reads the method and flag bytes together before checking either.
            int method = Byte(), flags = Byte();
            if (method != 8) throw new DataError("unknown compression method");
            if ((flags & 0xe0) != 0) throw new DataError("unknown header flags set");
            for (int i = 0; i < 6; i++) Byte(); // mtime, xfl, os
            if ((flags & 4) != 0)
            {
                int xlen = Byte() | (Byte() << 8);
                for (int i = 0; i < xlen; i++) Byte();
            }
            if ((flags & 8) != 0) while (Byte() != 0) { }
            if ((flags & 16) != 0) while (Byte() != 0) { }
            if ((flags & 2) != 0) { Byte(); Byte(); }
        }
    }

    private void ReadBlockHeader()
    {
        _last = Bit() == 1;
        int type = Bits(2);
        switch (type)
        {
            case 0:
                int len = Byte() | (Byte() << 8);
                int nlen = Byte() | (Byte() << 8);
                if (len != (~nlen & 0xffff)) throw new DataError("invalid stored block lengths");
                _stored = len;
                _mode = Mode.Stored;
                return;
            case 1:
                _lit = FixedLit;
                _dist = FixedDist;
                _mode = Mode.Codes;
                return;
            case 2:
                ReadDynamic();
                _mode = Mode.Codes;
                return;
            default:
                throw new DataError("invalid block type");
        }
    }

    private static readonly System.Collections.Immutable.ImmutableArray<int> CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private void ReadDynamic()
    {
        int nlen = Bits(5) + 257, ndist = Bits(5) + 1, ncode = Bits(4) + 4;
        if (nlen > 286 || ndist > 30) throw new DataError("too many length or distance symbols");
        var lengths = new short[320];
        for (int i = 0; i < ncode; i++) lengths[CodeLengthOrder[i]] = (short)Bits(3);
        var lencode = Build(lengths.AsSpan(0, 19), true) ?? throw new DataError("invalid code lengths set");
        Array.Clear(lengths);
        int index = 0;
        while (index < nlen + ndist)
        {
            int sym = Decode(lencode, "invalid code lengths set");
            if (sym < 16) { lengths[index++] = (short)sym; continue; }
            int len = 0, repeat;
            if (sym == 16)
            {
                if (index == 0) throw new DataError("invalid bit length repeat");
                len = lengths[index - 1];
                repeat = 3 + Bits(2);
            }
            else if (sym == 17) repeat = 3 + Bits(3);
            else repeat = 11 + Bits(7);
            if (index + repeat > nlen + ndist) throw new DataError("invalid bit length repeat");
            while (repeat-- > 0) lengths[index++] = (short)len;
        }
        if (lengths[256] == 0) throw new DataError("invalid code -- missing end-of-block");
        _lit = Build(lengths.AsSpan(0, nlen), false) ?? throw new DataError("invalid literal/lengths set");
        _dist = Build(lengths.AsSpan(nlen, ndist), false) ?? throw new DataError("invalid distances set");
    }

    /// <summary>Canonical Huffman code from code lengths; null for an over-subscribed set, or an incomplete
    /// one (zlib accepts incomplete literal/length and distance sets only when the longest code is 1 bit).</summary>
    private static Huffman? Build(ReadOnlySpan<short> lengths, bool codeLengths)
    {
        var h = new Huffman(lengths.Length);
        for (int s = 0; s < lengths.Length; s++) h.Count[lengths[s]]++;
        if (h.Count[0] == lengths.Length) return codeLengths ? null : h;
        int left = 1, max = 0;
        for (int len = 1; len <= 15; len++)
        {
            left <<= 1;
            left -= h.Count[len];
            if (left < 0) return null;
            if (h.Count[len] != 0) max = len;
        }
        if (left > 0 && (codeLengths || max != 1)) return null;
        var offs = new short[16];
        for (int len = 1; len < 15; len++) offs[len + 1] = (short)(offs[len] + h.Count[len]);
        for (int s = 0; s < lengths.Length; s++)
            if (lengths[s] != 0) h.Symbol[offs[lengths[s]]++] = (short)s;
        // Canonical codes, bit-reversed because DEFLATE sends Huffman codes most significant bit first.
        var next = new int[16];
        for (int len = 1, c = 0; len <= 15; len++)
        {
            c = (c + (len == 1 ? 0 : h.Count[len - 1])) << 1;
            next[len] = c;
        }
        for (int s = 0; s < lengths.Length; s++)
        {
            int len = lengths[s];
            if (len == 0 || len > FastBits) { if (len != 0) next[len]++; continue; }
            int code = next[len]++, rev = 0;
            for (int i = 0; i < len; i++) rev |= ((code >> i) & 1) << (len - 1 - i);
            for (int fill = rev; fill < 1 << FastBits; fill += 1 << len) h.Fast[fill] = (s << 4) | len;
        }
        return h;
    }

    private int Decode(Huffman h, string error)
    {
        if (_bit + FastBits <= _inLen * 8L)
        {
            int e = h.Fast[Peek() & ((1 << FastBits) - 1)];
            if (e != 0)
            {
                _bit += e & 15;
                return e >> 4;
            }
        }
        int code = 0, first = 0, index = 0;
        for (int len = 1; len <= 15; len++)
        {
            code |= Bit();
            int count = h.Count[len];
            if (code - count < first) return h.Symbol[index + (code - first)];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        throw new DataError(error);
    }

    private void ReadTrailer()
    {
        if (_format == Format.Zlib)
        {
            uint check = (uint)((Byte() << 24) | (Byte() << 16) | (Byte() << 8) | Byte());
            if (check != _adler) throw new DataError("incorrect data check");
        }
        else if (_format == Format.Gzip)
        {
            uint crc = (uint)(Byte() | (Byte() << 8) | (Byte() << 16) | (Byte() << 24));
            uint size = (uint)(Byte() | (Byte() << 8) | (Byte() << 16) | (Byte() << 24));
            if (crc != _crc) throw new DataError("incorrect data check");
            if (size != (uint)_total) throw new DataError("incorrect length check");
        }
        else _bit = (_bit + 7) & ~7L;
    }

    private static readonly System.Collections.Immutable.ImmutableArray<int> LengthBase =
        [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly System.Collections.Immutable.ImmutableArray<int> LengthExtra =
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly System.Collections.Immutable.ImmutableArray<int> DistBase =
        [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly System.Collections.Immutable.ImmutableArray<int> DistExtra =
        [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    private static Huffman FixedLit => BuildFixed(true);
    private static Huffman FixedDist => BuildFixed(false);

    private static Huffman BuildFixed(bool lit)
    {
        // 32 distance codes make the fixed set complete; codes 30 and 31 are rejected when decoded.
        var lengths = new short[lit ? 288 : 32];
        if (lit)
        {
            int s = 0;
            for (; s < 144; s++) lengths[s] = 8;
            for (; s < 256; s++) lengths[s] = 9;
            for (; s < 280; s++) lengths[s] = 7;
            for (; s < 288; s++) lengths[s] = 8;
        }
        else Array.Fill(lengths, (short)5);
        return Build(lengths, false)!;
    }
}
