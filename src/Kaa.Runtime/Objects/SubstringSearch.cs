namespace Kaa.Runtime.Objects;

/// <summary>
/// Substring search for str, bytes and bytearray with a linear worst case. .NET's vectorized
/// <c>Span.IndexOf(span)</c> is fast on ordinary text but O(n*m) on periodic inputs ('a'*N searched for
/// 'a'*N + 'b'*N), where CPython's adaptive two-way search stays O(n + m); programs (and CPython's own
/// string_tests) rely on that. So short needles use the vectorized search (at most 32 compares per
/// position), and long needles use it for their first (last) 32 elements while charging each full
/// comparison to a work budget proportional to the progress made; once the budget is spent the search
/// finishes with Knuth-Morris-Pratt, which never looks at an element twice.
/// </summary>
internal static class SubstringSearch
{
    /// <summary>Needles up to this length go straight to the vectorized search.</summary>
    private const int ShortNeedle = 32;

    /// <summary>First index of <paramref name="needle"/> in <paramref name="hay"/>, or -1.</summary>
    public static int IndexOf<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle) where T : unmanaged, IEquatable<T>
    {
        int m = needle.Length, n = hay.Length;
        if (m <= ShortNeedle) return hay.IndexOf(needle);
        if (m > n) return -1;
        var head = needle[..ShortNeedle];
        var rest = needle[ShortNeedle..];
        long work = 0;
        int pos = 0;
        while (n - pos >= m)
        {
            // Candidates must leave room for the whole needle.
            int r = hay[pos..(n - m + ShortNeedle)].IndexOf(head);
            if (r < 0) return -1;
            r += pos;
            if (hay.Slice(r + ShortNeedle, m - ShortNeedle).SequenceEqual(rest)) return r;
            work += m;
            pos = r + 1;
            if (work > 4L * pos + 4L * m) return Kmp(hay, needle, pos);
        }
        return -1;
    }

    /// <summary>Last index of <paramref name="needle"/> in <paramref name="hay"/>, or -1.</summary>
    public static int LastIndexOf<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle) where T : unmanaged, IEquatable<T>
    {
        int m = needle.Length, n = hay.Length;
        if (m <= ShortNeedle) return hay.LastIndexOf(needle);
        if (m > n) return -1;
        var tail = needle[(m - ShortNeedle)..];
        var rest = needle[..(m - ShortNeedle)];
        long work = 0;
        int end = n; // matches must end at or before end
        while (end >= m)
        {
            int r = hay[(m - ShortNeedle)..end].LastIndexOf(tail);
            if (r < 0) return -1;
            int start = r; // == (r + m - ShortNeedle) - (m - ShortNeedle)
            if (hay.Slice(start, m - ShortNeedle).SequenceEqual(rest)) return start;
            work += m;
            end = start + m - 1;
            if (work > 4L * (n - end) + 4L * m) return KmpLast(hay, needle, end);
        }
        return -1;
    }

    /// <summary>Knuth-Morris-Pratt from <paramref name="from"/>: the first match at or after it.</summary>
    private static int Kmp<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle, int from) where T : unmanaged, IEquatable<T>
    {
        int m = needle.Length;
        var fail = new int[m];
        for (int i = 1, k = 0; i < m; i++)
        {
            while (k > 0 && !needle[i].Equals(needle[k])) k = fail[k - 1];
            if (needle[i].Equals(needle[k])) k++;
            fail[i] = k;
        }
        for (int i = from, q = 0; i < hay.Length; i++)
        {
            while (q > 0 && !hay[i].Equals(needle[q])) q = fail[q - 1];
            if (hay[i].Equals(needle[q])) q++;
            if (q == m) return i - m + 1;
        }
        return -1;
    }

    /// <summary>Knuth-Morris-Pratt run backwards: the last match that ends at or before <paramref name="end"/>.</summary>
    private static int KmpLast<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle, int end) where T : unmanaged, IEquatable<T>
    {
        int m = needle.Length;
        // The failure table of the reversed needle, indexed through needle[m - 1 - i].
        var fail = new int[m];
        for (int i = 1, k = 0; i < m; i++)
        {
            while (k > 0 && !needle[m - 1 - i].Equals(needle[m - 1 - k])) k = fail[k - 1];
            if (needle[m - 1 - i].Equals(needle[m - 1 - k])) k++;
            fail[i] = k;
        }
        for (int i = end - 1, q = 0; i >= 0; i--)
        {
            while (q > 0 && !hay[i].Equals(needle[m - 1 - q])) q = fail[q - 1];
            if (hay[i].Equals(needle[m - 1 - q])) q++;
            if (q == m) return i;
        }
        return -1;
    }
}
