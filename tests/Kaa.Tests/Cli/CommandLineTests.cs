using Kaa.Cli;
using Xunit;

namespace Kaa.Tests.Cli;

/// <summary>The command line parser: CPython's option rules (combined flags, attached arguments, -c/-m end the options).</summary>
public class CommandLineTests
{
    private static CliOptions Parse(params string[] args) => CommandLine.Parse(args, _ => null);

    [Fact]
    public void ScriptAndArguments()
    {
        var o = Parse("-u", "x.py", "-c", "a");
        Assert.True(o.Unbuffered);
        Assert.Equal("x.py", o.Script);
        Assert.Equal(["-c", "a"], o.Args);
    }

    [Fact]
    public void CombinedFlagsWithCommand()
    {
        var o = Parse("-uqc", "print(1)", "x", "-v");
        Assert.True(o.Unbuffered);
        Assert.True(o.Quiet);
        Assert.Equal("print(1)\n", o.Command);
        Assert.Equal(["x", "-v"], o.Args);
        Assert.Equal(0, o.Verbose);
    }

    [Fact]
    public void AttachedArguments()
    {
        var o = Parse("-Xdev", "-Wignore", "-mjson.tool", "f");
        Assert.Equal(["dev"], o.XOptions);
        Assert.True(o.DevMode);
        Assert.Equal(["ignore"], o.WarnOptions);
        Assert.Equal("json.tool", o.Module);
        Assert.Equal(["f"], o.Args);
    }

    [Fact]
    public void CountsAndIsolation()
    {
        var o = Parse("-OO", "-vv", "-bb", "-I", "-");
        Assert.Equal(2, o.Optimize);
        Assert.Equal(2, o.Verbose);
        Assert.Equal(2, o.BytesWarning);
        Assert.True(o.Isolated && o.IgnoreEnvironment && o.NoUserSite && o.SafePath);
        Assert.Equal("-", o.Script);
    }

    [Fact]
    public void DoubleDashEndsOptions()
    {
        var o = Parse("--", "-weird.py", "a");
        Assert.Equal("-weird.py", o.Script);
        Assert.Equal(["a"], o.Args);
    }

    [Theory]
    [InlineData("-z", "Unknown option: -z")]
    [InlineData("--nope", "unknown option --nope")]
    [InlineData("-c", "Argument expected for the -c option")]
    [InlineData("-J", "-J is reserved for Jython")]
    public void Errors(string arg, string message)
    {
        var e = Assert.Throws<CliUsageException>(() => Parse(arg));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void EnvironmentUnlessIgnored()
    {
        string? Env(string n) => n switch { "PYTHONUNBUFFERED" => "1", "PYTHONOPTIMIZE" => "2", "PYTHONPATH" => "/a:/b", _ => null };
        var o = CommandLine.Parse(["x.py"], Env);
        Assert.True(o.Unbuffered);
        Assert.Equal(2, o.Optimize);
        Assert.Equal(["/a", "/b"], o.PythonPath);
        var e = CommandLine.Parse(["-E", "x.py"], Env);
        Assert.False(e.Unbuffered);
        Assert.Empty(e.PythonPath);
    }

    [Fact]
    public void HelpAndVersion()
    {
        Assert.Equal("usage", Parse("-h").Help);
        Assert.Equal("usage", Parse("-?").Help);
        Assert.Equal("all", Parse("--help-all").Help);
        Assert.Equal(2, Parse("-VV").Version);
        Assert.Equal(1, Parse("--version").Version);
    }
}
