using System.Text.Json.Serialization;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Map;
using QualityMap.Grains.Trace;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Live;

/// <summary>A line of the wall's ticker: an enterprise whose code flipped colour, a warning that changed, or a batch flagged.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EnterpriseTickerItem), "enterprise")]
[JsonDerivedType(typeof(WarningTickerItem), "warning")]
[JsonDerivedType(typeof(BatchTickerItem), "batch")]
public abstract record TickerItem(long Seq, DateTimeOffset At, string RegionCode)
{
    /// <summary>The ticker item of a feed update, or null for a region update (those travel as region states).</summary>
    public static TickerItem? Of(MapFeedItem item) => item.Update switch
    {
        EnterpriseReclassified e => new EnterpriseTickerItem(item.Seq, item.At, e.TownCode, e.Uscc, e.Name, e.From, e.To, e.Rules),
        WarningChanged w => new WarningTickerItem(item.Seq, item.At, w.Warning.CountyCode, w.Action, w.Warning),
        BatchFlagged b => new BatchTickerItem(item.Seq, item.At, b.CityCode, b.Gtin, b.Lot, b.ProductName, b.Flag, b.TownCodes),
        _ => null,
    };
}

/// <summary>An enterprise changed class: its quality safety code flipped between red and green.</summary>
public sealed record EnterpriseTickerItem(
    long Seq, DateTimeOffset At, string RegionCode, string Uscc, string Name, RiskClass From, RiskClass To, IReadOnlyList<string> Rules)
    : TickerItem(Seq, At, RegionCode);

/// <summary>A formal warning was raised, escalated or moved on in its workflow.</summary>
public sealed record WarningTickerItem(long Seq, DateTimeOffset At, string RegionCode, string Action, WarningSummary Warning)
    : TickerItem(Seq, At, RegionCode);

/// <summary>A batch was found 不合格 or recalled (<see cref="Flag"/>); <see cref="TownCodes"/> are the towns that hold it.</summary>
public sealed record BatchTickerItem(
    long Seq, DateTimeOffset At, string RegionCode, string Gtin, string Lot, string ProductName, BatchStatus Flag, IReadOnlyList<string> TownCodes)
    : TickerItem(Seq, At, RegionCode);
