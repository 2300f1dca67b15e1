using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _struct module (Modules/_struct.c) behind Lib/struct.py: the module-level functions compile
/// their format through a per-module cache of Struct objects (at most 100, cleared when full, as in
/// CPython), and struct.error is a per-interpreter exception class held in the module state.
/// </summary>
public static class StructModule
{
    private const int MaxCache = 100;

    public sealed class State
    {
        public PyType Error = null!;
        public readonly PyDict Cache = new();
    }

    public static readonly BuiltinModuleDef Definition = new()
    {
        Name = "_struct",
        Exec = Exec,
        CreateState = () => new State(),
    };

    public static IEnumerable<PyType> Types()
    {
        yield return PyStruct.TypeObject;
        yield return PyStructUnpackIterator.TypeObject;
    }

    internal static void InitTypes() => PyStruct.Init();

    /// <summary>The calling interpreter's struct.error.</summary>
    internal static PyType ErrorType(ThreadState ts) => ((State)ts.Interp.BuiltinModule(ts, Definition).State!).Error;

    private static State StateOf(PyModule? m) => (State)m!.State!;

    /// <summary>cache_struct_converter: the cached Struct for a format, compiling and caching it on a miss.</summary>
    private static PyStruct Cached(ThreadState ts, PyModule? m, PyObject format)
    {
        var cache = StateOf(m).Cache;
        var hit = cache.GetItem(ts, format);
        if (hit != null) return (PyStruct)hit;
        var s = (PyStruct)Ops.Call(ts, PyStruct.TypeObject, format);
        if (cache.Count >= MaxCache) cache.Clear();
        cache.SetItem(ts, format, s);
        return s;
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        var st = StateOf(m);
        ts.Interp.RecordBuiltinModule(Definition, m);
        st.Error = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "struct", "error", PyExc.Exception, null);
        m.Set("__doc__", PyStr.From(Doc));
        m.Set("error", st.Error);
        m.Set("Struct", PyStruct.TypeObject);

        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));

        Fn("_clearcache", (ts2, mod, a, kw) =>
        {
            Args.Exact("_struct._clearcache", a, kw, 0);
            StateOf(mod).Cache.Clear();
            return PyNone.Value;
        }, "_clearcache($module, /)\n--\n\nClear the internal cache.");
        Fn("calcsize", (ts2, mod, a, kw) =>
        {
            Args.Exact("_struct.calcsize", a, kw, 1);
            return PyInt.From(Cached(ts2, mod, a[0]).Size);
        }, "calcsize($module, format, /)\n--\n\nReturn size in bytes of the struct described by the format string.");
        Fn("pack", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("pack", kw);
            if (a.Length == 0) throw PyErr.TypeError("missing format argument");
            return Cached(ts2, mod, a[0]).Pack(ts2, "pack", a[1..]);
        }, "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.");
        Fn("pack_into", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("pack_into", kw);
            if (a.Length == 0) throw PyErr.TypeError("missing format argument");
            return Cached(ts2, mod, a[0]).PackIntoBuffer(ts2, a[1..]);
        }, "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.");
        Fn("unpack", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("unpack", kw);
            if (a.Length != 2) throw PyErr.TypeError($"unpack expected 2 arguments, got {a.Length}");
            return Cached(ts2, mod, a[0]).Unpack(ts2, a[1]);
        }, "unpack($module, format, buffer, /)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.");
        Fn("unpack_from", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("unpack_from", a, kw, ["format", "buffer", "offset"], 2, posOnly: 1);
            return Cached(ts2, mod, p[0]!).UnpackFromOffset(ts2, p[1]!, p[2]);
        }, "unpack_from($module, format, /, buffer, offset=0)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.");
        Fn("iter_unpack", (ts2, mod, a, kw) =>
        {
            Args.NoKeywords("iter_unpack", kw);
            if (a.Length != 2) throw PyErr.TypeError($"iter_unpack expected 2 arguments, got {a.Length}");
            return Cached(ts2, mod, a[0]).IterUnpack(ts2, a[1]);
        }, "iter_unpack($module, format, buffer, /)\n--\n\nReturn an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.");
    }

    private const string Doc = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C compiler):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";
}
