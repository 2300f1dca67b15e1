using Kaa.Runtime;
using Kaa.Runtime.Objects;
using Xunit;

namespace Kaa.Tests.Objects;

public class BytesTests : ObjectTestBase
{
    private PyObject BA(string latin1) => Call("bytearray", By(latin1));

    [Fact]
    public void ReprAndConstruction()
    {
        Assert.Equal("b\"a'b\"", Repr(By("a'b")));
        Assert.Equal("b'a\\'\"'", Repr(By("a'\"")));
        Assert.Equal("b'\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\'", Repr(By("\x00\x7f\x80\xff\t\n\r\\")));
        Assert.Equal("bytearray(b'x')", Repr(BA("x")));
        Assert.Equal("b'a'", Str(By("a")));
        Assert.Equal("b'\\x00\\x00\\x00'", Repr(Call("bytes", I(3))));
        Assert.Equal("b'\\x01\\x02'", Repr(Call("bytes", Ints(1, 2))));
        Assert.Equal("b'h\\xc3\\xa9'", Repr(Call("bytes", S("hé"), S("utf-8"))));
        Assert.Equal("bytearray(b'\\x00\\x00')", Repr(Call("bytearray", I(2))));
        Assert.Equal("[97, 98]", ListRepr(By("ab")));
    }

    [Fact]
    public void Methods()
    {
        Assert.Equal("'01:0203'", Repr(M(new PyBytes([1, 2, 3]), "hex", S(":"), I(2))));
        Assert.Equal("'0102:03'", Repr(M(new PyBytes([1, 2, 3]), "hex", S(":"), I(-2))));
        Assert.Equal("b'\\x01\\n\\xff'", Repr(Ops.CallMethod(Ts, B("bytes"), "fromhex", S(" 01 0a\nff "))));
        Assert.Equal("[b'a', b'b', b'c']", Repr(M(By("a b  c"), "split")));
        Assert.Equal("[b'a', b'b', b',c']", Repr(M(By("a,b,,c"), "split", By(","), I(2))));
        Assert.Equal("[b'  a b', b'c']", Repr(M(By("  a b c "), "rsplit", PyNone.Value, I(1))));
        Assert.Equal("[b'a', b'b c ']", Repr(M(By("  a b c "), "split", PyNone.Value, I(1))));
        Assert.Equal("[b'a  ']", Repr(M(By(" a  "), "split", PyNone.Value, I(0))));
        Assert.Equal("[b' a']", Repr(M(By(" a  "), "rsplit", PyNone.Value, I(0))));
        Assert.Equal("[b'a\\r\\n', b'b\\n', b'c\\r']", Repr(M(By("a\r\nb\nc\r"), "splitlines", PyBool.True)));
        Assert.Equal("b'ab  c'", Repr(M(By("ab\tc"), "expandtabs", I(4))));
        Assert.Equal("b'Hello World'", Repr(M(By("hello world"), "title")));
        Assert.Equal("b'hELLO'", Repr(M(By("Hello"), "swapcase")));
        Assert.Equal("b'**abc***'", Repr(M(By("abc"), "center", I(8), By("*"))));
        Assert.Equal("b'-00012'", Repr(M(By("-12"), "zfill", I(6))));
        Assert.Equal("b'ac'", Repr(M(By("abc"), "translate", PyNone.Value, By("b"))));
        Assert.Equal("b'xy'", Repr(Ops.GetItem(Ts, Ops.CallMethod(Ts, B("bytes"), "maketrans", By("ab"), By("xy")), new PySlice(I(97), I(99), PyNone.Value))));
        Assert.Equal("b'axb'", Repr(M(By("x"), "join", L(By("a"), BA("b")))));
        Assert.Equal("bytearray(b'a')", Repr(M(BA("x"), "join", L(By("a")))));
        Assert.Equal("(b'a', b'b', b'c')", Repr(M(By("abc"), "partition", By("b"))));
        Assert.Equal("(b'', b'', b'abc')", Repr(M(By("abc"), "rpartition", By("z"))));
        Assert.Equal("b'bbbba'", Repr(M(By("aaa"), "replace", By("a"), By("bb"), I(2))));
        Assert.Equal("4", Repr(M(By("abc"), "count", By(""))));
        Assert.Equal("-1", Repr(M(By("abc"), "find", By(""), I(5))));
        Assert.Equal("1", Repr(M(By("abc"), "rfind", By("b"))));
        Assert.Equal("5", Repr(M(By("abcabc"), "rindex", I(99))));
        Assert.Equal("True", Repr(M(By("abc"), "startswith", T(By("x"), By("a")))));
        Assert.Equal("False", Repr(M(By("abc"), "endswith", By("c"), I(0), I(2))));
        Assert.Equal("True", Repr(M(By("ABC"), "isupper")));
        Assert.Equal("True", Repr(M(By("Ab Cd"), "istitle")));
        Assert.Equal("False", Repr(M(By(""), "isalpha")));
        Assert.Equal("b'bc'", Repr(M(By("abc"), "removeprefix", By("a"))));
        Assert.Equal("b'x'", Repr(M(By("  x  "), "strip")));
        Assert.Equal("b'a'", Repr(M(By("xxaxx"), "strip", By("x"))));
        Assert.Equal("'hé'", Repr(M(new PyBytes([0x68, 0xc3, 0xa9]), "decode")));
        Assert.Equal(Hash(S("abc")), Hash(By("abc")));
    }

    [Fact]
    public void Operators()
    {
        Assert.True(Eq(By("a"), BA("a")));
        Assert.True(Eq(BA("a"), By("a")));
        Assert.True(Ops.RichCompareBool(Ts, By("a"), By("b"), CompareOp.Lt));
        Assert.True(Ops.RichCompareBool(Ts, BA("a"), By("b"), CompareOp.Lt));
        Assert.Equal("b'abab'", Repr(Ops.BinaryOp(Ts, By("ab"), I(2), BinOp.Mul)));
        Assert.Equal("bytearray(b'xx')", Repr(Ops.BinaryOp(Ts, I(2), BA("x"), BinOp.Mul)));
        Assert.Equal("b'ab'", Repr(Ops.BinaryOp(Ts, By("a"), BA("b"), BinOp.Add)));
        Assert.Equal("bytearray(b'ab')", Repr(Ops.BinaryOp(Ts, BA("a"), By("b"), BinOp.Add)));
        Assert.Equal("98", Repr(Ops.GetItem(Ts, By("ab"), I(-1))));
        Assert.Equal("b'cba'", Repr(Ops.GetItem(Ts, By("abc"), new PySlice(PyNone.Value, PyNone.Value, I(-1)))));
        Assert.Equal("b'ca'", Repr(Ops.GetItem(Ts, By("abc"), new PySlice(PyNone.Value, PyNone.Value, I(-2)))));
        Assert.True(Ops.Contains(Ts, By("abc"), By("bc")));
        Assert.True(Ops.Contains(Ts, By("abc"), I(99)));
    }

    [Fact]
    public void ByteArrayMutation()
    {
        var x = BA("hello");
        Ops.SetItem(Ts, x, I(0), I(72));
        Ops.SetItem(Ts, x, new PySlice(I(1), I(3), PyNone.Value), By("EY"));
        x = Ops.InPlaceOp(Ts, x, By("!"), BinOp.Add);
        M(x, "append", I(33));
        M(x, "extend", Ints(1, 2));
        M(x, "insert", I(0), I(65));
        M(x, "remove", I(65));
        Assert.Equal("bytearray(b'HEYlo!!\\x01\\x02')", Repr(x));
        Assert.Equal("2", Repr(M(x, "pop")));
        Assert.Equal("72", Repr(M(x, "pop", I(0))));
        Ops.DelItem(Ts, x, new PySlice(PyNone.Value, PyNone.Value, I(2)));
        Assert.Equal("bytearray(b'Yo!')", Repr(x));
        M(x, "reverse");
        x = Ops.InPlaceOp(Ts, x, I(2), BinOp.Mul);
        Assert.Equal("bytearray(b'!oY!oY')", Repr(x));
        Ops.SetItem(Ts, x, new PySlice(I(2), I(4), PyNone.Value), Ints(7, 8, 9));
        Assert.Equal("bytearray(b'!o\\x07\\x08\\toY')", Repr(x));
        Ops.DelItem(Ts, x, I(1));
        Assert.Equal("bytearray(b'!\\x07\\x08\\toY')", Repr(x));
    }

    [Fact]
    public void MemoryView()
    {
        var mv = Call("memoryview", By("abcdef"));
        PyObject Sl(PyObject o, PyObject? a, PyObject? b, PyObject? c) => Ops.GetItem(Ts, o, new PySlice(a ?? PyNone.Value, b ?? PyNone.Value, c ?? PyNone.Value));
        Assert.Equal("98", Repr(Ops.GetItem(Ts, mv, I(1))));
        Assert.Equal("b'bcd'", Repr(Call("bytes", Sl(mv, I(1), I(4), null))));
        Assert.Equal("b'ace'", Repr(M(Sl(mv, null, null, I(2)), "tobytes")));
        Assert.Equal("[102, 101, 100, 99, 98, 97]", Repr(M(Sl(mv, null, null, I(-1)), "tolist")));
        Assert.Equal(3, Len(Sl(mv, null, null, I(2))));
        Assert.True(Eq(mv, By("abcdef")));
        Assert.Equal("bytearray(b'bc')", Repr(Call("bytearray", Sl(mv, I(1), I(3), null))));
        Assert.Equal("b'a-z'", Repr(M(By("-"), "join", L(Sl(mv, I(0), I(1), null), By("z")))));
        var buf = BA("xxxx");
        var m2 = Call("memoryview", buf);
        Ops.SetItem(Ts, m2, new PySlice(I(1), I(3), PyNone.Value), By("YZ"));
        Ops.SetItem(Ts, m2, I(0), I(65));
        Assert.Equal("bytearray(b'AYZx')", Repr(buf));
        Assert.Equal("TypeError: memoryview: a bytes-like object is required, not 'int'", Err(() => Call("memoryview", I(1))));
        Assert.Equal("ValueError: memoryview: invalid value for format 'B'", Err(() => Ops.SetItem(Ts, m2, I(0), I(256))));
        Assert.Equal("ValueError: memoryview assignment: lvalue and rvalue have different structures", Err(() => Ops.SetItem(Ts, m2, new PySlice(I(0), I(2), PyNone.Value), By("a"))));
        Assert.Equal("IndexError: index out of bounds on dimension 1", Err(() => Ops.GetItem(Ts, mv, I(9))));
        Assert.Equal("TypeError: cannot modify read-only memory", Err(() => Ops.SetItem(Ts, mv, I(0), I(1))));
        M(mv, "release");
        Assert.Equal("ValueError: operation forbidden on released memoryview object", Err(() => Ops.GetItem(Ts, mv, I(0))));
    }

    [Fact]
    public void PercentFormat()
    {
        PyObject Fmt(PyObject f, PyObject v) => Ops.BinaryOp(Ts, f, v, BinOp.Mod);
        Assert.Equal("b\"1-ab-b'x'-'\\\\xe9'- 3.14|z   |AB|ff|%\"",
            Repr(Fmt(By("%d-%s-%r-%a-%5.2f|%-4b|%c%c|%x|%%"), T(I(1), By("ab"), By("x"), S("é"), F(3.14159), By("z"), I(65), By("B"), I(255)))));
        var d = new PyDict();
        d.SetItem(Ts, By("k"), By("v"));
        d.SetItem(Ts, By("n"), I(7));
        Assert.Equal("b'v 007'", Repr(Fmt(By("%(k)s %(n)03d"), d)));
        Assert.Equal("bytearray(b'q')", Repr(Fmt(BA("%s"), By("q"))));
        Assert.Equal("b'a'", Repr(Fmt(By("%.1s"), By("abc"))));
        Assert.Equal("b'w'", Repr(Fmt(By("%s"), BA("w"))));
        Assert.Equal("TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'", Err(() => Fmt(By("%s"), S("x"))));
        Assert.Equal("TypeError: %d format: a real number is required, not str", Err(() => Fmt(By("%d"), S("x"))));
        Assert.Equal("TypeError: not enough arguments for format string", Err(() => Fmt(By("%s %s"), By("a"))));
        Assert.Equal("TypeError: not all arguments converted during bytes formatting", Err(() => Fmt(By("%s"), T(By("a"), By("b")))));
        Assert.Equal("OverflowError: %c arg not in range(256)", Err(() => Fmt(By("%c"), I(256))));
        Assert.Equal("TypeError: %c requires an integer in range(256) or a single byte, not a bytes object of length 2", Err(() => Fmt(By("%c"), By("ab"))));
        Assert.Equal("ValueError: unsupported format character 'z' (0x7a) at index 1", Err(() => Fmt(By("%z"), I(1))));
    }

    [Fact]
    public void Errors()
    {
        Assert.Equal("ValueError: negative count", Err(() => Call("bytes", I(-1))));
        Assert.Equal("TypeError: string argument without an encoding", Err(() => Call("bytes", S("a"))));
        Assert.Equal("TypeError: encoding without a string argument", Err(() => Call("bytes", I(1), S("utf-8"))));
        Assert.Equal("ValueError: bytes must be in range(0, 256)", Err(() => Call("bytes", Ints(256))));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Err(() => Call("bytes", L(S("a")))));
        Assert.Equal("TypeError: cannot convert 'float' object to bytes", Err(() => Call("bytes", F(1.5))));
        Assert.Equal("ValueError: byte must be in range(0, 256)", Err(() => Call("bytearray", Ints(256))));
        Assert.Equal("TypeError: cannot convert 'float' object to bytearray", Err(() => Call("bytearray", F(1.5))));
        Assert.Equal("TypeError: can't concat str to bytes", Err(() => Ops.BinaryOp(Ts, By("a"), S("b"), BinOp.Add)));
        Assert.Equal("TypeError: can't concat int to bytes", Err(() => Ops.BinaryOp(Ts, By("a"), I(1), BinOp.Add)));
        Assert.Equal("TypeError: a bytes-like object is required, not 'str'", Err(() => Ops.Contains(Ts, By("abc"), S("a"))));
        Assert.Equal("ValueError: byte must be in range(0, 256)", Err(() => Ops.Contains(Ts, By("a"), I(256))));
        Assert.Equal("TypeError: argument should be integer or bytes-like object, not 'str'", Err(() => M(By("abc"), "find", S("a"))));
        Assert.Equal("IndexError: index out of range", Err(() => Ops.GetItem(Ts, By("a"), I(5))));
        Assert.Equal("IndexError: bytearray index out of range", Err(() => Ops.GetItem(Ts, BA("a"), I(5))));
        Assert.Equal("TypeError: byte indices must be integers or slices, not str", Err(() => Ops.GetItem(Ts, By("a"), S("x"))));
        Assert.Equal("ValueError: non-hexadecimal number found in fromhex() arg at position 0", Err(() => Ops.CallMethod(Ts, B("bytes"), "fromhex", S("zz"))));
        Assert.Equal("ValueError: fromhex() arg must contain an even number of hexadecimal digits", Err(() => Ops.CallMethod(Ts, B("bytes"), "fromhex", S("a"))));
        Assert.Equal("ValueError: subsection not found", Err(() => M(By("abc"), "index", By("z"))));
        Assert.Equal("TypeError: decode() argument 'errors' must be str, not int", Err(() => M(By("a"), "decode", S("utf-8"), I(1))));
        Assert.Equal("IndexError: pop index out of range", Err(() => M(BA("a"), "pop", I(5))));
        Assert.Equal("IndexError: pop from empty bytearray", Err(() => M(BA(""), "pop")));
        Assert.Equal("ValueError: value not found in bytearray", Err(() => M(BA("a"), "remove", I(9))));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Err(() => M(BA("a"), "append", S("x"))));
        Assert.Equal("TypeError: sequence item 0: expected a bytes-like object, int found", Err(() => M(By("a"), "join", Ints(1))));
        Assert.Equal("ValueError: empty separator", Err(() => M(By("a"), "split", By(""))));
        Assert.Equal("TypeError: center() argument 2 must be a byte string of length 1, not str", Err(() => M(By("abc"), "center", I(1), S("x"))));
        Assert.Equal("TypeError: '<' not supported between instances of 'bytes' and 'str'", Err(() => Ops.RichCompare(Ts, By("a"), S("a"), CompareOp.Lt)));
        Assert.Equal("ValueError: translation table must be 256 characters long", Err(() => M(By("a"), "translate", By("x"))));
        Assert.Equal("ValueError: maketrans arguments must have same length", Err(() => Ops.CallMethod(Ts, B("bytes"), "maketrans", By("a"), By("bc"))));
        Assert.Equal("TypeError: can't multiply sequence by non-int of type 'float'", Err(() => Ops.BinaryOp(Ts, By("a"), F(1.5), BinOp.Mul)));
        Assert.Equal("TypeError: unhashable type: 'bytearray'", Err(() => Hash(BA(""))));
        Assert.Equal("TypeError: startswith first arg must be bytes or a tuple of bytes, not str", Err(() => M(By("abc"), "startswith", S("a"))));
        Assert.Equal("TypeError: a bytes-like object is required, not 'str'", Err(() => M(By("a"), "replace", S("a"), By("b"))));
        Assert.Equal("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)", Err(() => Ops.SetItem(Ts, BA("ab"), new PySlice(I(0), I(1), PyNone.Value), I(5))));
        Assert.Equal("ValueError: attempt to assign bytes of size 1 to extended slice of size 2", Err(() => Ops.SetItem(Ts, BA("abc"), new PySlice(PyNone.Value, PyNone.Value, I(2)), By("x"))));
        Assert.Equal("ValueError: byte must be in range(0, 256)", Err(() => Ops.SetItem(Ts, BA("abc"), I(0), I(300))));
        Assert.Equal("ValueError: sep must be length 1.", Err(() => M(By(""), "hex", S("::"))));
    }
}
