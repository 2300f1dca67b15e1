using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _json module (Modules/_json.c): the accelerators Lib/json imports when present. Without them
/// json.dumps and json.loads run pure-Python code several frames deep per value.
/// </summary>
public static class JsonModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_json", Exec = Exec };

    public static IEnumerable<PyType> Types()
    {
        yield return PyJsonEncoder.TypeObject;
    }

    internal static void InitTypes()
    {
        PyJsonEncoder.Init();
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("json speedups\n"));

        // ---- encoder half (JsonStrings.cs, PyJsonEncoder.cs) ----
        m.Set("encode_basestring_ascii", new PyBuiltinFunction("encode_basestring_ascii", JsonStrings.AsciiFunction, m, JsonStrings.AsciiDoc));
        m.Set("encode_basestring", new PyBuiltinFunction("encode_basestring", JsonStrings.Function, m, JsonStrings.Doc));
        m.Set("make_encoder", PyJsonEncoder.TypeObject);
        // ---- end of encoder half ----
    }
}
