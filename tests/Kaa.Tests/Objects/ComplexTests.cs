using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Xunit;

namespace Kaa.Tests.Objects;

public class ComplexTests : ObjectTestBase
{
    private static PyComplex C(double re, double im) => new(re, im);
    private PyObject Cs(string s) => Call("complex", S(s));

    [Fact]
    public void ReprForms()
    {
        Assert.Equal("(1+2j)", Repr(C(1, 2)));
        Assert.Equal("1j", Repr(C(0, 1)));
        Assert.Equal("(-0-0j)", Repr(C(-0.0, -0.0)));
        Assert.Equal("(inf+nanj)", Repr(C(double.PositiveInfinity, double.NaN)));
        Assert.Equal("-1j", Repr(C(0, -1)));
        Assert.Equal("(1.5+0j)", Repr(Call("complex", F(1.5))));
        Assert.Equal("0j", Repr(C(0, 0)));
        Assert.Equal("(-0+0j)", Repr(C(-0.0, 0)));
    }

    [Fact]
    public void FromString()
    {
        Assert.Equal("(1+2j)", Repr(Cs("1+2j")));
        Assert.Equal("(3-4.5j)", Repr(Cs(" ( 3-4.5j ) ")));
        Assert.Equal("1j", Repr(Cs("j")));
        Assert.Equal("-1j", Repr(Cs("-j")));
        Assert.Equal("(1000+0j)", Repr(Cs("1e3")));
        Assert.Equal("nanj", Repr(Cs("nanj")));
        Assert.Equal("-infj", Repr(Cs("-infj")));
        Assert.Equal("1j", Repr(Cs(" 1J")));
        Assert.Equal("(0.0015-200j)", Repr(Cs("+1.5e-3-2E2j")));
        foreach (var bad in new[] { "1+", "", "j1", "1+2", "1 + 2j", "(1+2j", "x" })
            Assert.Equal("ValueError: complex() arg is a malformed string", Err(() => Cs(bad)));
    }

    [Fact]
    public void Arithmetic()
    {
        var z = C(1, 2);
        Assert.Equal(1000003L, Hash(C(0, 1)));
        Assert.Equal(Hash(I(2)), Hash(C(2, 0)));
        Assert.Equal(-2305843009215693957L, Hash(C(1.5, -2.5)));
        Assert.Equal("5.0", Repr(Ops.Absolute(Ts, C(3, 4))));
        Assert.Equal("(1-2j)", Repr(M(z, "conjugate")));
        Assert.Equal("1.0", Repr(Ops.GetAttr(Ts, z, "real")));
        Assert.Equal("(5+5j)", Repr(Ops.BinaryOp(Ts, z, C(3, -1), BinOp.Mul)));
        Assert.Equal("(0.1+0.7000000000000001j)", Repr(Ops.BinaryOp(Ts, z, C(3, -1), BinOp.TrueDiv)));
        Assert.Equal("(-3+4j)", Repr(Ops.BinaryOp(Ts, z, I(2), BinOp.Pow)));
        Assert.Equal("(1.272019649514069+0.7861513777574233j)", Repr(Ops.BinaryOp(Ts, z, F(0.5), BinOp.Pow)));
        Assert.Equal("(0.7692389013639721+0.6389612763136348j)", Repr(Ops.BinaryOp(Ts, I(2), C(0, 1), BinOp.Pow)));
        Assert.Equal("(0.20787957635076193+0j)", Repr(Ops.BinaryOp(Ts, C(0, 1), C(0, 1), BinOp.Pow)));
        Assert.True(Eq(C(1, 0), I(1)));
        Assert.False(Eq(C(0, 1), F(1.5)));
        Assert.Equal("(-0-1j)", Repr(Ops.Negative(Ts, C(0, 1))));
        Assert.False(Ops.IsTrue(Ts, C(0, 0)));
        Assert.Equal("(-2+2j)", Repr(Call("complex", z, C(0, 3))));
        Assert.Equal("(1+0j)", Repr(Call("complex", PyBool.True)));
        Assert.Equal("(1+1j)", Repr(Ops.BinaryOp(Ts, C(0, 1), PyBool.True, BinOp.Add)));
        Assert.Equal("(3-1j)", Repr(Ops.BinaryOp(Ts, I(3), C(0, 1), BinOp.Sub)));
        Assert.Equal("3j", Repr(Ops.BinaryOp(Ts, F(1.5), C(0, 2), BinOp.Mul)));
        Assert.Equal("(-0-8j)", Repr(Ops.BinaryOp(Ts, C(0, 2), I(3), BinOp.Pow)));
        Assert.Equal("32j", Repr(Ops.BinaryOp(Ts, C(1, 1), I(10), BinOp.Pow)));
        Assert.Equal("(0.25+0j)", Repr(Ops.BinaryOp(Ts, C(2, 0), I(-2), BinOp.Pow)));
        Assert.Equal("(1+0j)", Repr(Ops.BinaryOp(Ts, C(0, 0), I(0), BinOp.Pow)));
        Assert.Equal("(inf+infj)", Repr(Ops.BinaryOp(Ts, C(1e308, 1e308), I(10), BinOp.Mul)));
        Assert.Equal("(inf+0j)", Repr(Ops.BinaryOp(Ts, C(1e300, 1e300), C(1e-300, 1e-300), BinOp.TrueDiv)));
        Assert.Equal("inf", Repr(Ops.Absolute(Ts, C(double.PositiveInfinity, double.NaN))));
        Assert.Equal("2j", Repr(CallKw(B("complex"), [], ("imag", I(2)))));
        Assert.Equal("(1.0, 2.0)", Repr(M(z, "__getnewargs__")));
    }

    [Fact]
    public void Errors()
    {
        Assert.Equal("TypeError: complex() argument 'real' must be a real number, not str", Err(() => Call("complex", S("1"), I(2))));
        Assert.Equal("TypeError: complex() argument 'imag' must be a real number, not str", Err(() => Call("complex", I(1), S("2"))));
        Assert.Equal("TypeError: complex() argument must be a string or a number, not list", Err(() => Call("complex", L())));
        Assert.Equal("ZeroDivisionError: division by zero", Err(() => Ops.BinaryOp(Ts, C(0, 1), I(0), BinOp.TrueDiv)));
        Assert.Equal("ZeroDivisionError: division by zero", Err(() => Ops.BinaryOp(Ts, I(1), C(0, 0), BinOp.TrueDiv)));
        Assert.Equal("TypeError: unsupported operand type(s) for //: 'complex' and 'int'", Err(() => Ops.BinaryOp(Ts, C(0, 1), I(1), BinOp.FloorDiv)));
        Assert.Equal("TypeError: unsupported operand type(s) for %: 'complex' and 'int'", Err(() => Ops.BinaryOp(Ts, C(0, 1), I(1), BinOp.Mod)));
        Assert.Equal("TypeError: '<' not supported between instances of 'complex' and 'complex'", Err(() => Ops.RichCompare(Ts, C(0, 1), C(0, 2), CompareOp.Lt)));
        Assert.Equal("ZeroDivisionError: zero to a negative or complex power", Err(() => Ops.BinaryOp(Ts, C(0, 0), I(-1), BinOp.Pow)));
        Assert.Equal("TypeError: complex() got an unexpected keyword argument 'x'", Err(() => CallKw(B("complex"), [], ("real", I(1)), ("x", I(2)))));
        Assert.Equal("TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'", Err(() => Ops.BinaryOp(Ts, C(0, 1), I(1), BinOp.DivMod)));
    }
}
