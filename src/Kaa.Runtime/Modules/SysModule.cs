using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>The sys module (per interpreter). Attributes that read interpreter state are functions here.</summary>
public static partial class SysModule
{
    public const string Version = "3.14.0";

    /// <summary>What follows the version in sys.version: "(build) [compiler]", the shape platform's
    /// sys.version parser accepts (python_build() is ('kaa', ''), python_compiler() the .NET version).</summary>
    public static string BuildInfo => $"(kaa) [.NET {Environment.Version}]";
    /// <summary>sys.platform: CPython's name for the operating system.</summary>
    public static readonly string PlatformName = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";

    private static PyTuple BuiltinModuleNames()
    {
        var names = ModuleRegistry.SortedNames;
        var items = new PyObject[names.Length];
        for (int i = 0; i < items.Length; i++) items[i] = PyStr.From(names[i]);
        return new PyTuple(items);
    }

    internal static void Exec(ThreadState ts, PyModule m)
    {
        var interp = ts.Interp;
        var cfg = interp.Runtime.Config;
        m.Set("argv", new PyList(cfg.Argv.Select(a => (PyObject)PyStr.From(a)).ToArray()));
        m.Set("orig_argv", new PyList(cfg.Argv.Select(a => (PyObject)PyStr.From(a)).ToArray()));
        // -W options (and PYTHONWARNINGS) as warnings.py reads them; -X options as {name: value or True}.
        m.Set("warnoptions", new PyList(cfg.WarnOptions.Select(a => (PyObject)PyStr.From(a)).ToArray()));
        var xoptions = new PyDict();
        foreach (var x in cfg.XOptions)
        {
            int eq = x.IndexOf('=');
            xoptions.SetItemStr(PyStr.From(eq < 0 ? x : x[..eq]), eq < 0 ? PyBool.True : PyStr.From(x[(eq + 1)..]));
        }
        m.Set("_xoptions", xoptions);
        var path = new PyList();
        foreach (var p in cfg.PathPrefix) path.Append(PyStr.From(p));
        // CPython's pure-Python Lib/ (DESIGN §7) after the script's folder, like prefix/lib/python3.14.
        var stdlib = StdlibLocator.Find(cfg.IgnoreEnvironment || cfg.Isolated);
        if (stdlib != null) path.Append(PyStr.From(stdlib));
        m.Set("path", path);
        m.Set("modules", interp.Modules);
        m.Set("meta_path", new PyList());
        m.Set("path_hooks", new PyList());
        m.Set("path_importer_cache", new PyDict());
        m.Set("builtin_module_names", BuiltinModuleNames());
        m.Set("version", PyStr.From($"{Version} {BuildInfo}"));
        m.Set("version_info", new PyStructSeq(T.VersionInfo, [PyInt.From(3), PyInt.From(14), PyInt.From(0), PyStr.From("final"), PyInt.From(0)], []));
        m.Set("hexversion", PyInt.From(0x030E00F0));
        m.Set("api_version", PyInt.From(1013));
        m.Set("maxsize", PyInt.From(long.MaxValue));
        m.Set("maxunicode", PyInt.From(0x10FFFF));
        m.Set("byteorder", PyStr.From(BitConverter.IsLittleEndian ? "little" : "big"));
        m.Set("platform", PyStr.From(PlatformName));
        m.Set("executable", PyStr.From(Environment.ProcessPath ?? ""));
        var prefix = PyStr.From(StdlibLocator.PrefixFor(stdlib));
        m.Set("prefix", prefix);
        m.Set("exec_prefix", prefix);
        m.Set("base_prefix", prefix);
        m.Set("base_exec_prefix", prefix);
        m.Set("platlibdir", PyStr.From("lib"));
        m.Set("_stdlib_dir", stdlib != null ? PyStr.From(stdlib) : PyNone.Value);
        m.Set("dont_write_bytecode", PyBool.True);
        m.Set("copyright", PyStr.From("Copyright (c) Kaa developers."));
        m.Set("float_repr_style", PyStr.From("short"));
        // The ABI flags of the build (PEP 3149); POSIX only, as in CPython. Kaa has no debug or free-threaded ABI.
        if (!OperatingSystem.IsWindows()) m.Set("abiflags", PyStr.Empty);
        (string, PyObject)[] implementation =
        [
            ("name", PyStr.From("kaa")),
            ("cache_tag", PyNone.Value),
            ("version", new PyStructSeq(T.VersionInfo, [PyInt.From(0), PyInt.From(1), PyInt.From(0), PyStr.From("alpha"), PyInt.From(0)], [])),
            ("hexversion", PyInt.From(0x000100A0)),
            ("supports_isolated_interpreters", PyBool.True),
        ];
        // Where CPython has one, sysconfig finds its build data module (_sysconfigdata_*) by it.
        if (SysconfigDataModule.Multiarch is { } multiarch) implementation = [.. implementation, ("_multiarch", PyStr.From(multiarch))];
        m.Set("implementation", SimpleNamespace(implementation));
        static PyObject I(long v) => PyInt.From(v);
        m.Set("flags", new PyStructSeq(T.Flags, [
            I(0), I(cfg.Inspect ? 1 : 0), I(cfg.Interactive ? 1 : 0), I(cfg.OptimizeLevel), I(1),
            I(cfg.NoUserSite || cfg.Isolated ? 1 : 0), I(cfg.NoSite ? 1 : 0), I(cfg.IgnoreEnvironment || cfg.Isolated ? 1 : 0),
            I(cfg.Verbose), I(cfg.BytesWarning), I(cfg.Quiet ? 1 : 0), I(StrHash.Randomized ? 1 : 0), I(cfg.Isolated ? 1 : 0),
            PyBool.From(cfg.DevMode), I(Utf8Mode(cfg) ? 1 : 0), I(0), PyBool.From(cfg.SafePath || cfg.Isolated),
            I(cfg.IntMaxStrDigits), I(1), I(0), I(0)], []));
        m.Set("float_info", new PyStructSeq(T.FloatInfo, [
            new PyFloat(double.MaxValue), I(1024), I(308), new PyFloat(2.2250738585072014e-308), I(-1021), I(-307),
            I(15), I(53), new PyFloat(2.220446049250313e-16), I(2), I(1)], []));
        m.Set("int_info", new PyStructSeq(T.IntInfo, [I(30), I(4), I(IntType.MaxStrDigits), I(640)], []));
        m.Set("hash_info", new PyStructSeq(T.HashInfo, [
            I(64), I(PyInt.HashModulus), I(314159), I(0), I(1000003), PyStr.From("kaa-mx64"), I(64), I(64), I(0)], []));
        m.Set("thread_info", new PyStructSeq(T.ThreadInfo,
            [PyStr.From(OperatingSystem.IsWindows() ? "nt" : "pthread"), PyStr.From(OperatingSystem.IsWindows() ? "semaphore" : "mutex+cond"), PyNone.Value], []));

        var (stdin, stdout, stderr) = IoModule.CreateStdStreams(ts, cfg);
        m.Set("stdin", stdin); m.Set("__stdin__", stdin);
        m.Set("stdout", stdout); m.Set("__stdout__", stdout);
        m.Set("stderr", stderr); m.Set("__stderr__", stderr);

        m.Set("monitoring", SysMonitoring.Create(ts));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        // Tracing and profiling hooks are not implemented: no trace or profile function is ever
        // installed, so the getters truthfully return None and the setters accept None (what code that
        // saves and restores the hook passes); installing a function raises NotImplementedError.
        Fn("gettrace", (ts2, mod, a, kw) => { Args.Exact("sys.gettrace", a, kw, 0); return PyNone.Value; });
        Fn("getprofile", (ts2, mod, a, kw) => { Args.Exact("sys.getprofile", a, kw, 0); return PyNone.Value; });
        foreach (var setter in new[] { "settrace", "setprofile" })
        {
            Fn(setter, (ts2, mod, a, kw) =>
            {
                Args.Exact("sys." + setter, a, kw, 1);
                if (a[0] is not PyNone) throw PyErr.NotImplementedError($"sys.{setter}() with a function is not supported by Kaa yet");
                return PyNone.Value;
            });
        }
        Fn("get_coroutine_origin_tracking_depth", (ts2, mod, a, kw) =>
        {
            Args.Exact("get_coroutine_origin_tracking_depth", a, kw, 0);
            return PyInt.From(ts2.CoroutineOriginTrackingDepth);
        });
        Fn("set_coroutine_origin_tracking_depth", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("set_coroutine_origin_tracking_depth", a, kw, ["depth"], 1);
            if (p[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            var depth = Ops.Index(ts2, p[0]!);
            if (!depth.IsSmall || depth.Small > int.MaxValue || depth.Small < int.MinValue)
                throw PyErr.OverflowError(depth.Sign < 0 ? "Python int too small to convert to C int" : "Python int too large to convert to C int");
            if (depth.Small < 0) throw PyErr.ValueError("depth must be >= 0");
            ts2.CoroutineOriginTrackingDepth = (int)depth.Small;
            return PyNone.Value;
        });
        Fn("getrecursionlimit", (ts2, mod, a, kw) => PyInt.From(ts2.Interp.RecursionLimit));
        Fn("setrecursionlimit", (ts2, mod, a, kw) =>
        {
            Args.Exact("setrecursionlimit", a, kw, 1);
            if (a[0] is PyFloat) throw PyErr.TypeError("'float' object cannot be interpreted as an integer");
            long n = Ops.IndexAsLong(ts2, a[0]);
            if (n < 1) throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            if (n <= ts2.RecursionDepth)
                throw PyErr.RecursionError($"cannot set the recursion limit to {n} at the recursion depth {ts2.RecursionDepth}: the limit is too low");
            ts2.Interp.RecursionLimit = (int)Math.Min(n, int.MaxValue);
            return PyNone.Value;
        });
        Fn("getswitchinterval", (ts2, mod, a, kw) => new PyFloat(ts2.Interp.SwitchInterval));
        Fn("setswitchinterval", (ts2, mod, a, kw) =>
        {
            Args.Exact("setswitchinterval", a, kw, 1);
            double v = Ops.AsDouble(ts2, a[0]);
            if (v <= 0) throw PyErr.ValueError("switch interval must be strictly positive");
            ts2.Interp.SwitchInterval = v;
            return PyNone.Value;
        });
        Fn("intern", (ts2, mod, a, kw) =>
        {
            Args.Exact("intern", a, kw, 1);
            if (a[0] is not PyStr s || !PyType.IsExact(s, BuiltinTypes.Str))
                throw PyErr.TypeError($"intern() argument must be str, not {PyErr.ArgTypeName(a[0])}");
            return ts2.Interp.Intern(s.Value);
        });
        Fn("exit", (ts2, mod, a, kw) =>
        {
            Args.Range("exit", a, kw, 0, 1);
            // PyErr_SetObject(SystemExit, status) calls the type: None gives no arguments, a tuple its items.
            var status = a.Length == 0 ? PyNone.Value : a[0];
            var args = status is PyNone ? PyTuple.Empty : status is PyTuple st && PyType.IsExact(st, BuiltinTypes.Tuple) ? st : new PyTuple([status]);
            throw new PyException(PyBaseException.Create(PyExc.SystemExit, args));
        });
        Fn("exc_info", (ts2, mod, a, kw) =>
        {
            var e = ts2.CurrentHandledException;
            if (e == null) return new PyTuple([PyNone.Value, PyNone.Value, PyNone.Value]);
            return new PyTuple([e.ObType, e, e.Traceback ?? PyNone.Value]);
        });
        Fn("exception", (ts2, mod, a, kw) => (PyObject?)ts2.CurrentHandledException ?? PyNone.Value);
        Fn("getdefaultencoding", (ts2, mod, a, kw) => PyStr.From("utf-8"));
        Fn("getfilesystemencoding", (ts2, mod, a, kw) => PyStr.From("utf-8"));
        Fn("getfilesystemencodeerrors", (ts2, mod, a, kw) => PyStr.From("surrogateescape"));
        Fn("get_int_max_str_digits", (ts2, mod, a, kw) => { Args.Exact("get_int_max_str_digits", a, kw, 0); return PyInt.From(ts2.Interp.IntMaxStrDigits); });
        Fn("set_int_max_str_digits", (ts2, mod, a, kw) =>
        {
            var p = Args.Parse("set_int_max_str_digits", a, kw, ["maxdigits"], 1);
            long n = Ops.IndexAsLong(ts2, p[0]!);
            if (n != 0 && n < 640) throw PyErr.ValueError("maxdigits must be >= 640 or 0 for unlimited");
            ts2.Interp.IntMaxStrDigits = (int)Math.Min(n, int.MaxValue);
            return PyNone.Value;
        });
        Fn("is_finalizing", (ts2, mod, a, kw) => PyBool.False);
        Fn("getrefcount", (ts2, mod, a, kw) => PyInt.From(2));
        // 3.14: dataclasses(slots=True) drops the __dict__/__weakref__ descriptors of the class it replaces.
        Fn("_clear_type_descriptors", (ts2, mod, a, kw) =>
        {
            Args.Exact("_clear_type_descriptors", a, kw, 1);
            if (a[0] is not PyType t) throw PyErr.TypeError($"_clear_type_descriptors() argument must be type, not {PyErr.ArgTypeName(a[0])}");
            if (!t.IsHeapType) throw PyErr.TypeError("argument is immutable");
            t.Dict.DelItem(ts2, Names.__dict__);
            t.Dict.DelItem(ts2, PyStr.From("__weakref__"));
            t.InvalidateLookupCaches(ts2);
            return PyNone.Value;
        });
        Fn("getsizeof", (ts2, mod, a, kw) =>
        {
            Args.Range("getsizeof", a, kw, 1, 2);
            return Ops.CallMethod(ts2, a[0], Names.__sizeof__);
        });
        Fn("_is_gil_enabled", (ts2, mod, a, kw) => PyBool.True);
        AddHookFunctions(ts, m);
        AddAsyncGenHooks(m);
        Kaa.Runtime.Eval.Executor.AddSysFunctions(ts, m);
    }

    /// <summary>sys's struct sequence types. Every interpreter has sys, so <see cref="TypeInit"/> makes them
    /// with the other static types and lists them once for all in tuple's built-in __subclasses__()
    /// (CPython readies them with each interpreter's sys).</summary>
    internal static PyType[] StructSeqTypes() => [T.IntInfo, T.FloatInfo, T.HashInfo, T.VersionInfo, T.Flags, T.ThreadInfo, AsyncGenTypes.Hooks];

    /// <summary>sys's struct sequence types, created on first use (after the core types exist). As in
    /// CPython, flags and version_info cannot be instantiated; the others can.</summary>
    private static class T
    {
        public static readonly PyType VersionInfo = PyStructSeq.CreateType("version_info", "sys",
            ["major", "minor", "micro", "releaselevel", "serial"], [], doc: "sys.version_info\n\nVersion information as a named tuple.", instantiable: false);
        public static readonly PyType Flags = PyStructSeq.CreateType("flags", "sys",
            ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
             "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
             "safe_path", "int_max_str_digits", "gil", "thread_inherit_context", "context_aware_warnings"], [],
            doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.", instantiable: false);
        public static readonly PyType FloatInfo = PyStructSeq.CreateType("float_info", "sys",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"], [],
            doc: "sys.float_info\n\nA named tuple holding information about the float type.");
        public static readonly PyType IntInfo = PyStructSeq.CreateType("int_info", "sys",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], [],
            doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.");
        public static readonly PyType HashInfo = PyStructSeq.CreateType("hash_info", "sys",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"], [],
            doc: "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.");
        public static readonly PyType ThreadInfo = PyStructSeq.CreateType("thread_info", "sys", ["name", "lock", "version"], [],
            doc: "sys.thread_info\n\nA named tuple holding information about the thread implementation.");
    }

    /// <summary>
    /// CPython's UTF-8 mode: -X utf8[=0|1], else PYTHONUTF8 (unless -E/-I), else on when the LC_CTYPE
    /// locale is C or POSIX. Only sys.flags reports it: Kaa's text I/O is UTF-8 either way.
    /// </summary>
    private static bool Utf8Mode(RuntimeConfig cfg)
    {
        foreach (var x in cfg.XOptions)
        {
            if (x == "utf8") return true;
            if (x.StartsWith("utf8=", StringComparison.Ordinal)) return x[5..] != "0";
        }
        if (!cfg.IgnoreEnvironment && !cfg.Isolated && Environment.GetEnvironmentVariable("PYTHONUTF8") is { Length: > 0 } env)
            return env != "0";
        string? loc = null;
        foreach (var name in new[] { "LC_ALL", "LC_CTYPE", "LANG" })
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } v) { loc = v; break; }
        return loc is null or "C" or "POSIX";
    }

    /// <summary>A types.SimpleNamespace holding the given attributes (sys.implementation and friends).</summary>
    internal static PyObject SimpleNamespace(params (string, PyObject)[] attrs) => SimpleNamespaceType.Create(attrs);

    public static PyTextIOWrapper? StdStream(ThreadState ts, string name)
        => ts.Interp.Sys.Dict.GetStr(name) is PyTextIOWrapper w && !w.ObType.IsHeapType ? w : null;
}
