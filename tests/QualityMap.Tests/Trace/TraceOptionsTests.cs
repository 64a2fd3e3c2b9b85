using Microsoft.Extensions.Options;
using QualityMap.Api.Trace;
using QualityMap.Tests.EndToEnd;

namespace QualityMap.Tests.Trace;

public sealed class TraceOptionsTests
{
    [Theory]
    [InlineData(3, true)]
    [InlineData(10, true)]
    [InlineData(2, false)] // the SAMR 2024 opinion's floor is 3 years
    [InlineData(0, false)]
    public void TraceRecordsAreKeptAtLeastThreeYears(int years, bool valid) =>
        Assert.Equal(valid, !new TraceOptions { RetentionYears = years }.Validate().Any());

    [Fact]
    public async Task AServiceConfiguredToKeepTraceRecordsLessThanThreeYearsDoesNotStart()
    {
        using var data = new TempDirectory();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = new SiloHost(data.FullName, new ManualTimeProvider(), new() { ["Trace:RetentionYears"] = "2" });
        });

        Assert.Contains("Trace:RetentionYears", refused.Message);
    }
}
