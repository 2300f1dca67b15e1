using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// typing.ParamSpec (CPython 3.14's Objects/typevarobject.c): `**P` in a type parameter list, or
/// `ParamSpec('P')`. P.args / P.kwargs are <see cref="PyParamSpecAttr"/> objects.
/// </summary>
public sealed class PyParamSpec : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("ParamSpec", BuiltinTypes.Object, "typing", subclassable: false);

    public readonly PyStr Name;
    readonly PyObject? _bound;
    PyObject? _default;
    internal PyObject? EvaluateDefault;
    public readonly bool Covariant, Contravariant, InferVariance;
    public PyDict? Dict { get; set; } = new PyDict();

    PyParamSpec(PyStr name, PyObject? bound, PyObject? defaultValue, bool covariant, bool contravariant, bool inferVariance) : base(TypeObject)
    {
        Name = name; _bound = bound; _default = defaultValue;
        Covariant = covariant; Contravariant = contravariant; InferVariance = inferVariance;
    }

    /// <summary>_Py_make_paramspec: `**P` in a type parameter list.</summary>
    public static PyParamSpec FromSyntax(PyStr name) => new(name, null, null, false, false, true);

    public PyObject Default(ThreadState ts)
    {
        if (_default != null) return _default;
        if (EvaluateDefault == null) return PyNoDefault.Value;
        return _default = Ops.Call(ts, EvaluateDefault);
    }

    public bool HasDefault => EvaluateDefault != null || (_default != null && _default is not PyNoDefault);

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.HasInstanceDict = true;
        t.AddAttr("__module__", PyStr.Immortal("typing"));
        t.SetNew((ts, cls, args, kw) =>
        {
            // paramspec(name, *, bound=None, default=NoDefault, covariant=False, contravariant=False, infer_variance=False)
            TypingModule.ExactPositional("paramspec", args, kw, 1);
            var a = Args.Parse("paramspec", args, kw, ["name", "bound", "default", "covariant", "contravariant", "infer_variance"], required: 1, kwOnlyFrom: 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"paramspec() argument 'name' must be str, not {PyErr.ArgTypeName(a[0]!)}");
            bool co = a[3] != null && Ops.IsTrue(ts, a[3]!);
            bool contra = a[4] != null && Ops.IsTrue(ts, a[4]!);
            bool infer = a[5] != null && Ops.IsTrue(ts, a[5]!);
            if (co && contra) throw PyErr.ValueError("Bivariant types are not supported.");
            if (infer && (co || contra)) throw PyErr.ValueError("Variance cannot be specified with infer_variance.");
            PyObject? bound = a[1] is null or PyNone ? null : a[1];
            if (bound != null) bound = TypingModule.TypeCheck(ts, bound, "Bound must be a type.");
            var ps = new PyParamSpec(name, bound, a[2] ?? PyNoDefault.Value, co, contra, infer);
            ps.Dict!.SetItemStr(Names.__module__, TypingModule.Caller(ts));
            return ps;
        });
        t.TpRepr = (ts, o) =>
        {
            var p = (PyParamSpec)o;
            return PyStr.From(PyTypeVar.VarianceRepr(p.Name, p.InferVariance, p.Covariant, p.Contravariant));
        };
        // Unions of ParamSpecs mean nothing, but typing.py always allowed them.
        t.NbBinary[(int)BinOp.Or] = TypingModule.MakeUnion;
        t.AddGetSet("__name__", (ts, o) => ((PyParamSpec)o).Name);
        t.AddGetSet("__bound__", (ts, o) => ((PyParamSpec)o)._bound ?? PyNone.Value);
        t.AddGetSet("__covariant__", (ts, o) => PyBool.From(((PyParamSpec)o).Covariant));
        t.AddGetSet("__contravariant__", (ts, o) => PyBool.From(((PyParamSpec)o).Contravariant));
        t.AddGetSet("__infer_variance__", (ts, o) => PyBool.From(((PyParamSpec)o).InferVariance));
        t.AddGetSet("args", (ts, o) => new PyParamSpecAttr(PyParamSpecAttr.ArgsType, o), doc: "Represents positional arguments.");
        t.AddGetSet("kwargs", (ts, o) => new PyParamSpecAttr(PyParamSpecAttr.KwargsType, o), doc: "Represents keyword arguments.");
        t.AddGetSet("__default__", (ts, o) => ((PyParamSpec)o).Default(ts), doc: "The default value for this ParamSpec.");
        t.AddGetSet("evaluate_default", (ts, o) =>
        {
            var p = (PyParamSpec)o;
            return p.EvaluateDefault ?? (p._default != null ? new PyConstEvaluator(p._default) : PyNone.Value);
        });
        t.AddMethod("__typing_subst__", (ts, self, args, kw) =>
        {
            Args.Exact("__typing_subst__", args, kw, 1);
            return TypingModule.CallTyping(ts, "_paramspec_subst", self, args[0]);
        });
        t.AddMethod("__typing_prepare_subst__", (ts, self, args, kw) =>
        {
            Args.Exact("__typing_prepare_subst__", args, kw, 2);
            return TypingModule.CallTyping(ts, "_paramspec_prepare_subst", self, args[0], args[1]);
        });
        t.AddMethod("has_default", (ts, self, args, kw) => { Args.Exact("has_default", args, kw, 0); return PyBool.From(((PyParamSpec)self).HasDefault); });
        t.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact("__reduce__", args, kw, 0); return ((PyParamSpec)self).Name; });
        t.AddMethod("__mro_entries__", (ts, self, args, kw) => throw PyErr.TypeError("Cannot subclass an instance of ParamSpec"));
        t.AddAttr("__doc__", PyStr.Immortal("Parameter specification variable.\n\nThe preferred way to construct a parameter specification is via the\ndedicated syntax for generic functions, classes, and type aliases,\nwhere the use of '**' creates a parameter specification::\n\n    type IntFunc[**P] = Callable[P, int]\n"));
    }
}

/// <summary>typing.ParamSpecArgs / typing.ParamSpecKwargs: what P.args and P.kwargs evaluate to.</summary>
public sealed class PyParamSpecAttr : PyObject
{
    public static readonly PyType ArgsType = BuiltinTypes.CreateStatic("ParamSpecArgs", BuiltinTypes.Object, "typing", subclassable: false);
    public static readonly PyType KwargsType = BuiltinTypes.CreateStatic("ParamSpecKwargs", BuiltinTypes.Object, "typing", subclassable: false);

    public readonly PyObject Origin;

    public PyParamSpecAttr(PyType type, PyObject origin) : base(type) { Origin = origin; }

    internal static void Init()
    {
        InitOne(ArgsType, "args", "The args for a ParamSpec object.\n\nGiven a ParamSpec object P, P.args is an instance of ParamSpecArgs.\n\nParamSpecArgs objects have a reference back to their ParamSpec::\n\n    >>> P = ParamSpec(\"P\")\n    >>> P.args.__origin__ is P\n    True\n\nThis type is meant for runtime introspection and has no special meaning\nto static type checkers.\n");
        InitOne(KwargsType, "kwargs", "The kwargs for a ParamSpec object.\n\nGiven a ParamSpec object P, P.kwargs is an instance of ParamSpecKwargs.\n\nParamSpecKwargs objects have a reference back to their ParamSpec::\n\n    >>> P = ParamSpec(\"P\")\n    >>> P.kwargs.__origin__ is P\n    True\n\nThis type is meant for runtime introspection and has no special meaning\nto static type checkers.\n");
    }

    static void InitOne(PyType t, string suffix, string doc)
    {
        string typeName = t.Name;
        t.InstanceFactory = null;
        t.AddAttr("__module__", PyStr.Immortal("typing"));
        t.SetNew((ts, cls, args, kw) =>
        {
            var a = Args.Parse(suffix == "args" ? "paramspecargs" : "paramspeckwargs", args, kw, ["origin"], required: 1);
            return new PyParamSpecAttr(cls, a[0]!);
        });
        t.TpRepr = (ts, o) =>
        {
            var origin = ((PyParamSpecAttr)o).Origin;
            return PyStr.From(origin is PyParamSpec ps ? $"{ps.Name.Value}.{suffix}" : $"{Ops.ReprString(ts, origin)}.{suffix}");
        };
        t.TpRichCompare = (ts, a, b, op) =>
        {
            if (!ReferenceEquals(a.ObType, b.ObType) || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Value;
            return Ops.RichCompare(ts, ((PyParamSpecAttr)a).Origin, ((PyParamSpecAttr)b).Origin, op);
        };
        // A rich comparison without a hash makes a built-in type unhashable, as in CPython.
        t.TpHash = (ts, o) => throw PyErr.TypeError($"unhashable type: '{o.ObType.TpName}'");
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.AddGetSet("__origin__", (ts, o) => ((PyParamSpecAttr)o).Origin);
        t.AddMethod("__mro_entries__", (ts, self, args, kw) => throw PyErr.TypeError($"Cannot subclass an instance of {typeName}"));
        t.AddAttr("__doc__", PyStr.Immortal(doc));
    }
}
