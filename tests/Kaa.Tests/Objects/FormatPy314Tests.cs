using Kaa.Runtime;
using Kaa.Runtime.Objects;
using RuntimeState = Kaa.Runtime.State.RuntimeState;

namespace Kaa.Tests.Objects;

/// <summary>
/// Format-spec behaviour new in Python 3.14, which the CPython 3.13 used to generate the other cases cannot
/// produce: grouping of the fractional digits (gh-87790). Expected values are the examples of the 3.14
/// documentation ("Format Specification Mini-Language").
/// </summary>
public class FormatPy314Tests
{
    private static string Fmt(PyObject v, string spec)
    {
        var rt = new RuntimeState();
        return ((PyStr)Ops.Format(rt.MainInterpreter.InitialThread, v, PyStr.From(spec))).Value;
    }

    [Theory]
    [InlineData("_", "123_456_789.12345679")]
    [InlineData("._", "123456789.123_456_79")]
    [InlineData("_._", "123_456_789.123_456_79")]
    [InlineData(",.,", "123,456,789.123,456,79")]
    [InlineData(".4_f", "123456789.123_5")]
    [InlineData(".9,e", "1.234,567,891e+08")]
    public void FractionalGrouping(string spec, string expected) => Assert.Equal(expected, Fmt(new PyFloat(123456789.123456789), spec));

    [Fact]
    public void FractionalGroupingErrors()
    {
        var rt = new RuntimeState();
        var ts = rt.MainInterpreter.InitialThread;
        var e = Assert.Throws<PyException>(() => Ops.Format(ts, PyInt.From(5), PyStr.From("._d")));
        Assert.Equal("Cannot specify '_' with 'd'.", Ops.StrString(ts, e.Value));
        e = Assert.Throws<PyException>(() => Ops.Format(ts, new PyFloat(1.5), PyStr.From("._,f")));
        Assert.Equal("Cannot specify both ',' and '_'.", Ops.StrString(ts, e.Value));
    }
}
