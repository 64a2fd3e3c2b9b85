using System.Text.Json.Serialization;
using QualityMap.Grains.Events.Fields;

namespace QualityMap.Grains.Events;

/// <summary>The enterprise refused or obstructed supervisory sampling (拒绝抽查).</summary>
[GenerateSerializer, Alias("qm.SamplingRefused"), Effect("evidence (12 months)")]
public sealed record SamplingRefused : EnterpriseEvent
{
    [Id(0)]
    public string? Note { get; init; }

    [JsonIgnore]
    public override string Kind => EventKinds.SamplingRefused;
}
