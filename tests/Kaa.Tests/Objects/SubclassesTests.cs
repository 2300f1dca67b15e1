namespace Kaa.Tests.Objects;

/// <summary>
/// type.__subclasses__() of static built-in types (DESIGN §2): the built-in subclasses are the same in
/// every interpreter, the classes Python code makes are seen only by the interpreter that made them.
/// </summary>
public sealed class SubclassesTests
{
    [Fact]
    public void BuiltinSubclassesAreSharedUserOnesPerInterpreter()
    {
        using var runtime = new Kaa.Runtime.Hosting.KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        a.Exec("class MyInt(int): pass\nclass MyErr(LookupError): pass");
        Assert.Equal("['bool', 'MyInt']", a.Eval("repr([c.__name__ for c in int.__subclasses__()])"));
        Assert.Equal("['bool']", b.Eval("repr([c.__name__ for c in int.__subclasses__()])"));
        Assert.Equal("['IndexError', 'KeyError', 'MyErr']", a.Eval("repr([c.__name__ for c in LookupError.__subclasses__()])"));
        Assert.Equal("['IndexError', 'KeyError']", b.Eval("repr([c.__name__ for c in LookupError.__subclasses__()])"));
        Assert.Equal("True", b.Eval("repr(type in object.__subclasses__() and BaseException in object.__subclasses__())"));
    }
}
