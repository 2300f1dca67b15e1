using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Xunit;

namespace Kaa.Tests.Objects;

public class SetTests : ObjectTestBase
{
    private PySet SetOf(params long[] v) => (PySet)Call("set", Ints(v));

    [Fact]
    public void ReprAndIterationOrderMatchCPython()
    {
        Assert.Equal("{0, 1, 8, 16, 24}", Repr(SetOf(8, 16, 0, 24, 1)));
        // A set display of constants is a frozenset constant merged into an empty set: {8, 16, 0, 24, 1}.
        var display = new PySet();
        display.Update(Ts, Call("frozenset", Ints(8, 16, 0, 24, 1)));
        Assert.Equal("{0, 1, 16, 8, 24}", Repr(display));
        Assert.Equal("{2, 5, 8, 11, 14, 17, 20}", Repr(Call("set", Call("range", I(20), I(0), I(-3)))));
        Assert.Equal("{32, 33, 7, -2, -1}", Repr(SetOf(-1, -2, 7, 33, 32)));
        Assert.Equal("{1, 3, 100, 5, 7, 9, 50}", Repr(SetOf(5, 3, 1, 9, 7, 100, 50)));
        Assert.Equal("set()", Repr(Call("set")));
        Assert.Equal("frozenset()", Repr(Call("frozenset")));
        Assert.Equal("frozenset({1, 2})", Repr(Ops.BinaryOp(Ts, Call("frozenset", Ints(1)), SetOf(2), BinOp.Or)));
        Assert.Equal("{1, 2}", Repr(Ops.BinaryOp(Ts, SetOf(1), Call("frozenset", Ints(2)), BinOp.Or)));
        Assert.Equal("{(1, 2)}", Repr(Call("set", L(T(I(1), I(2))))));
    }

    [Fact]
    public void FrozensetHashMatchesCPython()
    {
        Assert.Equal(133146708735736L, Hash(Call("frozenset")));
        Assert.Equal(-272375401224217160L, Hash(Call("frozenset", Ints(1, 2, 3))));
        Assert.Equal(-6548371368010137189L, Hash(Call("frozenset", L(I(-1), I(100), Big("1180591620717411303424")))));
        Assert.Equal("TypeError: unhashable type: 'set'", Err(() => Hash(SetOf(1))));
        Assert.Equal("TypeError: cannot use 'list' as a set element (unhashable type: 'list')", Err(() => Call("set", L(L()))));
    }

    [Fact]
    public void Operators()
    {
        Assert.Equal("{1}", Repr(Ops.BinaryOp(Ts, SetOf(1, 2), SetOf(2), BinOp.Sub)));
        Assert.Equal("{1, 3}", Repr(Ops.BinaryOp(Ts, SetOf(1, 2), SetOf(2, 3), BinOp.Xor)));
        Assert.Equal("{2}", Repr(Ops.BinaryOp(Ts, SetOf(1, 2), SetOf(2, 3), BinOp.And)));
        Assert.Equal("TypeError: unsupported operand type(s) for |: 'set' and 'list'", Err(() => Ops.BinaryOp(Ts, SetOf(1), Ints(1), BinOp.Or)));
        Assert.Equal("TypeError: '<' not supported between instances of 'set' and 'list'", Err(() => Ops.RichCompare(Ts, SetOf(1), Ints(1), CompareOp.Lt)));
        Assert.True(Ops.RichCompareBool(Ts, SetOf(1), SetOf(1, 2), CompareOp.Lt));
        Assert.False(Ops.RichCompareBool(Ts, SetOf(1, 2), SetOf(1, 2), CompareOp.Lt));
        Assert.True(Ops.RichCompareBool(Ts, SetOf(1, 2), SetOf(1, 2), CompareOp.Le));
        Assert.True(Eq(SetOf(1, 2), Call("frozenset", Ints(2, 1))));
        var s = SetOf(1);
        var r = Ops.InPlaceOp(Ts, s, SetOf(5), BinOp.Or);
        Assert.Same(s, r);
        Assert.Equal("{1, 5}", Repr(s));
        var f = Call("frozenset", Ints(1));
        var r2 = Ops.InPlaceOp(Ts, f, SetOf(5), BinOp.Or);
        Assert.NotSame(f, r2);
        Assert.Equal("frozenset({1, 5})", Repr(r2));
        Ops.InPlaceOp(Ts, s, SetOf(1), BinOp.Sub);
        Assert.Equal("{5}", Repr(s));
    }

    [Fact]
    public void Methods()
    {
        Assert.Equal("{1, 2, 3}", Repr(M(SetOf(1), "union", Ints(2), T(I(3)))));
        Assert.Equal("True", Repr(M(SetOf(1, 2), "issubset", Ints(1, 2, 3))));
        Assert.Equal("True", Repr(M(SetOf(1, 2, 3), "issuperset", Ints(1, 2))));
        Assert.Equal("False", Repr(M(SetOf(1, 2), "isdisjoint", Ints(2))));
        Assert.Equal("{1}", Repr(M(SetOf(1, 2, 3), "difference", Ints(2), Ints(3))));
        Assert.Equal("{2}", Repr(M(SetOf(1, 2, 3), "intersection", Ints(2, 7), SetOf(2, 3))));
        var s = SetOf(1, 2, 3);
        M(s, "intersection_update", Ints(2, 3, 4));
        Assert.Equal("{2, 3}", Repr(s));
        M(s, "symmetric_difference_update", Ints(3, 4));
        Assert.Equal("{2, 4}", Repr(s));
        Assert.Equal("KeyError: 2", Err(() => M(SetOf(1), "remove", I(2))).Replace("KeyError: 2", "KeyError: 2"));
        Assert.Equal("KeyError: 'pop from an empty set'", Err(() => M(Call("set"), "pop")));
        Assert.Equal("1", Repr(M(SetOf(1, 2, 3), "pop")));
        Assert.Equal("TypeError: set expected at most 1 argument, got 2", Err(() => Call("set", I(1), I(2))));
        Assert.Equal("TypeError: set() takes no keyword arguments", Err(() => CallKw(B("set"), [], ("a", I(1)))));
    }

    [Fact]
    public void SetOfSetsUsesFrozensetLookup()
    {
        var outer = Call("set", L(Call("frozenset", Ints(1))));
        Assert.Equal("{frozenset({1})}", Repr(outer));
        Assert.True(Ops.Contains(Ts, outer, SetOf(1)));
        M(outer, "discard", SetOf(1));
        Assert.Equal(0, Len(outer));
    }

    [Fact]
    public void ChangedSizeDuringIteration()
    {
        var s = SetOf(1, 2, 3);
        var it = Ops.GetIter(Ts, s);
        M(s, "add", I(9));
        Assert.Equal("RuntimeError: Set changed size during iteration", Err(() => Ops.Next(Ts, it)));
    }

    [Fact]
    public void LargeSetGrowsAndShrinks()
    {
        var s = new PySet();
        for (int i = 0; i < 10000; i++) s.Add(Ts, PyInt.From(i * 7));
        Assert.Equal(10000, s.Count);
        for (int i = 0; i < 10000; i += 2) Assert.True(s.Discard(Ts, PyInt.From(i * 7)));
        Assert.Equal(5000, s.Count);
        Assert.True(s.Contains(Ts, PyInt.From(7)));
        Assert.False(s.Contains(Ts, PyInt.From(14)));
        var strs = new PySet();
        for (int i = 0; i < 1000; i++) strs.Add(Ts, PyStr.From("k" + i));
        Assert.True(strs.Contains(Ts, PyStr.From("k999")));
    }
}
