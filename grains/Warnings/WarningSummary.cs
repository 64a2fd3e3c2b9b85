namespace QualityMap.Grains.Warnings;

/// <summary>A warning as the map shows it next to its county.</summary>
[GenerateSerializer, Immutable, Alias("qm.WarningSummary")]
public sealed record WarningSummary(
    string Id, string CountyCode, WarningLevel Level, WarningStatus Status, DateTimeOffset RaisedAt, WarningStage Stage);
