using Kaa.Runtime.Objects;
using Kaa.Runtime.State;

namespace Kaa.Runtime.Eval;

/// <summary>The static types of the eval loop, registered in <see cref="ExtraTypeInits"/> (bases before subclasses).</summary>
public static class EvalTypes
{
    public static IEnumerable<Action> Inits()
    {
        yield return PyCell.Init;
        yield return PyCode.Init;
        yield return PyFunction.Init;
        yield return PyMethod.Init;
        yield return PyFrame.Init;
        yield return PyTraceback.Init;
        yield return PyGenerator.Init;
        yield return PyCoroutine.Init;
        yield return PyAsyncGenerator.Init;
        yield return ImportSystem.Init;
        yield return PyAnextAwaitable.Init;
    }

    public static IEnumerable<PyType> Types()
    {
        yield return PyCell.TypeObject;
        yield return PyCode.TypeObject;
        yield return PyFunction.TypeObject;
        yield return PyMethod.TypeObject;
        yield return PyFrame.TypeObject;
        yield return PyTraceback.TypeObject;
        yield return PyGenerator.TypeObject;
        yield return PyCoroutine.TypeObject;
        yield return PyCoroutine.WrapperType;
        yield return PyAsyncGenerator.TypeObject;
        yield return PyAsyncGenerator.ASendType;
        yield return PyAsyncGenerator.AThrowType;
        yield return PyAsyncGenerator.WrappedValueType;
        yield return ImportSystem.ModuleSpecType;
        yield return ImportSystem.SourceLoaderType;
        yield return ImportSystem.BuiltinImporterType;
        yield return PyAnextAwaitable.TypeObject;
    }
}

public static partial class Interpreter
{
    /// <summary>Zero-argument super(): the calling frame's first argument and its __class__ cell
    /// (CPython's super_init_without_args).</summary>
    public static (PyType type, PyObject obj) SuperArgsFromFrame(ThreadState ts)
    {
        var f = ts.CurrentFrame ?? throw PyErr.RuntimeError("super(): no current frame");
        var co = f.Code;
        if (co.ArgCount == 0) throw PyErr.RuntimeError("super(): no arguments");
        var firstarg = f.Stack[0];
        if (firstarg != null && (co.Unit.LocalsPlusKinds[0] & Kaa.Compiler.CodeGen.LocalKind.Cell) != 0 && firstarg is PyCell c0)
            firstarg = c0.Contents!;
        if (firstarg == null) throw PyErr.RuntimeError("super(): arg[0] deleted");
        for (int i = co.FreeStart; i < co.NLocalsPlus; i++)
        {
            if (co.LocalsPlusNames[i].Value != "__class__") continue;
            if (f.Stack[i] is not PyCell cell) throw PyErr.RuntimeError("super(): bad __class__ cell");
            var type = cell.Contents ?? throw PyErr.RuntimeError("super(): empty __class__ cell");
            if (type is not PyType t) throw PyErr.RuntimeError($"super(): __class__ is not a type ({type.ObType.Name})");
            return (t, firstarg);
        }
        throw PyErr.RuntimeError("super(): __class__ cell not found");
    }
}
