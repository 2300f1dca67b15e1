using Kaa.Tests.Cli;
using Kaa.Tests.Conformance;

namespace Kaa.Tests.Interpreters;

/// <summary>
/// CPython 3.14's own concurrent.interpreters package and InterpreterPoolExecutor running on Kaa as a
/// script (the executor needs __main__.__file__ to sync functions defined in the script). CPython 3.13,
/// the reference interpreter here, has neither, so the expected output is written out below.
/// </summary>
public class ConcurrentInterpretersTests
{
    [Fact]
    public void PoolExecutorQueuesAndExceptionsWork()
    {
        var dir = Path.Combine(ConformanceRunner.RepoRoot, "tests", "Kaa.Tests", "Interpreters", "scripts");
        var (exit, stdout, stderr) = CliEndToEndTests.RunKaa(["pool_and_queues.py"], "", dir);
        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.Equal(
            "in sub 3\n1024\n49\n('hello', 42)\nfrom a thread\nExecutionFailed ValueError boom\n2 True\n" +
            "[0, 1, 4, 9, 16, 25, 36, 49]\n6\ndone\n", stdout);
    }
}
