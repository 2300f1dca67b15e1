using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// operator.attrgetter (Modules/_operator.c): <c>attrgetter('a', 'b.c')(o)</c> is <c>(o.a, o.b.c)</c>.
/// Each dotted name is split into interned parts once, when the getter is made.
/// </summary>
public sealed class PyAttrGetter : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("attrgetter", BuiltinTypes.Object, "operator", subclassable: false);

    /// <summary>Per attribute, its dotted path's parts.</summary>
    private readonly PyStr[][] _paths;

    private PyAttrGetter(PyStr[][] paths) : base(TypeObject) { _paths = paths; }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        // The instances' own signature (the type's __text_signature__ describes the constructor).
        t.AddGetSet("__text_signature__", (ts, o) => PyStr.From("(obj, /)"));
        t.SetNew((ts, cls, args, kw) =>
        {
            Args.NoKeywords("attrgetter", kw);
            if (args.Length == 0) throw PyErr.TypeError("attrgetter expected 1 argument, got 0");
            var paths = new PyStr[args.Length][];
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] is not PyStr name) throw PyErr.TypeError("attribute name must be a string");
                var parts = name.Value.Split('.');
                paths[i] = new PyStr[parts.Length];
                for (int j = 0; j < parts.Length; j++) paths[i][j] = ts.Interp.Intern(parts[j]);
            }
            return new PyAttrGetter(paths);
        });
        t.TpCall = (ts, o, args, kw) =>
        {
            OperatorGetters.CheckOneArgument("attrgetter", args, kw);
            var paths = ((PyAttrGetter)o)._paths;
            if (paths.Length == 1) return Get(ts, args[0], paths[0]);
            var result = new PyObject[paths.Length];
            for (int i = 0; i < paths.Length; i++) result[i] = Get(ts, args[0], paths[i]);
            return new PyTuple(result);
        };
        t.TpRepr = (ts, o) => OperatorGetters.Repr(ts, o, "operator.attrgetter", ((PyAttrGetter)o).Names(), null);
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            return new PyTuple([self.ObType, new PyTuple(((PyAttrGetter)self).Names())]);
        }, "Return state information for pickling");
    }

    private static PyObject Get(ThreadState ts, PyObject obj, PyStr[] path)
    {
        foreach (var part in path) obj = Ops.GetAttr(ts, obj, part);
        return obj;
    }

    /// <summary>The dotted names as given (for repr and pickling).</summary>
    private PyObject[] Names()
    {
        var names = new PyObject[_paths.Length];
        for (int i = 0; i < _paths.Length; i++)
            names[i] = _paths[i].Length == 1 ? _paths[i][0] : PyStr.From(string.Join('.', _paths[i].Select(p => p.Value)));
        return names;
    }
}
