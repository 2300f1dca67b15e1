using Kaa.Runtime.Eval;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// A function defined in Python. Function objects belong to one interpreter, so they also carry the
/// per-interpreter inline caches of their code (code objects themselves are shared).
/// </summary>
public sealed class PyFunction : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("function", BuiltinTypes.Object, subclassable: false);

    public PyCode Code;
    public readonly PyDict Globals;
    /// <summary>The builtins namespace: a dict nearly always; any mapping when the globals'
    /// `__builtins__` is one (looked up with __getitem__, never cached).</summary>
    public readonly PyObject Builtins;
    public PyStr Name;
    public PyStr QualName;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    /// <summary>The closure cells, one per free variable of the code.</summary>
    public PyTuple? Closure;
    public PyObject Doc;
    public PyObject Module;
    PyDict? _annotations;
    PyTuple? _annotationTuple;
    public PyObject TypeParams = PyTuple.Empty;
    /// <summary>__annotate__ (PEP 649): called with format 1 the first time __annotations__ is read.</summary>
    public PyObject? Annotate;
    public PyDict? Dict { get; set; }

    /// <summary>LOAD_GLOBAL caches, one per LOAD_GLOBAL instruction of <see cref="Code"/> (allocated on first use).</summary>
    internal GlobalCacheEntry[]? GlobalCache;
    /// <summary>LOAD_ATTR/STORE_ATTR caches (allocated on first use).</summary>
    internal AttrCacheEntry[]? AttrCache;
    /// <summary>A completed frame of this function kept for reuse by the next call (never one that
    /// Python code could still see: see <see cref="PyFrame.Escaped"/>).</summary>
    internal PyFrame? FreeFrame;
    /// <summary>Length of the free-frame list headed by <see cref="FreeFrame"/> (linked through
    /// <see cref="PyFrame.NextFree"/>); a few frames are kept so recursion reuses them too.</summary>
    internal int FreeFrameCount;
    /// <summary>The function objects of the list/set/dict comprehensions in this function's code, made
    /// once and reused by every execution (see <see cref="ComprehensionFunction"/>).</summary>
    PyFunction[]? _comprehensions;

    /// <summary>
    /// The function that runs comprehension <paramref name="code"/> for this function's frames. CPython
    /// inlines these comprehensions (PEP 709), so no function object is ever visible to Python code;
    /// reusing one per code object keeps its inline caches warm and lets its frames be reused, instead
    /// of a new function, frame and caches on every execution. The caller sets the closure each time
    /// (a running frame has already copied its cells).
    /// </summary>
    internal PyFunction ComprehensionFunction(PyCode code)
    {
        var list = _comprehensions;
        if (list != null)
            foreach (var c in list)
                if (ReferenceEquals(c.Code, code)) return c;
        var fn = new PyFunction(code, Globals, Builtins);
        _comprehensions = list == null ? [fn] : [.. list, fn];
        return fn;
    }

    public PyFunction(PyCode code, PyDict globals, PyObject builtins) : base(TypeObject)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.Name;
        QualName = code.QualName;
        Doc = code.Unit.Docstring is { } d ? PyStr.From(d) : PyNone.Value;
        Module = globals.TryGetStr(Names.__name__, out var m) && m != null ? m : PyNone.Value;
    }

    /// <summary>Sets the annotations from MAKE_FUNCTION's (name, value, ...) tuple; the dict is built lazily.</summary>
    internal void SetAnnotationTuple(PyTuple t) => _annotationTuple = t;

    public PyDict GetAnnotations(ThreadState ts)
    {
        if (_annotations != null) return _annotations;
        if (_annotationTuple == null && Annotate is { } annotate && annotate is not PyNone)
        {
            var r = Ops.Call(ts, annotate, PyInt.One);
            if (r is not PyDict rd) throw PyErr.TypeError($"__annotate__ returned non-dict of type '{r.ObType.Name}'");
            return _annotations = rd;
        }
        var d = new PyDict();
        if (_annotationTuple != null)
        {
            var items = _annotationTuple.Items;
            for (int i = 0; i + 1 < items.Length; i += 2) d.SetItem(ts, items[i], items[i + 1]);
            _annotationTuple = null;
        }
        return _annotations = d;
    }

    public override string ToString() => $"<function {QualName.Value}>";

    internal static void Init()
    {
        var t = TypeObject;
        t.IsMethodDescriptor = true;
        t.TpCall = (ts, c, args, kw) => Interpreter.CallFunction(ts, (PyFunction)c, args, kw);
        t.TpDescrGet = (ts, d, obj, type) => obj == null || obj is PyNone ? d : new PyMethod(d, obj);
        t.TpRepr = (ts, o) => PyStr.From($"<function {((PyFunction)o).QualName.Value} at 0x{ObjectIds.Id(ts, o):x}>");
        t.SetNew((ts, cls, args, kw) =>
        {
            var p = Args.Parse("function", args, kw, ["code", "globals", "name", "argdefs", "closure", "kwdefaults"], 2);
            if (p[0] is not PyCode code) throw PyErr.TypeError($"function() argument 'code' must be code, not {PyErr.ArgTypeName(p[0]!)}");
            if (p[1] is not PyDict globals) throw PyErr.TypeError($"function() argument 'globals' must be dict, not {PyErr.ArgTypeName(p[1]!)}");
            // func_new_impl's argument checks, in its order.
            if (p[2] is not (null or PyNone or PyStr)) throw PyErr.TypeError("arg 3 (name) must be None or string");
            if (p[3] is not (null or PyNone or PyTuple)) throw PyErr.TypeError("arg 4 (defaults) must be None or tuple");
            if (p[4] is not (null or PyNone or PyTuple)) throw PyErr.TypeError("arg 5 (closure) must be None or tuple");
            if (p[5] is not (null or PyNone or PyDict)) throw PyErr.TypeError("arg 6 (kwdefaults) must be None or dict");
            var f = new PyFunction(code, globals, Interpreter.BuiltinsFromGlobals(ts, globals));
            if (p[2] is PyStr n) f.Name = n;
            if (p[3] is PyTuple defs) f.Defaults = defs;
            if (p[4] is PyTuple closure) f.Closure = closure;
            if (p[5] is PyDict kwd) f.KwDefaults = kwd;
            if (code.NFree != (f.Closure?.Count ?? 0))
                throw PyErr.ValueError($"{code.Name.Value} requires closure of length {code.NFree}, not {f.Closure?.Count ?? 0}");
            return f;
        });
        t.AddGetSet("__code__", (ts, o) => ((PyFunction)o).Code, (ts, o, v) =>
        {
            var f = (PyFunction)o;
            if (v is not PyCode c) throw PyErr.TypeError("__code__ must be set to a code object");
            if (c.NFree != (f.Closure?.Count ?? 0))
                throw PyErr.ValueError($"{f.Name.Value}() requires a code object with {f.Closure?.Count ?? 0} free vars, not {c.NFree}");
            f.Code = c;
            f.GlobalCache = null;
            f.AttrCache = null;
            f.FreeFrame = null;
            f.FreeFrameCount = 0;
        });
        t.AddGetSet("__defaults__", (ts, o) => (PyObject?)((PyFunction)o).Defaults ?? PyNone.Value, (ts, o, v) =>
        {
            if (v == null || v is PyNone) ((PyFunction)o).Defaults = null;
            else if (v is PyTuple tup) ((PyFunction)o).Defaults = tup.Count == 0 ? null : tup;
            else throw PyErr.TypeError("__defaults__ must be set to a tuple object");
        });
        t.AddGetSet("__kwdefaults__", (ts, o) => (PyObject?)((PyFunction)o).KwDefaults ?? PyNone.Value, (ts, o, v) =>
        {
            if (v == null || v is PyNone) ((PyFunction)o).KwDefaults = null;
            else if (v is PyDict d) ((PyFunction)o).KwDefaults = d;
            else throw PyErr.TypeError("__kwdefaults__ must be set to a dict object");
        });
        t.AddMember("__globals__", (ts, o) => ((PyFunction)o).Globals);
        t.AddMember("__builtins__", (ts, o) => ((PyFunction)o).Builtins);
        t.AddMember("__closure__", (ts, o) => (PyObject?)((PyFunction)o).Closure ?? PyNone.Value);
        t.AddGetSet("__name__", (ts, o) => ((PyFunction)o).Name, (ts, o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__name__ must be set to a string object");
            ((PyFunction)o).Name = s;
        });
        t.AddGetSet("__qualname__", (ts, o) => ((PyFunction)o).QualName, (ts, o, v) =>
        {
            if (v is not PyStr s) throw PyErr.TypeError("__qualname__ must be set to a string object");
            ((PyFunction)o).QualName = s;
        });
        t.AddGetSet("__doc__", (ts, o) => ((PyFunction)o).Doc, (ts, o, v) => ((PyFunction)o).Doc = v ?? PyNone.Value);
        t.AddGetSet("__module__", (ts, o) => ((PyFunction)o).Module, (ts, o, v) => ((PyFunction)o).Module = v ?? PyNone.Value);
        t.AddGetSet("__annotations__", (ts, o) => ((PyFunction)o).GetAnnotations(ts), (ts, o, v) =>
        {
            var f = (PyFunction)o;
            if (v == null || v is PyNone) { f._annotations = null; f._annotationTuple = null; f.Annotate = null; return; }
            if (v is not PyDict d) throw PyErr.TypeError("__annotations__ must be set to a dict object");
            f._annotations = d;
            f.Annotate = null;
        });
        t.AddGetSet("__annotate__", (ts, o) => ((PyFunction)o).Annotate ?? PyNone.Value, (ts, o, v) =>
        {
            var f = (PyFunction)o;
            if (v == null) throw PyErr.TypeError("__annotate__ cannot be deleted");
            if (v is PyNone) { f.Annotate = null; return; }
            if (!Ops.IsCallable(v)) throw PyErr.TypeError("__annotate__ must be callable or None");
            f.Annotate = v;
            f._annotations = null;
            f._annotationTuple = null;
        });
        t.AddGetSet("__type_params__", (ts, o) => ((PyFunction)o).TypeParams, (ts, o, v) =>
        {
            if (v is not PyTuple) throw PyErr.TypeError("__type_params__ must be set to a tuple");
            ((PyFunction)o).TypeParams = v;
        });
        t.AddGetSet("__dict__", (ts, o) => ((PyFunction)o).Dict ??= new PyDict(), (ts, o, v) =>
        {
            if (v is not PyDict d) throw PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + (v?.ObType.Name ?? "NoneType") + "'");
            ((PyFunction)o).Dict = d;
        });
        t.TpSetAttro = (ts, o, name, v) =>
        {
            ((PyFunction)o).Dict ??= new PyDict();
            Ops.GenericSetAttr(ts, o, name, v);
        };
    }
}

/// <summary>A bound method: a function (or other callable) with its first argument fixed.</summary>
public sealed class PyMethod : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("method", BuiltinTypes.Object, subclassable: false);

    public readonly PyObject Func;
    public readonly PyObject Self;

    public PyMethod(PyObject func, PyObject self) : base(TypeObject)
    {
        Func = func;
        Self = self;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.TpCall = (ts, c, args, kw) =>
        {
            var m = (PyMethod)c;
            if (m.Func is PyFunction f) return Interpreter.CallFunctionWithSelf(ts, f, m.Self, args, kw);
            var all = new PyObject[args.Length + 1];
            all[0] = m.Self;
            args.CopyTo(all.AsSpan(1));
            return Ops.Call(ts, m.Func, all, kw);
        };
        t.SetNew((ts, cls, args, kw) =>
        {
            Args.Exact("method", args, kw, 2);
            if (!Ops.IsCallable(args[0])) throw PyErr.TypeError("first argument must be callable");
            if (args[1] is PyNone) throw PyErr.TypeError("instance must not be None");
            return new PyMethod(args[0], args[1]);
        });
        t.AddMember("__func__", (ts, o) => ((PyMethod)o).Func, "the function (or other callable) implementing a method");
        t.AddMember("__self__", (ts, o) => ((PyMethod)o).Self, "the instance to which a method is bound");
        t.AddGetSet("__doc__", (ts, o) => Ops.TryGetAttr(ts, ((PyMethod)o).Func, Names.__doc__, out var d) ? d! : PyNone.Value);
        t.TpGetAttro = (ts, o, name, suppress) =>
        {
            // The method type's own descriptors first, then the function's attributes.
            var descr = t.Lookup(name);
            if (descr != null)
            {
                var get = descr.ObType.TpDescrGet;
                return get != null ? get(ts, descr, o, t) : descr;
            }
            var func = ((PyMethod)o).Func;
            if (suppress) return Ops.TryGetAttr(ts, func, name, out var v) ? v : null;
            return Ops.GetAttr(ts, func, name);
        };
        t.TpRepr = (ts, o) =>
        {
            var m = (PyMethod)o;
            PyObject? name = null;
            if (!Ops.TryGetAttr(ts, m.Func, PyStr.From("__qualname__"), out name)) Ops.TryGetAttr(ts, m.Func, Names.__name__, out name);
            string n = name is PyStr s ? s.Value : "?";
            return PyStr.From($"<bound method {n} of {Ops.ReprString(ts, m.Self)}>");
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethod mb) return PyNotImplemented.Value;
            var ma = (PyMethod)a;
            bool eq = ReferenceEquals(ma.Self, mb.Self) && Ops.RichCompareBool(ts, ma.Func, mb.Func, CompareOp.Eq);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.TpHash = (ts, o) =>
        {
            var m = (PyMethod)o;
            long x = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(m.Self);
            long h = x ^ Ops.Hash(ts, m.Func);
            return h == -1 ? -2 : h;
        };
        t.TpDescrGet = (ts, d, obj, type) => d;
    }
}
