using Orleans.Concurrency;

namespace QualityMap.Grains.Trends;

/// <summary>
/// Keeps one town's trend as its region grain reports changes. Counties and cities keep none of their own: their
/// trend is the sum of their towns' (<see cref="TrendRules.Sum"/>), read when asked, so it cannot disagree with them.
/// Writes are batched on a timer (<see cref="TrendOptions.WriteInterval"/>): one town's trend is written at most that
/// often however many enterprises change.
/// </summary>
[GrainType("region-trend")]
public sealed class RegionTrendGrain(TrendOptions options) : Grain<TrendHistory>, IRegionTrendGrain
{
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(FlushAsync, options.WriteInterval, options.WriteInterval);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync();

    public Task RecordAsync(IReadOnlyList<TrendDelta> changes, TrendCounts? complete, DateTimeOffset at)
    {
        foreach (var change in changes) State.Add(change.Bucket, change.Change);
        var correction = complete?.Minus(State.Total) ?? TrendCounts.Zero;
        State.Add(at, correction);
        _dirty |= changes.Count > 0 || correction != TrendCounts.Zero;
        return Task.CompletedTask;
    }

    [ReadOnly]
    public Task<TrendSlice> GetSliceAsync(TrendSpan span, DateTimeOffset now) => Task.FromResult(State.Slice(span, now));

    public async Task FlushAsync()
    {
        if (!_dirty) return;
        _dirty = false;
        try
        {
            await WriteStateAsync();
        }
        catch
        {
            _dirty = true;
            throw;
        }
    }
}
