using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>itertools: the combinatoric iterators, groupby and tee.</summary>
public static partial class ItertoolsModule
{
    // ================================================================== product

    public static readonly PyType ProductType = NewType("product");

    private sealed class ProductIt(PyType t, PyObject[][] pools) : ItObject(t)
    {
        int[]? _indices;
        PyObject[]? _result;
        bool _stopped;
        public override PyObject? Next(ThreadState ts)
        {
            if (_stopped) return null;
            int npools = pools.Length;
            if (_result == null)
            {
                foreach (var p in pools)
                    if (p.Length == 0) { _stopped = true; return null; }
                _indices = new int[npools];
                _result = new PyObject[npools];
                for (int i = 0; i < npools; i++) _result[i] = pools[i][0];
                return new PyTuple((PyObject[])_result.Clone());
            }
            if (npools == 0) { _stopped = true; return null; }
            int k = npools - 1;
            for (; k >= 0; k--)
            {
                var pool = pools[k];
                _indices![k]++;
                if (_indices[k] == pool.Length)
                {
                    _indices[k] = 0;
                    _result[k] = pool[0];
                }
                else
                {
                    _result[k] = pool[_indices[k]];
                    break;
                }
            }
            if (k < 0) { _stopped = true; return null; }
            return new PyTuple((PyObject[])_result.Clone());
        }
    }

    // ================================================================== combinations, combinations_with_replacement, permutations

    public static readonly PyType CombinationsType = NewType("combinations");

    private sealed class CombinationsIt(PyType t, PyObject[] pool, int r) : ItObject(t)
    {
        int[]? _indices;
        bool _stopped = r > pool.Length;
        public override PyObject? Next(ThreadState ts)
        {
            if (_stopped) return null;
            int n = pool.Length;
            if (_indices == null)
            {
                _indices = new int[r];
                for (int i = 0; i < r; i++) _indices[i] = i;
            }
            else
            {
                int i = r - 1;
                while (i >= 0 && _indices[i] == i + n - r) i--;
                if (i < 0) { _stopped = true; return null; }
                _indices[i]++;
                for (int j = i + 1; j < r; j++) _indices[j] = _indices[j - 1] + 1;
            }
            var res = new PyObject[r];
            for (int i = 0; i < r; i++) res[i] = pool[_indices[i]];
            return new PyTuple(res);
        }
    }

    public static readonly PyType CwrType = NewType("combinations_with_replacement");

    private sealed class CwrIt(PyType t, PyObject[] pool, int r) : ItObject(t)
    {
        int[]? _indices;
        bool _stopped = pool.Length == 0 && r > 0;
        public override PyObject? Next(ThreadState ts)
        {
            if (_stopped) return null;
            int n = pool.Length;
            if (_indices == null) _indices = new int[r];
            else
            {
                int i = r - 1;
                while (i >= 0 && _indices[i] == n - 1) i--;
                if (i < 0) { _stopped = true; return null; }
                int v = _indices[i] + 1;
                for (int j = i; j < r; j++) _indices[j] = v;
            }
            var res = new PyObject[r];
            for (int i = 0; i < r; i++) res[i] = pool[_indices[i]];
            return new PyTuple(res);
        }
    }

    public static readonly PyType PermutationsType = NewType("permutations");

    private sealed class PermutationsIt(PyType t, PyObject[] pool, int r) : ItObject(t)
    {
        int[]? _indices;
        int[]? _cycles;
        bool _stopped = r > pool.Length;
        public override PyObject? Next(ThreadState ts)
        {
            if (_stopped) return null;
            int n = pool.Length;
            if (_indices == null)
            {
                _indices = new int[n];
                for (int i = 0; i < n; i++) _indices[i] = i;
                _cycles = new int[r];
                for (int i = 0; i < r; i++) _cycles[i] = n - i;
            }
            else
            {
                if (n == 0) { _stopped = true; return null; }
                int i = r - 1;
                for (; i >= 0; i--)
                {
                    _cycles![i]--;
                    if (_cycles[i] == 0)
                    {
                        int first = _indices[i];
                        Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                        _indices[n - 1] = first;
                        _cycles[i] = n - i;
                    }
                    else
                    {
                        int j = _cycles[i];
                        (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                        break;
                    }
                }
                if (i < 0) { _stopped = true; return null; }
            }
            var res = new PyObject[r];
            for (int k = 0; k < r; k++) res[k] = pool[_indices[k]];
            return new PyTuple(res);
        }
    }

    private static int NonNegativeR(ThreadState ts, PyObject o)
    {
        long r = Ops.IndexClamped(ts, o);
        if (r < 0) throw PyErr.ValueError("r must be non-negative");
        return (int)Math.Min(r, int.MaxValue);
    }

    private static void InitCombinatorics()
    {
        IterSlots(ProductType, (ts, cls, args, kw) =>
        {
            int npos = Npos(args, kw);
            long repeat = 1;
            for (int i = 0; i < (kw?.Count ?? 0); i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (name != "repeat") throw PyErr.TypeError($"'{name}' is an invalid keyword argument for product()");
                repeat = Ops.IndexClamped(ts, args[npos + i]);
                if (repeat < 0) throw PyErr.ValueError("repeat argument cannot be negative");
            }
            var basePools = new PyObject[npos][];
            for (int i = 0; i < npos; i++) basePools[i] = (PyObject[])Ops.ToArray(ts, args[i]).Clone();
            if (repeat > 0 && npos > 0 && npos * repeat > int.MaxValue / 8) throw PyErr.OverflowError("repeat argument too large");
            var pools = new PyObject[npos * (int)repeat][];
            for (int k = 0; k < repeat; k++)
                for (int i = 0; i < npos; i++) pools[k * npos + i] = basePools[i];
            return new ProductIt(cls, pools);
        });

        IterSlots(CombinationsType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("combinations", args, kw, ["iterable", "r"], 2);
            var pool = (PyObject[])Ops.ToArray(ts, p[0]!).Clone();
            return new CombinationsIt(cls, pool, NonNegativeR(ts, p[1]!));
        });

        IterSlots(CwrType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("combinations_with_replacement", args, kw, ["iterable", "r"], 2);
            var pool = (PyObject[])Ops.ToArray(ts, p[0]!).Clone();
            return new CwrIt(cls, pool, NonNegativeR(ts, p[1]!));
        });

        IterSlots(PermutationsType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("permutations", args, kw, ["iterable", "r"], 1);
            var pool = (PyObject[])Ops.ToArray(ts, p[0]!).Clone();
            int r = p[1] is null or PyNone ? pool.Length : NonNegativeR(ts, p[1]!);
            return new PermutationsIt(cls, pool, r);
        });
    }

    // ================================================================== groupby

    public static readonly PyType GroupbyType = NewType("groupby");
    public static readonly PyType GrouperType = NewType("_grouper", subclassable: false);

    private sealed class GroupbyIt(PyType t, PyObject it, PyObject? key) : ItObject(t)
    {
        public PyObject? TgtKey, CurrKey, CurrValue;
        public GrouperIt? CurrGrouper;
        bool _done;

        /// <summary>groupby_step: false when the underlying iterator is exhausted.</summary>
        public bool Step(ThreadState ts)
        {
            if (_done) return false;
            var nv = Ops.Next(ts, it);
            if (nv == null) { _done = true; return false; }
            var nk = key == null ? nv : Ops.Call(ts, key, nv);
            CurrValue = nv;
            CurrKey = nk;
            return true;
        }

        public override PyObject? Next(ThreadState ts)
        {
            CurrGrouper = null;
            while (true)
            {
                if (CurrKey == null) { }
                else if (TgtKey == null) break;
                else if (!Ops.RichCompareBool(ts, TgtKey, CurrKey, CompareOp.Eq)) break;
                if (!Step(ts)) return null;
            }
            TgtKey = CurrKey;
            var g = new GrouperIt(this, TgtKey!);
            CurrGrouper = g;
            return new PyTuple([CurrKey!, g]);
        }
    }

    private sealed class GrouperIt(GroupbyIt parent, PyObject tgtKey) : ItObject(GrouperType)
    {
        public override PyObject? Next(ThreadState ts)
        {
            if (!ReferenceEquals(parent.CurrGrouper, this)) return null;
            if (parent.CurrValue == null && !parent.Step(ts)) return null;
            if (!Ops.RichCompareBool(ts, tgtKey, parent.CurrKey!, CompareOp.Eq)) return null;
            var r = parent.CurrValue!;
            parent.CurrValue = null;
            return r;
        }
    }

    // ================================================================== tee

    public static readonly PyType TeeType = NewType("_tee");
    public static readonly PyType TeeDataType = NewType("_tee_dataobject", subclassable: false);

    /// <summary>A chunk of values read from the shared iterator (CPython's teedataobject, LINKCELLS = 57).</summary>
    private sealed class TeeData(PyObject it) : PyObject(TeeDataType)
    {
        public const int LinkCells = 57;
        public readonly PyObject It = it;
        public readonly PyObject[] Values = new PyObject[LinkCells];
        public int NumRead;
        public bool Running;
        private TeeData? _next;

        public TeeData NextLink() => _next ??= new TeeData(It);

        public PyObject? GetItem(ThreadState ts, int i)
        {
            if (i < NumRead) return Values[i];
            if (Running) throw PyErr.RuntimeError("cannot re-enter the tee iterator");
            Running = true;
            PyObject? value;
            try { value = Ops.Next(ts, It); }
            finally { Running = false; }
            if (value == null) return null;
            Values[NumRead++] = value;
            return value;
        }
    }

    private sealed class TeeIt(PyType t, TeeData data, int index) : ItObject(t)
    {
        public TeeData Data = data;
        public int Index = index;
        public override PyObject? Next(ThreadState ts)
        {
            if (Index >= TeeData.LinkCells)
            {
                Data = Data.NextLink();
                Index = 0;
            }
            var v = Data.GetItem(ts, Index);
            if (v == null) return null;
            Index++;
            return v;
        }
    }

    private static readonly PyStr CopyName = PyStr.Immortal("__copy__");

    private static PyObject TeeFromIterable(ThreadState ts, PyObject iterable)
    {
        var it = Ops.GetIter(ts, iterable);
        if (it is TeeIt t) return new TeeIt(TeeType, t.Data, t.Index);
        return new TeeIt(TeeType, new TeeData(it), 0);
    }

    private static PyObject Tee(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.NoKeywords("tee", kw);
        CheckPositional("tee", args.Length, 1, 2);
        long n = args.Length > 1 ? Ops.IndexClamped(ts, args[1]) : 2;
        if (n < 0) throw PyErr.ValueError("n must be >= 0");
        if (n == 0) return PyTuple.Empty;
        var result = new PyObject[n];
        var it = Ops.GetIter(ts, args[0]);
        PyObject copyable = Ops.TryGetAttr(ts, it, CopyName, out _) ? it : TeeFromIterable(ts, it);
        result[0] = copyable;
        for (long i = 1; i < n; i++) result[i] = Ops.CallMethod(ts, copyable, CopyName);
        return new PyTuple(result);
    }

    private static void InitGroupTee()
    {
        IterSlots(GroupbyType, (ts, cls, args, kw) =>
        {
            var p = Args.Parse("groupby", args, kw, ["iterable", "key"], 1);
            var key = p[1] is null or PyNone ? null : p[1];
            return new GroupbyIt(cls, Ops.GetIter(ts, p[0]!), key);
        });
        IterSlots(GrouperType, null);
        IterSlots(TeeType, (ts, cls, args, kw) =>
        {
            Args.NoKeywords("_tee", kw);
            CheckPositional("_tee", args.Length, 1, 1);
            return TeeFromIterable(ts, args[0]);
        });
        TeeType.AddMethod("__copy__", (ts, self, args, kw) =>
        {
            var t = (TeeIt)self;
            return new TeeIt(TeeType, t.Data, t.Index);
        });
        TeeDataType.InstanceFactory = null;
    }
}
