using QualityMap.Grains.Trace;

namespace QualityMap.Grains.Map;

/// <summary>
/// A batch was found 不合格 or recalled, and these are the towns where it is held: the wall lights them up. The
/// update is the city's (its towns may lie in several counties), so every watcher of the city sees it.
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.BatchFlagged")]
public sealed record BatchFlagged(
    string CityCode, string Gtin, string Lot, string ProductName, BatchStatus Flag, IReadOnlyList<string> TownCodes, DateTimeOffset At) : MapUpdate
{
    public override string RegionCode => CityCode;
}
