using Kaa.Runtime.State;

namespace Kaa.Runtime.Objects;

/// <summary>
/// functools.KeyWrapper, what <c>functools.cmp_to_key(mycmp)</c> returns (Modules/_functoolsmodule.c's
/// keyobject): called with an object it wraps it, and two wrapped objects compare by the sign of
/// <c>mycmp(a, b)</c>. In C# so that sorting with a cmp function compares without running a Python
/// <c>__lt__</c> per comparison, as the pure-Python class in functools.py does.
/// </summary>
public sealed class PyKeyWrapper : PyObject
{
    public static readonly PyType TypeObject = BuiltinTypes.CreateStatic("KeyWrapper", BuiltinTypes.Object, "functools", subclassable: false);

    private readonly PyObject _cmp;
    /// <summary>The wrapped value; null for the function cmp_to_key returns (and after <c>del k.obj</c>).</summary>
    private PyObject? _obj;

    public PyKeyWrapper(PyObject cmp, PyObject? obj) : base(TypeObject)
    {
        _cmp = cmp;
        _obj = obj;
    }

    internal static void Init()
    {
        var t = TypeObject;
        t.InstanceFactory = null;
        t.TpCall = (ts, o, args, kw) =>
        {
            if (args.Length == 1 && kw == null) return new PyKeyWrapper(((PyKeyWrapper)o)._cmp, args[0]);
            // PyArg_ParseTupleAndKeywords("O:K"): a missing obj is reported before an unknown keyword.
            int nkw = kw?.Count ?? 0;
            if (args.Length - nkw == 0 && (nkw == 0 || !kw!.Items.Any(k => k is PyStr { Value: "obj" })))
                throw PyErr.TypeError("K() missing required argument 'obj' (pos 1)");
            var a = Args.Parse("K", args, kw, ["obj"], 1);
            return new PyKeyWrapper(((PyKeyWrapper)o)._cmp, a[0]);
        };
        t.TpRichCompare = Compare;
        // 3.14 gives the wrappers a signature, so inspect.signature(key) works on them.
        t.AddGetSet("__text_signature__", (ts, o) => PyStr.From("(obj)"));
        t.Dict.SetItemStr(Names.__hash__, PyNone.Value);
        t.TpHash = (ts, o) => throw PyErr.TypeError($"unhashable type: '{o.ObType.TpName}'");
        // A writable T_OBJECT member: reads None while unset, and del unsets it.
        t.AddMember("obj", (ts, o) => ((PyKeyWrapper)o)._obj ?? PyNone.Value,
            (ts, o, v) => ((PyKeyWrapper)o)._obj = v, "Value wrapped by a key function.");
    }

    private static PyObject Compare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (!ReferenceEquals(b.ObType, a.ObType)) throw PyErr.TypeError("other argument must be K instance");
        var x = ((PyKeyWrapper)a)._obj;
        var y = ((PyKeyWrapper)b)._obj;
        if (x == null || y == null) throw PyErr.AttributeError("object");
        var res = Ops.Call(ts, ((PyKeyWrapper)a)._cmp, x, y);
        return Ops.RichCompare(ts, res, PyInt.From(0), op);
    }
}
