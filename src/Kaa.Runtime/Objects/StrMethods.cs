using System.Text;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>The most used str methods; the rest of str's API lives in further StrMethods.*.cs files.</summary>
public static partial class StrType
{
    private static string S(PyObject o) => ((PyStr)o).Value;

    private static string ArgStr(PyObject o, string fname)
        => o is PyStr s ? s.Value : throw PyErr.TypeError($"{fname} arg must be None or str");

    private static void InitMethods(PyType t)
    {
        t.AddMethod("join", (ts, self, args, kw) =>
        {
            Args.Exact("join", args, kw, 1);
            var sep = S(self);
            var items = Ops.ToArray(ts, args[0]);
            var sb = new StringBuilder();
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is not PyStr s)
                    throw PyErr.TypeError($"sequence item {i}: expected str instance, {items[i].ObType.Name} found");
                if (i > 0) sb.Append(sep);
                sb.Append(s.Value);
            }
            return PyStr.From(sb.ToString());
        });
        t.AddMethod("upper", (ts, self, args, kw) => PyStr.From(S(self).ToUpperInvariant()));
        t.AddMethod("lower", (ts, self, args, kw) => PyStr.From(S(self).ToLowerInvariant()));
        t.AddMethod("strip", (ts, self, args, kw) => PyStr.From(args.Length > 0 && args[0] is not PyNone ? S(self).Trim(ArgStr(args[0], "strip").ToCharArray()) : S(self).Trim()));
        t.AddMethod("lstrip", (ts, self, args, kw) => PyStr.From(args.Length > 0 && args[0] is not PyNone ? S(self).TrimStart(ArgStr(args[0], "lstrip").ToCharArray()) : S(self).TrimStart()));
        t.AddMethod("rstrip", (ts, self, args, kw) => PyStr.From(args.Length > 0 && args[0] is not PyNone ? S(self).TrimEnd(ArgStr(args[0], "rstrip").ToCharArray()) : S(self).TrimEnd()));
        t.AddMethod("startswith", (ts, self, args, kw) => PyBool.From(Affix(ts, S(self), args, true)));
        t.AddMethod("endswith", (ts, self, args, kw) => PyBool.From(Affix(ts, S(self), args, false)));
        t.AddMethod("replace", (ts, self, args, kw) =>
        {
            var a = Args.Parse("replace", args, kw, ["old", "new", "count"], 2, posOnly: 2);
            var s = S(self);
            var old = ArgStr(a[0]!, "replace");
            var nw = ArgStr(a[1]!, "replace");
            long count = a[2] == null ? -1 : Ops.IndexAsLong(ts, a[2]!);
            if (count < 0) return PyStr.From(old.Length == 0 ? InsertBetween(s, nw, long.MaxValue) : s.Replace(old, nw, StringComparison.Ordinal));
            if (old.Length == 0) return PyStr.From(InsertBetween(s, nw, count));
            var sb = new StringBuilder();
            int pos = 0;
            while (count-- > 0)
            {
                int i = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (i < 0) break;
                sb.Append(s, pos, i - pos).Append(nw);
                pos = i + old.Length;
            }
            sb.Append(s, pos, s.Length - pos);
            return PyStr.From(sb.ToString());
        });
        t.AddMethod("split", (ts, self, args, kw) =>
        {
            var a = Args.Parse("split", args, kw, ["sep", "maxsplit"], 0);
            long max = a[1] == null ? -1 : Ops.IndexAsLong(ts, a[1]!);
            var s = S(self);
            var result = new PyList();
            if (a[0] == null || a[0] is PyNone)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && IsPySpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (max == 0)
                    {
                        result.Append(PyStr.From(s[i..].TrimEnd()));
                        break;
                    }
                    int j = i;
                    while (j < s.Length && !IsPySpace(s[j])) j++;
                    result.Append(PyStr.From(s[i..j]));
                    if (max > 0) max--;
                    i = j;
                }
                return result;
            }
            var sep = ArgStr(a[0]!, "split");
            if (sep.Length == 0) throw PyErr.ValueError("empty separator");
            int pos = 0;
            while (max != 0)
            {
                int k = s.IndexOf(sep, pos, StringComparison.Ordinal);
                if (k < 0) break;
                result.Append(PyStr.From(s[pos..k]));
                pos = k + sep.Length;
                if (max > 0) max--;
            }
            result.Append(PyStr.From(s[pos..]));
            return result;
        });
        t.AddMethod("find", (ts, self, args, kw) => PyInt.From(Find(ts, S(self), args, "find")));
        t.AddMethod("index", (ts, self, args, kw) =>
        {
            var r = Find(ts, S(self), args, "index");
            if (r < 0) throw PyErr.ValueError("substring not found");
            return PyInt.From(r);
        });
        t.AddMethod("count", (ts, self, args, kw) =>
        {
            if (args.Length < 1) throw PyErr.TypeError("count() takes at least 1 argument (0 given)");
            var s = S(self);
            var sub = ArgStr(args[0], "count");
            if (sub.Length == 0) return PyInt.From(s.Length + 1);
            int n = 0, p = 0;
            while ((p = s.IndexOf(sub, p, StringComparison.Ordinal)) >= 0) { n++; p += sub.Length; }
            return PyInt.From(n);
        });
        t.AddMethod("isdigit", (ts, self, args, kw) => PyBool.From(S(self).Length > 0 && S(self).All(char.IsDigit)));
        t.AddMethod("isalpha", (ts, self, args, kw) => PyBool.From(S(self).Length > 0 && S(self).All(char.IsLetter)));
        t.AddMethod("isspace", (ts, self, args, kw) => PyBool.From(S(self).Length > 0 && S(self).All(IsPySpace)));
        t.AddMethod("encode", (ts, self, args, kw) =>
        {
            var a = Args.Parse("encode", args, kw, ["encoding", "errors"], 0);
            return new PyBytes(Codecs.Encode(ts, S(self), a[0] is PyStr e ? e.Value : "utf-8", a[1] is PyStr er ? er.Value : "strict"));
        });
        t.AddMethod("__format__", (ts, self, args, kw) =>
        {
            Args.Exact("__format__", args, kw, 1);
            return PyStr.From(StringFormat.FormatStr(ts, S(self), S(args[0])));
        });
        t.AddMethod("format", (ts, self, args, kw) => PyStr.From(StringFormat.Format(ts, S(self), args, kw)));
        t.AddMethod("__getnewargs__", (ts, self, args, kw) => new PyTuple([PyStr.From(S(self))]));
    }

    private static string InsertBetween(string s, string ins, long count)
    {
        var sb = new StringBuilder();
        long n = 0;
        if (count > 0) { sb.Append(ins); n++; }
        foreach (var c in s)
        {
            sb.Append(c);
            if (n < count) { sb.Append(ins); n++; }
        }
        return sb.ToString();
    }

    public static bool IsPySpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' || (c > 127 && char.IsWhiteSpace(c));

    private static bool Affix(ThreadState ts, string s, ReadOnlySpan<PyObject> args, bool prefix)
    {
        string fname = prefix ? "startswith" : "endswith";
        if (args.Length < 1) throw PyErr.TypeError($"{fname}() takes at least 1 argument (0 given)");
        var (start, end) = SliceArgs(ts, s.Length, args[1..]);
        if (start > s.Length) return false;
        var sub = s.Substring((int)start, (int)Math.Max(0, end - start));
        if (args[0] is PyTuple tup)
        {
            foreach (var x in tup.Items)
            {
                if (x is not PyStr xs) throw PyErr.TypeError($"tuple for {fname} must only contain str, not {x.ObType.Name}");
                if (prefix ? sub.StartsWith(xs.Value, StringComparison.Ordinal) : sub.EndsWith(xs.Value, StringComparison.Ordinal)) return true;
            }
            return false;
        }
        if (args[0] is not PyStr a)
            throw PyErr.TypeError($"{fname} first arg must be str or a tuple of str, not {args[0].ObType.Name}");
        return prefix ? sub.StartsWith(a.Value, StringComparison.Ordinal) : sub.EndsWith(a.Value, StringComparison.Ordinal);
    }

    private static (long start, long end) SliceArgs(ThreadState ts, int len, ReadOnlySpan<PyObject> args)
    {
        long start = args.Length > 0 && args[0] is not PyNone ? Ops.IndexClamped(ts, args[0]) : 0;
        long end = args.Length > 1 && args[1] is not PyNone ? Ops.IndexClamped(ts, args[1]) : len;
        if (start < 0) start = Math.Max(0, start + len);
        if (end < 0) end = Math.Max(0, end + len);
        end = Math.Min(end, len);
        return (start, end);
    }

    private static long Find(ThreadState ts, string s, ReadOnlySpan<PyObject> args, string fname)
    {
        if (args.Length < 1) throw PyErr.TypeError($"{fname}() takes at least 1 argument (0 given)");
        var sub = args[0] is PyStr ps ? ps.Value : throw PyErr.TypeError($"must be str, not {args[0].ObType.Name}");
        var (start, end) = SliceArgs(ts, s.Length, args[1..]);
        if (start > end || start > s.Length) return -1;
        int i = s.IndexOf(sub, (int)start, (int)(end - start), StringComparison.Ordinal);
        return i;
    }
}
