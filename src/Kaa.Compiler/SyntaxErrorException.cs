namespace Kaa.Compiler;

/// <summary>
/// A compile-time error. The runtime turns it into Python's SyntaxError (or the subclass named by
/// <see cref="Kind"/>) with CPython's attributes: msg, filename, lineno, offset, text, end_lineno, end_offset.
/// Offsets are 1-based columns, as in CPython's SyntaxError.
/// </summary>
public sealed class SyntaxErrorException(string kind, string msg, string filename, int lineno, int offset,
    string? text, int endLineno = 0, int endOffset = 0) : Exception(msg)
{
    /// <summary>"SyntaxError", "IndentationError", "TabError" or "_IncompleteInputError".</summary>
    public string Kind { get; } = kind;
    public string Msg { get; } = msg;
    public string Filename { get; } = filename;
    public int Lineno { get; } = lineno;
    public int Offset { get; } = offset;
    public string? Text { get; } = text;
    public int EndLineno { get; } = endLineno;
    public int EndOffset { get; } = endOffset;
}

/// <summary>A SyntaxWarning found while parsing (an invalid escape sequence in a literal): the runtime issues
/// it through the warnings module, or raises it as a SyntaxError there when the filters say "error".
/// Offsets are 1-based, like <see cref="SyntaxErrorException"/>'s.
/// <see cref="ErrorMessage"/>: the SyntaxError's text when it is not the warning's.</summary>
public readonly record struct CompileWarning(string Message, int Lineno, int Offset, string? Text, int EndLineno, int EndOffset, string? ErrorMessage = null);
