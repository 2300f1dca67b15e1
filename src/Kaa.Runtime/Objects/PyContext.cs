using System.Collections.Immutable;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// contextvars.Context (CPython's Python/context.c): an immutable mapping from ContextVar to value.
/// The mapping is a persistent hash map, so copy_context() and Context.copy() are O(1) and
/// ContextVar.set replaces the current context's map with a new version sharing structure with the
/// old one (CPython uses a HAMT for the same reason). Iteration order follows the variables'
/// hashes, as in CPython, where it is effectively arbitrary.
/// </summary>
public sealed class PyContext : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Context", BuiltinTypes.Object, "_contextvars", subclassable: false);
    public static readonly PyType KeysIteratorType = BuiltinTypes.CreateStatic("keys", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ValuesIteratorType = BuiltinTypes.CreateStatic("values", BuiltinTypes.Object, subclassable: false);
    public static readonly PyType ItemsIteratorType = BuiltinTypes.CreateStatic("items", BuiltinTypes.Object, subclassable: false);

    /// <summary>Variables are compared by identity and hashed by their precomputed hash.</summary>
    private sealed class VarComparer : IEqualityComparer<PyContextVar>
    {
        public bool Equals(PyContextVar? x, PyContextVar? y) => ReferenceEquals(x, y);
        public int GetHashCode(PyContextVar v) => v.HashCode32;
    }

    private static readonly ImmutableDictionary<PyContextVar, PyObject> EmptyVars =
        ImmutableDictionary.Create<PyContextVar, PyObject>(new VarComparer());

    internal ImmutableDictionary<PyContextVar, PyObject> Vars;
    /// <summary>The context that was current when this one was entered (ctx_prev).</summary>
    private PyContext? _prev;
    private bool _entered;

    public PyContext() : this(EmptyVars) { }

    private PyContext(ImmutableDictionary<PyContextVar, PyObject> vars) : base(TypeObject) { Vars = vars; }

    /// <summary>PyContext_Copy: a new context sharing this one's (immutable) map.</summary>
    public PyContext Copy() => new(Vars);

    /// <summary>PyContext_CopyCurrent (contextvars.copy_context()).</summary>
    public static PyContext CopyCurrent(ThreadState ts) => ts.CurrentContext().Copy();

    /// <summary>_PyContext_Enter: makes this the thread's current context.</summary>
    public void Enter(ThreadState ts)
    {
        if (_entered) throw PyErr.RuntimeError($"cannot enter context: {Ops.ReprString(ts, this)} is already entered");
        _prev = ts.Context;
        _entered = true;
        ts.Context = this;
        ts.ContextVersion++;
    }

    /// <summary>_PyContext_Exit: restores the context that was current before <see cref="Enter"/>.</summary>
    public void Exit(ThreadState ts)
    {
        if (!_entered) throw PyErr.RuntimeError($"cannot exit context: {Ops.ReprString(ts, this)} has not been entered");
        if (!ReferenceEquals(ts.Context, this))
            throw PyErr.RuntimeError("cannot exit context: thread state references a different context object");
        ts.Context = _prev;
        _prev = null;
        _entered = false;
        ts.ContextVersion++;
    }

    /// <summary>Context.run(callable, *args, **kwargs): calls callable with this context entered.</summary>
    public PyObject Run(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs < 1) throw PyErr.TypeError("run() missing 1 required positional argument");
        Enter(ts);
        PyObject result;
        try
        {
            result = Ops.Call(ts, args[0], args[1..], kwnames);
        }
        catch
        {
            // The callable's exception wins; the exit cannot fail here since Enter made us current
            // and a well-nested callable leaves us current.
            if (ReferenceEquals(ts.Context, this)) Exit(ts);
            throw;
        }
        Exit(ts);
        return result;
    }

    private static PyContextVar CheckKey(ThreadState ts, PyObject key)
        => key as PyContextVar ?? throw PyErr.TypeError($"a ContextVar key was expected, got {Ops.ReprString(ts, key)}");

    /// <summary>An iterator over a snapshot of a context's map (CPython's hamt keys/values/items iterators).</summary>
    private sealed class MapIterator : PyObject
    {
        private ImmutableDictionary<PyContextVar, PyObject>.Enumerator _e;
        private readonly int _count;
        private bool _done;

        public MapIterator(PyType type, ImmutableDictionary<PyContextVar, PyObject> vars) : base(type)
        {
            _e = vars.GetEnumerator();
            _count = vars.Count;
        }

        public PyObject? Next()
        {
            if (_done) return null;
            if (!_e.MoveNext()) { _done = true; return null; }
            var kv = _e.Current;
            if (ReferenceEquals(ObType, KeysIteratorType)) return kv.Key;
            if (ReferenceEquals(ObType, ValuesIteratorType)) return kv.Value;
            return new PyTuple([kv.Key, kv.Value]);
        }

        /// <summary>len() of a hamt iterator is the size of the whole map, consumed or not (as in CPython).</summary>
        public int Count => _count;
    }

    private static PyContext Self(PyObject o) => (PyContext)o;

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("Context() does not accept any arguments");
            return new PyContext();
        });
        t.MpLength = (ts, o) => Self(o).Vars.Count;
        t.MpSubscript = (ts, o, key) =>
            Self(o).Vars.TryGetValue(CheckKey(ts, key), out var v) ? v : throw PyErr.KeyError(key);
        t.SqContains = (ts, o, key) => Self(o).Vars.ContainsKey(CheckKey(ts, key));
        t.TpIter = (ts, o) => new MapIterator(KeysIteratorType, Self(o).Vars);
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (a is not PyContext x || b is not PyContext y || (op != CompareOp.Eq && op != CompareOp.Ne))
                return PyNotImplemented.Value;
            bool eq = MapsEqual(ts, x.Vars, y.Vars);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        t.TpHash = (ts, o) => throw PyErr.TypeError("unhashable type: '_contextvars.Context'");
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.AddMethod("get", (ts, self, a, kw) =>
        {
            Args.Range("get", a, kw, 1, 2);
            var key = CheckKey(ts, a[0]);
            return Self(self).Vars.TryGetValue(key, out var v) ? v : a.Length > 1 ? a[1] : PyNone.Value;
        }, "Return the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None.");
        t.AddMethod("items", (ts, self, a, kw) => { NoArgs("Context.items", a, kw); return new MapIterator(ItemsIteratorType, Self(self).Vars); },
            "Return all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value).");
        t.AddMethod("keys", (ts, self, a, kw) => { NoArgs("Context.keys", a, kw); return new MapIterator(KeysIteratorType, Self(self).Vars); },
            "Return a list of all variables in the context object.");
        t.AddMethod("values", (ts, self, a, kw) => { NoArgs("Context.values", a, kw); return new MapIterator(ValuesIteratorType, Self(self).Vars); },
            "Return a list of all variables' values in the context object.");
        t.AddMethod("copy", (ts, self, a, kw) => { NoArgs("Context.copy", a, kw); return Self(self).Copy(); },
            "Return a shallow copy of the context object.");
        t.AddMethod("run", (ts, self, a, kw) => Self(self).Run(ts, a, kw));

        foreach (var it in new[] { KeysIteratorType, ValuesIteratorType, ItemsIteratorType })
        {
            it.InstanceFactory = null;
            it.TpIter = (ts, o) => o;
            it.TpIterNext = (ts, o) => ((MapIterator)o).Next();
            it.MpLength = (ts, o) => ((MapIterator)o).Count;
        }
    }

    internal static void NoArgs(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        Args.NoKeywords(fname, kw);
        if (a.Length != 0) throw PyErr.TypeError($"{fname}() takes no arguments ({a.Length} given)");
    }

    /// <summary>_PyHamt_Eq: same size, and every variable of one maps to an equal value in the other.</summary>
    private static bool MapsEqual(ThreadState ts, ImmutableDictionary<PyContextVar, PyObject> a, ImmutableDictionary<PyContextVar, PyObject> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        foreach (var kv in a)
        {
            if (!b.TryGetValue(kv.Key, out var other)) return false;
            if (!ReferenceEquals(kv.Value, other) && !Ops.RichCompareBool(ts, kv.Value, other, CompareOp.Eq)) return false;
        }
        return true;
    }
}
