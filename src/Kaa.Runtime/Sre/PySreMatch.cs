using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Sre;

/// <summary>re.Match: the result of a successful match; group spans are code-point (or byte) indexes, -1 if unset.</summary>
public sealed class PySreMatch : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Match", BuiltinTypes.Object, "re", subclassable: false);

    internal readonly PySrePattern Pattern;
    internal readonly PyObject String;
    /// <summary>Start/end pairs, group 0 first.</summary>
    internal readonly int[] Marks;
    /// <summary>Number of groups including group 0.</summary>
    internal readonly int GroupCount;
    internal readonly int Pos;
    internal readonly int EndPos;
    internal readonly int LastIndex;
    private readonly SreInputKind _kind;
    private readonly string? _str;
    private readonly int[]? _cps;
    private readonly byte[]? _bytes;
    private readonly int _length;
    private PyObject? _regs;

    internal PySreMatch(PySrePattern pattern, SreState st) : base(TypeObject)
    {
        Pattern = pattern;
        String = st.String;
        GroupCount = pattern.Groups + 1;
        var marks = new int[2 * GroupCount];
        marks[0] = st.Start;
        marks[1] = st.Ptr;
        for (int i = 0, j = 0; i < pattern.Groups; i++, j += 2)
        {
            if (j + 1 <= st.LastMark && st.Marks[j] >= 0 && st.Marks[j + 1] >= 0)
            {
                marks[j + 2] = st.Marks[j];
                marks[j + 3] = st.Marks[j + 1];
                if (marks[j + 2] > marks[j + 3])
                    throw PyErr.SystemError("The span of capturing group is wrong, please report a bug for the re module.");
            }
            else marks[j + 2] = marks[j + 3] = -1;
        }
        Marks = marks;
        Pos = st.Pos;
        EndPos = st.EndPos;
        LastIndex = st.LastIndex;
        _kind = st.Kind;
        _str = st.Str;
        _cps = st.CodePoints;
        _bytes = st.Bytes;
        _length = st.Length;
    }

    internal PyObject GetSliceByIndex(int index, PyObject def)
    {
        index *= 2;
        if (String is PyNone || Marks[index] < 0) return def;
        int i = Math.Min(Marks[index], _length), j = Math.Min(Marks[index + 1], _length);
        return SreModule.Slice(String, _kind, _str, _cps, _bytes, _length, i, j);
    }

    /// <summary>match_getindex: a group number or name to an index, IndexError("no such group") otherwise.</summary>
    internal int GetIndex(ThreadState ts, PyObject? index)
    {
        if (index == null) return 0;
        long i = -1;
        if (Ops.HasIndex(index)) i = Ops.IndexClamped(ts, index);
        else if (Pattern.GroupIndex != null && Pattern.GroupIndex.GetItem(ts, index) is PyInt v)
            i = v.IsSmall ? v.Small : -1;
        if (i < 0 || i >= GroupCount) throw PyErr.IndexError("no such group");
        return (int)i;
    }

    internal PyObject GetSlice(ThreadState ts, PyObject? index, PyObject def) => GetSliceByIndex(GetIndex(ts, index), def);

    private PyObject Regs()
    {
        if (_regs != null) return _regs;
        var items = new PyObject[GroupCount];
        for (int i = 0; i < GroupCount; i++) items[i] = Pair(Marks[2 * i], Marks[2 * i + 1]);
        return _regs = new PyTuple(items);
    }

    private static PyTuple Pair(int a, int b) => new([PyInt.From(a), PyInt.From(b)]);

    private PyObject Repr(ThreadState ts)
    {
        var group0 = GetSliceByIndex(0, PyNone.Value);
        string r = SreModule.Truncate(Ops.ReprString(ts, group0), 50);
        return PyStr.From($"<re.Match object; span=({Marks[0]}, {Marks[1]}), match={r}>");
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.TpNew = null;
        t.AddMethod("group", (ts, self, a, kw) =>
        {
            Args.NoKeywords("group", kw);
            var m = (PySreMatch)self;
            switch (a.Length)
            {
                case 0: return m.GetSliceByIndex(0, PyNone.Value);
                case 1: return m.GetSlice(ts, a[0], PyNone.Value);
                default:
                    var items = new PyObject[a.Length];
                    for (int i = 0; i < a.Length; i++) items[i] = m.GetSlice(ts, a[i], PyNone.Value);
                    return new PyTuple(items);
            }
        }, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.");
        t.AddMethod("start", (ts, self, a, kw) =>
        {
            Args.Range("start", a, kw, 0, 1);
            var m = (PySreMatch)self;
            return PyInt.From(m.Marks[m.GetIndex(ts, a.Length > 0 ? a[0] : null) * 2]);
        }, "Return index of the start of the substring matched by group.");
        t.AddMethod("end", (ts, self, a, kw) =>
        {
            Args.Range("end", a, kw, 0, 1);
            var m = (PySreMatch)self;
            return PyInt.From(m.Marks[m.GetIndex(ts, a.Length > 0 ? a[0] : null) * 2 + 1]);
        }, "Return index of the end of the substring matched by group.");
        t.AddMethod("span", (ts, self, a, kw) =>
        {
            Args.Range("span", a, kw, 0, 1);
            var m = (PySreMatch)self;
            int i = m.GetIndex(ts, a.Length > 0 ? a[0] : null);
            return Pair(m.Marks[2 * i], m.Marks[2 * i + 1]);
        }, "For match object m, return the 2-tuple (m.start(group), m.end(group)).");
        t.AddMethod("groups", (ts, self, a, kw) =>
        {
            var p = PySrePattern.ParseArgs("groups", a, kw, ["default"], 0);
            var def = p[0] ?? PyNone.Value;
            var m = (PySreMatch)self;
            var items = new PyObject[m.GroupCount - 1];
            for (int i = 1; i < m.GroupCount; i++) items[i - 1] = m.GetSliceByIndex(i, def);
            return PyTuple.Create(items);
        }, "Return a tuple containing all the subgroups of the match, from 1.");
        t.AddMethod("groupdict", (ts, self, a, kw) =>
        {
            var p = PySrePattern.ParseArgs("groupdict", a, kw, ["default"], 0);
            var def = p[0] ?? PyNone.Value;
            var m = (PySreMatch)self;
            var result = new PyDict();
            if (m.Pattern.GroupIndex == null) return result;
            foreach (var (key, _) in m.Pattern.GroupIndex.EnumerateItems().ToArray())
                result.SetItem(ts, key, m.GetSlice(ts, key, def));
            return result;
        }, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.");
        t.AddMethod("expand", (ts, self, a, kw) =>
        {
            var p = PySrePattern.ParseArgs("expand", a, kw, ["template"], 1);
            var m = (PySreMatch)self;
            return SreModule.CompileTemplate(ts, m.Pattern, p[0]!).Expand(ts, m);
        }, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.");
        t.AddMethod("__copy__", (ts, self, a, kw) => { Args.Exact("__copy__", a, kw, 0); return self; });
        t.AddMethod("__deepcopy__", (ts, self, a, kw) => { Args.Exact("__deepcopy__", a, kw, 1); return self; });
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem, "See PEP 585");
        t.AddGetSet("lastindex", (ts, o) => ((PySreMatch)o).LastIndex >= 0 ? PyInt.From(((PySreMatch)o).LastIndex) : PyNone.Value,
            doc: "The integer index of the last matched capturing group.");
        t.AddGetSet("lastgroup", (ts, o) =>
        {
            var m = (PySreMatch)o;
            var ig = m.Pattern.IndexGroup;
            return ig != null && m.LastIndex >= 0 && m.LastIndex < ig.Count ? ig[m.LastIndex] : PyNone.Value;
        }, doc: "The name of the last matched capturing group.");
        t.AddGetSet("regs", (ts, o) => ((PySreMatch)o).Regs());
        t.AddMember("string", (ts, o) => ((PySreMatch)o).String, "The string passed to match() or search().");
        t.AddMember("re", (ts, o) => ((PySreMatch)o).Pattern, "The regular expression object.");
        t.AddMember("pos", (ts, o) => PyInt.From(((PySreMatch)o).Pos),
            "The index into the string at which the RE engine started looking for a match.");
        t.AddMember("endpos", (ts, o) => PyInt.From(((PySreMatch)o).EndPos),
            "The index into the string beyond which the RE engine will not go.");
        t.AddAttr("__doc__", PyStr.From("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."));
        t.TpRepr = (ts, o) => ((PySreMatch)o).Repr(ts);
        t.MpSubscript = (ts, o, k) => ((PySreMatch)o).GetSlice(ts, k, PyNone.Value);
    }
}
