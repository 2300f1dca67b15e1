namespace Kaa.Compiler.Ast;

/// <summary>
/// A str constant in which a lone high surrogate is followed by a lone low one ('\ud800\udc00', or
/// '\ud800' '\udc00'): Python reads two code points where a .NET string reads one surrogate pair. Every
/// UTF-16 unit of <see cref="Text"/> is one code point; it never holds a real pair (a literal that would
/// mix both is refused, see <see cref="StrConstant.Concat"/>). The runtime turns it into a str that keeps
/// the units apart. Plain str constants stay .NET strings.
/// </summary>
public sealed record SeparatedStr(string Text)
{
    public override string ToString() => Text;
}

/// <summary>Helpers for str constants, which are a .NET string or a <see cref="SeparatedStr"/>.</summary>
public static class StrConstant
{
    /// <summary>The message for a str constant that would hold both readings of a surrogate pair.</summary>
    public const string MixedMessage = "Kaa cannot represent a str holding both a character outside the BMP and a lone high surrogate followed by a lone low surrogate";

    public static bool IsStr(object? v) => v is string or SeparatedStr;

    /// <summary>The UTF-16 units of a str constant.</summary>
    public static string Text(object v) => v is SeparatedStr s ? s.Text : (string)v;

    /// <summary>The constant for <paramref name="text"/>; <paramref name="separate"/>: it holds a lone high
    /// surrogate followed by a lone low one (and no real pair).</summary>
    public static object Make(string text, bool separate) => separate ? new SeparatedStr(text) : text;

    /// <summary>a + b for str constants; null when the result cannot be represented (a real surrogate pair
    /// next to a separate one).</summary>
    public static object? Concat(object a, object b)
    {
        string x = Text(a), y = Text(b);
        bool seam = x.Length > 0 && y.Length > 0 && char.IsHighSurrogate(x[^1]) && char.IsLowSurrogate(y[0]);
        if (!seam && a is string && b is string) return x + y;
        if (a is string && HasPair(x) || b is string && HasPair(y)) return null;
        return new SeparatedStr(x + y);
    }

    /// <summary>True when <paramref name="s"/> (read as a .NET string) holds a surrogate pair.</summary>
    public static bool HasPair(string s)
    {
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) return true;
        return false;
    }
}
