using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _collections accelerator module that CPython's collections/__init__.py imports: deque,
/// defaultdict, _deque_iterator, _count_elements and _tuplegetter (namedtuple's field descriptors).
/// OrderedDict is left to the pure-Python implementation in collections/__init__.py.
/// </summary>
public static class CollectionsModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_collections", Exec = Exec };

    public static readonly PyType TupleGetterType = BuiltinTypes.CreateStatic("_tuplegetter", BuiltinTypes.Object, "_collections", subclassable: false);

    /// <summary>namedtuple's per-field descriptor: returns self[index] of a tuple instance.</summary>
    private sealed class TupleGetter(long index, PyObject doc) : PyObject(TupleGetterType)
    {
        public readonly long Index = index;
        public PyObject Doc = doc;
    }

    public static IEnumerable<PyType> Types()
    {
        yield return PyDeque.TypeObject;
        yield return PyDeque.IteratorType;
        yield return PyDeque.ReverseIteratorType;
        yield return PyDefaultDict.TypeObject;
        yield return TupleGetterType;
    }

    internal static void InitTypes()
    {
        PyDeque.Init();
        PyDefaultDict.Init();
        var t = TupleGetterType;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            Args.NoKeywords("_tuplegetter", kw);
            ItertoolsModule.CheckPositional("_tuplegetter", args.Length, 2, 2);
            return new TupleGetter(Ops.IndexAsLong(ts, args[0]), args[1]);
        });
        t.TpDescrGet = (ts, descr, obj, type) =>
        {
            var g = (TupleGetter)descr;
            if (obj == null || obj is PyNone) return descr;
            if (obj is not PyTuple tup)
                throw PyErr.TypeError($"descriptor for index '{g.Index}' for tuple subclasses doesn't apply to '{obj.ObType.Name}' object");
            if (g.Index < 0 || g.Index >= tup.Count) throw PyErr.IndexError("tuple index out of range");
            return tup[(int)g.Index];
        };
        t.TpDescrSet = (ts, descr, obj, value) =>
            throw PyErr.AttributeError(value == null ? "can't delete attribute" : "can't set attribute");
        t.AddGetSet("__doc__", (ts, o) => ((TupleGetter)o).Doc, (ts, o, v) => ((TupleGetter)o).Doc = v ?? PyNone.Value);
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            var g = (TupleGetter)self;
            return new PyTuple([TupleGetterType, new PyTuple([PyInt.From(g.Index), g.Doc])]);
        });
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("deque", PyDeque.TypeObject);
        m.Set("defaultdict", PyDefaultDict.TypeObject);
        m.Set("_deque_iterator", PyDeque.IteratorType);
        m.Set("_deque_reverse_iterator", PyDeque.ReverseIteratorType);
        m.Set("_tuplegetter", TupleGetterType);
        m.Set("_count_elements", new PyBuiltinFunction("_count_elements", CountElements, m));
    }

    private static readonly PyStr GetName = PyStr.Immortal("get");

    /// <summary>_count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each element.</summary>
    private static PyObject CountElements(ThreadState ts, PyModule? m, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Args.NoKeywords("_count_elements", kw);
        ItertoolsModule.CheckPositional("_count_elements", args.Length, 2, 2);
        var mapping = args[0];
        var it = Ops.GetIter(ts, args[1]);
        bool fast = mapping is PyDict d0 && mapping.ObType.Lookup(GetName) == BuiltinTypes.Dict.Lookup(GetName)
                    && mapping.ObType.Lookup(Names.__setitem__) == BuiltinTypes.Dict.Lookup(Names.__setitem__);
        if (fast)
        {
            var d = (PyDict)mapping;
            while (Ops.Next(ts, it) is { } x)
            {
                // CPython hashes the element itself (PyObject_Hash), so an unhashable one gets the plain
                // "unhashable type" message rather than the dict's "cannot use ... as a dict key".
                Ops.Hash(ts, x);
                var old = d.GetItem(ts, x);
                d.SetItem(ts, x, old == null ? PyInt.One : Ops.Add(ts, old, PyInt.One));
            }
        }
        else
        {
            var get = Ops.GetAttr(ts, mapping, GetName);
            while (Ops.Next(ts, it) is { } x)
            {
                var old = Ops.Call(ts, get, x, PyInt.Zero);
                Ops.SetItem(ts, mapping, x, Ops.Add(ts, old, PyInt.One));
            }
        }
        return PyNone.Value;
    }
}
