using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Xunit;

namespace Kaa.Tests.Objects;

public class ListTests : ObjectTestBase
{
    [Fact]
    public void IndexWithBounds()
    {
        var t = T(I(1), I(2), I(3), I(2), I(1));
        Assert.Equal("3", Repr(M(t, "index", I(2), I(2))));
        Assert.Equal("4", Repr(M(t, "index", I(1), I(-1))));
        Assert.Equal("1", Repr(M(t, "index", I(2), I(0), I(2))));
        Assert.Equal("ValueError: tuple.index(x): x not in tuple", Err(() => M(t, "index", I(2), I(4))));
        var l = Ints(1, 2, 3, 2, 1);
        Assert.Equal("3", Repr(M(l, "index", I(2), I(2))));
        Assert.Equal("ValueError: list.index(x): x not in list", Err(() => M(Ints(1), "index", I(2))));
        Assert.Equal("IndexError: pop from empty list", Err(() => M(L(), "pop")));
        Assert.Equal("ValueError: list.remove(x): x not in list", Err(() => M(Ints(1), "remove", I(3))));
    }

    [Fact]
    public void SortIsStableAndDetectsMutation()
    {
        Assert.Equal("['A', 'a', 'b', 'B']", Repr(CallKw(B("sorted"), [L(S("b"), S("A"), S("a"), S("B"))], ("key", Ops.GetAttr(Ts, BuiltinTypes.Str, "lower")))));
        Assert.Equal("[3, 2, 1]", Repr(CallKw(B("sorted"), [Ints(3, 1, 2)], ("reverse", PyBool.True))));
        var first = Ops.Call(Ts, B("getattr"), [B("tuple"), S("__getitem__")]);
        var pairs = L(T(I(1), S("x")), T(I(0), S("y")), T(I(1), S("a")));
        var keyFn = new PyBuiltinFunction("k", (ts, _, a, kw) => Ops.GetItem(ts, a[0], I(0)));
        Assert.Equal("[(1, 'x'), (1, 'a'), (0, 'y')]", Repr(CallKw(B("sorted"), [pairs], ("key", keyFn), ("reverse", PyBool.True))));
        Assert.Equal("[(0, 'y'), (1, 'x'), (1, 'a')]", Repr(CallKw(B("sorted"), [pairs], ("key", keyFn))));
        Assert.Equal("['a', '\\ud800', '\\uffff', '\U00010000']", Repr(Call("sorted", L(S("\U00010000"), S("\uffff"), S("a"), S("\ud800")))));
        Assert.Equal("TypeError: '<' not supported between instances of 'str' and 'int'", Err(() => M(L(I(1), S("a")), "sort")));
        Assert.Equal("TypeError: sort() takes no positional arguments", Err(() => M(Ints(1), "sort", I(1))));

        var l = Ints(5, 2, 8);
        var mutating = new PyBuiltinFunction("k", (ts, _, a, kw) => { l.Append(I(1)); return a[0]; });
        Assert.Equal("ValueError: list modified during sort", Err(() => CallKw(Ops.GetAttr(Ts, l, "sort"), [], ("key", mutating))));
        Assert.Equal("[2, 5, 8]", Repr(l));

        // Large inputs through every comparison path.
        var rnd = new Random(7);
        var ints = Enumerable.Range(0, 5000).Select(_ => (long)rnd.Next(-1000, 1000)).ToArray();
        var big = Ints(ints);
        M(big, "sort");
        var expected = ints.OrderBy(x => x).ToArray();
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], ((PyInt)big.Items[i]).Small);
        var floats = new PyList(ints.Select(x => (PyObject)F(x / 7.0)).ToArray());
        M(floats, "sort");
        for (int i = 1; i < floats.Count; i++) Assert.True(((PyFloat)floats.Items[i - 1]).Value <= ((PyFloat)floats.Items[i]).Value);
        var mixed = new PyList(ints.Select((x, i) => i % 2 == 0 ? (PyObject)I(x) : F(x + 0.5)).ToArray());
        M(mixed, "sort");
        for (int i = 1; i < mixed.Count; i++) Assert.False(Ops.RichCompareBool(Ts, mixed.Items[i], mixed.Items[i - 1], CompareOp.Lt));
    }

    [Fact]
    public void CompareAndRepeat()
    {
        Assert.True(Ops.RichCompareBool(Ts, Ints(1, 2), Ints(1, 3), CompareOp.Lt));
        Assert.True(Ops.RichCompareBool(Ts, Ints(1, 2), Ints(1, 2, 0), CompareOp.Lt));
        Assert.False(Eq(Ints(1, 2), Ints(1)));
        var l = Ints(1, 2);
        Assert.Same(l, Ops.InPlaceOp(Ts, l, I(3), BinOp.Mul));
        Assert.Equal("[1, 2, 1, 2, 1, 2]", Repr(l));
        Ops.DelItem(Ts, l, new PySlice(PyNone.Value, PyNone.Value, I(2)));
        Assert.Equal("[2, 2, 2]", Repr(l));
    }

    [Fact]
    public void GenericAliasAndUnion()
    {
        var li = Ops.GetItem(Ts, BuiltinTypes.List, BuiltinTypes.Int);
        Assert.Equal("list[int]", Repr(li));
        Assert.Equal("dict[str, list[int]]", Repr(Ops.GetItem(Ts, BuiltinTypes.Dict, T(BuiltinTypes.Str, li))));
        Assert.Equal("tuple[int, ...]", Repr(Ops.GetItem(Ts, BuiltinTypes.Tuple, T(BuiltinTypes.Int, PyEllipsis.Value))));
        Assert.Equal("tuple[()]", Repr(Ops.GetItem(Ts, BuiltinTypes.Tuple, T())));
        Assert.Equal("(<class 'int'>,)", Repr(Ops.GetAttr(Ts, li, "__args__")));
        Assert.True(Eq(li, Ops.GetItem(Ts, BuiltinTypes.List, BuiltinTypes.Int)));
        Assert.Equal("[]", Repr(Ops.Call(Ts, li)));
        Assert.Equal("TypeError: isinstance() argument 2 cannot be a parameterized generic", Err(() => Ops.IsInstance(Ts, L(), li)));
        Assert.Equal("list[int] | None", Repr(Ops.BinaryOp(Ts, li, PyNone.Value, BinOp.Or)));
        Assert.Equal("None | list[int]", Repr(Ops.BinaryOp(Ts, PyNone.Value, li, BinOp.Or)));
        Assert.Equal("list[int] | str", Repr(Ops.BinaryOp(Ts, Ops.BinaryOp(Ts, li, BuiltinTypes.Str, BinOp.Or), li, BinOp.Or)));
        var u = PyUnionType.Or(Ts, BuiltinTypes.Int, BuiltinTypes.Str);
        Assert.Equal("int | str", Repr(u));
        Assert.True(Ops.IsInstance(Ts, I(1), u));
        Assert.True(Eq(u, PyUnionType.Or(Ts, BuiltinTypes.Str, BuiltinTypes.Int)));
    }
}
