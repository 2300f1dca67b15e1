using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Sre;

/// <summary>_sre.SRE_Scanner: successive matches over one subject (Pattern.scanner, finditer).</summary>
public sealed class PySreScanner : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("SRE_Scanner", BuiltinTypes.Object, "_sre", subclassable: false);

    internal readonly PySrePattern Pattern;
    private readonly SreState _state;
    private bool _executing;
    private bool _exhausted;

    internal PySreScanner(PySrePattern pattern, SreState state) : base(TypeObject)
    {
        Pattern = pattern;
        _state = state;
    }

    internal PyObject Next(ThreadState ts, bool search)
    {
        if (_executing) throw PyErr.ValueError("regular expression scanner already executing");
        _executing = true;
        try
        {
            if (_exhausted) return PyNone.Value;
            var st = _state;
            st.Reset();
            bool found = search ? st.Search() : st.Match();
            if (!found)
            {
                _exhausted = true;
                return PyNone.Value;
            }
            var m = new PySreMatch(Pattern, st);
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
            return m;
        }
        finally
        {
            _executing = false;
        }
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.TpNew = null;
        t.AddMethod("match", (ts, self, a, kw) => { Args.Exact("match", a, kw, 0); return ((PySreScanner)self).Next(ts, false); });
        t.AddMethod("search", (ts, self, a, kw) => { Args.Exact("search", a, kw, 0); return ((PySreScanner)self).Next(ts, true); });
        t.AddGetSet("pattern", (ts, o) => ((PySreScanner)o).Pattern);
    }
}

/// <summary>_sre.SRE_Template: a compiled replacement template, literal chunks interleaved with group numbers.</summary>
public sealed class PySreTemplate : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("SRE_Template", BuiltinTypes.Object, "_sre", subclassable: false);

    internal readonly PyObject Literal;
    internal readonly (int Index, PyObject? Literal)[] Items;

    internal PySreTemplate(PyObject literal, (int, PyObject?)[] items) : base(TypeObject)
    {
        Literal = literal;
        Items = items;
    }

    /// <summary>_sre.template(pattern, template): [literal0, group1, literal1, ..., groupN, literalN].</summary>
    internal static PySreTemplate Create(ThreadState ts, PyList template)
    {
        int n = template.Count;
        if ((n & 1) == 0 || n < 1) throw PyErr.TypeError("invalid template");
        n /= 2;
        var items = new (int, PyObject?)[n];
        for (int i = 0; i < n; i++)
        {
            long index = PySrePattern.Ssize(ts, template.Items[2 * i + 1]);
            if (index < 0 || index > int.MaxValue) throw PyErr.TypeError("invalid template");
            PyObject? literal = template.Items[2 * i + 2];
            // Skip empty literals.
            if ((literal is PyStr s && s.Value.Length == 0) || (literal is PyBytes b && b.Value.Length == 0)) literal = null;
            items[i] = ((int)index, literal);
        }
        return new PySreTemplate(template.Items[0], items);
    }

    internal PyObject Expand(ThreadState ts, PySreMatch match)
    {
        if (Items.Length == 0) return Literal;
        var parts = new List<PyObject>(Items.Length * 2 + 1) { Literal };
        foreach (var (index, literal) in Items)
        {
            if (index >= match.GroupCount) throw PyErr.IndexError("no such group");
            var item = match.GetSliceByIndex(index, PyNone.Value);
            if (item is not PyNone) parts.Add(item);
            if (literal != null) parts.Add(literal);
        }
        return Literal is PyStr ? SreModule.JoinStr(parts) : SreModule.JoinBytes(parts);
    }

    internal static void Init()
    {
        TypeObject.TpNew = null;
    }
}
