using QualityMap.Grains.Enterprises;
using QualityMap.Grains.Regions;
using QualityMap.Grains.Trace;

namespace QualityMap.Api.Trace;

/// <summary>
/// What a scan of a trace code shows the public (公开 subset): the product, its producer and where it is, the
/// production date and inspection, and the producer's live code. No quantities and no buyers: those are for bureaus.
/// </summary>
public sealed record ScanFacts(
    DigitalLink Link,
    BatchView Batch,
    string ProductName,
    EnterpriseView? Producer,
    string? TownName,
    string? CountyName)
{
    public static ScanFacts Of(DigitalLink link, BatchView batch, EnterpriseView? producer, RegionTree regions)
    {
        var catalogueName = producer?.Products.FirstOrDefault(p => p.Code == batch.ProductCode)?.Name;
        var town = producer?.TownCode is { } code ? regions.Find(code) : null;
        var county = town is null ? null : regions.AncestorsOf(town.Code).FirstOrDefault(r => r.Level == RegionLevel.County);
        return new ScanFacts(link, batch, batch.ProductName ?? catalogueName ?? batch.ProductCode, producer, town?.Name, county?.Name);
    }
}
