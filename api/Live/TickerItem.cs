using System.Text.Json.Serialization;
using QualityMap.Grains.Classification;
using QualityMap.Grains.Map;
using QualityMap.Grains.Warnings;

namespace QualityMap.Api.Live;

/// <summary>A line of the wall's ticker: an enterprise whose code flipped colour, or a warning that changed.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EnterpriseTickerItem), "enterprise")]
[JsonDerivedType(typeof(WarningTickerItem), "warning")]
public abstract record TickerItem(long Seq, DateTimeOffset At, string RegionCode)
{
    /// <summary>The ticker item of a feed update, or null for a region update (those travel as region states).</summary>
    public static TickerItem? Of(MapFeedItem item) => item.Update switch
    {
        EnterpriseReclassified e => new EnterpriseTickerItem(item.Seq, item.At, e.TownCode, e.Uscc, e.Name, e.From, e.To, e.Rules),
        WarningChanged w => new WarningTickerItem(item.Seq, item.At, w.Warning.CountyCode, w.Action, w.Warning),
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
