using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// functools._lru_cache_wrapper, the callable <c>functools.lru_cache</c> returns (Modules/_functoolsmodule.c).
/// In C# rather than functools.py's pure-Python fallback for speed (a cache hit is one key build, one hash
/// and one dict probe, no Python frames) and for CPython's behaviour where the two differ: an unhashable
/// argument raises "unhashable type: 'list'" from hashing the key, not the dict-key message.
/// </summary>
/// <remarks>
/// The key is the single positional argument itself when it is an exact str or int and nothing else was
/// passed, else a flat tuple: args, then a marker and the keyword items, then (typed) the argument types.
/// A bounded cache keeps its entries in a circular doubly linked list through a root sentinel, oldest
/// first, and the dict maps each key to its link; the key is hashed once per call.
/// </remarks>
public sealed class PyLruCacheWrapper : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("_lru_cache_wrapper", BuiltinTypes.Object, "functools", subclassable: false);

    private readonly PyObject _func;
    private readonly PyObject _cacheInfoType;
    /// <summary>-1: unbounded (maxsize=None); 0: no caching; else the bound.</summary>
    private readonly long _maxSize;
    private readonly bool _typed;
    private readonly PyDict _cache = new();
    /// <summary>The list's sentinel; also the marker between positional and keyword parts of a key
    /// (unique to this cache, so no argument can equal it).</summary>
    private readonly LruLink _root = new();
    private long _hits, _misses;

    public PyDict? Dict { get; set; }

    private PyLruCacheWrapper(PyObject func, long maxSize, bool typed, PyObject cacheInfoType) : base(TypeObject)
    {
        _func = func;
        _maxSize = maxSize;
        _typed = typed;
        _cacheInfoType = cacheInfoType;
        Dict = new PyDict();
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.HasInstanceDict = true;
        t.SetNew(New);
        t.TpCall = (ts, o, args, kw) => ((PyLruCacheWrapper)o).Call(ts, args, kw);
        // Bound like a function: a cached method gets its instance as the first argument.
        t.TpDescrGet = (ts, d, obj, type) => obj == null || obj is PyNone ? d : new PyMethod(d, obj);
        t.AddMethod("cache_info", (ts, self, a, kw) =>
        {
            Args.Exact("cache_info", a, kw, 0);
            var w = (PyLruCacheWrapper)self;
            PyObject max = w._maxSize < 0 ? PyNone.Value : PyInt.From(w._maxSize);
            return Ops.Call(ts, w._cacheInfoType, [PyInt.From(w._hits), PyInt.From(w._misses), max, PyInt.From(w._cache.Count)]);
        }, "cache_info($self, /)\n--\n\nReport cache statistics");
        t.AddMethod("cache_clear", (ts, self, a, kw) =>
        {
            Args.Exact("cache_clear", a, kw, 0);
            ((PyLruCacheWrapper)self).Clear();
            return PyNone.Value;
        }, "cache_clear($self, /)\n--\n\nClear the cache and cache statistics");
        // Pickled by reference to its qualified name, like a function; copies are the wrapper itself.
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            return Ops.GetAttr(ts, self, PyStr.From("__qualname__"));
        });
        t.AddMethod("__copy__", (ts, self, a, kw) => { Args.Exact("__copy__", a, kw, 0); return self; });
        t.AddMethod("__deepcopy__", (ts, self, a, kw) => { Args.Exact("__deepcopy__", a, kw, 1); return self; });
        t.AddGetSet("__dict__", (ts, o) => ((PyLruCacheWrapper)o).Dict ??= new PyDict(), (ts, o, v) =>
        {
            if (v is not PyDict d) throw PyErr.TypeError("__dict__ must be set to a dictionary, not a '" + (v?.ObType.Name ?? "NoneType") + "'");
            ((PyLruCacheWrapper)o).Dict = d;
        });
        LruLink.TypeObject.InstanceFactory = null;
    }

    private static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = Args.Parse("lru_cache", args, kw, ["user_function", "maxsize", "typed", "cache_info_type"], 4);
        var func = a[0]!;
        if (!Ops.IsCallable(func)) throw PyErr.TypeError("the first argument must be callable");
        bool typed = Ops.IsTrue(ts, a[2]!);
        long maxSize;
        if (a[1] is PyNone) maxSize = -1;
        else if (Ops.HasIndex(a[1]!))
        {
            var n = Ops.Index(ts, a[1]!);
            if (!n.IsSmall) throw PyErr.OverflowError($"cannot fit '{a[1]!.ObType.Name}' into an index-sized integer");
            maxSize = Math.Max(n.Small, 0);
        }
        else throw PyErr.TypeError("maxsize should be integer or None");
        return new PyLruCacheWrapper(func, maxSize, typed, a[3]!);
    }

    private PyObject Call(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (_maxSize == 0)
        {
            _misses++;
            return Ops.Call(ts, _func, args, kwnames);
        }
        var key = MakeKey(args, kwnames);
        long hash = Ops.Hash(ts, key);
        if (_maxSize < 0) return CallUnbounded(ts, args, kwnames, key, hash);

        if (_cache.GetItemKnownHash(ts, key, hash) is LruLink hit)
        {
            hit.Unlink();
            hit.InsertBefore(_root);
            _hits++;
            return hit.Result!;
        }
        _misses++;
        var result = Ops.Call(ts, _func, args, kwnames);
        // The call may have cached this key itself (recursion, another thread): keep that entry.
        if (_cache.GetItemKnownHash(ts, key, hash) != null) return result;
        if (_cache.Count < _maxSize || ReferenceEquals(_root.Next, _root))
        {
            var link = new LruLink { Key = key, Hash = hash, Result = result };
            _cache.SetItemKnownHash(ts, key, hash, link);
            link.InsertBefore(_root);
            return result;
        }
        // Full: the oldest link is taken out of the cache and reused for the new entry.
        var oldest = _root.Next!;
        oldest.Unlink();
        // Already gone when the call (or another thread) cleared or changed the cache meanwhile.
        if (_cache.PopKnownHash(ts, oldest.Key!, oldest.Hash) == null) return result;
        oldest.Key = key;
        oldest.Hash = hash;
        oldest.Result = result;
        _cache.SetItemKnownHash(ts, key, hash, oldest);
        oldest.InsertBefore(_root);
        return result;
    }

    private PyObject CallUnbounded(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, PyObject key, long hash)
    {
        if (_cache.GetItemKnownHash(ts, key, hash) is { } cached)
        {
            _hits++;
            return cached;
        }
        _misses++;
        var result = Ops.Call(ts, _func, args, kwnames);
        _cache.SetItemKnownHash(ts, key, hash, result);
        return result;
    }

    /// <summary>CPython's lru_cache_make_key (the same key functools._make_key builds).</summary>
    private PyObject MakeKey(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (!_typed && nkw == 0)
        {
            if (npos == 1)
            {
                var only = args[0];
                var t = only.ObType;
                if (ReferenceEquals(t, BuiltinTypes.Str) || ReferenceEquals(t, BuiltinTypes.Int)) return only;
            }
            return new PyTuple(args.ToArray());
        }
        int size = npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (_typed ? npos + nkw : 0);
        var items = new PyObject[size];
        int k = 0;
        for (int i = 0; i < npos; i++) items[k++] = args[i];
        if (nkw > 0)
        {
            items[k++] = _root;
            for (int i = 0; i < nkw; i++)
            {
                items[k++] = kwnames!.Items[i];
                items[k++] = args[npos + i];
            }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++) items[k++] = args[i].ObType;
            for (int i = 0; i < nkw; i++) items[k++] = args[npos + i].ObType;
        }
        return new PyTuple(items);
    }

    private void Clear()
    {
        _root.Next = _root.Prev = _root;
        _hits = _misses = 0;
        _cache.Clear();
    }

    /// <summary>functools._lru_list_elem: a cache entry and its place in the recency list. The dict
    /// holds it as the value of its key, so it is a Python object, though Python never sees one.</summary>
    internal sealed class LruLink : PyObject
    {
        public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("_lru_list_elem", BuiltinTypes.Object, "functools", subclassable: false);

        public LruLink? Prev, Next;
        public PyObject? Key, Result;
        public long Hash;

        public LruLink() : base(TypeObject) { Prev = Next = this; }

        public void Unlink()
        {
            Prev!.Next = Next;
            Next!.Prev = Prev;
        }

        /// <summary>Makes this the newest entry: just before the root, whose Next is the oldest.</summary>
        public void InsertBefore(LruLink root)
        {
            var last = root.Prev!;
            last.Next = this;
            Prev = last;
            Next = root;
            root.Prev = this;
        }
    }
}
