namespace QualityMap.Grains.Warnings;

/// <summary>
/// A warning with its full audited history, the county's present deadline (null: none now) and the document number
/// of its 警情通报 (null: none issued).
/// </summary>
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
    WarningDeadline? Deadline,
    string? BulletinDocumentNo = null);
