using System.Runtime.CompilerServices;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

// list.sort and sorted(): CPython's timsort (Objects/listsort.txt) written afresh in C#: natural runs
// (descending ones reversed, with groups of equal keys kept in order as in 3.13), short runs extended by
// binary insertion to a computed minimum length, the powersort merge policy, and merges that switch to
// galloping when one run keeps winning. Following the same algorithm matters beyond speed: the number
// and order of `__lt__` calls is visible to Python code, and this does the same comparisons CPython does.
public static partial class ListType
{
    /// <summary>
    /// list.sort: stable, with key and reverse. While sorting the list appears empty (as in CPython), so a
    /// key or comparison that changes it is detected: the sorted items are stored back and ValueError raised.
    /// </summary>
    public static void Sort(ThreadState ts, PyList l, PyObject? key, bool reverse)
    {
        // The items are sorted in the list's own array (its first n slots), as CPython does, rather
        // than in a copy: for a long list a copy is a large-object allocation per sort.
        int n = l.Count;
        var values = l.Items;
        l.Items = [];
        l.Count = 0;
        // The scratch space: keys (with a key function) then two merge buffers of n / 2 + 1 each.
        int half = n / 2 + 1, scratchNeed = (key != null ? n : 0) + 2 * half;
        PyObject[]? scratch = null;
        if (n >= MinScratchSort)
        {
            scratch = ts.SortScratch;
            ts.SortScratch = null;
            if (scratch == null || scratch.Length < scratchNeed) scratch = new PyObject[scratchNeed];
        }
        PyObject[] keys;
        try
        {
            if (key == null) keys = values;
            else
            {
                keys = scratch ?? new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.Call(ts, key, values[i]);
            }
        }
        catch
        {
            // As CPython: the list gets its items back, whatever the key function did to it meanwhile.
            l.Items = values;
            l.Count = n;
            ReturnScratch(ts, scratch, scratchNeed);
            throw;
        }
        var vals = ReferenceEquals(keys, values) ? null : values;
        // Reverse, stable-sort, reverse back: equal items keep their original order, as in CPython.
        if (reverse)
        {
            Array.Reverse(keys, 0, n);
            if (vals != null) Array.Reverse(vals, 0, n);
        }
        PyException? error = null;
        bool modified;
        try
        {
            if (n > 1) error = SortKeys(ts, keys, vals, n, scratch, key != null ? n : 0, half);
        }
        catch (PyException e) { error = e; }
        finally
        {
            ReturnScratch(ts, scratch, scratchNeed);
            // CPython reverses only the items back (the keys are dropped), also after an error.
            if (reverse) Array.Reverse(values, 0, n);
            modified = l.Count != 0 || l.Items.Length != 0;
            l.Items = values;
            l.Count = n;
        }
        if (error != null) throw error;
        if (modified) throw PyErr.ValueError("list modified during sort");
    }

    /// <summary>Lists shorter than this sort without the thread's scratch space (their buffers are small).</summary>
    private const int MinScratchSort = 256;
    /// <summary>A scratch array longer than this is dropped after the sort rather than kept.</summary>
    private const int MaxKeptScratch = 1 << 21;

    private static void ReturnScratch(ThreadState ts, PyObject[]? scratch, int used)
    {
        if (scratch == null || scratch.Length > MaxKeptScratch) return;
        // Cleared, so that the kept array holds no key or item alive.
        Array.Clear(scratch, 0, used);
        if (ts.SortScratch == null || ts.SortScratch.Length < scratch.Length) ts.SortScratch = scratch;
    }

    /// <summary>
    /// CPython's pre-sort check: keys of one exact type among int (machine-size), float and str are
    /// compared directly; non-empty exact tuples compare their first items that way; anything else goes
    /// through the comparison slots. Returns the exception a comparison raised, if any.
    /// </summary>
    private static PyException? SortKeys(ThreadState ts, PyObject[] keys, PyObject[]? vals, int n,
        PyObject[]? scratch, int tmpOffset, int tmpLength)
    {
        var tmp = new Scratch(scratch, tmpOffset, tmpLength);
        bool inTuples = ReferenceEquals(keys[0].ObType, BuiltinTypes.Tuple) && Unsafe.As<PyTuple>(keys[0]).Items.Length > 0;
        var keyType = inTuples ? Unsafe.As<PyTuple>(keys[0]).Items[0].ObType : keys[0].ObType;
        bool sameType = true, intsSmall = true;
        foreach (var k in keys.AsSpan(0, n))
        {
            PyObject item = k;
            if (inTuples)
            {
                if (!ReferenceEquals(k.ObType, BuiltinTypes.Tuple) || Unsafe.As<PyTuple>(k).Items.Length == 0)
                {
                    inTuples = false;
                    sameType = false;
                    break;
                }
                item = Unsafe.As<PyTuple>(k).Items[0];
            }
            if (!ReferenceEquals(item.ObType, keyType))
            {
                sameType = false;
                if (!inTuples) break;
            }
            else if (intsSmall && ReferenceEquals(keyType, BuiltinTypes.Int) && !Unsafe.As<PyInt>(item).IsSmall) intsSmall = false;
        }
        if (sameType && !ReferenceEquals(keyType, BuiltinTypes.Tuple))
        {
            if (ReferenceEquals(keyType, BuiltinTypes.Int) && intsSmall)
                return inTuples ? Run(ts, keys, vals, n, tmp, new TupleLess<SmallIntLess>(ts, default)) : Run(ts, keys, vals, n, tmp, new SmallIntLess());
            if (ReferenceEquals(keyType, BuiltinTypes.Float))
                return inTuples ? Run(ts, keys, vals, n, tmp, new TupleLess<FloatLess>(ts, default)) : Run(ts, keys, vals, n, tmp, new FloatLess());
            if (ReferenceEquals(keyType, BuiltinTypes.Str))
                return inTuples ? Run(ts, keys, vals, n, tmp, new TupleLess<StrLess>(ts, default)) : Run(ts, keys, vals, n, tmp, new StrLess());
        }
        return inTuples ? Run(ts, keys, vals, n, tmp, new TupleLess<GenericLess>(ts, new GenericLess(ts)))
            : Run(ts, keys, vals, n, tmp, new GenericLess(ts));
    }

    private static PyException? Run<T>(ThreadState ts, PyObject[] keys, PyObject[]? vals, int n, Scratch tmp, T less) where T : struct, ILess
    {
        var sorter = new TimSort<T>(keys, vals, n, tmp, less);
        return sorter.Sort() ? null : sorter.Less.Error;
    }

    /// <summary>A strategy for `a &lt; b`: 1 if less, 0 if not, -1 if the comparison raised (then
    /// <see cref="Error"/> holds the exception and the sort stops, leaving every item in place once).</summary>
    private interface ILess
    {
        int Lt(PyObject a, PyObject b);
        /// <summary>`a == b` with identity implying equality (for the first items of tuple keys).</summary>
        int Eq(PyObject a, PyObject b);
        PyException? Error { get; }
    }

    private struct SmallIntLess : ILess
    {
        public readonly int Lt(PyObject a, PyObject b) => Unsafe.As<PyInt>(a).Small < Unsafe.As<PyInt>(b).Small ? 1 : 0;
        public readonly int Eq(PyObject a, PyObject b) => Unsafe.As<PyInt>(a).Small == Unsafe.As<PyInt>(b).Small ? 1 : 0;
        public readonly PyException? Error => null;
    }

    private struct FloatLess : ILess
    {
        public readonly int Lt(PyObject a, PyObject b) => Unsafe.As<PyFloat>(a).Value < Unsafe.As<PyFloat>(b).Value ? 1 : 0;
        // Identity first: a NaN key equals itself, as PyObject_RichCompareBool says.
        public readonly int Eq(PyObject a, PyObject b) => ReferenceEquals(a, b) || Unsafe.As<PyFloat>(a).Value == Unsafe.As<PyFloat>(b).Value ? 1 : 0;
        public readonly PyException? Error => null;
    }

    private struct StrLess : ILess
    {
        public readonly int Lt(PyObject a, PyObject b)
        {
            var sa = Unsafe.As<PyStr>(a);
            var sb = Unsafe.As<PyStr>(b);
            string x = sa.Value, y = sb.Value;
            if (sa.SeparateSurrogates || sb.SeparateSurrogates) return StrType.CompareCodePoints(sa, sb) < 0 ? 1 : 0;
            // Sort keys mostly differ within their first few characters: those are compared here,
            // in code-point order (UTF-16 order unless a surrogate is involved); a longer common
            // prefix goes to the vectorised comparison.
            int m = Math.Min(x.Length, y.Length), n = Math.Min(m, 8);
            for (int i = 0; i < n; i++)
            {
                char c = x[i], d = y[i];
                if (c == d) continue;
                if (!char.IsSurrogate(c) && !char.IsSurrogate(d)) return c < d ? 1 : 0;
                return StrType.CompareCodePoints(sa, sb) < 0 ? 1 : 0;
            }
            if (m <= 8) return x.Length < y.Length ? 1 : 0;
            return StrType.CompareCodePoints(sa, sb) < 0 ? 1 : 0;
        }
        public readonly int Eq(PyObject a, PyObject b) => PyStr.ValueEquals(Unsafe.As<PyStr>(a), Unsafe.As<PyStr>(b)) ? 1 : 0;
        public readonly PyException? Error => null;
    }

    /// <summary>Any keys: PyObject_RichCompareBool, its exception kept for the sort to rethrow.</summary>
    private struct GenericLess(ThreadState ts) : ILess
    {
        private PyException? _error;
        public readonly PyException? Error => _error;

        public int Lt(PyObject a, PyObject b)
        {
            try
            {
                return Ops.RichCompareBool(ts, a, b, CompareOp.Lt) ? 1 : 0;
            }
            catch (PyException e)
            {
                _error = e;
                return -1;
            }
        }

        public int Eq(PyObject a, PyObject b)
        {
            try
            {
                return Ops.RichCompareBool(ts, a, b, CompareOp.Eq) ? 1 : 0;
            }
            catch (PyException e)
            {
                _error = e;
                return -1;
            }
        }
    }

    /// <summary>
    /// Non-empty exact tuples (CPython's unsafe_tuple_compare): items are compared for equality until
    /// one differs, as tuple comparison does, and the first items with the strategy the pre-sort check
    /// chose for them; later items go through the slots.
    /// </summary>
    private struct TupleLess<TElem>(ThreadState ts, TElem first) : ILess where TElem : struct, ILess
    {
        private TElem _first = first;
        private GenericLess _rest = new(ts);
        public readonly PyException? Error => _first.Error ?? _rest.Error;

        public int Lt(PyObject a, PyObject b)
        {
            var x = Unsafe.As<PyTuple>(a).Items;
            var y = Unsafe.As<PyTuple>(b).Items;
            int k = _first.Eq(x[0], y[0]);
            if (k < 0) return -1;
            if (k == 0) return _first.Lt(x[0], y[0]);
            int n = Math.Min(x.Length, y.Length), i = 1;
            for (; i < n; i++)
            {
                k = _rest.Eq(x[i], y[i]);
                if (k < 0) return -1;
                if (k == 0) break;
            }
            return i >= n ? (x.Length < y.Length ? 1 : 0) : _rest.Lt(x[i], y[i]);
        }

        // Not used by the sort (tuples of tuples compare their first items generically).
        public int Eq(PyObject a, PyObject b) => _rest.Eq(a, b);
    }

    /// <summary>Where the merge buffers are: two regions of <paramref name="Length"/> slots from
    /// <paramref name="Offset"/> of <paramref name="Array"/>, or (null) arrays allocated as needed.</summary>
    private readonly record struct Scratch(PyObject[]? Array, int Offset, int Length);

    /// <summary>One sort: the first n keys (and the values moved with them), the merge scratch space,
    /// the galloping threshold and the stack of pending runs.</summary>
    private sealed class TimSort<T>(PyObject[] keys, PyObject[]? vals, int n, Scratch scratch, T less) where T : struct, ILess
    {
        /// <summary>Galloping starts once one run has won this many times in a row.</summary>
        private const int MinGallop = 7;

        public T Less = less;
        private readonly PyObject[] _keys = keys;
        private readonly int _n = n;
        private readonly PyObject[]? _vals = vals;
        // The merge buffers: slots from _tmpKOff of _tmpK and from _tmpVOff of _tmpV.
        private PyObject[] _tmpK = scratch.Array ?? [];
        private int _tmpKOff = scratch.Offset, _tmpKLen = scratch.Array != null ? scratch.Length : 0;
        private PyObject[]? _tmpV = scratch.Array != null && vals != null ? scratch.Array : null;
        private int _tmpVOff = scratch.Offset + scratch.Length;
        private int _minGallop = MinGallop;
        // Pending runs: start, length and powersort power. The powers on the stack strictly increase
        // and are at most 1 + log2(n), so 40 entries are plenty; allocated only for lists of 64 or more.
        private int[] _runBase = [], _runLen = [], _runPower = [];
        private int _runs;

        /// <summary>Sorts; false if a comparison raised (the arrays still hold every item once).</summary>
        /// <remarks>The sorting methods are compiled fully optimized at once: a single sort can spend
        /// most of its time in them before tiered compilation would have promoted them.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Sort()
        {
            int n = _n;
            int minRun = ComputeMinRun(n);
            if (n < 64)
            {
                // One run, extended to the whole list.
                int first = CountRun(0, n);
                return first >= 0 && (first == n || BinarySort(0, n, first) >= 0);
            }
            _runBase = new int[40];
            _runLen = new int[40];
            _runPower = new int[40];
            int lo = 0, remaining = n;
            while (remaining > 0)
            {
                int run = CountRun(lo, remaining);
                if (run < 0) return false;
                if (run < minRun)
                {
                    int force = Math.Min(remaining, minRun);
                    if (BinarySort(lo, force, run) < 0) return false;
                    run = force;
                }
                if (_runs > 0)
                {
                    int power = PowerLoop(_runBase[_runs - 1], _runLen[_runs - 1], run, n);
                    while (_runs > 1 && _runPower[_runs - 2] > power)
                        if (MergeAt(_runs - 2) < 0) return false;
                    _runPower[_runs - 1] = power;
                }
                _runBase[_runs] = lo;
                _runLen[_runs] = run;
                _runs++;
                lo += run;
                remaining -= run;
            }
            while (_runs > 1)
            {
                int i = _runs - 2;
                if (i > 0 && _runLen[i - 1] < _runLen[i + 1]) i--;
                if (MergeAt(i) < 0) return false;
            }
            return true;
        }

        /// <summary>32..64 such that n / minrun is just below a power of two (n itself below 64).</summary>
        private static int ComputeMinRun(int n)
        {
            int r = 0;
            while (n >= 64)
            {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        /// <summary>The powersort "power" of the boundary between the runs [s1, s1+n1) and [s1+n1, s1+n1+n2)
        /// of an n-item list: the first bit where the binary fractions of their midpoints differ.</summary>
        private static int PowerLoop(int s1, int n1, int n2, int n)
        {
            int result = 0;
            long a = 2L * s1 + n1, b = a + n1 + n2;
            while (true)
            {
                result++;
                if (a >= n)
                {
                    a -= n;
                    b -= n;
                }
                else if (b >= n) break;
                a <<= 1;
                b <<= 1;
            }
            return result;
        }

        private void Reverse(int lo, int n)
        {
            if (n < 2) return;
            _keys.AsSpan(lo, n).Reverse();
            _vals?.AsSpan(lo, n).Reverse();
        }

        /// <summary>The length of the run starting at lo (at most <paramref name="remaining"/>), made
        /// ascending in place: a strictly descending run, or one whose equal neighbours form groups, is
        /// reversed with each group of equal keys kept in its order (CPython 3.13's count_run).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int CountRun(int lo, int remaining)
        {
            var a = _keys.AsSpan(lo, remaining);
            int n, k;
            for (n = 1; n < remaining; n++)
            {
                if ((k = Less.Lt(a[n], a[n - 1])) < 0) return -1;
                if (k != 0) break;
            }
            if (n == remaining) return n;
            // a[n] < a[n - 1]. An ascending prefix longer than one is a run unless all its keys are equal.
            if (n > 1)
            {
                if ((k = Less.Lt(a[0], a[n - 1])) < 0) return -1;
                if (k != 0) return n;
                Reverse(lo, n);
            }
            n++;
            int neq = 0;
            for (; n < remaining; n++)
            {
                if ((k = Less.Lt(a[n], a[n - 1])) < 0) return -1;
                if (k != 0)
                {
                    if (neq > 0)
                    {
                        Reverse(lo + n - neq - 1, neq + 1);
                        neq = 0;
                    }
                    continue;
                }
                if ((k = Less.Lt(a[n - 1], a[n])) < 0) return -1;
                if (k != 0) break;
                neq++;
            }
            if (neq > 0) Reverse(lo + n - neq - 1, neq + 1);
            Reverse(lo, n);
            // The reversed run may go on ascending, as in [3, 2, 3, 4, 1].
            for (; n < remaining; n++)
            {
                if ((k = Less.Lt(a[n], a[n - 1])) < 0) return -1;
                if (k != 0) break;
            }
            return n;
        }

        /// <summary>Stable binary insertion sort of the n keys at lo whose first <paramref name="ok"/> are sorted.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int BinarySort(int lo, int n, int ok)
        {
            var a = _keys.AsSpan(lo, n);
            var v = _vals == null ? default : _vals.AsSpan(lo, n);
            bool hasVals = _vals != null;
            if (ok == 0) ok = 1;
            for (; ok < n; ok++)
            {
                int left = 0, right = ok;
                var pivot = a[ok];
                do
                {
                    int m = (left + right) >> 1;
                    int k = Less.Lt(pivot, a[m]);
                    if (k < 0) return -1;
                    if (k != 0) right = m;
                    else left = m + 1;
                } while (left < right);
                a[left..ok].CopyTo(a[(left + 1)..]);
                a[left] = pivot;
                if (hasVals)
                {
                    var pv = v[ok];
                    v[left..ok].CopyTo(v[(left + 1)..]);
                    v[left] = pv;
                }
            }
            return 0;
        }

        /// <summary>Where <paramref name="key"/> goes in the sorted <paramref name="a"/>, left of any equal
        /// keys (a[k-1] &lt; key &lt;= a[k]), searched by galloping out from <paramref name="hint"/>; -1 on error.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int GallopLeft(PyObject key, ReadOnlySpan<PyObject> a, int hint)
        {
            int n = a.Length, lastOfs = 0, ofs = 1, k;
            if ((k = Less.Lt(a[hint], key)) < 0) return -1;
            if (k != 0)
            {
                // a[hint] < key: gallop right until a[hint + lastOfs] < key <= a[hint + ofs].
                int maxOfs = n - hint;
                while (ofs < maxOfs)
                {
                    if ((k = Less.Lt(a[hint + ofs], key)) < 0) return -1;
                    if (k == 0) break;
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxOfs;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                lastOfs += hint;
                ofs += hint;
            }
            else
            {
                // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastOfs].
                int maxOfs = hint + 1;
                while (ofs < maxOfs)
                {
                    if ((k = Less.Lt(a[hint - ofs], key)) < 0) return -1;
                    if (k != 0) break;
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxOfs;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                int t = lastOfs;
                lastOfs = hint - ofs;
                ofs = hint - t;
            }
            // a[lastOfs] < key <= a[ofs]: binary search in between.
            lastOfs++;
            while (lastOfs < ofs)
            {
                int m = lastOfs + ((ofs - lastOfs) >> 1);
                if ((k = Less.Lt(a[m], key)) < 0) return -1;
                if (k != 0) lastOfs = m + 1;
                else ofs = m;
            }
            return ofs;
        }

        /// <summary>Like <see cref="GallopLeft"/> but right of any equal keys (a[k-1] &lt;= key &lt; a[k]).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int GallopRight(PyObject key, ReadOnlySpan<PyObject> a, int hint)
        {
            int n = a.Length, lastOfs = 0, ofs = 1, k;
            if ((k = Less.Lt(key, a[hint])) < 0) return -1;
            if (k != 0)
            {
                // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastOfs].
                int maxOfs = hint + 1;
                while (ofs < maxOfs)
                {
                    if ((k = Less.Lt(key, a[hint - ofs])) < 0) return -1;
                    if (k == 0) break;
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxOfs;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                int t = lastOfs;
                lastOfs = hint - ofs;
                ofs = hint - t;
            }
            else
            {
                // a[hint] <= key: gallop right until a[hint + lastOfs] <= key < a[hint + ofs].
                int maxOfs = n - hint;
                while (ofs < maxOfs)
                {
                    if ((k = Less.Lt(key, a[hint + ofs])) < 0) return -1;
                    if (k != 0) break;
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxOfs;
                }
                if (ofs > maxOfs) ofs = maxOfs;
                lastOfs += hint;
                ofs += hint;
            }
            lastOfs++;
            while (lastOfs < ofs)
            {
                int m = lastOfs + ((ofs - lastOfs) >> 1);
                if ((k = Less.Lt(key, a[m])) < 0) return -1;
                if (k != 0) ofs = m;
                else lastOfs = m + 1;
            }
            return ofs;
        }

        /// <summary>Merges pending runs i and i + 1 (i is the second or third from the top).</summary>
        private int MergeAt(int i)
        {
            int baseA = _runBase[i], na = _runLen[i];
            int baseB = _runBase[i + 1], nb = _runLen[i + 1];
            _runLen[i] = na + nb;
            if (i == _runs - 3)
            {
                _runBase[i + 1] = _runBase[i + 2];
                _runLen[i + 1] = _runLen[i + 2];
                _runPower[i + 1] = _runPower[i + 2];
            }
            _runs--;
            // Keys of A not greater than B's first are already in place...
            int k = GallopRight(_keys[baseB], _keys.AsSpan(baseA, na), 0);
            if (k < 0) return -1;
            baseA += k;
            na -= k;
            if (na == 0) return 0;
            // ...and so are keys of B not less than A's last.
            nb = GallopLeft(_keys[baseA + na - 1], _keys.AsSpan(baseB, nb), nb - 1);
            if (nb <= 0) return nb;
            return na <= nb ? MergeLo(baseA, na, baseB, nb) : MergeHi(baseA, na, baseB, nb);
        }

        private void EnsureTemp(int need)
        {
            if (_tmpKLen >= need) return;
            int size = Math.Max(need, Math.Min(_n / 2 + 1, need * 2));
            _tmpK = new PyObject[size];
            _tmpKOff = _tmpVOff = 0;
            _tmpKLen = size;
            if (_vals != null) _tmpV = new PyObject[size];
        }

        /// <summary>Merges A = [pa, pa+na) with the following B = [pb, pb+nb), na &lt;= nb, copying A out
        /// and filling from the left. B's first key belongs first and A's last belongs last.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int MergeLo(int pa, int na, int pb, int nb)
        {
            EnsureTemp(na);
            bool hasVals = _vals != null;
            Span<PyObject> keys = _keys, vals = _vals, tmpK = _tmpK.AsSpan(_tmpKOff, _tmpKLen);
            Span<PyObject> tmpV = _tmpV == null ? default : _tmpV.AsSpan(_tmpVOff, _tmpKLen);
            keys.Slice(pa, na).CopyTo(tmpK);
            if (hasVals) vals.Slice(pa, na).CopyTo(tmpV);
            int dest = pa, ia = 0, result = -1, k;
            if (hasVals) vals[dest] = vals[pb];
            keys[dest++] = keys[pb++];
            if (--nb == 0) goto Succeed;
            if (na == 1) goto CopyB;
            int minGallop = _minGallop;
            while (true)
            {
                int acount = 0, bcount = 0;
                // One item at a time until one run seems to win consistently.
                while (true)
                {
                    if ((k = Less.Lt(keys[pb], tmpK[ia])) < 0) goto Fail;
                    if (k != 0)
                    {
                        if (hasVals) vals[dest] = vals[pb];
                        keys[dest++] = keys[pb++];
                        bcount++;
                        acount = 0;
                        if (--nb == 0) goto Succeed;
                        if (bcount >= minGallop) break;
                    }
                    else
                    {
                        if (hasVals) vals[dest] = tmpV[ia];
                        keys[dest++] = tmpK[ia++];
                        acount++;
                        bcount = 0;
                        if (--na == 1) goto CopyB;
                        if (acount >= minGallop) break;
                    }
                }
                // Galloping: copy whole stretches while either run keeps winning by MinGallop or more.
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    k = GallopRight(keys[pb], tmpK.Slice(ia, na), 0);
                    if (k < 0) goto Fail;
                    acount = k;
                    if (k != 0)
                    {
                        tmpK.Slice(ia, k).CopyTo(keys[dest..]);
                        if (hasVals) tmpV.Slice(ia, k).CopyTo(vals[dest..]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if (na == 1) goto CopyB;
                        // Only an inconsistent comparison can empty A here.
                        if (na == 0) goto Succeed;
                    }
                    if (hasVals) vals[dest] = vals[pb];
                    keys[dest++] = keys[pb++];
                    if (--nb == 0) goto Succeed;
                    k = GallopLeft(tmpK[ia], keys.Slice(pb, nb), 0);
                    if (k < 0) goto Fail;
                    bcount = k;
                    if (k != 0)
                    {
                        keys.Slice(pb, k).CopyTo(keys[dest..]);
                        if (hasVals) vals.Slice(pb, k).CopyTo(vals[dest..]);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) goto Succeed;
                    }
                    if (hasVals) vals[dest] = tmpV[ia];
                    keys[dest++] = tmpK[ia++];
                    if (--na == 1) goto CopyB;
                } while (acount >= MinGallop || bcount >= MinGallop);
                minGallop++;
                _minGallop = minGallop;
            }
        Succeed:
            result = 0;
        Fail:
            // Also after an error: what is left of A goes into the gap, so no item is lost.
            if (na > 0)
            {
                tmpK.Slice(ia, na).CopyTo(keys[dest..]);
                if (hasVals) tmpV.Slice(ia, na).CopyTo(vals[dest..]);
            }
            return result;
        CopyB:
            // A's last key belongs after the rest of B.
            keys.Slice(pb, nb).CopyTo(keys[dest..]);
            if (hasVals) vals.Slice(pb, nb).CopyTo(vals[dest..]);
            keys[dest + nb] = tmpK[ia];
            if (hasVals) vals[dest + nb] = tmpV[ia];
            return 0;
        }

        /// <summary>Merges A = [pa, pa+na) with the following B, na &gt; nb, copying B out and filling
        /// from the right.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int MergeHi(int pa, int na, int pb, int nb)
        {
            EnsureTemp(nb);
            bool hasVals = _vals != null;
            Span<PyObject> keys = _keys, vals = _vals, tmpK = _tmpK.AsSpan(_tmpKOff, _tmpKLen);
            Span<PyObject> tmpV = _tmpV == null ? default : _tmpV.AsSpan(_tmpVOff, _tmpKLen);
            keys.Slice(pb, nb).CopyTo(tmpK);
            if (hasVals) vals.Slice(pb, nb).CopyTo(tmpV);
            // Indexes of the last item of A (in place), of B (in the scratch space) and of the destination.
            int dest = pb + nb - 1, ia = pa + na - 1, ib = nb - 1, result = -1, k;
            if (hasVals) vals[dest] = vals[ia];
            keys[dest--] = keys[ia--];
            if (--na == 0) goto Succeed;
            if (nb == 1) goto CopyA;
            int minGallop = _minGallop;
            while (true)
            {
                int acount = 0, bcount = 0;
                while (true)
                {
                    if ((k = Less.Lt(tmpK[ib], keys[ia])) < 0) goto Fail;
                    if (k != 0)
                    {
                        if (hasVals) vals[dest] = vals[ia];
                        keys[dest--] = keys[ia--];
                        acount++;
                        bcount = 0;
                        if (--na == 0) goto Succeed;
                        if (acount >= minGallop) break;
                    }
                    else
                    {
                        if (hasVals) vals[dest] = tmpV[ib];
                        keys[dest--] = tmpK[ib--];
                        bcount++;
                        acount = 0;
                        if (--nb == 1) goto CopyA;
                        if (bcount >= minGallop) break;
                    }
                }
                minGallop++;
                do
                {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    _minGallop = minGallop;
                    k = GallopRight(tmpK[ib], keys.Slice(pa, na), na - 1);
                    if (k < 0) goto Fail;
                    k = na - k;
                    acount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        ia -= k;
                        keys.Slice(ia + 1, k).CopyTo(keys[(dest + 1)..]);
                        if (hasVals) vals.Slice(ia + 1, k).CopyTo(vals[(dest + 1)..]);
                        na -= k;
                        if (na == 0) goto Succeed;
                    }
                    if (hasVals) vals[dest] = tmpV[ib];
                    keys[dest--] = tmpK[ib--];
                    if (--nb == 1) goto CopyA;
                    k = GallopLeft(keys[ia], tmpK[..nb], nb - 1);
                    if (k < 0) goto Fail;
                    k = nb - k;
                    bcount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        ib -= k;
                        tmpK.Slice(ib + 1, k).CopyTo(keys[(dest + 1)..]);
                        if (hasVals) tmpV.Slice(ib + 1, k).CopyTo(vals[(dest + 1)..]);
                        nb -= k;
                        if (nb == 1) goto CopyA;
                        // Only an inconsistent comparison can empty B here.
                        if (nb == 0) goto Succeed;
                    }
                    if (hasVals) vals[dest] = vals[ia];
                    keys[dest--] = keys[ia--];
                    if (--na == 0) goto Succeed;
                } while (acount >= MinGallop || bcount >= MinGallop);
                minGallop++;
                _minGallop = minGallop;
            }
        Succeed:
            result = 0;
        Fail:
            // What is left of B fills the gap just before dest + 1.
            if (nb > 0)
            {
                tmpK[..nb].CopyTo(keys[(dest - nb + 1)..]);
                if (hasVals) tmpV[..nb].CopyTo(vals[(dest - nb + 1)..]);
            }
            return result;
        CopyA:
            // B's first key belongs before the rest of A.
            dest -= na;
            ia -= na;
            keys.Slice(ia + 1, na).CopyTo(keys[(dest + 1)..]);
            if (hasVals) vals.Slice(ia + 1, na).CopyTo(vals[(dest + 1)..]);
            keys[dest] = tmpK[ib];
            if (hasVals) vals[dest] = tmpV[ib];
            return 0;
        }
    }
}
