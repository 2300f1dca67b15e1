using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// string.templatelib.Interpolation (PEP 750; CPython's Objects/interpolationobject.c): one `{...}` field of a
/// t-string. The conversion is recorded, not applied, and the format spec is the already evaluated string.
/// Not subclassable, as in CPython.
/// </summary>
public sealed class PyInterpolation : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Interpolation", BuiltinTypes.Object, "string.templatelib", subclassable: false);

    public readonly PyObject Value;
    public readonly PyObject Expression;    // str
    public readonly PyObject Conversion;    // None or 's' / 'r' / 'a'
    public readonly PyObject FormatSpec;    // str

    public PyInterpolation(PyObject value, PyObject expression, PyObject conversion, PyObject formatSpec) : base(TypeObject)
    {
        Value = value; Expression = expression; Conversion = conversion; FormatSpec = formatSpec;
    }

    /// <summary>CPython's _conversion_converter: None, or one of the strings 's', 'r', 'a'.</summary>
    internal static PyObject CheckConversion(PyObject conversion)
    {
        if (conversion is PyNone) return conversion;
        if (conversion is not PyStr s)
            throw PyErr.TypeError($"Interpolation() argument 'conversion' must be str, not {conversion.ObType.TpName}");
        if (s.Value is not ("a" or "r" or "s"))
            throw PyErr.ValueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
        return conversion;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            var a = Args.Parse("Interpolation", args, kw, ["value", "expression", "conversion", "format_spec"], required: 2);
            if (a[1] is not PyStr)
                throw PyErr.TypeError($"Interpolation() argument 'expression' must be str, not {PyErr.ArgTypeName(a[1]!)}");
            var conversion = CheckConversion(a[2] ?? PyNone.Value);
            var spec = a[3] ?? PyStr.Empty;
            if (spec is not PyStr)
                throw PyErr.TypeError($"Interpolation() argument 'format_spec' must be str, not {PyErr.ArgTypeName(spec)}");
            return new PyInterpolation(a[0]!, a[1]!, conversion, spec);
        });
        t.TpRepr = (ts, o) =>
        {
            var i = (PyInterpolation)o;
            return PyStr.From($"{o.ObType.Name}({Ops.Repr(ts, i.Value).Value}, {Ops.Repr(ts, i.Expression).Value}, " +
                              $"{Ops.Repr(ts, i.Conversion).Value}, {Ops.Repr(ts, i.FormatSpec).Value})");
        };
        t.TpGetAttro = TypeInit.GenericGetAttrDelegate;
        t.AddGetSet("value", (ts, o) => ((PyInterpolation)o).Value, doc: "Value");
        t.AddGetSet("expression", (ts, o) => ((PyInterpolation)o).Expression, doc: "Expression");
        t.AddGetSet("conversion", (ts, o) => ((PyInterpolation)o).Conversion, doc: "Conversion");
        t.AddGetSet("format_spec", (ts, o) => ((PyInterpolation)o).FormatSpec, doc: "Format specifier");
        t.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            var i = (PyInterpolation)self;
            return new PyTuple([self.ObType, new PyTuple([i.Value, i.Expression, i.Conversion, i.FormatSpec])]);
        }, "__reduce__() -> (cls, state)");
        t.AddAttr("__match_args__", new PyTuple([PyStr.Immortal("value"), PyStr.Immortal("expression"),
                                                 PyStr.Immortal("conversion"), PyStr.Immortal("format_spec")]));
        t.AddAttr("__doc__", PyStr.Immortal("Interpolation object"));
    }
}
