using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>BaseExceptionGroup and ExceptionGroup (PEP 654): construction, subgroup, split and derive.</summary>
public static class ExceptionGroupType
{
    internal static void Init()
    {
        var g = PyExc.BaseExceptionGroup;
        g.SetNew((ts, cls, args, kw) =>
        {
            // Keywords are refused by __init__, with the name of the class actually made.
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos != 2) throw PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({npos} given)");
            if (args[0] is not PyStr) throw PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {PyErr.ArgTypeName(args[0])}");
            if (args[1].ObType.Lookup(Names.__getitem__) == null)
                throw PyErr.TypeError("second argument (exceptions) must be a sequence");
            var excs = Ops.ToArray(ts, args[1]);
            if (excs.Length == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool allExceptions = true;
            for (int i = 0; i < excs.Length; i++)
            {
                if (excs[i] is not PyBaseException ex)
                    throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!ex.ObType.IsSubtype(PyExc.Exception)) allExceptions = false;
            }
            var actual = cls;
            if (ReferenceEquals(cls, PyExc.BaseExceptionGroup))
            {
                if (allExceptions) actual = PyExc.ExceptionGroup;
            }
            else if (ReferenceEquals(cls, PyExc.ExceptionGroup))
            {
                if (!allExceptions) throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            else if (!allExceptions && !cls.IsSubtype(PyExc.Exception) == false)
            {
                throw PyErr.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
            }
            var e = (PyBaseExceptionGroup)actual.InstanceFactory!(actual);
            // args keeps the sequence as given: repr shows a list or a tuple just as it was passed.
            e.Args = new PyTuple([args[0], args[1]]);
            e.Msg = args[0];
            e.Excs = new PyTuple(excs);
            return e;
        });
        g.InstanceFactory = cls => new PyBaseExceptionGroup(cls);
        // BaseExceptionGroup_init: BaseException_init after its own keyword check.
        g.TpInit = (ts, self, args, kw) => ExceptionTypes.BaseInitChecked(self, args[..ExceptionTypes.Positional(args, kw)], kw);
        g.TpStr = (ts, o) =>
        {
            var e = (PyBaseExceptionGroup)o;
            var msg = Ops.StrString(ts, e.Msg!);
            int n = e.Excs!.Count;
            return PyStr.From($"{msg} ({n} sub-exception{(n == 1 ? "" : "s")})");
        };
        g.AddMember("message", (ts, o) => ((PyBaseExceptionGroup)o).Msg ?? PyNone.Value, "exception message");
        g.AddMember("exceptions", (ts, o) => (PyObject?)((PyBaseExceptionGroup)o).Excs ?? PyNone.Value, "nested exceptions");
        g.AddMethod("derive", (ts, self, args, kw) =>
        {
            Args.Exact("derive", args, kw, 1);
            return Ops.Call(ts, PyExc.BaseExceptionGroup, ((PyBaseExceptionGroup)self).Msg!, args[0]);
        });
        g.AddMethod("subgroup", (ts, self, args, kw) =>
        {
            Args.Exact("subgroup", args, kw, 1);
            var (match, _) = Split(ts, (PyBaseException)self, args[0]);
            return (PyObject?)match ?? PyNone.Value;
        });
        g.AddMethod("split", (ts, self, args, kw) =>
        {
            Args.Exact("split", args, kw, 1);
            var (match, rest) = Split(ts, (PyBaseException)self, args[0]);
            return new PyTuple([(PyObject?)match ?? PyNone.Value, (PyObject?)rest ?? PyNone.Value]);
        });
        g.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);
        // CPython makes ExceptionGroup with PyErr_NewException, as a class statement would: its dict
        // holds __module__ and a __weakref__ slot (its bases have none), and nothing of its own else.
        var eg = PyExc.ExceptionGroup;
        eg.AddAttr("__module__", PyStr.From("builtins"));
        eg.Dict.SetItemStr(Names.__weakref__, new PyGetSetDescriptor(eg, "__weakref__", (ts, o) => PyNone.Value, null,
            "list of weak references to the object"));
    }

    private static bool Matches(ThreadState ts, PyBaseException e, PyObject condition)
    {
        // CPython's get_matcher_type: a callable that is not a class is a predicate; else an exception
        // class or an exact tuple of them.
        if (condition is not PyType && Ops.IsCallable(condition)) return Ops.IsTrue(ts, Ops.Call(ts, condition, e));
        if (IsExceptionClass(condition)) return Ops.IsInstance(ts, e, condition);
        if (ReferenceEquals(condition.ObType, BuiltinTypes.Tuple) && ((PyTuple)condition).Items.All(IsExceptionClass))
            return Ops.IsInstance(ts, e, condition);
        throw PyErr.TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static bool IsExceptionClass(PyObject o) => o is PyType t && t.IsSubtype(PyExc.BaseException);

    /// <summary>Splits a group by a condition (type, tuple of types or predicate), keeping structure,
    /// traceback, cause, context and notes on the derived groups.</summary>
    public static (PyBaseException? match, PyBaseException? rest) Split(ThreadState ts, PyBaseException group, PyObject condition)
    {
        if (Matches(ts, group, condition)) return (group, null);
        if (!group.ObType.IsSubtype(PyExc.BaseExceptionGroup)) return (null, group);
        var excs = ((PyBaseExceptionGroup)group).Excs!.Items;
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var ex in excs)
        {
            var (m, r) = Split(ts, (PyBaseException)ex, condition);
            if (m != null) matched.Add(m);
            if (r != null) rest.Add(r);
        }
        return (Derive(ts, group, matched), Derive(ts, group, rest));
    }

    private static PyBaseException? Derive(ThreadState ts, PyBaseException group, List<PyObject> excs)
    {
        if (excs.Count == 0) return null;
        var derived = Ops.CallMethod(ts, group, "derive", new PyList(excs.ToArray()));
        if (derived is not PyBaseException d || !d.ObType.IsSubtype(PyExc.BaseExceptionGroup))
            throw PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
        d.Traceback = group.Traceback;
        d.Cause = group.Cause;
        d.Context = group.Context;
        d.SuppressContext = group.SuppressContext;
        // Each part gets its own shallow copy of a sequence of notes; anything else is not copied.
        if (group.GetExtra("__notes__") is { } notes && notes is not PyDict && notes.ObType.Lookup(Names.__getitem__) != null)
            d.SetExtra("__notes__", new PyList(Ops.ToArray(ts, notes)));
        return d;
    }
}
