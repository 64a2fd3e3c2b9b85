using QualityMap.Api.Live;
using QualityMap.Grains.Regions;

namespace QualityMap.Tests.Live;

/// <summary>
/// What a client builds from a Watch stream: the watched region and its children. Applying a delta that does not
/// start where the last message ended throws, so a test that applies a whole stream proves it has no gap and no
/// duplicate.
/// </summary>
public sealed class LiveView
{
    private readonly Dictionary<string, RegionSummary> _regions = new(StringComparer.Ordinal);

    public string? Epoch { get; private set; }

    public long Seq { get; private set; }

    public string? RegionCode { get; private set; }

    public List<TickerItem> Ticker { get; } = [];

    public List<string> SnapshotReasons { get; } = [];

    public int Deltas { get; private set; }

    public ResumePoint Resume => new(Epoch!, Seq);

    public RegionSummary this[string code] => _regions[code];

    public void Apply(LiveMessage message)
    {
        switch (message)
        {
            case SnapshotMessage snapshot:
                _regions.Clear();
                RegionCode = snapshot.Region.Code;
                _regions[snapshot.Region.Code] = snapshot.Region;
                foreach (var child in snapshot.Children) _regions[child.Code] = child;
                SnapshotReasons.Add(snapshot.Reason);
                break;
            case DeltaMessage delta:
                if (delta.Epoch != Epoch || delta.FromSeq != Seq)
                    throw new InvalidOperationException($"Gap or duplicate: delta {delta.FromSeq}..{delta.Seq} after {Epoch}/{Seq}.");
                foreach (var region in delta.Regions)
                {
                    if (!_regions.ContainsKey(region.Code)) throw new InvalidOperationException($"Delta for unwatched region {region.Code}.");
                    _regions[region.Code] = region;
                }
                Ticker.AddRange(delta.Ticker);
                Deltas++;
                break;
        }

        if (message.Seq < Seq && message.Epoch == Epoch) throw new InvalidOperationException($"Sequence went back from {Seq} to {message.Seq}.");
        Epoch = message.Epoch;
        Seq = message.Seq;
    }

    /// <summary>The view as the HTTP map shows it: the region first, then its children by code.</summary>
    public IReadOnlyList<RegionSummary> AsMap() =>
        [_regions[RegionCode!], .. _regions.Values.Where(r => r.Code != RegionCode).OrderBy(r => r.Code, StringComparer.Ordinal)];
}
