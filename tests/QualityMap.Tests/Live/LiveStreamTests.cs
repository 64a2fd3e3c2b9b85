using QualityMap.Api.Live;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Colouring;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Warnings;
using QualityMap.Silo.Ingestion;
using QualityMap.Tests.EndToEnd;
using static QualityMap.Tests.EndToEnd.TestEvents;

namespace QualityMap.Tests.Live;

/// <summary>
/// The live-map streams of the real silo, read in process straight from <see cref="LiveBroadcaster"/> (the .NET
/// SignalR client does not restore here; the wire is covered by the JavaScript client test).
/// </summary>
public sealed class LiveStreamTests : IAsyncLifetime
{
    private const string Jiaxing = "330400";
    private const string Nanhu = "330402";
    private const string Xiuzhou = "330411";
    private const string Jianshe = "330402007";   // 建设街道, in 南湖区
    private readonly TempDirectory _data = new();
    private readonly ManualTimeProvider _clock = new();
    private SiloHost? _host;

    private DateTimeOffset Yesterday => _clock.GetUtcNow().AddDays(-1);

    [Fact]
    public async Task SnapshotThenDeltasCarryColoursFlipsAndWarningsUntilTheViewEqualsTheMap()
    {
        var host = Start();
        var usccs = await RegisterAsync(host, Jianshe, 10, seed: 1);

        await using var watcher = Open(host, Jiaxing);
        var view = new LiveView();
        var snapshot = Assert.IsType<SnapshotMessage>(await ReadAsync(watcher));
        view.Apply(snapshot);
        Assert.Equal(SnapshotReasons.Subscribe, snapshot.Reason);
        Assert.Equal(host.Service<MapFeed>().Epoch, snapshot.Epoch);
        Assert.Equal(7, snapshot.Children.Count);
        Assert.Equal(RegionColour.Green, view[Nanhu].Colour);

        (await host.PostEventsAsync(Sampling(usccs[0], false, Yesterday), Sampling(usccs[1], false, Yesterday))).EnsureSuccessStatusCode();

        // 2 of 10 is red (DB3304/T 056 §4.1); the county may pass through orange on the way, raising then escalating.
        await ReadUntilAsync(watcher, view, () =>
            view[Nanhu].Colour == RegionColour.Red && view.Ticker.OfType<EnterpriseTickerItem>().Count() == 2
            && view.Ticker.OfType<WarningTickerItem>().LastOrDefault()?.Warning.Level == WarningLevel.Red);
        Assert.All(view.Ticker.OfType<EnterpriseTickerItem>(), t => Assert.Equal((RiskClass.Low, RiskClass.High), (t.From, t.To)));
        var warnings = view.Ticker.OfType<WarningTickerItem>().ToList();
        Assert.Equal(("raised", Nanhu), (warnings[0].Action, warnings[0].RegionCode));
        Assert.Equal(warnings[^1].Warning.Id, view[Nanhu].OpenWarning?.Id);
        await AssertViewEqualsMapAsync(host, watcher, view, Jiaxing);
    }

    [Fact]
    public async Task ManyChangesToOneRegionInsideTheWindowArriveAsItsLatestState()
    {
        var host = Start(("Live:CoalesceWindow", "00:00:01"));
        var usccs = await RegisterAsync(host, Jianshe, 20, seed: 100);
        await using var watcher = Open(host, Nanhu);
        var view = new LiveView();
        view.Apply(await ReadAsync(watcher));

        // 20 separate requests, 50 ms apart, each changing 建设街道 again, read as they come.
        var reading = ReadUntilAsync(watcher, view, () => view[Jianshe].HighRisk == 20);
        foreach (var uscc in usccs)
        {
            (await host.PostEventsAsync(Sampling(uscc, false, Yesterday))).EnsureSuccessStatusCode();
            await host.Service<JournalDispatcher>().WaitUntilAppliedAsync();
            await Task.Delay(50);
        }

        await reading;
        Assert.InRange(view.Deltas, 1, 4);      // one per window, not one per change
        Assert.Equal(20, view.Ticker.OfType<EnterpriseTickerItem>().Count());
        await AssertViewEqualsMapAsync(host, watcher, view, Nanhu);
    }

    [Fact]
    public async Task StalledClientDoesNotHoldUpGrainsAndCatchesUpWithALaggingSnapshot()
    {
        var host = Start(("Live:CoalesceWindow", "00:00:00"), ("Live:StreamCapacity", "1"), ("Live:MaxPendingTicker", "5"));
        var usccs = await RegisterAsync(host, Jianshe, 30, seed: 200);
        await using var stalled = Open(host, Jiaxing);
        var view = new LiveView();
        view.Apply(await ReadAsync(stalled));

        // Nobody reads the stalled stream while 30 enterprises flip: the grains still finish.
        (await host.PostEventsAsync([.. usccs.Select(u => Sampling(u, false, Yesterday))])).EnsureSuccessStatusCode();
        await host.SettleAsync();

        await ReadUntilAsync(stalled, view, () => view.SnapshotReasons.Contains(SnapshotReasons.Lagging) && view[Nanhu].HighRisk == 30);
        await AssertViewEqualsMapAsync(host, stalled, view, Jiaxing);
    }

    [Fact]
    public async Task ResumeGetsExactlyTheMissedDeltas()
    {
        var host = Start();
        var usccs = await RegisterAsync(host, Jianshe, 10, seed: 300);
        var view = new LiveView();
        await using (var first = Open(host, Nanhu)) view.Apply(await ReadAsync(first));

        // Disconnected while three enterprises flip.
        (await host.PostEventsAsync([.. usccs.Take(3).Select(u => Sampling(u, false, Yesterday))])).EnsureSuccessStatusCode();
        await host.SettleAsync();

        await using var resumed = Open(host, Nanhu, view.Resume);
        var catchUp = Assert.IsType<DeltaMessage>(await ReadAsync(resumed));
        view.Apply(catchUp);                      // throws unless it starts exactly where the view stopped
        Assert.Equal(3, catchUp.Ticker.OfType<EnterpriseTickerItem>().Count());
        Assert.Equal(["subscribe"], view.SnapshotReasons);
        await AssertViewEqualsMapAsync(host, resumed, view, Nanhu);
    }

    [Fact]
    public async Task ResumeFromBeyondTheBufferOrAnotherEpochGetsASnapshot()
    {
        var host = Start(("MapFeed:BufferSize", "8"));
        var usccs = await RegisterAsync(host, Jianshe, 10, seed: 400);
        var view = new LiveView();
        await using (var first = Open(host, Nanhu)) view.Apply(await ReadAsync(first));
        (await host.PostEventsAsync([.. usccs.Select(u => Sampling(u, false, Yesterday))])).EnsureSuccessStatusCode();
        await host.SettleAsync();

        await using (var tooOld = Open(host, Nanhu, view.Resume))
            Assert.Equal(SnapshotReasons.ResumeTooOld, Assert.IsType<SnapshotMessage>(await ReadAsync(tooOld)).Reason);
        await using var otherEpoch = Open(host, Nanhu, new ResumePoint("0123456789abcdef", view.Seq));
        var snapshot = Assert.IsType<SnapshotMessage>(await ReadAsync(otherEpoch));
        Assert.Equal(SnapshotReasons.EpochChanged, snapshot.Reason);
        view.Apply(snapshot);
        await AssertViewEqualsMapAsync(host, otherEpoch, view, Nanhu);
    }

    [Fact]
    public async Task CountyStreamCarriesNothingOfAnotherCounty()
    {
        var host = Start(("Live:HeartbeatInterval", "00:00:00.200"));
        var usccs = await RegisterAsync(host, Jianshe, 10, seed: 500);
        await using var xiuzhou = Open(host, Xiuzhou);
        var view = new LiveView();
        view.Apply(await ReadAsync(xiuzhou));

        (await host.PostEventsAsync([.. usccs.Select(u => Sampling(u, false, Yesterday))])).EnsureSuccessStatusCode();
        await host.SettleAsync();

        // The heartbeat brings the stream up to the feed's end: by then every relevant change would have come.
        var end = host.Service<MapFeed>().LastSequence;
        await ReadUntilAsync(xiuzhou, view, () => view.Seq >= end);
        Assert.Empty(view.Ticker);
        Assert.All(view.AsMap(), region => Assert.StartsWith(Xiuzhou, region.Code));
        Assert.Equal(RegionColour.NoData, view[Xiuzhou].Colour);
    }

    private SiloHost Start(params (string Key, string Value)[] settings)
    {
        _host = new SiloHost(_data.FullName, _clock, settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        return _host;
    }

    private static Watcher Open(SiloHost host, string code, ResumePoint? resume = null) =>
        host.Service<LiveBroadcaster>().Open(host.Service<RegionTree>().Find(code)!, resume);

    private static async Task<LiveMessage> ReadAsync(Watcher watcher)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await watcher.Messages.ReadAsync(timeout.Token);
    }

    private static async Task ReadUntilAsync(Watcher watcher, LiveView view, Func<bool> done)
    {
        while (!done()) view.Apply(await ReadAsync(watcher));
    }

    private static async Task AssertViewEqualsMapAsync(SiloHost host, Watcher watcher, LiveView view, string code)
    {
        await host.SettleAsync();
        var map = await host.Service<IGrainFactory>().GetGrain<IRegionGrain>(code).GetAsync();
        IReadOnlyList<RegionSummary> expected = [map.Region, .. map.Children];
        // Whatever is still in flight arrives within a coalescing window.
        while (!expected.SequenceEqual(view.AsMap())) view.Apply(await ReadAsync(watcher));
    }

    private async Task<List<string>> RegisterAsync(SiloHost host, string town, int count, int seed)
    {
        var usccs = Enumerable.Range(seed, count).Select(s => Uscc(s)).ToList();
        (await host.PostEventsAsync([.. usccs.Select(u => Registered(u, town, Yesterday.AddDays(-30)))])).EnsureSuccessStatusCode();
        await host.SettleAsync();
        return usccs;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        _data.Dispose();
    }
}
