namespace QualityMap.Grains.Alerts;

/// <summary>Persisted alerts of one region, and the conditions that are active (raised and not yet cleared).</summary>
public sealed class AlertsState
{
    public long LastSeq { get; set; }

    public List<Alert> Alerts { get; set; } = [];

    public HashSet<string> ActiveKeys { get; set; } = new(StringComparer.Ordinal);
}
