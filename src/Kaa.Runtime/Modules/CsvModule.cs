using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _csv module (Modules/_csv.c) behind Lib/csv.py: Dialect, reader, writer, the dialect registry
/// and the field size limit. The registry, the limit and _csv.Error live in the per-interpreter module
/// state, so interpreters never see each other's dialects.
/// </summary>
public static class CsvModule
{
    public sealed class State
    {
        public PyType Error = null!;
        public readonly PyDict Dialects = new();
        public long FieldLimit = 128 * 1024;
    }

    public static readonly BuiltinModuleDef Definition = new()
    {
        Name = "_csv",
        Exec = Exec,
        CreateState = () => new State(),
    };

    public static IEnumerable<PyType> Types()
    {
        yield return PyCsvDialect.TypeObject;
        yield return PyCsvReader.TypeObject;
        yield return PyCsvWriter.TypeObject;
    }

    internal static void InitTypes()
    {
        PyCsvDialect.Init();
        PyCsvReader.Init();
        PyCsvWriter.Init();
    }

    private static State StateOf(PyModule? m) => (State)m!.State!;

    /// <summary>The calling interpreter's _csv module (Dialect() reaches the registry through it).</summary>
    private static PyModule Module(ThreadState ts) => ts.Interp.BuiltinModule(ts, Definition);

    internal static PyType Error(PyModule m) => StateOf(m).Error;

    internal static long FieldLimit(PyModule m) => StateOf(m).FieldLimit;

    /// <summary>get_dialect_from_registry: the registered dialect, or _csv.Error("unknown dialect").</summary>
    internal static PyObject GetDialect(ThreadState ts, PyObject name) => GetDialect(ts, Module(ts), name);

    private static PyObject GetDialect(ThreadState ts, PyModule m, PyObject name)
        => StateOf(m).Dialects.GetItem(ts, name) ?? throw PyErr.New(StateOf(m).Error, "unknown dialect");

    /// <summary>_call_dialect: Dialect(dialect, **kwargs), the optional dialect being args[first].</summary>
    private static PyCsvDialect CallDialect(ThreadState ts, ReadOnlySpan<PyObject> args, int npos, int first, PyTuple? kw)
    {
        var call = new List<PyObject>();
        if (npos > first) call.Add(args[first]);
        for (int i = npos; i < args.Length; i++) call.Add(args[i]);
        return (PyCsvDialect)Ops.Call(ts, PyCsvDialect.TypeObject, call.ToArray(), kw);
    }

    /// <summary>PyArg_UnpackTuple(args, name, 1, 2) (3.14 names the function; 3.13 left it empty).</summary>
    private static int UnpackOneOrTwo(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos < 1) throw PyErr.TypeError($"{name} expected at least 1 argument, got {npos}");
        if (npos > 2) throw PyErr.TypeError($"{name} expected at most 2 arguments, got {npos}");
        return npos;
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        var st = StateOf(m);
        ts.Interp.RecordBuiltinModule(Definition, m);
        st.Error = CrossInterpreter.XIExceptionTypes.NewExceptionType(ts, "_csv", "Error", PyExc.Exception, null);
        m.Set("__doc__", PyStr.From("CSV parsing and writing.\n"));
        m.Set("QUOTE_MINIMAL", PyInt.From(PyCsvDialect.QuoteMinimal));
        m.Set("QUOTE_ALL", PyInt.From(PyCsvDialect.QuoteAll));
        m.Set("QUOTE_NONNUMERIC", PyInt.From(PyCsvDialect.QuoteNonNumeric));
        m.Set("QUOTE_NONE", PyInt.From(PyCsvDialect.QuoteNone));
        m.Set("QUOTE_STRINGS", PyInt.From(PyCsvDialect.QuoteStrings));
        m.Set("QUOTE_NOTNULL", PyInt.From(PyCsvDialect.QuoteNotNull));
        m.Set("Dialect", PyCsvDialect.TypeObject);
        m.Set("Reader", PyCsvReader.TypeObject);
        m.Set("Writer", PyCsvWriter.TypeObject);
        m.Set("Error", st.Error);
        m.Set("_dialects", st.Dialects);

        void Fn(string name, BuiltinFunc f, string doc) => m.Set(name, new PyBuiltinFunction(name, f, m, doc));

        Fn("reader", (ts2, mod, a, kw) =>
        {
            int npos = UnpackOneOrTwo("reader", a, kw);
            var iter = Ops.GetIter(ts2, a[0]);
            var dialect = CallDialect(ts2, a, npos, 1, kw);
            return new PyCsvReader(iter, dialect, mod!);
        }, ReaderDoc);
        Fn("writer", (ts2, mod, a, kw) =>
        {
            int npos = UnpackOneOrTwo("writer", a, kw);
            if (!Ops.TryGetAttr(ts2, a[0], PyStr.From("write"), out var write) || !Ops.IsCallable(write!))
                throw PyErr.TypeError("argument 1 must have a \"write\" method");
            var dialect = CallDialect(ts2, a, npos, 1, kw);
            return new PyCsvWriter(write!, dialect, StateOf(mod).Error);
        }, WriterDoc);
        Fn("register_dialect", (ts2, mod, a, kw) =>
        {
            int npos = UnpackOneOrTwo("register_dialect", a, kw);
            if (a[0] is not PyStr) throw PyErr.TypeError("dialect name must be a string");
            var dialect = CallDialect(ts2, a, npos, 1, kw);
            StateOf(mod).Dialects.SetItem(ts2, a[0], dialect);
            return PyNone.Value;
        }, "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])");
        Fn("unregister_dialect", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("unregister_dialect", a, kw, ["name"], 1);
            if (StateOf(mod).Dialects.Pop(ts2, p[0]!) == null) throw PyErr.New(StateOf(mod).Error, "unknown dialect");
            return PyNone.Value;
        }, "unregister_dialect($module, /, name)\n--\n\nDelete the name/dialect mapping associated with a string name.\n\n    csv.unregister_dialect(name)");
        Fn("get_dialect", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("get_dialect", a, kw, ["name"], 1);
            return GetDialect(ts2, mod!, p[0]!);
        }, "get_dialect($module, /, name)\n--\n\nReturn the dialect instance associated with name.\n\n    dialect = csv.get_dialect(name)");
        Fn("list_dialects", (ts2, mod, a, kw) =>
        {
            Args.Exact("list_dialects", a, kw, 0);
            return new PyList(StateOf(mod).Dialects.KeysArray());
        }, "list_dialects($module, /)\n--\n\nReturn a list of all known dialect names.\n\n    names = csv.list_dialects()");
        Fn("field_size_limit", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("field_size_limit", a, kw, ["new_limit"], 0);
            var st2 = StateOf(mod);
            long old = st2.FieldLimit;
            if (p[0] is { } limit)
            {
                if (!PyType.IsExact(limit, BuiltinTypes.Int)) throw PyErr.TypeError("limit must be an integer");
                var n = (PyInt)limit;
                if (!n.IsSmall) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
                st2.FieldLimit = n.Small;
            }
            return PyInt.From(old);
        }, "field_size_limit($module, /, new_limit=<unrepresentable>)\n--\n\nSets an upper limit on parsed fields.\n\n    csv.field_size_limit([limit])\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned");
    }

    private const string ReaderDoc = "    csv_reader = reader(iterable [, dialect='excel']\n                        [optional keyword args])\n    for row in csv_reader:\n        process(row)\n\nThe \"iterable\" argument can be any object that returns a line\nof input for each iteration, such as a file object or a list.  The\noptional \"dialect\" parameter is discussed below.  The function\nalso accepts optional keyword arguments which override settings\nprovided by the dialect.\n\nThe returned object is an iterator.  Each iteration returns a row\nof the CSV file (which can span multiple input lines).\n";

    private const string WriterDoc = "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    for row in sequence:\n        csv_writer.writerow(row)\n\n    [or]\n\n    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    csv_writer.writerows(rows)\n\nThe \"fileobj\" argument can be any object that supports the file API.\n";
}
