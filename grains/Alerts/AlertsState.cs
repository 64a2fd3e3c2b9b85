namespace QualityMap.Grains.Alerts;

/// <summary>Persisted alerts of one region, and the conditions whose alert is open (raised, and not away for the whole hold).</summary>
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
