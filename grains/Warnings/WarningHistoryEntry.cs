namespace QualityMap.Grains.Warnings;

/// <summary>One audited transition of a warning: what happened, when, by whom, and the evidence (zh-CN detail).</summary>
public sealed record WarningHistoryEntry(DateTimeOffset At, string Action, string Actor, string Detail);
