using Kaa.Runtime.State;

namespace Kaa.Tests.State;

/// <summary>
/// .ci/run runs the whole suite a second time in the isolation-check build and sets
/// KAA_EXPECT_ISOLATION_CHECKS to 1 or 0 for each run; this proves each run used the build it meant to
/// (an incremental build that kept the other configuration's binaries would fail here).
/// </summary>
public class IsolationBuildTests
{
    [Fact]
    public void TheBuildHasTheChecksTheRunExpects()
    {
        var expected = Environment.GetEnvironmentVariable("KAA_EXPECT_ISOLATION_CHECKS");
        if (expected is "1" or "0")
            Assert.Equal(Isolation.Enabled, expected == "1");
    }
}
