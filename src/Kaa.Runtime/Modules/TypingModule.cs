using System.Text;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime;

/// <summary>
/// The _typing module (CPython's Modules/_typingmodule.c): the C parts of typing.py — TypeVar,
/// ParamSpec, TypeVarTuple, TypeAliasType, Generic, Union, NoDefault — plus the helpers those types
/// share. Like CPython, several operations call back into the pure-Python typing module.
/// </summary>
public static class TypingModule
{
    public static readonly BuiltinModuleDef Definition = new() { Name = "_typing", Exec = Exec };

    public static IEnumerable<PyType> Types()
    {
        yield return PyNoDefault.TypeObject;
        yield return PyConstEvaluator.TypeObject;
        yield return PyTypeVar.TypeObject;
        yield return PyParamSpec.TypeObject;
        yield return PyParamSpecAttr.ArgsType;
        yield return PyParamSpecAttr.KwargsType;
        yield return PyTypeVarTuple.TypeObject;
        yield return PyTypeAliasType.TypeObject;
        yield return TypingGeneric.TypeObject;
    }

    internal static void InitTypes()
    {
        PyNoDefault.Init();
        PyConstEvaluator.Init();
        PyTypeVar.Init();
        PyParamSpec.Init();
        PyParamSpecAttr.Init();
        PyTypeVarTuple.Init();
        PyTypeAliasType.Init();
        TypingGeneric.Init();
    }

    private static void Exec(ThreadState ts, PyModule m)
    {
        m.Set("__doc__", PyStr.From("Primitives and accelerators for the typing module.\n"));
        m.Set("_idfunc", new PyBuiltinFunction("_idfunc", (ts2, _, a, kw) =>
        {
            Args.Exact("_idfunc", a, kw, 1);
            return a[0];
        }, m));
        m.Set("TypeVar", PyTypeVar.TypeObject);
        m.Set("ParamSpec", PyParamSpec.TypeObject);
        m.Set("ParamSpecArgs", PyParamSpecAttr.ArgsType);
        m.Set("ParamSpecKwargs", PyParamSpecAttr.KwargsType);
        m.Set("TypeVarTuple", PyTypeVarTuple.TypeObject);
        m.Set("TypeAliasType", PyTypeAliasType.TypeObject);
        m.Set("Generic", TypingGeneric.TypeObject);
        m.Set("Union", PyUnionType.TypeObject);
        m.Set("NoDefault", PyNoDefault.Value);
    }

    // ------------------------------------------------------------------ shared helpers

    /// <summary>Argument Clinic's check for a constructor whose positional parameters are all required.</summary>
    internal static void ExactPositional(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int max)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        if (npos > max)
            throw PyErr.TypeError($"{fname}() takes exactly {max} positional argument{(max == 1 ? "" : "s")} ({npos} given)");
    }

    internal static PyObject ImportTyping(ThreadState ts) => Kaa.Runtime.CrossInterpreter.XI.ImportModule(ts, "typing");

    /// <summary>call_typing_func_object: typing.&lt;name&gt;(*args).</summary>
    internal static PyObject CallTyping(ThreadState ts, string name, params PyObject[] args)
        => Ops.Call(ts, Ops.GetAttr(ts, ImportTyping(ts), name), args);

    /// <summary>The module of the calling Python code (CPython's caller(): its function's __module__;
    /// module-level code has no function object here, so its globals' __name__), or None.</summary>
    internal static PyObject Caller(ThreadState ts)
    {
        var f = ts.CurrentFrame;
        if (f == null) return PyNone.Value;
        if (f.Func != null) return f.Func.Module;
        return f.Globals.TryGetStr(Names.__name__, out var n) && n != null ? n : PyNone.Value;
    }

    /// <summary>type_check: None stands for NoneType; anything else goes through typing._type_check.</summary>
    internal static PyObject TypeCheck(ThreadState ts, PyObject arg, string msg)
    {
        if (arg is PyNone) return BuiltinTypes.NoneType;
        return CallTyping(ts, "_type_check", arg, PyStr.From(msg));
    }

    /// <summary>nb_or of TypeVar and ParamSpec: a Union built like Union[a, b] (string operands become ForwardRefs).</summary>
    internal static PyObject MakeUnion(ThreadState ts, PyObject a, PyObject b) => PyUnionType.FromItems(ts, [a, b], check: true);

    /// <summary>typing.Unpack[self].</summary>
    internal static PyObject Unpack(ThreadState ts, PyObject self)
        => Ops.GetItem(ts, Ops.GetAttr(ts, ImportTyping(ts), "Unpack"), self);

    /// <summary>tp_iter of TypeVarTuple and TypeAliasType: `*Ts` yields Unpack[Ts].</summary>
    internal static PyObject UnpackIter(ThreadState ts, PyObject self) => Ops.GetIter(ts, new PyTuple([Unpack(ts, self)]));

    /// <summary>unpack_typevartuples: TypeVarTuples must be unpacked when passed to Generic.</summary>
    internal static PyTuple UnpackTypeVarTuples(ThreadState ts, PyTuple parameters)
    {
        bool any = false;
        foreach (var p in parameters.Items) if (p is PyTypeVarTuple) { any = true; break; }
        if (!any) return parameters;
        var items = new PyObject[parameters.Count];
        for (int i = 0; i < items.Length; i++)
            items[i] = parameters[i] is PyTypeVarTuple ? Unpack(ts, parameters[i]) : parameters[i];
        return new PyTuple(items);
    }

    /// <summary>get_type_param_default.</summary>
    internal static PyObject TypeParamDefault(ThreadState ts, PyObject typeParam) => typeParam switch
    {
        PyTypeVar tv => tv.Default(ts),
        PyParamSpec ps => ps.Default(ts),
        PyTypeVarTuple tvt => tvt.Default(ts),
        _ => throw PyErr.TypeError($"Expected a type param, got {Ops.ReprString(ts, typeParam)}"),
    };

    /// <summary>_Py_set_typeparam_default: attaches the lazy default of a PEP 696 type parameter.</summary>
    internal static PyObject SetTypeParamDefault(ThreadState ts, PyObject typeParam, PyObject evaluateDefault)
    {
        switch (typeParam)
        {
            case PyTypeVar tv: tv.EvaluateDefault = evaluateDefault; return tv;
            case PyParamSpec ps: ps.EvaluateDefault = evaluateDefault; return ps;
            case PyTypeVarTuple tvt: tvt.EvaluateDefault = evaluateDefault; return tvt;
            default: throw PyErr.TypeError($"Expected a type param, got {Ops.ReprString(ts, typeParam)}");
        }
    }

    /// <summary>_Py_subscript_generic: Generic[*params] for the implicit base of a generic class.</summary>
    internal static PyObject SubscriptGeneric(ThreadState ts, PyObject parameters)
    {
        var p = UnpackTypeVarTuples(ts, (PyTuple)parameters);
        return CallTyping(ts, "_GenericAlias", TypingGeneric.TypeObject, p);
    }

    /// <summary>_Py_typing_type_repr: `...`, None, a class as module.qualname, else repr().</summary>
    internal static void TypeRepr(ThreadState ts, StringBuilder sb, PyObject p)
    {
        if (ReferenceEquals(p, BuiltinTypes.NoneType)) { sb.Append("None"); return; }
        PyGenericAlias.ReprItem(ts, sb, p);
    }
}
