using Kaa.Runtime.Objects;

namespace Kaa.Runtime.State;

public sealed partial class ThreadState
{
    /// <summary>
    /// Scratch space of list.sort (the keys and the merge buffers), kept between sorts: for a long list
    /// each would be a large-object allocation, and those trigger full collections. A sort takes it
    /// (leaving null, so a sort nested in a key function or comparison gets its own) and gives it back
    /// cleared.
    /// </summary>
    internal PyObject[]? SortScratch;

    /// <summary>
    /// List iterators that GET_ITER made for `for` loops and FOR_ITER ran to their end: only the
    /// loop's value stack ever held them, so later GET_ITERs on lists reuse them instead of allocating
    /// (see <see cref="PyListIterator.LoopOwned"/>). A few, so that nested loops and recursive
    /// generators (each level finishing its loop) find one too.
    /// </summary>
    internal readonly PyListIterator?[] SpareListIterators = new PyListIterator?[4];
    internal int SpareListIteratorCount;

    internal PyListIterator? TakeSpareListIterator()
    {
        if (SpareListIteratorCount == 0) return null;
        ref var slot = ref SpareListIterators[--SpareListIteratorCount];
        var it = slot;
        slot = null;
        return it;
    }

    internal void GiveSpareListIterator(PyListIterator it)
    {
        if (SpareListIteratorCount < SpareListIterators.Length) SpareListIterators[SpareListIteratorCount++] = it;
    }
}
