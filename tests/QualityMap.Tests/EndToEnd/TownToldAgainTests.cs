using Microsoft.Extensions.DependencyInjection;
using QualityMap.Grains.Regions;

namespace QualityMap.Tests.EndToEnd;

/// <summary>
/// An enterprise stored an event and then could not tell its town (the town's silo died, or the caller's): the
/// dispatcher's retry finds the event applied, and the enterprise tells its town again instead of only its supervision
/// (and, after a move, the town it left).
/// </summary>
public sealed class TownToldAgainTests : IAsyncLifetime
{
    private const string From = "330402007";   // 建设街道, 南湖区
    private const string To = "330424101";     // 沈荡镇, 海盐县

    private readonly TempDirectory _data = new();
    private readonly FailOneCallToATown _fault = new();
    private SiloHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new SiloHost(_data.FullName, new ManualTimeProvider(), services: s => s.AddSingleton<IIncomingGrainCallFilter>(_fault));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task AMoveWhoseNewTownFailedToAnswerIsCountedThereAfterTheRetry()
    {
        _fault.Fails = (town, _) => town == To;
        await RegisterThenMoveAsync();

        Assert.Equal(1, _fault.Failed);
        await AssertCountedOnlyInNewTownAsync();
    }

    [Fact]
    public async Task AMoveWhoseOldTownFailedToAnswerIsNoLongerCountedThereAfterTheRetry()
    {
        _fault.Fails = (town, status) => town == From && !status.Monitored;
        await RegisterThenMoveAsync();

        Assert.Equal(1, _fault.Failed);
        await AssertCountedOnlyInNewTownAsync();
    }

    private async Task RegisterThenMoveAsync()
    {
        var uscc = TestEvents.Uscc(4711);
        var at = _host.Clock.GetUtcNow();
        await PostAsync(TestEvents.Registered(uscc, From, at));
        await PostAsync(new { eventId = TestEvents.NewId("mov"), kind = "enterprise_moved", uscc, occurredAt = at, townCode = To });
        await _host.SettleAsync();
    }

    private async Task AssertCountedOnlyInNewTownAsync()
    {
        var grains = _host.Service<IGrainFactory>();
        Assert.Equal(0, (await grains.GetGrain<IRegionGrain>(From).GetAsync()).Region.Monitored);
        Assert.Equal(1, (await grains.GetGrain<IRegionGrain>(To).GetAsync()).Region.Monitored);
    }

    private async Task PostAsync(object evt)
    {
        using var response = await _host.PostEventsAsync(evt);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    // Fails the first change a town hears of that the test names, as a call to a dead silo fails, after the
    // enterprise stored its event.
    private sealed class FailOneCallToATown : IIncomingGrainCallFilter
    {
        private int _failed;

        public Func<string, EnterpriseStatus, bool> Fails { get; set; } = (_, _) => false;

        public int Failed => _failed;

        public Task Invoke(IIncomingGrainCallContext context)
        {
            if (context.InterfaceMethod?.Name == nameof(IRegionGrain.EnterpriseChangedAsync)
                && Fails(context.TargetId.Key.ToString()!, (EnterpriseStatus)context.Request.GetArgument(0)!)
                && Interlocked.CompareExchange(ref _failed, 1, 0) == 0)
                throw new InvalidOperationException("the town's silo is gone");
            return context.Invoke();
        }
    }
}
