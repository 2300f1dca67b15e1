using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// dict: CPython's compact, insertion-ordered hash table. Entries live in a dense array in insertion
/// order; a sparse index table maps hash slots to entry positions. Deleted entries leave a hole
/// (Key == null) until the next resize. str keys compare by content without calling Python code.
/// </summary>
public class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key;    // null: deleted
        public PyObject? Value;
    }

    // _indices[i]: 0 = never used (so a fresh array needs no fill), Dummy = deleted, else entry index + 1.
    private const int Dummy = -1;
    private const int MinSize = 8;
    // 2**61 - 1: ints strictly inside (-HashModulus, HashModulus) hash to themselves (-1 becomes -2).
    private const long IntHashModulus = PyInt.HashModulus;

    private int[] _indices;
    private Entry[] _entries;
    private int _used;        // live entries
    private int _filled;      // entries array high-water mark
    /// <summary>Bumped on every change; inline caches and "changed size during iteration" checks use it.</summary>
    public int Version;

    public PyDict() : base(BuiltinTypes.Dict)
    {
        _indices = new int[MinSize];
        _entries = new Entry[Usable(MinSize)];
    }

    protected PyDict(PyType type) : base(type)
    {
        _indices = new int[MinSize];
        _entries = new Entry[Usable(MinSize)];
    }

    /// <summary>A dict that holds <paramref name="capacity"/> keys without resizing.</summary>
    public PyDict(int capacity) : base(BuiltinTypes.Dict)
    {
        // As CPython's estimate_log2_keysize: room for capacity keys at the 2/3 load factor.
        int size = SlotsFor(capacity > Usable(MinSize) ? (int)Math.Min(((long)capacity * 3 + 1) / 2, 1 << 30) : MinSize);
        _indices = new int[size];
        _entries = new Entry[Usable(size)];
    }

    /// <summary>USABLE_FRACTION: entries a table of <paramref name="size"/> index slots holds.</summary>
    private static int Usable(int size) => (size << 1) / 3;

    /// <summary>The smallest power of two at least <paramref name="minSize"/> (and at least 8).</summary>
    private static int SlotsFor(int minSize)
    {
        if (minSize <= MinSize) return MinSize;
        if (minSize > 1 << 30) throw PyErr.MemoryError();
        return (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)minSize);
    }

    public int Count => _used;

    /// <summary>The hash of an exact int that fits a long, without a 64-bit division for the usual magnitudes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long IntHash(long v)
    {
        if (v > -IntHashModulus && v < IntHashModulus) return v == -1 ? -2 : v;
        return PyInt.HashLong(v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeysEqual(ThreadState? ts, PyObject stored, PyObject key)
    {
        if (ReferenceEquals(stored, key)) return true;
        if (stored is PyStr a && key is PyStr b && PyType.IsExact(a, BuiltinTypes.Str) && PyType.IsExact(b, BuiltinTypes.Str))
            return PyStr.ValueEquals(a, b);
        if (PyType.IsExact(stored, BuiltinTypes.Int) && PyType.IsExact(key, BuiltinTypes.Int))
            return PyIntArith.Compare((PyInt)stored, (PyInt)key) == 0;
        return Ops.RichCompareBool(ts ?? throw PyErr.SystemError("dict: comparing keys needs a thread state"), stored, key, CompareOp.Eq);
    }

    /// <summary>
    /// Hashes <paramref name="key"/> and finds it: the entry index, or -1 with <paramref name="slot"/>
    /// the free index slot where it would go. Exact str and int keys take probes that compare without
    /// calling Python code (CPython's unicode lookup); anything else, or a collision with a key of
    /// another type, goes through the general <see cref="Find"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Lookup(ThreadState? ts, PyObject key, out long hash, out int slot)
    {
        var kt = key.ObType;
        if (ReferenceEquals(kt, BuiltinTypes.Str))
        {
            hash = Unsafe.As<PyStr>(key).Hash;
            return FindStr(ts, Unsafe.As<PyStr>(key), hash, out slot);
        }
        if (ReferenceEquals(kt, BuiltinTypes.Int) && Unsafe.As<PyInt>(key).IsSmall)
        {
            long v = Unsafe.As<PyInt>(key).Small;
            hash = IntHash(v);
            return FindInt(ts, key, v, hash, out slot);
        }
        hash = KeyHash(ts ?? throw PyErr.SystemError("dict: hashing needs a thread state"), key);
        return Find(ts, key, hash, out slot);
    }

    /// <summary>
    /// Hash of a key of another type than exact str or small int: as CPython 3.14's dict_unhashable_type,
    /// a TypeError (exactly) from hashing becomes "cannot use 'T' as a dict key (...)".
    /// </summary>
    internal static long KeyHash(ThreadState ts, PyObject key)
    {
        try { return Ops.Hash(ts, key); }
        catch (PyException e) when (ReferenceEquals(e.Value.ObType, PyExc.TypeError))
        {
            throw PySet.UnhashableElement(ts, key, e, "dict key");
        }
    }

    /// <summary><see cref="Find"/> for an exact str key.</summary>
    private int FindStr(ThreadState? ts, PyStr key, long hash, out int slot)
    {
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        int freeSlot = -1;
        while (true)
        {
            int ix = indices[i];
            if (ix > 0)
            {
                ref var e = ref entries[ix - 1];
                if (e.Hash == hash)
                {
                    var k = e.Key;
                    if (ReferenceEquals(k, key) || (k != null && ReferenceEquals(k.ObType, BuiltinTypes.Str) && PyStr.ValueEquals(Unsafe.As<PyStr>(k), key)))
                    {
                        slot = i;
                        return ix - 1;
                    }
                    // An equal-hash key of another type may have an __eq__ that accepts this str.
                    if (k != null && !ReferenceEquals(k.ObType, BuiltinTypes.Str)) return Find(ts, key, hash, out slot);
                }
            }
            else if (ix == 0)
            {
                slot = freeSlot >= 0 ? freeSlot : i;
                return -1;
            }
            else if (freeSlot < 0) freeSlot = i;
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary><see cref="Find"/> for an exact int key that fits a long (<paramref name="v"/>).</summary>
    private int FindInt(ThreadState? ts, PyObject key, long v, long hash, out int slot)
    {
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        int freeSlot = -1;
        while (true)
        {
            int ix = indices[i];
            if (ix > 0)
            {
                ref var e = ref entries[ix - 1];
                if (e.Hash == hash)
                {
                    var k = e.Key;
                    if (k != null && ReferenceEquals(k.ObType, BuiltinTypes.Int))
                    {
                        // Exact ints are normalised: one that does not fit a long never equals v.
                        if (Unsafe.As<PyInt>(k).IsSmall && Unsafe.As<PyInt>(k).Small == v)
                        {
                            slot = i;
                            return ix - 1;
                        }
                    }
                    else if (k != null) return Find(ts, key, hash, out slot);
                }
            }
            else if (ix == 0)
            {
                slot = freeSlot >= 0 ? freeSlot : i;
                return -1;
            }
            else if (freeSlot < 0) freeSlot = i;
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>Returns the entry index of key, or -1; <paramref name="slot"/> is where it is or would go.</summary>
    private int Find(ThreadState? ts, PyObject key, long hash, out int slot)
    {
    restart:
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        int freeSlot = -1;
        while (true)
        {
            int ix = _indices[i] - 1;
            if (ix == -1)
            {
                slot = freeSlot >= 0 ? freeSlot : i;
                return -1;
            }
            if (ix < 0)
            {
                if (freeSlot < 0) freeSlot = i;
            }
            else
            {
                ref var e = ref _entries[ix];
                if (e.Hash == hash && e.Key != null)
                {
                    var startKey = e.Key;
                    var indices = _indices;
                    var entries = _entries;
                    bool eq = KeysEqual(ts, startKey, key);
                    // As CPython's lookdict: if __eq__ changed the table or this entry, look again.
                    if (!ReferenceEquals(indices, _indices) || !ReferenceEquals(entries, _entries) || !ReferenceEquals(_entries[ix].Key, startKey))
                        goto restart;
                    if (eq)
                    {
                        slot = i;
                        return ix;
                    }
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    public PyObject? GetItem(ThreadState? ts, PyObject key)
    {
        int ix = Lookup(ts, key, out _, out _);
        return ix < 0 ? null : _entries[ix].Value;
    }

    public bool TryGetValue(ThreadState? ts, PyObject key, out PyObject? value)
    {
        value = GetItem(ts, key);
        return value != null;
    }

    /// <summary>Fast path for str keys: never calls Python code.</summary>
    public bool TryGetStr(PyStr key, out PyObject? value)
    {
        int ix = FindStrEntry(key);
        value = ix >= 0 ? _entries[ix].Value : null;
        return ix >= 0;
    }

    /// <summary>The entry index of a str key (-1 when absent), probing as CPython's lookdict_unicode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindStrEntry(PyStr key)
    {
        long hash = key.Hash;
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        while (true)
        {
            int ix = indices[i];
            if (ix == 0) return -1;
            if (ix > 0)
            {
                ref var e = ref _entries[ix - 1];
                if (e.Hash == hash && e.Key is PyStr k && (ReferenceEquals(k, key) || PyStr.ValueEquals(k, key))) return ix - 1;
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>
    /// <see cref="TryGetStr"/> that tries the entry at <paramref name="hint"/> first and leaves the
    /// found entry's index there: instances of one class usually store their attributes in the same
    /// order, so an attribute-load site keeps hitting the same index (CPython's LOAD_ATTR_WITH_HINT).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetStrHinted(PyStr key, ref int hint, out PyObject? value)
    {
        int h = hint;
        if ((uint)h < (uint)_filled)
        {
            ref var e = ref _entries[h];
            if (ReferenceEquals(e.Key, key))
            {
                value = e.Value;
                return true;
            }
        }
        return TryGetStrSetHint(key, ref hint, out value);
    }

    private bool TryGetStrSetHint(PyStr key, ref int hint, out PyObject? value)
    {
        int ix = FindStrEntry(key);
        if (ix < 0) { value = null; return false; }
        hint = ix;
        value = _entries[ix].Value;
        return true;
    }

    public PyObject? GetStr(string key) => TryGetStr(PyStr.From(key), out var v) ? v : null;

    public void SetItem(ThreadState? ts, PyObject key, PyObject value)
    {
        int ix = Lookup(ts, key, out long hash, out int slot);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            Version++;
            return;
        }
        InsertNew(key, hash, value, slot);
    }

    public void SetItemStr(PyStr key, PyObject value)
    {
        long hash = key.Hash;
        int ix = ReferenceEquals(key.ObType, BuiltinTypes.Str) ? FindStr(null, key, hash, out int slot) : Find(null, key, hash, out slot);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            Version++;
            return;
        }
        InsertNew(key, hash, value, slot);
    }
    public void SetItemStr(string key, PyObject value) => SetItemStr(PyStr.From(key), value);

    private void Insert(ThreadState? ts, PyObject key, long hash, PyObject value)
    {
        int ix = Find(ts, key, hash, out int slot);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            Version++;
            return;
        }
        InsertNew(key, hash, value, slot);
    }

    /// <summary>Adds a key known to be absent at the free <paramref name="slot"/> Find gave.</summary>
    private void InsertNew(PyObject key, long hash, PyObject value, int slot)
    {
        if (_filled >= _entries.Length)
        {
            // CPython's GROWTH_RATE: room for three times the live keys, so a table that only grows
            // doubles, and one with many deleted entries is compacted in place.
            Resize(SlotsFor(_used * 3));
            // The key is known to be absent: only the first free slot is needed, so no key is
            // compared again (__eq__ runs once per insertion, as in CPython).
            slot = FreeSlot(_indices, hash);
        }
        _entries[_filled] = new Entry { Hash = hash, Key = key, Value = value };
        _indices[slot] = ++_filled;
        _used++;
        Version++;
    }

    /// <summary>The first never-used slot on <paramref name="hash"/>'s probe sequence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FreeSlot(int[] indices, long hash)
    {
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)hash & mask;
        while (indices[i] != 0)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        return i;
    }

    /// <summary>Rebuilds the table with <paramref name="size"/> index slots (a power of two), dropping deleted entries.</summary>
    private void Resize(int size)
    {
        var oldEntries = _entries;
        int oldFilled = _filled;
        var indices = new int[size];
        var entries = new Entry[Usable(size)];
        int n = 0;
        if (oldFilled == _used)
        {
            // No holes: the entries keep their positions.
            Array.Copy(oldEntries, entries, oldFilled);
            for (; n < oldFilled; n++) indices[FreeSlot(indices, entries[n].Hash)] = n + 1;
        }
        else
        {
            for (int k = 0; k < oldFilled; k++)
            {
                ref var e = ref oldEntries[k];
                if (e.Key == null) continue;
                entries[n] = e;
                indices[FreeSlot(indices, e.Hash)] = ++n;
            }
        }
        _indices = indices;
        _entries = entries;
        _filled = n;
    }

    /// <summary>dict.setdefault: one hash and one lookup, so __hash__ and __eq__ run once.</summary>
    public PyObject SetDefault(ThreadState ts, PyObject key, PyObject dflt)
    {
        int ix = Lookup(ts, key, out long h, out int slot);
        if (ix >= 0) return _entries[ix].Value!;
        InsertNew(key, h, dflt, slot);
        return dflt;
    }

    // Lookups with a hash the caller computed once (CPython's _PyDict_*_KnownHash): functools'
    // lru_cache hashes its key a single time per call, however many dict operations follow.

    internal PyObject? GetItemKnownHash(ThreadState ts, PyObject key, long hash)
    {
        int ix = Find(ts, key, hash, out _);
        return ix < 0 ? null : _entries[ix].Value;
    }

    internal void SetItemKnownHash(ThreadState ts, PyObject key, long hash, PyObject value) => Insert(ts, key, hash, value);

    internal PyObject? PopKnownHash(ThreadState ts, PyObject key, long hash)
    {
        int ix = Find(ts, key, hash, out int slot);
        return ix < 0 ? null : RemoveFound(ix, slot);
    }

    /// <summary>Removes key; false if absent.</summary>
    public bool DelItem(ThreadState? ts, PyObject key) => Pop(ts, key) != null;

    public PyObject? Pop(ThreadState? ts, PyObject key)
    {
        int ix = Lookup(ts, key, out _, out int slot);
        return ix < 0 ? null : RemoveFound(ix, slot);
    }

    /// <summary>Deletes the entry a lookup found at <paramref name="ix"/> (index slot <paramref name="slot"/>)
    /// and returns its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyObject? RemoveFound(int ix, int slot)
    {
        var v = _entries[ix].Value;
        _entries[ix] = default;
        _indices[slot] = Dummy;
        _used--;
        Version++;
        // No reset to a fresh table when the dict becomes empty: a live iterator must still see
        // a key added after the delete ("dictionary keys changed during iteration"); the next
        // resize compacts the holes anyway.
        return v;
    }

    public void Clear()
    {
        _indices = new int[MinSize];
        _entries = new Entry[Usable(MinSize)];
        _used = _filled = 0;
        Version++;
    }

    public bool ContainsKey(ThreadState? ts, PyObject key) => GetItem(ts, key) != null;

    /// <summary>Iterates live entries in insertion order; the dict must not change meanwhile.</summary>
    public IEnumerable<(PyObject Key, PyObject Value)> EnumerateItems()
    {
        int version = Version;
        for (int i = 0; i < _filled; i++)
        {
            if (version != Version) throw PyErr.RuntimeError("dictionary changed size during iteration");
            var e = _entries[i];
            if (e.Key != null) yield return (e.Key, e.Value!);
        }
    }

    /// <summary>For iterators: the next live entry at or after position; -1 when done.</summary>
    public int NextEntry(int position, out PyObject key, out PyObject value)
    {
        for (int i = position; i < _filled; i++)
        {
            ref var e = ref _entries[i];
            if (e.Key != null)
            {
                key = e.Key;
                value = e.Value!;
                return i;
            }
        }
        key = value = null!;
        return -1;
    }

    /// <summary>Like <see cref="NextEntry(int, out PyObject, out PyObject)"/>, also giving the stored hash.</summary>
    public int NextEntry(int position, out PyObject key, out long hash, out PyObject value)
    {
        for (int i = position; i < _filled; i++)
        {
            ref var e = ref _entries[i];
            if (e.Key != null)
            {
                key = e.Key;
                hash = e.Hash;
                value = e.Value!;
                return i;
            }
        }
        key = value = null!;
        hash = 0;
        return -1;
    }

    /// <summary>For reverse iterators: the last live entry at or before position; -1 when done.</summary>
    public int PrevEntry(int position, out PyObject key, out PyObject value)
    {
        if (position >= _filled) position = _filled - 1;
        for (int i = position; i >= 0; i--)
        {
            ref var e = ref _entries[i];
            if (e.Key != null)
            {
                key = e.Key;
                value = e.Value!;
                return i;
            }
        }
        key = value = null!;
        return -1;
    }

    /// <summary>One past the last entry position (where reverse iteration starts).</summary>
    public int EntryEnd => _filled;

    public PyObject[] KeysArray()
    {
        var a = new PyObject[_used];
        int n = 0;
        for (int i = 0; i < _filled; i++) if (_entries[i].Key is { } k) a[n++] = k;
        return a;
    }

    public PyObject[] ValuesArray()
    {
        var a = new PyObject[_used];
        int n = 0;
        for (int i = 0; i < _filled; i++) if (_entries[i].Key != null) a[n++] = _entries[i].Value!;
        return a;
    }

    /// <summary>popitem(): the last inserted entry.</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (int i = _filled - 1; i >= 0; i--)
        {
            if (_entries[i].Key is { } k)
            {
                key = k;
                value = _entries[i].Value!;
                long h = _entries[i].Hash;
                // Find its index slot to mark it deleted.
                int mask = _indices.Length - 1;
                ulong perturb = (ulong)h;
                int s = (int)h & mask;
                while (_indices[s] != i + 1)
                {
                    perturb >>= 5;
                    s = (int)((ulong)(s * 5 + 1) + perturb) & mask;
                }
                _indices[s] = Dummy;
                _entries[i] = default;
                _filled = i;
                _used--;
                Version++;
                return true;
            }
        }
        key = value = null!;
        return false;
    }

    public PyDict Copy()
    {
        if (_filled == _used && _used > 0)
        {
            // No deleted entries: clone the table as it is (CPython's clone_combined_dict_keys).
            var c = new PyDict();
            c._indices = (int[])_indices.Clone();
            c._entries = (Entry[])_entries.Clone();
            c._used = c._filled = _used;
            return c;
        }
        var d = new PyDict(_used);
        for (int i = 0; i < _filled; i++)
        {
            ref var e = ref _entries[i];
            if (e.Key != null) d.Insert(null, e.Key, e.Hash, e.Value!);
        }
        return d;
    }

    /// <summary>Inserts with a precomputed hash (for copying between dicts without re-hashing).</summary>
    internal void InsertKnownHash(ThreadState? ts, PyObject key, long hash, PyObject value) => Insert(ts, key, hash, value);

    /// <summary>Membership with the hash a set already stored, so keys are not hashed again.</summary>
    internal bool ContainsKnownHash(ThreadState ts, PyObject key, long hash) => Find(ts, key, hash, out _) >= 0;

    internal IEnumerable<(PyObject Key, long Hash, PyObject Value)> EnumerateWithHash()
    {
        for (int i = 0; i < _filled; i++)
        {
            var e = _entries[i];
            if (e.Key != null) yield return (e.Key, e.Hash, e.Value!);
        }
    }
}

/// <summary>Subclass instances of dict, which carry a __dict__.</summary>
public sealed class PyDictSub(PyType type) : PyDict(type), IHasDict
{
    public PyDict? Dict { get; set; } = new PyDict();
}
