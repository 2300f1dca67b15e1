using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// contextvars.Token (Python/context.c): what ContextVar.set returns, to undo that set with
/// ContextVar.reset once. Since 3.14 it is also a context manager whose exit resets the variable.
/// </summary>
public sealed class PyContextToken : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("Token", BuiltinTypes.Object, "_contextvars", subclassable: false);
    /// <summary>The type of Token.MISSING; its tp_name is "Token.MISSING".</summary>
    public static readonly PyType MissingType = BuiltinTypes.CreateStatic("MISSING", BuiltinTypes.Object, "Token", subclassable: false);
    /// <summary>Token.MISSING, the old_value of a token whose variable had no value: a process-wide immortal singleton.</summary>
    public static readonly PyObject Missing = new MissingMarker();

    private sealed class MissingMarker() : PyObject(MissingType);

    public readonly PyContext Context;
    public readonly PyContextVar Var;
    /// <summary>The variable's value before the set, or null when it had none.</summary>
    public readonly PyObject? OldValue;
    public bool Used;

    internal PyContextToken(PyContext context, PyContextVar var, PyObject? oldValue) : base(TypeObject)
    {
        Context = context;
        Var = var;
        OldValue = oldValue;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.SetNew((ts, cls, args, kw) => throw PyErr.RuntimeError("Tokens can only be created by ContextVars"));
        t.TpHash = (ts, o) => throw PyErr.TypeError("unhashable type: '_contextvars.Token'");
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.TpRepr = (ts, o) =>
        {
            var tok = (PyContextToken)o;
            return PyStr.From($"<Token{(tok.Used ? " used" : "")} var={Ops.ReprString(ts, tok.Var)} at 0x{ObjectIds.Id(ts, o):x}>");
        };
        t.AddGetSet("var", (ts, o) => ((PyContextToken)o).Var);
        t.AddGetSet("old_value", (ts, o) => ((PyContextToken)o).OldValue ?? Missing);
        t.AddAttr("MISSING", Missing);
        t.AddMethod("__enter__", (ts, self, a, kw) => { PyContext.NoArgs("Token.__enter__", a, kw); return self; },
            "Enter into Token context manager.");
        t.AddMethod("__exit__", (ts, self, a, kw) =>
        {
            Args.Exact("__exit__", a, kw, 3);
            var tok = (PyContextToken)self;
            tok.Var.Reset(ts, tok);
            return PyNone.Value;
        }, "Exit from Token context manager, restore the linked ContextVar.");
        t.AddClassMethod("__class_getitem__", PyGenericAlias.ClassGetItem);

        var m = MissingType;
        m.InstanceFactory = null;
        m.TpNew = null;
        m.TpRepr = (ts, o) => PyStr.From("<Token.MISSING>");
    }
}
