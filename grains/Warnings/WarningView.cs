namespace QualityMap.Grains.Warnings;

/// <summary>A warning with its full audited history and the county's present deadline (null: none now).</summary>
[GenerateSerializer, Immutable, Alias("qm.WarningView")]
public sealed record WarningView(
    string Id,
    string CountyCode,
    WarningLevel Level,
    WarningStatus Status,
    WarningStage Stage,
    DateTimeOffset RaisedAt,
    string? LiftDocumentNo,
    IReadOnlyList<WarningHistoryEntry> History,
    WarningDeadline? Deadline);
