using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

public static partial class Ops
{
    public static PyObject Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        Isolation.Check(ts, callable);
#if KAA_ISOLATION_CHECKS
        foreach (var a in args) Isolation.Check(ts, a);
#endif
        var f = callable.ObType.TpCall ?? throw PyErr.TypeError($"'{callable.ObType.Name}' object is not callable");
        return f(ts, callable, args, kwnames);
    }

    public static PyObject Call(ThreadState ts, PyObject callable) => Call(ts, callable, ReadOnlySpan<PyObject>.Empty);

    public static PyObject Call(ThreadState ts, PyObject callable, PyObject arg0) => Call(ts, callable, [arg0]);

    public static PyObject Call(ThreadState ts, PyObject callable, PyObject arg0, PyObject arg1) => Call(ts, callable, [arg0, arg1]);

    /// <summary>Calls with a tuple of positional arguments and an optional dict of keywords (PyObject_Call).</summary>
    public static PyObject CallWithTupleDict(ThreadState ts, PyObject callable, PyTuple args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Count == 0) return Call(ts, callable, args.Items);
        var all = new PyObject[args.Count + kwargs.Count];
        args.Items.CopyTo(all, 0);
        var names = new PyObject[kwargs.Count];
        int i = 0;
        foreach (var (k, v) in kwargs.EnumerateItems())
        {
            if (k is not PyStr) throw PyErr.TypeError("keywords must be strings");
            names[i] = k;
            all[args.Count + i] = v;
            i++;
        }
        return Call(ts, callable, all, new PyTuple(names));
    }

    /// <summary>Calls an attribute found on the type (unbound) with self first, without allocating a bound method
    /// when the attribute is a method descriptor or function.</summary>
    public static PyObject CallUnbound(ThreadState ts, PyObject meth, PyObject self, ReadOnlySpan<PyObject> args)
        => CallUnboundKw(ts, meth, self, args, null);

    public static PyObject CallUnboundKw(ThreadState ts, PyObject meth, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // A Python function (the usual special method of a class): what calling the bound method that
        // function.__get__ would make does, without making it (that __get__ leaves None unbound).
        if (meth is PyFunction pf && self is not PyNone)
        {
            Isolation.Check(ts, meth);
            return Eval.Interpreter.CallFunctionWithSelf(ts, pf, self, args, kwnames);
        }
        var mt = meth.ObType;
        if (mt.IsMethodDescriptor)
        {
            if (meth is PyMethodDescriptor md && self.ObType.IsSubtype(md.Owner))
                return md.Method(ts, self, args, kwnames);
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all.AsSpan(1));
            return Call(ts, meth, all, kwnames);
        }
        var get = mt.TpDescrGet;
        var bound = get != null ? get(ts, meth, self, self.ObType) : meth;
        return Call(ts, bound, args, kwnames);
    }

    /// <summary>obj.name(*args).</summary>
    public static PyObject CallMethod(ThreadState ts, PyObject obj, PyStr name, params ReadOnlySpan<PyObject> args)
    {
        var m = LookupMethod(ts, obj, name, out bool unbound);
        return unbound ? CallUnbound(ts, m, obj, args) : Call(ts, m, args);
    }

    public static PyObject CallMethod(ThreadState ts, PyObject obj, string name, params ReadOnlySpan<PyObject> args)
        => CallMethod(ts, obj, PyStr.From(name), args);

    public static bool IsCallable(PyObject o) => o.ObType.TpCall != null;
}
