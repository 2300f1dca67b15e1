using System.Collections.Frozen;

namespace Kaa.Compiler.Parsing;

/// <summary>Token kinds. Operators and keywords get their own kind so the parser compares bytes, not strings.
/// Soft keywords (match, case, type, _) stay <see cref="Name"/>: they are keywords only in context.</summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, FStringStart, FStringMiddle, FStringEnd, Newline, Indent, Dedent,
    /// <summary>A character that starts no token (`$`, `?`, a backtick): the parser reports "invalid syntax" there.</summary>
    ErrorToken,

    // operators and delimiters
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
    Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
    LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual,
    VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash,
    DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation,

    // hard keywords
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else, Except,
    Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try,
    While, With, Yield,
}

/// <summary>One token. Positions: Line/EndLine 1-based, Col/EndCol 0-based UTF-16 offsets in the line;
/// Start/End are absolute offsets in the (newline-normalized) source.</summary>
public struct Token
{
    public TokenKind Kind;
    public int Start, End;
    public int Line, Col, EndLine, EndCol;
    /// <summary>Name: the identifier (NFKC-normalized); Number/String: the literal's source text;
    /// FStringStart: prefix and opening quote; FStringMiddle: the literal text with "{{"/"}}" collapsed but
    /// backslash escapes not yet decoded; operators/keywords: null (see <see cref="TokenText"/>).</summary>
    public string? Text;

    public override readonly string ToString() => $"{Kind} {Text} {Line}:{Col}-{EndLine}:{EndCol}";
}

internal static class TokenText
{
    public static bool IsKeyword(TokenKind k) => k >= TokenKind.False;

    public static string Of(TokenKind k) => k switch
    {
        TokenKind.LPar => "(", TokenKind.RPar => ")", TokenKind.LSqb => "[", TokenKind.RSqb => "]",
        TokenKind.LBrace => "{", TokenKind.RBrace => "}", TokenKind.Colon => ":", TokenKind.Comma => ",",
        TokenKind.Semi => ";", TokenKind.Plus => "+", TokenKind.Minus => "-", TokenKind.Star => "*",
        TokenKind.Slash => "/", TokenKind.VBar => "|", TokenKind.Amper => "&", TokenKind.Less => "<",
        TokenKind.Greater => ">", TokenKind.Equal => "=", TokenKind.Dot => ".", TokenKind.Percent => "%",
        TokenKind.EqEqual => "==", TokenKind.NotEqual => "!=", TokenKind.LessEqual => "<=",
        TokenKind.GreaterEqual => ">=", TokenKind.Tilde => "~", TokenKind.Circumflex => "^",
        TokenKind.LeftShift => "<<", TokenKind.RightShift => ">>", TokenKind.DoubleStar => "**",
        TokenKind.PlusEqual => "+=", TokenKind.MinEqual => "-=", TokenKind.StarEqual => "*=",
        TokenKind.SlashEqual => "/=", TokenKind.PercentEqual => "%=", TokenKind.AmperEqual => "&=",
        TokenKind.VBarEqual => "|=", TokenKind.CircumflexEqual => "^=", TokenKind.LeftShiftEqual => "<<=",
        TokenKind.RightShiftEqual => ">>=", TokenKind.DoubleStarEqual => "**=", TokenKind.DoubleSlash => "//",
        TokenKind.DoubleSlashEqual => "//=", TokenKind.At => "@", TokenKind.AtEqual => "@=",
        TokenKind.RArrow => "->", TokenKind.Ellipsis => "...", TokenKind.ColonEqual => ":=",
        TokenKind.Exclamation => "!",
        _ when IsKeyword(k) => KeywordNames[k - TokenKind.False],
        _ => k.ToString(),
    };

    static readonly System.Collections.Immutable.ImmutableArray<string> KeywordNames =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    /// <summary>The keyword token for a name, if it is one (in <see cref="KeywordNames"/> order). A switch,
    /// which the C# compiler turns into a string-hash jump: a dictionary built at start-up costs more
    /// (its generic code over TokenKind is JIT-compiled, it cannot be precompiled) than the whole lookup.</summary>
    public static bool TryGetKeyword(string name, out TokenKind kind)
    {
        int index = name switch
        {
            "False" => 0, "None" => 1, "True" => 2, "and" => 3, "as" => 4, "assert" => 5, "async" => 6, "await" => 7,
            "break" => 8, "class" => 9, "continue" => 10, "def" => 11, "del" => 12, "elif" => 13, "else" => 14,
            "except" => 15, "finally" => 16, "for" => 17, "from" => 18, "global" => 19, "if" => 20, "import" => 21,
            "in" => 22, "is" => 23, "lambda" => 24, "nonlocal" => 25, "not" => 26, "or" => 27, "pass" => 28,
            "raise" => 29, "return" => 30, "try" => 31, "while" => 32, "with" => 33, "yield" => 34, _ => -1,
        };
        kind = index < 0 ? TokenKind.Name : (TokenKind)((int)TokenKind.False + index);
        return index >= 0;
    }
}
