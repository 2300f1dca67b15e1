using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _ast module (Python/Python-ast.c): the node classes of `ast`, built per interpreter as heap
/// types from <see cref="AstSpec"/> (CPython keeps them in the interpreter's ast state too), with
/// CPython 3.14's constructor, __reduce__, __replace__ and __repr__. The conversions between these
/// Python objects and the compiler's tree are in AstModule.ToPy.cs and AstModule.FromPy.cs.
/// </summary>
public static partial class AstModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_ast", Exec = Exec };

    public const int PyCF_ONLY_AST = 0x0400;
    public const int PyCF_TYPE_COMMENTS = 0x1000;
    public const int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public const int PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;

    static void Exec(ThreadState ts, PyModule m)
    {
        var st = AstState.Get(ts);
        m.Set("AST", st.Ast);
        foreach (var spec in AstSpec.Classes) m.Set(spec.Name, st.Types[spec.Name]);
        m.Set("PyCF_ONLY_AST", PyInt.From(PyCF_ONLY_AST));
        m.Set("PyCF_TYPE_COMMENTS", PyInt.From(PyCF_TYPE_COMMENTS));
        m.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.From(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        m.Set("PyCF_OPTIMIZED_AST", PyInt.From(PyCF_OPTIMIZED_AST));
    }

    // ------------------------------------------------------------------ AST methods

    static readonly PyStr s_fields = PyStr.Immortal("_fields");
    static readonly PyStr s_attributes = PyStr.Immortal("_attributes");
    static readonly PyStr s_field_types = PyStr.Immortal("_field_types");

    static string TpName(PyObject self) => self.ObType.Name;

    static PyObject[] SeqItems(ThreadState ts, PyObject seq) => seq is PyTuple t ? t.Items : Ops.ToArray(ts, seq);

    static bool SeqContains(ThreadState ts, PyObject[] items, PyObject key)
    {
        foreach (var x in items) if (Ops.RichCompareBool(ts, x, key, CompareOp.Eq)) return true;
        return false;
    }

    /// <summary>ast_type_init: positional arguments fill _fields in order, keywords by name; missing
    /// list fields get [], missing expr_context fields Load(); the rest warn (DeprecationWarning).</summary>
    static void Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var st = AstState.Get(ts);
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject[] fields = Ops.TryGetAttr(ts, self.ObType, s_fields, out var f) ? SeqItems(ts, f!) : [];
        var remaining = new List<PyObject>(fields);
        if (npos > fields.Length)
            throw PyErr.TypeError($"{TpName(self)} constructor takes at most {fields.Length} positional argument{(fields.Length == 1 ? "" : "s")}");
        for (int i = 0; i < npos; i++)
        {
            Ops.SetAttr(ts, self, Ops.Str(ts, fields[i]), args[i]);
            remaining.RemoveAll(x => Ops.RichCompareBool(ts, x, fields[i], CompareOp.Eq));
        }
        PyObject[]? attributes = null;
        for (int k = 0; k < nkw; k++)
        {
            var key = (PyStr)kwnames!.Items[k];
            if (SeqContains(ts, fields, key))
            {
                int idx = remaining.FindIndex(x => Ops.RichCompareBool(ts, x, key, CompareOp.Eq));
                if (idx < 0) throw PyErr.TypeError($"{TpName(self)} got multiple values for argument {Ops.ReprString(ts, key)}");
                remaining.RemoveAt(idx);
            }
            else
            {
                attributes ??= SeqItems(ts, Ops.GetAttr(ts, self.ObType, s_attributes));
                if (!SeqContains(ts, attributes, key))
                    Warn(ts, PyExc.DeprecationWarning, $"{TpName(self)}.__init__ got an unexpected keyword argument {Ops.ReprString(ts, key)}. Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.");
            }
            Ops.SetAttr(ts, self, key, args[npos + k]);
        }
        if (remaining.Count == 0) return;
        // A user subclass without _field_types keeps the pre-3.13 behaviour: missing fields stay unset.
        if (!Ops.TryGetAttr(ts, self.ObType, s_field_types, out var fieldTypes)) return;
        foreach (var name in remaining)
        {
            var type = fieldTypes is PyDict ftd ? ftd.GetItem(ts, name) : Ops.GetItem(ts, fieldTypes!, name);
            if (type == null)
                Warn(ts, PyExc.DeprecationWarning, $"Field {Ops.ReprString(ts, name)} is missing from {TpName(self)}._field_types. This will become an error in Python 3.15.");
            else if (type is PyUnionType) { /* optional: the class attribute None is the default */ }
            else if (type is PyGenericAlias) Ops.SetAttr(ts, self, (PyStr)name, new PyList());
            else if (st.Types.TryGetValue("expr_context", out var ec) && ReferenceEquals(type, ec)) Ops.SetAttr(ts, self, (PyStr)name, st.Singletons["Load"]);
            else
                Warn(ts, PyExc.DeprecationWarning, $"{TpName(self)}.__init__ missing 1 required positional argument: {Ops.ReprString(ts, name)}. This will become an error in Python 3.15.");
        }
    }

    /// <summary>ast_type_reduce: (type, (None,)*k, __dict__) where k counts the leading fields present in
    /// the instance dict, so unpickling constructs without missing-field warnings.</summary>
    static PyObject Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.Exact("__reduce__", args, kw, 0);
        if (self is not IHasDict { Dict: { } dict }) return PyTuple.Create(self.ObType, PyTuple.Empty);
        if (!Ops.TryGetAttr(ts, self.ObType, s_fields, out var f)) return PyTuple.Create(self.ObType, PyTuple.Empty, dict);
        var pos = new List<PyObject>();
        foreach (var name in SeqItems(ts, f!))
        {
            if (!dict.ContainsKey(ts, name)) break;
            pos.Add(PyNone.Value);
        }
        return PyTuple.Create(self.ObType, new PyTuple(pos.ToArray()), dict);
    }

    /// <summary>ast_type_replace (3.14, the copy.replace protocol): a new node of the same type from the
    /// instance's fields and attributes, overridden by the keywords.</summary>
    static PyObject Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length - nkw > 0) throw PyErr.TypeError("__replace__() takes no positional arguments");
        var type = self.ObType;
        PyObject[]? fields = Ops.TryGetAttr(ts, type, s_fields, out var f) ? SeqItems(ts, f!) : null;
        PyObject[]? attributes = Ops.TryGetAttr(ts, type, s_attributes, out var a) ? SeqItems(ts, a!) : null;
        var dict = (self as IHasDict)?.Dict;
        var expecting = new List<PyObject>();
        void AddExpect(PyObject[]? names)
        {
            if (names == null) return;
            foreach (var n in names) if (!SeqContains(ts, [.. expecting], n)) expecting.Add(n);
        }
        AddExpect(fields);
        AddExpect(attributes);
        var kwargs = new PyDict();
        for (int k = 0; k < nkw; k++)
        {
            var key = kwnames!.Items[k];
            int idx = expecting.FindIndex(x => Ops.RichCompareBool(ts, x, key, CompareOp.Eq));
            if (idx < 0) throw PyErr.TypeError($"{TpName(self)}.__replace__ got an unexpected keyword argument '{Ops.StrString(ts, key)}'.");
            expecting.RemoveAt(idx);
            kwargs.SetItem(ts, key, args[k]);
        }
        if (dict != null) expecting.RemoveAll(x => dict.ContainsKey(ts, x));
        if (Ops.TryGetAttr(ts, type, s_field_types, out var ft) && ft is PyDict ftd)
            foreach (var (k, v) in ftd.EnumerateItems())
                if (v is PyUnionType) expecting.RemoveAll(x => Ops.RichCompareBool(ts, x, k, CompareOp.Eq));
        if (expecting.Count > 0)
        {
            var names = expecting.Select(x => Ops.StrString(ts, x)).Order(StringComparer.Ordinal).ToArray();
            throw PyErr.TypeError($"{TpName(self)}.__replace__ missing {names.Length} keyword argument{(names.Length == 1 ? "" : "s")}: {string.Join(", ", names)}.");
        }
        var payload = new PyDict();
        void Fill(PyObject[]? names)
        {
            if (names == null) return;
            foreach (var n in names)
            {
                var v = kwargs.GetItem(ts, n) ?? dict?.GetItem(ts, n);
                if (v != null) payload.SetItem(ts, n, v);
            }
        }
        Fill(fields);
        Fill(attributes);
        return Ops.CallWithTupleDict(ts, type, PyTuple.Empty, payload);
    }

    /// <summary>ast_repr_max_depth (3.14): fields to depth 3; lists show their first and last items.</summary>
    static string ReprNode(ThreadState ts, AstState st, PyObject self, int depth)
    {
        string name = TpName(self);
        if (depth <= 0 || !ts.ReprEnter(self)) return name + "(...)";
        try
        {
            var fields = Ops.TryGetAttr(ts, self.ObType, s_fields, out var f) ? SeqItems(ts, f!) : [];
            if (fields.Length == 0) return name + "()";
            var sb = new StringBuilder(name).Append('(');
            for (int i = 0; i < fields.Length; i++)
            {
                var value = Ops.GetAttr(ts, self, (PyStr)fields[i]);
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.StrString(ts, fields[i])).Append('=').Append(ReprValue(ts, st, value, depth));
            }
            return sb.Append(')').ToString();
        }
        finally { ts.ReprLeave(self); }
    }

    static string ReprValue(ThreadState ts, AstState st, PyObject value, int depth)
    {
        if (value is PyList or PyTuple)
        {
            var items = value is PyList l ? l.Items.AsSpan(0, l.Count).ToArray() : ((PyTuple)value).Items;
            if (items.Length == 0) return Ops.ReprString(ts, value);
            bool isList = value is PyList;
            var sb = new StringBuilder(isList ? "[" : "(");
            PyObject[] shown = items.Length > 1 ? [items[0], items[^1]] : [items[0]];
            for (int i = 0; i < shown.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(shown[i].ObType.IsSubtype(st.Ast) ? ReprNode(ts, st, shown[i], depth - 1) : Ops.ReprString(ts, shown[i]));
                if (i == 0 && items.Length > 2) sb.Append(", ...");
            }
            return sb.Append(isList ? ']' : ')').ToString();
        }
        if (value.ObType.IsSubtype(st.Ast)) return ReprNode(ts, st, value, depth - 1);
        return Ops.ReprString(ts, value);
    }

    /// <summary>PyErr_WarnEx through the warnings module (filters, once-registry and -W options apply).</summary>
    internal static void Warn(ThreadState ts, PyType category, string message, int stacklevel = 1)
    {
        var warnings = ImportSystem.ImportModuleLevel(ts, "warnings", null, null, 0);
        var warn = Ops.GetAttr(ts, warnings, "warn");
        Ops.Call(ts, warn, [PyStr.From(message), category, PyInt.From(stacklevel)]);
    }

    /// <summary>Creates the AST base class and every node class of <see cref="AstSpec"/> (init_types).</summary>
    internal static void CreateTypes(ThreadState ts, AstState st)
    {
        var astModuleName = PyStr.From("ast");
        PyType MakeType(string name, PyType @base, PyDict ns)
        {
            ns.SetItemStr(Names.__module__, astModuleName);
            return (PyType)TypeType.New(ts, BuiltinTypes.Type, [PyStr.From(name), PyTuple.Create(@base), ns], null);
        }
        var astNs = new PyDict();
        astNs.SetItemStr("_fields", PyTuple.Empty);
        astNs.SetItemStr("_attributes", PyTuple.Empty);
        astNs.SetItemStr("__match_args__", PyTuple.Empty);
        var ast = MakeType("AST", BuiltinTypes.Object, astNs);
        ast.Dict.SetItemStr("__init__", new PyMethodDescriptor(ast, "__init__", (ts2, self, a, kw) => { Init(ts2, self, a, kw); return PyNone.Value; }));
        ast.Dict.SetItemStr("__reduce__", new PyMethodDescriptor(ast, "__reduce__", Reduce));
        ast.Dict.SetItemStr("__replace__", new PyMethodDescriptor(ast, "__replace__", Replace));
        ast.Dict.SetItemStr("__repr__", new PyMethodDescriptor(ast, "__repr__", (ts2, self, a, kw) =>
        {
            Args.Exact("__repr__", a, kw, 0);
            return PyStr.From(ReprNode(ts2, AstState.Get(ts2), self, 3));
        }));
        ast.InvalidateLookupCaches(ts);
        ast.UpdateSlotsAfterChange(ts);
        st.Ast = ast;

        PyObject FieldType(AstFieldSpec fs)
        {
            PyObject t = fs.Type switch
            {
                "identifier" or "string" => BuiltinTypes.Str,
                "int" => BuiltinTypes.Int,
                "constant" => BuiltinTypes.Object,
                _ => st.Types[fs.Type],
            };
            return fs.Quant switch
            {
                '?' => PyUnionType.FromItems(ts, [t, PyNone.Value]),
                '*' => new PyGenericAlias(BuiltinTypes.List, t),
                _ => t,
            };
        }

        foreach (var spec in AstSpec.Classes)
        {
            var ns = new PyDict();
            var fieldNames = new PyTuple(spec.Fields.Select(x => (PyObject)PyStr.From(x.Name)).ToArray());
            ns.SetItemStr("_fields", fieldNames);
            ns.SetItemStr("__match_args__", fieldNames);
            ns.SetItemStr(Names.__doc__, PyStr.From(spec.Doc));
            if (spec.Attributes.Length > 0 || spec.IsAbstract)
                ns.SetItemStr("_attributes", new PyTuple(spec.Attributes.Select(x => (PyObject)PyStr.From(x.Name)).ToArray()));
            foreach (var fs in spec.Fields) if (fs.Quant == '?') ns.SetItemStr(fs.Name, PyNone.Value);
            foreach (var fs in spec.Attributes) if (fs.Quant == '?') ns.SetItemStr(fs.Name, PyNone.Value);
            var t = MakeType(spec.Name, spec.Base == null ? ast : st.Types[spec.Base], ns);
            st.Types[spec.Name] = t;
            if (!spec.IsAbstract)
            {
                // _field_types refers to node classes defined later (expr refers to comprehension), so it
                // is filled in a second pass below.
            }
        }
        foreach (var spec in AstSpec.Classes)
        {
            if (spec.IsAbstract) continue;
            var t = st.Types[spec.Name];
            var ft = new PyDict();
            foreach (var fs in spec.Fields) ft.SetItemStr(fs.Name, FieldType(fs));
            t.Dict.SetItemStr("_field_types", ft);
            t.Dict.SetItemStr("__annotations__", ft);
            if (spec.IsSingleton) st.Singletons[spec.Name] = Ops.Call(ts, t);
        }
    }
}

/// <summary>The per-interpreter ast state: the node classes and the operator/context singletons.</summary>
internal sealed class AstState
{
    public PyType Ast = null!;
    public readonly Dictionary<string, PyType> Types = new(StringComparer.Ordinal);
    public readonly Dictionary<string, PyObject> Singletons = new(StringComparer.Ordinal);

    public static AstState? TryGet(ThreadState ts)
    {
        var states = ts.Interp.ModuleStates;
        lock (states) return states.TryGetValue(AstModule.Definition, out var s) ? (AstState)s : null;
    }

    public static AstState Get(ThreadState ts)
    {
        var states = ts.Interp.ModuleStates;
        lock (states)
        {
            if (states.TryGetValue(AstModule.Definition, out var s)) return (AstState)s;
        }
        // Published before the classes exist: creating the singletons runs AST.__init__, which asks for it.
        var st = new AstState();
        lock (states) states[AstModule.Definition] = st;
        AstModule.CreateTypes(ts, st);
        return st;
    }
}
