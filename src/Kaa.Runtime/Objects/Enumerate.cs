using System.Numerics;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>enumerate(iterable, start=0): the count stays a long until it overflows, then goes big.</summary>
public sealed class PyEnumerate : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("enumerate", BuiltinTypes.Object);

    private readonly PyObject _iterator;
    private long _index;
    private BigInteger? _bigIndex;
    public PyDict? Dict { get; set; }

    public PyEnumerate(PyType type, PyObject iterator, PyInt start) : base(type)
    {
        _iterator = iterator;
        if (start.IsSmall && start.Small < long.MaxValue) _index = start.Small;
        else _bigIndex = start.Big;
        if (!ReferenceEquals(type, TypeObject)) Dict = new PyDict();
    }

    public PyObject? Next(ThreadState ts)
    {
        var item = Ops.Next(ts, _iterator);
        if (item == null) return null;
        return new PyTuple([NextIndex(), item]);
    }

    /// <summary>
    /// <see cref="Next"/> without the tuple, for a loop that unpacks it at once (FOR_ITER followed by
    /// UNPACK_SEQUENCE 2): false when exhausted.
    /// </summary>
    public bool NextPair(ThreadState ts, out PyObject index, out PyObject item)
    {
        var x = _iterator is PyListIterator li ? li.Next() : Ops.Next(ts, _iterator);
        if (x == null)
        {
            index = item = null!;
            return false;
        }
        index = NextIndex();
        item = x;
        return true;
    }

    private PyInt NextIndex()
    {
        if (_bigIndex is { } b)
        {
            _bigIndex = b + 1;
            return PyInt.From(b);
        }
        var index = PyInt.From(_index);
        if (_index == long.MaxValue - 1) _bigIndex = (BigInteger)_index + 1;
        else _index++;
        return index;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            PyObject? iterable = npos > 0 ? args[0] : null, start = npos > 1 ? args[1] : null;
            if (args.Length > 2) throw PyErr.TypeError($"enumerate() takes at most 2 arguments ({args.Length} given)");
            for (int i = 0; i < nkw; i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (name == "iterable" && iterable == null) iterable = args[npos + i];
                else if (name == "start" && start == null) start = args[npos + i];
                else if (name is "iterable" or "start")
                    throw PyErr.TypeError($"argument for enumerate() given by name ('{name}') and position ({(name == "iterable" ? 1 : 2)})");
                else throw PyErr.TypeError($"'{name}' is an invalid keyword argument for enumerate()");
            }
            if (iterable == null) throw PyErr.TypeError("enumerate() missing required argument 'iterable'");
            var it = Ops.GetIter(ts, iterable);
            var s = start == null ? PyInt.Zero : Ops.Index(ts, start);
            return new PyEnumerate(cls, it, s);
        });
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyEnumerate)o).Next(ts);
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var e = (PyEnumerate)self;
            var index = e._bigIndex is { } b ? PyInt.From(b) : PyInt.From(e._index);
            return new PyTuple([e.ObType, new PyTuple([e._iterator, index])]);
        });
    }
}
