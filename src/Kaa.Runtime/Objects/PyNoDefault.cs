using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>typing.NoDefault: the marker for "this type parameter has no default" (an immortal singleton).</summary>
public sealed class PyNoDefault : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("NoDefaultType", BuiltinTypes.Object, subclassable: false);
    public static readonly PyNoDefault Value = new();

    PyNoDefault() : base(TypeObject) { }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            if (args.Length > 0) throw PyErr.TypeError("NoDefaultType takes no arguments");
            return Value;
        });
        t.TpRepr = (ts, o) => PyStr.From("typing.NoDefault");
        t.AddMethod("__reduce__", (ts, self, args, kw) => PyStr.From("NoDefault"));
        t.AddAttr("__doc__", PyStr.Immortal("NoDefaultType()\n--\n\nThe type of the NoDefault singleton."));
    }
}

/// <summary>
/// _typing._ConstEvaluator: the evaluate_* function of a type parameter or alias whose value was given
/// eagerly; called with an annotation format it returns the value (as a string for STRING, 4).
/// </summary>
public sealed class PyConstEvaluator : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("_ConstEvaluator", BuiltinTypes.Object, "_typing", subclassable: false);

    public readonly PyObject Value;

    public PyConstEvaluator(PyObject value) : base(TypeObject) { Value = value; }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.AddAttr("__module__", PyStr.Immortal("_typing"));
        t.TpRepr = (ts, o) => PyStr.From($"<constevaluator {Ops.ReprString(ts, ((PyConstEvaluator)o).Value)}>");
        t.TpCall = (ts, o, args, kw) =>
        {
            Args.NoKeywords("constevaluator.__call__", kw);
            if (args.Length != 1) throw PyErr.TypeError($"constevaluator.__call__() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyInt fmt) throw PyErr.TypeError($"'{args[0].ObType.Name}' object cannot be interpreted as an integer");
            var value = ((PyConstEvaluator)o).Value;
            if (fmt.Big != 4) return value;
            var sb = new System.Text.StringBuilder();
            if (value is PyTuple tup)
            {
                sb.Append('(');
                for (int i = 0; i < tup.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    TypingModule.TypeRepr(ts, sb, tup[i]);
                }
                sb.Append(')');
            }
            else TypingModule.TypeRepr(ts, sb, value);
            return PyStr.From(sb.ToString());
        };
        t.AddAttr("__doc__", PyStr.Immortal("_ConstEvaluator()\n--\n\nInternal type for implementing evaluation functions."));
    }
}
