using System.Runtime.CompilerServices;

namespace Kaa.Runtime.Sre;

/// <summary>
/// The subject of a match seen as code points. The engine is generic over these structs so the JIT
/// compiles one specialized matcher per representation, with no virtual call in the inner loop.
/// </summary>
internal interface ISreInput
{
    int this[int i] { get; }

    /// <summary>Index of the first <paramref name="c"/> in [from, to), or -1.</summary>
    int IndexOf(int c, int from, int to);

    /// <summary>Index of the first occurrence of <paramref name="prefix"/> starting in [from, to - prefix.Length], or -1.</summary>
    int IndexOf(uint[] code, int prefixAt, int prefixLen, int from, int to);

    /// <summary>
    /// Index of the first member of the pattern's first-character set in [from, to) (-1 if none), when the
    /// representation supports a vectorized search and the set has SearchValues; false otherwise.
    /// </summary>
    bool TryIndexOfFirst(SreSets sets, int from, int to, out int index);
}

/// <summary>A str whose code points are all single UTF-16 units: indexes the .NET string directly.</summary>
internal readonly struct StrInput(string s) : ISreInput
{
    private readonly string _s = s;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _s[i];
    }

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFFFF) return -1;
        int i = _s.AsSpan(from, to - from).IndexOf((char)c);
        return i < 0 ? -1 : from + i;
    }

    public int IndexOf(uint[] code, int prefixAt, int prefixLen, int from, int to)
    {
        Span<char> p = prefixLen <= 256 ? stackalloc char[prefixLen] : new char[prefixLen];
        for (int i = 0; i < prefixLen; i++)
        {
            uint c = code[prefixAt + i];
            if (c > 0xFFFF) return -1;
            p[i] = (char)c;
        }
        int r = _s.AsSpan(from, to - from).IndexOf(p);
        return r < 0 ? -1 : from + r;
    }

    public bool TryIndexOfFirst(SreSets sets, int from, int to, out int index)
    {
        index = -1;
        if (sets.FirstChars == null) return false;
        int r = _s.AsSpan(from, to - from).IndexOfAny(sets.FirstChars);
        if (r >= 0) index = from + r;
        return true;
    }
}

/// <summary>A str with characters outside the BMP, as an array of code points.</summary>
internal readonly struct CodePointInput(int[] cps) : ISreInput
{
    private readonly int[] _a = cps;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _a[i];
    }

    public int IndexOf(int c, int from, int to)
    {
        int i = _a.AsSpan(from, to - from).IndexOf(c);
        return i < 0 ? -1 : from + i;
    }

    public int IndexOf(uint[] code, int prefixAt, int prefixLen, int from, int to)
    {
        var p = new int[prefixLen];
        for (int i = 0; i < prefixLen; i++) p[i] = (int)code[prefixAt + i];
        int r = _a.AsSpan(from, to - from).IndexOf(p);
        return r < 0 ? -1 : from + r;
    }

    public bool TryIndexOfFirst(SreSets sets, int from, int to, out int index)
    {
        index = -1;
        return false;
    }
}

/// <summary>A bytes-like object.</summary>
internal readonly struct ByteInput(byte[] bytes) : ISreInput
{
    private readonly byte[] _a = bytes;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _a[i];
    }

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFF) return -1;
        int i = _a.AsSpan(from, to - from).IndexOf((byte)c);
        return i < 0 ? -1 : from + i;
    }

    public int IndexOf(uint[] code, int prefixAt, int prefixLen, int from, int to)
    {
        Span<byte> p = prefixLen <= 256 ? stackalloc byte[prefixLen] : new byte[prefixLen];
        for (int i = 0; i < prefixLen; i++)
        {
            uint c = code[prefixAt + i];
            if (c > 0xFF) return -1;
            p[i] = (byte)c;
        }
        int r = _a.AsSpan(from, to - from).IndexOf(p);
        return r < 0 ? -1 : from + r;
    }

    public bool TryIndexOfFirst(SreSets sets, int from, int to, out int index)
    {
        index = -1;
        if (sets.FirstBytes == null) return false;
        int r = _a.AsSpan(from, to - from).IndexOfAny(sets.FirstBytes);
        if (r >= 0) index = from + r;
        return true;
    }
}
