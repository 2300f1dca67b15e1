using Kaa.Compiler.CodeGen;
using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

// PEP 695/696 intrinsics (CPython's INTRINSIC_TYPEVAR ... INTRINSIC_SET_TYPEPARAM_DEFAULT), kept out of
// the dispatch loop: they run once per generic definition.
public static partial class Interpreter
{
    static PyObject TypeParamIntrinsic1(ThreadState ts, PyObject v, Intrinsic1 which) => which switch
    {
        Intrinsic1.TypeVar => PyTypeVar.FromSyntax((PyStr)v, null, null),
        Intrinsic1.ParamSpec => PyParamSpec.FromSyntax((PyStr)v),
        Intrinsic1.TypeVarTuple => PyTypeVarTuple.FromSyntax((PyStr)v),
        Intrinsic1.SubscriptGeneric => TypingModule.SubscriptGeneric(ts, v),
        Intrinsic1.TypeAlias => PyTypeAliasType.FromSyntax(v),
        Intrinsic1.CheckAnnotateFormat => CheckAnnotateFormat(ts, v),
        _ => throw PyErr.SystemError($"intrinsic {which} is not supported"),
    };

    static PyObject TypeParamIntrinsic2(ThreadState ts, PyObject v1, PyObject v2, Intrinsic2 which)
    {
        switch (which)
        {
            case Intrinsic2.TypeVarWithBound:
                return PyTypeVar.FromSyntax((PyStr)v1, v2, null);
            case Intrinsic2.TypeVarWithConstraints:
                return PyTypeVar.FromSyntax((PyStr)v1, null, v2);
            case Intrinsic2.SetTypeParamDefault:
                return TypingModule.SetTypeParamDefault(ts, v1, v2);
            case Intrinsic2.SetFunctionTypeParams:
                ((PyFunction)v1).TypeParams = v2;
                return v1;
            default:
                throw PyErr.SystemError($"intrinsic {which} is not supported");
        }
    }

    /// <summary>The prologue of an annotation scope: formats above VALUE_WITH_FAKE_GLOBALS (2) are not
    /// supported by compiled code (annotationlib then falls back to its own strategies).</summary>
    static PyObject CheckAnnotateFormat(ThreadState ts, PyObject format)
    {
        if (Ops.IsTrue(ts, Ops.RichCompare(ts, format, PyInt.From(2), CompareOp.Gt)))
            throw PyErr.NoArgs(PyExc.NotImplementedError);
        return PyNone.Value;
    }
}
