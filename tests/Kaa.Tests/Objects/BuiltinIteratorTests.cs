using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Xunit;

namespace Kaa.Tests.Objects;

public class BuiltinIteratorTests : ObjectTestBase
{
    [Fact]
    public void Results()
    {
        Assert.Equal("[(5, 'a'), (6, 'b')]", ListRepr(Call("enumerate", S("ab"), I(5))));
        Assert.Equal("[(1180591620717411303424, 'a')]", ListRepr(CallKw(B("enumerate"), [S("a")], ("start", Big("1180591620717411303424")))));
        Assert.Equal("[(9223372036854775806, 'a'), (9223372036854775807, 'b'), (9223372036854775808, 'c')]",
            ListRepr(Call("enumerate", S("abc"), I(long.MaxValue - 1))));
        Assert.Equal("[('a', 1), ('b', 2)]", ListRepr(Call("zip", S("ab"), Ints(1, 2, 3))));
        Assert.Equal("[]", ListRepr(Call("zip")));
        Assert.Equal("[16, 243]", ListRepr(Call("map", B("pow"), Ints(2, 3), Ints(4, 5, 6))));
        Assert.Equal("[1, 2]", ListRepr(Call("filter", PyNone.Value, L(I(0), I(1), S(""), I(2)))));
        Assert.Equal("[1, 2]", ListRepr(Call("filter", B("bool"), L(I(0), I(1), S(""), I(2)))));
        Assert.Equal("['c', 'b', 'a']", ListRepr(Call("reversed", S("abc"))));
        Assert.Equal("[3, 2, 1]", ListRepr(Call("reversed", T(I(1), I(2), I(3)))));
        Assert.Equal("list_reverseiterator", Call("reversed", L()).ObType.Name);
        Assert.Equal("reversed", Call("reversed", S("ab")).ObType.Name);
        Assert.Equal("zip", Call("zip").ObType.Name);
        Assert.StartsWith("<enumerate object at 0x", Repr(Call("enumerate", L())));
    }

    [Fact]
    public void Errors()
    {
        Assert.Equal("ValueError: zip() argument 2 is shorter than argument 1", Err(() => Ops.ToArray(Ts, CallKw(B("zip"), [Ints(1, 2), Ints(3)], ("strict", PyBool.True)))));
        Assert.Equal("ValueError: zip() argument 2 is longer than argument 1", Err(() => Ops.ToArray(Ts, CallKw(B("zip"), [Ints(1), Ints(3, 4)], ("strict", PyBool.True)))));
        Assert.Equal("ValueError: zip() argument 3 is longer than arguments 1-2", Err(() => Ops.ToArray(Ts, CallKw(B("zip"), [Ints(1), Ints(3), Ints(4, 5)], ("strict", PyBool.True)))));
        Assert.Equal("ValueError: zip() argument 3 is shorter than arguments 1-2", Err(() => Ops.ToArray(Ts, CallKw(B("zip"), [Ints(1, 2), Ints(3, 4), Ints(4)], ("strict", PyBool.True)))));
        Assert.Equal("[(1, 3)]", ListRepr(CallKw(B("zip"), [Ints(1), Ints(3)], ("strict", PyBool.True))));
        Assert.Equal("TypeError: 'int' object is not iterable", Err(() => Call("zip", I(1))));
        Assert.Equal("TypeError: enumerate() missing required argument 'iterable'", Err(() => Call("enumerate")));
        Assert.Equal("TypeError: map() must have at least two arguments.", Err(() => Call("map", B("len"))));
        Assert.Equal("TypeError: filter expected 2 arguments, got 1", Err(() => Call("filter", PyNone.Value)));
        Assert.Equal("TypeError: 'int' object is not reversible", Err(() => Call("reversed", I(1))));
        Assert.Equal("TypeError: 'set' object is not reversible", Err(() => Call("reversed", Call("set"))));
        Assert.Equal("TypeError: zip() got an unexpected keyword argument 'x'", Err(() => CallKw(B("zip"), [], ("x", I(1)))));
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", Err(() => CallKw(B("enumerate"), [L()], ("start", F(1.5)))));
        Assert.Equal("TypeError: filter() takes no keyword arguments", Err(() => CallKw(B("filter"), [PyNone.Value, L()], ("x", I(1)))));
        Assert.Equal("TypeError: reversed expected 1 argument, got 2", Err(() => Call("reversed", L(), L())));
        Assert.Equal("TypeError: enumerate() takes at most 2 arguments (3 given)", Err(() => Call("enumerate", L(), I(1), I(2))));
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for enumerate()", Err(() => CallKw(B("enumerate"), [], ("iterable", L()), ("x", I(1)))));
    }
}

public class SuperTests : ObjectTestBase
{
    private PyType Class(string name, PyType[] bases, params (string, PyObject)[] attrs)
    {
        var d = new PyDict();
        d.SetItemStr("__module__", S("__main__"));
        foreach (var (k, v) in attrs) d.SetItemStr(k, v);
        return (PyType)Ops.Call(Ts, BuiltinTypes.Type, [S(name), new PyTuple(bases), d]);
    }

    private static PyObject Fn(string name, BuiltinFunc f) => new PyBuiltinFunction(name, f);

    [Fact]
    public void TwoArgumentForm()
    {
        var returnFirst = Fn("c", (ts, _, a, kw) => T(S("A.c"), Ops.GetAttr(ts, a[0], "__name__")));
        var a = Class("A", [BuiltinTypes.Object], ("x", I(1)),
            ("c", Ops.Call(Ts, BuiltinTypes.ClassMethod, returnFirst)),
            ("s", Ops.Call(Ts, BuiltinTypes.StaticMethod, Fn("s", (ts, _, a, kw) => S("A.s")))));
        var b = Class("B", [a], ("x", I(2)));
        var inst = Ops.Call(Ts, b);
        var sup = Call("super", b, inst);
        Assert.Equal("<super: <class 'B'>, <B object>>", Repr(sup));
        Assert.Equal("<super: <class 'B'>, <B object>>", Repr(Call("super", b, b)));
        Assert.Equal("<super: <class 'B'>, NULL>", Repr(Call("super", b)));
        Assert.Equal("1", Repr(Ops.GetAttr(Ts, sup, "x")));
        Assert.Equal("('A.c', 'B')", Repr(M(sup, "c")));
        Assert.Equal("('A.c', 'B')", Repr(M(Call("super", b, b), "c")));
        Assert.Equal("'A.s'", Repr(M(sup, "s")));
        Assert.Equal("<class 'super'>", Repr(Ops.GetAttr(Ts, sup, "__class__")));
        Assert.Same(b, Ops.GetAttr(Ts, sup, "__thisclass__"));
        Assert.Same(b, Ops.GetAttr(Ts, sup, "__self_class__"));
        Assert.Same(inst, Ops.GetAttr(Ts, sup, "__self__"));
        // super().__init__() reaches object.__init__.
        Assert.Same(PyNone.Value, M(sup, "__init__"));
        Assert.Equal("TypeError: super(type, obj): obj (instance of int) is not an instance or subtype of type (B).", Err(() => Call("super", b, I(1))));
        Assert.Equal("TypeError: super() argument 1 must be a type, not int", Err(() => Call("super", I(1), inst)));
        Assert.Equal("AttributeError: 'super' object has no attribute 'nope'", Err(() => Ops.GetAttr(Ts, sup, "nope")));
        Assert.StartsWith("RuntimeError: super(): ", Err(() => Call("super")));
    }
}
