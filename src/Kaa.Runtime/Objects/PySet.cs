using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// set and frozenset: CPython's open-addressing table (Objects/setobject.c) with linear probing
/// followed by perturbed probing, the same growth policy and the same iteration order, so that printed
/// sets match CPython's. An unused slot has Key == null and Hash == 0; a deleted one ("dummy") has
/// Key == null and Hash == -1 (no real hash is -1).
/// </summary>
public class PySet : PyObject
{
    private struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;

    private Entry[] _table;
    private int _mask;
    private int _fill;   // active + dummy
    private int _used;   // active
    private int _finger; // where pop() starts looking
    /// <summary>Cached frozenset hash; -1 until computed.</summary>
    internal long CachedHash = -1;

    public readonly bool IsFrozen;

    public PySet() : this(BuiltinTypes.Set) { }

    protected PySet(PyType type) : base(type)
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        IsFrozen = !ReferenceEquals(type, BuiltinTypes.Set) && (ReferenceEquals(type, BuiltinTypes.FrozenSet) || type.IsSubtype(BuiltinTypes.FrozenSet));
    }

    /// <summary>A new exact set or frozenset.</summary>
    public static PySet NewExact(bool frozen) => frozen ? new PySet(BuiltinTypes.FrozenSet) : new PySet(BuiltinTypes.Set);

    /// <summary>A new instance of cls (set, frozenset or a subclass).</summary>
    public static PySet NewOfType(PyType cls)
        => ReferenceEquals(cls, BuiltinTypes.Set) || ReferenceEquals(cls, BuiltinTypes.FrozenSet) ? new PySet(cls) : new PySetSub(cls);

    public int Count => _used;

    /// <summary>Hash of a key, hashing a (mutable) set key as the equal frozenset, as CPython's set_contains does on retry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long HashOf(ThreadState ts, PyObject key)
    {
        // Only the exact types: a subclass may define its own __hash__.
        var kt = key.ObType;
        if (ReferenceEquals(kt, BuiltinTypes.Str)) return ((PyStr)key).Hash;
        if (ReferenceEquals(kt, BuiltinTypes.Int) && ((PyInt)key).IsSmall) return PyDict.IntHash(((PyInt)key).Small);
        return Ops.Hash(ts, key);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FastEquals(PyObject stored, PyObject key, out bool known)
    {
        known = true;
        if (ReferenceEquals(stored, key)) return true;
        if (stored is PyStr a && key is PyStr b && PyType.IsExact(a, BuiltinTypes.Str) && PyType.IsExact(b, BuiltinTypes.Str))
            return PyStr.ValueEquals(a, b);
        if (PyType.IsExact(stored, BuiltinTypes.Int) && PyType.IsExact(key, BuiltinTypes.Int))
            return PyIntArith.Compare((PyInt)stored, (PyInt)key) == 0;
        known = false;
        return false;
    }

    /// <summary>Index of the slot holding key, or -1.</summary>
    private int Lookup(ThreadState ts, PyObject key, long hash)
    {
    restart:
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref table[j];
                if (e.Key == null)
                {
                    if (e.Hash == 0) return -1;
                }
                else if (e.Hash == hash)
                {
                    var startKey = e.Key;
                    bool eq = FastEquals(startKey, key, out bool known);
                    if (!known)
                    {
                        eq = Ops.RichCompareBool(ts, startKey, key, CompareOp.Eq);
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[j].Key, startKey)) goto restart;
                    }
                    if (eq) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Adds key with a known hash; false when it was already present.</summary>
    internal bool AddEntry(ThreadState ts, PyObject key, long hash)
    {
    restart:
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref table[j];
                if (e.Key == null)
                {
                    if (e.Hash == 0)
                    {
                        _fill++;
                        _used++;
                        e.Key = key;
                        e.Hash = hash;
                        if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                        return true;
                    }
                }
                else if (e.Hash == hash)
                {
                    var startKey = e.Key;
                    bool eq = FastEquals(startKey, key, out bool known);
                    if (!known)
                    {
                        eq = Ops.RichCompareBool(ts, startKey, key, CompareOp.Eq);
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[j].Key, startKey)) goto restart;
                    }
                    if (eq) return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static void InsertClean(Entry[] table, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key == null) { table[i].Key = key; table[i].Hash = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (table[i + j].Key == null) { table[i + j].Key = key; table[i + j].Hash = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(long minUsed)
    {
        long newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        if (newSize > int.MaxValue / 2) throw PyErr.MemoryError();
        var old = _table;
        var table = new Entry[newSize];
        int mask = (int)newSize - 1;
        for (int k = 0; k < old.Length; k++)
            if (old[k].Key is { } key) InsertClean(table, mask, key, old[k].Hash);
        _table = table;
        _mask = mask;
        _fill = _used;
    }

    public bool Add(ThreadState ts, PyObject key) => AddEntry(ts, key, ElementHash(ts, key));

    /// <summary>
    /// <see cref="HashOf"/> for adding, finding or removing an element: as CPython 3.14's
    /// set_unhashable_type, a TypeError (exactly) from hashing becomes "cannot use 'T' as a set element (...)".
    /// </summary>
    internal static long ElementHash(ThreadState ts, PyObject key)
    {
        try { return HashOf(ts, key); }
        catch (PyException e) when (ReferenceEquals(e.Value.ObType, PyExc.TypeError))
        {
            throw UnhashableElement(ts, key, e, "set element");
        }
    }

    /// <summary>The TypeError CPython 3.14 raises for an unhashable dict key or set element.</summary>
    internal static PyException UnhashableElement(ThreadState ts, PyObject key, PyException cause, string what)
        => PyErr.TypeError($"cannot use '{key.ObType.QualifiedName}' as a {what} ({Ops.Str(ts, cause.Value).Value})");

    /// <summary>`key in set`; a set key is looked up as the equal frozenset.</summary>
    public bool Contains(ThreadState ts, PyObject key) => Lookup(ts, key, HashOrFrozen(ts, ref key)) >= 0;

    /// <summary>Hashes key; an unhashable set is replaced by the equal frozenset (CPython's set_contains retry).</summary>
    private static long HashOrFrozen(ThreadState ts, ref PyObject key)
    {
        try { return HashOf(ts, key); }
        catch (PyException e) when (key is PySet ks && e.Value.ObType.IsSubtype(PyExc.TypeError))
        {
            key = FrozenCopy(ts, ks);
            return HashOf(ts, key);
        }
        catch (PyException e) when (ReferenceEquals(e.Value.ObType, PyExc.TypeError))
        {
            throw UnhashableElement(ts, key, e, "set element");
        }
    }

    internal bool ContainsEntry(ThreadState ts, PyObject key, long hash) => Lookup(ts, key, hash) >= 0;

    /// <summary>Removes key; false when absent. A set key is looked up as the equal frozenset.</summary>
    public bool Discard(ThreadState ts, PyObject key) => DiscardEntry(ts, key, HashOrFrozen(ts, ref key));

    internal bool DiscardEntry(ThreadState ts, PyObject key, long hash)
    {
        int j = Lookup(ts, key, hash);
        if (j < 0) return false;
        _table[j].Key = null;
        _table[j].Hash = -1;
        _used--;
        return true;
    }

    private static PySet FrozenCopy(ThreadState ts, PySet s)
    {
        var f = new PySet(BuiltinTypes.FrozenSet);
        f.Merge(ts, s);
        return f;
    }

    /// <summary>set.pop(): removes an arbitrary element, continuing where the last pop stopped (like CPython).</summary>
    public PyObject? PopAny()
    {
        if (_used == 0) return null;
        int i = _finger & _mask;
        while (_table[i].Key == null)
        {
            i++;
            if (i > _mask) i = 0;
        }
        var key = _table[i].Key!;
        _table[i].Key = null;
        _table[i].Hash = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
    }

    /// <summary>For iteration: the next active slot at or after position; -1 when done.</summary>
    public int NextEntry(int position, out PyObject key, out long hash)
    {
        var table = _table;
        for (int i = position; i < table.Length; i++)
        {
            if (table[i].Key is { } k)
            {
                key = k;
                hash = table[i].Hash;
                return i;
            }
        }
        key = null!;
        hash = 0;
        return -1;
    }

    /// <summary>The elements in iteration order.</summary>
    public PyObject[] ToArray()
    {
        var a = new PyObject[_used];
        int n = 0;
        var table = _table;
        for (int i = 0; i < table.Length && n < a.Length; i++)
            if (table[i].Key is { } k) a[n++] = k;
        return n == a.Length ? a : a.AsSpan(0, n).ToArray();
    }

    /// <summary>CPython's set_merge: adds every element of other, growing once up front.</summary>
    public void Merge(ThreadState ts, PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3)
            Resize((long)(_used + other._used) * 2);
        var otherTable = other._table;
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            for (int i = 0; i < otherTable.Length; i++)
                if (otherTable[i].Key != null) _table[i] = otherTable[i];
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            for (int i = 0; i < otherTable.Length; i++)
                if (otherTable[i].Key is { } k) InsertClean(_table, _mask, k, otherTable[i].Hash);
            return;
        }
        for (int i = 0; i < otherTable.Length; i++)
            if (otherTable[i].Key is { } k) AddEntry(ts, k, otherTable[i].Hash);
    }

    /// <summary>CPython's set_update_internal: adds the elements of any iterable.</summary>
    public void Update(ThreadState ts, PyObject other)
    {
        if (other is PySet os) { Merge(ts, os); return; }
        if (other is PyDict d && PyType.IsExact(d, BuiltinTypes.Dict))
        {
            int n = d.Count;
            if ((long)(_fill + n) * 5 >= (long)_mask * 3) Resize((long)(_used + n) * 2);
            foreach (var (k, h, _) in d.EnumerateWithHash()) AddEntry(ts, k, h);
            return;
        }
        if (other is PyList l && PyType.IsExact(l, BuiltinTypes.List))
        {
            for (int i = 0; i < l.Count; i++) Add(ts, l.Items[i]);
            return;
        }
        if (other is PyTuple t && PyType.IsExact(t, BuiltinTypes.Tuple))
        {
            foreach (var x in t.Items) Add(ts, x);
            return;
        }
        var it = Ops.GetIter(ts, other);
        while (Ops.Next(ts, it) is { } x) Add(ts, x);
    }

    /// <summary>Shrinks away dummies when more than a quarter of the table is deleted slots.</summary>
    internal void CompactIfSparse()
    {
        if (_fill - _used <= _mask / 4) return;
        Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    /// <summary>Exchanges contents with another set (intersection_update and friends).</summary>
    internal void SwapBodies(PySet other)
    {
        (_table, other._table) = (other._table, _table);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        (CachedHash, other.CachedHash) = (other.CachedHash, CachedHash);
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    /// <summary>CPython's frozenset hash: order independent, and equal for equal frozensets.</summary>
    public long ComputeFrozenHash()
    {
        ulong hash = 0;
        var table = _table;
        for (int i = 0; i < table.Length; i++)
            if (table[i].Key != null) hash ^= ShuffleBits((ulong)table[i].Hash);
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }
}

/// <summary>Subclass instances of set and frozenset, which carry a __dict__.</summary>
public sealed class PySetSub(PyType type) : PySet(type), IHasDict
{
    public PyDict? Dict { get; set; } = type.HasInstanceDict ? new PyDict() : null;
}

/// <summary>set_iterator.</summary>
public sealed class PySetIterator(PySet set) : PyObject(SetType.IteratorType)
{
    private PySet? _set = set;
    private int _used = set.Count;
    private int _pos;
    private int _len = set.Count;

    public PyObject? Next()
    {
        var s = _set;
        if (s == null) return null;
        if (_used != s.Count)
        {
            _used = -1; // sticky, as CPython's si_used = -1: every later call raises too
            throw PyErr.RuntimeError("Set changed size during iteration");
        }
        int i = s.NextEntry(_pos, out var key, out _);
        if (i < 0) { _set = null; return null; }
        _pos = i + 1;
        _len--;
        return key;
    }

    public int LengthHint => _set != null && _used == _set.Count ? _len : 0;

    internal List<PyObject> RemainingItems()
    {
        var r = new List<PyObject>();
        var s = _set;
        if (s == null || _used != s.Count) return r;
        for (int i = s.NextEntry(_pos, out var key, out _); i >= 0; i = s.NextEntry(i + 1, out key, out _)) r.Add(key);
        return r;
    }
}
