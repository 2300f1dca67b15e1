using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Sre;

/// <summary>re.Pattern: a compiled regular expression (the code list from re._compiler plus its metadata).</summary>
public sealed class PySrePattern : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Pattern", BuiltinTypes.Object, "re", subclassable: false);

    internal readonly uint[] Code;
    internal readonly int Groups;
    /// <summary>Name -> group number, or null when the pattern has no named groups.</summary>
    internal readonly PyDict? GroupIndex;
    internal readonly PyTuple? IndexGroup;
    internal readonly PyObject Pattern;
    internal readonly int Flags;
    /// <summary>0 for a str pattern, 1 for bytes, -1 when the pattern is None.</summary>
    internal readonly int IsBytes;

    /// <summary>Precomputed membership of the characters below 256 in each set of the code (see <see cref="SreSets"/>).</summary>
    internal readonly SreSets Sets;

    internal PySrePattern(uint[] code, int groups, PyDict? groupIndex, PyTuple? indexGroup, PyObject pattern, int flags, int isBytes,
        List<int> sets)
        : base(TypeObject)
    {
        Sets = new SreSets(code, sets);
        Code = code;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        Pattern = pattern;
        Flags = flags;
        IsBytes = isBytes;
    }

    /// <summary>Py_ssize_t argument conversion as Argument Clinic does it.</summary>
    internal static long Ssize(ThreadState ts, PyObject o)
    {
        var i = Ops.Index(ts, o);
        if (!i.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>Args.Parse with Argument Clinic's message for too many positional arguments.</summary>
    internal static PyObject?[] ParseArgs(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, string[] names, int required)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos > names.Length)
            throw PyErr.TypeError($"{fname}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({npos} given)");
        return Args.Parse(fname, args, kw, names, required);
    }

    // One spare state per pattern, so that match/search in a loop allocate no stacks. Taken with an
    // exchange: a nested use (a sub() callback using the same pattern) simply gets a fresh state.
    private SreState? _spare;

    private SreState Rent(ThreadState ts, PyObject str, long pos, long endpos)
    {
        var st = Interlocked.Exchange(ref _spare, null) ?? new SreState(this);
        try
        {
            st.Init(ts, str, pos, endpos);
        }
        catch
        {
            Return(st);
            throw;
        }
        return st;
    }

    private void Return(SreState st)
    {
        st.Clear();
        Volatile.Write(ref _spare, st);
    }

    private SreState StateFor(ThreadState ts, string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, bool rent = true)
    {
        PyObject str;
        long pos = 0, endpos = long.MaxValue;
        if ((kw == null || kw.Count == 0) && args.Length == 1) str = args[0];
        else
        {
            var p = ParseArgs(fname, args, kw, ["string", "pos", "endpos"], 1);
            str = p[0]!;
            if (p[1] != null) pos = Ssize(ts, p[1]!);
            if (p[2] != null) endpos = Ssize(ts, p[2]!);
        }
        return rent ? Rent(ts, str, pos, endpos) : new SreState(ts, this, str, pos, endpos);
    }

    internal PyObject NewMatch(SreState st) => new PySreMatch(this, st);

    internal PyObject Match(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fname, bool full)
    {
        var st = StateFor(ts, fname, args, kw);
        try
        {
            st.MatchAll = full;
            return st.Match() ? NewMatch(st) : PyNone.Value;
        }
        finally
        {
            Return(st);
        }
    }

    internal PyObject Search(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var st = StateFor(ts, "search", args, kw);
        try
        {
            return st.Search() ? NewMatch(st) : PyNone.Value;
        }
        finally
        {
            Return(st);
        }
    }

    internal PyObject FindAll(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var st = StateFor(ts, "findall", args, kw);
        try
        {
            return FindAll(st);
        }
        finally
        {
            Return(st);
        }
    }

    private PyList FindAll(SreState st)
    {
        var list = new PyList();
        while (st.Start <= st.End)
        {
            st.Reset();
            if (!st.Search()) break;
            PyObject item;
            switch (Groups)
            {
                case 0:
                    item = st.Slice(st.Start, st.Ptr);
                    break;
                case 1:
                    item = st.GroupSlice(1, true);
                    break;
                default:
                    var items = new PyObject[Groups];
                    for (int i = 0; i < Groups; i++) items[i] = st.GroupSlice(i + 1, true);
                    item = new PyTuple(items);
                    break;
            }
            list.Append(item);
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        return list;
    }

    internal PyObject Split(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = ParseArgs("split", args, kw, ["string", "maxsplit"], 1);
        long maxsplit = p[1] == null ? 0 : Ssize(ts, p[1]!);
        var st = Rent(ts, p[0]!, 0, long.MaxValue);
        try
        {
            return Split(st, maxsplit);
        }
        finally
        {
            Return(st);
        }
    }

    private PyList Split(SreState st, long maxsplit)
    {
        var list = new PyList();
        long n = 0;
        int last = st.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            st.Reset();
            if (!st.Search()) break;
            list.Append(st.Slice(last, st.Start));
            for (int i = 0; i < Groups; i++) list.Append(st.GroupSlice(i + 1, false));
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            last = st.Start = st.Ptr;
        }
        list.Append(st.Slice(last, st.EndPos));
        return list;
    }

    private enum FilterKind { Literal, Template, Callable }

    internal PyObject Subx(ThreadState ts, PyObject repl, PyObject str, long count, bool subn)
    {
        PyObject filter;
        FilterKind kind;
        if (Ops.IsCallable(repl))
        {
            filter = repl;
            kind = FilterKind.Callable;
        }
        else
        {
            bool literal;
            if (repl is PyStr rs) literal = !rs.Value.Contains('\\');
            else if (SreModule.GetBytes(repl) is var (data, len)) literal = Array.IndexOf(data, (byte)'\\', 0, len) < 0;
            else literal = false;
            if (literal)
            {
                filter = repl;
                kind = FilterKind.Literal;
            }
            else
            {
                var t = SreModule.CompileTemplate(ts, this, repl);
                if (t.Items.Length == 0)
                {
                    filter = t.Literal;
                    kind = FilterKind.Literal;
                }
                else
                {
                    filter = t;
                    kind = FilterKind.Template;
                }
            }
        }

        var st = Rent(ts, str, 0, long.MaxValue);
        try
        {
            return Subx(ts, st, filter, kind, count, subn);
        }
        finally
        {
            Return(st);
        }
    }

    private PyObject Subx(ThreadState ts, SreState st, PyObject filter, FilterKind kind, long count, bool subn)
    {
        var parts = new List<PyObject>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count)
        {
            st.Reset();
            if (!st.Search()) break;
            int b = st.Start, e = st.Ptr;
            if (i < b) parts.Add(st.Slice(i, b));
            PyObject item;
            if (kind == FilterKind.Literal) item = filter;
            else
            {
                var m = new PySreMatch(this, st);
                item = kind == FilterKind.Template ? ((PySreTemplate)filter).Expand(ts, m) : Ops.Call(ts, filter, m);
            }
            if (item is not PyNone) parts.Add(item);
            i = e;
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        if (i < st.EndPos) parts.Add(st.Slice(i, st.EndPos));

        PyObject result;
        if (parts.Count == 0) result = st.Slice(0, 0);
        else result = st.IsBytes ? SreModule.JoinBytes(parts) : SreModule.JoinStr(parts);
        return subn ? new PyTuple([result, PyInt.From(n)]) : result;
    }

    internal PyObject Repr(ThreadState ts)
    {
        (string Name, int Value)[] names =
        [
            ("re.IGNORECASE", SreConst.FLAG_IGNORECASE), ("re.LOCALE", SreConst.FLAG_LOCALE),
            ("re.MULTILINE", SreConst.FLAG_MULTILINE), ("re.DOTALL", SreConst.FLAG_DOTALL),
            ("re.UNICODE", SreConst.FLAG_UNICODE), ("re.VERBOSE", SreConst.FLAG_VERBOSE),
            ("re.DEBUG", SreConst.FLAG_DEBUG), ("re.ASCII", SreConst.FLAG_ASCII),
        ];
        int flags = Flags;
        // Omit re.UNICODE for valid string patterns.
        if (IsBytes == 0 && (flags & (SreConst.FLAG_LOCALE | SreConst.FLAG_UNICODE | SreConst.FLAG_ASCII)) == SreConst.FLAG_UNICODE)
            flags &= ~SreConst.FLAG_UNICODE;
        var items = new List<string>();
        foreach (var (name, value) in names)
        {
            if ((flags & value) != 0)
            {
                items.Add(name);
                flags &= ~value;
            }
        }
        if (flags != 0) items.Add("0x" + flags.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        string pat = SreModule.Truncate(Ops.ReprString(ts, Pattern), 200);
        return PyStr.From(items.Count > 0 ? $"re.compile({pat}, {string.Join("|", items)})" : $"re.compile({pat})");
    }

    private long PatternHash(ThreadState ts)
    {
        long hash = Ops.Hash(ts, Pattern);
        ulong h2 = 0xcbf29ce484222325UL;
        foreach (uint c in Code) h2 = (h2 ^ c) * 0x100000001b3UL;
        hash ^= (long)h2;
        hash ^= Flags;
        hash ^= IsBytes;
        hash ^= Code.Length;
        return hash == -1 ? -2 : hash;
    }

    private static PyObject RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Value;
        if (a is not PySrePattern left || b is not PySrePattern right) return PyNotImplemented.Value;
        bool eq;
        if (ReferenceEquals(left, right)) eq = true;
        else
        {
            eq = left.Flags == right.Flags && left.IsBytes == right.IsBytes && left.Code.AsSpan().SequenceEqual(right.Code)
                && Ops.RichCompareBool(ts, left.Pattern, right.Pattern, CompareOp.Eq);
        }
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.TpNew = null;
        t.AddMethod("match", (ts, self, a, kw) => ((PySrePattern)self).Match(ts, a, kw, "match", false),
            "Matches zero or more characters at the beginning of the string.");
        t.AddMethod("fullmatch", (ts, self, a, kw) => ((PySrePattern)self).Match(ts, a, kw, "fullmatch", true),
            "Matches against all of the string.");
        t.AddMethod("search", (ts, self, a, kw) => ((PySrePattern)self).Search(ts, a, kw),
            "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.");
        t.AddMethod("sub", (ts, self, a, kw) =>
        {
            var p = ParseArgs("sub", a, kw, ["repl", "string", "count"], 2);
            return ((PySrePattern)self).Subx(ts, p[0]!, p[1]!, p[2] == null ? 0 : Ssize(ts, p[2]!), false);
        }, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.");
        t.AddMethod("subn", (ts, self, a, kw) =>
        {
            var p = ParseArgs("subn", a, kw, ["repl", "string", "count"], 2);
            return ((PySrePattern)self).Subx(ts, p[0]!, p[1]!, p[2] == null ? 0 : Ssize(ts, p[2]!), true);
        }, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.");
        t.AddMethod("findall", (ts, self, a, kw) => ((PySrePattern)self).FindAll(ts, a, kw),
            "Return a list of all non-overlapping matches of pattern in string.");
        t.AddMethod("split", (ts, self, a, kw) => ((PySrePattern)self).Split(ts, a, kw),
            "Split string by the occurrences of pattern.");
        t.AddMethod("finditer", (ts, self, a, kw) =>
        {
            var scanner = new PySreScanner((PySrePattern)self, ((PySrePattern)self).StateFor(ts, "finditer", a, kw, rent: false));
            return new PyCallableIterator(new PyBuiltinFunction("search", (ts2, _, a2, kw2) =>
            {
                Args.Exact("search", a2, kw2, 0);
                return scanner.Next(ts2, search: true);
            }), PyNone.Value);
        }, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.");
        t.AddMethod("scanner", (ts, self, a, kw) => new PySreScanner((PySrePattern)self, ((PySrePattern)self).StateFor(ts, "scanner", a, kw, rent: false)));
        t.AddMethod("__copy__", (ts, self, a, kw) => { Args.Exact("__copy__", a, kw, 0); return self; });
        t.AddMethod("__deepcopy__", (ts, self, a, kw) => { Args.Exact("__deepcopy__", a, kw, 1); return self; });
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem, "See PEP 585");
        t.AddGetSet("groupindex", (ts, o) => ((PySrePattern)o).GroupIndex is { } gi ? new PyMappingProxy(gi) : new PyDict(),
            doc: "A dictionary mapping group names to group numbers.");
        t.AddMember("pattern", (ts, o) => ((PySrePattern)o).Pattern, "The pattern string from which the RE object was compiled.");
        t.AddMember("flags", (ts, o) => PyInt.From(((PySrePattern)o).Flags), "The regex matching flags.");
        t.AddMember("groups", (ts, o) => PyInt.From(((PySrePattern)o).Groups), "The number of capturing groups in the pattern.");
        t.AddAttr("__doc__", PyStr.From("Compiled regular expression object."));
        t.TpRepr = (ts, o) => ((PySrePattern)o).Repr(ts);
        t.TpHash = (ts, o) => ((PySrePattern)o).PatternHash(ts);
        t.TpRichCompare = RichCompare;
    }
}
