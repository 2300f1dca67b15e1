using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>str's case conversions and character-class predicates (CPython's unicodeobject.c semantics).</summary>
public static partial class StrType
{
    private static void InitCaseMethods(PyType t)
    {
        t.AddMethod("upper", (ts, self, args, kw) => { Args.Exact("str.upper", args, kw, 0); return Result(self, Upper(S(self))); });
        t.AddMethod("lower", (ts, self, args, kw) => { Args.Exact("str.lower", args, kw, 0); return Result(self, Lower(S(self))); });
        t.AddMethod("casefold", (ts, self, args, kw) => { Args.Exact("str.casefold", args, kw, 0); return Result(self, CaseFold(S(self))); });
        t.AddMethod("swapcase", (ts, self, args, kw) => { Args.Exact("str.swapcase", args, kw, 0); return PyStr.From(SwapCase(S(self))); });
        t.AddMethod("title", (ts, self, args, kw) => { Args.Exact("str.title", args, kw, 0); return PyStr.From(Title(S(self))); });
        t.AddMethod("capitalize", (ts, self, args, kw) => { Args.Exact("str.capitalize", args, kw, 0); return PyStr.From(Capitalize(S(self))); });

        t.AddMethod("isascii", (ts, self, args, kw) => { Args.Exact("str.isascii", args, kw, 0); return PyBool.From(System.Text.Ascii.IsValid(S(self))); });
        t.AddMethod("isalpha", (ts, self, args, kw) => { Args.Exact("str.isalpha", args, kw, 0); return PyBool.From(AllCodePoints(self, StrUnicode.IsAlpha)); });
        t.AddMethod("isalnum", (ts, self, args, kw) => { Args.Exact("str.isalnum", args, kw, 0); return PyBool.From(AllCodePoints(self, StrUnicode.IsAlnum)); });
        t.AddMethod("isdecimal", (ts, self, args, kw) => { Args.Exact("str.isdecimal", args, kw, 0); return PyBool.From(AllCodePoints(self, StrUnicode.IsDecimal)); });
        t.AddMethod("isdigit", (ts, self, args, kw) => { Args.Exact("str.isdigit", args, kw, 0); return PyBool.From(AllCodePoints(self, StrUnicode.IsDigit)); });
        t.AddMethod("isnumeric", (ts, self, args, kw) => { Args.Exact("str.isnumeric", args, kw, 0); return PyBool.From(AllCodePoints(self, StrUnicode.IsNumeric)); });
        t.AddMethod("isspace", (ts, self, args, kw) => { Args.Exact("str.isspace", args, kw, 0); return PyBool.From(AllCodePoints(self, StrUnicode.IsSpace)); });
        t.AddMethod("isprintable", (ts, self, args, kw) =>
        {
            Args.Exact("str.isprintable", args, kw, 0);
            var s = S(self);
            return PyBool.From(s.Length == 0 || AllCodePoints(self, StrUnicode.IsPrintable));
        });
        t.AddMethod("isidentifier", (ts, self, args, kw) => { Args.Exact("str.isidentifier", args, kw, 0); return PyBool.From(!((PyStr)self).SeparateSurrogates && IsIdentifier(S(self))); });
        t.AddMethod("islower", (ts, self, args, kw) => { Args.Exact("str.islower", args, kw, 0); return PyBool.From(IsLowerStr(S(self))); });
        t.AddMethod("isupper", (ts, self, args, kw) => { Args.Exact("str.isupper", args, kw, 0); return PyBool.From(IsUpperStr(S(self))); });
        t.AddMethod("istitle", (ts, self, args, kw) => { Args.Exact("str.istitle", args, kw, 0); return PyBool.From(IsTitleStr(S(self))); });
    }

    /// <summary>Returns <paramref name="self"/> itself when a method leaves an exact str unchanged (CPython returns a new object for
    /// some, but identity is not observable as a guarantee), else a new str.</summary>
    private static PyStr Result(PyObject self, string r)
        => ReferenceEquals(r, ((PyStr)self).Value) && PyType.IsExact(self, BuiltinTypes.Str) ? (PyStr)self : PyStr.From(r);

    /// <summary>True when <paramref name="pred"/> holds for every code point of a non-empty str. A str with
    /// separate surrogates holds lone surrogates, for which no predicate here holds.</summary>
    private static bool AllCodePoints(PyObject self, Func<int, bool> pred)
        => !((PyStr)self).SeparateSurrogates && All(S(self), pred);

    private static bool All(string s, Func<int, bool> pred)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length;)
            if (!pred(StrUnicode.Next(s, ref i))) return false;
        return true;
    }

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        int i = 0;
        if (!StrUnicode.IsXidStart(StrUnicode.Next(s, ref i))) return false;
        while (i < s.Length)
            if (!StrUnicode.IsXidContinue(StrUnicode.Next(s, ref i))) return false;
        return true;
    }

    private static bool IsLowerStr(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = StrUnicode.Next(s, ref i);
            if (StrUnicode.IsUpper(c) || StrUnicode.IsTitle(c)) return false;
            if (!cased && StrUnicode.IsLower(c)) cased = true;
        }
        return cased;
    }

    private static bool IsUpperStr(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = StrUnicode.Next(s, ref i);
            if (StrUnicode.IsLower(c) || StrUnicode.IsTitle(c)) return false;
            if (!cased && StrUnicode.IsUpper(c)) cased = true;
        }
        return cased;
    }

    private static bool IsTitleStr(string s)
    {
        bool cased = false, prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = StrUnicode.Next(s, ref i);
            if (StrUnicode.IsUpper(c) || StrUnicode.IsTitle(c))
            {
                if (prevCased) return false;
                prevCased = cased = true;
            }
            else if (StrUnicode.IsLower(c))
            {
                if (!prevCased) return false;
                prevCased = cased = true;
            }
            else prevCased = false;
        }
        return cased;
    }

    public static string Upper(string s)
    {
        // Vectorised scans: k is the first character that may change (a lower-case ASCII letter or any
        // non-ASCII character); an all-ASCII string is converted in one pass.
        var span = s.AsSpan();
        int nonAscii = span.IndexOfAnyExceptInRange('\0', '\u007f');
        int ascii = nonAscii < 0 ? s.Length : nonAscii;
        int k = span[..ascii].IndexOfAnyInRange('a', 'z');
        if (k < 0) k = ascii;
        if (k == s.Length) return s;
        if (nonAscii < 0)
            return string.Create(s.Length, s, static (span, src) => System.Text.Ascii.ToUpper(src, span, out _));
        var sb = new StringBuilder(s.Length + 8);
        sb.Append(s, 0, k);
        for (int i = k; i < s.Length;) StrUnicode.AppendUpper(sb, StrUnicode.Next(s, ref i));
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        // As Upper: vectorised scans for the first character that may change.
        var span = s.AsSpan();
        int nonAscii = span.IndexOfAnyExceptInRange('\0', '\u007f');
        int ascii = nonAscii < 0 ? s.Length : nonAscii;
        int k = span[..ascii].IndexOfAnyInRange('A', 'Z');
        if (k < 0) k = ascii;
        if (k == s.Length) return s;
        if (nonAscii < 0)
            return string.Create(s.Length, s, static (span, src) => System.Text.Ascii.ToLower(src, span, out _));
        var sb = new StringBuilder(s.Length + 8);
        sb.Append(s, 0, k);
        for (int i = k; i < s.Length;)
        {
            int start = i;
            AppendLowerAt(sb, s, start, StrUnicode.Next(s, ref i));
        }
        return sb.ToString();
    }

    /// <summary>CPython's lower_ucs4: the full lower mapping, with final-sigma handling for U+03A3.</summary>
    private static void AppendLowerAt(StringBuilder sb, string s, int index, int c)
    {
        if (c == 0x3A3) sb.Append(StrUnicode.LowerSigma(s, index));
        else StrUnicode.AppendLower(sb, c);
    }

    public static string CaseFold(string s)
    {
        if (System.Text.Ascii.IsValid(s)) return Lower(s);
        var sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length;) StrUnicode.AppendFold(sb, StrUnicode.Next(s, ref i));
        return sb.ToString();
    }

    public static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length;)
        {
            int start = i;
            int c = StrUnicode.Next(s, ref i);
            if (StrUnicode.IsUpper(c)) AppendLowerAt(sb, s, start, c);
            else if (StrUnicode.IsLower(c)) StrUnicode.AppendUpper(sb, c);
            else if (c < 0x10000) sb.Append((char)c);
            else sb.Append(s, start, 2);
        }
        return sb.ToString();
    }

    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        bool prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int start = i;
            int c = StrUnicode.Next(s, ref i);
            if (prevCased) AppendLowerAt(sb, s, start, c);
            else StrUnicode.AppendTitle(sb, c);
            prevCased = StrUnicode.IsCased(c);
        }
        return sb.ToString();
    }

    public static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length + 8);
        int i = 0;
        StrUnicode.AppendTitle(sb, StrUnicode.Next(s, ref i));
        while (i < s.Length)
        {
            int start = i;
            AppendLowerAt(sb, s, start, StrUnicode.Next(s, ref i));
        }
        return sb.ToString();
    }
}
