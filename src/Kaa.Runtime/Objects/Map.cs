using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>map(function, *iterables, strict=False) (strict is new in 3.14).</summary>
public sealed class PyMap : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("map", BuiltinTypes.Object);

    private readonly PyObject _func;
    private readonly PyObject[] _iterators;
    private bool _strict;
    public PyDict? Dict { get; set; }

    public PyMap(PyType type, PyObject func, PyObject[] iterators, bool strict) : base(type)
    {
        _func = func;
        _iterators = iterators;
        _strict = strict;
        if (!ReferenceEquals(type, TypeObject)) Dict = new PyDict();
    }

    public PyObject? Next(ThreadState ts)
    {
        var its = _iterators;
        if (its.Length == 1)
        {
            var x = Ops.Next(ts, its[0]);
            return x == null ? null : Ops.Call(ts, _func, x);
        }
        var args = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var item = Ops.Next(ts, its[i]);
            if (item == null)
            {
                if (_strict) PyZip.StrictCheck(ts, "map", its, i);
                return null;
            }
            args[i] = item;
        }
        return Ops.Call(ts, _func, args);
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (name != "strict") throw PyErr.TypeError($"map() got an unexpected keyword argument '{name}'");
                strict = Ops.IsTrue(ts, args[npos + i]);
            }
            if (npos < 2) throw PyErr.TypeError("map() must have at least two arguments.");
            var its = new PyObject[npos - 1];
            for (int i = 1; i < npos; i++) its[i - 1] = Ops.GetIter(ts, args[i]);
            return new PyMap(cls, args[0], its, strict);
        });
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyMap)o).Next(ts);
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        // 3.14: strict travels as the state, so a pickled strict map stays strict.
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var m = (PyMap)self;
            var a = new PyTuple([m._func, .. m._iterators]);
            return m._strict ? new PyTuple([m.ObType, a, PyBool.True]) : new PyTuple([m.ObType, a]);
        });
        t.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            Args.Exact($"{TypeObject.Name}.__setstate__", args, kw, 1);
            ((PyMap)self)._strict = Ops.IsTrue(ts, args[0]);
            return PyNone.Value;
        });
    }
}
