using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _json accelerator (Modules/_json.c) that Lib/json imports when present: the decoder's
/// scanstring and make_scanner (the _json.Scanner type), and the encoder's encode_basestring,
/// encode_basestring_ascii and make_encoder (the _json.Encoder type). Without them json runs its
/// pure-Python scanner and encoder, several Python frames per value (10-20x slower).
/// </summary>
public static class JsonModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_json", Exec = Exec };

    public static IEnumerable<PyType> Types()
    {
        yield return PyJsonScanner.TypeObject;
        yield return PyJsonEncoder.TypeObject;
    }

    internal static void InitTypes()
    {
        PyJsonScanner.Init();
        PyJsonEncoder.Init();
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("json speedups\n"));
        // ---- decoder (PyJsonScanner.cs)
        m.Set("make_scanner", PyJsonScanner.TypeObject);
        m.Set("scanstring", new PyBuiltinFunction("scanstring", ScanString, m,
            "scanstring(string, end, strict=True) -> (string, end)\n\n"
            + "Scan the string s for a JSON string. End is the index of the\n"
            + "character in s after the quote that started the JSON string.\n"
            + "Unescapes all valid JSON string escape sequences and raises ValueError\n"
            + "on attempt to decode an invalid string. If strict is False then literal\n"
            + "control characters are allowed in the string.\n\n"
            + "Returns a tuple of the decoded string and the index of the character in s\n"
            + "after the end quote."));
        // ---- encoder (JsonStrings.cs, PyJsonEncoder.cs)
        m.Set("encode_basestring_ascii", new PyBuiltinFunction("encode_basestring_ascii", JsonStrings.AsciiFunction, m, JsonStrings.AsciiDoc));
        m.Set("encode_basestring", new PyBuiltinFunction("encode_basestring", JsonStrings.Function, m, JsonStrings.Doc));
        m.Set("make_encoder", PyJsonEncoder.TypeObject);
    }

    /// <summary>scanstring(string, end, strict=True), parsed as PyArg_ParseTuple("On|p:scanstring").</summary>
    private static PyObject ScanString(ThreadState ts, PyModule? module, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKeywords("scanstring", kw);
        if (a.Length < 2) throw PyErr.TypeError($"scanstring() takes at least 2 arguments ({a.Length} given)");
        if (a.Length > 3) throw PyErr.TypeError($"scanstring() takes at most 3 arguments ({a.Length} given)");
        long end = Ops.AsSsizeT(ts, a[1]);
        bool strict = a.Length < 3 || Ops.IsTrue(ts, a[2]);
        if (a[0] is not PyStr text) throw PyErr.TypeError($"first argument must be a string, not {a[0].ObType.TpName}");
        return PyJsonScanner.ScanString(ts, text, end, strict);
    }
}
