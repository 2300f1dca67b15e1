using Kaa.Runtime.Hosting;

namespace Kaa.Tests.Modules;

/// <summary>The codec registry is per interpreter (DESIGN §2): search functions, the cache and error handlers.</summary>
public class CodecsTests
{
    [Fact]
    public void RegistryIsPerInterpreter()
    {
        using var runtime = new KaaRuntime();
        using var a = runtime.CreateInterpreter();
        using var b = runtime.CreateInterpreter();
        a.Exec("""
            import _codecs
            def search(name):
                return (len, len, len, len) if name == 'only_in_a' else None
            _codecs.register(search)
            _codecs.register_error('a_handler', lambda e: ('?', e.end))
            found = _codecs.lookup('Only-In-A')[0] is len
            replaced = 'xé'.encode('ascii', 'a_handler')
            """);
        Assert.True(a.Eval<bool>("found"));
        Assert.Equal("b'x?'", a.Eval<string>("repr(replaced)"));
        b.Exec("""
            import _codecs
            out = []
            for call in (lambda: _codecs.lookup('only_in_a'), lambda: _codecs.lookup_error('a_handler'),
                         lambda: 'xé'.encode('ascii', 'a_handler')):
                try:
                    call()
                except LookupError as e:
                    out.append(str(e))
            out = '|'.join(out)
            """);
        Assert.Equal("unknown encoding: only_in_a|unknown error handler name 'a_handler'|unknown error handler name 'a_handler'",
            b.Eval<string>("out"));
        // Unregistering in one interpreter leaves the other's registry alone.
        b.Exec("_codecs.register(lambda n: None)");
        a.Exec("""
            _codecs.unregister(search)
            try:
                _codecs.lookup('only_in_a')
                gone = 'still there'
            except LookupError as e:
                gone = str(e)
            """);
        Assert.Equal("unknown encoding: only_in_a", a.Eval<string>("gone"));
    }
}
