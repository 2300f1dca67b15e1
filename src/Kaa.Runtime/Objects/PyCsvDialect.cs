using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// _csv.Dialect (Modules/_csv.c): the validated, immutable set of parsing and writing options that
/// reader and writer objects hold. Characters are stored as code points, with <see cref="NotSet"/>
/// for "None", so the parser compares whole code points as CPython's Py_UCS4 loop does.
/// </summary>
public sealed class PyCsvDialect : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Dialect", BuiltinTypes.Object, "_csv");

    /// <summary>CPython's NOT_SET ((Py_UCS4)-1): an unset optional character.</summary>
    public const int NotSet = -1;

    public const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3, QuoteStrings = 4, QuoteNotNull = 5;

    public bool DoubleQuote, SkipInitialSpace, Strict;
    public int Quoting;
    public int Delimiter, QuoteChar, EscapeChar;
    public PyStr LineTerminator = PyStr.Empty;
    /// <summary>The line terminator's code points, searched for every written character.</summary>
    public int[] LineTerminatorCps = [];

    public PyDict? Dict { get; set; }

    private PyCsvDialect(PyType type) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
    }

    private static readonly System.Collections.Immutable.ImmutableArray<string> Keywords =
        ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

    /// <summary>dialect_new: the dialect argument may be a registered name, a Dialect (reused when nothing
    /// overrides it) or any object whose attributes supply the options not given as keywords.</summary>
    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (args.Length > Keywords.Length)
            throw PyErr.TypeError($"function takes at most {Keywords.Length} arguments ({args.Length} given)");
        var v = new PyObject?[Keywords.Length];
        for (int i = 0; i < npos; i++) v[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Keywords.IndexOf(name);
            if (idx < 0) throw PyErr.TypeError($"this function got an unexpected keyword argument '{name}'");
            if (v[idx] != null)
                throw PyErr.TypeError($"argument for function given by name ('{name}') and position ({idx + 1})");
            v[idx] = args[npos + k];
        }
        var dialect = v[0];
        if (dialect != null)
        {
            if (dialect is PyStr) dialect = CsvModule.GetDialect(ts, dialect);
            bool overrides = false;
            for (int i = 1; i < v.Length; i++) overrides |= v[i] != null;
            if (!overrides && dialect.ObType.IsSubtype(TypeObject)) return dialect;
            for (int i = 1; i < v.Length; i++)
                if (v[i] == null && Ops.TryGetAttr(ts, dialect, PyStr.From(Keywords[i]), out var got)) v[i] = got;
        }
        var self = new PyCsvDialect(cls);
        self.Delimiter = SetChar("delimiter", v[1], ',');
        self.DoubleQuote = v[2] == null || Ops.IsTrue(ts, v[2]!);
        self.EscapeChar = SetCharOrNone("escapechar", v[3], NotSet);
        var lt = v[4];
        PyStr? terminator;
        if (lt == null) terminator = PyStr.From("\r\n");
        else if (lt is PyNone) terminator = null;
        else if (lt is PyStr s) terminator = s;
        else throw PyErr.TypeError($"\"lineterminator\" must be a string, not {lt.ObType.QualifiedName}");
        self.QuoteChar = SetCharOrNone("quotechar", v[5], '"');
        if (v[6] == null) self.Quoting = QuoteMinimal;
        else
        {
            if (!PyType.IsExact(v[6]!, BuiltinTypes.Int)) throw PyErr.TypeError($"\"quoting\" must be an integer, not {v[6]!.ObType.QualifiedName}");
            var q = (PyInt)v[6]!;
            if (!q.IsSmall || q.Small < int.MinValue || q.Small > int.MaxValue)
                throw PyErr.OverflowError("Python int too large to convert to C int");
            self.Quoting = (int)q.Small;
        }
        self.SkipInitialSpace = v[7] != null && Ops.IsTrue(ts, v[7]!);
        self.Strict = v[8] != null && Ops.IsTrue(ts, v[8]!);

        if (self.Quoting < QuoteMinimal || self.Quoting > QuoteNotNull) throw PyErr.TypeError("bad \"quoting\" value");
        if (self.Delimiter == NotSet) throw PyErr.TypeError("\"delimiter\" must be a unicode character, not NoneType");
        if (v[5] is PyNone && v[6] == null) self.Quoting = QuoteNone;
        if (self.Quoting != QuoteNone && self.QuoteChar == NotSet)
            throw PyErr.TypeError("quotechar must be set if quoting enabled");
        if (terminator == null) throw PyErr.TypeError("\"lineterminator\" must be a string, not NoneType");
        self.LineTerminator = terminator;
        self.LineTerminatorCps = terminator.ToCodePoints();
        self.CheckChar("delimiter", self.Delimiter, true);
        self.CheckChar("escapechar", self.EscapeChar, !self.SkipInitialSpace);
        self.CheckChar("quotechar", self.QuoteChar, !self.SkipInitialSpace);
        CheckChars("delimiter", "escapechar", self.Delimiter, self.EscapeChar);
        CheckChars("delimiter", "quotechar", self.Delimiter, self.QuoteChar);
        CheckChars("escapechar", "quotechar", self.EscapeChar, self.QuoteChar);
        return self;
    }

    private static int SetChar(string name, PyObject? src, int dflt)
    {
        if (src == null) return dflt;
        if (src is not PyStr s) throw PyErr.TypeError($"\"{name}\" must be a unicode character, not {src.ObType.QualifiedName}");
        if (s.CodePointLength != 1) throw PyErr.TypeError($"\"{name}\" must be a unicode character, not a string of length {s.CodePointLength}");
        return s.ToCodePoints()[0];
    }

    private static int SetCharOrNone(string name, PyObject? src, int dflt)
    {
        if (src == null) return dflt;
        if (src is PyNone) return NotSet;
        if (src is not PyStr s) throw PyErr.TypeError($"\"{name}\" must be a unicode character or None, not {src.ObType.QualifiedName}");
        if (s.CodePointLength != 1) throw PyErr.TypeError($"\"{name}\" must be a unicode character or None, not a string of length {s.CodePointLength}");
        return s.ToCodePoints()[0];
    }

    internal bool InLineTerminator(int c) => Array.IndexOf(LineTerminatorCps, c) >= 0;

    private void CheckChar(string name, int c, bool allowSpace)
    {
        if (c == '\r' || c == '\n' || (c == ' ' && !allowSpace)) throw PyErr.ValueError($"bad {name} value");
        if (c != NotSet && InLineTerminator(c)) throw PyErr.ValueError($"bad {name} or lineterminator value");
    }

    private static void CheckChars(string name1, string name2, int c1, int c2)
    {
        if (c1 == c2 && c1 != NotSet) throw PyErr.ValueError($"bad {name1} or {name2} value");
    }

    private static PyObject CharOrNone(int c) => c == NotSet ? PyNone.Value : PyStr.From(CharString(c));

    /// <summary>One code point as a str; lone surrogates are valid Python characters.</summary>
    internal static string CharString(int c) => c < 0x10000 ? ((char)c).ToString() : char.ConvertFromUtf32(c);

    private static PyCsvDialect Self(PyObject o) => (PyCsvDialect)o;

    internal static void Init()
    {
        var t = TypeObject;
        t.AddAttr("__doc__", PyStr.Immortal("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"));
        t.InstanceFactory = null;
        t.SetNew(New);
        t.AddGetSet("delimiter", (ts, o) => CharOrNone(Self(o).Delimiter));
        t.AddGetSet("escapechar", (ts, o) => CharOrNone(Self(o).EscapeChar));
        t.AddGetSet("lineterminator", (ts, o) => Self(o).LineTerminator);
        t.AddGetSet("quotechar", (ts, o) => CharOrNone(Self(o).QuoteChar));
        t.AddGetSet("quoting", (ts, o) => PyInt.From(Self(o).Quoting));
        // These three are read-only members (Py_T_BOOL) in CPython, whose refusal reads "readonly attribute".
        static void ReadOnly(ThreadState ts, PyObject o, PyObject? v) => throw PyErr.AttributeError("readonly attribute");
        t.AddGetSet("skipinitialspace", (ts, o) => PyBool.From(Self(o).SkipInitialSpace), ReadOnly);
        t.AddGetSet("doublequote", (ts, o) => PyBool.From(Self(o).DoubleQuote), ReadOnly);
        t.AddGetSet("strict", (ts, o) => PyBool.From(Self(o).Strict), ReadOnly);
        // Dialects hold module-specific state and refuse pickling, protocols 0 and 1 included.
        BuiltinMethod reduce = (ts, self, a, kw) => throw PyErr.TypeError($"cannot pickle '{self.ObType.Name}' instances");
        t.AddMethod("__reduce__", reduce, "raises an exception to avoid pickling");
        t.AddMethod("__reduce_ex__", reduce, "raises an exception to avoid pickling");
    }
}
