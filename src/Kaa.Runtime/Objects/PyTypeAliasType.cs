using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// typing.TypeAliasType (CPython 3.14's Objects/typevarobject.c): what `type X[T] = value` creates.
/// The value is computed on first access of __value__ by the function the compiler made; the module
/// is the caller's for `TypeAliasType(...)` and that function's for the statement.
/// </summary>
public sealed class PyTypeAliasType : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("TypeAliasType", BuiltinTypes.Object, "typing", subclassable: false);

    public readonly PyStr Name;
    /// <summary>The type parameters, or null when the alias is not generic.</summary>
    public readonly PyTuple? TypeParams;
    readonly PyObject? _computeValue;
    PyObject? _value;
    PyObject? _module;

    PyTypeAliasType(PyStr name, PyTuple? typeParams, PyObject? computeValue, PyObject? value, PyObject? module) : base(TypeObject)
    {
        Name = name; TypeParams = typeParams; _computeValue = computeValue; _value = value; _module = module;
    }

    /// <summary>_Py_make_typealias: (name, type_params or None, compute_value) from the `type` statement.</summary>
    public static PyTypeAliasType FromSyntax(PyObject packed)
    {
        if (packed is not PyTuple { Count: 3 } t || t[0] is not PyStr name)
            throw PyErr.SystemError("INTRINSIC_TYPEALIAS expected (name, type_params, compute_value)");
        return new PyTypeAliasType(name, t[1] is PyTuple { Count: > 0 } tp ? tp : null, t[2], null, null);
    }

    public PyObject Value(ThreadState ts) => _value ??= Ops.Call(ts, _computeValue!);

    PyObject Module()
    {
        if (_module != null) return _module;
        if (_computeValue is PyFunction f) return f.Module;
        return PyNone.Value;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) =>
        {
            TypingModule.ExactPositional("typealias", args, kw, 2);
            var a = Args.Parse("typealias", args, kw, ["name", "value", "type_params"], required: 2, kwOnlyFrom: 2);
            if (a[0] is not PyStr name) throw PyErr.TypeError($"typealias() argument 'name' must be str, not {PyErr.ArgTypeName(a[0]!)}");
            PyTuple? typeParams = null;
            if (a[2] != null)
            {
                if (a[2] is not PyTuple tp) throw PyErr.TypeError("type_params must be a tuple");
                typeParams = CheckTypeParams(ts, tp);
            }
            return new PyTypeAliasType(name, typeParams, null, a[1]!, TypingModule.Caller(ts));
        });
        t.TpRepr = (ts, o) => ((PyTypeAliasType)o).Name;
        t.TpIter = TypingModule.UnpackIter;
        t.NbBinary[(int)BinOp.Or] = PyUnionType.TypeOr;
        t.MpSubscript = (ts, o, item) =>
        {
            var ta = (PyTypeAliasType)o;
            if (ta.TypeParams == null) throw PyErr.TypeError("Only generic type aliases are subscriptable");
            return new PyGenericAlias(o, item);
        };
        t.AddGetSet("__name__", (ts, o) => ((PyTypeAliasType)o).Name);
        t.AddGetSet("__value__", (ts, o) => ((PyTypeAliasType)o).Value(ts));
        t.AddGetSet("evaluate_value", (ts, o) =>
        {
            var ta = (PyTypeAliasType)o;
            return ta._computeValue ?? new PyConstEvaluator(ta._value!);
        });
        t.AddGetSet("__parameters__", (ts, o) =>
        {
            var ta = (PyTypeAliasType)o;
            return ta.TypeParams == null ? PyTuple.Empty : TypingModule.UnpackTypeVarTuples(ts, ta.TypeParams);
        });
        t.AddGetSet("__type_params__", (ts, o) => ((PyTypeAliasType)o).TypeParams ?? PyTuple.Empty);
        t.AddGetSet("__module__", (ts, o) => ((PyTypeAliasType)o).Module(),
            (ts, o, v) => ((PyTypeAliasType)o)._module = v);
        t.AddMethod("__reduce__", (ts, self, args, kw) => { Args.Exact("__reduce__", args, kw, 0); return ((PyTypeAliasType)self).Name; });
        t.AddAttr("__doc__", PyStr.Immortal("Type alias.\n\nType aliases are created through the type statement::\n\n    type Alias = int\n\nIn this example, Alias and int will be treated equivalently by static\ntype checkers.\n\nAt runtime, Alias is an instance of TypeAliasType. The __name__\nattribute holds the name of the type alias. The value of the type alias\nis stored in the __value__ attribute. It is evaluated lazily, so the\nvalue is computed only if the attribute is accessed. The __module__\nattribute holds the name of the module in which the type alias was\ndefined; it can be assigned to.\n\nType aliases can also be generic::\n\n    type ListOrSet[T] = list[T] | set[T]\n\nIn this case, the type parameters of the alias are stored in the\n__type_params__ attribute.\n\nSee PEP 695 for more information.\n"));
    }

    /// <summary>typealias_check_type_params: an empty tuple means "not generic"; defaults may not be
    /// followed by parameters without one.</summary>
    static PyTuple? CheckTypeParams(ThreadState ts, PyTuple typeParams)
    {
        if (typeParams.Count == 0) return null;
        bool defaultSeen = false;
        foreach (var p in typeParams.Items)
        {
            var dflt = TypingModule.TypeParamDefault(ts, p);
            if (dflt is PyNoDefault)
            {
                if (defaultSeen)
                    throw PyErr.TypeError($"non-default type parameter '{Ops.ReprString(ts, p)}' follows default type parameter");
            }
            else defaultSeen = true;
        }
        return typeParams;
    }
}
