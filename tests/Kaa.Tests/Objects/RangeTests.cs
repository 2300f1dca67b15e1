using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Xunit;

namespace Kaa.Tests.Objects;

public class RangeTests : ObjectTestBase
{
    private PyObject R(params long[] a) => Call("range", a.Select(x => (PyObject)I(x)).ToArray());

    [Fact]
    public void ReprSliceIndex()
    {
        var r = R(0, 10, 3);
        Assert.Equal("range(0, 10, 3)", Repr(r));
        Assert.Equal("range(0, 5)", Repr(R(5)));
        Assert.Equal("range(1, 2)", Repr(R(1, 2, 1)));
        Assert.Equal("range(3, 12, 3)", Repr(Ops.GetItem(Ts, r, new PySlice(I(1), PyNone.Value, PyNone.Value))));
        Assert.Equal("range(9, -3, -3)", Repr(Ops.GetItem(Ts, r, new PySlice(PyNone.Value, PyNone.Value, I(-1)))));
        Assert.Equal("9", Repr(Ops.GetItem(Ts, r, I(-1))));
        Assert.Equal("range(0, 1)", Repr(Call("range", PyBool.True)));
        Assert.Equal("2", Repr(M(r, "index", I(6))));
        Assert.Equal("1", Repr(M(r, "count", I(9))));
        Assert.Equal("[9, 5, 1]", ListRepr(Call("reversed", R(1, 10, 4))));
        Assert.Equal("[0, 1, 2]", ListRepr(R(3)));
        Assert.Equal("[]", ListRepr(R(-5)));
        Assert.Equal("[5, 3, 1]", ListRepr(R(5, 0, -2)));
    }

    [Fact]
    public void BigRanges()
    {
        var big = Call("range", Big("1000000000000000000000000000000"));
        Assert.Equal("999999999999999999999999999999", Repr(Ops.GetItem(Ts, big, I(-1))));
        Assert.Equal("OverflowError: Python int too large to convert to C ssize_t", Err(() => Len(big)));
        Assert.Equal("longrange_iterator", Ops.GetIter(Ts, big).ObType.Name);
        Assert.Equal("range_iterator", Ops.GetIter(Ts, R(3)).ObType.Name);
        var r2 = Call("range", Big("100000000000000000000"), Big("100000000000000000005"));
        Assert.Equal("range(100000000000000000002, 100000000000000000004)", Repr(Ops.GetItem(Ts, r2, new PySlice(I(2), I(4), PyNone.Value))));
        var r3 = Call("range", I(0), Big("100000000000000000000"), Big("10000000000000000000"));
        Assert.Equal("range(0, 100000000000000000000, 30000000000000000000)", Repr(Ops.GetItem(Ts, r3, new PySlice(PyNone.Value, PyNone.Value, I(3)))));
        Assert.True(Ops.Contains(Ts, r3, Big("50000000000000000000")));
        Assert.Equal("[9223372036854775806, 9223372036854775807]", ListRepr(Call("range", I(long.MaxValue - 1), Big("9223372036854775808"))));
    }

    [Fact]
    public void EqualityAndHash()
    {
        Assert.True(Eq(R(0), R(2, 2)));
        Assert.True(Eq(R(1, 2, 5), R(1, 3, 7)));
        Assert.False(Eq(R(1, 5), R(1, 6)));
        Assert.Equal(Hash(R(0)), Hash(R(5, 5)));
        Assert.Equal(Hash(T(I(3), I(0), I(1))), Hash(R(3)));
        Assert.Equal(Hash(T(I(0), PyNone.Value, PyNone.Value)), Hash(R(0)));
        Assert.Equal(Hash(T(I(1), I(1), PyNone.Value)), Hash(R(1, 2)));
        Assert.True(Ops.Contains(Ts, R(10), I(5)));
        Assert.False(Ops.Contains(Ts, R(0, 10, 2), I(5)));
        Assert.True(Ops.Contains(Ts, R(10), F(5.0)));
        Assert.Equal("(<class 'range'>, (0, 3, 1))", Repr(M(R(3), "__reduce__")));
        Assert.False(Ops.IsTrue(Ts, R(0)));
    }

    [Fact]
    public void Errors()
    {
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", Err(() => Call("range", F(1.5))));
        Assert.Equal("TypeError: range expected at least 1 argument, got 0", Err(() => Call("range")));
        Assert.Equal("ValueError: range() arg 3 must not be zero", Err(() => R(1, 2, 0)));
        Assert.Equal("IndexError: range object index out of range", Err(() => Ops.GetItem(Ts, R(3), I(5))));
        Assert.Equal("TypeError: range indices must be integers or slices, not str", Err(() => Ops.GetItem(Ts, R(3), S("a"))));
        Assert.Equal("ValueError: range.index(x): x not in range", Err(() => M(R(3), "index", I(7))));
        Assert.Equal("TypeError: range expected at most 3 arguments, got 4", Err(() => R(1, 2, 3, 4)));
        Assert.Equal("TypeError: range() takes no keyword arguments", Err(() => CallKw(B("range"), [], ("x", I(1)))));
    }
}
