using System.Buffers;
using System.Runtime.CompilerServices;

namespace Kaa.Runtime.Objects;

/// <summary>
/// A growable char buffer for building one str: it starts in memory the caller provides (usually
/// <c>stackalloc</c>) and moves to an <see cref="ArrayPool{T}"/> array only when that fills up, so
/// formatting a number or an f-string field allocates nothing but the final string. A StringBuilder
/// costs a builder object, a chunk array and the final copy; on the hot formatting paths those
/// fresh allocations (which the GC must zero) cost as much as the formatting itself.
/// Always <see cref="Dispose"/> it (or call <see cref="ToStringAndDispose"/>) to give a rented array back.
/// </summary>
public ref struct StrBuffer
{
    private Span<char> _chars;
    private char[]? _rented;
    private int _pos;

    public StrBuffer(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        _pos = 0;
    }

    /// <summary>The number of chars written; setting it truncates (never past what was written).</summary>
    public int Length
    {
        readonly get => _pos;
        set => _pos = value;
    }

    public readonly char this[int index] => _chars[index];

    public readonly ReadOnlySpan<char> AsSpan() => _chars[.._pos];

    public readonly ReadOnlySpan<char> AsSpan(int start) => _chars[start.._pos];

    /// <summary>The chars written so far, for changing them in place.</summary>
    public readonly Span<char> WrittenSpan => _chars[.._pos];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        int pos = _pos;
        if ((uint)pos < (uint)_chars.Length)
        {
            _chars[pos] = c;
            _pos = pos + 1;
        }
        else GrowThenAppend(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(string? s)
    {
        if (s == null) return;
        if (s.Length == 1 && (uint)_pos < (uint)_chars.Length) _chars[_pos++] = s[0];
        else Append(s.AsSpan());
    }

    public void Append(scoped ReadOnlySpan<char> s)
    {
        if (_pos > _chars.Length - s.Length) Grow(s.Length);
        s.CopyTo(_chars[_pos..]);
        _pos += s.Length;
    }

    public void Append(char c, int count)
    {
        if (count <= 0) return;
        if (_pos > _chars.Length - count) Grow(count);
        _chars.Slice(_pos, count).Fill(c);
        _pos += count;
    }

    /// <summary>Reserves <paramref name="n"/> chars at the end and returns them for the caller to fill.</summary>
    public Span<char> AppendSpan(int n)
    {
        if (_pos > _chars.Length - n) Grow(n);
        var span = _chars.Slice(_pos, n);
        _pos += n;
        return span;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowThenAppend(char c)
    {
        Grow(1);
        Append(c);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int additional)
    {
        long needed = (long)_pos + additional;
        if (needed > PercentFormat.MaxStringLength) throw PyErr.MemoryError();
        int size = (int)Math.Min(Math.Max(needed, Math.Max(256L, (long)_chars.Length * 2)), PercentFormat.MaxStringLength);
        var next = ArrayPool<char>.Shared.Rent(size);
        _chars[.._pos].CopyTo(next);
        var old = _rented;
        _chars = _rented = next;
        if (old != null) ArrayPool<char>.Shared.Return(old);
    }

    public override readonly string ToString() => new(_chars[.._pos]);

    public string ToStringAndDispose()
    {
        var s = _pos == 0 ? "" : new string(_chars[.._pos]);
        Dispose();
        return s;
    }

    public void Dispose()
    {
        var rented = _rented;
        this = default;
        if (rented != null) ArrayPool<char>.Shared.Return(rented);
    }
}
