using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Xunit;

namespace Kaa.Tests.Objects;

public class DictTests : ObjectTestBase
{
    private PyDict D(params (PyObject k, PyObject v)[] items)
    {
        var d = new PyDict();
        foreach (var (k, v) in items) d.SetItem(Ts, k, v);
        return d;
    }

    [Fact]
    public void Views()
    {
        var d = D((I(1), I(2)), (S("a"), L(I(3))));
        Assert.Equal("dict_keys([1, 'a'])", Repr(M(d, "keys")));
        Assert.Equal("dict_values([2, [3]])", Repr(M(d, "values")));
        Assert.Equal("dict_items([(1, 2), ('a', [3])])", Repr(M(d, "items")));
        Assert.Equal("dict_reversekeyiterator", Call("reversed", M(d, "keys")).ObType.Name);
        Assert.Equal("dict_reversekeyiterator", Call("reversed", d).ObType.Name);
        Assert.Equal("dict_reverseitemiterator", Call("reversed", M(d, "items")).ObType.Name);
        Assert.Equal("['a', 1]", ListRepr(Call("reversed", d)));
        Assert.Equal("[('a', [3]), (1, 2)]", ListRepr(Call("reversed", M(d, "items"))));
        var keys = M(d, "keys");
        Assert.Equal("{1}", Repr(Ops.BinaryOp(Ts, keys, Call("set", Ints(1)), BinOp.And)));
        Assert.True(Eq(Call("set", L(I(1), S("a"), I(5))), Ops.BinaryOp(Ts, keys, Ints(5), BinOp.Or)));
        Assert.Equal("{9}", Repr(Ops.BinaryOp(Ts, Call("set", Ints(1, 9)), keys, BinOp.Sub)));
        Assert.True(Eq(Call("set", L(S("a"), I(7))), Ops.BinaryOp(Ts, keys, Call("set", Ints(1, 7)), BinOp.Xor)));
        Assert.Equal("{(1, 2)}", Repr(Ops.BinaryOp(Ts, M(d, "items"), Call("set", L(T(I(1), I(2)))), BinOp.And)));
        Assert.True(Ops.Contains(Ts, M(d, "items"), T(I(1), I(2))));
        Assert.False(Ops.Contains(Ts, M(d, "items"), T(I(1), I(3))));
        Assert.True(Eq(keys, Call("set", L(I(1), S("a")))));
        Assert.Equal(2, Len(keys));
        Assert.Equal("TypeError: unhashable type: 'dict_keys'", Err(() => Hash(keys)));
        Assert.Equal("TypeError: '<' not supported between instances of 'dict_keys' and 'int'", Err(() => Ops.RichCompare(Ts, keys, I(1), CompareOp.Lt)));
        // Views are live.
        d.SetItem(Ts, I(7), I(8));
        Assert.Equal("dict_keys([1, 'a', 7])", Repr(keys));
    }

    [Fact]
    public void ChangedSizeAndRecursion()
    {
        var d = D((I(1), I(2)));
        var it = Ops.GetIter(Ts, d);
        d.SetItem(Ts, I(5), I(6));
        Assert.Equal("RuntimeError: dictionary changed size during iteration", Err(() => Ops.Next(Ts, it)));
        var d2 = D((I(1), I(1)));
        d2.SetItem(Ts, I(2), d2);
        Assert.Equal("{1: 1, 2: {...}}", Repr(d2));
        Assert.Equal("dict_items([(1, 1), (2, {1: 1, 2: {...}})])", Repr(M(d2, "items")));
        var l = Ints(1);
        l.Append(l);
        Assert.Equal("[1, [...]]", Repr(l));
        Assert.Equal("TypeError: unhashable type: 'list'", Err(() => Hash(L())));
        Assert.Equal("TypeError: unhashable type: 'dict'", Err(() => Hash(D())));
    }

    [Fact]
    public void ConstructionAndOperators()
    {
        Assert.Equal("{'a': None, 'b': None}", Repr(Ops.CallMethod(Ts, B("dict"), "fromkeys", S("ab"))));
        Assert.Equal("{1: 0, 2: 0}", Repr(Ops.CallMethod(Ts, B("dict"), "fromkeys", Call("set", Ints(1, 2)), I(0))));
        Assert.Equal("{'a': 1, 'b': 2}", Repr(CallKw(B("dict"), [], ("a", I(1)), ("b", I(2)))));
        Assert.Equal("{1: 2, 3: 4}", Repr(Ops.BinaryOp(Ts, D((I(1), I(2))), D((I(3), I(4))), BinOp.Or)));
        Assert.Equal("{1: 2}", Repr(Call("dict", L(T(I(1), I(2))))));
        Assert.Equal("ValueError: dictionary update sequence element #0 has length 1; 2 is required", Err(() => Call("dict", L(T(I(1))))));
    }
}
