namespace QualityMap.Grains.Warnings;

/// <summary>Persisted state of one formal warning.</summary>
public sealed class WarningState
{
    public string CountyCode { get; set; } = "";

    public WarningLevel Level { get; set; }

    public WarningStatus Status { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public List<WarningHistoryEntry> History { get; set; } = [];
}
