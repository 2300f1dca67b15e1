using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _heapq module (Modules/_heapqmodule.c): the heap functions on a list's items in place, comparing
/// with `&lt;` only (PyObject_RichCompareBool Py_LT), plus 3.14's public max-heap family. Lib/heapq.py does
/// `from _heapq import *`, replacing its pure-Python versions; merge, nlargest and nsmallest stay Python.
/// </summary>
public static class HeapqModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_heapq", Exec = Exec };

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From(ModuleDoc));
        m.Set("__about__", PyStr.From(AboutDoc));
        // Clinic's METH_O functions: the call machinery names them "_heapq.heappop()" when rejecting
        // keywords or a wrong count, the converter "heappop() argument must be list, not X".
        void One(string name, Func<ThreadState, PyList, PyObject> f, string doc)
            => m.Set(name, new PyBuiltinFunction(name, (ts2, _, a, kw) =>
            {
                Args.Exact("_heapq." + name, a, kw, 1);
                return f(ts2, a[0] as PyList ?? throw PyErr.TypeError($"{name}() argument must be list, not {PyErr.ArgTypeName(a[0])}"));
            }, m, doc));
        // Clinic's METH_FASTCALL (heap, item, /) functions: keywords are refused by the call machinery
        // ("_heapq.heappush() takes no keyword arguments"), the count by _PyArg_CheckPositional
        // ("heappush expected 2 arguments, got 1").
        void Two(string name, Func<ThreadState, PyList, PyObject, PyObject> f, string doc)
            => m.Set(name, new PyBuiltinFunction(name, (ts2, _, a, kw) =>
            {
                Args.NoKeywords("_heapq." + name, kw);
                Args.Exact(name, a, null, 2);
                return f(ts2, a[0] as PyList ?? throw PyErr.TypeError($"{name}() argument 1 must be list, not {PyErr.ArgTypeName(a[0])}"), a[1]);
            }, m, doc));

        Two("heappush", (ts2, h, item) => Push(ts2, h, item, false), HeappushDoc);
        One("heappop", (ts2, h) => Pop(ts2, h, false), HeappopDoc);
        Two("heapreplace", (ts2, h, item) => Replace(ts2, h, item, false), HeapreplaceDoc);
        Two("heappushpop", (ts2, h, item) => PushPop(ts2, h, item, false), HeappushpopDoc);
        One("heapify", (ts2, h) => Heapify(ts2, h, false), HeapifyDoc);
        Two("heappush_max", (ts2, h, item) => Push(ts2, h, item, true), HeappushMaxDoc);
        One("heappop_max", (ts2, h) => Pop(ts2, h, true), HeappopMaxDoc);
        Two("heapreplace_max", (ts2, h, item) => Replace(ts2, h, item, true), HeapreplaceMaxDoc);
        Two("heappushpop_max", (ts2, h, item) => PushPop(ts2, h, item, true), HeappushpopMaxDoc);
        One("heapify_max", (ts2, h) => Heapify(ts2, h, true), HeapifyMaxDoc);
    }

    private static PyException ChangedSize() => PyErr.RuntimeError("list changed size during iteration");

    /// <summary>Whether a sorts before b in the heap's order: a &lt; b for a min-heap, b &lt; a for a max-heap
    /// (the _max functions swap the operands rather than use `&gt;`).</summary>
    private static bool Before(ThreadState ts, PyObject a, PyObject b, bool max)
        => max ? Ops.RichCompareBool(ts, b, a, CompareOp.Lt) : Ops.RichCompareBool(ts, a, b, CompareOp.Lt);

    /// <summary>siftdown / siftdown_max: moves heap[pos] towards startpos while it sorts before its parent.
    /// A comparison runs Python code that may mutate the list: the size is re-checked after each one and
    /// the items re-read (the array may have been replaced).</summary>
    private static void SiftDown(ThreadState ts, PyList heap, int startpos, int pos, bool max)
    {
        int size = heap.Count;
        if (pos >= size) throw PyErr.IndexError("index out of range");
        var arr = heap.Items;
        var newitem = arr[pos];
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = arr[parentpos];
            bool lt = Before(ts, newitem, parent, max);
            if (size != heap.Count) throw ChangedSize();
            if (!lt) break;
            arr = heap.Items;
            parent = arr[parentpos];
            newitem = arr[pos];
            arr[parentpos] = newitem;
            arr[pos] = parent;
            pos = parentpos;
        }
    }

    /// <summary>siftup / siftup_max: moves the smaller (larger) child up until reaching a leaf, then sifts
    /// the item that was at pos back down into place (fewer comparisons than stopping early).</summary>
    private static void SiftUp(ThreadState ts, PyList heap, int pos, bool max)
    {
        int endpos = heap.Count;
        int startpos = pos;
        if (pos >= endpos) throw PyErr.IndexError("index out of range");
        var arr = heap.Items;
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                if (!Before(ts, arr[childpos], arr[childpos + 1], max)) childpos++;
                arr = heap.Items;
                if (endpos != heap.Count) throw ChangedSize();
            }
            (arr[childpos], arr[pos]) = (arr[pos], arr[childpos]);
            pos = childpos;
        }
        SiftDown(ts, heap, startpos, pos, max);
    }

    private static PyObject Push(ThreadState ts, PyList heap, PyObject item, bool max)
    {
        heap.Append(item);
        SiftDown(ts, heap, 0, heap.Count - 1, max);
        return PyNone.Value;
    }

    /// <summary>heappop_internal: the last item replaces the root, which is returned.</summary>
    private static PyObject Pop(ThreadState ts, PyList heap, bool max)
    {
        int n = heap.Count;
        if (n == 0) throw PyErr.IndexError("index out of range");
        var lastelt = heap.Items[n - 1];
        heap.RemoveAt(n - 1);
        if (n == 1) return lastelt;
        var returnitem = heap.Items[0];
        heap.Items[0] = lastelt;
        SiftUp(ts, heap, 0, max);
        return returnitem;
    }

    private static PyObject Replace(ThreadState ts, PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var returnitem = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(ts, heap, 0, max);
        return returnitem;
    }

    /// <summary>heappushpop: item itself comes back when the heap is empty or item does not sort after the
    /// root; the comparison may empty the list, hence the second check.</summary>
    private static PyObject PushPop(ThreadState ts, PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) return item;
        if (!Before(ts, heap.Items[0], item, max)) return item;
        if (heap.Count == 0) throw PyErr.IndexError("index out of range");
        var returnitem = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(ts, heap, 0, max);
        return returnitem;
    }

    private static PyObject Heapify(ThreadState ts, PyList heap, bool max)
    {
        int n = heap.Count;
        // CPython's order of sifts (observable through comparisons that have side effects): for heaps
        // bigger than about L1 cache, each sibling pair's parent is sifted right after the pair.
        if (n > 2500)
        {
            int m = n >> 1;                     // index of first childless node
            int leftmost = KeepTopBit(m + 1) - 1; // leftmost node in row of m
            int mhalf = m >> 1;                 // parent of first childless node
            for (int i = leftmost - 1; i >= mhalf; i--) SiftChain(ts, heap, i, max);
            for (int i = m - 1; i >= leftmost; i--) SiftChain(ts, heap, i, max);
            return PyNone.Value;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) SiftUp(ts, heap, i, max);
        return PyNone.Value;
    }

    /// <summary>Sifts j, then its parent while j is a right child (odd index).</summary>
    private static void SiftChain(ThreadState ts, PyList heap, int j, bool max)
    {
        while (true)
        {
            SiftUp(ts, heap, j, max);
            if ((j & 1) == 0) break;
            j >>= 1;
        }
    }

    private static int KeepTopBit(int n)
    {
        int i = 0;
        while (n > 1) { n >>= 1; i++; }
        return n << i;
    }

    // The docstrings, with clinic's text signatures, as CPython 3.14 has them.

    private const string AboutDoc =
        "Heap queues\n\n[explanation by Fran\u00e7ois Pinard]\n\n"
        + "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
        + "all k, counting elements from 0.  For the sake of comparison,\n"
        + "non-existing elements are considered to be infinite.  The interesting\n"
        + "property of a heap is that a[0] is always its smallest element.\n\n"
        + "The strange invariant above is meant to be an efficient memory\n"
        + "representation for a tournament.  The numbers below are 'k', not a[k]:\n\n"
        + "                                   0\n\n                  1                                 2\n\n"
        + "          3               4                5               6\n\n"
        + "      7       8       9       10      11      12      13      14\n\n"
        + "    15 16   17 18   19 20   21 22   23 24   25 26   27 28   29 30\n\n\n"
        + "In the tree above, each cell 'k' is topping '2*k+1' and '2*k+2'.  In\n"
        + "a usual binary tournament we see in sports, each cell is the winner\n"
        + "over the two cells it tops, and we can trace the winner down the tree\n"
        + "to see all opponents s/he had.  However, in many computer applications\n"
        + "of such tournaments, we do not need to trace the history of a winner.\n"
        + "To be more memory efficient, when a winner is promoted, we try to\n"
        + "replace it by something else at a lower level, and the rule becomes\n"
        + "that a cell and the two cells it tops contain three different items,\n"
        + "but the top cell \"wins\" over the two topped cells.\n\n"
        + "If this heap invariant is protected at all time, index 0 is clearly\n"
        + "the overall winner.  The simplest algorithmic way to remove it and\n"
        + "find the \"next\" winner is to move some loser (let's say cell 30 in the\n"
        + "diagram above) into the 0 position, and then percolate this new 0 down\n"
        + "the tree, exchanging values, until the invariant is re-established.\n"
        + "This is clearly logarithmic on the total number of items in the tree.\n"
        + "By iterating over all items, you get an O(n ln n) sort.\n\n"
        + "A nice feature of this sort is that you can efficiently insert new\n"
        + "items while the sort is going on, provided that the inserted items are\n"
        + "not \"better\" than the last 0'th element you extracted.  This is\n"
        + "especially useful in simulation contexts, where the tree holds all\n"
        + "incoming events, and the \"win\" condition means the smallest scheduled\n"
        + "time.  When an event schedule other events for execution, they are\n"
        + "scheduled into the future, so they can easily go into the heap.  So, a\n"
        + "heap is a good structure for implementing schedulers (this is what I\nused for my MIDI sequencer :-).\n\n"
        + "Various structures for implementing schedulers have been extensively\n"
        + "studied, and heaps are good for this, as they are reasonably speedy,\n"
        + "the speed is almost constant, and the worst case is not much different\n"
        + "than the average case.  However, there are other representations which\n"
        + "are more efficient overall, yet the worst cases might be terrible.\n\n"
        + "Heaps are also very useful in big disk sorts.  You most probably all\n"
        + "know that a big sort implies producing \"runs\" (which are pre-sorted\n"
        + "sequences, which size is usually related to the amount of CPU memory),\n"
        + "followed by a merging passes for these runs, which merging is often\n"
        + "very cleverly organised[1].  It is very important that the initial\n"
        + "sort produces the longest runs possible.  Tournaments are a good way\n"
        + "to that.  If, using all the memory available to hold a tournament, you\n"
        + "replace and percolate items that happen to fit the current run, you'll\n"
        + "produce runs which are twice the size of the memory for random input,\n"
        + "and much better for input fuzzily ordered.\n\n"
        + "Moreover, if you output the 0'th item on disk and get an input which\n"
        + "may not fit in the current tournament (because the value \"wins\" over\n"
        + "the last output value), it cannot fit in the heap, so the size of the\n"
        + "heap decreases.  The freed memory could be cleverly reused immediately\n"
        + "for progressively building a second heap, which grows at exactly the\n"
        + "same rate the first heap is melting.  When the first heap completely\n"
        + "vanishes, you switch heaps and start a new run.  Clever and quite\neffective!\n\n"
        + "In a word, heaps are useful memory structures to know.  I use them in\n"
        + "a few applications, and I think it is good to keep a 'heap' module\naround. :-)\n\n--------------------\n"
        + "[1] The disk balancing algorithms which are current, nowadays, are\n"
        + "more annoying than clever, and this is a consequence of the seeking\n"
        + "capabilities of the disks.  On devices which cannot seek, like big\n"
        + "tape drives, the story was quite different, and one had to be very\n"
        + "clever to ensure (far in advance) that each tape movement will be the\n"
        + "most effective possible (that is, will best participate at\n"
        + "\"progressing\" the merge).  Some tapes were even able to read\n"
        + "backwards, and this was also used to avoid the rewinding time.\n"
        + "Believe me, real good tape sorts were quite spectacular to watch!\n"
        + "From all times, sorting has always been a Great Art! :-)\n";

    private const string ModuleDoc =
        "Heap queue algorithm (a.k.a. priority queue).\n\n"
        + "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
        + "all k, counting elements from 0.  For the sake of comparison,\n"
        + "non-existing elements are considered to be infinite.  The interesting\n"
        + "property of a heap is that a[0] is always its smallest element.\n\nUsage:\n\n"
        + "heap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\n"
        + "item = heappop(heap) # pops the smallest item from the heap\n"
        + "item = heap[0]       # smallest item on the heap without popping it\n"
        + "heapify(x)           # transforms list into a heap, in-place, in linear time\n"
        + "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n"
        + "                               # new item; the heap size is unchanged\n\n"
        + "Our API differs from textbook heap algorithms as follows:\n\n"
        + "- We use 0-based indexing.  This makes the relationship between the\n"
        + "  index for a node and the indexes for its children slightly less\n"
        + "  obvious, but is more suitable since Python uses 0-based indexing.\n\n"
        + "- Our heappop() method returns the smallest item, not the largest.\n\n"
        + "These two make it possible to view the heap as a regular Python list\n"
        + "without surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n";

    private const string HeapifyDoc =
        "heapify($module, heap, /)\n--\n\nTransform list into a heap, in-place, in O(len(heap)) time.";

    private const string HeapifyMaxDoc =
        "heapify_max($module, heap, /)\n--\n\nMaxheap variant of heapify.";

    private const string HeappopDoc =
        "heappop($module, heap, /)\n--\n\nPop the smallest item off the heap, maintaining the heap invariant.";

    private const string HeappopMaxDoc =
        "heappop_max($module, heap, /)\n--\n\nMaxheap variant of heappop.";

    private const string HeappushDoc =
        "heappush($module, heap, item, /)\n--\n\nPush item onto heap, maintaining the heap invariant.";

    private const string HeappushMaxDoc =
        "heappush_max($module, heap, item, /)\n--\n\nPush item onto max heap, maintaining the heap invariant.";

    private const string HeappushpopDoc =
        "heappushpop($module, heap, item, /)\n--\n\n"
        + "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
        + "The combined action runs more efficiently than heappush() followed by\na separate call to heappop().";

    private const string HeappushpopMaxDoc =
        "heappushpop_max($module, heap, item, /)\n--\n\nMaxheap variant of heappushpop.\n\n"
        + "The combined action runs more efficiently than heappush_max() followed by\n"
        + "a separate call to heappop_max().";

    private const string HeapreplaceDoc =
        "heapreplace($module, heap, item, /)\n--\n\n"
        + "Pop and return the current smallest value, and add the new item.\n\n"
        + "This is more efficient than heappop() followed by heappush(), and can be\n"
        + "more appropriate when using a fixed-size heap.  Note that the value\n"
        + "returned may be larger than item!  That constrains reasonable uses of\n"
        + "this routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n"
        + "        item = heapreplace(heap, item)";

    private const string HeapreplaceMaxDoc =
        "heapreplace_max($module, heap, item, /)\n--\n\nMaxheap variant of heapreplace.";
}
