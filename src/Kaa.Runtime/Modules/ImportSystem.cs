using System.IO.Compression;
using System.Text;
using Kaa.Runtime.Eval;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The import system: `import` / `from ... import` / __import__ for built-in modules and .py modules
/// and packages found on sys.path (directories and zip files). Follows importlib._bootstrap's
/// algorithm (_find_and_load, _handle_fromlist, _resolve_name) and its error messages.
/// </summary>
public static class ImportSystem
{
    public static readonly PyType ModuleSpecType = BuiltinTypes.CreateStatic("ModuleSpec", BuiltinTypes.Object, "importlib._bootstrap");
    public static readonly PyType SourceLoaderType = BuiltinTypes.CreateStatic("SourceFileLoader", BuiltinTypes.Object, "importlib._bootstrap_external");
    public static readonly PyType BuiltinImporterType = BuiltinTypes.CreateStatic("BuiltinImporter", BuiltinTypes.Object, "importlib._bootstrap");

    static readonly PyStr Parent = PyStr.Immortal("parent");
    static readonly PyStr Initializing = PyStr.Immortal("_initializing");
    static readonly PyStr ImportStr = PyStr.Immortal("__import__");

    internal static void Init()
    {
        ModuleSpecType.HasInstanceDict = true;
        ModuleSpecType.InstanceFactory = cls => new PyInstance(cls);
        ModuleSpecType.TpRepr = (ts, o) =>
        {
            var d = ((PyInstance)o).Dict!;
            string name = d.GetStr("name") is PyStr n ? n.Value : "?";
            string origin = d.GetStr("origin") is PyStr s ? $", origin={Ops.ReprString(ts, s)}" : "";
            return PyStr.From($"ModuleSpec(name={Unparse(name)}, loader={Ops.ReprString(ts, d.GetStr("loader") ?? PyNone.Value)}{origin})");
        };
        SourceLoaderType.HasInstanceDict = true;
        SourceLoaderType.AddMethod("get_source", (ts, self, args, kw) =>
        {
            var path = ((PyInstance)self).Dict!.GetStr("path") as PyStr;
            if (path == null) return PyNone.Value;
            var text = ReadSource(ts, path.Value);
            return text == null ? PyNone.Value : PyStr.From(text);
        });
        SourceLoaderType.AddMethod("get_filename", (ts, self, args, kw) => ((PyInstance)self).Dict!.GetStr("path") ?? PyNone.Value);
        SourceLoaderType.AddMethod("is_package", (ts, self, args, kw) =>
        {
            var path = ((PyInstance)self).Dict!.GetStr("path") as PyStr;
            return PyBool.From(path != null && Path.GetFileNameWithoutExtension(path.Value) == "__init__");
        });
        SourceLoaderType.AddMethod("get_data", (ts, self, args, kw) =>
        {
            Args.Exact("get_data", args, kw, 1);
            var p = Ops.StrString(ts, args[0]);
            var bytes = ReadBytes(ts, p) ?? throw PyErr.New(PyExc.FileNotFoundError, $"[Errno 2] No such file or directory: '{p}'");
            return new PyBytes(bytes);
        });
        SourceLoaderType.TpRepr = (ts, o) => PyStr.From($"<SourceFileLoader object at 0x{ObjectIds.Id(ts, o):x}>");
        BuiltinImporterType.TpRepr = (ts, o) => PyStr.From("<class '_frozen_importlib.BuiltinImporter'>");
    }

    static string Unparse(string s) => Kaa.Compiler.CodeGen.Unparser.Repr(s);

    // ------------------------------------------------------------------ IMPORT_NAME / IMPORT_FROM

    internal static PyObject ImportName(ThreadState ts, PyFrame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var importFunc = Interpreter.MappingLookup(ts, f.Builtins, ImportStr) ?? throw PyErr.ImportError("__import__ not found");
        if (!ReferenceEquals(importFunc, ts.Interp.ImportFunc))
        {
            var locals = f.Locals ?? PyNone.Value;
            return Ops.Call(ts, importFunc, [name, f.Globals, locals, fromlist, level]);
        }
        return ImportModuleLevel(ts, name.Value, f.Globals, fromlist, (int)Ops.IndexAsLong(ts, level));
    }

    /// <summary>PyImport_ImportModuleLevelObject.</summary>
    public static PyObject ImportModuleLevel(ThreadState ts, string name, PyDict? globals, PyObject? fromlist, int level)
    {
        if (level < 0) throw PyErr.ValueError("level must be >= 0");
        string absName;
        if (level > 0) absName = ResolveName(ts, name, globals, level);
        else
        {
            if (name.Length == 0) throw PyErr.ValueError("Empty module name");
            absName = name;
        }
        var mod = GetModule(ts, absName) ?? FindAndLoad(ts, absName);
        bool hasFrom = fromlist != null && fromlist is not PyNone && Ops.IsTrue(ts, fromlist);
        if (!hasFrom)
        {
            if (level == 0 || name.Length > 0)
            {
                int dot = name.IndexOf('.');
                if (dot < 0) return mod;
                if (level == 0) return ImportModuleLevel(ts, name[..dot], null, null, 0);
                int cutOff = name.Length - dot;
                string toReturn = absName[..(absName.Length - cutOff)];
                return GetModule(ts, toReturn) ?? throw PyErr.KeyError(PyStr.From($"'{toReturn}' not in sys.modules as expected"));
            }
            return mod;
        }
        if (Ops.TryGetAttr(ts, mod, Names.__path__, out var path) && path is not PyNone)
            return HandleFromList(ts, mod, fromlist!, false);
        return mod;
    }

    /// <summary>sys.modules[name], or null when absent or None.</summary>
    static PyObject? GetModule(ThreadState ts, string name)
    {
        var v = ts.Interp.Modules.GetItem(ts, PyStr.From(name));
        return v is null or PyNone ? null : v;
    }

    static PyObject HandleFromList(ThreadState ts, PyObject module, PyObject fromlist, bool recursive)
    {
        foreach (var x in Ops.ToArray(ts, fromlist))
        {
            if (x is not PyStr xs)
            {
                string where = recursive ? ModuleName(ts, module) + ".__all__" : "``from list''";
                throw PyErr.TypeError($"Item in {where} must be str, not {x.ObType.Name}");
            }
            if (xs.Value == "*")
            {
                if (!recursive && Ops.TryGetAttr(ts, module, Names.__all__, out var all))
                    HandleFromList(ts, module, all!, true);
            }
            else if (!Ops.HasAttr(ts, module, xs))
            {
                string fromName = ModuleName(ts, module) + "." + xs.Value;
                try
                {
                    ImportModuleLevel(ts, fromName, null, null, 0);
                }
                catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.ModuleNotFoundError)
                    && e.Value is PyImportError { Name: PyStr n } && n.Value == fromName
                    && ts.Interp.Modules.GetItem(ts, PyStr.From(fromName)) is not PyNone)
                {
                }
            }
        }
        return module;
    }

    static string ModuleName(ThreadState ts, PyObject module)
        => Ops.TryGetAttr(ts, module, Names.__name__, out var n) && n is PyStr s ? s.Value : "?";

    /// <summary>Resolves a relative module name (importlib's _calc___package__ and _resolve_name).</summary>
    static string ResolveName(ThreadState ts, string name, PyDict? globals, int level)
    {
        if (globals == null) throw PyErr.KeyError(PyStr.From("'__name__' not in globals"));
        var package = globals.GetStr("__package__");
        var spec = globals.GetStr("__spec__");
        string? pkg = null;
        if (package != null && package is not PyNone)
        {
            if (package is not PyStr ps) throw PyErr.TypeError("package must be a string");
            pkg = ps.Value;
        }
        else if (spec != null && spec is not PyNone)
        {
            var parent = Ops.GetAttr(ts, spec, Parent);
            pkg = parent is PyStr ps2 ? ps2.Value : Ops.StrString(ts, parent);
        }
        else
        {
            var modName = globals.GetStr("__name__") ?? throw PyErr.KeyError(PyStr.From("'__name__' not in globals"));
            if (modName is not PyStr ms) throw PyErr.TypeError("__name__ must be a string");
            pkg = ms.Value;
            if (!globals.TryGetStr(Names.__path__, out _))
            {
                int dot = pkg.LastIndexOf('.');
                pkg = dot < 0 ? "" : pkg[..dot];
            }
        }
        if (pkg.Length == 0) throw PyErr.ImportError("attempted relative import with no known parent package");
        var bits = RSplit(pkg, '.', level - 1);
        if (bits.Count < level) throw PyErr.ImportError("attempted relative import beyond top-level package");
        string baseName = bits[0];
        return name.Length > 0 ? baseName + "." + name : baseName;
    }

    static List<string> RSplit(string s, char sep, int maxsplit)
    {
        var parts = new List<string>();
        int end = s.Length;
        while (maxsplit-- > 0)
        {
            int i = s.LastIndexOf(sep, end - 1 < 0 ? 0 : end - 1);
            if (i < 0 || end == 0) break;
            parts.Insert(0, s[(i + 1)..end]);
            end = i;
        }
        parts.Insert(0, s[..end]);
        return parts;
    }

    internal static PyObject ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        if (Ops.TryGetAttr(ts, module, name, out var x)) return x!;
        // A circular relative import may have put the submodule in sys.modules already.
        string? pkgname = Ops.TryGetAttr(ts, module, Names.__name__, out var pn) && pn is PyStr pns ? pns.Value : null;
        if (pkgname != null && GetModule(ts, pkgname + "." + name.Value) is { } sub) return sub;
        var pkgpath = Ops.TryGetAttr(ts, module, Names.__file__, out var pp) ? pp as PyStr : null;
        string display = pkgname ?? "<unknown module name>";
        string msg;
        if (pkgpath == null)
            msg = $"cannot import name {Unparse(name.Value)} from {Unparse(display)} (unknown location)";
        else if (IsInitializing(ts, module))
            msg = $"cannot import name {Unparse(name.Value)} from partially initialized module {Unparse(display)} (most likely due to a circular import) ({pkgpath.Value})";
        else
            msg = $"cannot import name {Unparse(name.Value)} from {Unparse(display)} ({pkgpath.Value})";
        // _PyErr_SetImportErrorWithNameFrom: all three passed, None where unknown.
        var e = (PyImportError)Interpreter.MakeException(PyExc.ImportError, msg);
        e.Name = pkgname != null ? PyStr.From(pkgname) : PyNone.Value;
        e.Path = (PyObject?)pkgpath ?? PyNone.Value;
        e.NameFrom = name;
        throw new PyException(e);
    }

    static bool IsInitializing(ThreadState ts, PyObject module)
    {
        if (!Ops.TryGetAttr(ts, module, Names.__spec__, out var spec) || spec is PyNone) return false;
        return Ops.TryGetAttr(ts, spec!, Initializing, out var v) && Ops.IsTrue(ts, v!);
    }

    /// <summary>`from module import *`.</summary>
    internal static void ImportStar(ThreadState ts, PyFrame f, PyObject module)
    {
        var locals = f.Locals ?? throw PyErr.SystemError("no locals found during 'import *'");
        bool skipUnderscore = false;
        PyObject all;
        if (!Ops.TryGetAttr(ts, module, Names.__all__, out var allObj))
        {
            if (!Ops.TryGetAttr(ts, module, Names.__dict__, out var dict))
                throw PyErr.ImportError("from-import-* object has no __dict__ and no __all__");
            all = Ops.CallMethod(ts, dict!, "keys");
            skipUnderscore = true;
        }
        else all = allObj!;
        foreach (var n in Ops.ToArray(ts, all))
        {
            if (n is not PyStr ns)
            {
                string modName = ModuleName(ts, module);
                throw PyErr.TypeError(skipUnderscore
                    ? $"Key in {modName}.__dict__ must be str, not {n.ObType.Name}"
                    : $"Item in {modName}.__all__ must be str, not {n.ObType.Name}");
            }
            if (skipUnderscore && ns.Value.StartsWith('_')) continue;
            var value = Ops.GetAttr(ts, module, ns);
            if (locals is PyDict d && ReferenceEquals(d.ObType, BuiltinTypes.Dict)) d.SetItem(ts, ns, value);
            else Ops.SetItem(ts, locals, ns, value);
        }
    }

    // ------------------------------------------------------------------ finding and loading

    static PyException NotFound(string msg, string name)
    {
        // As importlib's `raise ModuleNotFoundError(msg, name=name)`: path and name_from stay unset.
        var e = (PyImportError)Interpreter.MakeException(PyExc.ModuleNotFoundError, msg);
        e.Name = PyStr.From(name);
        return new PyException(e);
    }

    /// <summary>importlib's _find_and_load.</summary>
    static PyObject FindAndLoad(ThreadState ts, string name)
    {
        var modules = ts.Interp.Modules;
        int dot = name.LastIndexOf('.');
        string parent = dot < 0 ? "" : name[..dot];
        PyObject? path = null;
        PyObject? parentModule = null;
        if (parent.Length > 0)
        {
            if (GetModule(ts, parent) == null) ImportModuleLevel(ts, parent, null, null, 0);
            // Importing the parent may have imported the child as a side effect.
            if (GetModule(ts, name) is { } already) return already;
            parentModule = GetModule(ts, parent)!;
            if (!Ops.TryGetAttr(ts, parentModule, Names.__path__, out path))
                throw NotFound($"No module named {Unparse(name)}; {Unparse(parent)} is not a package", name);
        }
        else
        {
            var existing = modules.GetItem(ts, PyStr.From(name));
            if (existing is PyNone) throw NotFound($"import of {name} halted; None in sys.modules", name);
        }
        var module = Load(ts, name, path) ?? throw NotFound($"No module named {Unparse(name)}", name);
        if (parentModule != null)
        {
            try { Ops.SetAttr(ts, parentModule, PyStr.From(name[(dot + 1)..]), module); }
            catch (PyException) { }
        }
        return module;
    }

    /// <summary>Finds and executes a module; null when it is not found.</summary>
    static PyObject? Load(ThreadState ts, string name, PyObject? path)
    {
        if (path == null)
        {
            var def = ModuleRegistry.Find(name);
            if (def != null)
            {
                var m = ModuleRegistry.Create(ts, def);
                m.Dict.SetItemStr(Names.__spec__, MakeSpec(ts, name, PyStr.From("built-in"), null, null, false));
                ts.Interp.Modules.SetItem(ts, PyStr.From(name), m);
                return GetModule(ts, name) ?? m;
            }
            path = ts.Interp.Sys.Dict.GetStr("path");
        }
        if (path == null || path is PyNone) return null;
        string shortName = name[(name.LastIndexOf('.') + 1)..];
        // FileFinder matches directory entries: an empty name ('.' imports '') or one holding a path
        // separator names no entry, so it must not resolve to the directory itself or a subfolder.
        if (shortName.Length == 0 || shortName.Contains('/') || shortName.Contains('\0')) return null;
        List<string>? namespaceDirs = null;
        foreach (var entryObj in Ops.ToArray(ts, path))
        {
            if (entryObj is not PyStr entryStr) continue;
            string entry = entryStr.Value.Length == 0 ? Directory.GetCurrentDirectory() : entryStr.Value;
            var found = FindIn(ts, entry, shortName, out bool isNamespaceDir);
            if (found != null)
            {
                var (file, isPackage, searchDir) = found.Value;
                return ExecSourceModule(ts, name, file, isPackage, searchDir);
            }
            if (isNamespaceDir) (namespaceDirs ??= new()).Add(Path.Combine(entry, shortName));
        }
        if (namespaceDirs != null) return MakeNamespacePackage(ts, name, namespaceDirs);
        return null;
    }

    /// <summary>Looks for name/__init__.py or name.py in a directory or zip file path entry.</summary>
    static (string file, bool isPackage, string searchDir)? FindIn(ThreadState ts, string entry, string name, out bool isNamespaceDir)
    {
        isNamespaceDir = false;
        var zip = ZipFor(ts, entry, out string inner);
        if (zip != null)
        {
            string prefix = inner.Length > 0 ? inner.TrimEnd('/') + "/" : "";
            if (zip.Contains(prefix + name + "/__init__.py"))
                return (entry + "/" + prefix + name + "/__init__.py", true, entry + "/" + prefix + name);
            if (zip.Contains(prefix + name + ".py")) return (entry + "/" + prefix + name + ".py", false, "");
            if (zip.ContainsDir(prefix + name + "/")) isNamespaceDir = true;
            return null;
        }
        if (!Directory.Exists(entry)) return null;
        string dir = Path.Combine(entry, name);
        if (Directory.Exists(dir))
        {
            string init = Path.Combine(dir, "__init__.py");
            if (File.Exists(init)) return (init, true, dir);
            isNamespaceDir = true;
        }
        string file = Path.Combine(entry, name + ".py");
        if (File.Exists(file)) return (file, false, "");
        return null;
    }

    /// <summary>The loader of a module run from a source file (SourceFileLoader(name, path)).</summary>
    public static PyObject MakeSourceLoader(string name, string file)
    {
        var loader = new PyInstance(SourceLoaderType);
        loader.Dict!.SetItemStr("name", PyStr.From(name));
        loader.Dict!.SetItemStr("path", PyStr.From(file));
        return loader;
    }

    static PyObject MakeSpec(ThreadState ts, string name, PyObject origin, PyObject? loader, PyList? searchLocations, bool hasLocation)
    {
        var spec = new PyInstance(ModuleSpecType);
        var d = spec.Dict!;
        d.SetItemStr("name", PyStr.From(name));
        d.SetItemStr("loader", loader ?? (PyObject)BuiltinImporterType);
        d.SetItemStr("origin", origin);
        d.SetItemStr("loader_state", PyNone.Value);
        d.SetItemStr("submodule_search_locations", (PyObject?)searchLocations ?? PyNone.Value);
        d.SetItemStr("cached", PyNone.Value);
        d.SetItemStr("has_location", PyBool.From(hasLocation));
        // Attributes importlib._bootstrap's ModuleSpec has and its import code reads.
        d.SetItemStr("_uninitialized_submodules", new PyList());
        d.SetItemStr("_set_fileattr", PyBool.From(hasLocation));
        d.SetItemStr("_cached", PyNone.Value);
        string parent = searchLocations != null ? name : (name.LastIndexOf('.') is var i and >= 0 ? name[..i] : "");
        d.SetItemStr(Parent, PyStr.From(parent));
        d.SetItemStr(Initializing, PyBool.False);
        return spec;
    }

    static PyObject MakeNamespacePackage(ThreadState ts, string name, List<string> dirs)
    {
        var m = new PyModule(name);
        var path = new PyList(dirs.Select(p => (PyObject)PyStr.From(p)).ToArray());
        m.Dict.SetItemStr(Names.__path__, path);
        m.Dict.SetItemStr(Names.__package__, PyStr.From(name));
        m.Dict.SetItemStr(Names.__file__, PyNone.Value);
        m.Dict.SetItemStr(Names.__loader__, PyNone.Value);
        m.Dict.SetItemStr(Names.__spec__, MakeSpec(ts, name, PyNone.Value, PyNone.Value, path, false));
        ts.Interp.Modules.SetItem(ts, PyStr.From(name), m);
        return m;
    }

    static PyObject ExecSourceModule(ThreadState ts, string name, string file, bool isPackage, string searchDir)
    {
        // The on-disk cache of compiled modules, when the runtime has one: a current entry means the
        // source is neither read nor parsed (tracebacks read it later through linecache, as with .pyc).
        var config = ts.Interp.Runtime.Config;
        var stamp = config.CodeCacheDirectory != null ? CodeCacheFiles.Stamp(file) : null;
        var cachedUnit = stamp is { } st ? CodeCacheFiles.TryLoad(config.CodeCacheDirectory!, file, config.OptimizeLevel, st) : null;
        var source = cachedUnit != null ? null : ReadSource(ts, file) ?? throw NotFound($"No module named {Unparse(name)}", name);
        var m = new PyModule(name);
        var d = m.Dict;
        var loader = MakeSourceLoader(name, file);
        PyList? path = isPackage ? new PyList([PyStr.From(searchDir)]) : null;
        var spec = MakeSpec(ts, name, PyStr.From(file), loader, path, true);
        d.SetItemStr(Names.__file__, PyStr.From(file));
        d.SetItemStr(PyStr.From("__cached__"), PyNone.Value);
        d.SetItemStr(Names.__loader__, loader);
        d.SetItemStr(Names.__spec__, spec);
        d.SetItemStr(Names.__package__, PyStr.From(isPackage ? name : (name.LastIndexOf('.') is var i and >= 0 ? name[..i] : "")));
        if (path != null) d.SetItemStr(Names.__path__, path);
        // An imported module's __builtins__ is the builtins dict (only __main__ gets the module).
        d.SetItemStr(Names.__builtins__, ts.Interp.BuiltinsDict);
        var key = PyStr.From(name);
        var modules = ts.Interp.Modules;
        modules.SetItem(ts, key, m);
        var specDict = ((PyInstance)spec).Dict!;
        specDict.SetItemStr(Initializing, PyBool.True);
        try
        {
            PyCode code;
            if (cachedUnit != null) code = new PyCode(ts, cachedUnit);
            else
            {
                code = Executor.CompileSource(ts, source!, file, "exec");
                if (stamp is { } written && !config.CodeCacheReadOnly)
                    CodeCacheFiles.Store(config.CodeCacheDirectory!, file, config.OptimizeLevel, written, code.Unit);
            }
            Interpreter.RunCode(ts, code, d, d);
        }
        catch
        {
            if (ReferenceEquals(modules.GetItem(ts, key), m)) modules.DelItem(ts, key);
            throw;
        }
        finally
        {
            specDict.SetItemStr(Initializing, PyBool.False);
        }
        return modules.GetItem(ts, key) ?? throw PyErr.ImportError($"Loaded module {name} not found in sys.modules");
    }

    // ------------------------------------------------------------------ reading source

    /// <summary>Reads and decodes a source file (UTF-8 unless a PEP 263 cookie says otherwise); null if missing.</summary>
    internal static string? ReadSource(ThreadState ts, string path)
    {
        var bytes = ReadBytes(ts, path);
        return bytes == null ? null : DecodeSource(bytes, ts);
    }

    /// <summary>
    /// Decodes source bytes: UTF-8 (after a BOM) unless a PEP 263 cookie names another encoding. With a
    /// thread state, an encoding neither the built-in codecs nor the codecs registry knows is CPython's
    /// SyntaxError "encoding problem: NAME"; without one it falls back to UTF-8.
    /// </summary>
    /// <param name="stringName">For source given as bytes to compile()/exec() (CPython's string
    /// tokenizer): the filename, and an unknown encoding is "unknown encoding: NAME" at line 0.</param>
    public static string DecodeSource(byte[] bytes, ThreadState? ts = null, string? stringName = null)
    {
        int start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) start = 3;
        var cookie = DetectCookie(bytes, start);
        if (cookie != null)
        {
            var known = Codecs.Lookup(cookie);
            if (known is TextEncoding.Latin1) return Encoding.Latin1.GetString(bytes, start, bytes.Length - start);
            if (known is TextEncoding.Ascii) return Encoding.ASCII.GetString(bytes, start, bytes.Length - start);
            if (ts != null && known is not (TextEncoding.Utf8 or TextEncoding.Utf8Sig))
            {
                if (known != null) return Codecs.Decode(ts, bytes, start, bytes.Length - start, Codecs.Name(known.Value), "strict");
                return DecodeWithRegistry(ts, bytes, start, cookie, stringName);
            }
        }
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>A SyntaxError built by its constructor, so msg is set (the printer shows it).</summary>
    private static PyException SyntaxErrorOf(ThreadState ts, string msg)
        => new((PyBaseException)Ops.Call(ts, PyExc.SyntaxError, PyStr.From(msg)));

    /// <summary>A cookie encoding only Python-level codecs may know (codecs.lookup).</summary>
    private static string DecodeWithRegistry(ThreadState ts, byte[] bytes, int start, string cookie, string? stringName)
    {
        PyObject codecs;
        try
        {
            codecs = ImportModuleLevel(ts, "codecs", null, null, 0);
            Ops.CallMethod(ts, codecs, "lookup", PyStr.From(cookie));
        }
        catch (PyException e) when (PyErr.Matches(e, PyExc.LookupError) || PyErr.Matches(e, PyExc.ImportError) || PyErr.Matches(e, PyExc.SystemError))
        {
            if (stringName != null)
                throw new PyException((PyBaseException)Ops.Call(ts, PyExc.SyntaxError, PyStr.From($"unknown encoding: {cookie}"),
                    new PyTuple([PyStr.From(stringName), PyInt.From(0), PyInt.From(-1), PyNone.Value])));
            throw SyntaxErrorOf(ts, $"encoding problem: {cookie}");
        }
        var r = Ops.CallMethod(ts, codecs, "decode", new PyBytes(bytes[start..]), PyStr.From(cookie));
        return r is PyStr s ? s.Value : throw SyntaxErrorOf(ts, $"encoding problem: {cookie} with BOM");
    }

    static string? DetectCookie(byte[] bytes, int start)
    {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < bytes.Length; line++)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', lineStart);
            if (end < 0) end = bytes.Length;
            var text = Encoding.Latin1.GetString(bytes, lineStart, end - lineStart);
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith('#'))
            {
                int i = text.IndexOf("coding", StringComparison.Ordinal);
                if (i >= 0 && i + 6 < text.Length && (text[i + 6] == ':' || text[i + 6] == '='))
                {
                    int j = i + 7;
                    while (j < text.Length && (text[j] == ' ' || text[j] == '\t')) j++;
                    int k = j;
                    while (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '-' or '_' or '.')) k++;
                    if (k > j) return text[j..k];
                }
            }
            else if (trimmed.Length > 0) break;
            lineStart = end + 1;
        }
        return null;
    }

    internal static byte[]? ReadBytes(ThreadState ts, string path)
    {
        var zip = ZipForFile(ts, path, out string inner);
        if (zip != null) return zip.Read(inner);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // ------------------------------------------------------------------ zip path entries

    /// <summary>An opened zip archive on sys.path (read once into a name index).</summary>
    internal sealed class ZipEntryIndex
    {
        readonly string _path;
        readonly HashSet<string> _files = new(StringComparer.Ordinal);
        readonly HashSet<string> _dirs = new(StringComparer.Ordinal);

        public ZipEntryIndex(string path)
        {
            _path = path;
            using var z = ZipFile.OpenRead(path);
            foreach (var e in z.Entries)
            {
                var n = e.FullName.Replace('\\', '/');
                if (n.EndsWith('/')) { _dirs.Add(n); continue; }
                _files.Add(n);
                for (int i = n.IndexOf('/'); i >= 0; i = n.IndexOf('/', i + 1)) _dirs.Add(n[..(i + 1)]);
            }
        }

        public bool Contains(string name) => _files.Contains(name);
        public bool ContainsDir(string name) => _dirs.Contains(name);

        public byte[]? Read(string name)
        {
            if (!_files.Contains(name)) return null;
            lock (this)
            {
                using var z = ZipFile.OpenRead(_path);
                var e = z.GetEntry(name);
                if (e == null) return null;
                using var s = e.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                return ms.ToArray();
            }
        }
    }

    /// <summary>The zip archive a sys.path entry points into (archive path plus optional inner directory).</summary>
    static ZipEntryIndex? ZipFor(ThreadState ts, string entry, out string inner)
    {
        inner = "";
        int idx = entry.IndexOf(".zip", StringComparison.OrdinalIgnoreCase);
        if (idx < 0) return null;
        string archive = entry[..(idx + 4)];
        if (!File.Exists(archive)) return null;
        inner = entry.Length > idx + 4 ? entry[(idx + 5)..].Replace('\\', '/') : "";
        return ts.Interp.Runtime.GetZipIndex(archive);
    }

    static ZipEntryIndex? ZipForFile(ThreadState ts, string path, out string inner)
    {
        var z = ZipFor(ts, path, out inner);
        return z;
    }
}
