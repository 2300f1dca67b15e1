using System.Runtime.CompilerServices;

namespace Kaa.Runtime.Objects;

/// <summary>list: a growable array. <see cref="Items"/> may be longer than <see cref="Count"/>.</summary>
public class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList() : base(BuiltinTypes.List) { Items = []; }
    public PyList(int capacity) : base(BuiltinTypes.List) { Items = capacity == 0 ? [] : new PyObject[capacity]; }
    protected PyList(PyType type) : base(type) { Items = []; }

    /// <summary>Takes ownership of the array (copied if it is a covariant PyStr[] or similar: stores go
    /// through spans, which need an exact PyObject[]).</summary>
    public PyList(PyObject[] items) : base(BuiltinTypes.List)
    {
        Items = items.GetType() == typeof(PyObject[]) ? items : [.. items];
        Count = items.Length;
    }

    public static PyList FromSpan(ReadOnlySpan<PyObject> items)
    {
        var l = new PyList(items.Length);
        items.CopyTo(l.Items);
        l.Count = items.Length;
        return l;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        // Through a span: an array store would check covariance on every append.
        Items.AsSpan()[Count++] = item;
    }

    /// <summary>The most items whose array stays below .NET's large-object threshold (85,000 bytes).</summary>
    private const int MaxSmallCapacity = (85_000 - 24) / 8;

    public void Grow(int min)
    {
        // Doubling up to a million items: a list grown one append at a time then allocates about twice
        // its final size in all (1.5x growth: three times), and each dropped array is garbage the GC
        // must clear and collect (CPython's 1.125x relies on realloc growing in place). Past that,
        // 1.5x keeps the unused tail of huge lists smaller.
        int len = Items.Length;
        int cap = Math.Max(min, len < 4 ? 4 : len < 1 << 20 ? len * 2 : len + (len >> 1) + 1);
        // Stop short of the large object heap while the items still fit below it: every large
        // allocation counts towards a full collection, and a list of a few thousand items that
        // doubles into it would make one where 1.5x growth did not.
        if (cap > MaxSmallCapacity && min <= MaxSmallCapacity) cap = MaxSmallCapacity;
        Array.Resize(ref Items, cap);
    }

    /// <summary>Makes room for exactly <paramref name="capacity"/> items (no over-allocation) when there is less.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > Items.Length) Array.Resize(ref Items, capacity);
    }

    public Span<PyObject> AsSpan() => Items.AsSpan(0, Count);

    public PyObject[] ToArray() => AsSpan().ToArray();

    public void Insert(int index, PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = item;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Items[--Count] = null!;
    }

    public void Clear()
    {
        Items = [];
        Count = 0;
    }
}

/// <summary>Subclass instances of list, which carry a __dict__.</summary>
public sealed class PyListSub(PyType type) : PyList(type), IHasDict
{
    public PyDict? Dict { get; set; } = new PyDict();
}
