namespace Kaa.Runtime.Eval;

/// <summary>"Did you mean ...?" suggestions (CPython's Python/suggestions.c): the closest name by a
/// Levenshtein distance where a case change costs less than another edit.</summary>
public static class Suggestions
{
    const int MaxCandidateItems = 750;
    const int MaxStringSize = 40;
    const int MoveCost = 2;
    const int CaseCost = 1;

    static int SubstitutionCost(char a, char b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
        if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
        return a == b ? CaseCost : MoveCost;
    }

    static int Distance(string sa, string sb, int maxCost)
    {
        if (ReferenceEquals(sa, sb)) return 0;
        ReadOnlySpan<char> a = sa, b = sb;
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length)
        {
            var t = a; a = b; b = t;
        }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        Span<int> buffer = stackalloc int[MaxStringSize];
        int tmp = MoveCost;
        for (int i = 0; i < a.Length; i++) { buffer[i] = tmp; tmp += MoveCost; }
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            char code = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                int substitute = distance + SubstitutionCost(code, a[i]);
                distance = buffer[i];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    /// <summary>The candidate closest to <paramref name="name"/>, or null when none is close enough.</summary>
    public static string? Calculate(IReadOnlyList<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidateItems) return null;
        int best = int.MaxValue;
        string? suggestion = null;
        foreach (var item in candidates)
        {
            if (item == name) continue;
            int maxDistance = (System.Text.Encoding.UTF8.GetByteCount(name) + System.Text.Encoding.UTF8.GetByteCount(item) + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, best - 1);
            int d = Distance(name, item, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion == null || d < best)
            {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }
}
