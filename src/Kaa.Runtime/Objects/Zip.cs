using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class PyZip : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("zip", BuiltinTypes.Object);

    private readonly PyObject[] _iterators;
    private bool _strict;
    private bool _done;
    public PyDict? Dict { get; set; }

    public PyZip(PyType type, PyObject[] iterators, bool strict) : base(type)
    {
        _iterators = iterators;
        _strict = strict;
        if (!ReferenceEquals(type, TypeObject)) Dict = new PyDict();
    }

    public PyObject? Next(ThreadState ts)
    {
        var its = _iterators;
        if (its.Length == 0 || _done) return null;
        var items = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var item = Ops.Next(ts, its[i]);
            if (item == null)
            {
                _done = true;
                if (_strict) StrictCheck(ts, i);
                return null;
            }
            items[i] = item;
        }
        return new PyTuple(items);
    }

    /// <summary>
    /// <see cref="Next"/> of a two-iterable zip without the tuple, for a loop that unpacks it at once:
    /// false when exhausted (the caller checks <see cref="IsPair"/>).
    /// </summary>
    public bool NextPair(ThreadState ts, out PyObject first, out PyObject second)
    {
        first = second = null!;
        if (_done) return false;
        var its = _iterators;
        var a = Ops.Next(ts, its[0]);
        if (a == null)
        {
            _done = true;
            if (_strict) StrictCheck(ts, 0);
            return false;
        }
        var b = Ops.Next(ts, its[1]);
        if (b == null)
        {
            _done = true;
            if (_strict) StrictCheck(ts, 1);
            return false;
        }
        first = a;
        second = b;
        return true;
    }

    public bool IsPair => _iterators.Length == 2;

    /// <summary>Iterator i ran out: with strict=True every other one must be exhausted at the same point.</summary>
    private void StrictCheck(ThreadState ts, int i) => StrictCheck(ts, "zip", _iterators, i);

    internal static void StrictCheck(ThreadState ts, string fname, PyObject[] its, int i)
    {
        if (i > 0)
        {
            string plural = i == 1 ? " " : "s 1-";
            throw PyErr.ValueError($"{fname}() argument {i + 1} is shorter than argument{plural}{i}");
        }
        for (int k = 1; k < its.Length; k++)
        {
            if (Ops.Next(ts, its[k]) != null)
            {
                string plural = k == 1 ? " " : "s 1-";
                throw PyErr.ValueError($"{fname}() argument {k + 1} is longer than argument{plural}{k}");
            }
        }
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
                if (name != "strict") throw PyErr.TypeError($"zip() got an unexpected keyword argument '{name}'");
                strict = Ops.IsTrue(ts, args[npos + i]);
            }
            var its = new PyObject[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.GetIter(ts, args[i]);
            return new PyZip(cls, its, strict);
        });
        t.TpIter = (ts, o) => o;
        t.TpIterNext = (ts, o) => ((PyZip)o).Next(ts);
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        // 3.14: strict travels as the state, so a pickled strict zip stays strict.
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var m = (PyZip)self;
            var a = new PyTuple(m._iterators);
            return m._strict ? new PyTuple([m.ObType, a, PyBool.True]) : new PyTuple([m.ObType, a]);
        });
        t.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            Args.Exact($"{TypeObject.Name}.__setstate__", args, kw, 1);
            ((PyZip)self)._strict = Ops.IsTrue(ts, args[0]);
            return PyNone.Value;
        });
    }
}
