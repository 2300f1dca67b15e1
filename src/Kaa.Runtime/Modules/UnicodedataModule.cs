using Kaa.Compiler.Unicode;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// unicodedata (Modules/unicodedata.c) over <see cref="UnicodeDatabase"/>. The data is CPython 3.14's
/// (Unicode 16.0.0). ucd_3_2_0 (a <see cref="PyUcd"/>) answers for Unicode 3.2.0 as IDNA and stringprep
/// need.
/// </summary>
public static class UnicodedataModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "unicodedata", Exec = Exec };

    /// <summary>The code point of a one-character str argument, with CPython's message otherwise.</summary>
    private static int Char(string fname, PyObject o, bool numbered)
    {
        string arg = numbered ? "argument 1" : "argument";
        if (o is not PyStr s) throw PyErr.TypeError($"{fname}() {arg} must be a unicode character, not {PyErr.ArgTypeName(o)}");
        int n = s.CodePointLength;
        // 3.14's Argument Clinic names the length of a str that is not one character.
        if (n != 1) throw PyErr.TypeError($"{fname}(): {arg} must be a unicode character, not a string of length {n}");
        return s.Value.Length == 1 ? s.Value[0] : char.ConvertToUtf32(s.Value[0], s.Value[1]);
    }

    /// <summary>A query shared by the module (current data) and unicodedata.UCD (Unicode 3.2.0).</summary>
    private delegate PyObject Query(ThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, bool v32);

    private static IEnumerable<(string Name, Query Fn, string Doc)> Queries()
    {
        // The database is read on the first query, not when the UCD type is set up at start-up
        // (loading it costs about a third of a bare start).
        static UnicodeDatabase Db() => UnicodeDatabase.Instance;
        (string, Query, string) Prop(string name, Func<int, bool, PyObject> f, string doc) => (name, (ts, a, kw, v32) =>
        {
            Args.Exact($"unicodedata.{name}", a, kw, 1);
            return f(Char(name, a[0], numbered: false), v32);
        }, doc);
        // name/decimal/digit/numeric take an optional default returned instead of raising ValueError.
        (string, Query, string) WithDefault(string name, Func<int, bool, PyObject?> f, string error, string doc) => (name, (ts, a, kw, v32) =>
        {
            Args.NoKeywords(name, kw);
            if (a.Length < 1 || a.Length > 2)
                throw PyErr.TypeError($"{name} expected {(a.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}");
            var r = f(Char(name, a[0], numbered: true), v32);
            if (r != null) return r;
            if (a.Length == 2) return a[1];
            throw PyErr.ValueError(error);
        }, doc);

        yield return Prop("category", (cp, v) => PyStr.From(Db().Category(cp, v)), "category($self, chr, /)\n--\n\nReturns the general category assigned to the character chr as string.");
        yield return Prop("bidirectional", (cp, v) => PyStr.From(Db().Bidirectional(cp, v)), "bidirectional($self, chr, /)\n--\n\nReturns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.");
        yield return Prop("combining", (cp, v) => PyInt.From(Db().Combining(cp, v)), "combining($self, chr, /)\n--\n\nReturns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.");
        yield return Prop("east_asian_width", (cp, v) => PyStr.From(Db().EastAsianWidth(cp, v)), "east_asian_width($self, chr, /)\n--\n\nReturns the east asian width assigned to the character chr as string.");
        yield return Prop("mirrored", (cp, v) => PyInt.From(Db().Mirrored(cp, v)), "mirrored($self, chr, /)\n--\n\nReturns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise.");
        yield return Prop("decomposition", (cp, v) => PyStr.From(Db().Decomposition(cp, v)), "decomposition($self, chr, /)\n--\n\nReturns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.");
        yield return WithDefault("name", (cp, v) => Db().Name(cp, v) is { } n ? PyStr.From(n) : null, "no such name",
            "name($self, chr, default=<unrepresentable>, /)\n--\n\nReturns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.");
        yield return WithDefault("decimal", (cp, v) => Db().Decimal(cp, v) is var d and >= 0 ? PyInt.From(d) : null, "not a decimal",
            "decimal($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.");
        yield return WithDefault("digit", (cp, v) => Db().Digit(cp, v) is var d and >= 0 ? PyInt.From(d) : null, "not a digit",
            "digit($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.");
        yield return WithDefault("numeric", (cp, v) => Db().Numeric(cp, v) is { } n ? new PyFloat(double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)) : null, "not a numeric character",
            "numeric($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.");
        yield return ("lookup", (ts, a, kw, v32) =>
        {
            Args.Exact("unicodedata.lookup", a, kw, 1);
            // Argument Clinic's "s#": the UTF-8 of a str, or a read-only buffer (bytes; the exporters with a
            // release slot are refused). The length limit counts those bytes; the message decodes them.
            var (name, nbytes) = a[0] switch
            {
                PyStr s => (s.Value, System.Text.Encoding.UTF8.GetByteCount(s.Value)),
                PyBytes b => (System.Text.Encoding.UTF8.GetString(b.Value), b.Value.Length),
                var o when o.ObType.Lookup(PyStr.From("__release_buffer__")) != null
                    => throw PyErr.TypeError($"lookup() argument must be read-only bytes-like object, not {o.ObType.Name}"),
                var o => throw PyErr.TypeError($"a bytes-like object is required, not '{o.ObType.Name}'"),
            };
            if (nbytes > 256) throw PyErr.KeyError(PyStr.From("name too long"));
            int cp = Db().Lookup(name, v32);
            // Named sequences: lookup() alone returns them (several characters); ucd_3_2_0 has none.
            if (cp < 0 && !v32 && Db().LookupSequence(name) is { } seq) return PyStr.From(seq);
            if (cp < 0) throw PyErr.KeyError(PyStr.From($"undefined character name '{name}'"));
            return PyStr.From(char.ConvertFromUtf32(cp));
        }, "lookup($self, name, /)\n--\n\nLook up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.");
        yield return ("normalize", (ts, a, kw, v32) =>
        {
            var (form, s) = FormArgs("normalize", a, kw);
            return PyStr.From(Db().Normalize(form, s, v32));
        }, "normalize($self, form, unistr, /)\n--\n\nReturn the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.");
        yield return ("is_normalized", (ts, a, kw, v32) =>
        {
            var (form, s) = FormArgs("is_normalized", a, kw);
            return PyBool.From(Db().Normalize(form, s, v32) == s);
        }, "is_normalized($self, form, unistr, /)\n--\n\nReturn whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.");
    }

    public static IEnumerable<PyType> Types()
    {
        yield return PyUcd.TypeObject;
    }

    /// <summary>unicodedata.UCD's methods: the module's queries answering for Unicode 3.2.0.</summary>
    internal static void InitTypes()
    {
        var t = PyUcd.TypeObject;
        t.InstanceFactory = null;
        t.TpNew = (ts, cls, a, kw) => throw PyErr.TypeError("cannot create 'unicodedata.UCD' instances");
        foreach (var (name, fn, doc) in Queries())
            t.AddMethod(name, (ts, self, a, kw) => fn(ts, a, kw, v32: true), doc);
        t.AddGetSet("unidata_version", (ts, o) => PyStr.From(((PyUcd)o).Version));
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        var db = UnicodeDatabase.Instance;
        m.Set("__doc__", PyStr.From("This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n" + db.Version + " which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format " + db.Version + "."));
        m.Set("unidata_version", PyStr.From(db.Version));
        m.Set("UCD", PyUcd.TypeObject);
        m.Set("ucd_3_2_0", new PyUcd("3.2.0"));
        foreach (var (name, fn, doc) in Queries())
            m.Set(name, new PyBuiltinFunction(name, (ts2, mod, a, kw) => fn(ts2, a, kw, v32: false), m, doc.Replace("($self,", "($module,")));
    }

    private static (string Form, string Text) FormArgs(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKeywords(fname, kw);
        if (a.Length != 2) throw PyErr.TypeError($"{fname} expected 2 arguments, got {a.Length}");
        if (a[0] is not PyStr f) throw PyErr.TypeError($"{fname}() argument 1 must be str, not {PyErr.ArgTypeName(a[0])}");
        if (a[1] is not PyStr s) throw PyErr.TypeError($"{fname}() argument 2 must be str, not {PyErr.ArgTypeName(a[1])}");
        if (f.Value is not ("NFC" or "NFD" or "NFKC" or "NFKD")) throw PyErr.ValueError("invalid normalization form");
        return (f.Value, s.Value);
    }
}
