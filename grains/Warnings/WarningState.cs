using QualityMap.Grains.Bulletins;

namespace QualityMap.Grains.Warnings;

/// <summary>Persisted state of one formal warning.</summary>
[GenerateSerializer, Alias("qm.WarningState")]
public sealed class WarningState
{
    [Id(0)]
    public string CountyCode { get; set; } = "";

    [Id(1)]
    public string? CityCode { get; set; }

    [Id(2)]
    public WarningLevel Level { get; set; }

    [Id(3)]
    public WarningStatus Status { get; set; }

    [Id(4)]
    public WarningStage Stage { get; set; }

    [Id(5)]
    public DateTimeOffset RaisedAt { get; set; }

    [Id(6)]
    public int InvestigationsRecorded { get; set; }

    [Id(7)]
    public string? LiftDocumentNo { get; set; }

    /// <summary>The journal sequence of the last workflow step applied: a replayed step at or below it is skipped.</summary>
    [Id(8)]
    public long AppliedSeq { get; set; }

    [Id(9)]
    public List<WarningHistoryEntry> History { get; set; } = [];

    /// <summary>The city's 警情通报 on this warning; null before one is issued (and in state stored before bulletins existed).</summary>
    [Id(10)]
    public IssuedBulletin? Bulletin { get; set; }
}
