using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>str's split family and strip family (CPython's stringlib/split.h semantics).</summary>
public static partial class StrType
{
    private static void InitSplitMethods(PyType t)
    {
        t.AddMethod("split", (ts, self, args, kw) => SplitMethod(ts, self, args, kw, "split", false));
        t.AddMethod("rsplit", (ts, self, args, kw) => SplitMethod(ts, self, args, kw, "rsplit", true));
        t.AddMethod("splitlines", (ts, self, args, kw) =>
        {
            var a = Args.Parse("splitlines", args, kw, ["keepends"], 0);
            return SplitLines(S(self), a[0] != null && Ops.IsTrue(ts, a[0]!));
        });
        t.AddMethod("partition", (ts, self, args, kw) => { Args.Exact("str.partition", args, kw, 1); return Partition(self, args[0], false); });
        t.AddMethod("rpartition", (ts, self, args, kw) => { Args.Exact("str.rpartition", args, kw, 1); return Partition(self, args[0], true); });
        t.AddMethod("strip", (ts, self, args, kw) => Strip(self, args, kw, "strip", true, true));
        t.AddMethod("lstrip", (ts, self, args, kw) => Strip(self, args, kw, "lstrip", true, false));
        t.AddMethod("rstrip", (ts, self, args, kw) => Strip(self, args, kw, "rstrip", false, true));
    }

    /// <summary>Python's str.isspace for one UTF-16 unit (no whitespace character is outside the BMP).</summary>
    public static bool IsPySpace(char c) => StrUnicode.IsSpace(c);

    private static PyObject SplitMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string fname, bool right)
    {
        PyObject? sepObj = null, maxObj = null;
        if (kw == null && args.Length <= 2)
        {
            if (args.Length > 0) sepObj = args[0];
            if (args.Length > 1) maxObj = args[1];
        }
        else
        {
            var a = Args.Parse(fname, args, kw, ["sep", "maxsplit"], 0);
            sepObj = a[0];
            maxObj = a[1];
        }
        long max = maxObj == null ? -1 : AsSsize(ts, maxObj);
        if (max < 0) max = long.MaxValue;
        var s = S(self);
        if (sepObj == null || sepObj is PyNone)
            return right ? RSplitWhitespace(s, max) : SplitWhitespace(s, max);
        if (sepObj is not PyStr sepStr) throw PyErr.TypeError($"must be str or None, not {sepObj.ObType.Name}");
        var sep = sepStr.Value;
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var whole = (PyStr)self;
        if (ReadsDifferently(whole, sepStr)) max = 0;
        return right ? RSplit(s, sep, max, whole.SeparateSurrogates) : Split(s, sep, max, whole.SeparateSurrogates);
    }

    /// <summary>The initial capacity of a split result: CPython's MAX_PREALLOC, enough for most splits
    /// without regrowing the list.</summary>
    private const int SplitPrealloc = 12;

    public static PyList SplitWhitespace(string s, long max)
    {
        var result = new PyList(SplitPrealloc);
        int i = 0, n = s.Length;
        while (max-- > 0)
        {
            while (i < n && IsPySpace(s[i])) i++;
            if (i == n) break;
            int j = i++;
            while (i < n && !IsPySpace(s[i])) i++;
            result.Append(PyStr.From(s.Substring(j, i - j)));
        }
        if (i < n)
        {
            while (i < n && IsPySpace(s[i])) i++;
            if (i != n) result.Append(PyStr.From(s.Substring(i)));
        }
        return result;
    }

    public static PyList RSplitWhitespace(string s, long max)
    {
        var result = new PyList(SplitPrealloc);
        int i = s.Length - 1;
        while (max-- > 0)
        {
            while (i >= 0 && IsPySpace(s[i])) i--;
            if (i < 0) break;
            int j = i--;
            while (i >= 0 && !IsPySpace(s[i])) i--;
            result.Append(PyStr.From(s.Substring(i + 1, j - i)));
        }
        if (i >= 0)
        {
            while (i >= 0 && IsPySpace(s[i])) i--;
            if (i >= 0) result.Append(PyStr.From(s.Substring(0, i + 1)));
        }
        result.AsSpan().Reverse();
        return result;
    }

    public static PyList Split(string s, string sep, long max, bool separate = false)
    {
        var result = new PyList(SplitPrealloc);
        int i = 0;
        while (max-- > 0)
        {
            int k = IndexOf(s, sep, i, s.Length, separate);
            if (k < 0) break;
            result.Append(PyStr.From(s.Substring(i, k - i)));
            i = k + sep.Length;
        }
        result.Append(i == 0 ? PyStr.From(s) : PyStr.From(s.Substring(i)));
        return result;
    }

    public static PyList RSplit(string s, string sep, long max, bool separate = false)
    {
        var result = new PyList(SplitPrealloc);
        int j = s.Length;
        while (max-- > 0)
        {
            int k = LastIndexOf(s, sep, 0, j, separate);
            if (k < 0) break;
            result.Append(PyStr.From(s.Substring(k + sep.Length, j - k - sep.Length)));
            j = k;
        }
        result.Append(PyStr.From(s.Substring(0, j)));
        result.AsSpan().Reverse();
        return result;
    }

    public static PyList SplitLines(string s, bool keepends)
    {
        var result = new PyList();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && !StrUnicode.IsLineBreak(s[i])) i++;
            int eol = i;
            if (i < n)
            {
                if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            result.Append(j == 0 && eol == n ? PyStr.From(s) : PyStr.From(s.Substring(j, eol - j)));
        }
        return result;
    }

    private static PyObject Partition(PyObject self, PyObject sepObj, bool right)
    {
        if (sepObj is not PyStr sepStr) throw PyErr.TypeError($"must be str, not {sepObj.ObType.Name}");
        var sep = sepStr.Value;
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        var s = S(self);
        var whole = PyType.IsExact(self, BuiltinTypes.Str) ? (PyStr)self : PyStr.From(s);
        bool separate = ((PyStr)self).SeparateSurrogates;
        int k = ReadsDifferently((PyStr)self, sepStr) ? -1 : right ? LastIndexOf(s, sep, 0, s.Length, separate) : IndexOf(s, sep, 0, s.Length, separate);
        if (k < 0)
            return right ? new PyTuple([PyStr.Empty, PyStr.Empty, whole]) : new PyTuple([whole, PyStr.Empty, PyStr.Empty]);
        return new PyTuple([PyStr.From(s.Substring(0, k)), sepStr, PyStr.From(s.Substring(k + sep.Length))]);
    }

    private static PyObject Strip(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string fname, bool left, bool right)
    {
        Args.Range(fname, args, kw, 0, 1);
        var s = S(self);
        int i = 0, j = s.Length;
        if (args.Length == 0 || args[0] is PyNone)
        {
            if (left) while (i < j && IsPySpace(s[i])) i++;
            if (right) while (j > i && IsPySpace(s[j - 1])) j--;
        }
        else
        {
            if (args[0] is not PyStr cs) throw PyErr.TypeError($"{fname} arg must be None or str");
            var chars = cs.Value;
            if (chars.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            {
                // No surrogates in chars: a stripped unit is never half of a pair.
                if (left) while (i < j && chars.Contains(s[i])) i++;
                if (right) while (j > i && chars.Contains(s[j - 1])) j--;
            }
            else
            {
                var set = ((PyStr)args[0]).ToCodePoints();
                bool separate = ((PyStr)self).SeparateSurrogates;
                if (left)
                    while (i < j)
                    {
                        int p = i;
                        if (Array.IndexOf(set, Codecs.NextCodePoint(s, ref p, separate)) < 0) break;
                        i = p;
                    }
                if (right)
                    while (j > i)
                    {
                        int p = j;
                        if (Array.IndexOf(set, separate ? s[--p] : StrUnicode.Prev(s, ref p)) < 0) break;
                        j = p;
                    }
            }
        }
        if (i == 0 && j == s.Length) return PyType.IsExact(self, BuiltinTypes.Str) ? self : PyStr.From(s);
        return PyStr.From(s.Substring(i, j - i));
    }
}
