using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// sys.audit / sys.addaudithook (PEP 578), sys.breakpointhook (PEP 553) and sys.stdlib_module_names.
/// Audit hooks live on the interpreter, as in CPython; the runtime itself raises no audit events yet,
/// only Python code calling sys.audit does (pickle's find_class, for one).
/// </summary>
public static partial class SysModule
{
    /// <summary>CPython 3.13's sys.stdlib_module_names plus the 3.14 Lib/ additions: the names of the
    /// standard library's top-level modules, which traceback uses for its "did you mean" hints.</summary>
    private const string StdlibModuleNames =
        "__future__ _abc _aix_support _android_support _ast _ast_unparse _asyncio _bisect _blake2 _bz2 "
        + "_codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections "
        + "_collections_abc _colorize _compat_pickle _compression _contextvars _csv _ctypes _curses "
        + "_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external "
        + "_functools _gdbm _hashlib _heapq _imp _interpchannels _interpqueues _interpreters _io _ios_support "
        + "_json _locale _lsprof _lzma _markupbase _md5 _multibytecodec _multiprocessing _opcode "
        + "_opcode_metadata _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc "
        + "_py_warnings _pydatetime _pydecimal _pyio _pylong _pyrepl _queue _random _scproxy _sha1 _sha2 _sha3 "
        + "_signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct "
        + "_suggestions _symtable _sysconfig _thread _threading_local _tkinter _tokenize _tracemalloc _typing "
        + "_uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo abc annotationlib antigravity argparse "
        + "array ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile calendar cmath cmd code "
        + "codecs codeop collections colorsys compileall compression concurrent configparser contextlib "
        + "contextvars copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis doctest "
        + "email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib "
        + "functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http "
        + "idlelib imaplib importlib inspect io ipaddress itertools json keyword linecache locale logging lzma "
        + "mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing netrc nt ntpath nturl2path "
        + "numbers opcode operator optparse os pathlib pdb pickle pickletools pkgutil platform plistlib poplib "
        + "posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue "
        + "quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve "
        + "shlex shutil signal site smtplib socket socketserver sqlite3 sre_compile sre_constants sre_parse ssl "
        + "stat statistics string stringprep struct subprocess symtable sys sysconfig syslog tabnanny tarfile "
        + "tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback "
        + "tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uuid venv warnings wave "
        + "weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile zipimport zlib zoneinfo ";

    private static void AddHookFunctions(ThreadState ts, PyModule m)
    {
        m.Set("stdlib_module_names", ts.Interp.Runtime.StdlibModuleNames(ts, ts2 =>
        {
            var names = PySet.NewExact(frozen: true);
            foreach (var n in StdlibModuleNames.Split(' ', StringSplitOptions.RemoveEmptyEntries)) names.Add(ts2, PyStr.From(n));
            return names;
        }));
        void Fn(string name, BuiltinFunc f) => m.Set(name, new PyBuiltinFunction(name, f, m));
        Fn("audit", (ts, _, a, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyErr.TypeError("sys.audit() takes no keyword arguments");
            if (a.Length == 0) throw PyErr.TypeError("audit expected at least 1 argument, got 0");
            if (a[0] is not PyStr ev) throw PyErr.TypeError($"audit() argument 1 must be str, not {PyErr.ArgTypeName(a[0])}");
            Audit(ts, ev, new PyTuple(a[1..].ToArray()));
            return PyNone.Value;
        });
        Fn("addaudithook", (ts, _, a, kw) =>
        {
            var p = Args.Parse("addaudithook", a, kw, ["hook"], 1);
            // Existing hooks may veto the new one; CPython swallows their Exception-derived errors.
            try { Audit(ts, PyStr.From("sys.addaudithook"), PyTuple.Empty); }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.Exception)) { return PyNone.Value; }
            ts.Interp.AuditHooks.Add(p[0]!);
            return PyNone.Value;
        });
        var hook = new PyBuiltinFunction("breakpointhook", BreakpointHook, m);
        m.Set("breakpointhook", hook);
        m.Set("__breakpointhook__", hook);
    }

    /// <summary>PySys_Audit for Python-level hooks: each hook gets (event, args); errors propagate.</summary>
    public static void Audit(ThreadState ts, PyStr ev, PyTuple args)
    {
        var hooks = ts.Interp.AuditHooks;
        if (hooks.Count == 0) return;
        foreach (var h in hooks.ToArray()) Ops.Call(ts, h, [ev, args]);
    }

    /// <summary>sys.breakpointhook: $PYTHONBREAKPOINT names the callable ("0" disables it; unset or
    /// empty means pdb.set_trace); an unimportable name is a RuntimeWarning, not an error.</summary>
    private static PyObject BreakpointHook(ThreadState ts, PyObject? mod, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var cfg = ts.Interp.Runtime.Config;
        string? env = cfg.IgnoreEnvironment || cfg.Isolated ? null : Environment.GetEnvironmentVariable("PYTHONBREAKPOINT");
        if (string.IsNullOrEmpty(env)) env = "pdb.set_trace";
        else if (env == "0") return PyNone.Value;
        int dot = env.LastIndexOf('.');
        string modulePath = dot < 0 ? "builtins" : env[..dot], attr = dot < 0 ? env : env[(dot + 1)..];
        PyObject target;
        // A leading dot (".", ".foo") names no module at all: sys_breakpointhook warns at once.
        if (dot == 0)
        {
            WarningsModule.Warn(ts, PyExc.RuntimeWarning, $"Ignoring unimportable $PYTHONBREAKPOINT: \"{env}\"", 0);
            return PyNone.Value;
        }
        try
        {
            var module = ImportSystem.ImportModuleLevel(ts, modulePath, null, PyTuple.Empty, 0);
            if (dot >= 0 && modulePath.Contains('.')) module = ts.Interp.Modules.GetItem(ts, PyStr.From(modulePath)) ?? module;
            target = Ops.GetAttr(ts, module, PyStr.From(attr));
        }
        catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.ImportError) || e.Value.ObType.IsSubtype(PyExc.AttributeError))
        {
            WarningsModule.Warn(ts, PyExc.RuntimeWarning, $"Ignoring unimportable $PYTHONBREAKPOINT: \"{env}\"", 0);
            return PyNone.Value;
        }
        return Ops.Call(ts, target, a, kw);
    }
}
