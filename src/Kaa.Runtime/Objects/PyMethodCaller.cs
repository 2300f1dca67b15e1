using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// operator.methodcaller (Modules/_operator.c): <c>methodcaller('split', ',', maxsplit=1)(s)</c> is
/// <c>s.split(',', maxsplit=1)</c>. The arguments are kept ready for the call (positional values, then
/// keyword values, with the keyword names), so each call passes them on without rebuilding them.
/// </summary>
public sealed class PyMethodCaller : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("methodcaller", BuiltinTypes.Object, "operator", subclassable: false);

    private readonly PyStr _name;
    private readonly PyObject[] _args;
    private readonly PyTuple? _kwnames;
    private readonly int _npos;

    private PyMethodCaller(PyStr name, PyObject[] args, PyTuple? kwnames, int npos) : base(TypeObject)
    {
        _name = name;
        _args = args;
        _kwnames = kwnames;
        _npos = npos;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        // The instances' own signature (the type's __text_signature__ describes the constructor).
        t.AddGetSet("__text_signature__", (ts, o) => PyStr.From("(obj, /)"));
        t.SetNew((ts, cls, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (args.Length - nkw < 1) throw PyErr.TypeError("methodcaller needs at least one argument, the method name");
            if (args[0] is not PyStr name) throw PyErr.TypeError("method name must be a string");
            return new PyMethodCaller(ts.Interp.Intern(name.Value), args[1..].ToArray(), nkw > 0 ? kw : null, args.Length - nkw - 1);
        });
        t.TpCall = (ts, o, args, kw) =>
        {
            OperatorGetters.CheckOneArgument("methodcaller", args, kw);
            var mc = (PyMethodCaller)o;
            return Ops.Call(ts, Ops.GetAttr(ts, args[0], mc._name), mc._args, mc._kwnames);
        };
        t.TpRepr = (ts, o) =>
        {
            var mc = (PyMethodCaller)o;
            var all = new PyObject[mc._npos + 1];
            all[0] = mc._name;
            Array.Copy(mc._args, 0, all, 1, mc._npos);
            return OperatorGetters.Repr(ts, o, "operator.methodcaller", all, mc.Keywords());
        };
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            var mc = (PyMethodCaller)self;
            var positional = mc._args.AsSpan(0, mc._npos).ToArray();
            if (mc._kwnames == null)
                return new PyTuple([mc.ObType, new PyTuple([mc._name, .. positional])]);
            // Keywords cannot go through a reduce tuple: partial(methodcaller, name, **kwargs) rebuilds it.
            var partial = Ops.GetAttr(ts, ImportSystem.ImportModuleLevel(ts, "functools", null, null, 0), PyStr.From("partial"));
            var ctorArgs = new PyObject[2 + mc._kwnames.Count];
            ctorArgs[0] = mc.ObType;
            ctorArgs[1] = mc._name;
            Array.Copy(mc._args, mc._npos, ctorArgs, 2, mc._kwnames.Count);
            return new PyTuple([Ops.Call(ts, partial, ctorArgs, mc._kwnames), new PyTuple(positional)]);
        }, "Return state information for pickling");
    }

    private (PyObject Name, PyObject Value)[] Keywords()
    {
        if (_kwnames == null) return [];
        var result = new (PyObject, PyObject)[_kwnames.Count];
        for (int i = 0; i < result.Length; i++) result[i] = (_kwnames.Items[i], _args[_npos + i]);
        return result;
    }
}
