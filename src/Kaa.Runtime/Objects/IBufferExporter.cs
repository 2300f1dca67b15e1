namespace Kaa.Runtime.Objects;

/// <summary>
/// A C# object other than bytes/bytearray that exports its memory through the buffer protocol
/// (CPython's bf_getbuffer), such as array.array: bytes(x), memoryview(x), struct.pack_into and the
/// other "bytes-like object" consumers read (and, when writable, write) its current contents.
/// </summary>
public interface IBufferExporter
{
    /// <summary>The exported bytes as they are now (a live view, not a copy).</summary>
    Span<byte> ExportBuffer();

    bool ExportReadOnly { get; }

    /// <summary>The struct-module format of one item ("B", "i", "d", ...).</summary>
    string ExportFormat { get; }

    int ExportItemSize { get; }
}
