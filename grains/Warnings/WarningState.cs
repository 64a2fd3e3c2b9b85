namespace QualityMap.Grains.Warnings;

/// <summary>Persisted state of one formal warning.</summary>
public sealed class WarningState
{
    public string CountyCode { get; set; } = "";

    public string? CityCode { get; set; }

    public WarningLevel Level { get; set; }

    public WarningStatus Status { get; set; }

    public WarningStage Stage { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public int InvestigationsRecorded { get; set; }

    public string? LiftDocumentNo { get; set; }

    /// <summary>The journal sequence of the last workflow step applied: a replayed step at or below it is skipped.</summary>
    public long AppliedSeq { get; set; }

    public List<WarningHistoryEntry> History { get; set; } = [];
}
