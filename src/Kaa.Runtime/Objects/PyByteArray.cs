using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>bytearray: a growable byte buffer. <see cref="Items"/> may be longer than <see cref="Count"/>.</summary>
public class PyByteArray : PyObject
{
    public byte[] Items;
    public int Count;

    public PyByteArray() : base(BuiltinTypes.ByteArray) { Items = []; }

    /// <summary>Takes ownership of the array.</summary>
    public PyByteArray(byte[] items) : base(BuiltinTypes.ByteArray) { Items = items; Count = items.Length; }

    protected PyByteArray(PyType type) : base(type) { Items = []; }

    public Span<byte> AsSpan() => Items.AsSpan(0, Count);

    public byte[] ToArray() => AsSpan().ToArray();

    public void EnsureCapacity(int min)
    {
        if (min <= Items.Length) return;
        int cap = Math.Max(min, Items.Length < 16 ? 16 : Items.Length + (Items.Length >> 1));
        Array.Resize(ref Items, cap);
    }

    public void Append(byte b)
    {
        if (Count == Items.Length) EnsureCapacity(Count + 1);
        Items[Count++] = b;
    }

    public void AppendSpan(ReadOnlySpan<byte> data)
    {
        EnsureCapacity(Count + data.Length);
        data.CopyTo(Items.AsSpan(Count));
        Count += data.Length;
    }

    /// <summary>Replaces Items[start..start+oldLength] with data, moving the tail.</summary>
    public void Splice(int start, int oldLength, ReadOnlySpan<byte> data)
    {
        int tail = Count - start - oldLength;
        int newCount = Count - oldLength + data.Length;
        if (data.Length != oldLength)
        {
            EnsureCapacity(newCount);
            Array.Copy(Items, start + oldLength, Items, start + data.Length, tail);
        }
        data.CopyTo(Items.AsSpan(start));
        Count = newCount;
    }
}

/// <summary>Subclass instances of bytearray, which carry a __dict__.</summary>
public sealed class PyByteArraySub(PyType type) : PyByteArray(type), IHasDict
{
    public PyDict? Dict { get; set; } = type.HasInstanceDict ? new PyDict() : null;
}

/// <summary>bytes_iterator and bytearray_iterator: yield ints.</summary>
public sealed class PyBytesIterator(PyObject seq) : PyObject(seq is PyByteArray ? BytesType.ByteArrayIteratorType : BytesType.IteratorType)
{
    private PyObject? _seq = seq;
    private int _i;

    public PyObject? Next()
    {
        switch (_seq)
        {
            case PyBytes b when _i < b.Value.Length: return PyInt.From(b.Value[_i++]);
            case PyByteArray a when _i < a.Count: return PyInt.From(a.Items[_i++]);
        }
        _seq = null;
        return null;
    }

    public int LengthHint => _seq switch
    {
        PyBytes b => Math.Max(0, b.Value.Length - _i),
        PyByteArray a => Math.Max(0, a.Count - _i),
        _ => 0,
    };

    /// <summary>(iter, (seq,), index) while running, (iter, ((),)) once exhausted: CPython's striter_reduce.</summary>
    public PyObject Reduce(ThreadState ts)
    {
        var iter = Ops.GetBuiltin(ts, "iter");
        if (_seq == null) return new PyTuple([iter, new PyTuple([PyTuple.Empty])]);
        return new PyTuple([iter, new PyTuple([_seq]), PyInt.From(_i)]);
    }

    /// <summary>
    /// __setstate__(index): bytes clamp it to [0, len]. A bytearray iterator (3.14's bytearrayiter_setstate)
    /// clamps it to its current length, and a negative index exhausts it.
    /// </summary>
    public void SetState(ThreadState ts, PyObject state)
    {
        long idx = Ops.IndexAsLong(ts, state);
        switch (_seq)
        {
            case null: return;
            case PyBytes b:
                _i = (int)Math.Clamp(idx, 0, b.Value.Length);
                break;
            case PyByteArray a:
                if (idx < 0) { _seq = null; _i = 0; }
                else _i = (int)Math.Min(idx, a.Count);
                break;
        }
    }
}
