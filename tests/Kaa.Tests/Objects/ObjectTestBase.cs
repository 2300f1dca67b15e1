using Kaa.Runtime;
using Kaa.Runtime.Objects;
using ThreadState = Kaa.Runtime.State.ThreadState;
using RuntimeState = Kaa.Runtime.State.RuntimeState;

namespace Kaa.Tests.Objects;

/// <summary>
/// Helpers for testing built-in types through the abstract API while the eval loop is not there yet.
/// Expected values in the tests come from CPython 3.13.
/// </summary>
public abstract class ObjectTestBase
{
    protected readonly RuntimeState Rt = new();
    protected ThreadState Ts => Rt.MainInterpreter.InitialThread;

    protected PyObject B(string name) => Ts.Interp.BuiltinsDict.GetStr(name) ?? throw new InvalidOperationException($"no builtin {name}");
    protected PyObject Call(string builtin, params PyObject[] args) => Ops.Call(Ts, B(builtin), args);
    protected PyObject CallKw(PyObject callable, PyObject[] args, params (string Name, PyObject Value)[] kw)
    {
        var all = new PyObject[args.Length + kw.Length];
        args.CopyTo(all, 0);
        var names = new PyObject[kw.Length];
        for (int i = 0; i < kw.Length; i++) { names[i] = PyStr.From(kw[i].Name); all[args.Length + i] = kw[i].Value; }
        return Ops.Call(Ts, callable, all, new PyTuple(names));
    }
    protected PyObject M(PyObject self, string method, params PyObject[] args) => Ops.CallMethod(Ts, self, method, args);
    protected string Repr(PyObject o) => Ops.ReprString(Ts, o);
    protected string Str(PyObject o) => Ops.StrString(Ts, o);
    protected bool Eq(PyObject a, PyObject b) => Ops.RichCompareBool(Ts, a, b, CompareOp.Eq);
    protected long Hash(PyObject o) => Ops.Hash(Ts, o);
    protected long Len(PyObject o) => Ops.Length(Ts, o);

    protected static PyInt I(long v) => PyInt.From(v);
    protected static PyInt Big(string v) => PyInt.From(System.Numerics.BigInteger.Parse(v));
    protected static PyStr S(string v) => PyStr.From(v);
    protected static PyFloat F(double v) => new(v);
    protected static PyTuple T(params PyObject[] items) => PyTuple.Create(items);
    protected static PyList L(params PyObject[] items) => new(items);
    protected static PyList Ints(params long[] v) => new(v.Select(x => (PyObject)PyInt.From(x)).ToArray());
    protected static PyBytes By(string latin1) => new(System.Text.Encoding.Latin1.GetBytes(latin1));

    /// <summary>Runs a and returns "TypeName: message" of the Python exception it raises.</summary>
    protected string Err(Func<object?> a)
    {
        try { a(); }
        catch (PyException e) { return $"{e.Value.ObType.Name}: {Ops.StrString(Ts, e.Value)}"; }
        throw new Xunit.Sdk.XunitException("no exception raised");
    }

    protected string Err(Action a) => Err(() => { a(); return null; });

    /// <summary>The items of an iterable, repr'd and joined like a list repr.</summary>
    protected string ListRepr(PyObject iterable) => Repr(new PyList(Ops.ToArray(Ts, iterable)));
}
