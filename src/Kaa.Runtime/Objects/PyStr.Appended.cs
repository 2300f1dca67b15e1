namespace Kaa.Runtime.Objects;

/// <summary>
/// A str built by <c>s += t</c> on a long str. CPython appends in place when it can see that nothing
/// else holds <c>s</c> (reference count 1); without reference counts Kaa gets the same linear cost
/// differently: the text lives in a buffer with spare room, shared by every str built from it, and each
/// str owns the first <see cref="Length"/> chars. Appending to the str that ends at the buffer's
/// used mark writes the new chars after it and makes a new str object over the longer prefix; the
/// older strs never see a change, because nothing before the used mark is ever written again. Any other
/// append copies into a new buffer. The .NET string is made (once) when something asks for
/// <see cref="PyStr.Value"/>; len() and the code-point count do not need it.
/// </summary>
internal sealed class PyStrAppended : PyStr
{
    /// <summary>Below this many UTF-16 units `s += t` just copies: short strings are cheap to copy.</summary>
    internal const int MinLength = 128;

    private readonly AppendBuffer _buf;

    /// <summary>The length in UTF-16 units: this str is the first Length chars of the buffer.</summary>
    internal readonly int Length;

    private PyStrAppended(AppendBuffer buf, int length, int codePoints, bool separate) : base(codePoints, separate)
    {
        _buf = buf;
        Length = length;
    }

    internal string Flatten() => new(_buf.Chars, 0, Length);

    /// <summary>this + b (b not empty).</summary>
    internal PyStr Append(PyStr b)
    {
        var y = b.Value;
        // This str's count is always known; a lone high surrogate meeting a lone low one stays two
        // code points (see PyStr.SeparateSurrogates).
        int codePoints = CodePointLength + b.CodePointLength;
        var buf = _buf;
        bool separate = char.IsHighSurrogate(buf.Chars[Length - 1]) && char.IsLowSurrogate(y[0]) || SeparateSurrogates || b.SeparateSurrogates;
        if (separate && !(IsSimple && b.IsSimple)) throw MixedSurrogates();
        long total = (long)Length + y.Length;
        if (total > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
        // Only the str that ends at the used mark may extend the buffer; the compare-exchange also keeps
        // two threads (a str can be shared between interpreters) from claiming the same room.
        if (total <= buf.Chars.Length && Interlocked.CompareExchange(ref buf.Used, (int)total, Length) == Length)
        {
            y.CopyTo(buf.Chars.AsSpan(Length));
            return new PyStrAppended(buf, (int)total, codePoints, separate);
        }
        return Start(buf.Chars.AsSpan(0, Length), y, codePoints, separate);
    }

    /// <summary>x + y in a new buffer with room to grow (about twice the length).</summary>
    internal static PyStr Start(ReadOnlySpan<char> x, ReadOnlySpan<char> y, int codePoints, bool separate)
    {
        long total = (long)x.Length + y.Length;
        if (total > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
        int capacity = (int)Math.Min(Math.Max(total * 2, 2 * MinLength), PercentFormat.MaxStringLength);
        var buf = new AppendBuffer(new char[capacity], (int)total);
        x.CopyTo(buf.Chars);
        y.CopyTo(buf.Chars.AsSpan(x.Length));
        return new PyStrAppended(buf, (int)total, codePoints, separate);
    }

    /// <summary>The shared storage: chars before <see cref="Used"/> are written once and never change.</summary>
    private sealed class AppendBuffer(char[] chars, int used)
    {
        public readonly char[] Chars = chars;
        public int Used = used;
    }
}
