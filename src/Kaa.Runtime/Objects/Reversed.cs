using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>reversed(seq): __reversed__ when the type has it, else the sequence protocol from len-1 down.</summary>
public sealed class PyReversed : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("reversed", BuiltinTypes.Object);

    private PyObject? _seq;
    private long _index;
    public PyDict? Dict { get; set; }

    public PyReversed(PyType type, PyObject seq, long length) : base(type)
    {
        _seq = seq;
        _index = length - 1;
        if (!ReferenceEquals(type, TypeObject)) Dict = new PyDict();
    }

    public PyObject? Next(ThreadState ts)
    {
        var seq = _seq;
        if (seq == null) return null;
        if (_index >= 0)
        {
            try
            {
                var item = Ops.GetItem(ts, seq, PyInt.From(_index));
                _index--;
                return item;
            }
            catch (PyException e) when (e.Value.ObType.IsSubtype(PyExc.IndexError) || e.Value.ObType.IsSubtype(PyExc.StopIteration))
            {
            }
        }
        _index = -1;
        _seq = null;
        return null;
    }

    public long LengthHint => _seq == null ? 0 : _index + 1;

    /// <summary>builtins.reversed: the object's __reversed__, or a reversed sequence iterator.</summary>
    public static PyObject Create(ThreadState ts, PyType cls, PyObject seq)
    {
        var meth = seq.ObType.Lookup(Names.__reversed__);
        if (meth is PyNone) throw PyErr.TypeError($"'{seq.ObType.Name}' object is not reversible");
        if (meth != null) return Ops.CallUnbound(ts, meth, seq, []);
        if (seq.ObType.MpSubscript == null || seq is PyDict)
            throw PyErr.TypeError($"'{seq.ObType.Name}' object is not reversible");
        if (seq.ObType.MpLength == null) throw PyErr.TypeError($"object of type '{seq.ObType.Name}' has no len()");
        long n = Ops.Length(ts, seq);
        return new PyReversed(cls, seq, n);
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            if (ReferenceEquals(cls, TypeObject)) Args.NoKeywords("reversed", kw);
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 1) throw PyErr.TypeError($"reversed expected 1 argument, got {npos}");
            return Create(ts, cls, args[0]);
        });
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyReversed)o).Next(ts);
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        // reversed_len: the sequence's current length bounds what is left, and its errors propagate.
        t.AddMethod("__length_hint__", (ts, self, args, kw) =>
        {
            var r = (PyReversed)self;
            if (r._seq == null) return PyInt.Zero;
            long n = Ops.Length(ts, r._seq), position = r._index + 1;
            return PyInt.From(n < position ? 0 : position);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var r = (PyReversed)self;
            return r._seq != null
                ? new PyTuple([r.ObType, new PyTuple([r._seq]), PyInt.From(r._index)])
                : new PyTuple([r.ObType, new PyTuple([PyTuple.Empty])]);
        });
        t.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            Args.Exact($"{TypeObject.Name}.__setstate__", args, kw, 1);
            var r = (PyReversed)self;
            long index = IteratorTypes.AsCLong(ts, args[0]);
            if (r._seq != null)
            {
                long n = Ops.Length(ts, r._seq);
                r._index = index < -1 ? -1 : Math.Min(index, n - 1);
            }
            return PyNone.Value;
        });
    }
}
