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
}
