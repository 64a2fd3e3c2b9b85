using QualityMap.Tests.OrleansRuntime.Grains;

namespace QualityMap.Tests.OrleansRuntime;

/// <summary>A grain whose activation fails fails the call with the cause, and the next call activates afresh.</summary>
public sealed class ActivationFailureTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task TheCallFailsWithTheActivationsExceptionAndTheNextCallTriesAfresh()
    {
        var key = SiloFixture.NewKey("flaky");
        var grain = fixture.Silo.Grains.GetGrain<IFlakyGrain>(key);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => grain.PingAsync().WaitAsync(Timeout));
        Assert.Contains(FlakyGrain.Failure, Describe(error));
        Assert.Equal(1, Signals.Count(FlakyGrain.Activations(key)));

        Assert.Equal(2, await grain.PingAsync().WaitAsync(Timeout));
        Assert.Equal(2, await grain.PingAsync().WaitAsync(Timeout));
        Assert.Equal(2, Signals.Count(FlakyGrain.Activations(key)));
    }

    private static string Describe(Exception error) => error.ToString();
}
