using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// typing.TypeVar (CPython 3.14's Objects/typevarobject.c). Created by `TypeVar('T', ...)` or by PEP 695
/// syntax, where the bound, constraints and default are lazy: the compiler passes one-argument
/// evaluation functions that run on first access of __bound__ / __constraints__ / __default__.
/// Substitution and unions defer to typing.py, as CPython does.
/// </summary>
public sealed class PyTypeVar : PyObject, IHasDict
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("TypeVar", BuiltinTypes.Object, "typing", subclassable: false);

    public readonly PyStr Name;
    PyObject? _bound, _constraints, _default;
    readonly PyObject? _evaluateBound, _evaluateConstraints;
    internal PyObject? EvaluateDefault;
    public readonly bool Covariant, Contravariant, InferVariance;
    public PyDict? Dict { get; set; } = new PyDict();

    PyTypeVar(PyStr name, PyObject? bound, PyObject? evaluateBound, PyObject? constraints, PyObject? evaluateConstraints,
        PyObject? defaultValue, bool covariant, bool contravariant, bool inferVariance) : base(TypeObject)
    {
        Name = name;
        _bound = bound; _evaluateBound = evaluateBound;
        _constraints = constraints; _evaluateConstraints = evaluateConstraints;
        _default = defaultValue;
        Covariant = covariant; Contravariant = contravariant; InferVariance = inferVariance;
    }

    /// <summary>_Py_make_typevar: a PEP 695 type parameter (variance inferred, lazily evaluated bound).</summary>
    public static PyTypeVar FromSyntax(PyStr name, PyObject? evaluateBound, PyObject? evaluateConstraints)
        => new(name, null, evaluateBound, null, evaluateConstraints, null, false, false, true);

    public PyObject Bound(ThreadState ts)
    {
        if (_bound != null) return _bound;
        if (_evaluateBound == null) return PyNone.Value;
        return _bound = Ops.Call(ts, _evaluateBound);
    }

    public PyObject Constraints(ThreadState ts)
    {
        if (_constraints != null) return _constraints;
        if (_evaluateConstraints == null) return PyTuple.Empty;
        return _constraints = Ops.Call(ts, _evaluateConstraints);
    }

    public PyObject Default(ThreadState ts)
    {
        if (_default != null) return _default;
        if (EvaluateDefault == null) return PyNoDefault.Value;
        return _default = Ops.Call(ts, EvaluateDefault);
    }

    public bool HasDefault => EvaluateDefault != null || (_default != null && _default is not PyNoDefault);

    internal static string VarianceRepr(PyStr name, bool infer, bool co, bool contra)
        => infer ? name.Value : (co ? "+" : contra ? "-" : "~") + name.Value;

    static readonly System.Collections.Immutable.ImmutableArray<string> NewParams = ["name", "bound", "covariant", "contravariant", "infer_variance", "default"];

    static PyObject New(ThreadState ts, PyType cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // typevar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False, default=NoDefault)
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        var kw = new PyObject?[NewParams.Length];
        if (npos > 0) kw[0] = args[0];
        for (int k = 0; k < nkw; k++)
        {
            var kn = ((PyStr)kwnames!.Items[k]).Value;
            int idx = NewParams.IndexOf(kn);
            if (idx < 0) throw PyErr.TypeError($"typevar() got an unexpected keyword argument '{kn}'");
            if (idx == 0 && npos > 0) throw PyErr.TypeError("argument for typevar() given by name ('name') and position (1)");
            kw[idx] = args[npos + k];
        }
        if (kw[0] == null) throw PyErr.TypeError("typevar() missing required argument 'name' (pos 1)");
        if (kw[0] is not PyStr name) throw PyErr.TypeError($"typevar() argument 'name' must be str, not {PyErr.ArgTypeName(kw[0]!)}");
        var constraints = npos > 1 ? args[1..npos].ToArray() : [];
        bool covariant = kw[2] != null && Ops.IsTrue(ts, kw[2]!);
        bool contravariant = kw[3] != null && Ops.IsTrue(ts, kw[3]!);
        bool infer = kw[4] != null && Ops.IsTrue(ts, kw[4]!);
        if (covariant && contravariant) throw PyErr.ValueError("Bivariant types are not supported.");
        if (infer && (covariant || contravariant)) throw PyErr.ValueError("Variance cannot be specified with infer_variance.");
        PyObject? bound = kw[1] is null or PyNone ? null : kw[1];
        if (bound != null) bound = TypingModule.TypeCheck(ts, bound, "Bound must be a type.");
        if (constraints.Length == 1) throw PyErr.TypeError("A single constraint is not allowed");
        if (constraints.Length > 0 && bound != null) throw PyErr.TypeError("Constraints cannot be combined with bound=...");
        var tv = new PyTypeVar(name, bound, null, constraints.Length > 0 ? new PyTuple(constraints) : null, null,
            kw[5] ?? PyNoDefault.Value, covariant, contravariant, infer);
        tv.Dict!.SetItemStr(Names.__module__, TypingModule.Caller(ts));
        return tv;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.HasInstanceDict = true;
        t.AddAttr("__module__", PyStr.Immortal("typing"));
        t.SetNew(New);
        t.TpRepr = (ts, o) =>
        {
            var tv = (PyTypeVar)o;
            return PyStr.From(VarianceRepr(tv.Name, tv.InferVariance, tv.Covariant, tv.Contravariant));
        };
        t.NbBinary[(int)BinOp.Or] = TypingModule.MakeUnion;
        t.AddGetSet("__name__", (ts, o) => ((PyTypeVar)o).Name);
        t.AddGetSet("__covariant__", (ts, o) => PyBool.From(((PyTypeVar)o).Covariant));
        t.AddGetSet("__contravariant__", (ts, o) => PyBool.From(((PyTypeVar)o).Contravariant));
        t.AddGetSet("__infer_variance__", (ts, o) => PyBool.From(((PyTypeVar)o).InferVariance));
        t.AddGetSet("__bound__", (ts, o) => ((PyTypeVar)o).Bound(ts));
        t.AddGetSet("__constraints__", (ts, o) => ((PyTypeVar)o).Constraints(ts));
        t.AddGetSet("__default__", (ts, o) => ((PyTypeVar)o).Default(ts));
        t.AddGetSet("evaluate_bound", (ts, o) =>
        {
            var tv = (PyTypeVar)o;
            return tv._evaluateBound ?? (tv._bound != null ? new PyConstEvaluator(tv._bound) : PyNone.Value);
        });
        t.AddGetSet("evaluate_constraints", (ts, o) =>
        {
            var tv = (PyTypeVar)o;
            return tv._evaluateConstraints ?? (tv._constraints != null ? new PyConstEvaluator(tv._constraints) : PyNone.Value);
        });
        t.AddGetSet("evaluate_default", (ts, o) =>
        {
            var tv = (PyTypeVar)o;
            return tv.EvaluateDefault ?? (tv._default != null ? new PyConstEvaluator(tv._default) : PyNone.Value);
        });
        t.AddMethod("__typing_subst__", (ts, self, args, kw) =>
        {
            Args.Exact("__typing_subst__", args, kw, 1);
            return TypingModule.CallTyping(ts, "_typevar_subst", self, args[0]);
        });
        t.AddMethod("__typing_prepare_subst__", (ts, self, args, kw) =>
        {
            Args.Exact("__typing_prepare_subst__", args, kw, 2);
            return ((PyTypeVar)self).PrepareSubst(ts, args[0], args[1]);
        });
        t.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact("__reduce__", args, kw, 0); return ((PyTypeVar)self).Name; });
        t.AddMethod("has_default", (ts, self, args, kw) => { Args.Exact("has_default", args, kw, 0); return PyBool.From(((PyTypeVar)self).HasDefault); });
        t.AddMethod("__mro_entries__", (ts, self, args, kw) => throw PyErr.TypeError("Cannot subclass an instance of TypeVar"));
        t.AddAttr("__doc__", PyStr.Immortal(Doc));
    }

    /// <summary>typevar_typing_prepare_subst: fills in this variable's default when the arguments stop just before it.</summary>
    PyObject PrepareSubst(ThreadState ts, PyObject alias, PyObject args)
    {
        var parameters = Ops.GetAttr(ts, alias, "__parameters__");
        long i = SeqIndex(ts, parameters, this);
        long argsLen = Ops.Length(ts, args);
        if (i < argsLen) return args;
        if (i == argsLen)
        {
            var dflt = Default(ts);
            if (dflt is not PyNoDefault) return Ops.BinaryOp(ts, args, new PyTuple([dflt]), BinOp.Add);
        }
        throw PyErr.TypeError($"Too few arguments for {Ops.ReprString(ts, alias)}; actual {argsLen}, expected at least {i + 1}");
    }

    /// <summary>PySequence_Index.</summary>
    internal static long SeqIndex(ThreadState ts, PyObject seq, PyObject item)
    {
        long i = 0;
        var it = Ops.GetIter(ts, seq);
        while (Ops.Next(ts, it) is { } x)
        {
            if (ReferenceEquals(x, item) || Ops.Eq(ts, x, item)) return i;
            i++;
        }
        throw PyErr.ValueError("sequence.index(x): x not in sequence");
    }

    const string Doc = """
        Type variable.

        The preferred way to construct a type variable is via the dedicated
        syntax for generic functions, classes, and type aliases::

            class Sequence[T]:  # T is a TypeVar
                ...

        This syntax can also be used to create bound and constrained type
        variables::

            # S is a TypeVar bound to str
            class StrSequence[S: str]:
                ...

            # A is a TypeVar constrained to str or bytes
            class StrOrBytesSequence[A: (str, bytes)]:
                ...

        Type variables can also have defaults:

            class IntDefault[T = int]:
                ...

        However, if desired, reusable type variables can also be constructed
        manually, like so::

           T = TypeVar('T')  # Can be anything
           S = TypeVar('S', bound=str)  # Can be any subtype of str
           A = TypeVar('A', str, bytes)  # Must be exactly str or bytes
           D = TypeVar('D', default=int)  # Defaults to int

        Type variables exist primarily for the benefit of static type
        checkers.  They serve as the parameters for generic types as well
        as for generic function and type alias definitions.

        The variance of type variables is inferred by type checkers when they
        are created through the type parameter syntax and when
        ``infer_variance=True`` is passed. Manually created type variables may
        be explicitly marked covariant or contravariant by passing
        ``covariant=True`` or ``contravariant=True``. By default, manually
        created type variables are invariant. See PEP 484 and PEP 695 for more
        details.
        """;
}
