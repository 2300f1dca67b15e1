using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// unicodedata (Modules/unicodedata.c) over <see cref="UnicodeDatabase"/>. The data is CPython 3.13's
/// (Unicode 15.1.0, reported truthfully as unidata_version), not the Unicode 16.0 of CPython 3.14.
/// Not provided: ucd_3_2_0 and the UCD type (IDNA/stringprep need them), named sequences in lookup(),
/// and name aliases outside the blocks the compiler's \N{...} table covers.
/// </summary>
public static class UnicodedataModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "unicodedata", Exec = Exec };

    /// <summary>The code point of a one-character str argument, with CPython's message otherwise.</summary>
    private static int Char(string fname, PyObject o, bool numbered)
    {
        if (o is PyStr s)
        {
            if (s.Value.Length == 1) return s.Value[0];
            if (s.Value.Length == 2 && char.IsSurrogatePair(s.Value[0], s.Value[1])) return char.ConvertToUtf32(s.Value[0], s.Value[1]);
        }
        throw PyErr.TypeError($"{fname}() argument{(numbered ? " 1" : "")} must be a unicode character, not {o.ObType.Name}");
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        var db = UnicodeDatabase.Instance;
        m.Set("__doc__", PyStr.From("This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n" + db.Version + " which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format " + db.Version + "."));
        m.Set("unidata_version", PyStr.From(db.Version));

        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));
        void Prop(string name, Func<int, PyObject> f, string doc) => Fn(name, (ts2, mod, a, kw) =>
        {
            Args.Exact($"unicodedata.{name}", a, kw, 1);
            return f(Char(name, a[0], numbered: false));
        }, doc);
        // name/decimal/digit/numeric take an optional default returned instead of raising ValueError.
        void WithDefault(string name, Func<int, PyObject?> f, string error, string doc) => Fn(name, (ts2, mod, a, kw) =>
        {
            Args.NoKeywords(name, kw);
            if (a.Length < 1 || a.Length > 2)
                throw PyErr.TypeError($"{name} expected {(a.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {a.Length}");
            var r = f(Char(name, a[0], numbered: true));
            if (r != null) return r;
            if (a.Length == 2) return a[1];
            throw PyErr.ValueError(error);
        }, doc);

        Prop("category", cp => PyStr.From(db.Category(cp)), "category($module, chr, /)\n--\n\nReturns the general category assigned to the character chr as string.");
        Prop("bidirectional", cp => PyStr.From(db.Bidirectional(cp)), "bidirectional($module, chr, /)\n--\n\nReturns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.");
        Prop("combining", cp => PyInt.From(db.Combining(cp)), "combining($module, chr, /)\n--\n\nReturns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.");
        Prop("east_asian_width", cp => PyStr.From(db.EastAsianWidth(cp)), "east_asian_width($module, chr, /)\n--\n\nReturns the east asian width assigned to the character chr as string.");
        Prop("mirrored", cp => PyInt.From(db.Mirrored(cp)), "mirrored($module, chr, /)\n--\n\nReturns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise.");
        Prop("decomposition", cp => PyStr.From(db.Decomposition(cp)), "decomposition($module, chr, /)\n--\n\nReturns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.");
        WithDefault("name", cp => db.Name(cp) is { } n ? PyStr.From(n) : null, "no such name",
            "name($module, chr, default=<unrepresentable>, /)\n--\n\nReturns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.");
        WithDefault("decimal", cp => db.Decimal(cp) is var d and >= 0 ? PyInt.From(d) : null, "not a decimal",
            "decimal($module, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.");
        WithDefault("digit", cp => db.Digit(cp) is var d and >= 0 ? PyInt.From(d) : null, "not a digit",
            "digit($module, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.");
        WithDefault("numeric", cp => db.Numeric(cp) is { } n ? new PyFloat(double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)) : null, "not a numeric character",
            "numeric($module, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.");
        Fn("lookup", (ts2, mod, a, kw) =>
        {
            Args.Exact("unicodedata.lookup", a, kw, 1);
            string name = a[0] switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
                var o => throw PyErr.TypeError($"lookup() argument must be str or bytes, not {o.ObType.Name}"),
            };
            if (name.Length > 256) throw PyErr.KeyError(PyStr.From("name too long"));
            int cp = db.Lookup(name);
            if (cp < 0) throw PyErr.KeyError(PyStr.From($"undefined character name '{name}'"));
            return PyStr.From(char.ConvertFromUtf32(cp));
        }, "lookup($module, name, /)\n--\n\nLook up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.");
        Fn("normalize", (ts2, mod, a, kw) =>
        {
            var (form, s) = FormArgs("normalize", a, kw);
            return PyStr.From(db.Normalize(form, s));
        }, "normalize($module, form, unistr, /)\n--\n\nReturn the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.");
        Fn("is_normalized", (ts2, mod, a, kw) =>
        {
            var (form, s) = FormArgs("is_normalized", a, kw);
            return PyBool.From(db.Normalize(form, s) == s);
        }, "is_normalized($module, form, unistr, /)\n--\n\nReturn whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.");
    }

    private static (string Form, string Text) FormArgs(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKeywords(fname, kw);
        if (a.Length != 2) throw PyErr.TypeError($"{fname} expected 2 arguments, got {a.Length}");
        if (a[0] is not PyStr f) throw PyErr.TypeError($"{fname}() argument 1 must be str, not {a[0].ObType.Name}");
        if (a[1] is not PyStr s) throw PyErr.TypeError($"{fname}() argument 2 must be str, not {a[1].ObType.Name}");
        if (f.Value is not ("NFC" or "NFD" or "NFKC" or "NFKD")) throw PyErr.ValueError("invalid normalization form");
        return (f.Value, s.Value);
    }
}
