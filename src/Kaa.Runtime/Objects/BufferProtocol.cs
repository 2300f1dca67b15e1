using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// The buffer protocol seen from Python (PEP 688): `__buffer__(flags)` on the built-in exporters
/// (bytes, bytearray, memoryview, array.array), `__release_buffer__(view)` on the mutable ones, and a
/// class that defines `__buffer__` accepted where memoryview(), bytes() and bytearray() want a buffer.
/// collections.abc.Buffer recognizes exporters by the `__buffer__` method.
/// </summary>
internal static class BufferProtocol
{
    /// <summary>inspect.BufferFlags.WRITABLE (PyBUF_WRITABLE).</summary>
    private const long Writable = 1;

    /// <summary>Adds `__buffer__` (and, for exporters whose memory can be resized, `__release_buffer__`).</summary>
    internal static void AddMethods(PyType t, bool releasable)
    {
        t.AddMethod("__buffer__", (ts, self, args, kw) =>
        {
            OneArgument("__buffer__", args, kw);
            if (!Ops.HasIndex(args[0])) throw PyErr.TypeError($"'{args[0].ObType.Name}' object cannot be interpreted as an integer");
            long flags = Ops.AsSsizeT(ts, args[0]);
            var view = PyMemoryView.FromObject(self);
            if ((flags & Writable) != 0 && view.ReadOnly) throw PyErr.New(PyExc.BufferError, "Object is not writable.");
            return view;
        });
        if (!releasable) return;
        // Kaa keeps no export count (a view is released when it is collected), so there is nothing
        // to undo; the argument must still be a memoryview, as CPython checks.
        t.AddMethod("__release_buffer__", (ts, self, args, kw) =>
        {
            OneArgument("__release_buffer__", args, kw);
            if (args[0] is not PyMemoryView) throw PyErr.TypeError("expected a memoryview object");
            return PyNone.Value;
        });
    }

    /// <summary>wrap_buffer / wrap_releasebuffer's argument check (3.14 names the method).</summary>
    private static void OneArgument(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.NoKeywords(name, kw);
        if (args.Length != 1) throw PyErr.TypeError($"{name} expected 1 argument, got {args.Length}");
    }

    /// <summary>
    /// The memoryview a Python-level `__buffer__` gives for <paramref name="o"/> (slot_bf_getbuffer), or
    /// null when its type defines none.
    /// </summary>
    internal static PyMemoryView? FromPythonBuffer(ThreadState ts, PyObject o)
    {
        if (!o.ObType.IsHeapType || o.ObType.Lookup(Names.__buffer__) is not { } meth) return null;
        // PyBUF_FULL_RO: what memoryview() asks for.
        var r = Ops.CallUnbound(ts, meth, o, [PyInt.From(0x11C)]);
        return r as PyMemoryView ?? throw PyErr.TypeError($"__buffer__ returned non-memoryview object");
    }
}
