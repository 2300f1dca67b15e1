using System.Numerics;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The itertools module (CPython's Modules/itertoolsmodule.c): every iterator type, with CPython's
/// argument checks, messages and reprs. Types are static (shared by all interpreters, immutable);
/// the module object is per interpreter.
/// </summary>
public static partial class ItertoolsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "itertools", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Functional tools for creating and using iterators."));
        foreach (var t in PublicTypes) m.Set(t.Name, t);
        m.Set("_grouper", GrouperType);
        m.Set("_tee", TeeType);
        m.Set("_tee_dataobject", TeeDataType);
        m.Set("tee", new PyBuiltinFunction("tee", Tee, m));
    }

    private static PyType[] PublicTypes =>
    [
        AccumulateType, BatchedType, ChainType, CombinationsType, CwrType, CompressType, CountType, CycleType,
        DropwhileType, FilterfalseType, GroupbyType, IsliceType, PairwiseType, PermutationsType, ProductType,
        RepeatType, StarmapType, TakewhileType, ZipLongestType,
    ];

    /// <summary>All static types of the module, bases first (for ExtraTypeInits).</summary>
    public static IEnumerable<PyType> Types()
    {
        foreach (var t in PublicTypes) yield return t;
        yield return GrouperType;
        yield return TeeType;
        yield return TeeDataType;
    }

    /// <summary>Base of the iterator objects: an instance dict only for Python subclasses.</summary>
    public abstract class ItObject : PyObject, IHasDict
    {
        public PyDict? Dict { get; set; }
        protected ItObject(PyType type) : base(type)
        {
            if (type.IsHeapType) Dict = new PyDict();
        }
        public abstract PyObject? Next(ThreadState ts);
    }

    private static PyType NewType(string name, bool subclassable = true)
        => BuiltinTypes.CreateStatic(name, BuiltinTypes.Object, "itertools", subclassable);

    private static void IterSlots(PyType t, NewFunc? ctor)
    {
        t.InstanceFactory = null;
        if (ctor != null) t.SetNew(ctor);
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((ItObject)o).Next(ts);
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
    }

    /// <summary>_PyArg_CheckPositional's messages ("cycle expected 1 argument, got 0").</summary>
    internal static void CheckPositional(string name, int n, int min, int max)
    {
        if (n < min)
            throw PyErr.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw PyErr.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Constructors of the base types take no keywords; a subclass may, once it has an __init__
    /// of its own to take them (CPython: <c>type == base || type->tp_init == base->tp_init</c>).</summary>
    internal static void NoKeywords(PyType cls, PyType baseType, string name, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0 && (ReferenceEquals(cls, baseType) || cls.TpInit == baseType.TpInit))
            throw PyErr.TypeError($"{name}() takes no keyword arguments");
    }

    private static int Npos(ReadOnlySpan<PyObject> args, PyTuple? kw) => args.Length - (kw?.Count ?? 0);

    internal static void Init()
    {
        InitSimple();
        InitCombinatorics();
        InitGroupTee();
    }

    // ================================================================== count

    public static readonly PyType CountType = NewType("count");

    private sealed class CountIt(PyType t, PyObject cnt, PyObject step) : ItObject(t)
    {
        public PyObject Cnt = cnt;
        public readonly PyObject Step = step;
        public override PyObject? Next(ThreadState ts)
        {
            var r = Cnt;
            if (r is PyInt ri && ri.IsSmall && Step is PyInt si && si.IsSmall)
            {
                long a = ri.Small, b = si.Small;
                long s = a + b;
                Cnt = ((a ^ s) & (b ^ s)) < 0 ? PyInt.From((BigInteger)a + b) : PyInt.From(s);
            }
            else Cnt = Ops.Add(ts, r, Step);
            return r;
        }
    }

    private static bool IsNumber(PyObject o)
        => o is PyInt || o is PyFloat || o is PyComplex || o.ObType.NbIndex != null || o.ObType.NbFloat != null || o.ObType.NbInt != null;

    // ================================================================== cycle, repeat

    public static readonly PyType CycleType = NewType("cycle");

    private sealed class CycleIt(PyType t, PyObject it) : ItObject(t)
    {
        PyObject? _it = it;
        readonly List<PyObject> _saved = new();
        int _index;
        public override PyObject? Next(ThreadState ts)
        {
            if (_it != null)
            {
                var item = Ops.Next(ts, _it);
                if (item != null)
                {
                    _saved.Add(item);
                    return item;
                }
                _it = null;
            }
            if (_saved.Count == 0) return null;
            var r = _saved[_index];
            _index = _index + 1 == _saved.Count ? 0 : _index + 1;
            return r;
        }
    }

    public static readonly PyType RepeatType = NewType("repeat");

    private sealed class RepeatIt(PyType t, PyObject element, long cnt) : ItObject(t)
    {
        public readonly PyObject Element = element;
        public long Cnt = cnt; // -1: forever
        public override PyObject? Next(ThreadState ts)
        {
            if (Cnt == 0) return null;
            if (Cnt > 0) Cnt--;
            return Element;
        }
    }

    // ================================================================== accumulate, batched, chain, compress

    public static readonly PyType AccumulateType = NewType("accumulate");

    private sealed class AccumulateIt(PyType t, PyObject it, PyObject? func, PyObject? initial) : ItObject(t)
    {
        PyObject? _total;
        PyObject? _initial = initial;
        public override PyObject? Next(ThreadState ts)
        {
            if (_initial != null)
            {
                _total = _initial;
                _initial = null;
                return _total;
            }
            var val = Ops.Next(ts, it);
            if (val == null) return null;
            if (_total == null) _total = val;
            else _total = func == null ? Ops.Add(ts, _total, val) : Ops.Call(ts, func, _total, val);
            return _total;
        }
    }

    public static readonly PyType BatchedType = NewType("batched");

    private sealed class BatchedIt(PyType t, PyObject it, long n, bool strict) : ItObject(t)
    {
        PyObject? _it = it;
        public override PyObject? Next(ThreadState ts)
        {
            if (_it == null) return null;
            var items = new List<PyObject>((int)Math.Min(n, 64));
            for (long i = 0; i < n; i++)
            {
                var x = Ops.Next(ts, _it);
                if (x == null)
                {
                    _it = null;
                    if (items.Count == 0) return null;
                    if (strict) throw PyErr.ValueError("batched(): incomplete batch");
                    break;
                }
                items.Add(x);
            }
            return new PyTuple(items.ToArray());
        }
    }

    public static readonly PyType ChainType = NewType("chain");

    private sealed class ChainIt(PyType t, PyObject source) : ItObject(t)
    {
        PyObject? _source = source;
        PyObject? _active;
        public override PyObject? Next(ThreadState ts)
        {
            while (_source != null)
            {
                if (_active == null)
                {
                    var iterable = Ops.Next(ts, _source);
                    if (iterable == null) { _source = null; return null; }
                    _active = Ops.GetIter(ts, iterable);
                }
                var item = Ops.Next(ts, _active);
                if (item != null) return item;
                _active = null;
            }
            return null;
        }
    }

    public static readonly PyType CompressType = NewType("compress");

    private sealed class CompressIt(PyType t, PyObject data, PyObject selectors) : ItObject(t)
    {
        public override PyObject? Next(ThreadState ts)
        {
            while (true)
            {
                var d = Ops.Next(ts, data);
                if (d == null) return null;
                var s = Ops.Next(ts, selectors);
                if (s == null) return null;
                if (Ops.IsTrue(ts, s)) return d;
            }
        }
    }

    // ================================================================== dropwhile, takewhile, filterfalse, starmap, pairwise

    public static readonly PyType DropwhileType = NewType("dropwhile");

    private sealed class DropwhileIt(PyType t, PyObject pred, PyObject it) : ItObject(t)
    {
        bool _start;
        public override PyObject? Next(ThreadState ts)
        {
            while (true)
            {
                var item = Ops.Next(ts, it);
                if (item == null) return null;
                if (_start) return item;
                if (!Ops.IsTrue(ts, Ops.Call(ts, pred, item)))
                {
                    _start = true;
                    return item;
                }
            }
        }
    }

    public static readonly PyType TakewhileType = NewType("takewhile");

    private sealed class TakewhileIt(PyType t, PyObject pred, PyObject it) : ItObject(t)
    {
        bool _stop;
        public override PyObject? Next(ThreadState ts)
        {
            if (_stop) return null;
            var item = Ops.Next(ts, it);
            if (item == null) return null;
            if (Ops.IsTrue(ts, Ops.Call(ts, pred, item))) return item;
            _stop = true;
            return null;
        }
    }

    public static readonly PyType FilterfalseType = NewType("filterfalse");

    private sealed class FilterfalseIt(PyType t, PyObject func, PyObject it) : ItObject(t)
    {
        public override PyObject? Next(ThreadState ts)
        {
            while (true)
            {
                var item = Ops.Next(ts, it);
                if (item == null) return null;
                bool ok = func is PyNone || ReferenceEquals(func, BuiltinTypes.Bool)
                    ? Ops.IsTrue(ts, item)
                    : Ops.IsTrue(ts, Ops.Call(ts, func, item));
                if (!ok) return item;
            }
        }
    }

    public static readonly PyType StarmapType = NewType("starmap");

    private sealed class StarmapIt(PyType t, PyObject func, PyObject it) : ItObject(t)
    {
        public override PyObject? Next(ThreadState ts)
        {
            var args = Ops.Next(ts, it);
            if (args == null) return null;
            var tup = args is PyTuple tt && PyType.IsExact(tt, BuiltinTypes.Tuple) ? tt : new PyTuple(Ops.ToArray(ts, args));
            return Ops.Call(ts, func, tup.Items);
        }
    }

    public static readonly PyType PairwiseType = NewType("pairwise");

    private sealed class PairwiseIt(PyType t, PyObject it) : ItObject(t)
    {
        PyObject? _it = it;
        PyObject? _old;
        // As CPython's pairwise_next: the iterator's __next__ may call next() on this pairwise again, so
        // the fields are re-read after each call and the pair is built from locals.
        public override PyObject? Next(ThreadState ts)
        {
            var it = _it;
            if (it == null) return null;
            var old = _old;
            if (old == null)
            {
                old = _old = Ops.Next(ts, it);
                if (old == null) { _it = null; return null; }
                it = _it;
                if (it == null) { _old = null; return null; }
            }
            var nw = Ops.Next(ts, it);
            if (nw == null) { _it = null; _old = null; return null; }
            _old = nw;
            return new PyTuple([old, nw]);
        }
    }

    // ================================================================== islice, zip_longest

    public static readonly PyType IsliceType = NewType("islice");

    private sealed class IsliceIt(PyType t, PyObject it, long next, long stop, long step) : ItObject(t)
    {
        PyObject? _it = it;
        long _next = next;
        long _cnt;
        public override PyObject? Next(ThreadState ts)
        {
            if (_it == null) return null;
            while (_cnt < _next)
            {
                var skip = Ops.Next(ts, _it);
                if (skip == null) { _it = null; return null; }
                _cnt++;
            }
            if (stop != -1 && _cnt >= stop) { _it = null; return null; }
            var item = Ops.Next(ts, _it);
            if (item == null) { _it = null; return null; }
            _cnt++;
            long oldnext = _next;
            _next += step;
            if (_next < oldnext || (stop != -1 && _next > stop)) _next = stop;
            return item;
        }
    }

    public static readonly PyType ZipLongestType = NewType("zip_longest");

    private sealed class ZipLongestIt(PyType t, PyObject?[] its, PyObject fill) : ItObject(t)
    {
        int _active = its.Length;
        public override PyObject? Next(ThreadState ts)
        {
            if (its.Length == 0 || _active == 0) return null;
            var result = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                var it = its[i];
                PyObject? item;
                if (it == null) item = fill;
                else
                {
                    item = Ops.Next(ts, it);
                    if (item == null)
                    {
                        _active--;
                        if (_active == 0) return null;
                        its[i] = null;
                        item = fill;
                    }
                }
                result[i] = item;
            }
            return new PyTuple(result);
        }
    }

    // ================================================================== constructors and slots

    private static void InitSimple()
    {
        IterSlots(CountType, (ts, cls, args, kw) =>
        {
            int n = args.Length;
            if (n > 2) throw PyErr.TypeError($"count() takes at most 2 arguments ({n} given)");
            var p = Args.Parse("count", args, kw, ["start", "step"], 0);
            var start = p[0] ?? PyInt.Zero;
            var step = p[1] ?? PyInt.One;
            if (!IsNumber(start) || !IsNumber(step)) throw PyErr.TypeError("a number is required");
            return new CountIt(cls, start, step);
        });
        CountType.TpRepr = (ts, o) =>
        {
            var c = (CountIt)o;
            string name = o.ObType.Name;
            if (c.Step is PyInt si && si.IsSmall && si.Small == 1 && PyType.IsExact(si, BuiltinTypes.Int))
                return PyStr.From($"{name}({Ops.ReprString(ts, c.Cnt)})");
            return PyStr.From($"{name}({Ops.ReprString(ts, c.Cnt)}, {Ops.ReprString(ts, c.Step)})");
        };

        IterSlots(CycleType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, CycleType, "cycle", kw);
            CheckPositional("cycle", Npos(args, kw), 1, 1);
            return new CycleIt(cls, Ops.GetIter(ts, args[0]));
        });

        IterSlots(RepeatType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("repeat", args, kw, ["object", "times"], 1);
            long cnt = -1;
            if (p[1] != null)
            {
                cnt = Ops.IndexClamped(ts, p[1]!);
                if (cnt < 0) cnt = 0;
            }
            return new RepeatIt(cls, p[0]!, cnt);
        });
        RepeatType.TpRepr = (ts, o) =>
        {
            var r = (RepeatIt)o;
            return PyStr.From(r.Cnt == -1
                ? $"{o.ObType.Name}({Ops.ReprString(ts, r.Element)})"
                : $"{o.ObType.Name}({Ops.ReprString(ts, r.Element)}, {r.Cnt})");
        };
        RepeatType.AddMethod("__length_hint__", (ts, self, args, kw) =>
        {
            var r = (RepeatIt)self;
            if (r.Cnt == -1) throw PyErr.TypeError("len() of unsized object");
            return PyInt.From(r.Cnt);
        });

        IterSlots(AccumulateType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("accumulate", args, kw, ["iterable", "func", "initial"], 1, kwOnlyFrom: 2);
            var func = p[1] is null or PyNone ? null : p[1];
            var initial = p[2] is null or PyNone ? null : p[2];
            return new AccumulateIt(cls, Ops.GetIter(ts, p[0]!), func, initial);
        });

        IterSlots(BatchedType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("batched", args, kw, ["iterable", "n", "strict"], 2, kwOnlyFrom: 2);
            long n = Ops.IndexClamped(ts, p[1]!);
            if (n < 1) throw PyErr.ValueError("n must be at least one");
            bool strict = p[2] != null && Ops.IsTrue(ts, p[2]!);
            return new BatchedIt(cls, Ops.GetIter(ts, p[0]!), n, strict);
        });

        IterSlots(ChainType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, ChainType, "chain", kw);
            var source = Ops.GetIter(ts, new PyTuple(args[..Npos(args, kw)].ToArray()));
            return new ChainIt(cls, source);
        });
        ChainType.AddClassMethod("from_iterable", (ts, cls, args, kw) =>
        {
            Args.Exact("from_iterable", args, kw, 1);
            return new ChainIt((PyType)cls, Ops.GetIter(ts, args[0]));
        });
        ChainType.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);

        IterSlots(CompressType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("compress", args, kw, ["data", "selectors"], 2);
            return new CompressIt(cls, Ops.GetIter(ts, p[0]!), Ops.GetIter(ts, p[1]!));
        });

        IterSlots(DropwhileType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, DropwhileType, "dropwhile", kw);
            CheckPositional("dropwhile", Npos(args, kw), 2, 2);
            return new DropwhileIt(cls, args[0], Ops.GetIter(ts, args[1]));
        });
        IterSlots(TakewhileType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, TakewhileType, "takewhile", kw);
            CheckPositional("takewhile", Npos(args, kw), 2, 2);
            return new TakewhileIt(cls, args[0], Ops.GetIter(ts, args[1]));
        });
        IterSlots(FilterfalseType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, FilterfalseType, "filterfalse", kw);
            CheckPositional("filterfalse", Npos(args, kw), 2, 2);
            return new FilterfalseIt(cls, args[0], Ops.GetIter(ts, args[1]));
        });
        IterSlots(StarmapType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, StarmapType, "starmap", kw);
            CheckPositional("starmap", Npos(args, kw), 2, 2);
            return new StarmapIt(cls, args[0], Ops.GetIter(ts, args[1]));
        });
        IterSlots(PairwiseType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, PairwiseType, "pairwise", kw);
            CheckPositional("pairwise", Npos(args, kw), 1, 1);
            return new PairwiseIt(cls, Ops.GetIter(ts, args[0]));
        });

        IterSlots(IsliceType, (ts, cls, args, kw) =>
        {
            NoKeywords(cls, IsliceType, "islice", kw);
            int n = Npos(args, kw);
            CheckPositional("islice", n, 2, 4);
            long start = 0, stop = -1, step = 1;
            const string indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (n == 2)
            {
                if (args[1] is not PyNone)
                {
                    stop = SliceIndex(ts, args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
            }
            else
            {
                if (args[1] is not PyNone) start = SliceIndex(ts, args[1], indices);
                if (args[2] is not PyNone) stop = SliceIndex(ts, args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            if (n == 4 && args[3] is not PyNone)
            {
                step = Ops.HasIndex(args[3]) ? Ops.IndexClamped(ts, args[3]) : -1;
                if (step < 1) throw PyErr.ValueError("Step for islice() must be a positive integer or None.");
            }
            if (n > 2 && start < 0) throw PyErr.ValueError(indices);
            return new IsliceIt(cls, Ops.GetIter(ts, args[0]), start, stop, step);
        });

        IterSlots(ZipLongestType, (ts, cls, args, kw) =>
        {
            int npos = Npos(args, kw);
            PyObject fill = PyNone.Value;
            for (int i = 0; i < (kw?.Count ?? 0); i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (name != "fillvalue") throw PyErr.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[npos + i];
            }
            var its = new PyObject?[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.GetIter(ts, args[i]);
            return new ZipLongestIt(cls, its, fill);
        });
    }

    /// <summary>An islice() index: None handled by the caller; negative or non-integer values are ValueErrors.</summary>
    private static long SliceIndex(ThreadState ts, PyObject o, string message)
    {
        if (!Ops.HasIndex(o)) throw PyErr.ValueError(message);
        var v = Ops.Index(ts, o);
        if (v.IsSmall)
        {
            if (v.Small < 0) throw PyErr.ValueError(message);
            return v.Small;
        }
        if (v.Sign < 0) throw PyErr.ValueError(message);
        return long.MaxValue;
    }
}
