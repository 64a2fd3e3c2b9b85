namespace QualityMap.Grains.Alerts;

/// <summary>Persisted alerts of one region, and the conditions that are active (raised and not yet cleared).</summary>
[GenerateSerializer, Alias("qm.AlertsState")]
public sealed class AlertsState
{
    [Id(0)]
    public long LastSeq { get; set; }

    [Id(1)]
    public List<Alert> Alerts { get; set; } = [];

    [Id(2)]
    public HashSet<string> ActiveKeys { get; set; } = new(StringComparer.Ordinal);
}
