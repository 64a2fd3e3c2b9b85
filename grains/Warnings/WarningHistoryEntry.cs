namespace QualityMap.Grains.Warnings;

/// <summary>
/// One audited transition of a warning: what happened, when, by whom, the evidence (zh-CN detail), the stage it
/// left the warning in, and the journal sequence that records it (0 for steps the map itself takes).
/// </summary>
[GenerateSerializer, Immutable, Alias("qm.WarningHistoryEntry")]
public sealed record WarningHistoryEntry(
    DateTimeOffset At, string Action, string Actor, string Detail, WarningStage Stage = WarningStage.AwaitingPlan, long Seq = 0);
