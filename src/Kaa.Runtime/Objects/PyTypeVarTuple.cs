using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// typing.TypeVarTuple (CPython 3.14's Objects/typevarobject.c): `*Ts` in a type parameter list, or
/// `TypeVarTuple('Ts')`. Iterating it yields typing.Unpack[Ts], which is what `*Ts` evaluates to.
/// </summary>
public sealed class PyTypeVarTuple : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("TypeVarTuple", BuiltinTypes.Object, "typing", subclassable: false);

    public readonly PyStr Name;
    PyObject? _default;
    internal PyObject? EvaluateDefault;
    public PyDict? Dict { get; set; } = new PyDict();

    PyTypeVarTuple(PyStr name, PyObject? defaultValue) : base(TypeObject) { Name = name; _default = defaultValue; }

    /// <summary>_Py_make_typevartuple: `*Ts` in a type parameter list.</summary>
    public static PyTypeVarTuple FromSyntax(PyStr name) => new(name, null);

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
            TypingModule.ExactPositional("typevartuple", args, kw, 1);
            var a = Args.Parse("typevartuple", args, kw, ["name", "default"], required: 1, kwOnlyFrom: 1);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"typevartuple() argument 'name' must be str, not {PyErr.ArgTypeName(a[0]!)}");
            var tvt = new PyTypeVarTuple(name, a[1] ?? PyNoDefault.Value);
            tvt.Dict!.SetItemStr(Names.__module__, TypingModule.Caller(ts));
            return tvt;
        });
        t.TpRepr = (ts, o) => PyStr.From(((PyTypeVarTuple)o).Name.Value);
        t.TpIter = TypingModule.UnpackIter;
        t.AddGetSet("__name__", (ts, o) => ((PyTypeVarTuple)o).Name);
        t.AddGetSet("__default__", (ts, o) => ((PyTypeVarTuple)o).Default(ts), doc: "The default value for this TypeVarTuple.");
        t.AddGetSet("evaluate_default", (ts, o) =>
        {
            var p = (PyTypeVarTuple)o;
            return p.EvaluateDefault ?? (p._default != null ? new PyConstEvaluator(p._default) : PyNone.Value);
        });
        t.AddMethod("__typing_subst__", (ts, self, args, kw) =>
        {
            Args.Exact("__typing_subst__", args, kw, 1);
            throw PyErr.TypeError("Substitution of bare TypeVarTuple is not supported");
        });
        t.AddMethod("__typing_prepare_subst__", (ts, self, args, kw) =>
        {
            Args.Exact("__typing_prepare_subst__", args, kw, 2);
            return TypingModule.CallTyping(ts, "_typevartuple_prepare_subst", self, args[0], args[1]);
        });
        t.AddMethod("has_default", (ts, self, args, kw) => { Args.Exact("has_default", args, kw, 0); return PyBool.From(((PyTypeVarTuple)self).HasDefault); });
        t.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact("__reduce__", args, kw, 0); return ((PyTypeVarTuple)self).Name; });
        t.AddMethod("__mro_entries__", (ts, self, args, kw) => throw PyErr.TypeError("Cannot subclass an instance of TypeVarTuple"));
        t.AddAttr("__doc__", PyStr.Immortal("Type variable tuple. A specialized form of type variable that enables\nvariadic generics.\n\nThe preferred way to construct a type variable tuple is via the\ndedicated syntax for generic functions, classes, and type aliases,\nwhere a single '*' indicates a type variable tuple::\n\n    def move_first_element_to_last[T, *Ts](tup: tuple[T, *Ts]) -> tuple[*Ts, T]:\n        return (*tup[1:], tup[0])\n"));
    }
}
