using System.Runtime.CompilerServices;
using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Kaa.Tests.Objects;
using Xunit;

namespace Kaa.Tests.Modules;

/// <summary>_weakref; expected values from CPython 3.13.</summary>
public sealed class WeakrefTests : ObjectTestBase
{
    private readonly PyModule _wr;
    private readonly PyType _c;

    public WeakrefTests()
    {
        _wr = ModuleRegistry.Create(Ts, ModuleRegistry.Find("_weakref")!);
        var ns = new PyDict();
        ns.SetItemStr(PyStr.From("__module__"), S("__main__"));
        _c = (PyType)Ops.Call(Ts, BuiltinTypes.Type, [S("C"), T(), ns]);
    }

    private PyObject W(string name) => _wr.Dict.GetStr(name)!;
    private PyObject NewC() => Ops.Call(Ts, _c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (PyObject Plain, PyObject WithCallback, PyObject Proxy) MakeRefsToGarbage(PyObject callback)
    {
        var o = NewC();
        return (Ops.Call(Ts, W("ref"), o), Ops.Call(Ts, W("ref"), o, callback), Ops.Call(Ts, W("proxy"), o));
    }

    [Fact]
    public void RefBasics()
    {
        var o = NewC();
        var r1 = Ops.Call(Ts, W("ref"), o);
        Assert.Same(r1, Ops.Call(Ts, W("ref"), o));
        var cb = B("len");
        var r2 = Ops.Call(Ts, W("ref"), o, cb);
        Assert.NotSame(r1, r2);
        Assert.Same(o, Ops.Call(Ts, r1));
        Assert.True(Eq(r1, r2));
        Assert.Equal(Hash(o), Hash(r1));
        Assert.Same(cb, Ops.GetAttr(Ts, r2, "__callback__"));
        Assert.Same(PyNone.Value, Ops.GetAttr(Ts, r1, "__callback__"));
        Assert.Equal("2", Repr(Ops.Call(Ts, W("getweakrefcount"), o)));
        Assert.Equal(2, Len(Ops.Call(Ts, W("getweakrefs"), o)));
        Assert.Matches("^<weakref at 0x[0-9a-f]+; to '__main__.C' at 0x[0-9a-f]+>$", Repr(r1));
        Assert.Matches(@"^<weakref at 0x[0-9a-f]+; to 'type' at 0x[0-9a-f]+ \(C\)>$", Repr(Ops.Call(Ts, W("ref"), _c)));
        Assert.Equal("ReferenceType", ((PyType)W("ref")).Name);
        Assert.Equal("<class 'weakref.ReferenceType'>", Repr(W("ref")));
        GC.KeepAlive(o);
    }

    [Fact]
    public void NotWeakrefable()
    {
        Assert.Equal("TypeError: cannot create weak reference to 'int' object", Err(() => Ops.Call(Ts, W("ref"), I(1))));
        Assert.Equal("TypeError: cannot create weak reference to 'list' object", Err(() => Ops.Call(Ts, W("ref"), L())));
        Assert.Equal("TypeError: cannot create weak reference to 'str' object", Err(() => Ops.Call(Ts, W("ref"), S("s"))));
        Assert.Equal("TypeError: cannot create weak reference to 'tuple' object", Err(() => Ops.Call(Ts, W("ref"), T())));
        Assert.Equal("TypeError: cannot create weak reference to 'NoneType' object", Err(() => Ops.Call(Ts, W("ref"), PyNone.Value)));
        Assert.Equal("TypeError: cannot create weak reference to 'object' object", Err(() => Ops.Call(Ts, W("ref"), Ops.Call(Ts, BuiltinTypes.Object))));
        Ops.Call(Ts, W("ref"), B("len"));
        Ops.Call(Ts, W("ref"), Ops.Call(Ts, BuiltinTypes.Set));
    }

    [Fact]
    public void DeadRefsAndCallbacks()
    {
        var calls = new PyList();
        var cb = Ops.GetAttr(Ts, calls, "append");
        var (plain, withCb, proxy) = MakeRefsToGarbage(cb);
        GcModule.Collect(Ts);
        GcModule.Collect(Ts);
        Assert.Same(PyNone.Value, Ops.Call(Ts, plain));
        Assert.Equal(1, calls.Count);
        Assert.Same(withCb, calls.Items[0]);
        Assert.Matches("^<weakref at 0x[0-9a-f]+; dead>$", Repr(plain));
        Assert.Equal("ReferenceError: weakly-referenced object no longer exists", Err(() => Ops.GetAttr(Ts, proxy, "x")));
        Assert.Equal("TypeError: weak object has gone away", Err(() => Hash(plain)));
        Assert.False(Eq(plain, withCb));
        Assert.True(Eq(plain, plain));
    }

    [Fact]
    public void Proxies()
    {
        var l = Ops.Call(Ts, _c);
        Ops.SetAttr(Ts, l, PyStr.From("n"), I(5));
        var p = Ops.Call(Ts, W("proxy"), l);
        Assert.Equal("5", Repr(Ops.GetAttr(Ts, p, "n")));
        Ops.SetAttr(Ts, p, PyStr.From("m"), I(6));
        Assert.Equal("6", Repr(Ops.GetAttr(Ts, l, "m")));
        Assert.Equal("<class 'weakref.CallableProxyType'>", Repr(Ops.Call(Ts, BuiltinTypes.Type, Ops.Call(Ts, W("proxy"), _c))));
        Assert.Equal("<class 'weakref.ProxyType'>", Repr(Ops.Call(Ts, BuiltinTypes.Type, p)));
        Assert.Equal("TypeError: unhashable type: 'weakref.ProxyType'", Err(() => Hash(p)));
        var s = Ops.Call(Ts, BuiltinTypes.Set, L(I(1), I(2)));
        var ps = Ops.Call(Ts, W("proxy"), s);
        Assert.Equal(2, Len(ps));
        Assert.True(Ops.Contains(Ts, ps, I(2)));
        Assert.Equal("{1, 2, 3}", Repr(Ops.BinaryOp(Ts, ps, Ops.Call(Ts, BuiltinTypes.Set, L(I(3))), BinOp.Or)));
        Assert.Matches("^<weakproxy at 0x[0-9a-f]+; to '__main__.C' at 0x[0-9a-f]+>$", Repr(p));
        GC.KeepAlive(l);
    }
}
