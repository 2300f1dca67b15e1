using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// operator.itemgetter (Modules/_operator.c): <c>itemgetter(2)(r)</c> is <c>r[2]</c>,
/// <c>itemgetter(2, 5)(r)</c> is <c>(r[2], r[5])</c>. In C# because it is the usual sort key, where the
/// pure-Python class in operator.py costs a Python frame per element.
/// </summary>
public sealed class PyItemGetter : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("itemgetter", BuiltinTypes.Object, "operator", subclassable: false);

    private readonly PyObject[] _items;

    private PyItemGetter(PyObject[] items) : base(TypeObject) { _items = items; }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        // The instances' own signature (the type's __text_signature__ describes the constructor).
        t.AddGetSet("__text_signature__", (ts, o) => PyStr.From("(obj, /)"));
        t.SetNew((ts, cls, args, kw) =>
        {
            Args.NoKeywords("itemgetter", kw);
            if (args.Length == 0) throw PyErr.TypeError("itemgetter expected 1 argument, got 0");
            return new PyItemGetter(args.ToArray());
        });
        t.TpCall = (ts, o, args, kw) =>
        {
            OperatorGetters.CheckOneArgument("itemgetter", args, kw);
            var items = ((PyItemGetter)o)._items;
            var obj = args[0];
            if (items.Length == 1) return Ops.GetItem(ts, obj, items[0]);
            var result = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++) result[i] = Ops.GetItem(ts, obj, items[i]);
            return new PyTuple(result);
        };
        t.TpRepr = (ts, o) => OperatorGetters.Repr(ts, o, "operator.itemgetter", ((PyItemGetter)o)._items, null);
        t.AddMethod("__reduce__", (ts, self, a, kw) =>
        {
            Args.Exact("__reduce__", a, kw, 0);
            return new PyTuple([self.ObType, new PyTuple(((PyItemGetter)self)._items)]);
        }, "Return state information for pickling");
    }
}
